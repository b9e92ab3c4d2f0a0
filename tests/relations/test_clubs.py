"""Clubs listed after «تیم‌های» (pipeline/relations/clubs.py)."""
from __future__ import annotations

from conftest import ner_mention
from helpers import names, roles, run, tagged


def test_each_club_of_a_list_of_teams_is_an_agency_tune():
    # tune 1#110: sponsor + city names no lexicon holds; the NER's one span over two clubs is two names
    text = ("با توجه به انصراف تیم‌های راهیان کرمانشاه، شهرداری ماهشهر، پرسپولیس گناوه و مقاومت تهران از "
            "مسابقات جام حذفی، دیدار این تیم‌ها لغو می‌شود.")
    out = run(text, mentions=tagged(ORG=["پرسپولیس گناوه و مقاومت تهران"]))
    assert names(out, "agency") == {"راهیان کرمانشاه", "شهرداری ماهشهر", "پرسپولیس گناوه", "مقاومت تهران"}


def test_the_last_club_ends_at_its_city_tune():
    # tune 3#50, 3#66, 1#7: the list stops where the last name's city does («… اصفهان | را», «… تهران | به»)
    out = run("این تیم پیروزی بر تیم‌های مقاومت البرز و گیتی‌پسند اصفهان را در کارنامه دارد.", mentions=lambda doc: [])
    assert names(out, "agency") == {"مقاومت البرز", "گیتی‌پسند اصفهان"}
    assert names(out, "province") == set()  # (the city is the club's: no province of the news)
    out = run("تیم‌های پرسپولیس و نفت تهران به مصاف هم رفتند.", mentions=lambda doc: [])
    assert names(out, "agency") == {"پرسپولیس", "نفت تهران"}


def test_a_known_body_opens_its_own_name_in_the_list_tune():
    # tune 1#179: «هلال‌احمر» is the lexicon's, «هلال‌احمر اشکذر» the club; 1#53 a university's team
    text = "تیم‌های کاشی مریم میبد، هلال‌احمر اشکذر و دانشگاه صنعتی ارومیه به مرحله بعد رسیدند."
    out = run(text, mentions=lambda doc: [])
    assert names(out, "agency") == {"کاشی مریم میبد", "هلال‌احمر اشکذر", "دانشگاه صنعتی ارومیه"}


def test_clubs_before_a_last_name_of_unknown_end_still_stand_tune():
    # tune 3#66: where the last name ends is unknown («ماهان تندیس ساعت …»), the names before it are clubs
    text = "بازی تیم‌های دبیری تبریز با ماهان تندیس ساعت 17.30 برگزار می‌شود."
    assert names(run(text, mentions=lambda doc: []), "agency") == {"دبیری تبریز"}
    # after «و» the list goes on with «و» only (tune 3#294)
    text = "مگر تیم‌های فولاد، سپاهان و پیکان و سایپا از طریق دولت تغذیه نمی‌شوند؟"
    out = run(text, mentions=tagged(ORG=["سپاهان"]))
    assert {"سپاهان", "پیکان", "سایپا"} <= names(out, "agency")


def test_teams_of_places_and_kinds_of_team_are_no_clubs_fars():
    # places' teams (tune 1#215, 3#145) and classes of teams (2#47, 3#126) name no body
    for text in ("تیم‌های مکزیک و پرتغال صعود کردند.",
                 "تیم‌های کردستان و گچساران در جریان مسابقات تصمیم گرفتند.",
                 "بازیکنان به تیم‌های داخلی و خارجی پیوستند.",
                 "تیم‌های امداد و نجات با کمک غواصان آنان را پیدا کردند.",
                 "تیم‌های آقایان و بانوان این رشته به میدان می‌روند."):
        place = ["گچساران"] if "گچساران" in text else []
        out = run(text, mentions=tagged(LOC=place))
        assert names(out, "agency") == set(), text


def test_a_rival_faced_in_a_match_is_a_club_at_a_lower_ner_confidence_tune():
    # tune 2#10 «النصر رقیب تراکتور» (here a club the lexicon does not know), 2#268 «برابر کوئینزلند»: below
    # relations.ner_org_min_score, a rival's name is still a club; a country faced so is its national team, no agency
    text = "الشباب رقیب تراکتور بدهکار است. تیم ما روز جمعه برابر کوئینزلند و مقابل کویت بازی کرد."
    out = run(text, mentions=lambda doc: [ner_mention(doc, "الشباب", "ORG", score=0.96),
                                          ner_mention(doc, "کوئینزلند", "ORG", score=0.7),
                                          ner_mention(doc, "کویت", "ORG", score=0.9)])
    assert names(out, "agency") == {"الشباب", "کوئینزلند"}
    # (with no rival cue the same confidence is too low)
    out = run("الشباب بدهکار است.", mentions=lambda doc: [ner_mention(doc, "الشباب", "ORG", score=0.96)])
    assert names(out, "agency") == set()


def test_a_national_team_the_ner_leaves_untagged_is_its_coachs_post_tune():
    # tune 1#109 «آقای اسکوچیچ سرمربی تیم ملی», 3#53 «سرمربی تیم ملی … کوروش باقری»: no agency, but the object of
    # the coach's post (the gold sets list such roles), with its sport and country
    out = run("دو شب پیش هم آقای اسکوچیچ سرمربی تیم ملی جلسه‌ای با رئیس فدراسیون داشت.",
              mentions=tagged(PER=["آقای اسکوچیچ"]))
    assert roles(out) == {("آقای اسکوچیچ", "سرمربی", "تیم ملی")} and names(out, "agency") == set()
    out = run("علی رضایی سرمربی تیم ملی فوتبال ایران گفت: بازیکنان آماده‌اند.", mentions=tagged(PER=["علی رضایی"]))
    assert roles(out) == {("علی رضایی", "سرمربی", "تیم ملی فوتبال ایران")}


def test_a_village_named_last_in_the_document_still_makes_its_team_no_club():
    # the scan for «بخش/روستای X» elsewhere in the text reached every position but the last one a name can stand at
    # (a document with no closing punctuation)
    out = run("تیم زهان به مصاف تیم اسفدن رفت. این مسابقات در سالن ورزشی بخش زهان",
              mentions=tagged(ORG=["تیم زهان"]))
    assert "زهان" not in names(out, "agency")
