"""Small accessors over extract_document output, so tests read as facts."""
from __future__ import annotations

from conftest import make_doc, ner_mention

from pipeline.relations import RelationsParams, extract_document


def run(text: str, mentions=None, params: RelationsParams | None = None, **doc_kw) -> dict:
    doc = make_doc(text, **doc_kw)
    if callable(mentions):
        doc["mentions"] = mentions(doc)
    return extract_document(doc, params or RelationsParams())


def tagged(**surfaces_by_label):
    """A `mentions` factory for run(): the NER tags the first occurrence of each surface with its label —
    run(text, mentions=tagged(PER=["علی رضایی"], ORG=["جیش محمد"]))."""
    def factory(doc: dict) -> list[dict]:
        return [ner_mention(doc, surface, label) for label, surfaces in surfaces_by_label.items() for surface in surfaces]
    return factory


def names(out: dict, domain: str) -> set[str]:
    """Canonical in-document names (via entity_key → fullest surface) of one domain."""
    by_key: dict[str, str] = {}
    for m in out["mentions"]:
        if m["domain"] == domain:
            by_key.setdefault(m["entity_key"], m["text"])
            if len(m["text"]) > len(by_key[m["entity_key"]]):
                by_key[m["entity_key"]] = m["text"]
    return set(by_key.values())


def keys(out: dict, domain: str) -> set[str]:
    return {m["entity_key"] for m in out["mentions"] if m["domain"] == domain}


def person_keys(out: dict) -> set[str]:
    """Entity keys of every person mention, official or not."""
    return {m["entity_key"] for m in out["mentions"] if m["label"] == "PER"}


def roles(out: dict) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["title"], r["object"]) for r in out["relations"] if r["type"] == "role"}


def agreements(out: dict) -> set[tuple[frozenset, str]]:
    return {(frozenset((r["subject"], r["object"])), r["agreement_type"])
            for r in out["relations"] if r["type"] == "agreement"}
