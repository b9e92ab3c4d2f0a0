import pytest

from pipeline.errors import ModelError
from pipeline.ner import NerParams, load_tagger
from pipeline.ner.labels import BIO_LABELS

SENT = ["سید", "ابوالحسن", "فیروزآبادی", "دبیر", "شورای", "عالی", "فضای", "مجازی", "گفت"]


def _labels(style: str) -> list[str]:
    names = {"B-PER": ("B-{}", {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}),
             "B_PER": ("B_{}", {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}),
             "B-pers": ("B-{}", {"PER": "pers", "ORG": "org", "LOC": "loc"}),
             "B-person": ("B-{}", {"PER": "person", "ORG": "organization", "LOC": "location"})}
    fmt, m = names[style]
    out = ["O"]
    for t in ("PER", "ORG", "LOC"):
        out += [fmt.format(m[t]), fmt.replace("B", "I", 1).format(m[t])]
    return out


@pytest.mark.parametrize("style", ["B-PER", "B_PER", "B-pers", "B-person"])
def test_tiny_model_label_namings(tiny_model_factory, style):
    path = tiny_model_factory(_labels(style))
    tagger = load_tagger(NerParams.from_dict({"backend": "transformers", "model": str(path), "batch_size": 2}))
    out = tagger.tag([SENT, ["تهران"], [], SENT[:3]])
    assert [len(s) for s in out] == [9, 1, 0, 3]
    for sent in out:
        prev = "O"
        for tag, p in sent:
            assert tag in BIO_LABELS and 0.0 <= p <= 1.0
            assert not tag.startswith("I-") or prev[2:] == tag[2:]
            prev = tag


def test_windows_match_unwindowed_scores_shape(tiny_model_factory):
    path = tiny_model_factory(_labels("B-PER"))
    long = SENT * 7  # 63 words
    base = {"backend": "transformers", "model": str(path)}
    small = load_tagger(NerParams.from_dict({**base, "max_words_per_sentence": 10, "stride": 3}))
    big = load_tagger(NerParams.from_dict({**base, "max_words_per_sentence": 100, "stride": 3}))
    a, b = small.tag([long])[0], big.tag([long])[0]
    assert len(a) == len(b) == 63


def test_average_aggregation_and_quantize(tiny_model_factory):
    path = tiny_model_factory(_labels("B-PER"))
    t = load_tagger(NerParams.from_dict({"backend": "transformers", "model": str(path), "aggregation": "average",
                                         "quantize": True}))
    assert len(t.tag([SENT])[0]) == len(SENT)


def test_unknown_model_labels_fail_clearly(tiny_model_factory):
    path = tiny_model_factory(["O", "B-MISC", "I-MISC", "B-PER", "I-PER"])
    with pytest.raises(ModelError, match="MISC"):
        load_tagger(NerParams.from_dict({"backend": "transformers", "model": str(path)}))


def test_missing_model_is_model_error(tmp_path):
    with pytest.raises(ModelError):
        load_tagger(NerParams.from_dict({"backend": "transformers", "model": str(tmp_path / "nope")}))


def test_int8_keeps_the_feed_forward_down_projection_and_the_classifier_in_fp32(tiny_model_factory):
    import torch
    from transformers import AutoModelForTokenClassification

    from pipeline.ner.transformer_backend import quantizable_linears

    model = AutoModelForTokenClassification.from_pretrained(tiny_model_factory(["O", "B-PER", "I-PER"]))
    names = quantizable_linears(model)
    assert "bert.encoder.layer.0.attention.self.query" in names
    assert "bert.encoder.layer.1.attention.output.dense" in names
    assert "bert.encoder.layer.1.intermediate.dense" in names
    assert "bert.encoder.layer.0.output.dense" not in names and "classifier" not in names
    quantized = torch.ao.quantization.quantize_dynamic(model, names, dtype=torch.qint8)
    assert isinstance(quantized.bert.encoder.layer[0].output.dense, torch.nn.Linear)
    assert not isinstance(quantized.bert.encoder.layer[0].intermediate.dense, torch.nn.Linear)
