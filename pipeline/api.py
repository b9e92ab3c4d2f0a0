"""Python API for notebooks and other programs: `extract(text)` for one text, `run(input, output)` for folders.

`extract` runs the very same pipeline as `python -m pipeline run` on a temporary folder holding the
text as one .txt document and reads the tables back, so its results can never differ from a run's.
Offsets are character offsets into `Result.text`, the cleaned text the pipeline works on (as in the
tables); `Result.raw_offset(i)` maps one back to the text that was passed in.
"""
from __future__ import annotations

import datetime
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

__all__ = ["Mention", "Entity", "Relation", "Result", "extract", "run", "read_result"]


@dataclass(frozen=True)
class Mention:
    """A span of Result.text tagged with an NER label (and domain when it is an official/province/agency)."""

    mention_id: str
    start: int
    end: int
    text: str
    label: str
    domain: str | None = None
    entity_id: str | None = None
    score: float | None = None
    sent_idx: int | None = None
    method: str | None = None


@dataclass(frozen=True)
class Entity:
    """A canonical entity the mentions resolve to."""

    entity_id: str
    name: str
    label: str
    domain: str | None = None
    aliases: tuple[str, ...] = ()
    attributes: dict = field(default_factory=dict)
    n_mentions: int | None = None


@dataclass(frozen=True)
class Relation:
    """A role (person – title – organisation/place) or agreement (party – party) with its evidence span."""

    relation_id: str
    type: str
    subject: str | None
    object: str | None
    subject_id: str | None = None
    object_id: str | None = None
    title: str | None = None
    title_canonical: str | None = None
    agreement_type: str | None = None
    date: str | None = None
    date_start: datetime.date | None = None
    date_end: datetime.date | None = None
    signatories: tuple[str, ...] = ()
    sent_idx: int | None = None
    start: int | None = None
    end: int | None = None
    evidence: str | None = None
    score: float | None = None
    method: str | None = None


@dataclass(frozen=True)
class Result:
    """What the pipeline found in one text; every offset refers to `text` (the cleaned text)."""

    text: str
    mentions: tuple[Mention, ...]
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    status: str = "ok"
    error: str | None = None
    offset_map: tuple[int, ...] = ()

    def raw_offset(self, index: int) -> int:
        """Offset in the text given to extract() of cleaned character `index`."""
        from pipeline.clean import raw_offset

        return raw_offset(list(self.offset_map), index)


def _pick(cls, row: dict, **overrides):
    names = cls.__dataclass_fields__
    values = {k: v for k, v in row.items() if k in names}
    values.update(overrides)
    return cls(**values)


def read_result(tables_dir: str | Path, doc_id: str | None = None) -> Result:
    """One document of a run's tables as a Result (the first document when doc_id is None)."""
    from pipeline.docstream import iter_rows
    from pipeline.errors import SchemaError
    from pipeline.schema import table_path

    tables_dir = Path(tables_dir)
    doc = next((d for d in iter_rows(table_path(tables_dir, "documents"), ["doc_id", "text", "status", "error",
                                                                           "offset_map"])
                if doc_id is None or d["doc_id"] == doc_id), None)
    if doc is None:
        raise SchemaError(f"document {doc_id!r} not in {tables_dir}")
    doc_id = doc["doc_id"]

    def rows(name: str) -> list[dict]:
        path = table_path(tables_dir, name)
        return [r for r in iter_rows(path) if r.get("doc_id") == doc_id] if path.exists() else []

    mentions = sorted(rows("mentions"), key=lambda m: (m["start"], m["end"], m["mention_id"]))
    relations = rows("relations")
    wanted = {m["entity_id"] for m in mentions} | {r[k] for r in relations for k in ("subject_id", "object_id")}
    entity_path = table_path(tables_dir, "entities")
    entities = [e for e in iter_rows(entity_path) if e["entity_id"] in wanted] if entity_path.exists() else []
    return Result(
        text=doc["text"] or "", status=doc["status"], error=doc["error"], offset_map=tuple(doc["offset_map"] or ()),
        mentions=tuple(_pick(Mention, m) for m in mentions),
        entities=tuple(_pick(Entity, e, aliases=tuple(e["aliases"] or ()), attributes=dict(e["attributes"] or []))
                       for e in sorted(entities, key=lambda e: e["entity_id"])),
        relations=tuple(_pick(Relation, r, signatories=tuple(r["signatories"] or ())) for r in relations))


def run(input: str | Path, output: str | Path, params: str | Path | None = None, *, progress: bool = False,
        tagger=None):
    """Run the whole pipeline on a file or folder; tables (and report) land in `output`. Returns the RunSummary.

    params: a params.yaml path (default: the repository's); relative paths in it are resolved from its folder.
    """
    from pipeline.run import run_pipeline

    return run_pipeline(input, output, params, progress=progress, tagger=tagger)


def extract(text: str, params: str | Path | None = None, *, tagger=None) -> Result:
    """Mentions, entities and relations in one text, exactly as a pipeline run would give them.

    tagger: an already loaded NER tagger to reuse across calls (see pipeline.ner.load_tagger).
    """
    with tempfile.TemporaryDirectory(prefix="persian-ie-") as tmp:
        input_dir = Path(tmp) / "input"
        input_dir.mkdir()
        (input_dir / "text.txt").write_text(text, encoding="utf-8")
        run(input_dir, Path(tmp) / "tables", params, tagger=tagger)
        return read_result(Path(tmp) / "tables")


def relation_key(relation: Relation) -> tuple:
    """What identifies a relation independently of ids and document: for comparing runs."""
    return (relation.type, relation.subject, relation.title or relation.agreement_type, relation.object,
            relation.start, relation.end)


def same_relations(a: Sequence[Relation], b: Sequence[Relation]) -> bool:
    return sorted(map(relation_key, a)) == sorted(map(relation_key, b))
