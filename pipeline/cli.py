"""Command line: `python -m pipeline run --input PATH --out DIR [--params FILE]` (also `persian-ie`)."""
from __future__ import annotations

import argparse
import logging
import sys

from pipeline.errors import PipelineError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline",
                                     description="Persian named-entity and relation extraction to Parquet tables.")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run the whole pipeline on a file or folder (no DVC needed)",
                         description="Clean, tag, type and relate every input document; write Parquet tables.")
    run.add_argument("--input", required=True, help="input file or folder (.txt .md .json .jsonl .html .parquet)")
    run.add_argument("--out", required=True, help="output folder for the tables (documents.parquet, …)")
    run.add_argument("--params", default=None,
                     help="a params file, kept anywhere, listing the options it changes; relative paths in it are "
                          "read from its folder (default: the repository's params.yaml)")
    run.add_argument("--interim", default=None, help="folder for hand-over tables (default: OUT/_interim)")
    run.add_argument("--strict", action="store_true", help="exit non-zero if any document failed or is partial")
    run.add_argument("--no-progress", action="store_true", help="no progress bars")
    return parser


def main(argv=None) -> None:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    if args.command == "run":
        from pipeline.run import run_pipeline

        try:
            summary = run_pipeline(args.input, args.out, args.params, args.interim,
                                   progress=not args.no_progress and sys.stderr.isatty())
        except PipelineError as exc:
            print(f"error: {exc}", file=sys.stderr)
            sys.exit(2)
        print(summary.format())
        failed = summary.documents.get("failed", 0)
        if summary.n_documents and failed == summary.n_documents:
            sys.exit(1)
        if args.strict and (failed or summary.documents.get("partial", 0)):
            sys.exit(1)
