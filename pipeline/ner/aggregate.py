"""Pure functions: word windows with stride, subword→word score aggregation, BIO decoding."""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import numpy as np

AGGREGATIONS = ("first", "average")


def word_windows(n_words: int, max_words: int, stride: int) -> list[tuple[int, int]]:
    """[start, end) windows of at most max_words words; consecutive windows overlap by `stride` words."""
    if max_words <= 0:
        raise ValueError("max_words must be positive")
    if not 0 <= stride < max_words:
        raise ValueError("stride must be in [0, max_words)")
    if n_words <= max_words:
        return [(0, n_words)]
    step = max_words - stride
    out: list[tuple[int, int]] = []
    start = 0
    while True:
        end = min(start + max_words, n_words)
        out.append((start, end))
        if end == n_words:
            return out
        start += step


def merge_windows(windows: Sequence[tuple[int, int]], scores: Sequence[np.ndarray], n_words: int) -> np.ndarray:
    """Per word, keep the scores of the window where it sits farthest from a window edge (most context)."""
    n_labels = scores[0].shape[1] if scores else 1
    out = np.zeros((n_words, n_labels), dtype=np.float32)
    best = np.full(n_words, -1, dtype=np.int64)
    for (s, e), sc in zip(windows, scores):
        idx = np.arange(s, e)
        left = idx - s if s > 0 else np.full(len(idx), n_words)
        right = e - 1 - idx if e < n_words else np.full(len(idx), n_words)
        margin = np.minimum(left, right)
        take = margin > best[idx]
        out[idx[take]] = sc[take]
        best[idx[take]] = margin[take]
    return out


def aggregate_subwords(token_scores: np.ndarray, word_ids: Sequence[int | None], n_words: int,
                       how: str = "first", fallback: int = 0) -> np.ndarray:
    """Word-level probabilities from subword probabilities (like HF token-classification pipeline).

    first: the word's first sub-token; average: mean over its sub-tokens. Words with no
    sub-token (truncated or empty) get a one-hot on `fallback` (the O label).
    """
    if how not in AGGREGATIONS:
        raise ValueError(f"aggregation must be one of {AGGREGATIONS}")
    n_labels = token_scores.shape[1]
    sums = np.zeros((n_words, n_labels), dtype=np.float64)
    counts = np.zeros(n_words, dtype=np.int64)
    for t, w in enumerate(word_ids):
        if w is None or w >= n_words:
            continue
        if how == "first" and counts[w]:
            continue
        sums[w] += token_scores[t]
        counts[w] += 1
    out = np.zeros((n_words, n_labels), dtype=np.float32)
    has = counts > 0
    out[has] = (sums[has] / counts[has, None]).astype(np.float32)
    out[~has, fallback] = 1.0
    return out


def project_labels(probs: np.ndarray, src_to_dst: Sequence[int], n_dst: int) -> np.ndarray:
    """Sum probabilities of model labels mapping onto the same label of ours."""
    out = np.zeros((probs.shape[0], n_dst), dtype=probs.dtype)
    for src, dst in enumerate(src_to_dst):
        out[:, dst] += probs[:, src]
    return out


def annotated_mask(labels: Sequence[str], types: Sequence[str]) -> np.ndarray:
    """True for O and for the labels of `types` (the labels a corpus that annotates only those types can judge)."""
    return np.array([lab == "O" or lab[2:] in types for lab in labels])


def restrict_types(probs: np.ndarray, labels: Sequence[str], types: Sequence[str] | None) -> np.ndarray:
    """Tag with a corpus' own type set: the probability of labels whose type is not in `types` moves to O.

    A corpus' O covers the types it does not annotate (an ARMAN O may be a date), which is also how the model
    was trained (pipeline.ner.train_transformer.masked_nll). Zeroing those labels and renormalising instead
    would spread their mass over the annotated types too, and tag more entities than the model means
    (models/README.md, "Types a corpus does not annotate")."""
    if types is None:
        return probs
    keep = annotated_mask(labels, types)
    if keep.all():
        return probs
    out = np.where(keep[None, :], probs, 0.0)
    out[:, list(labels).index("O")] += probs[:, ~keep].sum(axis=1)
    return out


@lru_cache(maxsize=8)
def bio_transitions(labels: tuple[str, ...]) -> np.ndarray:
    """allowed[i, j]: label j may follow label i in IOB2 (I-X only after B-X or I-X). Cached, since the Viterbi
    decoding asks for it once per sentence; read-only."""
    n = len(labels)
    allowed = np.ones((n, n), dtype=bool)
    for j, b in enumerate(labels):
        if b.startswith("I-"):
            for i, a in enumerate(labels):
                allowed[i, j] = a[2:] == b[2:] and a != "O"
    allowed.setflags(write=False)
    return allowed


def viterbi_bio(probs: np.ndarray, labels: Sequence[str], transition_scores: np.ndarray | None = None) -> list[int]:
    """Most probable label path (product of word probabilities) that is valid IOB2; transition_scores[i, j], if
    given, is added to the log-score of label j following label i (pipeline.ner.transitions)."""
    n = probs.shape[0]
    if n == 0:
        return []
    logp = np.log(np.clip(probs, 1e-12, None))
    allowed = bio_transitions(tuple(labels))
    start_ok = np.array([not lab.startswith("I-") for lab in labels])
    trans = np.where(allowed, 0.0 if transition_scores is None else transition_scores, -np.inf)
    score = np.where(start_ok, logp[0], -np.inf)
    back = np.zeros((n, len(labels)), dtype=np.int64)
    for t in range(1, n):
        cand = score[:, None] + trans
        back[t] = cand.argmax(axis=0)
        score = cand.max(axis=0) + logp[t]
    path = [int(score.argmax())]
    for t in range(n - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1]
