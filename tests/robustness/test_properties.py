"""Property-based tests (hypothesis) over arbitrary, Persian-heavy Unicode: cleaning never raises,
every span lies in the text and equals the stored text, offsets map into the raw text, and
cleaning is idempotent.

Runs derandomized by default (the same examples every run, so CI is stable); set
HYPOTHESIS_PROFILE=explore to search afresh with more examples.
"""
from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import clean
from pipeline.clean import compress_offsets, raw_offset
from pipeline.ingest import decode, read_documents
from pipeline.segment import Segmenter

settings.register_profile("ci", max_examples=120, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.register_profile("explore", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

PERSIAN_LETTERS = list("آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیءأإؤئة") + ["ي", "ك", "ۀ", "ى"]
DIGITS = list("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩0123456789")
MARKS = list("ًٌٍَُِّْٰٔ") + ["ـ"]  # diacritics, tatweel
SPACES = [" ", " ", " ", "\n", "\n\n", "\u200c", "\t", "\r", "\r\n", "\u00a0", "\u2028"]
INVISIBLE = ["\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u2066", "\u2069", "\ufeff", "\u00ad"]
PUNCT = list("،؛؟.!«»:()-/٪%") + ['"', "…"]
ODD = ["😀", "👨\u200d👩\u200d👧", "\ufffd", "\x00", "\x07", "\ud800", "\udfff", "a", "Z", "é", "ß", "中"]
WORDS = ["استاندار", "مازندران", "می شود", "کتاب ها", "خبرگزاری فارس", "پایان پیام", "۱۶ تیر ۱۴۰۳",
         "شنبه", "تفاهم نامه", "مشاهده در مرجع", "کد خبر: ۱۲۳", "به گزارش خبرنگار فارس", "انتهای پیام",
         "این مطلب را برای صفحه اول پیشنهاد کنید", "\n", "\n\n", "۱۴۰۳/۰۴/۱۶", "ساعت ۱۲:۳۰"]

persian_heavy = st.lists(
    st.one_of(st.sampled_from(PERSIAN_LETTERS), st.sampled_from(PERSIAN_LETTERS), st.sampled_from(SPACES),
              st.sampled_from(MARKS), st.sampled_from(DIGITS), st.sampled_from(INVISIBLE), st.sampled_from(PUNCT),
              st.sampled_from(ODD), st.sampled_from(WORDS), st.characters()),
    max_size=120).map("".join)
# News-shaped text: lines of words, datelines, agency names and boilerplate phrases, titles repeated.
news_like = st.lists(st.lists(st.one_of(st.sampled_from(WORDS), persian_heavy.map(lambda t: t[:12])), max_size=6)
                     .map(" ".join), max_size=10).map("\n".join)
any_text = st.one_of(persian_heavy, news_like, st.text(max_size=200))


@pytest.fixture(scope="module")
def tools():
    normalizer = clean.make_normalizer()
    return normalizer, clean.load_rules(), clean.load_metadata_rules(), Segmenter(max_tokens_per_sentence=20)


def _clean(raw, tools, **kw):
    normalizer, rules, meta_rules, _ = tools
    return clean.clean_text(raw, normalizer, rules, meta_rules, **kw)


@given(raw=any_text)
def test_cleaning_never_raises_and_offsets_map_into_the_raw_text(tools, raw):
    out = _clean(raw, tools, title_in_text=True)
    assert len(out.offsets) == len(out.text)
    assert all(0 <= j < len(raw) for j in out.offsets)
    assert out.offsets == sorted(out.offsets)  # order is kept
    runs = compress_offsets(out.offsets)
    assert [raw_offset(runs, i) for i in range(len(out.text))] == out.offsets
    assert not clean.SURROGATES.search(out.text)
    assert not clean.INVISIBLE.search(out.text) and not clean.CONTROL.search(out.text)
    out.text.encode("utf-8")  # writable to Parquet
    assert out.text == out.text.strip()


@given(raw=any_text)
def test_cleaning_is_idempotent(tools, raw):
    once = _clean(raw, tools).text
    assert _clean(once, tools).text == once


@given(raw=any_text)
def test_normalisation_is_idempotent(tools, raw):
    normalizer = tools[0]
    mapped = clean.MappedText.identity(raw.translate(clean.PRE_TRANSLATE))
    once = clean.normalise(clean.delete_matches(clean.delete_matches(mapped, clean.INVISIBLE), clean.CONTROL),
                           normalizer).text
    assert clean.normalise(clean.MappedText.identity(once), normalizer).text == once


@given(raw=any_text)
def test_sentence_and_token_spans_lie_in_the_text(tools, raw):
    segmenter = tools[3]
    text = _clean(raw, tools).text
    sentences, tokens = segmenter.segment(text)
    assert len(sentences) == len(tokens)
    previous_end = 0
    for sentence, toks in zip(sentences, tokens):
        assert previous_end <= sentence.start < sentence.end <= len(text)
        previous_end = sentence.end
        assert 0 < len(toks) <= 20
        for tok in toks:
            piece = text[tok.start:tok.end]
            assert sentence.start <= tok.start < tok.end <= sentence.end
            assert piece and piece == piece.strip()
    covered = {i for toks in tokens for t in toks for i in range(t.start, t.end)}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace() and ch != "\u200c")


@given(raw=persian_heavy, data=st.data())
def test_mention_spans_lie_in_the_text(tools, raw, data):
    from pipeline.stages.ner import mention_rows

    text = _clean(raw, tools).text
    sentences, tokens = tools[3].segment(text)
    doc = {"doc_id": "d", "text": text,
           "tokens": [{"sent_idx": i, "tok_idx": j, "start": t.start, "end": t.end, "text": text[t.start:t.end]}
                      for i, toks in enumerate(tokens) for j, t in enumerate(toks)]}
    tag = st.sampled_from(["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "I-ORG"])
    tagged = [[(data.draw(tag), 0.5) for _ in toks] for toks in tokens]
    for mention in mention_rows(doc, tagged, "ner:test"):
        sentence = sentences[mention["sent_idx"]]
        assert sentence.start <= mention["start"] < mention["end"] <= sentence.end
        assert text[mention["start"]:mention["end"]] == mention["text"]
        words = [t["text"] for t in doc["tokens"] if mention["start"] <= t["start"] and t["end"] <= mention["end"]]
        assert words.count("(") == words.count(")")  # an unpaired bracket is no part of a name


@given(data=st.binary(max_size=400))
def test_decoding_arbitrary_bytes_fails_only_with_a_reason(data):
    try:
        decoded = decode(data)
    except ValueError as exc:
        assert str(exc)
    else:
        assert isinstance(decoded.text, str)


@settings(max_examples=40)
@given(lines=st.lists(st.one_of(st.text(max_size=40),
                                st.builds(lambda t: json.dumps({"text": t}, ensure_ascii=False), persian_heavy),
                                st.builds(lambda t: json.dumps({"title": t}), st.text(max_size=20))), max_size=8))
def test_every_jsonl_line_is_one_document(tmp_path_factory, lines):
    folder = tmp_path_factory.mktemp("jsonl")
    body = "\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines)
    (folder / "x.jsonl").write_bytes(body.encode("utf-8", "surrogatepass"))
    docs = list(read_documents(folder, 10_000_000))
    expected = sum(1 for line in body.split("\n") if line.strip()) or 1  # an empty file: one empty row
    assert len(docs) == expected
    for doc in docs:
        assert (doc.raw_text is None) == (doc.error is not None)
        if doc.error:
            assert "x.jsonl" in doc.error
