import numpy as np

from pipeline.ner.crf import CrfTagger, build_gazetteer, train_crf, word_shape


def test_word_shape():
    assert word_shape("۱۴۰۲") == "d" and word_shape("Iran") == "L" and word_shape("تهران") == "x"


def test_tiny_crf_roundtrip(tmp_path):
    sents = [(["علی", "به", "تهران", "رفت"], ["B-PER", "O", "B-LOC", "O"]),
             (["رضا", "از", "تهران", "آمد"], ["B-PER", "O", "B-LOC", "O"])] * 5
    assert build_gazetteer(sents)["تهران"] == "LOC"
    train_crf(sents, tmp_path, max_iterations=20)
    out = CrfTagger(tmp_path).tag([["علی", "به", "تهران", "رفت"], []])
    assert [t for t, _ in out[0]] == ["B-PER", "O", "B-LOC", "O"] and out[1] == []
    assert CrfTagger(tmp_path).tag([["علی", "به", "تهران"]], types=["PER"])[0][2][0] == "O"



def test_crf_marginals_are_word_probabilities_over_our_labels(tmp_path):
    from pipeline.ner.labels import BIO_LABELS

    sents = [(["علی", "به", "تهران", "رفت"], ["B-PER", "O", "B-LOC", "O"])] * 6
    train_crf(sents, tmp_path, max_iterations=20)
    m = CrfTagger(tmp_path).marginals(["علی", "به", "تهران"])
    assert m.shape == (3, len(BIO_LABELS)) and np.allclose(m.sum(axis=1), 1.0, atol=1e-4)
    assert BIO_LABELS[int(m[0].argmax())] == "B-PER" and BIO_LABELS[int(m[2].argmax())] == "B-LOC"
    assert CrfTagger(tmp_path).marginals([]).shape == (0, len(BIO_LABELS))


def test_masked_loss_allows_unannotated_types():
    import torch

    from pipeline.ner.labels import BIO_LABELS
    from pipeline.ner.train_transformer import allowed_matrix, masked_nll

    m = allowed_matrix("peyma")
    o, fac, per = BIO_LABELS.index("O"), BIO_LABELS.index("B-FAC"), BIO_LABELS.index("B-PER")
    assert m[o, fac] and not m[o, per] and m[per, per] and not m[per, o]
    logits = torch.full((1, len(BIO_LABELS)), -10.0)
    logits[0, fac] = 10.0  # confident FAC on a PEYMA "O" token: no penalty
    loss = masked_nll(logits, torch.tensor(m[[o]]))
    assert float(loss) < 1e-3
    plain = torch.nn.functional.cross_entropy(logits, torch.tensor([o]))
    assert float(plain) > 10
    assert np.all(allowed_matrix("arman").diagonal())
