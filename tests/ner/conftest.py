"""Fixtures for NER tests: tiny token-classification models built on the fly (no network)."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]

TINY_VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "سید", "ابو", "##الحسن", "فیروز", "##آبادی", "دبیر",
              "شورای", "عالی", "فضای", "مجازی", "گفت", "تهران", "در", "و", "##ی", "a", "b", "c", "##a", "##b"]


def make_tiny_model(path: Path, labels: list[str], seed: int = 0) -> Path:
    """A 2-layer random BertForTokenClassification with a WordPiece vocab, saved to `path`."""
    import torch
    from transformers import BertConfig, BertForTokenClassification, BertTokenizerFast

    torch.manual_seed(seed)
    path.mkdir(parents=True, exist_ok=True)
    (path / "vocab.txt").write_text("\n".join(TINY_VOCAB) + "\n", encoding="utf-8")
    tok = BertTokenizerFast(vocab_file=str(path / "vocab.txt"), do_lower_case=False, tokenize_chinese_chars=False)
    cfg = BertConfig(vocab_size=len(TINY_VOCAB), hidden_size=16, num_hidden_layers=2, num_attention_heads=2,
                     intermediate_size=32, max_position_embeddings=64, num_labels=len(labels),
                     id2label=dict(enumerate(labels)), label2id={l: i for i, l in enumerate(labels)})
    BertForTokenClassification(cfg).eval().save_pretrained(path)
    tok.save_pretrained(path)
    return path


@pytest.fixture(scope="session")
def tiny_model_factory(tmp_path_factory):
    """Build (and cache) a tiny model for a given label list."""
    cache: dict[tuple[str, ...], Path] = {}

    def build(labels: list[str]) -> Path:
        key = tuple(labels)
        if key not in cache:
            cache[key] = make_tiny_model(tmp_path_factory.mktemp("tiny"), labels)
        return cache[key]

    return build
