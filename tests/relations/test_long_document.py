"""scripts/time_long_document.py builds a well-formed joined document the relations stage accepts."""
import importlib.util
from pathlib import Path

from pipeline.relations import RelationsParams, extract_document

REPO = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location("time_long_document", REPO / "scripts" / "time_long_document.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_joined_articles_keep_offsets_and_give_the_facts_of_each():
    script = _script()
    seed_text = next((REPO / "seeds").glob("*.txt")).read_text(encoding="utf-8")  # the repo's copy: no ../shared needed
    records = [{"title": f"خبر {i}", "paragraphs": [seed_text]} for i in range(3)]
    doc = script.long_document(records, 3, script.Segmenter())
    assert all(doc["text"][t["start"]:t["end"]] == t["text"] for t in doc["tokens"])
    assert doc["text"].count("خبر ") >= 3
    out = extract_document(doc, RelationsParams())
    roles = {(r["subject"], r["title"], r["object"]) for r in out["relations"] if r["type"] == "role"}
    assert ("سید محمود حسینی پور", "استاندار", "مازندران") in roles
