"""eval/*_gold.jsonl: the gold sets the relation figures are reported on (eval/README.md)."""
import dataclasses
import json
from pathlib import Path

import pytest

from pipeline.stages.evaluate_relations import EvaluateRelationsParams

ROOT = Path(__file__).resolve().parents[1]
# the project's gold sets, as the evaluation stage scores them (not the seed's, which lives in ../shared)
GOLD_FILES = [field.default for field in dataclasses.fields(EvaluateRelationsParams)
              if field.name.endswith("gold") and field.name != "seed_gold"]
SLOTS = {"officials", "provinces", "agencies", "roles", "agreements"}
AGREEMENT_TYPES = {"تفاهم‌نامه", "قرارداد", "موافقت‌نامه", "توافق"}


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (ROOT / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_set_the_stage_scores_is_checked():
    assert len(GOLD_FILES) == 5 and all((ROOT / name).is_file() for name in GOLD_FILES)


@pytest.mark.parametrize("name", GOLD_FILES)
def test_every_gold_line_has_the_scorers_slots(name):
    for row in _rows(name):
        assert SLOTS <= set(row), (name, row["doc"])
        assert all(isinstance(forms, list) and forms for forms in row["officials"] + row["agencies"]), row["doc"]
        assert all({"person", "title", "org"} <= set(r) for r in row["roles"]), row["doc"]
        assert all(a["type"] in AGREEMENT_TYPES for a in row["agreements"]), row["doc"]


def test_no_article_is_in_two_sets():
    """A held-out figure means something only if its articles are in no set the rules were tuned on."""
    seen: dict[str, str] = {}
    for name in GOLD_FILES:
        for row in _rows(name):
            assert row["doc"] not in seen, f"{row['doc']} is in {seen.get(row['doc'])} and {name}"
            seen[row["doc"]] = name
    sources: dict[str, str] = {}
    for name in GOLD_FILES:  # the corpus repeats a few articles under a second record: one set holds each article
        for row in _rows(name):
            if row.get("source"):
                assert row["source"] not in sources or sources[row["source"]] == name, (row["doc"], name)
                sources[row["source"]] = name
