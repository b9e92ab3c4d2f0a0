#!/usr/bin/env python3
"""Time the relations stage on one long document made of the first N Fars articles joined.

Rules that compare every pair of names or scan every token per name grow faster than the text; this shows
how fast (no NER: lexicons and patterns only, the part whose cost the rules decide).

usage: python scripts/time_long_document.py [--corpus ../shared/corpora/fars-news/fars-news-1.json] N [N ...]
prints one line per N: articles, characters, tokens, seconds, mentions, relations.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline.config import CleanParams, load_params, section  # noqa: E402
from pipeline.ingest import RawDocument, record_text  # noqa: E402
from pipeline.relations import RelationsParams, extract_document  # noqa: E402
from pipeline.stages.clean import DocumentCleaner  # noqa: E402


def make_cleaner() -> DocumentCleaner:
    """The clean stage's own cleaner with the project's params (text, sentences and tokens as a run makes them)."""
    params = load_params()
    return DocumentCleaner(section(params, "clean", CleanParams), params["_base_dir"])


def long_document(records: list[dict], n: int, cleaner: DocumentCleaner) -> dict:
    raw = "\n".join(record_text(r) for r in records[:n])
    row, sentences, tokens = cleaner.process(RawDocument(f"joined-{n}", raw, hashlib.sha256(raw.encode()).hexdigest()))
    return {**row, "sentences": sentences, "tokens": tokens}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(REPO.parent / "shared" / "corpora" / "fars-news" / "fars-news-1.json"))
    parser.add_argument("sizes", nargs="+", type=int, help="numbers of articles to join")
    args = parser.parse_args()
    path = Path(args.corpus)
    if not path.is_file():
        sys.exit(f"time_long_document: no corpus file at {path}; pass --corpus (scripts/fetch_corpora.py fetches it)")
    records = json.loads(path.read_text(encoding="utf-8"))
    cleaner = make_cleaner()
    for n in args.sizes:
        doc = long_document(records, n, cleaner)
        started = time.perf_counter()
        out = extract_document(doc, RelationsParams())
        print(f"{n} articles, {len(doc['text'])} characters, {len(doc['tokens'])} tokens: "
              f"{time.perf_counter() - started:.1f} s, {len(out['mentions'])} mentions, {len(out['relations'])} relations",
              flush=True)


if __name__ == "__main__":
    main()
