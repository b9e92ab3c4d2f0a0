"""Sentence splitting and word tokenisation (hazm) with character offsets into the cleaned text.

hazm returns strings without offsets and may rewrite them (verb parts joined with `_`), so each
piece is aligned back to the text by search; anything hazm's output cannot be aligned to is
tokenised by a plain regular expression, so every non-space character lies in exactly one token
and `text[start:end] == token` always holds. ZWNJ stays inside words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

# Fallback tokens: a run of word characters (ZWNJ included) or one other visible character.
FALLBACK_TOKEN = re.compile(r"[\w\u200c]+|[^\w\s\u200c]", re.UNICODE)
# A dotted acronym («سی. ان. ان», «ج. ا. ا», «N. P. T»): letters of one or two characters, each but the last
# followed by a full stop, which hazm reads as sentence ends («… از سی.» | «ان.» | «ان در پی …»).
ACRONYM_PART_END = re.compile(r"(?:^|[\s«\"'(\[])[^\W\d_]{1,2}\.$")
ACRONYM_PARTS_END = re.compile(r"(?:^|[\s«\"'(\[])[^\W\d_]{1,2}\.\s*[^\W\d_]{1,2}\.$")
ACRONYM_PART_START = re.compile(r"^[^\W\d_]{1,2}(?:\.|$|[\s»\"')\],،:؛])")
ACRONYM_PART_DOTTED = re.compile(r"^[^\W\d_]{1,2}\.")
# an initial («م. ت 29 ساله», «نشریه آ. اس اسپانیا»): no sentence ends in a one-letter word
INITIAL_END = re.compile(r"(?:^|[\s«\"'(\[])[^\W\d_]\.$")
# «الله» abbreviated in a name or title («عبدا... ثقفی», «آیت‌ا... خامنه‌ای», «حزب‌ا...»), a press convention: its
# dots end no sentence, and the word before them is no name of its own
ALLAH_STEMS = "|".join((
    "عبد", "روح", "نصر", "نصرت", "حبیب", "فضل", "ولی", "آیت", "لطف", "اسد", "سیف", "نعمت", "عزت", "ذبیح", "خلیل",
    "حشمت", "قدرت", "رحمت", "فتح", "نور", "امر", "حجت", "کلیم", "هدایت", "شکر", "عین", "امان", "حزب", "عطا", "فرج",
    "کرم", "رضی", "بقیه", "ثار", "جار", "سعد", "حفظ", "امین", "بیت"))
ELLIPSES = ("...", "…")
ALLAH_ABBREVIATION_END = re.compile(r"(?:^|[\s«\"'(\[])(?:" + ALLAH_STEMS + r")[\u200c ]?ا(?:\.\.\.|…)$")
ALLAH_ABBREVIATED_WORD = re.compile(r"^(?:" + ALLAH_STEMS + r")\u200c?ا$")

# a closing quote or bracket hazm leaves alone after the stop inside it («… منفجر شد. "»)
CLOSING_ONLY = re.compile(r"^[»\"')\]]+$")
TAIL_CHARS = 16  # enough for «… ab. ab.» and the space before it


def abbreviates_allah(word: str, text_after: str) -> bool:
    """«عبدا» right before «...»: the abbreviated half of «عبدالله»."""
    return text_after.startswith(ELLIPSES) and ALLAH_ABBREVIATED_WORD.match(word) is not None


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def _align_pieces(text: str, pieces: list[str], start: int, end: int) -> list[Span]:
    """Find each piece in text[start:end] in order; pieces that cannot be found are skipped.

    A piece is accepted only where nothing but whitespace lies between the previous piece and it,
    so only the positions up to the next non-space character are tried: linear in the text even
    when hazm rewrote many pieces (a search to the end of a long sentence per piece was quadratic).
    """
    spans: list[Span] = []
    pos = start
    for piece in pieces:
        candidates = [piece, piece.replace("_", " "), piece.replace("_", "\u200c"), piece.replace("_", "")]
        first_visible = pos
        while first_visible < end and text[first_visible].isspace():
            first_visible += 1
        for candidate in candidates:
            if not candidate.strip():
                break
            idx = next((k for k in range(pos, first_visible + 1)
                        if k + len(candidate) <= end and text.startswith(candidate, k)), -1)
            if idx != -1:
                spans.append(Span(idx, idx + len(candidate)))
                pos = idx + len(candidate)
                break
    return spans


def _fill_gaps(text: str, spans: list[Span], start: int, end: int) -> list[Span]:
    """Tokenise whatever the aligned spans leave uncovered with the fallback pattern."""
    out: list[Span] = []
    pos = start
    for span in spans + [Span(end, end)]:
        if span.start > pos:
            out.extend(Span(m.start() + pos, m.end() + pos) for m in FALLBACK_TOKEN.finditer(text[pos:span.start]))
        if span.end > span.start:
            out.append(span)
        pos = max(pos, span.end)
    return out


def _trim(text: str, span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def _join_false_ends(text: str, sentences: list[Span]) -> list[Span]:
    """Rejoin what hazm split at a stop that ends no sentence: a dotted acronym (a piece ending in a one- or
    two-letter part and its stop, followed by a piece that opens with another part, when at least two parts carry a
    stop: «سی. ان.»), an initial, «الله» abbreviated («عبدا...»), and a lone closing quote goes with the sentence it
    closes."""
    out: list[Span] = []
    for span in sentences:
        if out:
            # (only the last characters of the sentence so far: a long run of joins stays linear)
            before = text[max(out[-1].start, out[-1].end - TAIL_CHARS):out[-1].end]
            piece = text[span.start:span.end]
            acronym = ACRONYM_PART_END.search(before) and ACRONYM_PART_START.match(piece) \
                and (ACRONYM_PART_DOTTED.match(piece) or ACRONYM_PARTS_END.search(before))
            if acronym or INITIAL_END.search(before) or CLOSING_ONLY.match(piece) \
                    or ALLAH_ABBREVIATION_END.search(before):
                out[-1] = Span(out[-1].start, span.end)
                continue
        out.append(span)
    return out


class Segmenter:
    """Holds hazm's tokenizers (built once per run, not at import time)."""

    def __init__(self, max_tokens_per_sentence: int = 300):
        import hazm

        self.sentence_tokenizer = hazm.SentenceTokenizer()
        self.word_tokenizer = hazm.WordTokenizer(join_verb_parts=False)
        self.max_tokens_per_sentence = max_tokens_per_sentence

    def sentences(self, text: str) -> list[Span]:
        spans: list[Span] = []
        pos = 0
        for line in text.split("\n"):
            line_start, line_end = pos, pos + len(line)
            pos = line_end + 1
            if not line.strip():
                continue
            pieces = self.sentence_tokenizer.tokenize(line)
            aligned = _align_pieces(text, [p.strip() for p in pieces], line_start, line_end)
            # Anything between aligned sentences becomes part of the preceding sentence.
            cursor = line_start
            merged: list[Span] = []
            for span in aligned:
                if merged and text[cursor:span.start].strip():
                    merged[-1] = Span(merged[-1].start, span.start)
                elif not merged and text[cursor:span.start].strip():
                    span = Span(cursor, span.end)
                merged.append(span)
                cursor = span.end
            if not merged:
                merged = [Span(line_start, line_end)]
            elif text[cursor:line_end].strip():
                merged[-1] = Span(merged[-1].start, line_end)
            spans.extend(_join_false_ends(text, [s for s in (_trim(text, m) for m in merged) if s]))
        return spans

    def tokens(self, text: str, sentence: Span) -> list[Span]:
        pieces = [p for p in self.word_tokenizer.tokenize(text[sentence.start:sentence.end]) if p.strip()]
        aligned = _align_pieces(text, pieces, sentence.start, sentence.end)
        return [s for s in (_trim(text, t) for t in _fill_gaps(text, aligned, sentence.start, sentence.end)) if s]

    def segment(self, text: str) -> tuple[list[Span], list[list[Span]]]:
        """Sentences and, per sentence, tokens; over-long sentences are split into several."""
        sentences, tokens, _ = self.segment_counted(text)
        return sentences, tokens

    def segment_counted(self, text: str) -> tuple[list[Span], list[list[Span]], int]:
        """As `segment`, also returning how many sentences were split at max_tokens_per_sentence."""
        sentences: list[Span] = []
        tokens: list[list[Span]] = []
        limit = self.max_tokens_per_sentence
        n_split = 0
        for sentence in self.sentences(text):
            toks = self.tokens(text, sentence)
            n_split += len(toks) > limit
            for k in range(0, max(len(toks), 1), limit):
                chunk = toks[k:k + limit]
                if not chunk:
                    continue
                sentences.append(Span(chunk[0].start, chunk[-1].end) if k or len(toks) > limit else sentence)
                tokens.append(chunk)
        return sentences, tokens, n_split


def segment(text: str, segmenter: Segmenter | None = None):
    """Convenience for tests and notebooks: (sentence spans, token spans per sentence)."""
    return (segmenter or Segmenter()).segment(text)


BRACKET_PAIRS = {"(": ")", "[": "]", "«": "»"}
CLOSING_BRACKETS = {close: open_ for open_, close in BRACKET_PAIRS.items()}


def balanced(words: Sequence[str], first: int, last: int) -> tuple[int, int]:
    """[first, last) shrunk so that its brackets pair up. The model often stops inside the eulogy after a holy
    name («امام حسین (ع», «حضرت زهرا (س») or starts inside one («ره) شهرری»): an unpaired bracket and what lies
    beyond it are no part of the name; an unpaired opener at the start or closer at the end goes alone
    («« الوطن» → «الوطن», «گروه مینسک»» → «گروه مینسک»). Returns an empty range when nothing is left."""
    start, end = first, last
    while start < end:
        opened: list[int] = []
        unpaired_close = None
        for k in range(start, end):
            if words[k] in BRACKET_PAIRS:
                opened.append(k)
            elif words[k] in CLOSING_BRACKETS:
                if opened and words[opened[-1]] == CLOSING_BRACKETS[words[k]]:
                    opened.pop()
                else:
                    unpaired_close = k
                    break
        if unpaired_close is not None:
            if unpaired_close == end - 1:
                end -= 1
            else:
                start = unpaired_close + 1
        elif opened:
            if opened[0] == start:
                start += 1
            else:
                end = opened[0]
        else:
            break
    return (start, end) if start < end else (first, first)
