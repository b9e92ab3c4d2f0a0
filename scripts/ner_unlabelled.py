"""Write unlabelled Fars News sentences for NER distillation: one sentence per line, tokens tab-separated.

usage: python scripts/ner_unlabelled.py OUT.tsv [--corpora ../shared/corpora] [--max-words 120000] [--seed 7]

Text goes through the pipeline's own normalisation and segmenter (pipeline.ner.data.article_sentence_words), so the student sees
the tokenisation it will meet in the pipeline. Articles are taken in a seeded random order until max-words.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    from pipeline.clean import make_normalizer
    from pipeline.ner.data import article_sentence_words
    from pipeline.segment import Segmenter

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--corpora", default="../shared/corpora")
    ap.add_argument("--max-words", type=int, default=120_000)
    ap.add_argument("--sentence-words", type=int, default=80, help="longer sentences are skipped")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    records = []
    for path in sorted((Path(a.corpora) / "fars-news").glob("fars-news-*.json")):
        records += json.loads(path.read_text(encoding="utf-8"))
    random.Random(a.seed).shuffle(records)
    norm, seg = make_normalizer(), Segmenter()
    n_words, lines = 0, []
    for rec in records:
        for words in article_sentence_words(rec, norm, seg):
            if 3 <= len(words) <= a.sentence_words:
                lines.append("\t".join(words))
                n_words += len(words)
        if n_words >= a.max_words:
            break
    Path(a.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} sentences, {n_words} words -> {a.out}")


if __name__ == "__main__":
    main()
