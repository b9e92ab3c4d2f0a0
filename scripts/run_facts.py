#!/usr/bin/env python3
"""The facts of a pipeline run, one line each, and what changed between two runs.

A rule change is checked on every article, not only the gold ones: snapshot the run before the change, rerun,
and list the facts that appeared or went away (the «all 900 articles: …» counts in commit messages and
docs/relations_rules.md come from this).

usage:
  python scripts/run_facts.py RUN_DIR > before.tsv             # e.g. data/eval/fars after `dvc repro`
  python scripts/run_facts.py RUN_DIR --against before.tsv     # lines only before (-) or only now (+), counts
  … --hide eval/blind_gold.jsonl --hide eval/blind2_gold.jsonl --hide eval/rest_gold.jsonl  # unseen articles: counted, never shown

A fact line is tab-separated: the document's source, the kind (agency, official, province: an entity's name;
role, agreement: subject, title or type, object). With --hide, the articles a gold file lists are one line each,
a digest of their facts (kind «hidden»): a change there is counted, and what changed stays unread, so a set kept
blind stays blind while every other article is checked. Both runs of a comparison take the same --hide files.
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
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


HIDDEN = "hidden"


def hidden_documents(gold_files: list[Path]) -> set[str]:
    """The articles («doc» keys) the gold files list."""
    return {json.loads(line)["doc"] for path in gold_files
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def mask(facts: list[str], hidden: set[str]) -> list[str]:
    """The fact lines with each hidden article's facts replaced by one digest line."""
    kept, by_doc = [], collections.defaultdict(list)
    for fact in facts:
        doc = fact.split("\t", 1)[0]
        (by_doc[doc] if doc in hidden else kept).append(fact)
    digests = [f"{doc}\t{HIDDEN}\t{hashlib.sha1(''.join(sorted(lines)).encode()).hexdigest()[:16]}"
               for doc, lines in by_doc.items()]
    return sorted(kept + digests)


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
    parser.add_argument("--hide", type=Path, action="append", default=[], metavar="GOLD.jsonl",
                        help="a gold file whose articles' facts are only counted (repeatable; use it for the blind sets)")
    args = parser.parse_args(argv)
    if not table_path(args.run_dir, "documents").exists():
        parser.error(f"{args.run_dir} holds no documents.parquet: give the folder a pipeline run wrote its tables to")
    missing = [str(p) for p in args.hide if not p.is_file()]
    if missing:
        parser.error(f"--hide {', '.join(missing)}: no such gold file")
    facts = mask(run_facts(args.run_dir), hidden_documents(args.hide))
    if args.against is None:
        sys.stdout.write("".join(f + "\n" for f in facts))
        return 0
    if not args.against.is_file():
        parser.error(f"--against {args.against}: no such snapshot file")
    before = args.against.read_text(encoding="utf-8").splitlines()
    masked_before = any(f"\t{HIDDEN}\t" in line for line in before)
    if bool(args.hide) != masked_before:
        parser.error(f"--against {args.against} was written {'with' if masked_before else 'without'} --hide: give "
                     "both runs the same --hide files, or the hidden articles' facts would show")
    lines, counts = changes(before, facts)
    hidden_lines = {line for line in lines if f"\t{HIDDEN}\t" in line}
    sys.stdout.write("".join(line + "\n" for line in lines if line not in hidden_lines))
    sys.stdout.flush()  # the summary on stderr comes after the lines
    parts = [f"{sign}{n} {kind}" for (sign, kind), n in sorted(counts.items()) if kind != HIDDEN]
    changed = {line[2:].split("\t", 1)[0] for line in hidden_lines}  # («+ doc\thidden\tdigest»)
    if changed:
        parts.append(f"{len(changed)} hidden article(s) changed")
    summary = ", ".join(parts) or "no change"
    print(f"# {len(before)} facts before, {len(facts)} now: {summary}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
