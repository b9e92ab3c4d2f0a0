"""Dev F1 of several NER models and of their averaged word probabilities (an ensemble, e.g. a distillation teacher).

usage: python scripts/ner_ensemble_eval.py MODEL_DIR [MODEL_DIR ...] [--corpora ../shared/corpora]

Scores PEYMA dev and the ARMAN held-out 10 % like `python -m pipeline.evaluate` (strict seqeval, each corpus' own
types and convention marker) and prints one JSON object: per corpus, each model's F1 and the ensemble's.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    import numpy as np

    from pipeline.evaluate import corpus_types
    from pipeline.ner.data import restrict_to_types, split_arman
    from pipeline.ner.readers import read_conll
    from pipeline.ner.scoring import score
    from pipeline.ner.transformer_backend import TransformersTagger, decode_sentence

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("models", nargs="+")
    ap.add_argument("--corpora", default="../shared/corpora")
    a = ap.parse_args()
    out = {}
    for fmt, rel, holdout in (("peyma", "peyma/dev.txt", False), ("arman", "arman/train_fold1.txt", True)):
        sents = read_conll(Path(a.corpora) / rel, fmt)
        if holdout:
            sents = split_arman(sents)[1]
        types = corpus_types(fmt, "auto")
        words = [w for w, _ in sents]
        gold = [restrict_to_types(g, types) for _, g in sents]
        probs, res = [], {}
        for model in a.models:
            probs.append(TransformersTagger(model, convention=fmt).word_probs(words))
            pred = [[t for t, _ in decode_sentence(p, types)] for p in probs[-1]]
            res[model] = score(gold, pred)["micro"]["f1"]
        mean = [np.mean([p[i] for p in probs], axis=0) for i in range(len(words))]
        res["ensemble"] = score(gold, [[t for t, _ in decode_sentence(p, types)] for p in mean])["micro"]["f1"]
        out[fmt] = res
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
