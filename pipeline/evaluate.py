"""Score an NER model on a CoNLL-style file: `python -m pipeline.evaluate FILE --format peyma`.

Prints one JSON object: seqeval strict (IOB2) micro and per-label scores after
mapping gold and predicted tags onto our label set, words/s and a token-level
type confusion table.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from pipeline.errors import InputError, PipelineError
from pipeline.ner.aggregate import AGGREGATIONS
from pipeline.ner.params import DEFAULT_CRF_WEIGHTS, DEFAULT_TRANSITION_WEIGHTS
from pipeline.ner.readers import FORMATS

REPO_ROOT = Path(__file__).resolve().parent.parent


def corpus_types(fmt: str, types_arg: str) -> tuple[str, ...] | None:
    """Entity types to score: the corpus' own annotated set by default (others cannot be judged)."""
    from pipeline.ner.data import CORPUS_TYPES
    from pipeline.ner.labels import TYPES, map_type

    if types_arg == "all":
        return None
    if types_arg == "auto":
        return CORPUS_TYPES.get(fmt)
    out = []
    for t in types_arg.split(","):
        m = map_type(t)
        if m is None:
            raise PipelineError(f"unknown type {t!r}; valid: {list(TYPES)}")
        out.append(m)
    return tuple(out)


def evaluate(path: str, fmt: str, backend: str = "default", model: str | None = None,
             types_arg: str = "auto", batch_size: int = 32, quantize: bool = False, holdout: bool = False,
             convention: str | None = None, aggregation: str = "first", crf_weight: float | None = None,
             transition_weight: float | None = None) -> dict:
    """Tag the file's sentences and score them against its gold tags."""
    from pipeline.ner import NerParams, load_tagger
    from pipeline.ner.data import restrict_to_types
    from pipeline.ner.readers import read_conll
    from pipeline.ner.scoring import confusion, score

    sents = read_conll(path, fmt)
    if holdout:
        from pipeline.ner.data import split_arman

        sents = split_arman(sents)[1]
    if not sents:  # (seqeval fails with a bare TypeError on nothing to score)
        raise InputError(f"{path}: no sentences to score{' in its held-out 10%' if holdout else ''}; expected "
                         f"`token TAG` or `token|TAG` lines, a blank line between sentences")
    types = corpus_types(fmt, types_arg)
    from pipeline.ner.data import CONVENTION_MARKERS

    if convention is None:  # a model trained with corpus markers follows the file's corpus unless told otherwise
        convention = fmt if fmt in CONVENTION_MARKERS else None
    settings = {"backend": backend, "model": model, "batch_size": batch_size, "quantize": quantize,
                "convention": convention, "aggregation": aggregation}
    if crf_weight is not None:  # (else the shipped per-convention weights)
        settings["crf_weight"] = crf_weight
    if transition_weight is not None:
        settings["transition_weight"] = transition_weight
    params = NerParams.from_dict(settings, base_dir=REPO_ROOT)
    tagger = load_tagger(params)
    words = [w for w, _ in sents]
    t0 = time.perf_counter()
    pred = [[t for t, _ in s] for s in tagger.tag(words, types=types)]
    dt = time.perf_counter() - t0
    gold = [restrict_to_types(g, types) if types else g for _, g in sents]
    res = score(gold, pred)
    n_words = sum(len(w) for w in words)
    return {"file": str(path), "format": fmt, "backend": backend, "model": model or "models/default",
            "types": list(types) if types else "all", "holdout": holdout, "convention": convention,
            "aggregation": aggregation, "crf_weight": getattr(tagger, "companion_weight", None),
            "transition_weight": getattr(tagger, "transition_weight", None),
            "sentences": len(sents), "words": n_words,
            **res, "words_per_second": round(n_words / dt, 1) if dt > 0 else None,
            "confusion": confusion(gold, pred)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score an NER model (seqeval strict, IOB2, our label set).")
    ap.add_argument("file")
    ap.add_argument("--format", choices=FORMATS, required=True)
    ap.add_argument("--model", default=None, help="model path or hub id (default: models/default)")
    ap.add_argument("--backend", default="default", choices=("default", "transformers", "crf", "stanza"))
    ap.add_argument("--types", default="auto",
                    help="entity types scored: auto (the corpus' annotated types for peyma/arman, all for conll), "
                         "all, or a comma list such as PER,ORG,LOC")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--quantize", action="store_true")
    ap.add_argument("--holdout", action="store_true",
                    help="score only the deterministic 10%% held-out sentences (our ARMAN dev split of train_fold1)")
    ap.add_argument("--convention", default=None, choices=("peyma", "arman"),
                    help="corpus conventions a model trained with corpus markers follows (default: the file's "
                         "format for peyma/arman files, else the model's default)")
    ap.add_argument("--aggregation", default="first", choices=AGGREGATIONS,
                    help="how a word's sub-token scores become the word's (transformers backend)")
    ap.add_argument("--crf-weight", type=float, default=None,
                    help="backend default: weight of the companion CRF mixed into the transformer's word "
                         f"probabilities (default: as shipped, {DEFAULT_CRF_WEIGHTS} by convention; 0: the "
                         "transformer alone)")
    ap.add_argument("--transition-weight", type=float, default=None,
                    help="backend default: weight of the convention's tag-bigram transition scores in the Viterbi "
                         f"decoding (default: as shipped, {DEFAULT_TRANSITION_WEIGHTS} by convention; 0: none)")
    ap.add_argument("--out", default=None, help="also write the JSON here")
    a = ap.parse_args(argv)
    try:
        res = evaluate(a.file, a.format, a.backend, a.model, a.types, a.batch_size, a.quantize, a.holdout,
                       a.convention, a.aggregation, a.crf_weight, a.transition_weight)
    except PipelineError as err:
        print(str(err), file=sys.stderr)
        return 2
    text = json.dumps(res, ensure_ascii=False)
    if a.out:
        Path(a.out).parent.mkdir(parents=True, exist_ok=True)
        Path(a.out).write_text(json.dumps(res, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
