"""Tag-bigram statistics of one corpus convention, as additive transition scores for the Viterbi decoding.

The transformer scores each word on its own (a softmax per word), so its decoding knows only which
transitions IOB2 forbids. The training sentences also say which allowed ones are likely: a long organisation
name runs on (I-ORG after I-ORG), a person rarely follows a person directly (B-PER after B-PER). The score of
a → b is the pointwise mutual information log P(b | a) − log P(b): the word probabilities already carry the
prior P(b), so only what the previous tag adds is added. Measured on the dev splits in models/README.md
("Tag transitions").
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from pipeline.errors import ModelError
from pipeline.ner.labels import BIO_LABELS
from pipeline.ner.model_files import read_model_json

#: Written beside the companion CRF of a convention (models/crf_<convention>/) by scripts/ner_train_crf.py.
FILE_NAME = "tag_bigrams.json"
#: Dirichlet smoothing: an unseen bigram a → b gets α·P(b) pseudo-counts, so its score is log(α / (n_a + α)) < 0.
SMOOTHING = 1.0


def count_tag_bigrams(tag_sequences: Iterable[Sequence[str]]) -> dict:
    """Label and label-bigram counts over IOB2 tag sequences (labels outside BIO_LABELS raise)."""
    index = {lab: i for i, lab in enumerate(BIO_LABELS)}
    unigrams = np.zeros(len(BIO_LABELS), np.int64)
    bigrams = np.zeros((len(BIO_LABELS), len(BIO_LABELS)), np.int64)
    for tags in tag_sequences:
        unknown = sorted(set(tags) - set(index))
        if unknown:
            raise ValueError(f"tags {unknown} are not in the label set {list(BIO_LABELS)}")
        ids = [index[t] for t in tags]
        np.add.at(unigrams, ids, 1)
        if len(ids) > 1:
            np.add.at(bigrams, (ids[:-1], ids[1:]), 1)
    return {"labels": list(BIO_LABELS), "unigrams": unigrams.tolist(), "bigrams": bigrams.tolist()}


def pmi_scores(stats: dict, smoothing: float = SMOOTHING) -> np.ndarray:
    """(len(BIO_LABELS),)² transition scores log P(b | a) − log P(b), in BIO_LABELS order.

    Rows and columns of labels the corpus never uses (a type it does not annotate) are 0: the corpus cannot say
    how they combine, so decoding treats them as before."""
    if stats.get("labels") != list(BIO_LABELS):
        raise ModelError(f"tag-bigram statistics are over labels {stats.get('labels')}, not {list(BIO_LABELS)}")
    uni = np.asarray(stats["unigrams"], np.float64)
    big = np.asarray(stats["bigrams"], np.float64)
    seen = uni > 0
    out = np.zeros_like(big)
    if not seen.any():
        return out
    prior = uni / uni.sum()
    sub = np.ix_(seen, seen)
    cond = (big[sub] + smoothing * prior[seen][None, :]) / (big[sub].sum(axis=1, keepdims=True) + smoothing)
    out[sub] = np.log(cond) - np.log(prior[seen])[None, :]
    return out


def write_tag_bigrams(tag_sequences: Iterable[Sequence[str]], model_dir: str | Path) -> Path:
    """Count and write model_dir/tag_bigrams.json; returns its path."""
    path = Path(model_dir) / FILE_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(count_tag_bigrams(tag_sequences)) + "\n", encoding="utf-8")
    return path


def read_tag_bigrams(model_dir: str | Path, build_hint: str) -> dict:
    """The statistics in model_dir; ModelError naming `build_hint` (the command that writes them) if missing."""
    path = Path(model_dir) / FILE_NAME
    if not path.is_file():
        raise ModelError(f"tag-bigram statistics not found at {path}; {build_hint}")
    stats = read_model_json(path, build_hint)
    missing = sorted({"labels", "unigrams", "bigrams"} - set(stats))
    if missing:
        raise ModelError(f"tag-bigram statistics at {path} lack {missing}; {build_hint}")
    return stats
