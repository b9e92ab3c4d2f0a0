"""Readers for CoNLL-style NER files (one token per line, blank line between sentences)."""
from __future__ import annotations

from pathlib import Path

from pipeline.errors import InputError
from pipeline.ner.labels import map_tags, repair_bio

FORMATS = ("peyma", "arman", "conll")

Sentence = tuple[list[str], list[str]]


def parse_line(line: str, fmt: str) -> tuple[str, str]:
    """Split one line into (token, raw tag). Every format takes both separators the CoNLL-style files use —
    `token|TAG` and `token TAG` (tab or spaces, the tag last) — since a copy of PEYMA may have been converted to
    the one and ARMAN to the other; the format names the tag style, and says which separator is tried first
    (PEYMA's «|», which may stand in a token with spaces; ARMAN's blank, which may follow a «|» in a token).
    Blanks after the tag (a copy that went through another tool) are accepted."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; valid: {FORMATS}")
    line = line.rstrip()
    pipe = line.rpartition("|")
    fields = line.split()
    # (conll: the first column is the token and the last the tag, as in multi-column CoNLL files)
    blank = ((fields[0] if fmt == "conll" else line.rsplit(None, 1)[0]), " ", fields[-1]) if len(fields) >= 2 \
        else ("", "", line)
    first, second = (pipe, blank) if fmt == "peyma" else (blank, pipe)
    tok, sep, tag = first if first[1] and first[0].strip() and first[2].strip() else second
    if not sep or not tok.strip() or not tag.strip():
        raise ValueError(f"cannot parse line {line!r} as {fmt} (expected `token|TAG` or `token TAG`)")
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
