"""Tag-bigram transition scores: counts, PMI, the Viterbi term, and files beside the companion CRF."""
import numpy as np
import pytest

from pipeline.errors import ModelError
from pipeline.ner.aggregate import viterbi_bio
from pipeline.ner.labels import BIO_LABELS
from pipeline.ner.transitions import (count_tag_bigrams, pmi_scores, read_tag_bigrams, write_tag_bigrams)

IX = {lab: i for i, lab in enumerate(BIO_LABELS)}
SEQS = [["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG"], ["O", "O", "B-PER", "O"], ["O"]]


def test_counts():
    stats = count_tag_bigrams(SEQS)
    uni, big = np.array(stats["unigrams"]), np.array(stats["bigrams"])
    assert stats["labels"] == list(BIO_LABELS) and uni.sum() == 11 and big.sum() == 8
    assert big[IX["I-ORG"], IX["I-ORG"]] == 1 and big[IX["O"], IX["O"]] == 1 and big[IX["B-PER"], IX["O"]] == 1
    with pytest.raises(ValueError, match="B_PER"):
        count_tag_bigrams([["B_PER"]])


def test_pmi_is_log_conditional_over_prior_and_neutral_for_unused_labels():
    stats = count_tag_bigrams(SEQS)
    m = pmi_scores(stats, smoothing=1.0)
    # B-ORG → I-ORG: seen once out of B-ORG's one successor; P(I-ORG) = 2/11
    p_iorg = 2 / 11
    expected = np.log((1 + p_iorg) / (1 + 1)) - np.log(p_iorg)
    assert m[IX["B-ORG"], IX["I-ORG"]] == pytest.approx(expected)
    assert m[IX["B-ORG"], IX["I-ORG"]] > 0 > m[IX["B-ORG"], IX["O"]]  # unseen after B-ORG: penalised
    assert not m[IX["B-LOC"]].any() and not m[:, IX["I-DAT"]].any()  # the toy corpus never uses LOC or DAT
    stats["labels"] = ["O", "B-X"]
    with pytest.raises(ModelError, match="not"):
        pmi_scores(stats)


def test_viterbi_adds_the_transition_scores():
    probs = np.full((2, len(BIO_LABELS)), 1e-3)
    probs[0, IX["B-PER"]] = 0.9
    probs[1, IX["B-PER"]], probs[1, IX["I-PER"]] = 0.5, 0.4  # alone: a second person opens
    assert [BIO_LABELS[i] for i in viterbi_bio(probs, BIO_LABELS)] == ["B-PER", "B-PER"]
    scores = np.zeros((len(BIO_LABELS),) * 2)
    scores[IX["B-PER"], IX["B-PER"]] = -1.0  # a person seldom follows a person directly
    assert [BIO_LABELS[i] for i in viterbi_bio(probs, BIO_LABELS, scores)] == ["B-PER", "I-PER"]
    # scores never re-open what IOB2 forbids
    scores[IX["O"], IX["I-PER"]] = 50.0
    probs2 = np.full((1, len(BIO_LABELS)), 1e-3); probs2[0, IX["I-PER"]] = 0.9
    assert BIO_LABELS[viterbi_bio(probs2, BIO_LABELS, scores)[0]] != "I-PER"


def test_file_round_trip_and_missing_file(tmp_path):
    write_tag_bigrams(SEQS, tmp_path / "crf_peyma")
    assert read_tag_bigrams(tmp_path / "crf_peyma", "hint") == count_tag_bigrams(SEQS)
    with pytest.raises(ModelError, match="tag_bigrams.json.*build it"):
        read_tag_bigrams(tmp_path / "nope", "build it")
    bad = tmp_path / "crf_arman"
    bad.mkdir()
    (bad / "tag_bigrams.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError, match="crf_arman/tag_bigrams.json is not valid JSON.*build it"):
        read_tag_bigrams(bad, "build it")
    (bad / "tag_bigrams.json").write_text('{"labels": []}', encoding="utf-8")
    with pytest.raises(ModelError, match=r"lack \['bigrams', 'unigrams'\]"):
        read_tag_bigrams(bad, "build it")


def test_shipped_statistics_exist_for_every_convention():
    from pathlib import Path

    from pipeline.ner.data import CONVENTION_MARKERS

    repo = Path(__file__).resolve().parents[2]
    for convention in CONVENTION_MARKERS:
        stats = read_tag_bigrams(repo / "models" / f"crf_{convention}", "")
        m = pmi_scores(stats)
        assert m.shape == (len(BIO_LABELS),) * 2 and np.isfinite(m).all()
        assert m[IX["I-PER"], IX["I-PER"]] > 0 and m[IX["B-PER"], IX["B-PER"]] < 0
