import pytest

from pipeline.config import REPO_ROOT
from pipeline.errors import ConfigError
from pipeline.ner import NerParams


def test_defaults_and_paths(tmp_path):
    p = NerParams.from_dict({}, base_dir=tmp_path)
    assert p.backend == "default" and p.batch_size == 32 and p.num_threads == 2 and p.quantize is False
    # a params folder without models/ of its own takes the project's (a params file kept elsewhere)
    assert p.resolve_model() == str(REPO_ROOT / "models/default")
    assert p.weight_for("crf_weight", "arman") == 0.25 and p.weight_for("crf_weight", "peyma") == 0.0
    assert p.weight_for("transition_weight", "peyma") == 0.6 and p.weight_for("transition_weight", "arman") == 0.0
    assert p.companion_crf_dir("arman") == REPO_ROOT / "models/crf_arman"
    # … and its own where it has them, the companion CRFs beside it
    (tmp_path / "models/default").mkdir(parents=True)
    assert p.resolve_model() == str(tmp_path / "models/default")
    assert p.companion_crf_dir("arman") == tmp_path / "models/crf_arman"
    assert NerParams.from_dict({"crf_weight": 0.5}).weight_for("crf_weight", "peyma") == 0.5
    assert NerParams.from_dict({"crf_weight": {"arman": 0.1}}).weight_for("crf_weight", "peyma") == 0.0
    assert NerParams.from_dict({"transition_weight": 2}).weight_for("transition_weight", "arman") == 2.0
    assert p.device == "cpu" and NerParams.from_dict({"device": "cuda:1"}).device == "cuda:1"
    q = NerParams.from_dict({"backend": "transformers", "model": "HooshvareLab/bert-fa-zwnj-base-ner",
                             "revision": "abc123"}, base_dir=tmp_path)
    assert q.resolve_model() == "HooshvareLab/bert-fa-zwnj-base-ner"
    (tmp_path / "mine").mkdir()
    assert NerParams.from_dict({"model": "mine"}, base_dir=tmp_path).resolve_model() == str(tmp_path / "mine")


@pytest.mark.parametrize("d,needle", [
    ({"backend": "spacy"}, "default"), ({"aggregation": "max"}, "average"), ({"batch_size": 0}, "integers"),
    ({"stride": 100, "max_words_per_sentence": 50}, "stride"), ({"quantize": "yes"}, "true"),
    ({"colour": 1}, "valid keys"), ({"backend": "transformers"}, "ner.model"),
    ({"crf_weight": 1.0}, r"\[0, 1\)"), ({"crf_weight": -0.1}, "crf_weight"), ({"crf_weight": True}, "crf_weight"),
    ({"crf_weight": "0.2"}, "crf_weight"), ({"crf_weight": {"conll": 0.2}}, "valid keys: \\['peyma', 'arman'\\]"),
    ({"transition_weight": 2.5}, r"transition_weight=2.5 is invalid; valid values: a number in \[0, 2\]"),
    ({"transition_weight": {"peyma": -1}}, "transition_weight"),
    ({"transition_weight": {"conll": 0.2}}, "transition_weight has unknown convention 'conll'"),
    ({"device": "gpu"}, "ner.device='gpu' is invalid; valid values: cpu, cuda, cuda:N, auto"),
    ({"device": "cuda:x"}, "ner.device"), ({"device": "cuda", "quantize": True}, "int8 for the CPU"),
])
def test_invalid(d, needle):
    with pytest.raises(ConfigError, match=needle):
        NerParams.from_dict(d)


def test_convention_decoding():
    markers = {"backend": "transformers", "conventions": {"peyma": "<peyma>", "arman": "<arman>"},
               "default_convention": "peyma"}
    p = NerParams.from_dict({})
    d = p.convention_decoding(markers)
    assert (d.convention, d.crf_weight, d.transition_weight) == ("peyma", 0.0, 0.6)
    d = NerParams.from_dict({"convention": "arman"}).convention_decoding(markers)
    assert (d.convention, d.crf_weight, d.transition_weight) == ("arman", 0.25, 0.0)
    assert p.convention_decoding({"backend": "transformers"}).convention is None  # no corpus markers
    d = NerParams.from_dict({"backend": "transformers", "model": "m"}).convention_decoding(markers)
    assert (d.crf_weight, d.transition_weight) == (0.0, 0.0)  # only the default backend uses them
