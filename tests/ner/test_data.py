"""NER tooling text: a news record becomes the word lists the NER stage would see."""
from pipeline.clean import make_normalizer
from pipeline.ner.data import article_sentence_words
from pipeline.segment import Segmenter


def test_article_sentence_words_normalise_and_segment_like_the_pipeline():
    record = {"title": "ديدار وزير", "paragraphs": ["وزیر امور خارجه در سال ۱۳۹۸ به تهران رفت. او می‌گوید خوب بود."]}
    words = article_sentence_words(record, make_normalizer(), Segmenter())
    assert words[0] == ["دیدار", "وزیر"]  # Arabic ي → ی, the title its own sentence
    assert "1398" in words[1] and words[1][-1] == "."  # ASCII digits, as the NER stage gives; punctuation a token
    assert "می‌گوید" in words[2]  # ZWNJ stays inside the word
    assert article_sentence_words({"title": "", "paragraphs": []}, make_normalizer(), Segmenter()) == []
