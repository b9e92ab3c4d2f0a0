"""Feature CRF (python-crfsuite): fast baseline backend and its training code."""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from pipeline.errors import ModelError
from pipeline.ner.model_files import read_model_json
from pipeline.ner.normalize import ascii_digits, normalize_word

if TYPE_CHECKING:  # numpy is imported where it is used, not at import time
    import numpy as np

_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")
_PUNCT = re.compile(r"^\W+$")


def word_shape(word: str) -> str:
    """Coarse shape: d (digit), L (latin), p (punct), x (other letters), collapsed runs."""
    w = ascii_digits(word)
    out: list[str] = []
    for ch in w:
        c = "d" if ch.isdigit() else "L" if _LATIN.match(ch) else "x" if ch.isalpha() else "p"
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


def build_gazetteer(sents: Iterable[tuple[list[str], list[str]]], min_count: int = 2,
                    min_ratio: float = 0.5) -> dict[str, str]:
    """Words mostly seen inside entities of one type in training data → that type."""
    by_word: dict[str, Counter] = defaultdict(Counter)
    for toks, tags in sents:
        for w, t in zip(toks, tags):
            by_word[normalize_word(w)][t[2:] if t != "O" else "O"] += 1
    gaz: dict[str, str] = {}
    for w, cnt in by_word.items():
        total = sum(cnt.values())
        typ, n = max(((k, v) for k, v in cnt.items() if k != "O"), key=lambda kv: kv[1], default=("O", 0))
        if typ != "O" and n >= min_count and n / total >= min_ratio:
            gaz[w] = typ
    return gaz


def _token_feats(w: str, gaz: dict[str, str]) -> dict[str, object]:
    n = normalize_word(w)
    f: dict[str, object] = {
        "w": n, "shape": word_shape(n), "p1": n[:1], "p2": n[:2], "p3": n[:3],
        "s1": n[-1:], "s2": n[-2:], "s3": n[-3:], "len": min(len(n), 8),
        "zwnj": "\u200c" in n,
    }
    if n in gaz:
        f["gaz"] = gaz[n]
    return f


def sent_features(words: Sequence[str], gaz: dict[str, str]) -> list[dict[str, object]]:
    """crfsuite feature dicts for one sentence: the word, its shape/affixes and ±2 context."""
    base = [_token_feats(w, gaz) for w in words]
    out: list[dict[str, object]] = []
    for i, b in enumerate(base):
        f = dict(b)
        f["bias"] = 1.0
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < len(base):
                o = base[j]
                f[f"{off}:w"] = o["w"]
                if abs(off) == 1:
                    f[f"{off}:shape"] = o["shape"]
                    f[f"{off}:s2"] = o["s2"]
                    if "gaz" in o:
                        f[f"{off}:gaz"] = o["gaz"]
            else:
                f[f"{off}:w"] = "<S>" if j < 0 else "</S>"
        if i > 0:
            f["bi-1"] = base[i - 1]["w"] + "|" + b["w"]
        if i + 1 < len(base):
            f["bi+1"] = b["w"] + "|" + base[i + 1]["w"]
        out.append(f)
    return out


def train_crf(sents: list[tuple[list[str], list[str]]], model_dir: str | Path,
              c1: float = 0.05, c2: float = 0.05, max_iterations: int = 150) -> Path:
    """Train a CRF and write model_dir/{crf.model,gazetteer.json}; returns model_dir."""
    import pycrfsuite

    model_dir = Path(model_dir)
    model_dir.mkdir(parents=True, exist_ok=True)
    gaz = build_gazetteer(sents)
    trainer = pycrfsuite.Trainer(verbose=False)
    for toks, tags in sents:
        trainer.append(sent_features(toks, gaz), tags)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations,
                        "feature.possible_transitions": True})
    trainer.train(str(model_dir / "crf.model"))
    (model_dir / "gazetteer.json").write_text(json.dumps(gaz, ensure_ascii=False), encoding="utf-8")
    return model_dir


class CrfTagger:
    """Tagger over a trained crfsuite model; probabilities are per-token marginals."""

    def __init__(self, model_dir: str | Path):
        import pycrfsuite

        model_dir = Path(model_dir)
        path = model_dir / "crf.model"
        if not path.is_file():
            raise ModelError(f"CRF model not found: {path} (train it with scripts/ner_train_crf.py)")
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(path))
        except ValueError as err:  # crfsuite's "Invalid model file": truncated or not a CRF
            raise ModelError(f"{path} is not a crfsuite model ({err}); retrain it with scripts/ner_train_crf.py "
                             "or restore it from git") from err
        from pipeline.ner.labels import BIO_LABELS

        # (model label, its column in BIO_LABELS), looked up once rather than per sentence
        self._columns = [(lab, BIO_LABELS.index(lab)) for lab in self._tagger.labels() if lab in BIO_LABELS]
        gz = model_dir / "gazetteer.json"
        self._gaz: dict[str, str] = read_model_json(gz, "retrain with scripts/ner_train_crf.py or restore it from git") \
            if gz.is_file() else {}

    def marginals(self, words: Sequence[str]) -> np.ndarray:
        """(n_words, len(BIO_LABELS)) marginal probabilities, for mixing into another tagger's word scores."""
        import numpy as np

        from pipeline.ner.labels import BIO_LABELS

        out = np.zeros((len(words), len(BIO_LABELS)), np.float32)
        if not words:
            return out
        self._tagger.set(sent_features(words, self._gaz))
        for label, j in self._columns:
            out[:, j] = [self._tagger.marginal(label, i) for i in range(len(words))]
        return out

    def tag(self, sentences: list[list[str]], types: Sequence[str] | None = None) -> list[list[tuple[str, float]]]:
        """Tag pre-tokenised sentences; `types` restricts output types (others become O)."""
        from pipeline.ner.labels import repair_bio

        out: list[list[tuple[str, float]]] = []
        for words in sentences:
            if not words:
                out.append([])
                continue
            self._tagger.set(sent_features(words, self._gaz))
            tags = self._tagger.tag()
            probs = [self._tagger.marginal(t, i) for i, t in enumerate(tags)]
            if types is not None:
                tags = ["O" if t != "O" and t[2:] not in types else t for t in tags]
            out.append(list(zip(repair_bio(tags), probs)))
        return out
