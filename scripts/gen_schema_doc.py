"""Write docs/schema.md (the data dictionary) from pipeline.schema, so the doc never drifts from the code.

    python scripts/gen_schema_doc.py                  # examples from the seed fixture (the committed doc)
    python scripts/gen_schema_doc.py --tables DIR     # examples from a run's tables
    python scripts/gen_schema_doc.py --check          # exit 1 if docs/schema.md is stale

The seed fixture is the real `clean` stage run on seeds/ plus hand-made mentions, entities and
relations at real offsets of the seed article; tests use the same fixture (build_seed_fixture).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DOC_PATH = REPO / "docs" / "schema.md"
EXAMPLE_CHARS = 48

TABLE_NOTES = {
    "documents": "One row per input document (also failed, empty and duplicate ones, with the reason in `error`).",
    "sentences": "Sentence spans of each `ok` document.",
    "tokens": "Word tokens of each sentence, with character offsets.",
    "mentions": "Entity mentions: NER spans with their domain typing and resolved entity.",
    "entities": "Canonical entities across the corpus (officials, provinces, agencies and other named things).",
    "relations": "Role (person – title – organisation/place) and agreement (party – party) relations with evidence.",
}

# (surface, n-th occurrence in the seed's cleaned text, label, domain, entity key, score)
SEED_MENTIONS = [
    ("فیروزآبادی", 0, "PER", "official", "سید ابوالحسن فیروزآبادی", 0.91),
    ("خبرگزاری فارس", 0, "ORG", "agency", "خبرگزاری فارس", 0.98),
    ("مرکز ملی فضای مجازی", 0, "ORG", "agency", "مرکز ملی فضای مجازی", 0.95),
    ("سید ابوالحسن فیروزآبادی", 0, "PER", "official", "سید ابوالحسن فیروزآبادی", 0.97),
    ("مرکز ملی فضای مجازی", 1, "ORG", "agency", "مرکز ملی فضای مجازی", 0.96),
    ("استانداری مازندران", 0, "ORG", "agency", "استانداری مازندران", 0.93),
    ("مازندران", 0, "LOC", "province", "مازندران", 0.88),
    ("شورایعالی فضای مجازی", 0, "ORG", "agency", "شورایعالی فضای مجازی", 0.9),
    ("سید محمود حسینی پور", 0, "PER", "official", "سید محمود حسینی پور", 0.94),
    ("مازندران", 1, "LOC", "province", "مازندران", 0.97),
    ("مرکز ملی فضای مجازی", 2, "ORG", "agency", "مرکز ملی فضای مجازی", 0.96),
    ("استانداری مازندران", 1, "ORG", "agency", "استانداری مازندران", 0.92),
    ("مازندران", 2, "LOC", "province", "مازندران", 0.85),
]
# (type, subject key, object key, title, agreement type, evidence = the sentence holding this (surface, n))
SEED_RELATIONS = [
    ("role", "سید ابوالحسن فیروزآبادی", "شورایعالی فضای مجازی", "دبیر", None, ("سید ابوالحسن فیروزآبادی", 0)),
    ("role", "سید ابوالحسن فیروزآبادی", "مرکز ملی فضای مجازی", "رئیس", None, ("سید ابوالحسن فیروزآبادی", 0)),
    ("role", "سید محمود حسینی پور", "مازندران", "استاندار", None, ("سید محمود حسینی پور", 0)),
    ("agreement", "مرکز ملی فضای مجازی", "استانداری مازندران", None, "تفاهم‌نامه", ("مرکز ملی فضای مجازی", 2)),
]
PROVINCE_ATTRIBUTES = {"مازندران": [("iso_code", "IR-02")]}


def _entity_id(domain: str, key: str) -> str:
    return f"{domain}:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def build_seed_fixture(tables_dir: Path) -> Path:
    """Seed tables for docs and tests: the real clean stage (default settings) + hand-made mentions and relations.

    Default settings rather than params.yaml, so the committed doc does not change with local tuning.
    """
    from pipeline.schema import read_table, write_table
    from pipeline.stages import clean as clean_stage

    tables_dir = Path(tables_dir)
    clean_stage.run(REPO / "seeds", tables_dir, {"_base_dir": str(REPO)})
    doc = read_table(tables_dir, "documents").to_pylist()[0]
    sentences = read_table(tables_dir, "sentences").to_pylist()
    text, doc_id = doc["text"], doc["doc_id"]

    def sent_of(pos: int) -> int:
        return next(s["sent_idx"] for s in sentences if s["start"] <= pos < s["end"])

    def find(surface: str, nth: int) -> int:
        pos = -1
        for _ in range(nth + 1):
            pos = text.find(surface, pos + 1)
            if pos < 0:
                raise ValueError(f"seed fixture: {surface!r} occurs fewer than {nth + 1} times in the cleaned "
                                 "seed text; update SEED_MENTIONS")
        return pos

    mentions, entities = [], {}
    for surface, nth, label, domain, key, score in SEED_MENTIONS:
        start = find(surface, nth)
        end = start + len(surface)
        entity_id = _entity_id(domain, key)
        mentions.append({"doc_id": doc_id, "mention_id": f"{doc_id}:{start}-{end}", "sent_idx": sent_of(start),
                         "start": start, "end": end, "text": surface, "label": label, "domain": domain,
                         "entity_id": entity_id, "score": score, "method": "fixture"})
        ent = entities.setdefault(entity_id, {"entity_id": entity_id, "name": key, "label": label, "domain": domain,
                                              "aliases": set(), "attributes": PROVINCE_ATTRIBUTES.get(key, []),
                                              "n_docs": 1, "n_mentions": 0})
        ent["aliases"].add(surface)
        ent["n_mentions"] += 1
    by_key = {e["name"]: e for e in entities.values()}
    relations = []
    for kind, subject, obj, title, agreement_type, anchor in SEED_RELATIONS:
        sent_idx = sent_of(find(*anchor))
        sent = sentences[sent_idx]
        rel_key = f"{doc_id}|{kind}|{subject}|{obj}|{title or agreement_type}"
        relations.append({"relation_id": hashlib.sha256(rel_key.encode("utf-8")).hexdigest()[:16], "doc_id": doc_id,
                          "type": kind, "subject_id": by_key[subject]["entity_id"], "subject": subject,
                          "object_id": by_key[obj]["entity_id"], "object": obj, "title": title,
                          "agreement_type": agreement_type, "date": None, "signatories": [],
                          "sent_idx": sent_idx, "start": sent["start"], "end": sent["end"],
                          "evidence": text[sent["start"]:sent["end"]], "score": 0.8, "method": "fixture"})
    entity_rows = [{**e, "aliases": sorted(e["aliases"])} for e in sorted(entities.values(), key=lambda e: e["entity_id"])]
    write_table(tables_dir, "mentions", mentions)
    write_table(tables_dir, "entities", entity_rows)
    write_table(tables_dir, "relations", relations)
    return tables_dir


def _format_example(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, date):
        text = value.isoformat()
    elif isinstance(value, float):
        text = f"{value:.3g}"
    elif isinstance(value, (list, tuple)):
        items = [list(v) if isinstance(v, tuple) else v for v in value]
        text = json.dumps(items[:6] + (["…"] if len(items) > 6 else []), ensure_ascii=False)
    elif isinstance(value, str):
        text = value
    else:
        text = str(value)
    text = re.sub(r"\s+", " ", text)
    if len(text) > EXAMPLE_CHARS:
        text = text[:EXAMPLE_CHARS].rstrip() + "…"
    return "`" + text.replace("`", "'").replace("|", "\\|") + "`"


def table_examples(tables_dir: Path, name: str) -> dict[str, object]:
    """First non-null (and non-empty) value of each column, so every row of the doc shows something real."""
    import pyarrow.parquet as pq

    from pipeline.schema import table_path

    path = table_path(tables_dir, name)
    if not path.exists():
        return {}
    examples: dict[str, object] = {}
    for batch in pq.ParquetFile(path).iter_batches(batch_size=1000):
        for row in batch.to_pylist():
            for key, value in row.items():
                if key not in examples and value not in (None, "", [], ()):
                    examples[key] = value
        if len(examples) == batch.num_columns:
            break
    return examples


def type_name(arrow_type) -> str:
    """Readable Arrow type; list/map child names (`item` vs Parquet's `element`) are left out."""
    import pyarrow as pa

    if pa.types.is_list(arrow_type) or pa.types.is_large_list(arrow_type):
        return f"list<{type_name(arrow_type.value_type)}>"
    if pa.types.is_map(arrow_type):
        return f"map<{type_name(arrow_type.key_type)}, {type_name(arrow_type.item_type)}>"
    return str(arrow_type)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(examples: dict[str, dict[str, object]], source: str) -> str:
    """The whole markdown document; pure, so --check can compare it byte for byte."""
    from pipeline.schema import AGREEMENT_TYPES, DOC_STATUSES, DOMAINS, LABELS, RELATION_TYPES, TABLES

    lines = ["# Data dictionary", "",
             "<!-- Generated by scripts/gen_schema_doc.py from pipeline/schema.py; do not edit by hand. -->", "",
             "Every run writes these Parquet tables (one file each, `<table>.parquet`, in `data.tables` of "
             "params.yaml). Character offsets (`start`, `end`) always refer to `documents.text`, the cleaned "
             "text, and are Python string indices (code points); `end` is exclusive. "
             f"Examples are taken from {source}.", "",
             "Value sets:", "",
             f"- NER labels: {', '.join(f'`{x}`' for x in LABELS)}",
             f"- Domains: {', '.join(f'`{x}`' for x in DOMAINS)}",
             f"- Document statuses: {', '.join(f'`{x}`' for x in DOC_STATUSES)}",
             f"- Relation types: {', '.join(f'`{x}`' for x in RELATION_TYPES)}",
             f"- Agreement types: {', '.join(f'`{x}`' for x in AGREEMENT_TYPES)}", "",
             "Tables: " + ", ".join(f"[{name}](#{name})" for name in TABLES), ""]
    for name, schema in TABLES.items():
        lines += [f"## {name}", "", f"`{name}.parquet` — {TABLE_NOTES.get(name, '')}", "",
                  "| column | type | nullable | meaning | example |", "|---|---|---|---|---|"]
        table_ex = examples.get(name, {})
        for field in schema:
            meaning = (field.metadata or {}).get(b"description", b"").decode("utf-8")
            lines.append(f"| `{field.name}` | `{type_name(field.type)}` | {'yes' if field.nullable else 'no'} | "
                         f"{_cell(meaning)} | {_format_example(table_ex.get(field.name))} |")
        lines.append("")
    return "\n".join(lines)


def documented_columns(markdown: str) -> dict[str, list[tuple[str, str]]]:
    """Parse the doc back into {table: [(column, type)]}, for tests comparing it with written tables."""
    out: dict[str, list[tuple[str, str]]] = {}
    current = None
    for line in markdown.splitlines():
        if line.startswith("## "):
            current = line[3:].strip()
            out[current] = []
        elif current and line.startswith("| `"):
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
            out[current].append((cells[0].strip("`"), cells[1].strip("`")))
    return out


def generate(tables_dir: Path | None) -> str:
    from pipeline.schema import TABLES

    if tables_dir is not None:
        return render({name: table_examples(Path(tables_dir), name) for name in TABLES}, "the given run")
    with tempfile.TemporaryDirectory() as tmp:
        build_seed_fixture(Path(tmp))
        return render({name: table_examples(Path(tmp), name) for name in TABLES},
                      "the seed article (`seeds/`; mentions, entities and relations hand-made at real offsets)")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Generate docs/schema.md from pipeline.schema.")
    parser.add_argument("--tables", type=Path, default=None, help="take examples from this run's tables")
    parser.add_argument("--out", type=Path, default=DOC_PATH)
    parser.add_argument("--check", action="store_true", help="fail if the file differs from what would be written")
    args = parser.parse_args(argv)
    text = generate(args.tables)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is stale: run `python scripts/gen_schema_doc.py` and commit it", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date")
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
