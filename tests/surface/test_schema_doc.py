"""docs/schema.md is generated from pipeline.schema and matches the tables runs actually write."""
from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from pipeline.schema import TABLES, table_path

REPO = Path(__file__).resolve().parents[2]


def test_doc_is_up_to_date(gen_schema_doc):
    assert gen_schema_doc.main(["--check"]) == 0, "run `python scripts/gen_schema_doc.py` and commit docs/schema.md"


def test_check_mode_detects_a_stale_doc(gen_schema_doc, tmp_path):
    stale = tmp_path / "schema.md"
    stale.write_text((REPO / "docs" / "schema.md").read_text(encoding="utf-8").replace("| `doc_id` |", "| `docid` |", 1),
                     encoding="utf-8")
    assert gen_schema_doc.main(["--check", "--out", str(stale)]) == 1


def test_doc_lists_every_table_and_column_of_the_schema(gen_schema_doc):
    documented = gen_schema_doc.documented_columns((REPO / "docs" / "schema.md").read_text(encoding="utf-8"))
    assert list(documented) == list(TABLES)
    for name, schema in TABLES.items():
        assert documented[name] == [(f.name, gen_schema_doc.type_name(f.type)) for f in schema]


def _check_written(gen_schema_doc, tables_dir: Path):
    documented = gen_schema_doc.documented_columns((REPO / "docs" / "schema.md").read_text(encoding="utf-8"))
    for name in TABLES:
        written = pq.read_schema(table_path(tables_dir, name))
        assert [(f.name, gen_schema_doc.type_name(f.type)) for f in written] == documented[name], name


def test_seed_fixture_tables_match_the_doc(gen_schema_doc, seed_tables):
    _check_written(gen_schema_doc, seed_tables)


def test_real_run_tables_match_the_doc(gen_schema_doc, real_run):
    _check_written(gen_schema_doc, real_run)


def test_examples_from_a_run(gen_schema_doc, seed_tables):
    text = gen_schema_doc.generate(seed_tables)
    assert "Examples are taken from the given run." in text
    assert "`سید ابوالحسن فیروزآبادی`" in text
