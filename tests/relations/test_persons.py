"""Person names found by the given-name pattern (pipeline/relations/persons.py), on real sentences."""
from conftest import ner_mention
from helpers import names, person_keys, roles, run, tagged


def persons(out: dict) -> set[str]:
    return {m["text"] for m in out["mentions"] if m["label"] == "PER"}


def test_a_given_name_that_is_also_a_word_needs_the_ner_dev():
    # dev 1#199: «پیمان» (a treaty) after the title word «عضو» made «پیمان منع» an official
    text = ("وی تاکید کرد که موضع روسیه درباره ضرورت امضای پروتکل الحاقی، مربوط به همه کشورهای عضو پیمان منع تولید "
            "و گسترش سلاح هسته ای است.")
    out = run(text, mentions=tagged(LOC=["روسیه"]))
    assert persons(out) == set()
    assert names(out, "official") == set()
    out = run("وزیر خارجه با حسن نیت به من اجازه داد که در برنامه هنری مقابله با تهاجم شرکت کنم.", mentions=tagged())
    assert persons(out) == set()


def test_a_given_name_with_an_honorific_a_title_or_a_tagged_surname_stays_a_person_fars():
    out = run("سید هاشم آغوزکی در این مراسم گفت: طرح اجرا شد.", mentions=tagged())
    assert persons(out) == {"سید هاشم آغوزکی"}
    out = run("مرتضی رئیسی رئیس ستاد استقبال از بهار شهرداری بجستان گفت: طرح اجرا شد.", mentions=tagged())
    assert names(out, "official") == {"مرتضی رئیسی"}
    # 3#83: the NER read «کاشان وحید فرخ‌تبار» as one place but tags the surname in the next sentence
    text = ("به گزارش خبرگزاری فارس از کاشان وحید فرخ‌تبار در جمع خبرنگاران اظهار داشت: مسافران افزایش یافت.\n"
            "فرخ‌تبار گفت: این تعداد مسافر از امامزادگان بازدید کردند.")
    out = run(text, mentions=lambda d: [ner_mention(d, "کاشان وحید فرخ‌تبار", "LOC"),
                                        ner_mention(d, "فرخ‌تبار گفت", "PER")])
    assert "وحید فرخ‌تبار" in persons(out)


def test_a_name_the_ner_ran_a_known_body_into_is_a_person_probe():
    # session 76 probe: the NER tagged «سازمان ملل مجید تخت‌روانچی» one ORG; «سازمان ملل» is the body, the rest a name
    text = "نماینده دائم ایران در سازمان ملل مجید تخت‌روانچی گفت: تحریم‌ها غیرقانونی است."
    out = run(text, mentions=lambda d: [ner_mention(d, "سازمان ملل مجید تخت‌روانچی", "ORG")])
    assert persons(out) == {"مجید تخت‌روانچی"}
    assert roles(out) == {("مجید تخت‌روانچی", "نماینده", "ایران")}
    # a given name the NER tags nowhere, after no body, still needs more
    out = run("نماینده دائم ایران در نیویورک مجید تخت‌روانچی گفت: تحریم‌ها غیرقانونی است.", mentions=tagged())
    assert persons(out) == set()


def test_a_candidacy_noun_after_a_name_is_no_surname_probe():
    # session 76 probe: «حسن روحانی کاندیدای ریاست جمهوری» gave the person «حسن روحانی کاندیدای»
    for noun in ("کاندیدای", "نامزد"):
        out = run(f"حسن روحانی {noun} ریاست جمهوری در تبلیغات انتخاباتی گفت: اقتصاد اولویت است.",
                  mentions=tagged(PER=["حسن روحانی"]))
        assert persons(out) == {"حسن روحانی"}, noun


def test_without_the_ner_the_given_name_pattern_finds_names_alone():
    out = run("وزیر خارجه با حسن نیت گفت: مذاکرات ادامه دارد.")
    assert "حسن نیت" in persons(out)
    out = run("محمد احمدی گفت: او به من اجازه داد.")
    assert persons(out) == {"محمد احمدی"}  # «به من» is not the given name «بهمن»


def test_the_ner_ending_a_person_before_the_pattern_s_last_word_ends_the_name_fars():
    # 900 articles: «رضا بیرون», «فاطمه یعنی», «حمزه مقام», «آیت‌الله سیستانی تصویری» — the NER tagged the person and
    # stopped; the pattern's extra word is a word, not a surname (47 such pattern names)
    out = run("وقتی رضا بیرون رفت، باران گرفت.", mentions=tagged(PER=["رضا"]))
    assert [(m["text"], m["method"]) for m in out["mentions"] if m["label"] == "PER"] == [("رضا", "ner")]
    # the word is the surname when a title follows («مقتدا صدر رهبر …») or the NER tags it elsewhere
    out = run("مقتدا صدر رهبر جنبش صدر گفت: ما آماده‌ایم.", mentions=tagged(PER=["مقتدا"]))
    assert "مقتدا صدر" in names(out, "official")
    out = run("مقتدا صدر به نجف رفت. صدر گفت: ما آماده‌ایم.", mentions=tagged(PER=["مقتدا", "صدر"]))
    assert [m["text"] for m in out["mentions"] if m["label"] == "PER"][0] == "مقتدا صدر"


def test_a_trimmed_ner_name_keeps_no_dangling_bracket_fars():
    # «امام خمینی (ره)» tagged whole: dropping the closing bracket as punctuation left «امام خمینی (ره»
    out = run("بنیانگذار انقلاب امام خمینی (ره) در این باره سخن گفته بود.", mentions=tagged(PER=["امام خمینی (ره)"]))
    assert persons(out) == {"امام خمینی"}


def test_a_seyyed_glued_to_the_given_name_is_the_same_person_fars():
    # 3#291 «سیدمحمد خاتمی» beside «سید محمد خاتمی», 1#140 «سیدغلامرضا موسوی» beside «غلامرضا موسوی»: one key
    text = "سید محمد خاتمی به کاراکاس رفت. سیدمحمد خاتمی گفت: روابط خوب است. غلامرضا موسوی و سیدغلامرضا موسوی آمدند."
    out = run(text, mentions=tagged(PER=["سید محمد خاتمی", "سیدمحمد خاتمی", "غلامرضا موسوی", "سیدغلامرضا موسوی"]))
    assert {m["entity_key"] for m in out["mentions"] if m["label"] == "PER"} == {"PER:محمدخاتمی", "PER:غلامرضاموسوی"}
    # not a surname that merely opens with the letters («سیدی»), nor a given name the lexicon does not list
    out = run("مهدی سیدی و سیدجلال حسینی آمدند.", mentions=tagged(PER=["مهدی سیدی", "سیدجلال حسینی"]))
    assert {m["entity_key"] for m in out["mentions"] if m["label"] == "PER"} == {"PER:مهدیسیدی", "PER:سیدجلالحسینی"}


def test_a_third_name_word_before_a_title_is_the_surname_tune():
    # tune 1#251: «شروین» is a given name the lexicon lacks, so «محمد شروین» read as given name + surname and the
    # NER stopped there too; «اسبقیان» then stood between the name and its title, and no role attached
    text = ("در این مراسم شاهرخ شهنازی نماینده وقت کمیته ملی المپیک، محمد شروین اسبقیان مدیرکل دفتر امور مشترک "
            "فدراسیون‌ها، مهدی مستجاب‌الدعوه مسئول امور مجامع حضور داشتند.")
    out = run(text, mentions=tagged(PER=["شاهرخ شهنازی", "محمد شروین", "مهدی مستجاب‌الدعوه"]))
    assert "محمد شروین اسبقیان" in names(out, "official")
    assert ("محمد شروین اسبقیان", "مدیرکل", "دفتر امور مشترک فدراسیون‌ها") in roles(out)
    # without a title after it the word stays out of the name, and a nationality is never a surname
    out = run("محمد شروین اسبقیان را دیدیم.", mentions=tagged(PER=["محمد شروین"]))
    assert persons(out) == {"محمد شروین"}
    out = run("جان کری آمریکایی رئیس هیئت گفت: ما آماده‌ایم.", mentions=tagged(PER=["جان کری"]))
    assert persons(out) == {"جان کری"}


def test_a_surname_spelled_as_a_verb_stays_in_the_name():
    # a probe (session 50): «کنی» ends like «you do»; the name lost it, and the title after it had no holder
    for text, person, title, org in (
            ("علی باقری کنی معاون سیاسی وزارت امور خارجه به وین رفت.", "علی باقری کنی", "معاون", "وزارت امور خارجه"),
            ("محمدرضا مهدوی کنی رئیس مجلس خبرگان رهبری گفت: مردم در انتخابات شرکت می‌کنند.", "محمدرضا مهدوی کنی",
             "رئیس", "مجلس خبرگان رهبری")):
        assert roles(run(text, mentions=tagged(PER=[person]))) == {(person, title, org)}


def test_a_title_word_ending_a_given_name_before_another_title_is_the_surname():
    # a probe (session 50): «علیرضا دبیر رئیس فدراسیون کشتی» (Dabir, the federation's president) was «علیرضا», «دبیر»
    text = "علیرضا دبیر رئیس فدراسیون کشتی پس از این پیروزی گفت: کشتی‌گیران ما شایسته این قهرمانی بودند."
    assert roles(run(text, mentions=tagged(PER=["علیرضا دبیر"]))) == {("علیرضا دبیر", "رئیس", "فدراسیون کشتی")}
    # session 73 probes: so does «را» or a post marker after it, which no title takes as its body
    fed = ("علیرضا دبیر", "رئیس", "فدراسیون کشتی")
    for text in ("علیرضا دبیر به عنوان رئیس فدراسیون کشتی انتخاب شد.",
                 "مجمع عمومی فدراسیون کشتی، علیرضا دبیر را به عنوان رئیس فدراسیون کشتی برگزید."):
        assert roles(run(text, mentions=tagged(PER=["علیرضا دبیر"]))) == {fed}, text
    # session 74 probes: and a preposition after it («… با کسب ۴۰ رأی», «… به ریاست …»)
    for text in ("مجمع عمومی فدراسیون کشتی برگزار شد و علیرضا دبیر به ریاست فدراسیون کشتی انتخاب شد.",
                 "علیرضا دبیر با کسب ۴۰ رأی به عنوان رئیس فدراسیون کشتی انتخاب شد."):
        out = run(text, mentions=tagged(PER=["علیرضا دبیر"]))
        assert roles(out) == {fed} and names(out, "official") == {"علیرضا دبیر"}, text
    # a surname before the title word keeps it a title
    text = "علی احمدی دبیر شورای عالی امنیت ملی گفت: مذاکرات ادامه دارد."
    assert roles(run(text, mentions=tagged(PER=["علی احمدی دبیر"]))) == {("علی احمدی", "دبیر", "شورای عالی امنیت ملی")}


def test_a_common_noun_surname_right_before_a_speech_verb_ends_the_name_the_ner_cut():
    # a probe (session 51): the NER tagged «سید مهدی» of «حجت‌الاسلام سید مهدی خاموشی گفت» («خاموشی» is also
    # «blackout»), so the speaker was no one and the unnamed head of the endowments body no one's post
    text = ("رئیس سازمان اوقاف و امور خیریه از وقف ۲۰۰ موقوفه جدید خبر داد.\n"
            "حجت‌الاسلام سید مهدی خاموشی گفت: واقفان بیشتر شده‌اند.")
    out = run(text, mentions=lambda doc: [ner_mention(doc, "سید مهدی", "PER")])
    assert roles(out) == {("حجت‌الاسلام سید مهدی خاموشی", "رئیس", "سازمان اوقاف و امور خیریه")}
    # a word that is no verb after the cut name stays out («… سید مهدی خاموشی برق را …»)
    out = run("حجت‌الاسلام سید مهدی خاموشی برق را گزارش کرد.", mentions=lambda doc: [ner_mention(doc, "سید مهدی", "PER")])
    assert not any("خاموشی" in m["text"] for m in out["mentions"])


def test_a_name_set_off_by_commas_runs_to_the_closing_comma():
    # tune 2#59: «…، علیرضا رضا داد، علیرضا تابش …» (the NER stopped before «داد», also a verb: after given names only,
    # it is the surname); a session 73 probe: «…، علی القاصی مهر، …» («مهر», also a month)
    text = ("طی احکامی از سوی محمد مهدی حیدریان رئیس سازمان سینمایی، علیرضا رضا داد، علیرضا تابش و حسن خجسته به "
            "عنوان اعضای شورای سیاست‌گذاری جشنواره فیلم فجر منصوب شدند.")
    assert ("علیرضا رضا داد", "عضو", "شورای سیاست‌گذاری جشنواره فیلم فجر") in roles(run(text))
    text = "رئیس کل دادگستری استان تهران، علی القاصی مهر، از آزادی ۵۰ زندانی خبر داد."
    out = run(text, mentions=tagged(PER=["علی القاصی"]))
    assert roles(out) == {("علی القاصی مهر", "رئیس\u200cکل", "دادگستری استان تهران")}
    # without the closing comma the word after the name is not taken
    out = run("رئیس کل دادگستری استان تهران، علی القاصی مهر از آزادی ۵۰ زندانی خبر داد.",
              mentions=tagged(PER=["علی القاصی"]))
    assert names(out, "official") == {"علی القاصی"}


def test_a_revolutionary_guards_rank_of_three_words_is_an_honorific_probe():
    # session 74 probe: «سرتیپ دوم پاسدار» (IRGC brigadier general, second class) had been a person of its own
    for rank in ("سرتیپ دوم پاسدار", "سرهنگ دوم پاسدار"):
        text = f"{rank} علی محمدی فرمانده انتظامی استان یزد گفت: سرقت‌ها کاهش یافت. محمدی افزود: طرح ادامه دارد."
        out = run(text, mentions=tagged(PER=[rank, "علی محمدی"]))  # (the NER tagged the rank apart)
        assert names(out, "official") == {f"{rank} علی محمدی"}, rank
        assert len(person_keys(out)) == 1, rank


def test_an_adverbial_phrase_written_as_one_word_is_no_name_probe():
    # ARMAN train (session 77): the NER read «دراین‌میان» («meanwhile») as a person, the ambassador's name
    text = "دراین‌میان، سفیر آمریکا در قاهره، با حمله به سمیر رجب، سردبیر این روزنامه، گفت: حملات ادامه دارد."
    out = run(text, mentions=tagged(PER=["دراین‌میان", "سمیر رجب"]))
    assert "دراین\u200cمیان" not in names(out, "official")
    assert not any(person == "دراین\u200cمیان" for person, _, _ in roles(out))


def test_a_surname_ending_in_a_glued_present_stem_is_kept_probe():
    # a probe (session 80, culture_religion cr_017): «خواه» after the ZWNJ had read as a verb and cut the surname
    text = ("جلسه شورای فرهنگ عمومی استان لرستان به ریاست حجت‌الاسلام والمسلمین سید احمدرضا موسوی‌خواه، نماینده "
            "ولی‌فقیه در استان و امام جمعه خرم‌آباد، برگزار شد.")
    assert names(run(text, mentions=lambda doc: []), "official") == {"حجت‌الاسلام والمسلمین سید احمدرضا موسوی‌خواه"}
