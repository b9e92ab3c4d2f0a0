"""Appointments (appointments.py): «به عنوان / به سمت …» with an appointment verb, orders, votes, passives, the one
replaced, and the posts a dismissal names."""
import pytest
from conftest import clean
from helpers import names, roles, run, tagged


def test_appointment_with_be_onvane():
    out = run("با حکم وزیر کشور، سید محمود حسینی پور به عنوان استاندار مازندران منصوب شد.")
    assert ("سید محمود حسینی پور", "استاندار", "مازندران") in roles(out)


@pytest.mark.parametrize("text, title", [
    ("علی رضایی به ریاست سازمان بهزیستی منصوب شد.", "رئیس"),
    ("علی رضایی به سرپرستی اداره کل ورزش و جوانان استان گیلان منصوب شد.", "سرپرست"),
    ("علی رضایی برای چهار سال به دبیری شورای عالی فضای مجازی برگزیده شد.", "دبیر"),
    ("با حکم وزیر، علی رضایی به فرماندهی سپاه پاسداران منصوب شد.", "فرمانده"),
    ("هیئت مدیره علی رضایی را به مدیرعاملی شرکت ملی نفت انتخاب کرد.", "مدیرعامل"),
])
def test_appointment_to_the_office_noun_after_be(text, title):
    # «به ریاست/سرپرستی/دبیری … منصوب شد»: the office's noun is the post; the role carries its title
    out = run(text, mentions=tagged(PER=["علی رضایی"]))
    assert {(p, t) for p, t, _ in roles(out)} == {("علی رضایی", title)}


@pytest.mark.parametrize("text", [
    "نامه علی رضایی به ریاست سازمان بهزیستی ارسال شد.",  # a letter to the head: no appointment verb
    "هیاتی به سرپرستی علی رضایی به ریاست سازمان بهزیستی معرفی شد.",  # led by him; «معرفی» to the head
    "کودکان تحت سرپرستی سازمان بهزیستی به علی رضایی سپرده شدند.",  # under the care of: no post noun after «به»
])
def test_an_office_noun_is_no_post_without_an_appointment_of_the_name_before_it(text):
    assert roles(run(text, mentions=tagged(PER=["علی رضایی"]))) == set()


def test_every_name_with_its_votes_holds_the_post_elected_to_tune():
    # tune 2#43: the board's election results, each name with its association and votes, then the plural post
    text = ("حسین احمدی زاده از انجمن تهران با 45 رای، بهروز گلپاگون از انجمن بندرعباس با 36 رای، اصغر سعیدی از "
            "انجمن تهران با 34 رای و محمد اسدی از انجمن قزوین با 24 رای، به ترتیب در رتبه‌های اول تا چهارم به عنوان "
            "اعضای هئیت مدیره کانون برگزیده شدند.")
    people = ["حسین احمدی زاده", "بهروز گلپاگون", "اصغر سعیدی", "محمد اسدی"]
    assert names(run(text, mentions=tagged(PER=people)), "official") == set(people)
    # a singular post noun with a plural passive verb: each counted name is a member
    text = "علی رضایی با 45 رای، حسن کریمی با 36 رای و محمد احمدی با 24 رای به عضویت شورای اسلامی شهر تهران انتخاب شدند."
    people = ["علی رضایی", "حسن کریمی", "محمد احمدی"]
    assert roles(run(text, mentions=tagged(PER=people))) == {(p, "عضو", "شورای اسلامی شهر تهران") for p in people}


def test_the_elected_hold_the_post_at_the_body_the_bare_head_names_tune():
    # tune 2#43 as written: the headline and the lead name the body two ways, the results say «کانون» alone, and
    # «عبدالله» is abbreviated «عبدا...» (the NER tags it apart): all seven counted names are members of the body
    text = ("اعضای هئیت مدیره‌ی کانون انجمنهای صنفی حمل و نقل برگزیده شدند\n"
            "دومین دوره انتخابات هیئت‌مدیره کانون انجمنهای صنفی موسسات و شرکتهای حمل برگزار شد.\n"
            "در انتخاباتی که روز گذشته برگزار شد، حسین احمدی زاده از انجمن تهران با 45 رای، عبدا... ثقفی راد از انجمن "
            "مشهد با 36 رای و محمد اسدی از انجمن قزوین با 24 رای، به ترتیب در رتبه‌های اول تا سوم به عنوان اعضای "
            "هئیت مدیره کانون برگزیده شدند.")
    people = ["حسین احمدی زاده", "ثقفی راد", "محمد اسدی"]
    out = run(text, mentions=tagged(PER=people + ["عبدا"], ORG=["کانون انجمنهای صنفی حمل و نقل",
                                                                 "کانون انجمنهای صنفی موسسات و شرکتهای حمل"]))
    assert names(out, "official") == set(people)
    assert {(p, t) for p, t, _ in roles(out)} == {(p, "عضو") for p in people}
    assert {o for _, _, o in roles(out)} <= {"کانون انجمنهای صنفی حمل و نقل",
                                             "کانون انجمنهای صنفی موسسات و شرکتهای حمل"}


@pytest.mark.parametrize("text", [
    # dev 3#193: vote counts with no post elected to
    "میرحسین موسوی با 24885 رای حایز اکثریت آرا شد و محمود احمدی‌نژاد نیز با 23995 رای دوم شد.",
    # a count with no name of its own: the votes of a bill
    "علی رضایی گفت این طرح با 45 رای موافق و 10 رای مخالف به عنوان اعضای کمیسیون انتخاب شدند.",
])
def test_vote_counts_make_no_officials_without_one_name_each_and_a_post(text):
    out = run(text, mentions=tagged(PER=[p for p in ("میرحسین موسوی", "محمود احمدی‌نژاد", "علی رضایی") if p in text]))
    assert names(out, "official") == set()


def test_appointment_with_be_onvane_written_as_one_word():
    # «بعنوان» is a common spelling of «به عنوان» (11 times in the 900 Fars articles)
    out = run("در حکمی سلام فیاض را بعنوان نخست‌وزیر فلسطین منصوب کرد.", mentions=tagged(PER=["سلام فیاض"]))
    assert roles(out) == {("سلام فیاض", "نخست‌وزیر", "فلسطین")}


def test_list_of_appointees_per_province():
    out = run("در جلسه هیئت دولت، علی اکبر محرابیان به عنوان استاندار گیلان، محمود حسینی پور به عنوان استاندار "
              "مازندران و حسن احمدی به عنوان استاندار گلستان انتخاب شدند.")
    assert roles(out) >= {(clean("علی اکبر محرابیان"), "استاندار", "گیلان"),
                          ("محمود حسینی پور", "استاندار", "مازندران"),
                          ("حسن احمدی", "استاندار", "گلستان")}


def test_as_or_in_the_post_of_without_an_appointment_verb():
    out = run("علی رضایی به عنوان رئیس هیئت مدیره شرکت ملی گاز ایران گفت: گاز کافی است.")
    assert roles(out) == {("علی رضایی", "رئیس هیئت\u200cمدیره", "شرکت ملی گاز ایران")}
    out = run("علی رضایی در سمت مدیرکل بهزیستی استان گیلان فعالیت می‌کند.")
    assert roles(out) == {("علی رضایی", "مدیرکل", "بهزیستی استان گیلان")}
    out = run("وی به عنوان رئیس هیئت مدیره شرکت ملی گاز ایران گفت: گاز کافی است.")  # a pronoun alone: no role
    assert roles(out) == set()


def test_a_passive_appointment_names_the_sentence_subject_however_far_fars():
    # 3#264: «X با کسب 12 رای … به عنوان رییس هیات کشتی استان انتخاب شد»; 1#192 «"X" از منطقه … به عنوان …»
    text = ('"بیت‌الله محسود" از منطقه وزیرستان جنوبی به عنوان رئیس جنبش طالبان پاکستان منصوب شد.')
    out = run(text, mentions=tagged(PER=["بیت‌الله محسود"], ORG=["جنبش طالبان پاکستان"]))
    assert roles(out) == {("بیت‌الله محسود", "رئیس", "جنبش طالبان پاکستان")}
    # the subject of an active verb appoints; a quote's appointment is someone else's
    for text in ("علی لاریجانی در حکمی رضا کریمی را به عنوان رئیس جنبش طالبان پاکستان منصوب کرد.",
                 "علی لاریجانی گفت: در جلسه دیروز به عنوان رئیس جنبش طالبان پاکستان انتخاب شد."):
        out = run(text, mentions=tagged(PER=["علی لاریجانی"], ORG=["جنبش طالبان پاکستان"]))
        assert not any(r[0] == "علی لاریجانی" for r in roles(out))


def test_a_passive_appointment_after_the_meetings_place_fars():
    # dev 3#163: «در این مراسم X به جای مرحوم Y … به عنوان مدیرعامل … معرفی شد»: X opens the clause after the
    # meeting's place, and Y, the one replaced, is no second candidate
    text = ("در این مراسم محسن شریعتی به جای مرحوم علی‌محمد انظاری که هفته گذشته از دنیا رفت به عنوان مدیرعامل "
            "سازمان میادین میوه و تره‌بار شهرداری مشهد معرفی شد.")
    out = run(text, mentions=tagged(PER=["محسن شریعتی", "علی‌محمد انظاری"]))
    assert {(p, t) for p, t, _ in roles(out)} == {("محسن شریعتی", "مدیرعامل")}
    # without the scene, a name in mid-sentence is not the subject
    text = ("کار آغاز شد و محسن شریعتی به جای علی‌محمد انظاری که هفته گذشته از دنیا رفت به عنوان مدیرعامل "
            "سازمان میادین میوه و تره‌بار شهرداری مشهد معرفی شد.")
    out = run(text, mentions=tagged(PER=["محسن شریعتی", "علی‌محمد انظاری"]))
    assert not any(p == "علی‌محمد انظاری" for p, _, _ in roles(out))


@pytest.mark.parametrize("text", [
    "سردار مصطفی آجرلو بعد از کناره‌گیری سعید عباسی به عنوان مدیرعامل جدید باشگاه تراکتورسازی انتخاب شد.",
    "سردار مصطفی آجرلو پس از استعفای سعید عباسی به عنوان مدیرعامل جدید باشگاه تراکتورسازی انتخاب شد.",
])
def test_one_who_left_the_post_is_not_the_appointee_probe(text):
    # PEYMA train (session 77): the name right before «به عنوان» had left the post; the subject before takes it
    out = run(text, mentions=tagged(PER=["مصطفی آجرلو", "سعید عباسی"]))
    assert roles(out) == {("سردار مصطفی آجرلو", "مدیرعامل", "باشگاه تراکتورسازی")}
    assert "سعید عباسی" in names(out, "official")  # (he held the post)
    # with no name before, no one named takes the post there
    out = run("بعد از کناره‌گیری سعید عباسی به عنوان مدیرعامل جدید باشگاه تراکتورسازی انتخاب شد.",
              mentions=tagged(PER=["سعید عباسی"]))
    assert roles(out) == set()
    # nor one who died, named with a eulogy word
    out = run("پس از درگذشت مرحوم سعید عباسی به عنوان مدیرعامل جدید باشگاه تراکتورسازی انتخاب شد.",
              mentions=tagged(PER=["سعید عباسی"]))
    assert roles(out) == set()


def test_an_appointment_in_a_relative_clause_is_the_named_persons():
    # a probe (session 49): «X که اخیرا به عنوان استاندار البرز منصوب شده است، …» gave no role and no official
    for text in ("عزیزالله شهبازی که اخیرا به عنوان استاندار البرز منصوب شده است، امروز به کرج رفت.",
                 "عزیزالله شهبازی که به عنوان استاندار البرز منصوب شده است، امروز به کرج رفت."):
        assert roles(run(text, mentions=tagged(PER=["عزیزالله شهبازی"]))) == {("عزیزالله شهبازی", "استاندار", "البرز")}


def test_a_person_removed_from_a_post_is_an_official_with_no_role():
    # a probe (session 49): «X از سمت استاندار گلستان برکنار شد» made X no official (guidelines: a person described
    # with a position, a past one too)
    for text in ("علی احمدی از سمت استاندار گلستان برکنار شد.", "علی احمدی از ریاست سازمان بهزیستی کنار رفت.",
                 "علی احمدی از سمت استاندار گلستان استعفا داد.",
                 # session 55 probes: the office's noun, and «خود به عنوان» before the title
                 "علی احمدی از سمت فرمانداری قزوین برکنار شد.",
                 "علی احمدی از سمت خود به عنوان فرماندار قزوین برکنار شد.", "علی احمدی از سمت خود استعفا داد."):
        out = run(text, mentions=tagged(PER=["علی احمدی"]))
        assert roles(out) == set()
        assert names(out, "official") == {"علی احمدی"}
    # «سمت» is also a side
    out = run("علی احمدی از سمت راست خیابان عبور کرد و استعفا داد.", mentions=tagged(PER=["علی احمدی"]))
    assert names(out, "official") == set()


def test_the_one_appointed_is_not_the_appointer_whose_title_comes_before_him():
    # a probe (session 50): «وزیر کشور علی احمدی را به عنوان استاندار گیلان منصوب کرد» made Ahmadi the minister too
    # (title before name), and again when he spoke next (the unnamed minister's description)
    text = "وزیر کشور علی احمدی را به عنوان استاندار گیلان منصوب کرد."
    assert roles(run(text, mentions=tagged(PER=["علی احمدی"]))) == {("علی احمدی", "استاندار", "گیلان")}
    out = run(text + " علی احمدی گفت: خدمت می‌کنم.", mentions=tagged(PER=["علی احمدی"]))
    assert roles(out) == {("علی احمدی", "استاندار", "گیلان")}
    # «برگزید» (chose) appoints too
    text = "هیئت مدیره کانون جعفر کوشا را به عنوان رئیس کانون وکلای دادگستری مرکز برگزید."
    assert {title for _, title, _ in roles(run(text, mentions=tagged(PER=["جعفر کوشا"])))} == {"رئیس"}


def test_one_appointed_is_not_the_titled_one_acting_after_him():
    # a probe (session 50): «X به عنوان رئیس دانشگاه … معارفه شد» then «وزیر بهداشت … تقدیر کرد» made X the minister
    # (his surname in the next sentence was the named one after the title)
    text = ("به گزارش خبرگزاری فارس از رشت، در آیینی با حضور وزیر بهداشت، دکتر عبدالرضا میرزایی به عنوان رئیس "
            "دانشگاه علوم پزشکی گیلان معارفه شد.\n"
            "وزیر بهداشت در این مراسم از خدمات رئیس پیشین این دانشگاه تقدیر کرد.\n"
            "میرزایی پیش از این معاون درمان دانشگاه علوم پزشکی گیلان بود.")
    assert roles(run(text, mentions=tagged(PER=["دکتر عبدالرضا میرزایی"]))) == {
        ("دکتر عبدالرضا میرزایی", "رئیس", "دانشگاه علوم پزشکی گیلان")}
    # one appointed to the very title is the titled one after it
    text = ("حجت‌الاسلام محمدرضا طاهری به عنوان مدیرکل تبلیغات اسلامی بوشهر منصوب شد.\n"
            "مدیرکل تبلیغات اسلامی بوشهر گفت: برنامه‌های دهه فجر اجرا می‌شود.")
    assert {title for _, title, _ in roles(run(text, mentions=tagged(PER=["حجت‌الاسلام محمدرضا طاهری"])))} == {"مدیرکل"}


@pytest.mark.parametrize("text, fact", [
    ("در آیین معارفه مدیرکل جدید بهزیستی استان گیلان، علی احمدی به عنوان مدیرکل جدید معرفی شد.",
     ("علی احمدی", "مدیرکل", "بهزیستی استان گیلان")),
    # another title, or none named before: no body
    ("در آیین معارفه مدیرکل جدید بهزیستی استان گیلان، علی احمدی به عنوان معاون جدید معرفی شد.", None),
    ("علی احمدی به عنوان مدیرکل جدید معرفی شد.", None),
    # the title with its place in the sentence before (session 75 probe: the provincial ceremony's usual wording)
    ("آیین معارفه فرماندار جدید شهرستان میناب برگزار شد. در این آیین علی احمدی به عنوان فرماندار معرفی شد.",
     ("علی احمدی", "فرماندار", "میناب")),
    ("فرماندار جدید شهرستان میناب منصوب شد. در این مراسم علی احمدی به عنوان فرماندار جدید معرفی شد.",
     ("علی احمدی", "فرماندار", "میناب")),
    # not from two sentences before
    ("آیین معارفه فرماندار جدید شهرستان میناب برگزار شد. مردم حضور داشتند. علی احمدی به عنوان فرماندار معرفی شد.",
     None),
])
def test_a_post_appointed_to_with_no_body_takes_the_body_of_the_same_title_before_it(text, fact):
    # an appointment sweep (session 52)
    out = run(text, mentions=tagged(PER=["علی احمدی"]))
    assert roles(out) == ({fact} if fact else set()) and names(out, "official") == {"علی احمدی"}


@pytest.mark.parametrize("text", [
    "رضا صادقی با حکم محمدجواد فدایی استاندار کرمان به عنوان سرپرست فرمانداری بم منصوب شد.",
    "رضا صادقی با حکم محمدجواد فدایی، استاندار کرمان، به عنوان سرپرست فرمانداری بم منصوب شد.",
])
def test_the_one_who_signs_the_order_may_be_named_with_a_post_probe(text):
    # «X با حکم Y <post> به عنوان … منصوب شد»: Y's post stands before the marker, X is still the appointee (a probe
    # of session 56; before, X held nothing and was no official)
    out = run(text, mentions=tagged(PER=["رضا صادقی", "محمدجواد فدایی"], ORG=["فرمانداری بم"]))
    assert roles(out) == {("رضا صادقی", "سرپرست", "فرمانداری بم"), ("محمدجواد فدایی", "استاندار", "کرمان")}


@pytest.mark.parametrize("text", [
    "علی رضایی که به تازگی به سمت مدیرکل دامپزشکی استان زنجان منصوب شده است، گفت: بیماری مهار شد.",
    "علی رضایی که در هفته‌های اخیر به عنوان مدیرکل دامپزشکی استان زنجان انتخاب گردیده، گفت: بیماری مهار شد.",
])
def test_a_perfect_passive_appointment_names_the_subject_far_before_the_marker_probe(text):
    # the normaliser glues «منصوب شده» into one word; a perfect passive («شده», «گردیده») is an appointment too
    out = run(text, mentions=tagged(PER=["علی رضایی"]))
    assert roles(out) == {("علی رضایی", "مدیرکل", "دامپزشکی استان زنجان")}


def test_the_object_of_an_order_a_few_words_before_the_post_is_appointed_tune():
    # tune 3#22: an adverbial phrase (with an infinitive) between «X را» and «بعنوان»
    text = ('عباس در حکمی "سلام فیاض" را بدون گرفتن رای اعتماد از مجلس فلسطین بعنوان نخست‌وزیر دولت انتصابی '
            'تشکیلات خودگردان فلسطین منصوب کرد.')
    assert {(p, t) for p, t, _ in roles(run(text, mentions=tagged(PER=["سلام فیاض"])))} == {("سلام فیاض", "نخست‌وزیر")}
    # not past a comma: the name there is another clause's
    text = "علی رضایی را دیدیم، سپس حسن احمدی بعنوان استاندار یزد منصوب شد."
    assert ("علی رضایی", "استاندار", "یزد") not in roles(run(text, mentions=tagged(PER=["علی رضایی"])))


def test_the_post_opening_an_appointment_is_its_subjects_not_the_appointees_probe():
    # session 70 probe: «وزیر کشور» appoints; the name after it, marked «را», takes the post it is appointed to only
    text = "وزیر کشور علی رضایی را پس از سال‌ها خدمت در استان به عنوان استاندار یزد منصوب کرد."
    assert roles(run(text, mentions=tagged(PER=["علی رضایی"]))) == {("علی رضایی", "استاندار", "یزد")}
    # (a post before a name that is no appointee is still his)
    text = "وزیر کشور علی رضایی امروز به یزد رفت."
    assert roles(run(text, mentions=tagged(PER=["علی رضایی"]))) == {("علی رضایی", "وزیر", "وزارت کشور")}


def test_names_listed_before_as_many_coordinated_posts_take_them_in_order_probe():
    # session 73 probes: a board's election; both posts had gone to the last name, and after «به ترتیب» (or with a
    # comma before the second post, whose body the first shares) none
    council = "شورای اسلامی شهر گرگان"
    expected = {("علی اکبری", "رئیس", council), ("حسن رضایی", "نایب\u200cرئیس", council)}
    for text in ("علی اکبری و حسن رضایی به عنوان رئیس و نایب‌رئیس شورای اسلامی شهر گرگان انتخاب شدند.",
                 "علی اکبری و حسن رضایی به ترتیب به عنوان رئیس و نایب‌رئیس شورای اسلامی شهر گرگان انتخاب شدند.",
                 "علی اکبری به عنوان رئیس و حسن رضایی به عنوان نایب‌رئیس شورای اسلامی شهر گرگان انتخاب شدند.",
                 # (and «به ترتیب» with no marker after it)
                 "علی اکبری و حسن رضایی به ترتیب رئیس و نایب‌رئیس شورای اسلامی شهر گرگان شدند."):
        assert roles(run(text)) == expected, text
    society = "انجمن حمایت از بیماران کلیوی استان گلستان"
    out = run("علی اکبری، حسن رضایی و مهدی محمدی به ترتیب به عنوان رئیس، معاون و دبیر انجمن حمایت از بیماران "
              "کلیوی استان گلستان انتخاب شدند.")
    assert roles(out) == {("علی اکبری", "رئیس", society), ("حسن رضایی", "معاون", society),
                          ("مهدی محمدی", "دبیر", society)}
    # one name keeps every coordinated post; a place post takes no body from a municipality's head
    assert roles(run("حسن رضایی به عنوان مدیرعامل و رئیس هیئت مدیره بانک ملت منصوب شد.")) == {
        ("حسن رضایی", "مدیرعامل", "بانک ملت"), ("حسن رضایی", "رئیس هیئت\u200cمدیره", "بانک ملت")}
    assert roles(run("علی اکبری به عنوان فرماندار و حسن رضایی به عنوان شهردار ساری منصوب شدند.")) == {
        ("حسن رضایی", "شهردار", "ساری")}


def test_a_verb_of_choosing_ends_the_body_before_it_probe():
    # session 73 probe: «… به عنوان رئیس فدراسیون برگزید» gave a body «فدراسیون برگزید» and a role at it
    # (the bare «فدراسیون» is the federation inside the assembly's name: session 74)
    out = run("مجمع عمومی فدراسیون کشتی، حسن رضایی را به عنوان رئیس فدراسیون برگزید.")
    assert names(out, "agency") == {"مجمع عمومی فدراسیون کشتی"}
    assert roles(out) == {("حسن رضایی", "رئیس", "فدراسیون کشتی")}
    assert names(run("اعضای شورا او را به عنوان رئیس سازمان برگزیدند."), "agency") == set()
    # and the word before it ends the name, it is no predicate noun («فدراسیون کشتی | برگزید»)
    out = run("مجمع عمومی فدراسیون کشتی، حسن رضایی را به عنوان رئیس فدراسیون کشتی برگزید.")
    assert roles(out) == {("حسن رضایی", "رئیس", "فدراسیون کشتی")}


@pytest.mark.parametrize("text", [
    # the board's body after «هیئت رئیسه», in the post's sentence or the one before
    "اعضای هیئت رئیسه شورای شهر یزد انتخاب شدند؛ بر این اساس علی شریفی به عنوان رئیس و محمد کریمی به عنوان "
    "نایب‌رئیس انتخاب شدند.",
    "هیئت رئیسه جدید شورای شهر یزد انتخاب شد. در این جلسه علی شریفی به عنوان رئیس و محمد کریمی به عنوان "
    "نایب‌رئیس انتخاب شدند.",
    # no body after the board: the one body named before it in its sentence
    "در جلسه امروز شورای شهر یزد، هیئت رئیسه جدید انتخاب شد و علی شریفی به عنوان رئیس و محمد کریمی به عنوان "
    "نایب‌رئیس برگزیده شدند.",
])
def test_a_board_post_with_no_body_is_at_the_body_whose_presiding_board_was_elected(text):
    # session 74 probe: council board elections name the council once, with its «هیئت رئیسه», before the posts
    out = run(text, mentions=tagged(PER=["علی شریفی", "محمد کریمی"], ORG=["شورای شهر یزد"]))
    assert roles(out) == {("علی شریفی", "رئیس", "شورای شهر یزد"), ("محمد کریمی", "نایب‌رئیس", "شورای شهر یزد")}


def test_a_post_a_board_of_directors_gives_out_is_at_its_company_probe():
    # probes (session 79, sd_008 and sd_029): a company's board of directors names the company once, before the
    # posts it gives out; the news agency of «به گزارش خبرگزاری فارس» is no body named before the board
    people = ["علی‌محمد شفیعی", "حسن اکبری"]
    text = ("به گزارش خبرگزاری فارس، در نخستین جلسه هیئت‌مدیره جدید شرکت فولاد مبارکه اصفهان، علی‌محمد شفیعی به "
            "عنوان رئیس هیئت‌مدیره و حسن اکبری به عنوان مدیرعامل انتخاب شدند.")
    assert roles(run(text, mentions=tagged(PER=people, ORG=["شرکت فولاد مبارکه اصفهان"]))) == {
        ("علی‌محمد شفیعی", "رئیس هیئت‌مدیره", "شرکت فولاد مبارکه اصفهان"),
        ("حسن اکبری", "مدیرعامل", "شرکت فولاد مبارکه اصفهان")}
    text = ("به گزارش خبرگزاری فارس، در جلسه شورای شهر یزد، هیئت رئیسه جدید انتخاب شد. بر این اساس علی‌محمد شفیعی "
            "به عنوان رئیس و حسن اکبری به عنوان نایب‌رئیس انتخاب شدند.")
    assert roles(run(text, mentions=tagged(PER=people, ORG=["شورای شهر یزد"]))) == {
        ("علی‌محمد شفیعی", "رئیس", "شورای شهر یزد"), ("حسن اکبری", "نایب‌رئیس", "شورای شهر یزد")}


def test_a_board_two_sentences_back_or_a_post_no_board_fills_takes_no_body():
    board = "هیئت رئیسه شورای شهر یزد انتخاب شد."
    for text in (f"{board} جلسه بعدی هفته آینده است. علی شریفی به عنوان رئیس انتخاب شد.",
                 f"{board} علی شریفی به عنوان مدیرعامل انتخاب شد.",
                 "علی شریفی به عنوان رئیس انتخاب شد. هیئت رئیسه شورای شهر یزد انتخاب شد."):
        out = run(text, mentions=tagged(PER=["علی شریفی"], ORG=["شورای شهر یزد"]))
        assert roles(out) == set(), text


def test_a_name_opening_the_clause_after_a_verb_and_and_is_the_passives_subject():
    # session 74 probe: «… برگزار شد و X برای چهار سال دیگر به ریاست … انتخاب شد» had no role (the subject stood
    # three words from the marker, after no comma)
    text = "مجمع عمومی فدراسیون کشتی برگزار شد و محمد رضایی برای چهار سال دیگر به ریاست فدراسیون کشتی انتخاب شد."
    assert roles(run(text, mentions=tagged(PER=["محمد رضایی"]))) == {("محمد رضایی", "رئیس", "فدراسیون کشتی")}
    # «و» between two names is no clause's opening
    text = "علی احمدی و محمد رضایی برای چهار سال دیگر به ریاست فدراسیون کشتی انتخاب شد."
    assert roles(run(text, mentions=tagged(PER=["علی احمدی", "محمد رضایی"]))) == set()


def test_a_list_of_appointees_shares_the_body_named_last_probe():
    # probes (session 78, eval/probes/appointments.jsonl): a vote count between the first name and its marker, a
    # board's secretary and treasurer, and a bare post's field word before the list's «و»
    text = ("رضا عبدالله‌زاده با ۹ رأی به عنوان رئیس، لیلا صمدی به عنوان نایب‌رئیس، جواد حسین‌پور به عنوان منشی و "
            "رامین خلیلی به عنوان خزانه‌دار شورای اسلامی شهر تبریز انتخاب شدند.")
    people = ["رضا عبدالله‌زاده", "لیلا صمدی", "جواد حسین‌پور", "رامین خلیلی"]
    assert roles(run(text, mentions=tagged(PER=people))) == {
        (p, t, "شورای اسلامی شهر تبریز") for p, t in zip(people, ("رئیس", "نایب‌رئیس", "منشی", "خزانه‌دار"))}
    text = ("با حکم رئیس دانشگاه فردوسی مشهد، سعید نظری به سمت معاون آموزشی و مریم صادقی‌فر به سمت معاون پژوهش و "
            "فناوری این دانشگاه منصوب شدند.")
    assert roles(run(text, mentions=tagged(PER=["سعید نظری", "مریم صادقی‌فر"]))) == {
        ("سعید نظری", "معاون", "دانشگاه فردوسی مشهد"), ("مریم صادقی‌فر", "معاون", "دانشگاه فردوسی مشهد")}
    # (session 79, sd_015) the body closes a post given to two names listed with «و»
    text = ("همچنین اقبال شاهرخی به عنوان نایب‌رئیس اول، علی‌اکبر نصیری به عنوان نایب‌رئیس دوم و حسینعلی مرادیان و "
            "فاطمه مقصودی به عنوان دبیران کمیسیون عمران برگزیده شدند.")
    people = ["اقبال شاهرخی", "علی‌اکبر نصیری", "حسینعلی مرادیان", "فاطمه مقصودی"]
    assert roles(run(text, mentions=tagged(PER=people))) == {
        (p, t, "کمیسیون عمران") for p, t in zip(people, ("نایب‌رئیس", "نایب‌رئیس", "دبیر", "دبیر"))}


def test_one_auxiliary_closing_two_predicates_makes_the_passive_probe():
    # probe (session 79, sd_012): «… منصوب و جانشین X شد» had no role: «و» stood where the auxiliary was looked for
    text = ("سردار محمدحسن رضایی با حکم فرمانده کل انتظامی کشور به عنوان فرمانده انتظامی استان مازندران منصوب و "
            "جانشین سردار علی‌اکبر جاویدان شد.")
    out = run(text, mentions=tagged(PER=["محمدحسن رضایی", "علی‌اکبر جاویدان"]))
    assert roles(out) == {("سردار محمدحسن رضایی", "فرمانده انتظامی", "مازندران")}
    # a verb of its own after «و» is no auxiliary of the appointment
    text = "علی احمدی با حکم وزیر کشور به عنوان استاندار مازندران منصوب و گفت که برنامه‌ها ادامه می‌یابد."
    assert roles(run(text, mentions=tagged(PER=["علی احمدی"]))) == set()


def test_a_name_before_a_relative_clause_that_a_comma_closes_is_the_appointee_probe():
    # probes (session 79, sd_010 and sd_012): the relative clause about the appointee stood between the name and
    # the marker, so the name was too far from it, or its clause's «را» looked like the object of the sentence
    text = ("اعضای شورا کامران نیک‌پی را که پیش از این معاون خدمات شهری شهرداری رشت بود، به عنوان سرپرست "
            "شهرداری رشت برگزیدند.")
    assert ("کامران نیک‌پی", "سرپرست", "شهرداری رشت") in roles(run(text, mentions=tagged(PER=["کامران نیک‌پی"])))
    text = ("سردار جاویدان که چهار سال فرماندهی انتظامی مازندران را بر عهده داشت، به عنوان معاون عملیات "
            "ستاد فرماندهی انتظامی استان مازندران منصوب شده است.")
    assert ("سردار جاویدان", "معاون", "ستاد فرماندهی انتظامی استان مازندران") in \
        roles(run(text, mentions=tagged(PER=["جاویدان"])))
    # a relative clause about something else than a name is no appointee's
    text = "در جلسه‌ای که دیروز برگزار شد، به عنوان سرپرست شهرداری رشت انتخاب شد."
    assert roles(run(text)) == set()


def test_respectively_shares_out_posts_with_their_ranks_probe():
    # probe (session 79, sd_033): «نایب‌رئیس اول و نایب‌رئیس دوم» after «به ترتیب» had been shared out as places
    # («اول», «نایب‌رئیس»), and the rank word stopped the second post from being seen
    text = ("در جلسه هیئت رئیسه اتاق بازرگانی هرمزگان، نادر زارعی و مریم شهابی به ترتیب به عنوان نایب‌رئیس اول و "
            "نایب‌رئیس دوم و احمد بهمنی به عنوان خزانه‌دار اتاق بازرگانی هرمزگان برگزیده شدند.")
    people = ["نادر زارعی", "مریم شهابی", "احمد بهمنی"]
    assert roles(run(text, mentions=tagged(PER=people))) == {
        (p, t, "اتاق بازرگانی هرمزگان") for p, t in zip(people, ("نایب‌رئیس", "نایب‌رئیس", "خزانه‌دار"))}


def test_the_source_of_according_to_is_no_passive_subject_probe():
    # probe (session 79, sd_020): the spokesman who reports the appointment made two names before the marker
    text = ("به گفته حسین رحیمی، سخنگوی سازمان ملی استاندارد، فرزانه آقاجانی با حکم رئیس‌جمهور به عنوان سرپرست "
            "سازمان ملی استاندارد منصوب شد.")
    out = run(text, mentions=tagged(PER=["حسین رحیمی", "فرزانه آقاجانی"]))
    assert ("فرزانه آقاجانی", "سرپرست", "سازمان ملی استاندارد") in roles(out)
    assert ("حسین رحیمی", "سرپرست", "سازمان ملی استاندارد") not in roles(out)


@pytest.mark.parametrize("text", [
    "هیئت‌مدیره شرکت ملی صنایع مس ایران مصطفی فیضی، قائم‌مقام مدیرعامل، را به عنوان سرپرست شرکت ملی صنایع مس ایران "
    "تعیین کرد.",
    "هیئت‌مدیره شرکت ملی صنایع مس ایران مصطفی فیضی، قائم‌مقام مدیرعامل را به عنوان سرپرست شرکت ملی صنایع مس ایران "
    "تعیین کرد.",
])
def test_the_object_of_an_appointment_may_have_its_post_in_apposition_probe(text):
    # probes (session 79, sd_036 and sd_037): the post between the name and «را» hid the object
    out = run(text, mentions=tagged(PER=["مصطفی فیضی"]))
    assert ("مصطفی فیضی", "سرپرست", "شرکت ملی صنایع مس ایران") in roles(out)


def test_a_relative_clause_after_its_verb_describes_the_name_before_the_verb_probe():
    # probes (session 79, sd_031 and sd_039): «X جایگزین Y شد که به عنوان … منصوب شده است»: Y's new post, which
    # had gone to X (the replaced one's appointee)
    text = ("عباس صفری جایگزین حسین اسماعیلیان شد که به عنوان معاون آب و آبفای وزارت نیرو منصوب شده است.")
    out = run(text, mentions=tagged(PER=["عباس صفری", "حسین اسماعیلیان"]))
    assert ("حسین اسماعیلیان", "معاون", "وزارت نیرو") in roles(out)
    assert not any(person == "عباس صفری" for person, _, _ in roles(out))


def test_a_city_before_the_appointment_verb_the_normaliser_glued_closes_the_post_probe():
    # a probe (session 80, long_articles la_006): hazm writes «منصوب شده است» as «منصوب‌شده است»; the glued verb
    # had read the city before it as its preverb, leaving «فرمانداری» with no place and the appointee with no post
    text = clean("فرشته کاویانی‌پور به سمت سرپرست فرمانداری مرودشت منصوب شده است.")
    assert "منصوب‌شده" in text
    out = run(text, mentions=tagged(PER=["فرشته کاویانی‌پور"], ORG=["فرمانداری مرودشت"]))
    assert roles(out) == {("فرشته کاویانی‌پور", "سرپرست", "فرمانداری مرودشت")}


@pytest.mark.parametrize("text", [
    # a probe (session 80, appointments sd_022): the objects of an active order, the first post's field two nouns
    "زاکانی در احکامی جداگانه محسن فرهمند را به عنوان معاون فنی و عمرانی و مهدی کاظمیان را به عنوان معاون "
    "حمل‌ونقل و ترافیک شهرداری تهران منصوب کرد.",
    "زاکانی محسن فرهمند را به عنوان معاون فنی و مهدی کاظمیان را به عنوان معاون ترافیک شهرداری تهران منصوب کرد.",
    "محسن فرهمند به عنوان معاون فنی و عمرانی و مهدی کاظمیان به عنوان معاون ترافیک شهرداری تهران منصوب شدند.",
])
def test_a_bare_post_takes_the_body_named_after_the_next_appointees_post_probe(text):
    out = run(text, mentions=tagged(PER=["محسن فرهمند", "مهدی کاظمیان"]))
    assert {("محسن فرهمند", "معاون", "شهرداری تهران"), ("مهدی کاظمیان", "معاون", "شهرداری تهران")} <= roles(out)


def test_the_same_title_coordinated_after_a_field_shares_the_body_probe():
    # probe (session 81, sd_024): «معاون سیاسی و معاون توسعه مدیریت وزارت کشور» had been read as one post, the
    # deputy of the second deputy, so «به ترتیب» found one post for two names and gave it to the last
    ministry = "وزارت کشور"
    people = ["علی‌اکبر نجفی‌پور", "محمد سلیمانی‌نیا", "مریم احمدی‌فر"]
    text = ("بر اساس این احکام، علی‌اکبر نجفی‌پور، محمد سلیمانی‌نیا و مریم احمدی‌فر به ترتیب به عنوان معاون سیاسی، "
            "معاون عمران و توسعه امور شهری و روستایی و معاون توسعه مدیریت و منابع وزارت کشور منصوب شدند.")
    assert roles(run(text, mentions=tagged(PER=people))) == {(p, "معاون", ministry) for p in people}
    text = ("علی‌اکبر نجفی‌پور و مریم احمدی‌فر به ترتیب به عنوان معاون سیاسی و معاون توسعه مدیریت وزارت کشور "
            "منصوب شدند.")
    assert roles(run(text, mentions=tagged(PER=people[::2]))) == {(p, "معاون", ministry) for p in people[::2]}
    # (one name holding both posts keeps one role there; a title nested right after its title is still its body's:
    # «معاون وزیر و رئیس سازمان امور عشایر»)
    text = "علی رضایی، معاون سیاسی و معاون اجتماعی وزارت کشور، گفت: …"
    assert roles(run(text, mentions=tagged(PER=["علی رضایی"]))) == {("علی رضایی", "معاون", ministry)}


def test_the_run_of_posts_goes_past_a_field_listed_with_commas_probe():
    # probe (session 81, co_032): «معاون سیاسی، امنیتی و اجتماعی، Y به عنوان معاون هماهنگی امور عمرانی و Z به
    # عنوان … استانداری مرکزی»: a field of three words, or listed with commas, had stopped the run, so only Z had a post
    people = ["محمدحسن نیکبخت", "مهدی فراهانی", "لیلا صفری"]
    text = ("بر این اساس، محمدحسن نیکبخت به عنوان معاون سیاسی، امنیتی و اجتماعی، مهدی فراهانی به عنوان معاون "
            "هماهنگی امور عمرانی و لیلا صفری به عنوان معاون توسعه مدیریت و منابع استانداری مرکزی منصوب شدند.")
    assert roles(run(text, mentions=tagged(PER=people))) == {(p, "معاون", "استانداری مرکزی") for p in people}
