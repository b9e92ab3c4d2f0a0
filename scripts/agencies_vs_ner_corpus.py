#!/usr/bin/env python3
"""Agencies the pipeline finds in PEYMA or ARMAN sentences, against the corpus' own ORG spans.

The Fars gold sets were annotated by us, and the rules were tuned on them; the NER corpora were annotated by
others, in other news. An agency the pipeline finds where the corpus tags no ORG is often an annotation gap
(ARMAN seldom tags «مجلس»), but the ones found by patterns show where a name runs on into the sentence
(«دانشگاه نبوده», «جنبش بدون رهبر»). Each sentence is run alone through the whole pipeline (clean, NER,
relations): PEYMA's dev split, or the 10% of ARMAN's training fold the NER was not trained on.

usage:
  python scripts/agencies_vs_ner_corpus.py [--corpus peyma|arman] [--file PATH] [--limit N] [--list METHOD_PREFIX]

Prints, per way an agency was found, how many overlap a corpus ORG span (one contains the other, spaces and
ZWNJ ignored), and with --list the ones that overlap none, with their sentence.
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))
from pipeline.config import load_params  # noqa: E402

CORPUS_FILES = {"peyma": ("evaluate_ner", "peyma_dev"), "arman": ("evaluate_ner", "arman_dev")}


def org_phrases(tokens: list[str], tags: list[str]) -> list[str]:
    """The ORG spans of one sentence, as text (tokens joined by spaces, as the sentence is)."""
    phrases, current = [], []
    for tok, tag in zip(tokens, tags):
        if tag.endswith("ORG") and tag.startswith("B"):
            if current:
                phrases.append(" ".join(current))
            current = [tok]
        elif tag.endswith("ORG") and tag.startswith("I") and current:
            current.append(tok)
        else:
            if current:
                phrases.append(" ".join(current))
            current = []
    if current:
        phrases.append(" ".join(current))
    return phrases


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", choices=sorted(CORPUS_FILES), default="peyma")
    ap.add_argument("--params", default=str(REPO_ROOT / "params.yaml"))
    ap.add_argument("--file", default=None,
                    help="the corpus file (default: data.corpora / evaluate_ner's split in the params file)")
    ap.add_argument("--limit", type=int, default=None, help="first N sentences only")
    ap.add_argument("--list", metavar="METHOD_PREFIX", default=None,
                    help="list the agencies found this way (e.g. pattern:head) that overlap no ORG span")
    args = ap.parse_args(argv)

    from pipeline.api import extract
    from pipeline.lexicons import squash
    from pipeline.ner import NerParams, load_tagger
    from pipeline.ner.readers import read_conll

    params = load_params(args.params)
    section, key = CORPUS_FILES[args.corpus]
    path = Path(args.file) if args.file else \
        (Path(args.params).parent / params["data"]["corpora"] / params[section][key]).resolve()
    sentences = read_conll(path, args.corpus)
    if args.corpus == "arman":  # the 10% of ARMAN's training fold the NER was not trained on (evaluate_ner's --holdout)
        from pipeline.ner.data import split_arman

        sentences = split_arman(sentences)[1]
    sentences = sentences[:args.limit]
    tagger = load_tagger(NerParams.from_dict(params["ner"], base_dir=REPO_ROOT))
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    unsupported = []
    for tokens, tags in sentences:
        text = " ".join(tokens)
        orgs = [squash(p) for p in org_phrases(tokens, tags)]
        result = extract(text, args.params, tagger=tagger)
        for m in result.mentions:
            if m.domain != "agency":
                continue
            name = result.text[m.start:m.end]
            found = squash(name)
            overlaps = any(found in o or o in found for o in orgs if o)
            method = m.method.replace("+coref", "")
            counts[method][overlaps] += 1
            if not overlaps and args.list and method.startswith(args.list):
                unsupported.append((method, name, text))
    print(f"{args.corpus}: {path.name}, {len(sentences)} sentences; agencies per method: "
          "overlapping an ORG span / overlapping none")
    for method, c in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {method}: {c[True]} / {c[False]}")
    for method, name, text in unsupported:
        print(f"{method}\t{name}\t{text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
