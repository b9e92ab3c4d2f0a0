"""Entity-level strict scoring (seqeval, IOB2) and token-level confusion."""
from __future__ import annotations

from collections import Counter
from typing import Sequence


def score(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict[str, object]:
    """seqeval strict IOB2 micro + per-label precision/recall/F1/support (F1 in %)."""
    from seqeval.metrics import classification_report
    from seqeval.scheme import IOB2

    rep = classification_report([list(g) for g in gold], [list(p) for p in pred], mode="strict",
                                scheme=IOB2, output_dict=True, zero_division=0)
    conv = lambda d: {"precision": round(100 * d["precision"], 2), "recall": round(100 * d["recall"], 2),  # noqa: E731
                      "f1": round(100 * d["f1-score"], 2), "support": int(d["support"])}
    per = {k: conv(v) for k, v in rep.items() if not k.endswith(" avg")}
    return {"micro": conv(rep["micro avg"]), "per_label": per}


def confusion(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict[str, dict[str, int]]:
    """Token-level confusion over entity types (B/I collapsed): gold type → predicted type → count."""
    c: Counter = Counter()
    for g, p in zip(gold, pred):
        for a, b in zip(g, p):
            c[(a[2:] if a != "O" else "O", b[2:] if b != "O" else "O")] += 1
    out: dict[str, dict[str, int]] = {}
    for (a, b), n in sorted(c.items()):
        out.setdefault(a, {})[b] = n
    return out
