"""Token-level helpers of pipeline/relations/document.py."""
import pytest

from helpers import run
from pipeline.relations.document import is_verb_like


@pytest.mark.parametrize("word", ["کرد", "نکردند", "می‌شود", "فرمودند", "نماییم", "نمائیم", "بسته‌اند", "گذاشته‌ایم",
                                  "نوشت", "نیستم"])
def test_verb_forms(word):
    assert is_verb_like(word)


@pytest.mark.parametrize("word", ["سرنوشت", "دنبال", "امید", "خانه‌ام", "نامه", "رایانه‌ای", "هستی"])
def test_not_verb_forms(word):
    assert not is_verb_like(word)


def test_a_verb_ends_an_agency_name_fars():
    # fars-news-1.json#32 «… با اعضای مجلس خبرگان فرمودند: …», fars-news-2.json#15 «… بانک صادرات دنبال نمائیم»
    out = run("حضرت امام خامنه‌ای در دیدار روز چهارشنبه با اعضای مجلس خبرگان فرمودند: «این مجلس استثنایی است».")
    assert "مجلس خبرگان" in {m["text"] for m in out["mentions"] if m["domain"] == "agency"}
    out = run("قصد داریم توسعه کیفی سیستم پردازش هوشمند رایانه‌ای بانک صادرات دنبال نمائیم.")
    assert {m["text"] for m in out["mentions"] if m["domain"] == "agency"} == {"بانک صادرات"}
