import datetime

import pytest

from pipeline import clean
from pipeline.clean import MappedText, align, compress_offsets, raw_offset
from pipeline.errors import ConfigError

from .conftest import SEED


@pytest.fixture(scope="module")
def normalizer():
    return clean.make_normalizer()


def _clean(raw, normalizer, **kw):
    return clean.clean_text(raw, normalizer, clean.load_rules(), clean.load_metadata_rules(), **kw)


def test_normalisation_letters_zwnj_and_digits(normalizer):
    out = _clean("كتاب هاي استان ها ۱۲ و ١٣ و 12.5 درصد مي شود", normalizer)
    assert "ي" not in out.text and "ك" not in out.text
    assert "کتاب\u200cهای" in out.text and "استان\u200cها" in out.text and "می\u200cشود" in out.text
    # the article's digits stay as written (Persian or ASCII); Arabic-Indic ones become Persian, as ي becomes ی
    assert "۱۲ و ۱۳ و 12.5 درصد" in out.text


def test_offsets_trace_back_to_raw(normalizer):
    raw = "  كه  مي شود\u200f ۲۰ استان ها\n\n\n\nپایان پیام /\n"
    out = _clean(raw, normalizer)
    runs = compress_offsets(out.offsets)
    for i, ch in enumerate(out.text):
        j = raw_offset(runs, i)
        assert j == out.offsets[i]
        assert 0 <= j < len(raw)
        if ch not in " \u200c\n":
            assert raw[j].translate(clean.ALIGN_CANON).translate(clean.ARABIC_INDIC_DIGITS) == ch


def test_seed_boilerplate_and_metadata(normalizer):
    out = _clean(SEED.read_text(encoding="utf-8"), normalizer, title_in_text=True)
    for chrome in ("مشاهده در مرجع", "پایان پیام", "ویرایش نمایید", "صفحه اول پیشنهاد", "افراد زیر ویرایش"):
        assert chrome not in out.text
    assert out.metadata.agency == "خبرگزاری فارس"
    assert out.metadata.published == datetime.date(2024, 7, 6)
    assert out.metadata.published_jalali == "1403-04-16"
    assert out.metadata.title == "فیروزآبادی: باید شورای فضای مجازی استانها تشکیل شود"
    assert out.text.count(out.metadata.title) == 1
    assert out.text.rstrip().endswith("صورت خواهد گرفت.")


@pytest.mark.parametrize("jalali,gregorian", [((1403, 4, 16), datetime.date(2024, 7, 6)),
                                              ((1402, 12, 29), datetime.date(2024, 3, 19)),
                                              ((1399, 1, 1), datetime.date(2020, 3, 20))])
def test_jalali_conversion(jalali, gregorian):
    assert clean.jalali_to_gregorian(*jalali) == gregorian


def test_date_field_both_calendars():
    assert clean.parse_date_field("1403/04/16") == (datetime.date(2024, 7, 6), "1403-04-16")
    assert clean.parse_date_field("2024-07-06") == (datetime.date(2024, 7, 6), "1403-04-16")
    assert clean.parse_date_field("not a date") == (None, None)


@pytest.mark.parametrize("url, jalali", [
    ("https://www.farsnews.ir/news/13911222000865/تشدید-مجازات", "1391-12-22"),
    ("https://www.farsnews.ir/news/8707060255", "1387-07-06"),
    ("https://www.farsnews.ir/news/9003040935", "1390-03-04"),
    ("http://farsnews.com/news/13990101000001", "1399-01-01"),
    ("https://www.farsnews.ir/news/6011171294", None),  # an id that is no date
    ("https://www.farsnews.ir/news/13911345000865", None),  # month 13
    ("https://example.com/news/13911222000865", None),  # only the sites named in metadata.yaml
    (None, None),
])
def test_date_from_url(url, jalali):
    published, found = clean.date_from_url(url, clean.load_metadata_rules())
    assert found == jalali and (published is None) == (jalali is None)


@pytest.mark.parametrize("dateline", ["1403/04/16", "۱۴۰۳/۰۴/۱۶ - ۱۰:۳۵", "شنبه 1403/4/16 ساعت 10:35"])
def test_a_numeric_dateline_is_metadata(normalizer, dateline):
    # a page that shows its date as «1403/04/16» (year first) instead of «16 تیر 1403»
    raw = SEED.read_text(encoding="utf-8").split("\n", 1)[1]
    out = _clean(dateline + "\n" + raw, normalizer, title_in_text=True)
    assert out.metadata.published_jalali == "1403-04-16"
    assert out.text.startswith("فیروزآبادی:")


def test_a_dateline_in_persian_digits_is_read_and_kept_as_written(normalizer):
    raw = "شنبه ۱۶ تیر ۱۴۰۳\nاستاندار مازندران در جلسه ۲۵ نفره گفت: کار ادامه دارد."
    out = _clean(raw, normalizer)
    assert out.metadata.published_jalali == "1403-04-16"
    assert "جلسه ۲۵ نفره" in out.text


def test_a_numeric_date_inside_a_sentence_is_no_dateline(normalizer):
    out = _clean("مصوبه 1403/04/16 هیئت دولت اجرا شد.\nمتن خبر.", normalizer)
    assert out.metadata.published is None and "1403" in out.text


def test_url_date_is_the_last_resort(normalizer):
    # the Fars News records carry no date field and their text no dateline: the news id in the URL gives it
    url = "https://www.farsnews.ir/news/8707060255"
    assert _clean("متن خبر.", normalizer, url=url).metadata.published == datetime.date(2008, 9, 27)
    assert _clean("متن خبر.", normalizer, url=url, date_field="1403/04/16").metadata.published_jalali == "1403-04-16"
    assert _clean("متن خبر.", normalizer).metadata.published is None


def test_url_date_pattern_needs_its_groups(tmp_path):
    rules = tmp_path / "metadata.yaml"
    rules.write_text("agencies: [فارس]\njalali_months: [فروردین]\nurl_dates: ['news/(\\d{8})']\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="named groups"):
        clean.load_metadata_rules(str(rules))


def test_truncation_is_noted(normalizer):
    out = _clean("سلام " * 100, normalizer, max_chars=50)
    assert len(out.text) <= 50 and "max_doc_chars" in out.note


def test_align_handles_insertions_and_deletions():
    mapping = align("abc  d", "a-bc d")
    assert len(mapping) == 6 and mapping[0] == 0 and mapping[-1] == 5


def test_delete_spans_keeps_map():
    mapped = clean.delete_spans(MappedText.identity("0123456789"), [(2, 4), (3, 6)])
    assert mapped.text == "016789" and mapped.offsets == [0, 1, 6, 7, 8, 9]


def test_agency_lead_label_stays_and_bidi_marks_between_letters_are_zwnj(normalizer):
    # fars-news-2.json#199: «خبرگزاری فارس:» opens the lead (the text cites the agency); a bare label line
    # is the site's source label. fars-news-2.json#134: «حجت‎الاسلام» typed with U+200E instead of ZWNJ.
    out = _clean("عنوان خبر\nخبرگزاری فارس:\nسفیر آمریکا خبر را رد کرد.\nخبرگزاری فارس\n", normalizer)
    assert out.text.count("خبرگزاری فارس") == 1 and "خبرگزاری فارس:" in out.text
    assert out.metadata.agency == "خبرگزاری فارس"
    out = _clean("حجت\u200eالاسلام سید روح\u200eالله سلیمانی\u200eفر گفت.", normalizer)
    assert "حجت\u200cالاسلام" in out.text and "سلیمانی\u200cفر" in out.text and "\u200e" not in out.text
