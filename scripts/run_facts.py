#!/usr/bin/env python3
"""The facts of a pipeline run, one line each, and what changed between two runs.

A rule change is checked on every article, not only the gold ones: snapshot the run before the change, rerun,
and list the facts that appeared or went away (the «all 900 articles: …» counts in commit messages and
docs/relations.md come from this).

usage:
  python scripts/run_facts.py RUN_DIR > before.tsv             # e.g. data/eval/fars after `dvc repro`
  python scripts/run_facts.py RUN_DIR --against before.tsv     # lines only before (-) or only now (+), counts

A fact line is tab-separated: the document's source, the kind (agency, official, province: an entity's name;
role, agreement: subject, title or type, object).
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path, PurePath

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pipeline.schema import read_table, rows, table_path  # noqa: E402


def run_facts(run_dir: Path) -> list[str]:
    """Sorted fact lines of the run's tables (documents, entities, mentions, relations)."""
    source = {d["doc_id"]: PurePath(d["source"]).name for d in rows(read_table(run_dir, "documents"))}
    names = {e["entity_id"]: e["name"] for e in rows(read_table(run_dir, "entities"))}
    facts: set[str] = set()
    for m in rows(read_table(run_dir, "mentions", ["doc_id", "entity_id", "domain"])):
        if m["domain"]:
            facts.add(f'{source[m["doc_id"]]}\t{m["domain"]}\t{names.get(m["entity_id"])}')
    for r in rows(read_table(run_dir, "relations", ["doc_id", "type", "subject", "title", "agreement_type", "object"])):
        kind = r["title"] if r["type"] == "role" else r["agreement_type"]  # (an agreement has no title)
        facts.add(f'{source[r["doc_id"]]}\t{r["type"]}\t{r["subject"]}\t{kind}\t{r["object"]}')
    return sorted(facts)


def changes(before: list[str], after: list[str]) -> tuple[list[str], collections.Counter]:
    """Lines «- fact» (gone) and «+ fact» (new) in document order, and their count per (sign, kind)."""
    old, new = set(before), set(after)
    lines = sorted([("-", f) for f in old - new] + [("+", f) for f in new - old], key=lambda x: (x[1], x[0]))
    counts = collections.Counter((sign, fact.split("\t")[1]) for sign, fact in lines)
    return [f"{sign} {fact}" for sign, fact in lines], counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run_dir", type=Path, help="a pipeline output folder (documents/entities/mentions/relations)")
    parser.add_argument("--against", type=Path, help="an earlier snapshot written by this script")
    args = parser.parse_args(argv)
    if not table_path(args.run_dir, "documents").exists():
        parser.error(f"{args.run_dir} holds no documents.parquet: give the folder a pipeline run wrote its tables to")
    facts = run_facts(args.run_dir)
    if args.against is None:
        sys.stdout.write("".join(f + "\n" for f in facts))
        return 0
    if not args.against.is_file():
        parser.error(f"--against {args.against}: no such snapshot file")
    before = args.against.read_text(encoding="utf-8").splitlines()
    lines, counts = changes(before, facts)
    sys.stdout.write("".join(line + "\n" for line in lines))
    sys.stdout.flush()  # the summary on stderr comes after the lines
    summary = ", ".join(f"{sign}{n} {kind}" for (sign, kind), n in sorted(counts.items())) or "no change"
    print(f"# {len(before)} facts before, {len(facts)} now: {summary}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
