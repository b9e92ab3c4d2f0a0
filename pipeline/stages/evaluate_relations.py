"""Stage `evaluate_relations`: run the pipeline on the Fars articles and score it against eval/dev_gold.jsonl.

The same run is scored against eval/tune_gold.jsonl (a second tuning set), eval/blind_gold.jsonl and
eval/blind2_gold.jsonl, the sets no rule was tuned on, and eval/rest_gold.jsonl, the articles of the corpus in no
other set (eval/README.md). Also scores the main job's seed tables against the seed's gold facts. Uses the maintainers'
scorer (`score_relations.py`, path in params) so our figures are the ones they compute.
"""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from pipeline.config import DataParams, build, resolve, section


@dataclass(frozen=True)
class EvaluateRelationsParams:
    input: str = "../shared/corpora/fars-news"
    gold: str = "eval/dev_gold.jsonl"
    tables: str = "data/eval/fars"
    scorer: str = "../shared/eval/score_relations.py"
    seed_gold: str = "../shared/seeds/000_ab529479935ecf1d.gold.jsonl"
    metrics: str = "metrics/relations_dev.json"
    blind_gold: str = "eval/blind_gold.jsonl"
    blind_metrics: str = "metrics/relations_blind.json"
    blind2_gold: str = "eval/blind2_gold.jsonl"
    blind2_metrics: str = "metrics/relations_blind2.json"
    rest_gold: str = "eval/rest_gold.jsonl"
    rest_metrics: str = "metrics/relations_rest.json"
    tune_gold: str = "eval/tune_gold.jsonl"
    tune_metrics: str = "metrics/relations_tune.json"
    seed_metrics: str = "metrics/relations_seed.json"


def score(scorer: Path, tables_dir: Path, gold: Path) -> dict:
    """Run the maintainers' scorer and return its JSON figures."""
    proc = subprocess.run([sys.executable, str(scorer), str(tables_dir), str(gold), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run(params: dict, skip_pipeline: bool = False) -> dict:
    from pipeline.run import run_pipeline

    base = params["_base_dir"]
    options = build("evaluate_relations", EvaluateRelationsParams, params.get("evaluate_relations"))
    data = section(params, "data", DataParams)
    tables = resolve(base, options.tables)
    if not skip_pipeline:
        run_pipeline(resolve(base, options.input), tables, Path(base) / "params.yaml")
    results = {}
    for tables_dir, gold, out in ((tables, options.gold, options.metrics),
                                  (tables, options.tune_gold, options.tune_metrics),
                                  (tables, options.blind_gold, options.blind_metrics),
                                  (tables, options.blind2_gold, options.blind2_metrics),
                                  (tables, options.rest_gold, options.rest_metrics),
                                  (resolve(base, data.tables), options.seed_gold, options.seed_metrics)):
        figures = score(resolve(base, options.scorer), tables_dir, resolve(base, gold))
        out_path = resolve(base, out)
        out_path.parent.mkdir(parents=True, exist_ok=True)
        out_path.write_text(json.dumps(figures, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        results[out] = figures
    return results


def main(argv=None) -> None:
    from pipeline.stages._cli import parse

    params = parse(__doc__, argv)
    for name, figures in run(params).items():
        summary = {k: round(v["f1"], 3) for k, v in figures.items() if isinstance(v, dict)}
        print(name, json.dumps(summary, ensure_ascii=False))


if __name__ == "__main__":
    main()
