import pytest

from pipeline.segment import Segmenter, balanced


@pytest.fixture(scope="module")
def segmenter():
    return Segmenter(max_tokens_per_sentence=50)


def _check(text, sentences, tokens):
    for sentence, toks in zip(sentences, tokens):
        assert 0 <= sentence.start < sentence.end <= len(text)
        for tok in toks:
            piece = text[tok.start:tok.end]
            assert piece and piece == piece.strip()
            assert sentence.start <= tok.start and tok.end <= sentence.end


def test_zwnj_stays_inside_words_and_verbs_are_not_joined(segmenter):
    text = "وی گفت: سال‌هاست که تاکید می‌شد و گفته است. «سلام» بود!"
    sentences, tokens = segmenter.segment(text)
    words = [text[t.start:t.end] for toks in tokens for t in toks]
    assert "سال‌هاست" in words and "می‌شد" in words
    assert "گفته" in words and "است" in words and not any("_" in w for w in words)
    assert len(sentences) == 2
    _check(text, sentences, tokens)


def test_every_non_space_character_is_covered(segmenter):
    text = "۱۲ درصد (ایرنا) ‌ x@y.com 😀 ـــ ؟!"
    sentences, tokens = segmenter.segment(text)
    covered = {i for toks in tokens for t in toks for i in range(t.start, t.end)}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace() and ch != "\u200c")
    _check(text, sentences, tokens)


def test_dotted_acronyms_stay_in_one_sentence(segmenter):
    # tune 3#34, 1#280: hazm ends a sentence at each stop of «سی. ان. ان» and «ج. ا. ا»
    text = "به نقل از سی. ان. ان در پی دستور پادشاه. معاون ارتش ج. ا. ا ویژه‌برنامه‌ها را اعلام کرد. او رفت."
    sentences, tokens = segmenter.segment(text)
    assert [text[s.start:s.end] for s in sentences] == [
        "به نقل از سی. ان. ان در پی دستور پادشاه.", "معاون ارتش ج. ا. ا ویژه‌برنامه‌ها را اعلام کرد.", "او رفت."]
    _check(text, sentences, tokens)


def test_an_initial_and_a_lone_closing_quote_end_no_sentence(segmenter):
    # tune 3#174 «نشریه آ. اس اسپانیا»; 1#197 «فردی به هویت م. ت 29 ساله»; 1#218 «… منفجر شد. "»
    text = 'نشریه آ. اس اسپانیا نوشت. فردی به هویت م. ت 29 ساله دستگیر شد. او گفت "انبار منفجر شد. "\nسپس رفت.'
    sentences, tokens = segmenter.segment(text)
    assert [text[s.start:s.end] for s in sentences] == [
        "نشریه آ. اس اسپانیا نوشت.", "فردی به هویت م. ت 29 ساله دستگیر شد.", 'او گفت "انبار منفجر شد. "', "سپس رفت."]
    _check(text, sentences, tokens)


def test_allah_abbreviated_in_a_name_ends_no_sentence(segmenter):
    # tune 2#43 «… با 45 رای، عبدا... ثقفی راد از انجمن مشهد …»: the press writes «الله» as «ا...» in names and
    # titles; an ellipsis after any other word still ends the sentence
    text = "احمدی زاده با 45 رای، عبدا... ثقفی راد با 36 رای برگزیده شدند. آیت‌ا... خامنه‌ای گفت. او رفت... سپس آمد."
    sentences, tokens = segmenter.segment(text)
    assert [text[s.start:s.end] for s in sentences] == [
        "احمدی زاده با 45 رای، عبدا... ثقفی راد با 36 رای برگزیده شدند.", "آیت‌ا... خامنه‌ای گفت.", "او رفت...",
        "سپس آمد."]
    _check(text, sentences, tokens)


def test_a_short_last_word_still_ends_a_sentence(segmenter):
    # one short word with its stop, then a sentence opening without a dotted letter: two sentences
    text = "جلسه برگزار شد. او گفت: ما آمدیم. ما رفتیم."
    sentences, _ = segmenter.segment(text)
    assert len(sentences) == 3


def test_long_sentences_are_split(segmenter):
    text = " ".join(["کلمه"] * 120)
    sentences, tokens = segmenter.segment(text)
    assert [len(t) for t in tokens] == [50, 50, 20]
    _check(text, sentences, tokens)


def test_offset_invariant_on_fars_articles(corpora, cleaner):
    from pipeline.ingest import read_documents

    n_docs = n_tokens = 0
    for raw in read_documents(corpora / "fars-news", 10**8):
        row, sentences, tokens = cleaner.process(raw)
        assert row["status"] == "ok", row["error"]
        text = row["text"]
        assert "ي" not in text and "ك" not in text
        for tok in tokens:
            assert text[tok["start"]:tok["end"]] == tok["text"] and tok["text"].strip() == tok["text"]
        for sent in sentences:
            assert 0 <= sent["start"] < sent["end"] <= len(text)
        n_docs += 1
        n_tokens += len(tokens)
    assert n_docs == 900 and n_tokens > 300_000


def test_balanced_keeps_paired_brackets_and_drops_an_opener_first_or_a_closer_last_alone():
    words = "امام حسین ( ع ) « الوطن گروه مینسک » ) (".split()
    assert balanced(words, 0, 5) == (0, 5)  # «امام حسین (ع)» is whole
    assert balanced(words, 5, 7) == (6, 7)  # «« الوطن» → «الوطن»
    assert balanced(words, 7, 10) == (7, 9)  # «گروه مینسک»» (1#68) → «گروه مینسک»
    assert balanced(words, 10, 12) == (10, 10)  # «) (»: nothing left
