"""Weight averaging of models from one initialisation (pipeline.ner.average)."""
import json

import numpy as np
import pytest

from pipeline.errors import ModelError
from pipeline.ner import NerParams, load_tagger
from pipeline.ner.average import average_models, average_state_dicts

from .conftest import make_tiny_model

LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]


def test_mean_of_float_tensors_copies_integer_buffers_and_refuses_mismatches():
    a = {"w": np.array([1.0, 3.0], dtype=np.float16), "ids": np.array([0, 1])}
    b = {"w": np.array([3.0, 5.0], dtype=np.float16), "ids": np.array([0, 1])}
    out = average_state_dicts([a, b])
    assert out["w"].dtype == np.float16 and out["w"].tolist() == [2.0, 4.0] and out["ids"].tolist() == [0, 1]
    with pytest.raises(ModelError, match="other tensors"):
        average_state_dicts([a, {"w": a["w"]}])
    with pytest.raises(ModelError, match="shapes"):
        average_state_dicts([a, {"w": np.zeros(3, dtype=np.float16), "ids": a["ids"]}])


def test_averaged_model_loads_and_tags(tmp_path):
    from safetensors.numpy import load_file

    dirs = []
    for seed in (0, 1):
        d = make_tiny_model(tmp_path / f"m{seed}", LABELS, seed=seed)
        (d / "manifest.json").write_text(json.dumps({"backend": "transformers", "labels": LABELS, "version": "x",
                                                     "dev": {"peyma": {"f1": 1.0}}}), encoding="utf-8")
        dirs.append(d)
    out = average_models(dirs, tmp_path / "avg", version="9.9.9")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["version"] == "9.9.9" and "dev" not in manifest and len(manifest["averaged_from"]) == 2
    w = [load_file(str(d / "model.safetensors"))["classifier.weight"] for d in dirs + [out]]
    assert np.allclose(w[2], (w[0] + w[1]) / 2, atol=1e-6)
    tagger = load_tagger(NerParams.from_dict({"model": str(out)}))
    assert len(tagger.tag([["سید", "تهران"]])[0]) == 2
