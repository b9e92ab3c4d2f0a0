"""Role rule families, each on real sentences (seed, Fars news)."""
from conftest import ner_mention
from helpers import names, roles, run


def test_apposition_seed():
    out = run("در ادامه این مراسم، سید محمود حسینی پور، استاندار مازندران گفت: دشمن بارها از این فضا استفاده کرده است.")
    assert roles(out) == {("سید محمود حسینی پور", "استاندار", "مازندران")}
    assert names(out, "official") == {"سید محمود حسینی پور"}


def test_apposition_without_comma_fars():
    out = run("محسن کریمی مدیر شهرداری منطقه یک شهرداری گرگان به خبرنگار خبرگزاری فارس در گرگان گفت: ملاک صدور پروانه سند است.")
    assert ("محسن کریمی", "مدیر", "شهرداری منطقه") in roles(out)


def test_quoted_name_before_title_fars():
    out = run("همچنین «عبدالرضا دادبود» شهردار گرگان نیز در نشست خبری روز گذشته با خبرنگاران واکنش نشان داد.")
    assert roles(out) == {("عبدالرضا دادبود", "شهردار", "گرگان")}


def test_title_before_name():
    out = run("استاندار مازندران سید محمود حسینی پور در این مراسم گفت: باید از فرصت‌ها استفاده کنیم.")
    assert roles(out) == {("سید محمود حسینی پور", "استاندار", "مازندران")}


def test_coordinated_titles_give_two_roles_seed():
    out = run("سید ابوالحسن فیروزآبادی، دبیر شورایعالی و رئیس مرکز ملی فضای مجازی در مراسم امضای تفاهم نامه گفت: ...")
    assert roles(out) == {("سید ابوالحسن فیروزآبادی", "دبیر", "شورایعالی فضای مجازی"),
                          ("سید ابوالحسن فیروزآبادی", "رئیس", "مرکز ملی فضای مجازی")}


def test_nested_title_takes_the_inner_organisation():
    out = run("علی ماجدی، معاون وزیر نفت گفت: مذاکرات با هند ادامه دارد.")
    assert roles(out) == {("علی ماجدی", "معاون", "وزارت نفت")}


def test_deputy_of_health_minister():
    out = run("دکتر ایرج حریرچی معاون وزیر بهداشت امروز در جمع خبرنگاران گفت: واکسیناسیون ادامه دارد.")
    assert roles(out) == {("دکتر ایرج حریرچی", "معاون", "وزارت بهداشت، درمان و آموزش پزشکی")} or \
        roles(out) == {("دکتر ایرج حریرچی", "معاون", "وزارت بهداشت")}


def test_title_naming_its_organisation_implicitly():
    out = run("هایکو ماس وزیر خارجه آلمان در برلین گفت: برجام باید حفظ شود.",
              mentions=lambda doc: [ner_mention(doc, "هایکو ماس", "PER")])
    assert roles(out) == {("هایکو ماس", "وزیر خارجه", "آلمان")}


def test_appointment_with_be_onvane():
    out = run("با حکم وزیر کشور، سید محمود حسینی پور به عنوان استاندار مازندران منصوب شد.")
    assert ("سید محمود حسینی پور", "استاندار", "مازندران") in roles(out)


def test_list_of_appointees_per_province():
    out = run("در جلسه هیئت دولت، علی اکبر محرابیان به عنوان استاندار گیلان، محمود حسینی پور به عنوان استاندار "
              "مازندران و حسن احمدی به عنوان استاندار گلستان انتخاب شدند.")
    assert roles(out) >= {(out_text("علی اکبر محرابیان"), "استاندار", "گیلان"),
                          ("محمود حسینی پور", "استاندار", "مازندران"),
                          ("حسن احمدی", "استاندار", "گلستان")}


def test_former_roles_are_left_out():
    out = run("محمود احمدی، رئیس سابق سازمان برنامه و بودجه گفت: تورم کاهش می‌یابد.")
    assert roles(out) == set()


def test_speaker_description_links_the_headline_title_to_the_named_speaker_fars():
    text = ("استاندار کردستان گفت: همزمان با هفته دولت ۷۰۴ پروژه به بهره‌برداری می‌رسد.\n"
            "به گزارش خبرگزاری فارس از سنندج، بهمن مرادنیا پیش از ظهر امروز در نشست مطبوعاتی اظهار داشت: "
            "در سال ۹۹ بیش از ۲ هزار میلیارد تومان هزینه می‌شود.")
    out = run(text)
    assert roles(out) == {("بهمن مرادنیا", "استاندار", "کردستان")}


def test_person_without_position_is_not_an_official():
    out = run("علی دایی امروز در تهران به خبرنگاران گفت: تیم آماده است.",
              mentions=lambda doc: [ner_mention(doc, "علی دایی", "PER")])
    assert names(out, "official") == set()
    assert roles(out) == set()


def test_every_role_carries_score_method_and_evidence():
    text = "در ادامه این مراسم، سید محمود حسینی پور، استاندار مازندران گفت: دشمن بارها از این فضا استفاده کرده است."
    out = run(text)
    (rel,) = out["relations"]
    assert 0 < rel["score"] <= 1 and rel["method"] == "role:apposition"
    assert rel["evidence"] == out_text(text)[rel["start"]:rel["end"]]
    assert "استاندار مازندران" in rel["evidence"]


def out_text(text):
    from conftest import clean

    return clean(text)
