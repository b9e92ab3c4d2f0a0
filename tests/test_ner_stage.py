"""The NER stage's span decoding (pipeline/stages/ner.py): BIO tags → mentions sliced from the text."""
from pipeline.stages.ner import mention_rows, sentence_words


def _doc(words: list[str]) -> dict:
    text, tokens = "", []
    for j, word in enumerate(words):
        start = len(text) + (1 if text else 0)
        text = (text + " " if text else "") + word
        tokens.append({"sent_idx": 0, "tok_idx": j, "start": start, "end": start + len(word), "text": word})
    return {"doc_id": "d", "text": text, "tokens": tokens}


def test_a_span_stopping_inside_a_eulogy_ends_before_its_bracket():
    # Fars articles: «امام حسین (ع» (18 mentions), «حضرت زهرا (س», «ره) شهرری»
    words = "زیارت امام حسین ( ع ) در ره ) شهرری".split()
    tags = [("O", 1.0), ("B-PER", 0.9), ("I-PER", 0.9), ("I-PER", 0.6), ("I-PER", 0.6), ("O", 1.0), ("O", 1.0),
            ("B-LOC", 0.7), ("I-LOC", 0.7), ("I-LOC", 0.9)]
    rows = mention_rows(_doc(words), [tags], "ner:test")
    assert [(r["text"], r["label"]) for r in rows] == [("امام حسین", "PER"), ("شهرری", "LOC")]
    doc = _doc(words)
    assert all(doc["text"][r["start"]:r["end"]] == r["text"] for r in rows)


def test_scores_keep_four_decimals_so_other_cpus_write_the_same_bytes():
    words = "علی رضایی گفت".split()
    tags = [("B-PER", 0.99976223707), ("I-PER", 0.99976223707), ("O", 1.0)]
    rows = mention_rows(_doc(words), [tags], "ner:test")
    assert [r["score"] for r in rows] == [0.9998]


def test_the_tagger_sees_ascii_digits_and_the_mention_keeps_the_articles():
    # the stored text keeps «۳» (a gold name is copied as the article writes it); the model was trained on «3»
    words = "شهرداری منطقه ۳ زاهدان".split()
    doc = _doc(words)
    assert sentence_words(doc) == [["شهرداری", "منطقه", "3", "زاهدان"]]
    rows = mention_rows(doc, [[("B-ORG", 0.9)] + [("I-ORG", 0.9)] * 3], "ner:test")
    assert [r["text"] for r in rows] == ["شهرداری منطقه ۳ زاهدان"]
