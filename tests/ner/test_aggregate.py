import numpy as np
import pytest
from hypothesis import given, strategies as st

from pipeline.ner.aggregate import (aggregate_subwords, merge_windows, project_labels, restrict_types,
                                    viterbi_bio, word_windows)

LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG"]


@given(st.integers(0, 300), st.integers(1, 60), st.data())
def test_windows_cover_in_order(n, size, data):
    stride = data.draw(st.integers(0, size - 1))
    wins = word_windows(n, size, stride)
    assert wins[0][0] == 0 and wins[-1][1] == n
    for (s, e), (s2, _) in zip(wins, wins[1:]):
        assert e - s == size and s2 == s + size - stride and s2 < e + 1
    assert all(0 < e - s <= size for s, e in wins) or n == 0


def test_windows_bad_args():
    with pytest.raises(ValueError):
        word_windows(10, 5, 5)


def test_merge_prefers_central_window():
    wins = word_windows(10, 6, 2)  # (0,6), (4,10)
    a = np.zeros((6, 2)); a[:, 0] = 1
    b = np.zeros((6, 2)); b[:, 1] = 1
    out = merge_windows(wins, [a, b], 10)
    assert out[:5, 0].all() and out[5:, 1].all()


def test_aggregate_first_and_average():
    probs = np.array([[1, 0], [0.2, 0.8], [0.6, 0.4], [0, 1], [0.5, 0.5]], dtype=np.float32)
    wids = [None, 0, 0, 1, None]
    first = aggregate_subwords(probs, wids, 3, "first")
    np.testing.assert_allclose(first, [[0.2, 0.8], [0, 1], [1, 0]])  # word 2 truncated → fallback O
    avg = aggregate_subwords(probs, wids, 3, "average")
    np.testing.assert_allclose(avg[0], [0.4, 0.6])
    with pytest.raises(ValueError):
        aggregate_subwords(probs, wids, 3, "max")


def test_project_and_restrict():
    p = np.array([[0.1, 0.2, 0.7]])
    np.testing.assert_allclose(project_labels(p, [0, 1, 1], 2), [[0.1, 0.9]])
    # (LABELS: O B-PER I-PER B-ORG I-ORG) a corpus' O covers the types it does not annotate: PER's mass joins O
    r = restrict_types(np.array([[0.2, 0.5, 0.0, 0.3, 0.0]]), LABELS, ["ORG"])
    np.testing.assert_allclose(r, [[0.7, 0, 0, 0.3, 0]])
    p = np.array([[0.1, 0.45, 0.0, 0.45, 0.0]])
    assert LABELS[int(restrict_types(p, LABELS, ["ORG"])[0].argmax())] == "O"  # not B-ORG, as renormalising gave
    assert restrict_types(p, LABELS, ["PER", "ORG"]) is p and restrict_types(p, LABELS, None) is p


def test_viterbi_forbids_orphan_inside():
    probs = np.array([[0.4, 0.1, 0.5, 0, 0], [0.1, 0.1, 0.8, 0, 0]])
    path = [LABELS[i] for i in viterbi_bio(probs, LABELS)]
    assert path[0] != "I-PER" and path[1] != "I-PER" or path[0] in ("B-PER", "I-PER")
    assert path == ["B-PER", "I-PER"] or path[0] == "O"
