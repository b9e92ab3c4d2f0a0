import numpy as np
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


def test_device_auto_runs_where_there_is_one_and_a_missing_gpu_fails_clearly(tiny_model_factory):
    import torch

    path = tiny_model_factory(_labels("B-PER"))
    base = {"backend": "transformers", "model": str(path)}
    auto = load_tagger(NerParams.from_dict({**base, "device": "auto"}))
    assert auto.device.type == ("cuda" if torch.cuda.is_available() else "cpu")
    assert len(auto.tag([SENT])[0]) == len(SENT)
    if not torch.cuda.is_available():
        with pytest.raises(ModelError, match="no CUDA GPU"):
            load_tagger(NerParams.from_dict({**base, "device": "cuda"}))


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


def test_encode_puts_the_corpus_marker_first_without_a_label(tiny_model_factory):
    from transformers import AutoTokenizer

    from pipeline.ner.train_transformer import encode

    tok = AutoTokenizer.from_pretrained(tiny_model_factory(_labels("B-PER")))
    tok.add_special_tokens({"additional_special_tokens": ["<peyma>", "<arman>"]})
    words, tags = ["سید", "تهران"], ["B-PER", "B-LOC"]
    plain = encode(tok, [("peyma", words, tags)])[0]
    marked = encode(tok, [("peyma", words, tags)], markers=True)[0]
    assert marked["input_ids"][1] == tok.convert_tokens_to_ids("<peyma>")
    assert marked["input_ids"][:1] + marked["input_ids"][2:] == plain["input_ids"]
    assert marked["labels"][1] == -100
    assert marked["labels"][:1] + marked["labels"][2:] == plain["labels"]


def test_convention_marker_comes_from_the_manifest(tiny_model_factory, tmp_path):
    import json
    import shutil

    from transformers import AutoModelForTokenClassification, AutoTokenizer

    src = tiny_model_factory(_labels("B-PER"))
    path = tmp_path / "conv"
    shutil.copytree(src, path)
    tok = AutoTokenizer.from_pretrained(path)
    tok.add_special_tokens({"additional_special_tokens": ["<peyma>", "<arman>"]})
    tok.save_pretrained(path)
    model = AutoModelForTokenClassification.from_pretrained(path)
    model.resize_token_embeddings(len(tok))
    model.save_pretrained(path)
    (path / "manifest.json").write_text(json.dumps({"conventions": {"peyma": "<peyma>", "arman": "<arman>"},
                                                    "default_convention": "arman"}), encoding="utf-8")
    base = {"backend": "transformers", "model": str(path)}
    default = load_tagger(NerParams.from_dict(base))
    peyma = load_tagger(NerParams.from_dict({**base, "convention": "peyma"}))
    assert default.marker == "<arman>" and peyma.marker == "<peyma>"
    a, b = peyma.word_probs([SENT])[0], default.word_probs([SENT])[0]
    assert a.shape == b.shape == (len(SENT), len(BIO_LABELS)) and not np.allclose(a, b)
    # a model without conventions ignores the hint
    plain = load_tagger(NerParams.from_dict({"backend": "transformers", "model": str(src), "convention": "peyma"}))
    assert plain.marker is None
    (path / "manifest.json").write_text(json.dumps({"conventions": {"peyma": "<peyma>"}}), encoding="utf-8")
    with pytest.raises(ModelError, match="valid values: \\['peyma'\\]"):
        load_tagger(NerParams.from_dict({**base, "convention": "arman"}))


def test_convention_is_validated_at_params_load():
    from pipeline.errors import ConfigError

    with pytest.raises(ConfigError, match="valid values: \\[None, 'peyma', 'arman'\\]"):
        NerParams.from_dict({"convention": "conll"})


def test_decode_sentence_joins_digit_groups_and_reports_the_joined_tags_probability():
    from pipeline.ner.transformer_backend import decode_sentence

    b, i = BIO_LABELS.index("B-MON"), BIO_LABELS.index("I-MON")
    probs = np.full((4, len(BIO_LABELS)), 0.01, np.float32)
    for w, (lab, p) in enumerate([(b, 0.9), (i, 0.8), (b, 0.6), (i, 0.9)]):
        probs[w, lab] = p
    probs[2, i] = 0.3
    words = ["8", ",", "638", "ریال"]
    assert [t for t, _ in decode_sentence(probs, None)] == ["B-MON", "I-MON", "B-MON", "I-MON"]
    joined = decode_sentence(probs, None, words=words)
    assert [t for t, _ in joined] == ["B-MON", "I-MON", "I-MON", "I-MON"]
    assert joined[2][1] == pytest.approx(0.3)



class _SaysPerson:
    """A companion that is sure every word opens a person."""

    def marginals(self, words):
        m = np.zeros((len(words), len(BIO_LABELS)), np.float32)
        m[:, BIO_LABELS.index("B-PER")] = 1.0
        return m


def test_companion_probabilities_are_mixed_in_before_decoding(tiny_model_factory):
    from pipeline.ner.transformer_backend import TransformersTagger, mix_probs

    path = str(tiny_model_factory(_labels("B-PER")))
    alone = TransformersTagger(path).word_probs([SENT])[0]
    mixed = TransformersTagger(path, companion=_SaysPerson(), companion_weight=0.99).tag([SENT])[0]
    assert [t for t, _ in mixed] == ["B-PER"] * len(SENT)
    assert mixed[0][1] == pytest.approx(0.01 * alone[0, BIO_LABELS.index("B-PER")] + 0.99, rel=1e-4)
    off = TransformersTagger(path, companion=_SaysPerson(), companion_weight=0.0).tag([SENT])[0]
    assert off == TransformersTagger(path).tag([SENT])[0]
    with pytest.raises(ValueError, match="shapes"):
        mix_probs(alone, alone[:2], 0.5)


def test_default_backend_pairs_a_convention_model_with_that_conventions_crf(tiny_model_factory, tmp_path):
    import json
    import shutil

    from pipeline.ner.crf import train_crf

    path = tmp_path / "models" / "default"
    shutil.copytree(tiny_model_factory(_labels("B-PER")), path)
    manifest = {"backend": "transformers", "conventions": {"peyma": "[UNK]", "arman": "[UNK]"},
                "default_convention": "peyma"}
    (path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    # shipped weights: the ARMAN convention gets its CRF, PEYMA's (weight 0) runs alone
    peyma = NerParams.from_dict({"transition_weight": 0}, base_dir=tmp_path)
    assert load_tagger(peyma).companion is None and load_tagger(peyma).transition_scores is None
    with pytest.raises(ModelError, match="ner_train_crf.py --corpus arman"):
        load_tagger(NerParams.from_dict({"convention": "arman"}, base_dir=tmp_path))
    train_crf([(["سید", "گفت"], ["B-PER", "O"])] * 4, tmp_path / "models" / "crf_arman", max_iterations=10)
    arman = load_tagger(NerParams.from_dict({"convention": "arman"}, base_dir=tmp_path))
    assert arman.companion is not None and arman.companion_weight == 0.25 and arman.transition_scores is None
    # PEYMA's tag transitions (weight 0.6 as shipped) live beside its CRF
    with pytest.raises(ModelError, match="tag_bigrams.json.*ner_train_crf.py --corpus peyma"):
        load_tagger(NerParams.from_dict({}, base_dir=tmp_path))
    from pipeline.ner.transitions import pmi_scores, read_tag_bigrams, write_tag_bigrams

    write_tag_bigrams([["B-PER", "I-PER", "O"], ["O", "B-PER"]], tmp_path / "models" / "crf_peyma")
    peyma = load_tagger(NerParams.from_dict({}, base_dir=tmp_path))
    assert peyma.companion is None
    np.testing.assert_allclose(peyma.transition_scores, 0.6 * pmi_scores(read_tag_bigrams(
        tmp_path / "models" / "crf_peyma", "")))
    assert load_tagger(NerParams.from_dict({"convention": "arman", "crf_weight": 0}, base_dir=tmp_path)).companion is None
    with pytest.raises(ModelError, match="companion CRF.*ner_train_crf.py --corpus peyma"):
        load_tagger(NerParams.from_dict({"crf_weight": 0.3}, base_dir=tmp_path))
    # a model trained without corpus markers has no convention to pair a CRF with
    (path / "manifest.json").write_text(json.dumps({"backend": "transformers"}), encoding="utf-8")
    plain = load_tagger(NerParams.from_dict({}, base_dir=tmp_path))
    assert plain.companion is None and plain.transition_scores is None
