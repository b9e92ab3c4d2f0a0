"""Our NER label set and pure functions mapping foreign tag namings onto it.

Corpora and checkpoints name the same types differently (``B_PER``, ``B-pers``,
``B-person``, ``B-event`` ...); everything downstream sees only ``B-XXX``/``I-XXX``/``O``
with XXX in :data:`TYPES`.
"""
from __future__ import annotations

from typing import Iterable, Mapping, Sequence

from pipeline.errors import ModelError

TYPES: tuple[str, ...] = ("PER", "ORG", "LOC", "FAC", "PRO", "EVE", "DAT", "TIM", "MON", "PCT")

#: BIO labels in a fixed order: O first, then B-/I- per type.
BIO_LABELS: tuple[str, ...] = ("O",) + tuple(f"{p}-{t}" for t in TYPES for p in ("B", "I"))

_TYPE_ALIASES: dict[str, str] = {
    "per": "PER", "pers": "PER", "person": "PER", "people": "PER",
    "org": "ORG", "organization": "ORG", "organisation": "ORG", "organ": "ORG",
    "loc": "LOC", "location": "LOC", "gpe": "LOC",
    "fac": "FAC", "facility": "FAC",
    "pro": "PRO", "product": "PRO", "prod": "PRO",
    "eve": "EVE", "event": "EVE", "evt": "EVE",
    "dat": "DAT", "date": "DAT",
    "tim": "TIM", "time": "TIM",
    "mon": "MON", "money": "MON",
    "pct": "PCT", "percent": "PCT", "percentage": "PCT",
}

_OUTSIDE = {"o", "outside", "0"}


def map_type(name: str) -> str | None:
    """Map an entity type name (any casing/alias) onto ours; None if unknown."""
    return _TYPE_ALIASES.get(name.strip().lower())


def _split(tag: str) -> tuple[str, str] | None:
    """Split 'B-PER' / 'B_PER' / 'PER-B' / 'S-PER' into (prefix, type) or None."""
    t = tag.strip()
    for sep in ("-", "_"):
        if sep in t:
            head, tail = t.split(sep, 1)
            if head.upper() in {"B", "I", "E", "S", "L", "U"}:
                return head.upper(), tail
            if tail.upper() in {"B", "I", "E", "S", "L", "U"}:
                return tail.upper(), head
    return None


def try_map_tag(tag: str) -> str | None:
    """Map one tag onto our BIO set; None when it cannot be mapped.

    BIOES/BILOU prefixes collapse to BIO: S/U → B, E/L → I.
    """
    if tag.strip().lower() in _OUTSIDE:
        return "O"
    parts = _split(tag)
    if parts is None:
        typ = map_type(tag)  # bare type name ('PER') counts as B-
        return None if typ is None else f"B-{typ}"
    prefix, name = parts
    typ = map_type(name)
    if typ is None:
        return None
    prefix = {"S": "B", "U": "B", "E": "I", "L": "I"}.get(prefix, prefix)
    return f"{prefix}-{typ}"


def unknown_tags(tags: Iterable[str]) -> list[str]:
    """Sorted distinct tags that cannot be mapped."""
    return sorted({t for t in tags if try_map_tag(t) is None})


def map_tag(tag: str) -> str:
    """Map one tag; raise ModelError naming it if unknown."""
    out = try_map_tag(tag)
    if out is None:
        raise ModelError(f"unknown NER label(s): {[tag]}; known types: {list(TYPES)} (aliases: {sorted(_TYPE_ALIASES)})")
    return out


def map_tags(tags: Sequence[str]) -> list[str]:
    """Map a sequence of tags; raise ModelError listing every unknown one."""
    bad = unknown_tags(tags)
    if bad:
        raise ModelError(f"unknown NER label(s): {bad}; known types: {list(TYPES)} (aliases: {sorted(_TYPE_ALIASES)})")
    return [try_map_tag(t) for t in tags]  # type: ignore[misc]


def map_id2label(id2label: Mapping[int | str, str]) -> dict[int, str]:
    """Map a checkpoint's id2label onto our labels, listing all unknown labels at once."""
    items = {int(k): v for k, v in id2label.items()}
    bad = unknown_tags(items.values())
    if bad:
        raise ModelError(f"model labels cannot be mapped onto ours: {bad}; known types: {list(TYPES)}")
    return {k: try_map_tag(v) for k, v in items.items()}  # type: ignore[misc]


def repair_bio(tags: Sequence[str]) -> list[str]:
    """Turn IOB1-style or broken sequences into IOB2: an I- not continuing its type becomes B-."""
    out: list[str] = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


#: What separates digit groups when a tokenizer splits «8,638» into «8 , 638».
DIGIT_GROUP_SEPARATORS = frozenset({",", "،", "٬"})


def join_digit_groups(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """Continue an entity across a digit-group separator: «8 , 638 ریال» is one amount.

    A model that rarely saw a comma between digits may restart the entity after it
    (B-MON I-MON B-MON I-MON), leaving two spans neither of which is the amount.
    """
    out = list(tags)
    for i in range(2, len(out)):
        t = out[i]
        if (t.startswith("B-") and words[i - 1] in DIGIT_GROUP_SEPARATORS and out[i - 1] in (t, "I-" + t[2:])
                and words[i].isdigit() and words[i - 2].isdigit()):
            out[i] = "I-" + t[2:]
    return out
