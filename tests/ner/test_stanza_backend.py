import pytest

from pipeline.errors import ModelError
from pipeline.ner import NerParams, load_tagger
from pipeline.ner.stanza_backend import bioes_to_bio


def test_missing_models_say_how_to_get_them(tmp_path):
    with pytest.raises(ModelError, match=r"stanza\.download\('fa'"):
        load_tagger(NerParams.from_dict({"backend": "stanza", "model": str(tmp_path / "stanza_resources")}))


def test_bioes():
    assert [bioes_to_bio(t) for t in ["S-PER", "B-ORG", "E-ORG", "I-LOC", "O"]] == \
        ["B-PER", "B-ORG", "I-ORG", "I-LOC", "O"]
