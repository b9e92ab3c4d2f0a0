"""A token view of one document plus the span type every rule family produces.

Rules work on token indices (global over the document) so that boundaries always fall on
token edges; character offsets are taken from the tokens, so `text[start:end]` always holds.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Collection, Mapping, Sequence

from pipeline.lexicons import CONJUNCTION, HOLY_EULOGY_WORDS, LATE_CLERIC_EULOGY, Lexicons, squash

_WORD_RE = re.compile(r"[^\s،,.:;؛!?؟«»\"'()\[\]{}\-–—/\\|…*]+|[،,.:;؛!?؟«»\"'()\[\]{}\-–—/\\|…*]")
_PERSIAN_WORD = re.compile(r"^[\u0600-\u06ff\u200c]+$")
_DIGITS = re.compile(r"^[0-9۰-۹٠-٩]+$")
COMMAS = {"،", ","}
OPEN_QUOTES, CLOSE_QUOTES = ("«", '"', "“"), ("»", '"', "”")  # pairs by position
FROM = squash("از")  # the preposition, in several rule families
TO = squash("به")  # likewise
OBJECT_MARKER = squash("را")  # «… وزیر بازرگانی را همراهی کردند»: what stands before it is an object
RELATIVE = squash("که")  # «X که … بود، …»: a relative clause about what stands before it
WITH = squash("با")  # likewise
OWN = squash("خود")  # the reflexive, in several rule families («از سمت خود …», «سفر خود به …»)
# the copula, in several rule families: a post before it is the predicate («… که رئیس سازمان بهزیستی است»); a past
# one in a sentence that says «before this» tells a post held then (roles.EARLIER)
PRESENT_COPULAS = {squash(w) for w in ("است", "هست", "هستند", "می‌باشد")}
PAST_COPULAS = {squash(w) for w in ("بود", "بودند", "بوده")}
COPULAS = PRESENT_COPULAS | PAST_COPULAS  # (not «شد»: «ریاست فدراسیون بسته شد» is passive)
BECAME = {squash("شد"), squash("گردید")}  # «X رئیس … شد»: became (also a passive's verb, so no copula)
# infinitives of the light verbs: never a surname («بالا بودن»), and they end an organisation's complement
INFINITIVES = {squash(w) for w in ("بودن", "شدن", "کردن", "داشتن", "نمودن", "گرفتن", "دادن", "آمدن", "رفتن", "بردن",
                                   "زدن", "یافتن", "ساختن", "آوردن", "رساندن", "رسیدن", "گردیدن")}
# «به گزارش …»، «به نقل از …»: a sentence opening with one of these first names its source, not an actor
ATTRIBUTION_OPENERS = {squash(w) for w in ("گزارش", "نقل")}
HOLY_EULOGIES = {squash(w) for w in HOLY_EULOGY_WORDS}  # (not «ره»: recent clergy are people of the news)


EULOGIES = HOLY_EULOGIES | {squash(LATE_CLERIC_EULOGY)}  # inside a body's name, a late cleric's too
EULOGY_LENGTH = 3  # «(», the eulogy's letters, «)»


def eulogy_at(view: "DocView", j: int, eulogies: set[str] = HOLY_EULOGIES) -> bool:
    """«(عج)», «(ع)», «(س)», «(ص)» opens at token j: what precedes it is a holy figure's name."""
    return j + 2 < len(view.tokens) and view.tokens[j].text == "(" and view.sq[j + 1] in eulogies \
        and view.tokens[j + 2].text == ")"


@dataclass
class Token:
    index: int
    sent: int
    start: int
    end: int
    text: str
    sq: str


@dataclass
class Span:
    """A typed stretch of tokens [tok_start, tok_end) found by some rule."""

    tok_start: int
    tok_end: int
    start: int
    end: int
    sent: int
    label: str  # PER ORG LOC …
    domain: str | None = None
    kind: str | None = None  # agency kind, "province", "country", "city", "person", "pronoun"
    name: str = ""  # canonical name within the document
    key: str = ""  # canonical entity key within the document
    method: str = "pattern"
    score: float = 0.8
    source_id: str | None = None  # NER mention id when the span comes from the NER
    attrs: dict = field(default_factory=dict)


@dataclass
class DocView:
    doc_id: str
    text: str
    tokens: list[Token]
    sentences: list[tuple[int, int]]  # char (start, end) per sentence index
    sent_tokens: dict[int, tuple[int, int]]  # sent -> [first token, last token + 1)
    lex: Lexicons
    sq: list[str] = field(default_factory=list)  # squashed token texts, for phrase tables
    ner_starts: set[int] = field(default_factory=set)  # tokens where an NER mention begins
    ner_name_tokens: set[int] | None = None  # tokens inside NER PER/ORG/LOC/FAC mentions (None: no NER run)
    ner_person_tokens: set[int] = field(default_factory=set)  # tokens inside NER PER mentions
    ner_places: dict[int, int] = field(default_factory=dict)  # NER LOC mentions: first token → end token
    ner_orgs: dict[int, tuple[int, float]] = field(default_factory=dict)  # NER ORG: first token → (end, score)
    token_ends: list[int] = field(default_factory=list, init=False)  # each token's end char, for bisecting offsets

    def __post_init__(self) -> None:
        self.sq = [t.sq for t in self.tokens]
        self.token_ends = [t.end for t in self.tokens]

    def span_text(self, tok_start: int, tok_end: int) -> str:
        return self.text[self.tokens[tok_start].start:self.tokens[tok_end - 1].end]

    def make_span(self, tok_start: int, tok_end: int, label: str, **kw) -> Span:
        first, last = self.tokens[tok_start], self.tokens[tok_end - 1]
        return Span(tok_start, tok_end, first.start, last.end, first.sent, label, **kw)

    def sentence_bounds(self, sent: int) -> tuple[int, int]:
        return self.sent_tokens.get(sent, (0, 0))

    def sentence_of(self, k: int) -> tuple[int, int]:
        """Token bounds of the sentence token k lies in. k may be a span's end, and a span that closes the text
        («… معاون وزیر بهداشت») ends at the document's end: then the last sentence up to k, so a look-ahead from
        there finds nothing and a look-back still sees the sentence."""
        if k < len(self.tokens):
            return self.sentence_bounds(self.tokens[k].sent)
        return (self.sentence_bounds(self.tokens[-1].sent)[0] if self.tokens else k), k

    def first_colon(self, lo: int, hi: int, default: int | None = None) -> int | None:
        """The first «:» in [lo, hi) (else `default`): where a speech's frame («X گفت») ends and its quote begins."""
        return next((k for k in range(lo, hi) if self.tokens[k].text == ":"), default)

    def whole_line(self, sent: int) -> bool:
        """The sentence is a line of its own (a headline, a digest's section header)."""
        start, end = self.sentences[sent]
        return (start == 0 or self.text[start - 1] == "\n") and (end >= len(self.text) or self.text[end] == "\n")

    def past_marks(self, k: int, hi: int, marks: Collection[str]) -> int:
        """The first token at or after k (below hi) that is none of `marks` (quote marks around a name: «"X" و "Y"»)."""
        while k < hi and self.tokens[k].text in marks:
            k += 1
        return k

    def before_marks(self, end: int, lo: int, marks: Collection[str]) -> int:
        """`end` moved back past the `marks` that close a stretch ending there (not below lo)."""
        while end > lo and self.tokens[end - 1].text in marks:
            end -= 1
        return end

    def words_at(self, k: int, words: tuple[str, ...]) -> bool:
        """The squashed words `words` stand from token k on («به ترتیب» at k)."""
        return tuple(self.sq[k:k + len(words)]) == words

    def words_end_at(self, k: int, words: tuple[str, ...], lo: int = 0) -> bool:
        """The squashed words `words` stand right before token k, from lo on («به جز» before a name at k)."""
        return k - len(words) >= lo and tuple(self.sq[k - len(words):k]) == words

    def is_punct(self, i: int) -> bool:
        """No letter or digit: punctuation, and signs such as «+» («گروه 1 + 5»), which name nothing."""
        return not any(c.isalnum() for c in self.tokens[i].text)

    def is_stop(self, i: int) -> bool:
        """A token no name or organisation complement runs across."""
        tok = self.tokens[i]
        return (self.is_punct(i) or tok.sq in self.lex.function_words or tok.sq == CONJUNCTION
                or is_verb_like(tok.text) or bool(_DIGITS.match(tok.text)))

    def joins_list(self, i: int) -> bool:
        """«و» or a comma at token i: what joins the items of a list («X، Y و Z»)."""
        return self.sq[i] == CONJUNCTION or self.tokens[i].text in COMMAS

    def comma_ahead(self, k: int, hi: int, limit: int, stops: Collection[str] = ()) -> int | None:
        """The first comma in [k, min(hi, k + limit)), where only plain words stand before it — no verb, no
        punctuation, none of `stops` (an apposition closed by its comma: «X، | مادر یکی از دانش‌آموزان | ،»); else
        None."""
        for j in range(k, min(hi, k + limit)):
            if self.tokens[j].text in COMMAS:
                return j
            if self.sq[j] in stops or is_verb_like(self.tokens[j].text) or not self.is_persian_word(j):
                return None
        return None

    def opens_with_attribution(self, lo: int, hi: int) -> bool:
        """The stretch [lo, hi) (a sentence, or its start) opens with «به گزارش …» / «به نقل از …»."""
        return any(w in ATTRIBUTION_OPENERS for w in self.sq[lo:min(hi, lo + 3)])

    def is_persian_word(self, i: int) -> bool:
        return bool(_PERSIAN_WORD.match(self.tokens[i].text))

    def ner_name_ends_before(self, k: int) -> bool:
        """The NER tags a name that ends right before token k (k outside it or opening another)."""
        ner = self.ner_name_tokens
        return ner is not None and k - 1 in ner and (k not in ner or k in self.ner_starts)


_VERB_PREFIX = ("می\u200c", "نمی\u200c", "می ", "نمی ")
_VERB_WORDS = {squash(w) for w in ("است", "هست", "بود", "شد", "شود", "شده", "کرد", "کند", "کرده", "نمود",
                                      "گفت", "افزود", "گردید", "باشد", "بودند", "شدند", "کردند", "نمایند",
                                      "دارد", "داشت", "خواهد", "گرفت", "رسید", "داد", "دهد", "یافت")}


_VERB_FORM = re.compile(r"^(?:ن|ب|نمی|می)?(?:کرد|شد|شو|نمود|نما|گردید|گردد|داد|داشت|گرفت|رسید|یافت|ساخت|آورد|زد|"
                        r"خواه|کن|باش|گفت|خواست|توانست|دانست|آمد|رفت|فرمود|گذاشت|نوشت|نیست|بود)"
                        r"(?:م|ی|یم|ییم|ید|ند|د|ه|هاست|هاند|هبود|هایم|ن)?$")
# «دارند», «ندارد»: the present stem of «داشتن» takes only a personal ending here («داری» is also the noun ending
# of «خزانه‌داری»); «نبوده», «ندارد»: a negated verb word
_HAVE_FORM = re.compile(r"^(?:ن|نمی|می)?دار(?:م|یم|ید|د|ند)$")
# a past stem of choosing or accepting with a personal ending only: «… به عنوان رئیس فدراسیون برگزید» had made
# «فدراسیون برگزید» a body («برگزیده شدند»: the participle before its auxiliary stays a word of the name's run)
_CHOSE_FORM = re.compile(r"^(?:ن|نمی|می)?(?:برگزید|گزید|پذیرفت)(?:م|ی|یم|ید|ند)?$")
_NEGATED_VERB_WORDS = {"ن" + w for w in (_VERB_WORDS | {squash("بوده")}) - {squash(x) for x in ("است", "هست", "افزود")}}
# «بسته‌اند», «گذاشته‌ایم»: a past participle glued to a personal ending is a perfect verb
_PERFECT_ENDINGS = {squash(w) for w in ("اند", "ایم", "اید", "است")}  # (not «‌ام»: «خانه‌ام», my house)


PLURAL_SUFFIXES = ("\u200cهای", "\u200cها", "های", "ها")
ZWNJ_PLURAL_ENDINGS = ("\u200cها", "\u200cهای", "\u200cهایی")  # «کارت‌های», «هیئت‌ها»: surely a plural noun
EZAFE_PLURAL_ENDINGS = ("\u200cهای", "\u200cهایی")  # a plural in the ezafe, waiting for its noun


def names_by_start(persons: Sequence[Span]) -> dict[int, Span]:
    """Person names (not pronouns) by their first token, for rules that look for a name at a given token."""
    return {p.tok_start: p for p in persons if p.kind != "pronoun"}


def singular(word: str) -> str:
    """«شوراهای» → «شورا», «اتحادیه‌های» → «اتحادیه» (the word itself when it is not plural)."""
    for suffix in PLURAL_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return word[:-len(suffix)]
    return word


def is_choosing_verb(text: str) -> bool:
    """«برگزید», «پذیرفتند»: a simple verb of choosing or accepting, which takes an object, no predicate noun (the
    word before it ends a name: «… به عنوان رئیس فدراسیون کشتی | برگزید»)."""
    return bool(_CHOSE_FORM.match(squash(text)))


# a bare present stem glued after a ZWNJ makes a compound adjective or a surname, no verb: «موسوی‌خواه»,
# «آزادی‌خواه», «ریشه‌کن» (a probe, session 80: «سید احمدرضا موسوی‌خواه» had lost its surname)
_BARE_STEMS = {squash(w) for w in ("خواه", "کن")}


def is_verb_like(text: str) -> bool:
    """A finite or participial verb form («کرد», «نکردند», «شدیم», «می‌شود», «است»)."""
    sq = squash(text)
    if text.startswith(_VERB_PREFIX) or sq in _VERB_WORDS or sq in _NEGATED_VERB_WORDS or _VERB_FORM.match(sq) \
            or _HAVE_FORM.match(sq) or _CHOSE_FORM.match(sq):
        return True
    parts = text.split("\u200c")  # «تشکیل‌شده», «خواسته‌ایم»: a verb glued to its preverb or ending
    if len(parts) > 1 and squash(parts[-1]) in _PERFECT_ENDINGS and parts[-2].endswith("ه") and len(parts[-2]) > 2:
        return True
    return len(parts) > 1 and any(_VERB_FORM.match(squash(p)) and squash(p) not in _BARE_STEMS for p in parts[1:]) \
        or (len(parts) > 1 and bool(_VERB_FORM.match(squash(parts[0]))))


def regex_tokens(text: str) -> list[tuple[int, int]]:
    """Fallback tokenizer (words and punctuation) when the document carries no tokens."""
    return [(m.start(), m.end()) for m in _WORD_RE.finditer(text)]


def build_view(doc: Mapping, lex: Lexicons) -> DocView:
    """Token view from the document's own tokens and sentences (regex fallback when absent)."""
    text = doc["text"]
    sentences_in: Sequence[Mapping] = doc.get("sentences") or [{"sent_idx": 0, "start": 0, "end": len(text)}]
    sentences = {}
    for s in sentences_in:
        sentences[int(s["sent_idx"])] = (int(s["start"]), int(s["end"]))
    raw_tokens = doc.get("tokens")
    spans: list[tuple[int, int, int]] = []
    if raw_tokens:
        for t in raw_tokens:
            start, end = int(t["start"]), int(t["end"])
            # split glued punctuation so "X،" still ends a name
            for ws, we in regex_tokens(text[start:end]):
                spans.append((int(t["sent_idx"]), start + ws, start + we))
    else:
        ordered = sorted(sentences.items())
        for ws, we in regex_tokens(text):
            sent = next((k for k, (s, e) in ordered if s <= ws < e), ordered[-1][0] if ordered else 0)
            spans.append((sent, ws, we))
    spans.sort(key=lambda x: (x[1], x[2]))
    tokens = [Token(i, sent, s, e, text[s:e], squash(text[s:e])) for i, (sent, s, e) in enumerate(spans)]
    sent_tokens: dict[int, tuple[int, int]] = {}
    for tok in tokens:
        lo, hi = sent_tokens.get(tok.sent, (tok.index, tok.index + 1))
        sent_tokens[tok.sent] = (min(lo, tok.index), max(hi, tok.index + 1))
    ordered_sents = [sentences.get(k, (0, len(text))) for k in range(max(sentences) + 1)] if sentences else []
    return DocView(str(doc.get("doc_id", "")), text, tokens, ordered_sents, sent_tokens, lex)


def char_to_token_range(view: DocView, start: int, end: int) -> tuple[int, int] | None:
    """Token indices covered by a character span (tokens overlapping it)."""
    first = bisect.bisect_right(view.token_ends, start)
    last = first
    while last < len(view.tokens) and view.tokens[last].start < end:
        last += 1
    return (first, last) if last > first else None
