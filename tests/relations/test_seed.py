"""The seed document end to end: with empty NER and with plausible (imperfect) NER output,
checked fact by fact and with the maintainers' scorer (every category must be 1.0)."""
import pytest
from conftest import SEED_STEM, SHARED, make_doc, ner_mention
from scoring import SCORER, score, write_run

from pipeline.relations import RelationsParams, extract_document

GOLD = SHARED / "seeds" / f"{SEED_STEM}.gold.jsonl"


def plausible_ner(doc):
    """What an ~85 F1 tagger gives: right spans, a truncated name, an over-long ORG, a missed ORG."""
    return [
        ner_mention(doc, "فیروزآبادی", "PER", 0),
        ner_mention(doc, "خبرگزاری فارس", "ORG", 0),
        ner_mention(doc, "مرکز ملی فضای مجازی", "ORG", 0),
        ner_mention(doc, "سید ابوالحسن فیروزآبادی", "PER", 0),
        ner_mention(doc, "استانداری مازندران ضمن", "ORG", 0),
        ner_mention(doc, "سید محمود حسینی", "PER", 0),
        ner_mention(doc, "مازندران", "LOC", 1),
        ner_mention(doc, "شورایعالی فضای مجازی کشور", "ORG", 0),
        ner_mention(doc, "16 تیر 1403", "DAT", 0),
    ]


@pytest.fixture(params=["empty_ner", "plausible_ner"])
def seed_run(request, seed_text):
    doc = make_doc(seed_text, doc_id="seed-doc")
    if request.param == "plausible_ner":
        doc["mentions"] = plausible_ner(doc)
    doc["source"] = f"{SEED_STEM}.txt"
    return doc, extract_document(doc, RelationsParams())


def test_seed_facts(seed_run):
    doc, out = seed_run
    roles = {(r["subject"], r["title"], r["object"]) for r in out["relations"] if r["type"] == "role"}
    assert roles == {("سید ابوالحسن فیروزآبادی", "دبیر", "شورایعالی فضای مجازی"),
                     ("سید ابوالحسن فیروزآبادی", "رئیس", "مرکز ملی فضای مجازی"),
                     ("سید محمود حسینی پور", "استاندار", "مازندران")}
    (agreement,) = [r for r in out["relations"] if r["type"] == "agreement"]
    assert {agreement["subject"], agreement["object"]} == {"مرکز ملی فضای مجازی", "استانداری مازندران"}
    assert agreement["agreement_type"] == "تفاهم‌نامه"
    provinces = {m["entity_key"] for m in out["mentions"] if m["domain"] == "province"}
    assert provinces == {"province:IR-02"}
    fars = [m for m in out["mentions"] if m["text"] == "خبرگزاری فارس"]
    assert fars and all(m["domain"] == "agency" for m in fars)
    assert not any(m["text"] == "فارس" and m["domain"] == "province" for m in out["mentions"])


def test_seed_mentions_respect_the_text_and_the_key_contract(seed_run):
    doc, out = seed_run
    for m in out["mentions"]:
        assert doc["text"][m["start"]:m["end"]] == m["text"]
        assert m["entity_key"] and m["entity_id"] is None
    firouzabadi = {m["entity_key"] for m in out["mentions"] if "فیروزآبادی" in m["text"] or m["text"] == "وی"
                   and m["entity_key"].startswith("PER:ابوالحسن")}
    assert firouzabadi == {"PER:ابوالحسنفیروزآبادی"}
    for r in out["relations"]:
        assert doc["text"][r["start"]:r["end"]] == r["evidence"]
        assert 0.0 < r["score"] <= 1.0 and r["method"]
        assert r["subject_key"] and r["object_key"] and r["relation_id"] is None


def test_seed_scores_one_in_every_category(seed_run, tmp_path):
    if not SCORER.exists():
        pytest.skip("shared scorer not available")
    doc, out = seed_run
    write_run(tmp_path, [doc], [out])
    result = score(tmp_path, GOLD)
    assert result["missing_docs"] == []
    for category in ("officials", "provinces", "agencies", "roles", "agreements"):
        assert result[category]["f1"] == 1.0, (category, result[category])


def test_seed_is_deterministic(seed_run):
    doc, out = seed_run
    again = extract_document(doc, RelationsParams())
    assert again == out
