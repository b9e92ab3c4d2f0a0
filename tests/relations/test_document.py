"""Token-level helpers of pipeline/relations/document.py."""
import pytest

from conftest import make_doc
from helpers import run
from pipeline.lexicons import load_lexicons, squash
from pipeline.relations.document import build_view, is_verb_like


@pytest.mark.parametrize("word", ["کرد", "نکردند", "می‌شود", "فرمودند", "نماییم", "نمائیم", "بسته‌اند", "گذاشته‌ایم",
                                  "نوشت", "نیستم", "ندارد", "دارند", "نبوده", "نرسید", "برگزید", "برگزیدند",
                                  "پذیرفت", "منصوب‌شده", "می‌خواهند"])
def test_verb_forms(word):
    assert is_verb_like(word)


@pytest.mark.parametrize("word", ["سرنوشت", "دنبال", "امید", "خانه‌ام", "نامه", "رایانه‌ای", "هستی", "خزانه‌داری", "داری", "دارو",
                                  "برگزیده", "موسوی‌خواه", "جمهوری‌خواه", "ریشه‌کن"])
def test_not_verb_forms(word):
    # («موسوی‌خواه», «ریشه‌کن»: a bare present stem after a ZWNJ is a surname's or an adjective's, a probe, session 80)
    assert not is_verb_like(word)


def test_a_verb_ends_an_agency_name_fars():
    # fars-news-1.json#32 «… با اعضای مجلس خبرگان فرمودند: …», fars-news-2.json#15 «… بانک صادرات دنبال نمائیم»
    out = run("حضرت امام خامنه‌ای در دیدار روز چهارشنبه با اعضای مجلس خبرگان فرمودند: «این مجلس استثنایی است».")
    assert "مجلس خبرگان" in {m["text"] for m in out["mentions"] if m["domain"] == "agency"}
    out = run("قصد داریم توسعه کیفی سیستم پردازش هوشمند رایانه‌ای بانک صادرات دنبال نمائیم.")
    assert {m["text"] for m in out["mentions"] if m["domain"] == "agency"} == {"بانک صادرات"}
    # a negated verb (PEYMA train: «… مربوط به خود دانشگاه نبوده»)
    out = run("وی با اشاره به اینکه تخلف نشریه دانشجویی در دانشگاه شریف مربوط به خود دانشگاه نبوده، گفت: پیگیری می‌کنیم.")
    assert {m["text"] for m in out["mentions"] if m["domain"] == "agency"} == {"دانشگاه شریف"}


@pytest.mark.parametrize("sentence, opens", [
    ("به گزارش خبرگزاری فارس از ساری، استاندار مازندران گفت.", True),
    ("به نقل از رویترز، دو کشور توافق کردند.", True),
    ("استاندار مازندران این گزارش را ارائه کرد.", False),  # only the first three words count
    ("بنابر گزارش‌ها دو کشور توافق کردند.", False),
])
def test_opens_with_attribution(sentence, opens):
    # one test for the roles, persons, agreements and organisations rules that skip an attribution's names
    view = build_view(make_doc(sentence), load_lexicons())
    lo, hi = view.sent_tokens[0]
    assert view.opens_with_attribution(lo, hi) is opens


def test_sentence_of_a_token_and_of_the_documents_end():
    # every rule that looks around a span asks sentence_of for its start or its end; a span that closes the text
    # ends at len(tokens), where reading tokens[k] raised IndexError twice (sessions 64 and 65)
    view = build_view(make_doc("استاندار مازندران گفت. معاون وزیر بهداشت"), load_lexicons())
    n = len(view.tokens)
    first_lo, first_hi = view.sentence_of(0)
    last_lo, last_hi = view.sentence_of(n - 1)
    assert first_lo == 0 and first_hi == last_lo and last_hi == n
    assert view.sentence_of(n) == (last_lo, n)  # the end: the last sentence up to it, nothing to look ahead at
    assert view.sentence_of(1) == view.sentence_bounds(view.tokens[1].sent)
    empty = build_view(make_doc(""), load_lexicons())
    assert empty.sentence_of(0) == (0, 0)


def test_words_at_and_right_before_a_token():
    # the rules' multi-word cues («به ترتیب», «به جز», «با حفظ سمت») are read with these two helpers
    view = build_view(make_doc("علی و رضا به ترتیب رئیس و دبیر شدند"), load_lexicons())
    respectively = (squash("به"), squash("ترتیب"))
    assert view.words_at(3, respectively) and not view.words_at(2, respectively)
    assert view.words_end_at(5, respectively) and not view.words_end_at(4, respectively)
    # near the document's edges: no wrap-around to the last tokens, no match past the end
    assert not view.words_end_at(1, respectively) and not view.words_end_at(0, respectively)
    last = len(view.tokens) - 1
    assert not view.words_at(last, (view.sq[last], "x"))
    assert view.words_end_at(len(view.tokens), (view.sq[last],))
    # a lower bound (a sentence's or a span's first token) the words may not start before
    assert view.words_end_at(5, respectively, lo=3) and not view.words_end_at(5, respectively, lo=4)
