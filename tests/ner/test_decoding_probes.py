"""scripts/ner_decoding_probes.py: the dropped decoding variants the model card reports are computed by helpers
that must agree with the shipped decoding where they reduce to it."""
import numpy as np
import pytest

from pipeline.ner.aggregate import viterbi_bio
from pipeline.ner.labels import BIO_LABELS

IX = {lab: i for i, lab in enumerate(BIO_LABELS)}


@pytest.fixture(scope="module")
def probes(script_module):
    return script_module("ner_decoding_probes")


def test_trigram_decoder_without_second_order_is_the_viterbi(probes):
    rng = np.random.default_rng(3)
    first = rng.normal(0, 0.5, (len(BIO_LABELS),) * 2)
    decode = probes.trigram_decoder(first, np.zeros((len(BIO_LABELS),) * 3))
    for n in (1, 2, 7):
        p = rng.dirichlet(np.ones(len(BIO_LABELS)), n)
        assert decode(p) == viterbi_bio(p, BIO_LABELS, first)


def test_conditional_scores_add_the_log_prior_to_the_pmi(probes):
    from pipeline.ner.transitions import count_tag_bigrams, pmi_scores

    stats = count_tag_bigrams([["B-PER", "I-PER", "O", "B-LOC"], ["O", "O", "B-PER"]])
    cond = probes.conditional_scores(stats)
    prior = np.asarray(stats["unigrams"], float) / sum(stats["unigrams"])
    assert np.isclose(cond[IX["O"], IX["B-PER"]] - pmi_scores(stats)[IX["O"], IX["B-PER"]], np.log(prior[IX["B-PER"]]))
    assert cond[IX["B-ORG"], IX["I-ORG"]] == 0  # a label the counts never saw stays neutral


def test_propagation_tags_untagged_repeats_within_the_window(probes):
    words = [["علی", "لاریجانی", "گفت"], ["لاریجانی", "آمد"], ["x"], ["لاریجانی"]]
    base = [["B-PER", "I-PER", "O"], ["O", "O"], ["O"], ["O"]]
    near = probes.propagate(words, base, 1)
    assert near[0] == base[0] and near[3] == ["O"] and near[1] == ["O", "O"]  # only the full sequence travels
    base[0] = ["O", "B-PER", "O"]
    assert probes.propagate(words, base, 1)[1] == ["B-PER", "O"]
    assert probes.propagate(words, base, 1)[3] == ["O"] and probes.propagate(words, base, 3)[3] == ["B-PER"]


def test_memorised_strings_need_a_consistent_type_and_boost_it(probes):
    train = [(["بانک", "ملی", "گفت"], ["B-ORG", "I-ORG", "O"])] * 3 + [(["بانک", "گفت"], ["O", "O"])]
    memo = probes.memorised_strings(train, ("ORG",), 0.95, 1)
    assert memo == {("بانک", "ملی"): "ORG"}  # «بانک» alone is an entity in 3 of its 4 occurrences
    probs = np.full((3, len(BIO_LABELS)), 1 / len(BIO_LABELS))
    out = probes.add_memorised(probs, ["بانک", "ملی", "آمد"], memo, 1.0)
    assert out[0].argmax() == IX["B-ORG"] and out[1].argmax() == IX["I-ORG"] and np.allclose(out[2], probs[2])
    assert np.allclose(out.sum(1), 1)


def test_scale_o_multiplies_o_and_keeps_rows_summing_to_one(probes):
    p = np.full((2, len(BIO_LABELS)), 1 / len(BIO_LABELS))
    out = probes.scale_o(p, 2.0)
    assert np.allclose(out.sum(1), 1) and np.isclose(out[0, IX["O"]] / out[0, IX["B-PER"]], 2.0)


def test_drop_unsure_removes_whole_entities_below_the_threshold(probes):
    tagged = [[("B-PER", 0.9), ("I-PER", 0.5), ("O", 0.9), ("B-LOC", 0.3)]]
    assert probes.drop_unsure(tagged, 0.6) == [["B-PER", "I-PER", "O", "O"]]
    assert probes.drop_unsure(tagged, 0.8) == [["O", "O", "O", "O"]]
