"""Train a feature CRF on PEYMA train + ARMAN fold-1 (90%), or on one of them, and report dev F1.

--corpus all  → models/crf, the `backend: crf` baseline;
--corpus peyma|arman → models/crf_<corpus>, the default backend's companion for that corpus' conventions
(its marginals are mixed into the transformer's word probabilities with ner.crf_weight), with the corpus'
tag-bigram statistics beside it (tag_bigrams.json; transition scores weighted by ner.transition_weight).
"""
from __future__ import annotations

import argparse
import json
import time

from pipeline.ner.crf import CrfTagger, train_crf
from pipeline.ner.data import CORPUS_TYPES, load_corpora
from pipeline.ner.params import COMPANION_CRF_DIR
from pipeline.ner.scoring import score
from pipeline.ner.transitions import write_tag_bigrams

CORPORA = ("all", *CORPUS_TYPES)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", default="../shared/corpora")
    ap.add_argument("--corpus", default="all", choices=CORPORA, help="train on both corpora or on one")
    ap.add_argument("--out", default=None, help="default: models/crf (all) or models/crf_<corpus>")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--max-iterations", type=int, default=150)
    a = ap.parse_args()
    out = a.out or ("models/crf" if a.corpus == "all" else COMPANION_CRF_DIR.format(convention=a.corpus))
    corp = load_corpora(a.corpora)
    train = [s for name, s in corp.train if a.corpus in ("all", name)]
    t0 = time.time()
    train_crf(train, out, a.c1, a.c2, a.max_iterations)
    if a.corpus != "all":
        write_tag_bigrams([tags for _, tags in train], out)
    print(f"trained on {len(train)} sentences in {time.time() - t0:.0f}s", flush=True)
    tagger = CrfTagger(out)
    res = {}
    for name, sents in corp.dev.items():
        if a.corpus not in ("all", name):
            continue
        pred = tagger.tag([t for t, _ in sents], types=CORPUS_TYPES[name])
        res[name] = score([g for _, g in sents], [[t for t, _ in p] for p in pred])["micro"]
    print(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
