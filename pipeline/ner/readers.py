"""Readers for CoNLL-style NER files (one token per line, blank line between sentences)."""
from __future__ import annotations

from pathlib import Path

from pipeline.errors import InputError
from pipeline.ner.labels import map_tags, repair_bio

FORMATS = ("peyma", "arman", "conll")

Sentence = tuple[list[str], list[str]]


def parse_line(line: str, fmt: str) -> tuple[str, str]:
    """Split one line into (token, raw tag) for the given format; blanks after the tag (a copy that went through
    another tool) and a tab instead of the space are accepted."""
    line = line.rstrip()
    if fmt == "peyma":
        tok, sep, tag = line.rpartition("|")
    elif fmt == "arman":
        parts = line.rsplit(None, 1)
        tok, sep, tag = (parts[0], " ", parts[1]) if len(parts) == 2 else ("", "", line)
    elif fmt == "conll":
        # token TAG (whitespace, tag last) or token|TAG
        parts = line.split()
        if len(parts) >= 2:
            tok, sep, tag = parts[0], " ", parts[-1]
        else:
            tok, sep, tag = line.rpartition("|")
    else:
        raise ValueError(f"unknown format {fmt!r}; valid: {FORMATS}")
    if not sep or not tok.strip():
        raise ValueError(f"cannot parse line {line!r} as {fmt}")
    return tok.strip(), tag.strip()


def parse_text(text: str, fmt: str, source: str = "<text>") -> list[Sentence]:
    """Parse file content into sentences of (tokens, raw tags)."""
    sents: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip("\r\n").lstrip("\ufeff")
        if not line.strip():
            if toks:
                sents.append((toks, tags))
                toks, tags = [], []
            continue
        try:
            tok, tag = parse_line(line, fmt)
        except ValueError as err:
            raise InputError(f"{source}:{n}: {err}") from err
        toks.append(tok)
        tags.append(tag)
    if toks:
        sents.append((toks, tags))
    return sents


def read_conll(path: str | Path, fmt: str, map_labels: bool = True) -> list[Sentence]:
    """Read a file; with map_labels, tags are mapped onto our IOB2 label set."""
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; valid: {list(FORMATS)}")
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"cannot read {p}: {err}") from err
    sents = parse_text(text, fmt, str(p))
    if map_labels:
        sents = [(toks, repair_bio(map_tags(tags))) for toks, tags in sents]
    return sents
