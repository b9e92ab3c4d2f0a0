"""scripts/time_long_document.py builds a well-formed joined document the relations stage accepts."""
from pipeline.relations import RelationsParams, extract_document

GOVERNORS = (("سید محمود حسینی پور", "مازندران"), ("محمدعلی نجفی", "گیلان"), ("حسن رضایی", "کرمان"))


def test_joined_articles_keep_offsets_and_give_the_facts_of_each(script_module):
    script = script_module("time_long_document")
    records = [{"title": f"بازدید استاندار {place} از طرح‌های عمرانی",
                "paragraphs": [f"{name}، استاندار {place} گفت: طرح‌های عمرانی {place} امسال به پایان می‌رسد."]}
               for name, place in GOVERNORS]
    doc = script.long_document(records, 3, script.make_cleaner())
    assert doc["status"] == "ok"
    assert all(doc["text"][t["start"]:t["end"]] == t["text"] for t in doc["tokens"])
    out = extract_document(doc, RelationsParams())
    roles = {(r["subject"], r["title"], r["object"]) for r in out["relations"] if r["type"] == "role"}
    assert {(name, "استاندار", place) for name, place in GOVERNORS} <= roles
