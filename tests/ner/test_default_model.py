"""The shipped default model loads offline and finds the entities of a news sentence."""
import json
from pathlib import Path

from pipeline.ner import NerParams, load_tagger
from pipeline.ner.labels import BIO_LABELS

REPO_ROOT = Path(__file__).resolve().parents[2]
SENT = "سید ابوالحسن فیروزآبادی دبیر شورای عالی فضای مجازی گفت".split()


def test_manifest():
    m = json.loads((REPO_ROOT / "models/default/manifest.json").read_text(encoding="utf-8"))
    assert m["backend"] in ("transformers", "crf") and m["labels"] == list(BIO_LABELS) and m["version"]


def test_default_tags_person_and_org(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    tagger = load_tagger(NerParams.from_dict({}, base_dir=REPO_ROOT))
    (out,) = tagger.tag([SENT])
    tags = [t for t, _ in out]
    assert len(tags) == len(SENT)
    assert tags[0] == "B-PER" and "B-ORG" in tags, tags
    assert tags[SENT.index("شورای")] == "B-ORG" and tags[-1] == "O"
    assert all(0 < p <= 1 for _, p in out)
