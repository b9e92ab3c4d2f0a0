#!/usr/bin/env python3
"""Run the pipeline on a probe set of short news texts and score it with the maintainers' scorer.

A probe set (eval/probes/*.jsonl) is a gold file in the guidelines' format whose records also carry their
"text": snippets written for testing, not real articles (eval/README.md, Probe sets). Each record's text is
written to WORK/in/<doc>.txt, the pipeline runs on that folder (tables in WORK/tables), and the scorer named in
params.yaml (evaluate_relations.scorer) scores the tables against the records.

usage:
  python scripts/score_probes.py eval/probes/agreements.jsonl            # figures, as the scorer prints them
  python scripts/score_probes.py eval/probes/*.jsonl --misses            # and, per snippet, what differs
  python scripts/score_probes.py FILE --work DIR                         # keep the texts and tables in DIR
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from pipeline.api import run  # noqa: E402
from pipeline.config import load_params  # noqa: E402
from pipeline.schema import read_table, rows  # noqa: E402

GOLD_FIELDS = ("doc", "officials", "provinces", "agencies", "roles", "agreements")


def read_probes(path: Path) -> list[dict]:
    """The records of a probe file; each must carry a doc id, a text and every gold field."""
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        record = json.loads(line)
        missing = [f for f in (*GOLD_FIELDS, "text") if f not in record]
        if missing:
            raise SystemExit(f"{path}:{n}: record lacks {', '.join(missing)}")
        records.append(record)
    return records


def load_scorer(scorer: Path):
    """The scorer as a module, for its matching functions (--misses)."""
    spec = importlib.util.spec_from_file_location("score_relations", scorer)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predicted(tables: Path) -> tuple[dict, dict]:
    """Per document source: the entity names by domain, and the relations."""
    source = {d["doc_id"]: Path(d["source"]).stem for d in rows(read_table(tables, "documents"))}
    names = {e["entity_id"]: e["name"] for e in rows(read_table(tables, "entities"))}
    mentions: dict[str, dict[str, set[str]]] = {}
    for m in rows(read_table(tables, "mentions")):
        if m["domain"]:
            mentions.setdefault(source[m["doc_id"]], {}).setdefault(m["domain"], set()).add(names[m["entity_id"]])
    relations: dict[str, list[dict]] = {}
    for r in rows(read_table(tables, "relations")):
        relations.setdefault(source[r["doc_id"]], []).append(r)
    return mentions, relations


def _unmatched(gold: list, pred: list, match) -> tuple[list, list]:
    """Gold items no prediction matches and predictions matched by no gold item (one to one, in order)."""
    used, missed = set(), []
    for g in gold:
        hit = next((j for j, p in enumerate(pred) if j not in used and match(p, g)), None)
        if hit is None:
            missed.append(g)
        else:
            used.add(hit)
    return missed, [p for j, p in enumerate(pred) if j not in used]


def misses(record: dict, mentions: dict, relations: list[dict], sr) -> list[str]:
    """What the run and the record disagree on: «-» a gold item missed, «+» a prediction no gold item matches."""
    lines = []
    for domain, field, match in (("official", "officials", sr.person_match), ("province", "provinces", sr.org_match),
                                 ("agency", "agencies", sr.org_match)):
        missed, extra = _unmatched(record[field], sorted(mentions.get(domain, ())),
                                   lambda p, g, m=match: any(m(p, a) for a in sr.alts(g)))
        lines += [f"  {domain} - {sr.alts(g)[0]}" for g in missed] + [f"  {domain} + {p}" for p in extra]
    roles = [(r["subject"], r["title"], r["object"]) for r in relations if r["type"] == "role"]
    missed, extra = _unmatched(record["roles"], roles, lambda p, g: (
        any(sr.person_match(p[0], a) for a in sr.alts(g["person"])) and any(sr.title_match(p[1], a) for a in
                                                                            sr.alts(g["title"]))
        and any(sr.org_match(p[2], a) for a in sr.alts(g["org"]))))
    lines += [f"  role - {' | '.join(sr.alts(g[k])[0] for k in ('person', 'title', 'org'))}" for g in missed]
    lines += [f"  role + {' | '.join(p)}" for p in extra]

    def party(p: str, forms) -> bool:
        return any(sr.org_match(p, f) or sr.person_match(p, f) for f in sr.alts(forms))

    agreements = [(r["subject"], r["object"], r["agreement_type"]) for r in relations if r["type"] == "agreement"]
    missed, extra = _unmatched(record["agreements"], agreements, lambda p, g: (
        (party(p[0], g["a"]) and party(p[1], g["b"])) or (party(p[1], g["a"]) and party(p[0], g["b"]))))
    lines += [f"  agreement - {sr.alts(g['a'])[0]} | {sr.alts(g['b'])[0]} | {g['type']}" for g in missed]
    lines += [f"  agreement + {' | '.join(p)}" for p in extra]
    return lines


def score_probe_file(path: Path, work: Path, scorer: Path, show_misses: bool) -> str:
    records = read_probes(path)
    (work / "in").mkdir(parents=True, exist_ok=True)
    for record in records:
        (work / "in" / f"{record['doc']}.txt").write_text(record["text"], encoding="utf-8")
    gold = work / "gold.jsonl"
    gold.write_text("".join(json.dumps({f: record[f] for f in GOLD_FIELDS}, ensure_ascii=False) + "\n"
                            for record in records), encoding="utf-8")
    run(work / "in", work / "tables")
    proc = subprocess.run([sys.executable, str(scorer), str(work / "tables"), str(gold)], capture_output=True,
                          text=True, check=True)
    report = [f"# {path} ({len(records)} snippets)", proc.stdout.rstrip()]
    if show_misses:
        sr = load_scorer(scorer)
        mentions, relations = predicted(work / "tables")
        for record in records:
            lines = misses(record, mentions.get(record["doc"], {}), relations.get(record["doc"], []), sr)
            if lines:
                report += [f"== {record['doc']}: {record['text'][:200]}".replace("\n", " / "), *lines]
    return "\n".join(report)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("probes", nargs="+", type=Path, help="probe files (eval/probes/*.jsonl)")
    parser.add_argument("--misses", action="store_true", help="list, per snippet, what the run and the record disagree on")
    parser.add_argument("--work", type=Path, help="folder for the texts and tables (default: a temporary one)")
    parser.add_argument("--params", type=Path, default=ROOT / "params.yaml")
    args = parser.parse_args(argv)
    scorer = (args.params.parent / load_params(args.params)["evaluate_relations"]["scorer"]).resolve()
    if not scorer.is_file():
        raise SystemExit(f"scorer not found: {scorer} (params.yaml evaluate_relations.scorer)")
    with tempfile.TemporaryDirectory() as tmp:
        for n, path in enumerate(args.probes):
            work = (args.work or Path(tmp)) / f"{n}_{path.stem}"
            print(score_probe_file(path, work, scorer, args.misses))


if __name__ == "__main__":
    main()
