"""Python API: extract(text) gives the pipeline's own results as typed records."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.api import Entity, Mention, Relation, Result, extract, read_result, same_relations

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "000_ab529479935ecf1d.txt"


def test_read_result_gives_typed_records_with_offsets(seed_tables):
    result = read_result(seed_tables)
    assert isinstance(result, Result) and result.status == "ok"
    assert all(isinstance(m, Mention) for m in result.mentions)
    assert all(isinstance(e, Entity) for e in result.entities)
    assert all(isinstance(r, Relation) for r in result.relations)
    for mention in result.mentions:
        assert result.text[mention.start:mention.end] == mention.text
    for relation in result.relations:
        assert result.text[relation.start:relation.end] == relation.evidence
    roles = {(r.subject, r.title, r.object) for r in result.relations if r.type == "role"}
    assert ("سید محمود حسینی پور", "استاندار", "مازندران") in roles
    assert {e.name for e in result.entities} >= {"مرکز ملی فضای مجازی", "مازندران"}


def test_raw_offsets_point_into_the_input(seed_tables):
    result = read_result(seed_tables)
    raw = SEED.read_text(encoding="utf-8")
    mention = next(m for m in result.mentions if m.text == "خبرگزاری فارس")
    start = result.raw_offset(mention.start)
    assert raw[start:start + len(mention.text)] == mention.text


def test_extract_matches_the_pipeline_run(real_run, params_file):
    seed_text = SEED.read_text(encoding="utf-8")
    from_api = extract(seed_text, params_file)
    from_run = read_result(real_run)
    assert from_api.text == from_run.text
    assert [(m.start, m.end, m.label, m.domain) for m in from_api.mentions] == \
           [(m.start, m.end, m.label, m.domain) for m in from_run.mentions]
    assert same_relations(from_api.relations, from_run.relations)


def test_read_result_unknown_doc(seed_tables):
    from pipeline.errors import SchemaError

    with pytest.raises(SchemaError):
        read_result(seed_tables, "nope")
