"""How much the dev scores owe to the dev words being in the trimmed vocabulary.

usage: python scripts/ner_vocab_leak.py OUT_DIR [--model models/default] [--corpora ../shared/corpora]
       python -m pipeline.evaluate ../shared/corpora/peyma/dev.txt --format peyma --model OUT_DIR

The shipped model's trim (1.2.0) kept the SentencePiece pieces of PEYMA train and dev, all of ARMAN fold 1 and the
Fars articles, so a dev word always tokenises as the full vocabulary would; a test word the trim never saw may
not (it falls back to shorter pieces). `convert_e5.corpus_words` now leaves the dev sentences out, for the next
training; this script uses it to rebuild the trim without the dev words (PEYMA dev, the ARMAN held-out 10 %),
prints how many dev word tokens then tokenise differently, and writes OUT_DIR: the model's files with a
tokenizer that may not use the pieces only the dev words needed (their scores set far below any other), so that
`pipeline.evaluate --model OUT_DIR` scores dev as a held-back test file would be tokenised.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

EXCLUDED_SCORE = -1000.0  # below every real piece score: the Unigram model takes such a piece only if nothing else fits


def main() -> None:
    from pipeline.ner.convert_e5 import (build_tokenizer, corpus_words, default_source, parse_e5, sentence_words,
                                         used_pieces)
    from pipeline.ner.data import load_corpora

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--model", default="models/default")
    ap.add_argument("--corpora", default="../shared/corpora")
    a = ap.parse_args()
    root = Path(a.corpora)

    corpora = load_corpora(root)
    dev = {"peyma dev": sentence_words(corpora.dev["peyma"]),
           "arman held-out 10 %": sentence_words(corpora.dev["arman"])}
    e5 = parse_e5(default_source().read_bytes())
    keep = used_pieces(e5, corpus_words(root))
    allowed = {e5.pieces[i] for i in keep}
    full = build_tokenizer(e5.pieces, e5.scores, e5.special_ids["unk"])
    trimmed = build_tokenizer([e5.pieces[i] for i in keep], e5.scores[keep], keep.index(e5.special_ids["unk"]))
    report = {}
    for name, ws in dev.items():
        differ = sum(full.encode(w, add_special_tokens=False).tokens != trimmed.encode(w, add_special_tokens=False).tokens
                     for w in ws)
        report[name] = {"word_tokens": len(ws), "tokenised_differently": differ,
                        "percent": round(100 * differ / max(1, len(ws)), 2)}

    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for src in Path(a.model).iterdir():
        if src.is_file() and src.name != "tokenizer.json":
            shutil.copy2(src, out / src.name)
    tok = json.loads((Path(a.model) / "tokenizer.json").read_text(encoding="utf-8"))
    excluded = 0
    for pair in tok["model"]["vocab"]:  # [piece, score]; ids (positions) stay those the model was trained with
        if pair[0] not in allowed and not (pair[0].startswith("<") and pair[0].endswith(">")):
            pair[1] = EXCLUDED_SCORE
            excluded += 1
    (out / "tokenizer.json").write_text(json.dumps(tok, ensure_ascii=False), encoding="utf-8")
    report["pieces_only_dev_needed"] = excluded
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
