"""Cleaning: hazm normalisation, boilerplate removal and metadata, keeping a map back to the raw text.

Every transformation works on a `MappedText` (text plus, for each character, the index of the raw
character it came from), so any span of the cleaned text can be traced to the raw document.

Digit policy: the document's digits stay as written, ASCII (0-9) or Persian (۰-۹), so a name is stored as the
article writes it («شهرداری منطقه ۳»); Arabic-Indic digits (٠-٩) become Persian, as Arabic ي/ك become ی/ک.
The NER sees ASCII digits, its training data's form (`pipeline.ner.normalize.ascii_digits` in
`pipeline.stages.ner.sentence_words`), and the rules compare squashed words, which fold digits too
(`pipeline.lexicons.squash`). hazm's own digit conversion and its «»/decimal rewriting are off so that numbers
such as «12.5» survive intact.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from pipeline.config import read_yaml
from pipeline.errors import ConfigError

RESOURCES = Path(__file__).with_name("resources")
# the digit policy (module docstring): Arabic-Indic digits written as Persian ones
ARABIC_INDIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹")
# for reading numbers (dates) whatever digits the text uses; one character for one, so spans stay put
ASCII_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
# A left-to-right/right-to-left mark between two Arabic-script letters is a mistyped ZWNJ.
BIDI_AS_ZWNJ = re.compile("(?<=[\u0620-\u064a\u067e-\u06d3])[\u200e\u200f](?=[\u0620-\u064a\u067e-\u06d3])")
# Characters that carry no text: bidi controls, BOM, ZWJ, soft hyphen, other invisible formatting.
INVISIBLE = re.compile("[\u200b\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad\u2060]")
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Same-length letter unification used only to help alignment (hazm does the real normalisation).
ALIGN_CANON = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه"})
MAX_ALIGN_CHUNK = 2000
MAX_WORD_CHUNK = 200  # longer space-less runs are cut before hazm sees them (see _chunks)
NORMALISE_ROUNDS = 4  # hazm passes at most, until a line stops changing (see normalise)
STRUCTURE_ROUNDS = 4  # boilerplate/dateline/title removal repeated at most, until stable (clean_text)
# Lone surrogates (from JSON escapes or undecodable file names) cannot be written as UTF-8.
SURROGATES = re.compile("[\ud800-\udfff]")
# Same-length rewrites before hazm: replacement characters from undecodable bytes become spaces
# (so the words on either side stay apart), Unicode line/paragraph separators become newlines.
PRE_TRANSLATE = str.maketrans({"\ufffd": " ", "\u2028": "\n", "\u2029": "\n", "\x85": "\n"})
# A Persian document has Arabic-script letters; one without any is not processed (status empty).
ARABIC_SCRIPT_LETTER = re.compile("[\u0621-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff]")


@dataclass
class MappedText:
    text: str
    offsets: list[int]  # offsets[i] = index in the raw text of text[i]

    @classmethod
    def identity(cls, text: str) -> "MappedText":
        return cls(text, list(range(len(text))))

    def slice(self, start: int, end: int) -> "MappedText":
        return MappedText(self.text[start:end], self.offsets[start:end])


def concat(parts: Sequence[MappedText]) -> MappedText:
    offsets: list[int] = []
    for part in parts:
        offsets.extend(part.offsets)
    return MappedText("".join(p.text for p in parts), offsets)


def delete_spans(mapped: MappedText, spans: Sequence[tuple[int, int]]) -> MappedText:
    """Remove [start, end) spans (sorted, possibly overlapping) keeping the offset map aligned."""
    if not spans:
        return mapped
    keep: list[MappedText] = []
    pos = 0
    for start, end in sorted(spans):
        if start > pos:
            keep.append(mapped.slice(pos, start))
        pos = max(pos, end)
    keep.append(mapped.slice(pos, len(mapped.text)))
    return concat(keep)


def delete_matches(mapped: MappedText, pattern: re.Pattern) -> MappedText:
    return delete_spans(mapped, [m.span() for m in pattern.finditer(mapped.text)])


# Greedy alignment: how far ahead to look for the next agreeing run after a mismatch, and how
# long that run must be. Normalisation edits are local (a letter replaced, diacritics or a space
# deleted, a ZWNJ inserted), so a small window resynchronises; long deletions (hazm shortens
# «سلاممممم») are found with str.find up to FAR_SEARCH characters ahead.
RESYNC_WINDOW = 8
RESYNC_RUN = 3
FAR_SEARCH = 4096


def _equal_run(a: str, i: int, b: str, j: int) -> int:
    """Length of the common run a[i:] / b[j:], compared in blocks (linear, few Python steps)."""
    k, step = 0, 64
    limit = min(len(a) - i, len(b) - j)
    while step:
        while k + step <= limit and a[i + k:i + k + step] == b[j + k:j + k + step]:
            k += step
        step //= 4
    return k


def _resync(a: str, i: int, b: str, j: int) -> tuple[int, int]:
    """(skip in a, skip in b) after which both agree again.

    Candidates are tried by total skip; the first followed by RESYNC_RUN agreeing characters (or by
    the end of both strings) wins. Failing that, a long run of at most three distinct characters
    (repeated letters, diacritics, spaces) deleted or inserted; failing that, the candidate followed
    by the longest agreeing run; failing everything, one character replaced.
    """
    n, m = len(a), len(b)
    best, best_run = None, 0
    for total in range(1, 2 * RESYNC_WINDOW + 1):
        for di in range(max(0, total - RESYNC_WINDOW), min(total, RESYNC_WINDOW) + 1):
            dj = total - di
            ii, jj = i + di, j + dj
            if ii > n or jj > m:
                continue
            if ii == n or jj == m:
                if ii == n and jj == m:
                    return di, dj
                continue
            run = 0
            while run < RESYNC_RUN and ii + run < n and jj + run < m and a[ii + run] == b[jj + run]:
                run += 1
            if run == RESYNC_RUN or (run and (ii + run == n and jj + run == m)):
                return di, dj
            if run > best_run:
                best, best_run = (di, dj), run
    probe = b[j:j + RESYNC_RUN]
    if len(probe) == RESYNC_RUN:
        k = a.find(probe, i, i + FAR_SEARCH)
        if k != -1 and len(set(a[i:k])) <= 3:
            return k - i, 0  # a long deletion (hazm shortens repeated letters)
    probe = a[i:i + RESYNC_RUN]
    if len(probe) == RESYNC_RUN:
        k = b.find(probe, j, j + FAR_SEARCH)
        if k != -1 and len(set(b[j:k])) <= 3:
            return 0, k - j
    if best is not None:
        return best
    return (1 if i < n else 0), 1  # no anchor in sight: treat one character as replaced


def align(source: str, target: str) -> list[int]:
    """For each character of `target`, the index of the `source` character it derives from.

    Linear time on any input (a greedy walk that resynchronises after each local edit); the result
    is non-decreasing and within [0, len(source)) whenever `source` is non-empty. difflib's
    SequenceMatcher, used before, is quadratic on repetitive text (a 2,000-character chunk of one
    repeated word took seconds) and dominated the cleaning time even on news text.
    """
    if source == target:
        return list(range(len(target)))
    a = source.translate(ALIGN_CANON)
    b = target
    n, m = len(a), len(b)
    last = max(n - 1, 0)
    mapping: list[int] = []
    i = j = 0
    while j < m:
        run = _equal_run(a, i, b, j) if i < n else 0
        if run:
            mapping.extend(range(i, i + run))
            i += run
            j += run
            continue
        di, dj = _resync(a, i, b, j)
        if di and dj:
            mapping.extend(i + k for k in _block_align(a[i:i + di], b[j:j + dj]))
        else:
            mapping.extend([min(i, last)] * dj)  # inserted: the next source character
        i += di
        j += dj
    return mapping


def _block_align(a: str, b: str) -> list[int]:
    """Exact alignment of one small replaced block (both sides at most a few characters)."""
    mapping: list[int] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            mapping.extend(range(i1, i2))
        elif tag == "replace":
            mapping.extend(i1 + min(k, i2 - i1 - 1) for k in range(j2 - j1))
        elif tag == "insert":
            mapping.extend([min(i1, len(a) - 1)] * (j2 - j1))
    return mapping


def _chunks(line: str, size: int, word_limit: int | None = None) -> list[str]:
    """Split a long line at whitespace into pieces of about `size` characters (hard split if none).

    Runs of more than `word_limit` non-space characters are cut into `word_limit` pieces first:
    hazm's repeated-letter rule is cubic in the length of a word (a 2,000-letter «word» takes
    0.2 s, 256 letters 2 ms), so one space-less line of a million letters would take minutes.
    """
    if word_limit is not None and len(line) > word_limit:
        pieces: list[str] = []
        pos = 0
        for match in re.finditer(r"\S{%d,}" % (word_limit + 1), line):
            if match.start() > pos:
                pieces.extend(_chunks(line[pos:match.start()], size))
            pieces.extend(line[k:min(k + word_limit, match.end())] for k in range(match.start(), match.end(), word_limit))
            pos = match.end()
        if pos < len(line) or not pieces:
            pieces.extend(_chunks(line[pos:], size))
        return pieces
    pieces, start = [], 0
    while len(line) - start > size:
        cut = line.rfind(" ", start + size // 2, start + size)
        cut = cut + 1 if cut != -1 else start + size
        pieces.append(line[start:cut])
        start = cut
    pieces.append(line[start:])
    return pieces


def make_normalizer():
    """hazm's Normalizer with the digit policy's settings (its digit conversion and «»/decimal rewriting off)."""
    import hazm

    return hazm.Normalizer(persian_numbers=False, persian_style=False)


def _normalise_line(line: MappedText, normalizer) -> MappedText:
    """One pass of hazm (bounded pieces, each re-aligned to its source) plus the digit policy."""
    out: list[MappedText] = []
    pos = 0
    for piece in _chunks(line.text, MAX_ALIGN_CHUNK, MAX_WORD_CHUNK):
        # hazm strips its input: keep the whitespace around each piece, or the words on either
        # side of a cut between two pieces would be glued together (tidy_whitespace trims later).
        core = piece.strip()
        lead = piece.find(core[:1]) if core else len(piece)
        if lead:
            out.append(line.slice(pos, pos + lead))
        if core:
            normalised = normalizer.normalize(core).translate(ARABIC_INDIC_DIGITS)
            local = align(core, normalised)
            out.append(MappedText(normalised, [line.offsets[pos + lead + k] for k in local]))
        trail = len(piece) - lead - len(core)
        if trail:
            out.append(line.slice(pos + len(piece) - trail, pos + len(piece)))
        pos += len(piece)
    return concat(out)


def normalise(mapped: MappedText, normalizer, max_rounds: int = NORMALISE_ROUNDS, *,
              fixed: set[str] | None = None) -> MappedText:
    """Run hazm's Normalizer line by line until the text no longer changes (at most `max_rounds`).

    hazm is not idempotent: about one line in 300 of the Fars articles changes again on a second
    pass (a doubled ZWNJ, a ZWNJ after a full stop), and a line cut into pieces is normalised
    differently once its length changes. Cleaning promises clean(clean(x).text).text ==
    clean(x).text, so each line is normalised again until it is a fixed point; only lines the
    previous pass changed are redone, which costs a second pass over most news text (≈ 3 ms per
    1,000 characters). Arabic-Indic digits become Persian in every pass (the digit policy above).

    `fixed`, if given, holds lines already known to be fixed points (skipped) and receives the
    new ones: cleaning calls this again after removing boilerplate, and only touched lines cost.
    """
    out: list[MappedText] = []
    pos = 0
    for line in mapped.text.split("\n"):
        current = mapped.slice(pos, pos + len(line))
        if fixed is None or line not in fixed:
            for _ in range(max_rounds):
                following = _normalise_line(current, normalizer)
                if following.text == current.text:
                    if fixed is not None:
                        fixed.add(current.text)
                    break
                current = following
        out.append(current)
        pos += len(line)
        if pos < len(mapped.text):  # the newline itself
            out.append(mapped.slice(pos, pos + 1))
            pos += 1
    return concat(out)


def tidy_whitespace(mapped: MappedText) -> MappedText:
    """Trim lines, collapse runs of spaces and blank lines, strip the document's ends."""
    mapped = delete_matches(mapped, re.compile(r"[ \t\r]+(?=\n)|(?<=\n)[ \t\r]+|(?<=[ \t])[ \t]+"))
    mapped = delete_matches(mapped, re.compile(r"(?<=\n\n)\n+"))
    text = mapped.text
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    return mapped.slice(start, end)


@lru_cache(maxsize=4)
def load_rules(path: str | None = None) -> dict:
    """Boilerplate rules from the data file, compiled once."""
    data = read_yaml(Path(path or RESOURCES / "boilerplate.yaml"), "clean.boilerplate_rules file") or {}

    def compile_(pattern: str) -> re.Pattern:
        return re.compile(pattern.replace(" ", "[ \u200c]*"), re.MULTILINE)

    return {
        "drop_lines": [compile_(p) for p in data.get("drop_lines", [])],
        "drop_phrases": [compile_(p) for p in data.get("drop_phrases", [])],
        "truncate_from": [compile_(p) for p in data.get("truncate_from", [])],
        "agency_line": compile_(data["agency_line"]) if data.get("agency_line") else None,
    }


@lru_cache(maxsize=4)
def load_metadata_rules(path: str | None = None) -> dict:
    data = read_yaml(Path(path or RESOURCES / "metadata.yaml"), "clean.metadata_rules file") or {}
    months = data["jalali_months"]
    date_re = re.compile(r"(\d{1,2})\s*(" + "|".join(months) + r")\s*(?:ماه\s*)?(1[34]\d\d)")
    url_dates = [re.compile(p) for p in data.get("url_dates", [])]
    for pattern in url_dates:
        if not {"year", "month", "day"} <= set(pattern.groupindex):
            raise ConfigError(f"{path or RESOURCES / 'metadata.yaml'}: url_dates pattern {pattern.pattern!r} needs the "
                              f"named groups (?P<year>…), (?P<month>…) and (?P<day>…)")
    return {"agencies": data["agencies"], "months": months, "date_re": date_re,
            "date_search_lines": int(data.get("date_search_lines", 5)), "url_dates": url_dates}


def line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def remove_boilerplate(mapped: MappedText, rules: dict) -> MappedText:
    text = mapped.text
    cut = len(text)
    for pattern in rules["truncate_from"]:
        for match in pattern.finditer(text):
            at_line_start = match.start() == 0 or text[:match.start()].rstrip(" \u200c").endswith("\n")
            if at_line_start and match.start() >= len(text) // 2:
                cut = min(cut, match.start())
                break
    spans = [(cut, len(text))] if cut < len(text) else []
    for start, end in line_spans(text):
        line = text[start:end]
        if any(p.search(line) for p in rules["drop_lines"]):
            spans.append((start, min(end + 1, len(text))))
    for pattern in rules["drop_phrases"]:
        spans.extend(m.span() for m in pattern.finditer(text))
    return delete_spans(mapped, spans)


def jalali_to_gregorian(year: int, month: int, day: int):
    import jdatetime

    return jdatetime.date(year, month, day).togregorian()


def jalali_date(year: int, month: int, day: int):
    """(Gregorian date, Jalali `YYYY-MM-DD`), the pair stored as `published`/`published_jalali`; ValueError if
    there is no such Jalali day."""
    return jalali_to_gregorian(year, month, day), f"{year:04d}-{month:02d}-{day:02d}"


@dataclass
class Metadata:
    title: str | None = None
    agency: str | None = None
    published: object = None  # datetime.date
    published_jalali: str | None = None


# «1403/04/16», «۱۴۰۳/۰۴/۱۶ - ۱۰:۳۵»: a numeric Jalali date (year first), taken only from a line that is a dateline
NUMERIC_JALALI_DATE = re.compile(r"(?<!\d)(1[34]\d\d)\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?!\d)")


def find_date(text: str, meta_rules: dict) -> tuple[tuple[int, int] | None, tuple[int, int, int] | None]:
    """Jalali date in the dateline: returns (span of its line, (year, month, day))."""
    for index, (start, end) in enumerate(line_spans(text)):
        if index >= meta_rules["date_search_lines"]:
            break
        line = text[start:end].translate(ASCII_DIGITS)
        match = meta_rules["date_re"].search(line)
        if match:
            day, month, year = int(match.group(1)), meta_rules["months"].index(match.group(2)) + 1, int(match.group(3))
            if 1 <= day <= 31:
                return (start, end), (year, month, day)
        match = NUMERIC_JALALI_DATE.search(line)
        if match and _is_dateline(line, meta_rules):
            year, month, day = map(int, match.groups())
            if 1 <= month <= 12 and 1 <= day <= 31:
                return (start, end), (year, month, day)
    return None, None


def parse_date_field(value: str | None):
    """A record's `date`: ISO Gregorian `YYYY-MM-DD` or Jalali `1403/04/16`; None if unreadable."""
    if not value:
        return None, None
    match = re.match(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", value.translate(ASCII_DIGITS))
    if not match:
        return None, None
    year, month, day = map(int, match.groups())
    import datetime

    try:
        if year < 1700:
            return jalali_date(year, month, day)
        import jdatetime

        greg = datetime.date(year, month, day)
        jal = jdatetime.date.fromgregorian(date=greg)
        return greg, f"{jal.year:04d}-{jal.month:02d}-{jal.day:02d}"
    except ValueError:
        return None, None


def date_from_url(url: str | None, meta_rules: dict):
    """The Jalali date a news id in the URL opens with (`url_dates` of metadata.yaml); (None, None) if none."""
    for pattern in meta_rules["url_dates"] if url else ():
        match = pattern.search(url)
        if match:
            year, month, day = (int(match.group(k)) for k in ("year", "month", "day"))
            year += 1300 if year < 100 else 0
            try:
                return jalali_date(year, month, day)
            except ValueError:  # an id that only looks like a date
                continue
    return None, None


def find_agency(text: str, meta_rules: dict) -> str | None:
    names = sorted(meta_rules["agencies"], key=len, reverse=True)
    pattern = re.compile(r"خبرگزاری[ \u200c]+(" + "|".join(re.escape(n) for n in names) + r")(?![\w\u200c])")
    match = pattern.search(text)
    if match is None:
        # Agency copy often says «به گزارش فارس» or «به گزارش خبرنگار فارس» without the word خبرگزاری.
        credit = re.compile(r"به گزارش[ \u200c]+(?:خبرنگار[ \u200c]+)?(?:[^\s]+[ \u200c]+){0,3}?(?:خبرگزاری[ \u200c]+)?("
                            + "|".join(re.escape(n) for n in names) + r")(?![\w\u200c])")
        match = credit.search(text[:2000])
    return f"خبرگزاری {match.group(1)}" if match else None


@dataclass
class CleanedDocument:
    text: str
    offsets: list[int]
    metadata: Metadata
    note: str | None = None


def clean_text(raw: str, normalizer, rules: dict, meta_rules: dict, *, title: str | None = None,
               title_in_text: bool = False, date_field: str | None = None, url: str | None = None,
               max_chars: int = 1_000_000) -> CleanedDocument:
    """Raw decoded text → cleaned text, offset map and metadata. Never raises on odd input."""
    note = None
    if len(raw) > max_chars:
        # Cut before building the offset map (a 10 MB page would otherwise cost a list of 10
        # million ints), at a line break or space near the limit so no word is cut in two.
        cut = raw.rfind("\n", max_chars - max_chars // 10, max_chars)
        if cut <= 0:
            cut = raw.rfind(" ", max_chars - max_chars // 10, max_chars)
        cut = cut if cut > 0 else max_chars
        note = (f"truncated: {len(raw)} characters, over the limit clean.max_doc_chars={max_chars}; "
                f"the first {cut} kept")
        raw = raw[:cut]
    mapped = MappedText.identity(SURROGATES.sub("\ufffd", raw).translate(PRE_TRANSLATE))
    mapped = delete_matches(mapped, re.compile(r"\r(?=\n)"))
    mapped = MappedText(mapped.text.replace("\r", "\n"), mapped.offsets)
    # a bidi mark between two letters stands for a ZWNJ («حجت‎الاسلام» typed with U+200E): same length, same offsets
    mapped = MappedText(BIDI_AS_ZWNJ.sub("\u200c", mapped.text), mapped.offsets)
    mapped = delete_matches(mapped, INVISIBLE)
    mapped = delete_matches(mapped, CONTROL)
    fixed: set[str] = set()
    mapped = normalise(mapped, normalizer, fixed=fixed)
    metadata = Metadata()
    date_span, jalali = find_date(mapped.text, meta_rules)
    if jalali:
        try:
            metadata.published, metadata.published_jalali = jalali_date(*jalali)
        except ValueError:
            jalali = None
        if date_span and _is_dateline(mapped.text[date_span[0]:date_span[1]], meta_rules):
            mapped = delete_spans(mapped, [(date_span[0], min(date_span[1] + 1, len(mapped.text)))])
    if metadata.published is None and date_field:
        metadata.published, metadata.published_jalali = parse_date_field(date_field)
    if metadata.published is None:
        metadata.published, metadata.published_jalali = date_from_url(url, meta_rules)
    metadata.agency = find_agency(mapped.text, meta_rules)
    mapped = _remove_structure(mapped, rules, meta_rules, dateline=False)
    # Removing a line or phrase can expose more of the same (a second dateline, a title repeated
    # further down) or join words hazm would now respace: repeat until nothing changes, so that
    # cleaning is idempotent. Typical news text is stable after the first repetition (all its
    # lines are known fixed points, so hazm does not run again).
    for _ in range(STRUCTURE_ROUNDS):
        before = mapped.text
        mapped = tidy_whitespace(normalise(mapped, normalizer, fixed=fixed))
        mapped = _remove_structure(mapped, rules, meta_rules, dateline=True)
        if mapped.text == before:
            break
    lines = [line.strip() for line in mapped.text.split("\n") if line.strip()]
    if title is not None:
        title = SURROGATES.sub("\ufffd", title[:1000]).translate(PRE_TRANSLATE)
        title = CONTROL.sub("", INVISIBLE.sub("", title))
        metadata.title = " ".join(normalise(MappedText.identity(title), normalizer).text.split()) or None
    elif title_in_text and lines:
        metadata.title = lines[0]
    return CleanedDocument(mapped.text, mapped.offsets, metadata, note)


def _remove_structure(mapped: MappedText, rules: dict, meta_rules: dict, dateline: bool) -> MappedText:
    """Dateline (optional), boilerplate, agency label lines, spacing, repeated title."""
    if dateline:
        date_span, _ = find_date(mapped.text, meta_rules)
        if date_span and _is_dateline(mapped.text[date_span[0]:date_span[1]], meta_rules):
            mapped = delete_spans(mapped, [(date_span[0], min(date_span[1] + 1, len(mapped.text)))])
    mapped = remove_boilerplate(mapped, rules)
    if rules["agency_line"] is not None:
        mapped = delete_spans(mapped, [(s, min(e + 1, len(mapped.text))) for s, e in line_spans(mapped.text)
                                       if rules["agency_line"].match(mapped.text[s:e])])
    mapped = tidy_whitespace(mapped)
    return _drop_repeated_title(mapped)


def has_persian(text: str) -> bool:
    """Whether the text holds at least one Arabic-script letter (Persian, Arabic, Urdu …)."""
    return ARABIC_SCRIPT_LETTER.search(text) is not None


def _is_dateline(line: str, meta_rules: dict) -> bool:
    """A line holding only a date and perhaps a weekday/time: metadata, not text."""
    rest = meta_rules["date_re"].sub(" ", line)
    rest = re.sub(r"(شنبه|یکشنبه|یک‌شنبه|دوشنبه|سه‌شنبه|سه شنبه|چهارشنبه|پنجشنبه|پنج‌شنبه|جمعه|ساعت|[\d:،,\-/ \u200c])",
                  " ", rest)
    return not rest.strip()


def _drop_repeated_title(mapped: MappedText) -> MappedText:
    """News pages repeat the headline under the source label; keep its first occurrence only."""
    spans = line_spans(mapped.text)
    first = next(((s, e) for s, e in spans if mapped.text[s:e].strip()), None)
    if first is None:
        return mapped
    title = mapped.text[first[0]:first[1]].strip()
    drop = [(s, min(e + 1, len(mapped.text))) for s, e in spans[1:6]
            if s > first[0] and mapped.text[s:e].strip() == title]
    return tidy_whitespace(delete_spans(mapped, drop)) if drop else mapped


def compress_offsets(offsets: Sequence[int]) -> list[int]:
    """Run-length form [clean_start, raw_start, …]: raw = raw_start + (i - clean_start) within a run."""
    runs: list[int] = []
    previous = None
    for index, raw in enumerate(offsets):
        if previous is None or raw != previous + 1:
            runs.extend((index, raw))
        previous = raw
    return runs


def raw_offset(runs: Sequence[int], index: int) -> int:
    """Raw-text index of cleaned character `index`, from the run-length offset map."""
    import bisect

    starts = runs[0::2]
    k = bisect.bisect_right(starts, index) - 1
    if k < 0:
        raise IndexError(index)
    return runs[2 * k + 1] + (index - starts[k])
