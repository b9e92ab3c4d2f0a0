"""Province disambiguation on real sentences (seed and Fars articles)."""
from conftest import ner_mention
from helpers import keys, names, roles, run

from pipeline.lexicons import squash


def test_fars_news_agency_and_persian_gulf_are_never_the_province():
    out = run("به گزارش خبرگزاری فارس، نفتکش‌ها در خلیج فارس تردد کردند.")
    assert keys(out, "province") == set()
    assert "خبرگزاری فارس" in names(out, "agency")


def test_cued_fars_is_the_province():
    out = run("استاندار فارس در شیراز گفت: بارندگی در استان فارس ادامه دارد.")
    assert keys(out, "province") == {"province:IR-07"}


def test_city_references_are_not_provinces():
    out = run("شهردار کرمان گفت: ترافیک شهر کرمان و شهرداری قم بررسی شد.")
    assert keys(out, "province") == set()
    assert "شهرداری قم" in names(out, "agency")


def test_bare_tehran_alone_is_the_capital_not_the_province():
    out = run("هیئت اقتصادی روسیه امروز وارد تهران شد.")
    assert keys(out, "province") == set()


def test_bare_tehran_is_the_province_when_the_document_cues_it():
    out = run("بارش برف در استان تهران ادامه دارد. مدارس تهران فردا تعطیل است.")
    provinces = [m for m in out["mentions"] if m["domain"] == "province"]
    assert {m["entity_key"] for m in provinces} == {"province:IR-23"}
    assert len(provinces) == 2


def test_bare_capital_listed_with_other_provinces_is_a_province():
    out = run("طرح پزشک خانواده در مازندران، تهران و گیلان اجرا می‌شود.")
    assert keys(out, "province") == {"province:IR-02", "province:IR-23", "province:IR-01"}


def test_a_list_that_reaches_a_province_makes_each_capital_in_it_a_province_fars():
    # tune 3#81: «کرمان» is two names from «لرستان»; a city the document cues elsewhere starts no list (3#65)
    out = run("وی مهمترین استان‌های تولیدکننده گردو در کشور را کرمان، همدان، لرستان و کرمانشاه اعلام کرد.")
    assert names(out, "province") == {"کرمان", "همدان", "لرستان", "کرمانشاه"}
    out = run("در استان اصفهان 28 واحد دانشگاهی هست. فیلم باید به وقت اصفهان، تهران و اهواز ساخته می‌شد.")
    assert names(out, "province") == {"اصفهان"}


def test_provinces_after_ostanhaye():
    out = run("این طرح در استان‌های قم، یزد و اصفهان اجرا شد.")
    assert keys(out, "province") == {"province:IR-25", "province:IR-21", "province:IR-10"}


def test_governorate_is_an_agency_and_implies_the_province():
    out = run("مرکز ملی فضای مجازی با استانداری مازندران تفاهم‌نامه همکاری امضا کرد.")
    assert "استانداری مازندران" in names(out, "agency")
    assert keys(out, "province") == {"province:IR-02"}
    governorate = [m for m in out["mentions"] if m["text"] == "استانداری مازندران"]
    assert governorate[0]["label"] == "ORG"


def test_west_azerbaijan_spelling_variants_map_to_the_canonical_key():
    out = run("استاندار آذربایجان‌غربی و استانداری آذربایجان غربی")
    assert keys(out, "province") == {"province:IR-04"}


def test_university_named_after_a_province_is_not_the_province():
    out = run("رئیس دانشگاه مازندران گفت: پذیرش دانشجو آغاز شد.")
    assert keys(out, "province") == set()


def test_never_bare_names_need_a_cue():
    out = run("رئیس بانک مرکزی در کاخ گلستان سخنرانی کرد.")
    assert keys(out, "province") == set()


def test_a_long_province_list_with_an_elided_pair_fars():
    # fars-news-1.json#169: thirteen names after «استان‌های», «آذربایجان شرقی و غربی» in the middle
    out = run("مشارکت‌کنندگانی از استان‌های اصفهان، تهران، البرز، آذربایجان شرقی و غربی، خراسان رضوی، زنجان، فارس، "
              "قزوین، قم، کرمانشاه، مازندران، همدان و یزد این رویداد را همراهی می‌کنند.")
    assert names(out, "province") >= {"اصفهان", "تهران", "البرز", "آذربایجان شرقی", "خراسان رضوی", "زنجان", "فارس",
                                      "قزوین", "قم", "کرمانشاه", "مازندران", "همدان", "یزد"}
    assert "province:IR-04" in keys(out, "province")  # «غربی»: آذربایجان غربی, the pair's second province


def test_each_elided_direction_after_a_two_word_province_is_a_province_fars():
    # fars-news-1.json#57: three provinces, the last two named by their direction word only
    out = run("مسئولان مراکز فرهنگی استان‌های خراسان شمالی، جنوبی و رضوی در مشهد گرد آمدند.")
    assert keys(out, "province") == {"province:IR-28", "province:IR-29", "province:IR-09"}
    out = run("سیل در خراسان شمالی و جنوبی خسارت زد.")
    assert keys(out, "province") == {"province:IR-28", "province:IR-29"}
    out = run("نماینده مجلس از حوزه شمالی و جنوبی شهر گفت: طرح اجرا شد.")  # no province, so no pair
    assert keys(out, "province") == set()


def test_a_province_closing_a_provincial_body_is_the_province_fars():
    # fars-news-2.json#194; a municipality's place stays its city
    out = run("مدیرکل اداره کل فرهنگ و ارشاد اسلامی آذربایجان‌شرقی گفت: جشنواره برگزار شد.", mentions=lambda doc: [])
    assert "اداره کل فرهنگ و ارشاد اسلامی آذربایجان‌شرقی" in names(out, "agency")
    assert keys(out, "province") == {"province:IR-03"}  # آذربایجان شرقی
    out = run("معاون شهرداری قم گفت: طرح اجرا شد.", mentions=lambda doc: [])
    assert keys(out, "province") == set()


def test_a_general_directorate_names_the_province_even_a_city_name_tune():
    # tune 3#145: «کردستان», also a city's name, closing «اداره کل …» is the province, with or without ZWNJ
    out = run("مدیرکل اداره کل تربیت بدنی کردستان گفت: کار ادامه دارد.", mentions=lambda doc: [])
    assert names(out, "province") == {"کردستان"}
    out = run("مدیرکل اداره‌کل ورزش و جوانان قم گفت: کار ادامه دارد.", mentions=lambda doc: [])
    assert names(out, "province") == {"قم"}
    # not the city's council it belongs to
    out = run("اداره کل روابط عمومی شورای اسلامی شهر تهران اعلام کرد.", mentions=lambda doc: [])
    assert names(out, "province") == set()


def test_the_office_a_general_director_heads_closes_with_the_province_tune():
    # tune 2#172 «مدیرکل تبلیغات اسلامی تهران» (Tehran is also the city): the directorate is the province's
    for text, province in (("علی‌اصغر سهرابی مدیرکل تبلیغات اسلامی تهران گفت: کار ادامه دارد.", "تهران"),
                           ("مدیر کل شیلات گلستان گفت: کار ادامه دارد.", "گلستان"),
                           ("مدیرکل راه و شهرسازی کرمان گفت: کار ادامه دارد.", "کرمان")):
        assert names(run(text, mentions=lambda doc: []), "province") == {province}
    # a city's body or a city word before the name keeps it the city; the title alone names no office
    for text in ("مدیرکل روابط عمومی دانشگاه تهران گفت: کار ادامه دارد.",
                 "مدیرکل حوزه شهردار مشهد گفت: کار ادامه دارد.", "مدیرکل تهران گفت: کار ادامه دارد.",
                 "مدیرکل گفت: در تهران کار ادامه دارد."):
        assert names(run(text, mentions=lambda doc: []), "province") == set()


def test_reporters_desk_before_fars_names_the_agency_fars():
    # tune 1#237: «خبرنگار اجتماعی فارس» (17 times in the 900 articles); «استان فارس» stays the province
    fars_agency = "agency:" + squash("خبرگزاری فارس")
    out = run("مرتضی ضامنی در گفت‌وگو با خبرنگار اجتماعی فارس اظهار داشت: ثبت‌نام ادامه دارد.")
    assert fars_agency in keys(out, "agency") and keys(out, "province") == set()
    # tune 1#175: a desk of several words
    out = run("رضا عزتیان در گفت‌وگو با خبرنگار بهداشت و درمان فارس، اظهارداشت: آبمیوه‌ها زیان‌آور نیستند.")
    assert fars_agency in keys(out, "agency") and keys(out, "province") == set()
    assert fars_agency in keys(run("خبرنگار اجتماعی فارس گفت: باران آمد."), "agency")  # (the text's first word)
    out = run("خبرنگار ما در استان فارس گزارش داد: بارندگی در استان فارس ادامه دارد.")
    assert keys(out, "province") == {"province:IR-07"} and fars_agency not in keys(out, "agency")


def test_fars_after_a_lexicon_body_is_its_provincial_office_fars():
    # session 73 probe: «آموزش و پرورش فارس» was the national body, a province never read alone («فارس», for the
    # news agency) cut off its provincial office. (The one such wording on the 900 articles is in a blind2
    # article, found after the rule: see docs/relations_history.md, session 73.)
    fars_agency = "agency:" + squash("خبرگزاری فارس")
    for text in ("مدیرکل اوقاف و امور خیریه فارس گفت: موقوفات ثبت شد.",
                 "به گزارش روابط عمومی اوقاف و امور خیریه فارس، موقوفات ثبت شد."):
        out = run(text)
        assert names(out, "agency") == {"اوقاف و امور خیریه فارس"} and keys(out, "province") == {"province:IR-07"}
    out = run("مدیرکل آموزش و پرورش فارس گفت: مدارس باز است.")
    assert names(out, "agency") == {"آموزش و پرورش فارس"}
    # the agency's reporter or desk, and the bare «فارس» after «گزارش», stay the news agency
    for text in ("به گزارش خبرنگار آموزش و پرورش فارس، مدارس باز است.",
                 "به گزارش گروه آموزش و پرورش فارس، مدارس باز است."):
        out = run(text)
        assert fars_agency in keys(out, "agency") and keys(out, "province") == set()
        assert "آموزش و پرورش فارس" not in names(out, "agency")
    # «مرکزی», the other province never read alone, is still no branch («بانک مرکزی» is its own name)
    assert names(run("بانک مرکزی اعلام کرد: نرخ سود ثابت است."), "agency") == {"بانک مرکزی"}


def test_a_country_word_inside_a_person_name_is_a_surname_fars():
    # fars-news-2.json#54: «کامرون» is also Cameroon
    text = "به گزارش گروه بین‌الملل خبرگزاری فارس، «دیوید کامرون» نخست‌وزیر انگلستان درباره طرح اصلاحات گفت: ما آماده‌ایم."
    out = run(text, mentions=lambda d: [ner_mention(d, "دیوید کامرون", "PER")])
    assert roles(out) == {("دیوید کامرون", "نخست\u200cوزیر", "انگلستان")}
    assert run("کامرون و نیجریه توافق کردند.")["mentions"][0]["text"] == "کامرون"  # the country without NER


def test_bare_azerbaijan_is_the_republic_but_azerbaijan_with_a_direction_is_the_province():
    # tune 2#199 «نماینده رسمی دولت آذربایجان» (gold: «دولت آذربایجان»); «میان ایران، ترکیه و آذربایجان»: three parties
    assert "دولت آذربایجان" in names(run("نماینده رسمی دولت آذربایجان این خبر را رد کرد."), "agency")
    out = run("امروز تفاهم‌نامه‌ای میان ایران، ترکیه و آذربایجان امضا شد.")
    assert {frozenset((r["subject"], r["object"])) for r in out["relations"] if r["type"] == "agreement"} == {
        frozenset(pair) for pair in (("ایران", "ترکیه"), ("ایران", "آذربایجان"), ("ترکیه", "آذربایجان"))}
    # the province's longer name wins: no country mention inside «آذربایجان غربی»
    out = run("محمدمهدی شهریاری استاندار آذربایجان غربی گفت: طرح اجرا شد.")
    assert roles(out) == {("محمدمهدی شهریاری", "استاندار", "آذربایجان غربی")}
    assert [m["text"] for m in out["mentions"] if m["label"] == "LOC"] == ["آذربایجان غربی"]


def test_a_province_in_brackets_after_a_place_fars():
    # 1#258 «5 - بهار (همدان)», 3#40 «ورزنه (اصفهان)، سیاهکل (گیلان)»: the place's province
    text = "حوزه‌هایی که انتخابات آن‌ها باطل اعلام می‌شود: سنندج، بهار (همدان) و سیرجان."
    assert names(run(text), "province") == {"همدان"}
    text = "کارگزاری‌های اقماری در ورزنه (اصفهان) و سیاهکل (گیلان) افتتاح شدند."
    assert names(run(text), "province") == {"اصفهان", "گیلان"}
    assert names(run("به گزارش خبرگزاری فارس (اصفهان) این طرح اجرا شد."), "province") == set()


def test_a_club_named_after_a_province_is_no_province_reference_fars():
    # tune 1#70 «مهاجم تیم فوتبال فولاد خوزستان گفت», 2#260 «… در استقلال خوزستان می‌مانم»
    out = run("مهاجم تیم فوتبال فولاد خوزستان گفت: تیم یکدستی داریم.")
    assert names(out, "province") == set() and "فولاد خوزستان" in names(out, "agency")
    assert names(run("سرمربی گفت: 90 درصد در استقلال خوزستان می‌مانم."), "province") == set()
    assert names(run("اداره کل منابع طبیعی خوزستان طرح را اجرا کرد."), "province") == {"خوزستان"}  # a provincial body
    # tune 3#21 «مدیرعامل شرکت فولاد خوزستان»: the club's owner company, no provincial body either
    out = run("احمد وحیدی مدیرعامل شرکت فولاد خوزستان گفت: صادرات افزایش یافت.")
    assert names(out, "province") == set() and "شرکت فولاد خوزستان" in names(out, "agency")
    assert names(run("مدیرعامل شرکت گاز خوزستان گفت: مصرف افزایش یافت."), "province") == {"خوزستان"}


def test_a_part_of_a_province_no_city_shares_the_name_of_fars():
    # tune 3#158 «عشایر جنوب خوزستان»: southern Khuzestan; «شمال تهران» stays the city's north
    assert names(run("عشایر جنوب خوزستان امروز در راهپیمایی روز قدس شرکت کردند."), "province") == {"خوزستان"}
    assert names(run("ترافیک در شمال تهران سنگین است."), "province") == set()


def test_an_organisation_of_a_field_only_provinces_run_names_the_province_closing_it():
    # tune 1#43 «مشاور سازمان مدیریت و برنامه‌ریزی یزد» and a sweep (session 51): a capital's name closing such an
    # organisation is the province; a municipality's organisation stays the city's
    for text in ("مشاور سازمان مدیریت و برنامه‌ریزی یزد گفت: واردات کاهش یافت.",
                 "سازمان جهاد کشاورزی کرمان اعلام کرد: خرید گندم آغاز شد."):
        assert len(names(run(text), "province")) == 1
    assert names(run("سازمان آتش‌نشانی کرمان اعلام کرد: آتش مهار شد."), "province") == set()
    assert names(run("سازمان فرهنگی هنری شهرداری تبریز اعلام کرد: جشنواره آغاز شد."), "province") == set()
    # a regional water company too: one per province (tune 1#228, session 75: «گلستان», never a province bare, had
    # no cue); not another company named after a place
    assert names(run("مدیرعامل شرکت آب منطقه‌ای گلستان گفت: بارش‌ها افزایش یافت."), "province") == {"گلستان"}
    assert names(run("مدیرعامل شرکت فولاد کرمان گفت: تولید افزایش یافت."), "province") == set()


def test_an_adjective_between_the_cue_and_the_provinces_keeps_the_cue_tune():
    # tune 2#87: «دو استان مهم قم و اصفهان»; «استان‌های مرزی کرمانشاه و ایلام» (both names are also cities)
    out = run("آزادراه امیرکبیر دو استان مهم قم و اصفهان را به یکدیگر متصل می‌کند.")
    assert names(out, "province") == {"قم", "اصفهان"}
    out = run("این طرح در استان‌های مرزی کرمانشاه و ایلام اجرا می‌شود.")
    assert names(out, "province") == {"کرمانشاه", "ایلام"}
    # (no cue, no province: the adjective alone cues nothing)
    assert names(run("این طرح در شهرهای مرزی کرمانشاه و ایلام اجرا می‌شود."), "province") == set()


def test_the_caspian_sea_and_the_tehran_metropolis_are_no_province_probe():
    out = run("نفتکش‌ها وارد دریای مازندران نشدند. آلودگی هوا در کلانشهر تهران ادامه دارد و مدارس استان تهران تعطیل شد.")
    assert [m["text"] for m in out["mentions"] if m.get("domain") == "province"] == ["تهران"]


def test_the_people_of_a_province_no_city_shares_the_name_of_probe():
    # «مردم لرستان»: the province; «نماینده مردم کرمان»: a constituency, the city, stays blocked
    assert names(run("مردم لرستان در انتخابات شرکت کردند."), "province") == {"لرستان"}
    assert names(run("نماینده مردم کرمان در مجلس گفت: طرح اجرا شد."), "province") == set()


def test_provinces_listed_after_their_governors():
    # «استانداران X و Y» (the governors of X and Y) cues its list as «استان‌های X و Y» does; each named governor
    # then holds his own (session 71 probe; no such plural in the 900 articles)
    out = run("علی رضایی و حسن احمدی استانداران فارس و کرمان در این جلسه حضور داشتند.")
    assert names(out, "province") == {"فارس", "کرمان"}
    assert roles(out) == {("علی رضایی", "استاندار", "فارس"), ("حسن احمدی", "استاندار", "کرمان")}


def test_a_states_style_before_its_name_is_part_of_the_country_probe():
    # probes (session 78): «جمهوری اسلامی» before Pakistan was Iran, and «جمهوری خلق» kept the minister's title from
    # reaching China; with no adjective «جمهوری» stays the president's title word
    for text, role in (
            ("محمد نذیر سفیر جمهوری اسلامی پاکستان در تهران گفت: روابط خوب است.", ("محمد نذیر", "سفیر", "پاکستان")),
            ("وانگ یی وزیر امور خارجه جمهوری خلق چین با همتای ایرانی دیدار کرد.",
             ("وانگ یی", "وزیر امور خارجه", "چین")),
            ("امانوئل مکرون رئیس جمهوری فرانسه گفت: روابط خوب است.", ("امانوئل مکرون", "رئیس‌جمهوری", "فرانسه"))):
        person = role[0]
        assert roles(run(text, mentions=lambda d, p=person: [ner_mention(d, p, "PER")])) == {role}, text
    out = run("لایحه موافقت‌نامه معاضدت حقوقی میان جمهوری اسلامی ایران و جمهوری سوسیالیستی ویتنام امضا شد.")
    assert {frozenset((r["subject"], r["object"])) for r in out["relations"] if r["type"] == "agreement"} == {
        frozenset(("ایران", "ویتنام"))}
