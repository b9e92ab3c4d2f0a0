#!/usr/bin/env python3
"""Time the relations stage on one long document made of the first N Fars articles joined.

Rules that compare every pair of names or scan every token per name grow faster than the text; this shows
how fast (no NER: lexicons and patterns only, the part whose cost the rules decide).

usage: python scripts/time_long_document.py [--corpus ../shared/corpora/fars-news/fars-news-1.json] N [N ...]
prints one line per N: articles, characters, tokens, seconds, mentions, relations.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from hazm import Normalizer  # noqa: E402

from pipeline.ingest import record_text  # noqa: E402
from pipeline.relations import RelationsParams, extract_document  # noqa: E402
from pipeline.segment import Segmenter  # noqa: E402


def long_document(records: list[dict], n: int, segmenter: Segmenter) -> dict:
    text = Normalizer().normalize("\n".join(record_text(r) for r in records[:n]))
    sent_spans, token_spans = segmenter.segment(text)
    return {"doc_id": f"joined-{n}", "text": text,
            "sentences": [{"sent_idx": i, "start": s.start, "end": s.end} for i, s in enumerate(sent_spans)],
            "tokens": [{"sent_idx": i, "tok_idx": j, "start": t.start, "end": t.end, "text": text[t.start:t.end]}
                       for i, toks in enumerate(token_spans) for j, t in enumerate(toks)]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(REPO.parent / "shared" / "corpora" / "fars-news" / "fars-news-1.json"))
    parser.add_argument("sizes", nargs="+", type=int, help="numbers of articles to join")
    args = parser.parse_args()
    path = Path(args.corpus)
    if not path.is_file():
        sys.exit(f"time_long_document: no corpus file at {path}; pass --corpus (scripts/fetch_corpora.py fetches it)")
    records = json.loads(path.read_text(encoding="utf-8"))
    segmenter = Segmenter()
    for n in args.sizes:
        doc = long_document(records, n, segmenter)
        started = time.perf_counter()
        out = extract_document(doc, RelationsParams())
        print(f"{n} articles, {len(doc['text'])} characters, {len(doc['tokens'])} tokens: "
              f"{time.perf_counter() - started:.1f} s, {len(out['mentions'])} mentions, {len(out['relations'])} relations",
              flush=True)


if __name__ == "__main__":
    main()
