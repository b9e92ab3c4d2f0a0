"""Train the feature-CRF baseline on PEYMA train + ARMAN fold-1 (90%) and report dev F1."""
from __future__ import annotations

import argparse
import json
import time

from pipeline.ner.crf import CrfTagger, train_crf
from pipeline.ner.data import CORPUS_TYPES, load_corpora
from pipeline.ner.scoring import score


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpora", default="../shared/corpora")
    ap.add_argument("--out", default="models/crf")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--max-iterations", type=int, default=150)
    a = ap.parse_args()
    corp = load_corpora(a.corpora)
    t0 = time.time()
    train_crf([s for _, s in corp.train], a.out, a.c1, a.c2, a.max_iterations)
    print(f"trained in {time.time() - t0:.0f}s", flush=True)
    tagger = CrfTagger(a.out)
    res = {}
    for name, sents in corp.dev.items():
        pred = tagger.tag([t for t, _ in sents], types=CORPUS_TYPES[name])
        res[name] = score([g for _, g in sents], [[t for t, _ in p] for p in pred])["micro"]
    print(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
