#!/usr/bin/env python3
"""Agencies (or, with --officials, officials) the pipeline finds in PEYMA or ARMAN sentences, against the corpus'
own ORG (PER) spans.

The Fars gold sets were annotated by us, and the rules were tuned on them; the NER corpora were annotated by
others, in other news. An agency the pipeline finds where the corpus tags no ORG is often an annotation gap
(ARMAN seldom tags «مجلس»), but the ones found by patterns show where a name runs on into the sentence
(«دانشگاه نبوده», «جنبش بدون رهبر»). Each sentence is run alone through the whole pipeline (clean, NER,
relations): PEYMA's dev split, or the 10% of ARMAN's training fold the NER was not trained on.

usage:
  python scripts/agencies_vs_ner_corpus.py [--corpus peyma|arman] [--file PATH] [--limit N] [--list METHOD_PREFIX]
                                          [--unfound] [--officials]

Prints, per way an agency was found, how many overlap a corpus ORG span (one contains the other, spaces and
ZWNJ ignored), and with --list the ones that overlap none, with their sentence. It also counts the corpus ORG
spans that no agency overlaps (the recall side: many are countries, which ARMAN tags ORG, or newspapers named
bare), and --unfound lists them, with their sentence.

--officials checks the officials instead: the corpus PER spans with a title of titles.yaml among the 4 words before
them or the 3 after («… معاون وزیر X»، «X، وزیر کار …»), and how many of them the pipeline makes an official (one
name containing the other, squashed); --unfound lists the others. Not every such name is an official (an athlete
«نماینده وزن 66 کیلوگرم», the person a post serves, «مشاور احمدی‌نژاد»), so the count is a floor to read, not a score.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))
from pipeline.config import load_params  # noqa: E402

CORPUS_FILES = {"peyma": ("evaluate_ner", "peyma_dev"), "arman": ("evaluate_ner", "arman_dev")}


def org_phrases(tokens: list[str], tags: list[str]) -> list[str]:
    """The ORG spans of one sentence, as text (tokens joined by spaces, as the sentence is), decoded as the NER
    stage decodes its tags."""
    from pipeline.stages.ner import decode_bio

    return [" ".join(tokens[first:last]) for first, last, label, _ in decode_bio([(tag, 1.0) for tag in tags])
            if label == "ORG"]


def _overlap(name: str, org: str) -> bool:
    """One contains the other (both squashed: spaces and ZWNJ ignored); an empty one overlaps nothing."""
    return bool(name) and bool(org) and (name in org or org in name)


def per_phrases(tokens: list[str], tags: list[str]) -> list[tuple[int, int]]:
    """(first, end) tokens of the PER spans of one sentence, decoded as the NER stage decodes its tags."""
    from pipeline.stages.ner import decode_bio

    return [(first, last) for first, last, label, _ in decode_bio([(tag, 1.0) for tag in tags]) if label == "PER"]


TITLE_WORDS_BEFORE, TITLE_WORDS_AFTER = 4, 3


def titled(sq: list[str], first: int, end: int, titles) -> bool:
    """A title of the lexicon starts among the few words (squashed) before the name or right after it."""
    window = [*range(max(0, first - TITLE_WORDS_BEFORE), first), *range(end, min(len(sq), end + TITLE_WORDS_AFTER))]
    return any(titles.longest_at(sq, j, len(sq)) is not None for j in window)


def mentions_per_text(texts: list[str], params_path: str, tagger, domain: str) -> list[list[tuple[str, str]]]:
    """(name, method) of each mention of the domain (agency, official …), per text in text order: one pipeline run
    over all the texts, each its own document (one JSONL record), so the pipeline's set-up and table I/O happen
    once."""
    from pipeline.api import run
    from pipeline.schema import read_table, rows

    found: list[list[tuple[int, str, str]]] = [[] for _ in texts]
    with tempfile.TemporaryDirectory(prefix="agencies-vs-ner-") as tmp:
        source, tables = Path(tmp) / "sentences.jsonl", Path(tmp) / "tables"
        source.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts), encoding="utf-8")
        run(source, tables, params_path, tagger=tagger)
        docs = {d["doc_id"]: (int(d["source"].rpartition("#")[2]), d["text"])  # source: «sentences.jsonl#i»
                for d in rows(read_table(tables, "documents", ["doc_id", "source", "text"]))}
        for m in rows(read_table(tables, "mentions", ["doc_id", "start", "end", "domain", "method"])):
            if m["domain"] == domain:
                index, text = docs[m["doc_id"]]
                found[index].append((m["start"], text[m["start"]:m["end"]], m["method"]))
    return [[(name, method) for _, name, method in sorted(mentions)] for mentions in found]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", choices=sorted(CORPUS_FILES), default="peyma")
    ap.add_argument("--params", default=str(REPO_ROOT / "params.yaml"))
    ap.add_argument("--file", default=None,
                    help="the corpus file (default: data.corpora / evaluate_ner's split in the params file)")
    ap.add_argument("--limit", type=int, default=None, help="first N sentences only")
    ap.add_argument("--list", metavar="METHOD_PREFIX", default=None,
                    help="list the agencies found this way (e.g. pattern:head) that overlap no ORG span")
    ap.add_argument("--unfound", action="store_true",
                    help="also list the corpus ORG spans that no agency overlaps (the recall side), with their sentence")
    ap.add_argument("--officials", action="store_true",
                    help="check the officials: corpus PER spans beside a title, and how many the pipeline makes officials")
    args = ap.parse_args(argv)

    from pipeline.errors import InputError
    from pipeline.lexicons import squash
    from pipeline.ner import NerParams, load_tagger
    from pipeline.ner.readers import read_conll

    params = load_params(args.params)
    section, key = CORPUS_FILES[args.corpus]
    path = Path(args.file) if args.file else \
        (Path(args.params).parent / params["data"]["corpora"] / params[section][key]).resolve()
    try:
        sentences = read_conll(path, args.corpus)
    except InputError as err:  # a missing file, or a line that is no `token|TAG` / `token TAG` (file:line)
        ap.error(str(err))
    if args.corpus == "arman":  # the 10% of ARMAN's training fold the NER was not trained on (evaluate_ner's --holdout)
        from pipeline.ner.data import split_arman

        sentences = split_arman(sentences)[1]
    sentences = sentences[:args.limit]
    tagger = load_tagger(NerParams.from_dict(params["ner"], base_dir=REPO_ROOT))
    texts = [" ".join(tokens) for tokens, _ in sentences]
    if args.officials:
        return _officials(args, path, sentences, texts, tagger)
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    unsupported, unfound = [], []
    n_orgs = 0
    for (tokens, tags), text, agencies in zip(sentences, texts, mentions_per_text(texts, args.params, tagger, "agency")):
        phrases = org_phrases(tokens, tags)
        orgs = [squash(p) for p in phrases]
        found_names = [squash(name) for name, _ in agencies]
        for (name, method), found in zip(agencies, found_names):
            overlaps = any(_overlap(found, o) for o in orgs)
            method = method.replace("+coref", "")
            counts[method][overlaps] += 1
            if not overlaps and args.list and method.startswith(args.list):
                unsupported.append((method, name, text))
        n_orgs += len(phrases)
        unfound += [(phrase, text) for phrase, o in zip(phrases, orgs) if not any(_overlap(f, o) for f in found_names)]
    print(f"{args.corpus}: {path.name}, {len(sentences)} sentences; agencies per method: "
          "overlapping an ORG span / overlapping none")
    for method, c in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {method}: {c[True]} / {c[False]}")
    print(f"  corpus ORG spans that no agency overlaps: {len(unfound)} of {n_orgs}")
    for method, name, text in unsupported:
        print(f"{method}\t{name}\t{text}")
    if args.unfound:
        for phrase, text in unfound:
            print(f"unfound\t{phrase}\t{text}")
    return 0


def _officials(args, path: Path, sentences, texts: list[str], tagger) -> int:
    from pipeline.lexicons import load_lexicons, squash

    titles = load_lexicons().titles
    n_titled, n_found, missed = 0, 0, []
    for (tokens, tags), text, officials in zip(sentences, texts,
                                              mentions_per_text(texts, args.params, tagger, "official")):
        found = [squash(name) for name, _ in officials]
        sq = [squash(t) for t in tokens]
        for first, end in per_phrases(tokens, tags):
            if not titled(sq, first, end, titles):
                continue
            n_titled += 1
            name = " ".join(tokens[first:end])
            if any(_overlap(f, squash(name)) for f in found):
                n_found += 1
            else:
                missed.append((name, text))
    print(f"{args.corpus}: {path.name}, {len(sentences)} sentences; PER spans beside a title: {n_titled}, "
          f"made officials: {n_found}")
    if args.unfound:
        for name, text in missed:
            print(f"unfound\t{name}\t{text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
