"""Score extract_document output with the maintainers' scorer (shared/eval/score_relations.py).

Used by the seed test and by dev_score.py: writes the four tables the scorer reads into a folder
through pipeline.schema, runs the scorer with --json and returns its result.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Sequence

from pipeline.entities import resolve_entities
from pipeline.schema import write_table

SCORER = Path(__file__).resolve().parents[3] / "shared" / "eval" / "score_relations.py"


def write_run(out_dir: Path, docs: Sequence[dict], outputs: Sequence[dict]) -> list[dict]:
    """docs: {doc_id, source, text}; outputs: extract_document results in the same order.
    Returns the entity rows (the scorer names mentions by their entity)."""
    mentions = [m for out in outputs for m in out["mentions"]]
    relations = [r for out in outputs for r in out["relations"]]
    entities, mention_ids, relation_ids = resolve_entities(mentions, relations)
    for m, eid in zip(mentions, mention_ids):
        m["entity_id"] = eid
    for r, (sid, oid) in zip(relations, relation_ids):
        r["subject_id"], r["object_id"] = sid, oid
    write_table(out_dir, "documents", [{"doc_id": d["doc_id"], "source": d["source"], "text": d["text"],
                                        "status": "ok"} for d in docs])
    write_table(out_dir, "mentions", mentions)
    write_table(out_dir, "relations", relations)
    write_table(out_dir, "entities", entities)
    return entities


def score(out_dir: Path, gold: Path) -> dict:
    result = subprocess.run([sys.executable, str(SCORER), str(out_dir), str(gold), "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)
