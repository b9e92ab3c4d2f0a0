"""Read input files into raw documents: one per text file, one per JSON/JSONL/Parquet record.

Every input yields at least one `RawDocument`; one that cannot be read carries an `error`
instead of text, so the documents table accounts for every input.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator

SUPPORTED_SUFFIXES = (".txt", ".md", ".json", ".jsonl", ".html", ".htm", ".parquet")


@dataclass
class RawDocument:
    source: str
    raw_text: str | None
    raw_sha256: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    encoding: str | None = None
    error: str | None = None  # set: the document could not be read (status failed)
    title_in_text: bool = False  # text files: the first line may be the title
    record: bool = False  # one record of a JSON/JSONL/Parquet file, not a whole file
    warning: str | None = None  # read, but with a problem worth reporting (kept in documents.error)
    extra: dict = field(default_factory=dict)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_SURROGATES = re.compile("[\ud800-\udfff]")
# Undecodable bytes replaced by U+FFFD are accepted as UTF-8 when they are at most this share of
# the non-ASCII characters (Windows-1256 text read as UTF-8 fails on most of its letters).
MAX_INVALID_UTF8_SHARE = 0.1


def safe_str(value: str | None) -> str | None:
    """A string that can be written as UTF-8: lone surrogates (JSON escapes) become U+FFFD."""
    return _SURROGATES.sub("\ufffd", value) if isinstance(value, str) else value


def display_path(rel: str) -> str:
    """A file name as text: bytes that are not UTF-8 (kept by the OS as surrogates) shown as \\xNN."""
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _looks_like_text(text: str, count_replacements: bool = True) -> bool:
    """Reject decodes that produced mostly control characters (binary files decoded by chance)."""
    if not text:
        return True
    bad = sum(1 for ch in text[:4096] if (ord(ch) < 32 and ch not in "\t\n\r\f")
              or (count_replacements and ch == "\ufffd"))
    return bad / min(len(text), 4096) < 0.02


@dataclass
class Decoded:
    text: str
    encoding: str
    warning: str | None = None  # e.g. invalid UTF-8 bytes replaced


def _lenient_utf8(data: bytes, exc: UnicodeDecodeError) -> Decoded | None:
    """UTF-8 with a few bad bytes (a corrupted download): replace them, say where; None if not UTF-8."""
    text = data.decode("utf-8", errors="replace")
    n_bad = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    n_good = sum(1 for ch in text if ord(ch) > 127) - n_bad - data.count("\ufffd".encode("utf-8"))
    if n_good <= 0 or n_bad > MAX_INVALID_UTF8_SHARE * (n_good + n_bad):
        return None
    line = data.count(b"\n", 0, exc.start) + 1
    return Decoded(text, "utf-8", f"invalid UTF-8: {n_bad} undecodable byte sequence(s) replaced, the first at "
                                  f"byte {exc.start} (line {line}): {exc.reason}")


def decode(data: bytes) -> Decoded:
    """Decode UTF-8 (BOM or not, a few invalid bytes tolerated and reported), UTF-16 (BOM) or
    Windows-1256; raise ValueError naming why not."""
    encoding = "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        data, encoding = data[len(codecs.BOM_UTF8):], "utf-8-sig"
    elif data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ValueError(f"UTF-16 byte-order mark but invalid UTF-16 at byte {exc.start}: {exc.reason}") from None
        if not _looks_like_text(text):
            raise ValueError("decoded as utf-16 but the content is binary (control characters)")
        return Decoded(text, "utf-16")
    head = data[:65536]
    if head.count(b"\x00") > max(1, len(head) // 100):  # a stray NUL or two in a text file is kept (and removed)
        raise ValueError("binary content (NUL bytes) and no UTF-16 byte-order mark")
    try:
        decoded = Decoded(data.decode("utf-8"), encoding)
    except UnicodeDecodeError as exc:
        utf8_error = exc
        decoded = _lenient_utf8(data, exc)
        if decoded is not None:
            decoded.encoding = encoding
        elif encoding == "utf-8-sig":
            raise ValueError(f"UTF-8 byte-order mark but not UTF-8 ({exc.reason} at byte {exc.start})") from None
        else:
            try:
                text = data.decode("cp1256")
            except UnicodeDecodeError:
                raise ValueError(f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) "
                                 "and not Windows-1256") from None
            # cp1256 decodes almost any byte string: accept it only if it yields Arabic-script letters.
            arabic = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")
            if arabic < max(1, len(text) // 20):
                raise ValueError(f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}); "
                                 "Windows-1256 decoding gives no Persian text") from None
            decoded = Decoded(text, "windows-1256")
    if not _looks_like_text(decoded.text, count_replacements=decoded.warning is None):
        raise ValueError(f"decoded as {decoded.encoding} but the content is binary (control characters)")
    n_nul = decoded.text.count("\x00")
    if n_nul:
        note = f"{n_nul} NUL byte(s) removed, the first at character {decoded.text.index(chr(0))}"
        decoded.warning = f"{decoded.warning}; {note}" if decoded.warning else note
    return decoded


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode UTF-8 (BOM or not), UTF-16 (BOM) or Windows-1256; raise ValueError naming why not."""
    decoded = decode(data)
    return decoded.text, decoded.encoding


class _VisibleText(HTMLParser):
    """Collect the text a browser would show: skip script/style/head, break lines at blocks."""

    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "title"}
    HIDDEN = {"script", "style", "noscript", "template", "svg"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: str | None = None
        self._hidden = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self._hidden += 1
        if tag == "title":
            self._in_title = True
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self._hidden:
            self._hidden -= 1
        if tag == "title":
            self._in_title = False
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title = (self.title or "") + data.strip()
            return
        if not self._hidden:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str | None]:
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    return "\n".join(line for line in lines if line), parser.title


def record_text(record: dict) -> str | None:
    """Compose a record's text from title, abstract and text/paragraphs (what annotators see)."""
    body = record.get("text")
    if body is None and isinstance(record.get("paragraphs"), list):
        body = "\n".join(str(p) for p in record["paragraphs"] if p is not None)
    if body is None or not isinstance(body, str):
        return None
    head = [str(record[k]) for k in ("title", "abstract") if isinstance(record.get(k), str) and record[k].strip()]
    return "\n".join(head + [body])


def _record_sha256(record) -> str:
    # surrogatepass: a record with a lone surrogate escape still hashes (identically otherwise);
    # default=str: Parquet values such as dates and bytes have no JSON form.
    blob = json.dumps(record, ensure_ascii=False, sort_keys=True, default=str)
    return sha256(blob.encode("utf-8", "surrogatepass"))


def _record_document(source: str, record, line_hint: str = "") -> RawDocument:
    digest = _record_sha256(record)
    if not isinstance(record, dict):
        return RawDocument(source, None, digest,
                           error=f"{source}{line_hint}: record is a {type(record).__name__}, expected an object")
    text = record_text(record)
    title = safe_str(record.get("title")) if isinstance(record.get("title"), str) else None
    url = safe_str(next((record[k] for k in ("url", "link") if isinstance(record.get(k), str)), None))
    date = safe_str(record.get("date")) if isinstance(record.get("date"), str) else None
    if text is None:
        if "text" in record and record["text"] is not None:
            why = f"record's 'text' is a {type(record['text']).__name__}, expected a string"
        else:
            why = f"record has no 'text' or 'paragraphs' field (fields: {', '.join(sorted(map(str, record))) or 'none'})"
        return RawDocument(source, None, digest, title=title, url=url, date=date, error=f"{source}{line_hint}: {why}")
    return RawDocument(source, text, digest, title=title, url=url, date=date, encoding="utf-8",
                       title_in_text=title is not None, record=True)


def _read_json(path: Path, rel: str, data: bytes) -> Iterator[RawDocument]:
    try:
        decoded = decode(data)
        payload = json.loads(decoded.text)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError; deep nesting recurses
        yield RawDocument(rel, None, sha256(data), error=f"{rel}: invalid JSON: {exc or type(exc).__name__}")
        return
    # a list holds records «file.json#i»; one object is one document, named by its file like a .txt («file.json»),
    # which is what a scorer that keys documents by file name finds
    records = enumerate(payload) if isinstance(payload, list) else [(None, payload)]
    for i, record in records:
        doc = _record_document(rel if i is None else f"{rel}#{i}", record)
        doc.warning = doc.warning or (f"{rel}: {decoded.warning}" if decoded.warning else None)
        yield doc


def _jsonl_document(rel: str, index: int, line_no: int, line: bytes, max_bytes: int,
                    size: int | None = None) -> RawDocument:
    source = f"{rel}#{index}"
    where = f"{rel} line {line_no}"
    size = len(line) if size is None else size
    if size > max_bytes:
        return RawDocument(source, None, sha256(line),
                           error=f"{where}: {size} bytes, over the limit ingest.max_file_bytes={max_bytes}")
    try:
        decoded = decode(line)
        record = json.loads(decoded.text)
    except (ValueError, RecursionError) as exc:
        return RawDocument(source, None, sha256(line), error=f"{where}: invalid JSON: {exc or type(exc).__name__}")
    doc = _record_document(source, record, f" (line {line_no})")
    if decoded.warning:
        doc.warning = f"{where}: {decoded.warning}"
    return doc


def _read_jsonl(path: Path, rel: str, max_bytes: int) -> Iterator[RawDocument]:
    """One record per line, streamed: a JSONL corpus of any size is never read whole.

    Lines are split at \\n only (JSON text may hold U+2028, which str.splitlines would split at).
    """
    with path.open("rb") as handle:
        head = handle.read(4)
    if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
        if path.stat().st_size > max_bytes:
            yield RawDocument(rel, None, sha256(head), error=f"{rel}: UTF-16 JSONL over the limit "
                                                            f"ingest.max_file_bytes={max_bytes}")
            return
        try:
            text = decode(path.read_bytes()).text
        except ValueError as exc:
            yield RawDocument(rel, None, sha256(path.read_bytes()), error=f"{rel}: cannot decode: {exc}")
            return
        lines = ((line, len(line)) for line in (t.encode("utf-8", "surrogatepass") for t in text.split("\n")))
    else:
        lines = _binary_lines(path, max_bytes)
    index = 0
    for line_no, (line, size) in enumerate(lines, start=1):
        if line_no == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8):]
        if size <= max_bytes and not line.strip():
            continue
        yield _jsonl_document(rel, index, line_no, line.rstrip(b"\r"), max_bytes, size)
        index += 1


def _binary_lines(path: Path, max_bytes: int) -> Iterator[tuple[bytes, int]]:
    """(line without its newline, its full size); a line over `max_bytes` is not held in memory:
    only its first `max_bytes` bytes come back, with the size it really has."""
    with path.open("rb") as handle:
        while True:
            line = handle.readline(max_bytes + 1)
            if not line:
                return
            size = len(line)
            if size > max_bytes and not line.endswith(b"\n"):
                while True:
                    rest = handle.readline(1 << 20)
                    size += len(rest)
                    if not rest or rest.endswith(b"\n"):
                        break
                line = line[:max_bytes]
            elif line.endswith(b"\n"):
                line, size = line[:-1], size - 1
            yield line, size


def _read_parquet(path: Path, rel: str) -> Iterator[RawDocument]:
    """Records streamed by batches straight from the file (never read whole)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        with path.open("rb") as handle:
            head = handle.read(65536)
        yield RawDocument(rel, None, sha256(head), error=f"{rel}: not a readable Parquet file: {exc}")
        return
    if "text" not in parquet.schema_arrow.names:
        yield RawDocument(rel, None, sha256(rel.encode("utf-8")),
                          error=f"{rel}: Parquet file has no 'text' column "
                                f"(columns: {', '.join(parquet.schema_arrow.names)})")
        return
    index = 0
    for batch in parquet.iter_batches(batch_size=1000):
        for record in batch.to_pylist():
            yield _record_document(f"{rel}#{index}", {k: v for k, v in record.items() if v is not None})
            index += 1


def _trim_partial_character(data: bytes) -> bytes:
    """Drop a UTF-8 sequence cut in two at the end of `data` (a file read only up to a limit)."""
    for back in range(1, min(4, len(data)) + 1):
        byte = data[-back]
        if byte < 0x80:
            return data
        if byte >= 0xC0:  # a lead byte: complete if its sequence fits
            need = 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
            return data if back >= need else data[:-back]
    return data


def _read_text_file(path: Path, rel: str, data: bytes, truncated_note: str | None = None) -> Iterator[RawDocument]:
    try:
        decoded = decode(data)
    except ValueError as exc:
        yield RawDocument(rel, None, sha256(data), error=f"{rel}: cannot decode: {exc}")
        return
    text, title = decoded.text, None
    if path.suffix.lower() in (".html", ".htm"):
        text, title = html_to_text(text)
    warnings = [w for w in (truncated_note, decoded.warning) if w]
    yield RawDocument(rel, text, sha256(data), title=safe_str(title), encoding=decoded.encoding,
                      title_in_text=title is None, warning="; ".join(f"{rel}: {w}" for w in warnings) or None)


def list_inputs(input_path: Path) -> list[tuple[Path, str]]:
    """Input files in a stable order with their source names (relative to the input folder)."""
    input_path = Path(input_path)
    if input_path.is_file():
        return [(input_path, display_path(input_path.name))]
    if not input_path.is_dir():
        from pipeline.errors import InputError

        raise InputError(f"input {input_path} does not exist")
    files = [p for p in input_path.rglob("*") if p.is_file() and not any(part.startswith(".") for part in
                                                                          p.relative_to(input_path).parts)]
    return sorted(((p, display_path(p.relative_to(input_path).as_posix())) for p in files),
                  key=lambda item: item[1])


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _read_file(path: Path, rel: str, suffix: str, max_file_bytes: int) -> Iterator[RawDocument]:
    if suffix == ".jsonl":
        yield from _read_jsonl(path, rel, max_file_bytes)
        return
    if suffix == ".parquet":
        yield from _read_parquet(path, rel)
        return
    size = path.stat().st_size
    if size > max_file_bytes:
        if suffix == ".json":
            yield RawDocument(rel, None, _file_sha256(path),
                              error=f"{rel}: file is {size} bytes, over the limit ingest.max_file_bytes="
                                    f"{max_file_bytes} (a JSON file is parsed whole; use JSONL for big corpora)")
            return
        # A text page over the limit: read the first max_file_bytes only, and say so.
        with path.open("rb") as handle:
            data = _trim_partial_character(handle.read(max_file_bytes))
        note = f"file is {size} bytes, over the limit ingest.max_file_bytes={max_file_bytes}; the first {len(data)} read"
        docs = list(_read_text_file(path, rel, data, note))
        for doc in docs:
            doc.raw_sha256 = _file_sha256(path)  # the whole file's content identifies the document
        yield from docs
        return
    data = path.read_bytes()
    if suffix == ".json":
        yield from _read_json(path, rel, data)
    else:
        yield from _read_text_file(path, rel, data)


def read_documents(input_path: Path, max_file_bytes: int) -> Iterator[RawDocument]:
    """Stream raw documents from a file or folder; unsupported or unreadable files become failed docs.

    Every input file yields at least one document: a container with no records (an empty JSON
    list, an empty JSONL file) yields an empty one, and a reader that fails part-way through a file
    yields a failed document for the rest, naming the file and how far it got.
    """
    inputs = list_inputs(input_path)
    if not inputs:
        from pipeline.errors import InputError

        raise InputError(f"input folder {input_path} holds no files (hidden files and folders are skipped)")
    for path, rel in inputs:
        suffix = path.suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            try:
                digest = _file_sha256(path)
            except OSError:
                digest = sha256(rel.encode("utf-8"))
            yield RawDocument(rel, None, digest,
                              error=f"{rel}: unsupported file type {suffix or '(none)'}; "
                                    f"supported: {', '.join(SUPPORTED_SUFFIXES)}")
            continue
        count = 0
        try:
            for doc in _read_file(path, rel, suffix, max_file_bytes):
                count += 1
                yield doc
        except Exception as exc:  # noqa: BLE001 - one unreadable file must not end the run
            where = rel if count == 0 else f"{rel}#{count}"
            what = "cannot read" if isinstance(exc, OSError) else "reading failed"
            yield RawDocument(where, None, sha256(f"{where}\0{exc!r}".encode("utf-8", "surrogatepass")),
                              error=f"{rel}: {what} after {count} document(s): {type(exc).__name__}: {exc}")
            continue
        if count == 0:
            yield RawDocument(rel, "", sha256(rel.encode("utf-8")), encoding=None,
                              warning=f"{rel}: no records in the file")
