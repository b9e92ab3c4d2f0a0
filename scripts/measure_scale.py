#!/usr/bin/env python3
"""Peak memory and time of the pipeline on the 900 Fars articles and on a corpus N× that size.

The N× corpus repeats the articles with a copy number added to each title, so no copy is a
duplicate of another and every one is processed. Each run is a separate process; its peak RSS
comes from getrusage. Results go to metrics/scale.json.

usage: python scripts/measure_scale.py [--corpora DIR (default: params.yaml data.corpora)] [--times 10] [--stages clean|all] [--out FILE]

--stages all runs the whole pipeline (run_pipeline, without the HTML report) and records the seconds of each
stage and the words per second as well.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pipeline.config import corpora_dir, load_params

REPO = Path(__file__).resolve().parent.parent

CHILD = """
import json, resource, sys
from pipeline.config import load_params
from pipeline.run import run_pipeline
from pipeline.stages import clean
if sys.argv[3] == "clean":
    result = {"documents": clean.run(sys.argv[1], sys.argv[2], load_params())}
else:
    summary = run_pipeline(sys.argv[1], sys.argv[2], write_report=False)
    result = {"documents": summary.documents, "words": summary.words,
              "words_per_second": round(summary.words / summary.seconds), "stage_seconds": summary.stage_seconds,
              "mentions": summary.mentions, "entities": summary.entities, "relations": summary.relations}
result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
print(json.dumps(result))
"""


def build_corpus(corpora: Path, times: int, dest: Path) -> int:
    records = []
    for path in sorted((corpora / "fars-news").glob("*.json")):
        records.extend(json.loads(path.read_text(encoding="utf-8")))
    dest.mkdir(parents=True, exist_ok=True)
    with (dest / "fars-x.jsonl").open("w", encoding="utf-8") as handle:
        for copy in range(times):
            for record in records:
                record = dict(record, title=f"{record.get('title', '')} ({copy})")
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(records) * times


def measure(input_path: Path, stages: str) -> dict:
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", CHILD, str(input_path), out, stages], cwd=REPO,
                              capture_output=True, text=True, check=True)
        seconds = round(time.perf_counter() - started, 1)  # the process's whole life, imports included
        return {"seconds": seconds, **json.loads(proc.stdout.strip().splitlines()[-1])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=corpora_dir(load_params(REPO / "params.yaml")),
                        help="the corpora folder (default: params.yaml data.corpora)")
    parser.add_argument("--times", type=int, default=10)
    parser.add_argument("--stages", choices=["clean", "all"], default="clean")
    parser.add_argument("--out", type=Path, default=REPO / "metrics" / "scale.json")
    args = parser.parse_args()
    results = {"stages": args.stages}
    results["fars_900"] = measure(args.corpora / "fars-news", args.stages)
    with tempfile.TemporaryDirectory() as tmp:
        n = build_corpus(args.corpora, args.times, Path(tmp))
        results[f"fars_{n}"] = measure(Path(tmp), args.stages)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
