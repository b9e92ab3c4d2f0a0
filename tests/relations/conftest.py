"""Shared helpers: clean and segment real text the way the pipeline's earlier stages do."""
from __future__ import annotations

import functools
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEED_STEM = "000_ab529479935ecf1d"


@functools.lru_cache(maxsize=1)
def _normalizer():
    from pipeline.clean import make_normalizer

    return make_normalizer()


def clean(text: str) -> str:
    """The clean stage's normalisation (hazm with its settings, repeated to a fixed point, the article's digits), so rules
    are tested on the text the pipeline gives them."""
    from pipeline.clean import MappedText, normalise

    return normalise(MappedText.identity(text), _normalizer()).text


def _hazm_segment(text: str):
    """Sentences and tokens aligned to character offsets (hazm sent/word tokenizers)."""
    from hazm import sent_tokenize

    tokenizer = _word_tokenizer()
    sentences, tokens = [], []
    pos = 0
    for sent in sent_tokenize(text):
        start = text.find(sent, pos)
        if start < 0:
            continue
        end = start + len(sent)
        sentences.append({"sent_idx": len(sentences), "start": start, "end": end})
        cursor = start
        for tok_idx, word in enumerate(w for t in tokenizer.tokenize(sent) for w in t.split("_")):
            at = text.find(word, cursor, end)
            if at < 0:
                continue
            tokens.append({"sent_idx": len(sentences) - 1, "tok_idx": tok_idx, "start": at, "end": at + len(word),
                           "text": word})
            cursor = at + len(word)
        pos = end
    return sentences, tokens


@functools.lru_cache(maxsize=1)
def _word_tokenizer():
    from hazm import WordTokenizer

    return WordTokenizer(join_verb_parts=False)


@functools.lru_cache(maxsize=1)
def _pipeline_segmenter():
    from pipeline.segment import Segmenter

    return Segmenter()


def segment(text: str):
    """The lead's segmenter (pipeline.segment) when present, else hazm aligned here; rows as dicts."""
    try:
        segmenter = _pipeline_segmenter()
    except ImportError:
        return _hazm_segment(text)
    sent_spans, token_spans = segmenter.segment(text)
    sentences = [{"sent_idx": i, "start": s.start, "end": s.end} for i, s in enumerate(sent_spans)]
    tokens = [{"sent_idx": i, "tok_idx": j, "start": t.start, "end": t.end, "text": text[t.start:t.end]}
              for i, toks in enumerate(token_spans) for j, t in enumerate(toks)]
    return sentences, tokens


def make_doc(text: str, doc_id: str = "d1", mentions=None, already_clean: bool = False, published=None) -> dict:
    text = text if already_clean else clean(text)
    sentences, tokens = segment(text)
    doc = {"doc_id": doc_id, "text": text, "sentences": sentences, "tokens": tokens, "published": published}
    if mentions is not None:  # no key: no NER ran (rules that weigh the NER's silence stay off)
        doc["mentions"] = mentions
    return doc


def ner_mention(doc: dict, surface: str, label: str, occurrence: int = 0, score: float = 0.99) -> dict:
    """An NER-style mention for the n-th occurrence of `surface` in the document text."""
    start = -1
    for _ in range(occurrence + 1):
        start = doc["text"].index(surface, start + 1)
    end = start + len(surface)
    sent = next(s["sent_idx"] for s in doc["sentences"] if s["start"] <= start < s["end"])
    return {"mention_id": f"{doc['doc_id']}:ner:{start}-{end}", "sent_idx": sent, "start": start, "end": end,
            "text": surface, "label": label, "score": score, "method": "ner:test"}


@pytest.fixture(scope="session")
def seed_text() -> str:
    path = SHARED / "seeds" / f"{SEED_STEM}.txt"
    if not path.exists():
        pytest.skip(f"seed not found at {path}")
    return path.read_text(encoding="utf-8")
