"""A damaged file in a model folder (truncated copy, merge conflict) is a ModelError naming the file and the
way to rebuild it, for every reader of such files."""
import json
import shutil

import pytest

from pipeline.errors import ModelError
from pipeline.ner import NerParams, load_tagger
from pipeline.ner.crf import CrfTagger, train_crf
from pipeline.ner.model_files import read_model_json

SENTS = [(["علی", "به", "تهران", "رفت"], ["B-PER", "O", "B-LOC", "O"])] * 4


def test_read_model_json(tmp_path):
    good = tmp_path / "good.json"
    good.write_text('{"a": 1}', encoding="utf-8")
    assert read_model_json(good, "hint") == {"a": 1}
    bad = tmp_path / "bad.json"
    bad.write_text("<<<<<<< HEAD\n{", encoding="utf-8")
    with pytest.raises(ModelError, match=r"E003.*bad.json is not valid JSON.*; rebuild it"):
        read_model_json(bad, "rebuild it")
    bad.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ModelError, match="bad.json is not valid JSON"):
        read_model_json(bad, "rebuild it")
    bad.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ModelError, match="bad.json holds a JSON list, expected a dict; rebuild it"):
        read_model_json(bad, "rebuild it")


def test_crf_with_a_damaged_gazetteer_or_model_file(tmp_path):
    train_crf(SENTS, tmp_path, max_iterations=5)
    (tmp_path / "gazetteer.json").write_text('{"تهران": "LOC"', encoding="utf-8")
    with pytest.raises(ModelError, match="gazetteer.json is not valid JSON.*ner_train_crf.py"):
        CrfTagger(tmp_path)
    (tmp_path / "crf.model").write_bytes(b"not a crfsuite model")
    with pytest.raises(ModelError, match="crf.model is not a crfsuite model.*ner_train_crf.py"):
        CrfTagger(tmp_path)


def test_damaged_manifest_of_a_default_model(tmp_path):
    (tmp_path / "manifest.json").write_text('{"backend": "transformers"', encoding="utf-8")
    with pytest.raises(ModelError, match="manifest.json is not valid JSON.*scripts/ner_train.py"):
        load_tagger(NerParams.from_dict({"model": str(tmp_path)}))


def test_damaged_manifest_beside_a_transformers_checkpoint(tiny_model_factory, tmp_path):
    path = tmp_path / "ckpt"
    shutil.copytree(tiny_model_factory(["O", "B-PER", "I-PER"]), path)
    (path / "manifest.json").write_text(json.dumps(["not", "a", "dict"]), encoding="utf-8")
    with pytest.raises(ModelError, match="holds a JSON list.*a plain Hugging Face checkpoint needs none"):
        load_tagger(NerParams.from_dict({"backend": "transformers", "model": str(path)}))
