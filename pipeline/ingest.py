"""Read input files into raw documents: one per text file, one per JSON/JSONL/Parquet record.

Every input yields at least one `RawDocument`; one that cannot be read carries an `error`
instead of text, so the documents table accounts for every input.
"""
from __future__ import annotations

import codecs
import hashlib
import json
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator

SUPPORTED_SUFFIXES = (".txt", ".md", ".json", ".jsonl", ".html", ".htm", ".parquet")
TEXT_FIELDS = ("text", "paragraphs")


@dataclass
class RawDocument:
    source: str
    raw_text: str | None
    raw_sha256: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    encoding: str | None = None
    error: str | None = None
    title_in_text: bool = False  # text files: the first line may be the title
    extra: dict = field(default_factory=dict)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _looks_like_text(text: str) -> bool:
    """Reject decodes that produced mostly control characters (binary files decoded by chance)."""
    if not text:
        return True
    bad = sum(1 for ch in text[:4096] if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\ufffd")
    return bad / min(len(text), 4096) < 0.02


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode UTF-8 (BOM or not), UTF-16 (BOM) or Windows-1256; raise ValueError naming why not."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:4096]:
        raise ValueError("binary content (NUL bytes) and no UTF-16 byte-order mark")
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
        try:
            text = data.decode("cp1256")
            encoding = "windows-1256"
        except UnicodeDecodeError:
            raise ValueError(f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) "
                             "and not Windows-1256") from None
        # cp1256 decodes almost any byte string: accept it only if it yields Arabic-script letters.
        arabic = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")
        if arabic < max(1, len(text) // 20):
            raise ValueError(f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}); "
                             "Windows-1256 decoding gives no Persian text")
    if not _looks_like_text(text):
        raise ValueError(f"decoded as {encoding} but the content is binary (control characters)")
    return text, encoding


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


def _record_document(source: str, record, line_hint: str = "") -> RawDocument:
    if not isinstance(record, dict):
        blob = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
        return RawDocument(source, None, sha256(blob),
                           error=f"{source}{line_hint}: record is a {type(record).__name__}, expected an object")
    blob = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
    text = record_text(record)
    title = record.get("title") if isinstance(record.get("title"), str) else None
    url = next((record[k] for k in ("url", "link") if isinstance(record.get(k), str)), None)
    date = record.get("date") if isinstance(record.get("date"), str) else None
    if text is None:
        return RawDocument(source, None, sha256(blob), title=title, url=url, date=date,
                           error=f"{source}{line_hint}: record has no 'text' or 'paragraphs' field "
                                 f"(fields: {', '.join(sorted(record)) or 'none'})")
    return RawDocument(source, text, sha256(blob), title=title, url=url, date=date, encoding="utf-8",
                       title_in_text=title is not None)


def _read_json(path: Path, rel: str, data: bytes) -> Iterator[RawDocument]:
    try:
        text, _ = decode_bytes(data)
        payload = json.loads(text)
    except (ValueError, json.JSONDecodeError) as exc:
        yield RawDocument(rel, None, sha256(data), error=f"{rel}: invalid JSON: {exc}")
        return
    records = payload if isinstance(payload, list) else [payload]
    for i, record in enumerate(records):
        yield _record_document(f"{rel}#{i}", record)


def _read_jsonl(path: Path, rel: str, data: bytes) -> Iterator[RawDocument]:
    try:
        text, _ = decode_bytes(data)
    except ValueError as exc:
        yield RawDocument(rel, None, sha256(data), error=f"{rel}: cannot decode: {exc}")
        return
    index = 0
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        source = f"{rel}#{index}"
        index += 1
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RawDocument(source, None, sha256(line.encode("utf-8")),
                              error=f"{rel} line {line_no}: invalid JSON: {exc}")
            continue
        yield _record_document(source, record, f" (line {line_no})")


def _read_parquet(path: Path, rel: str, data: bytes) -> Iterator[RawDocument]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(pa.BufferReader(data))
    except (pa.ArrowInvalid, OSError) as exc:
        yield RawDocument(rel, None, sha256(data), error=f"{rel}: not a readable Parquet file: {exc}")
        return
    if "text" not in parquet.schema_arrow.names:
        yield RawDocument(rel, None, sha256(data),
                          error=f"{rel}: Parquet file has no 'text' column "
                                f"(columns: {', '.join(parquet.schema_arrow.names)})")
        return
    index = 0
    for batch in parquet.iter_batches(batch_size=1000):
        for record in batch.to_pylist():
            yield _record_document(f"{rel}#{index}", {k: v for k, v in record.items() if v is not None})
            index += 1


def _read_text_file(path: Path, rel: str, data: bytes) -> Iterator[RawDocument]:
    try:
        text, encoding = decode_bytes(data)
    except ValueError as exc:
        yield RawDocument(rel, None, sha256(data), error=f"{rel}: cannot decode: {exc}")
        return
    title = None
    if path.suffix.lower() in (".html", ".htm"):
        text, title = html_to_text(text)
    yield RawDocument(rel, text, sha256(data), title=title, encoding=encoding,
                      title_in_text=title is None)


READERS = {
    ".json": _read_json,
    ".jsonl": _read_jsonl,
    ".parquet": _read_parquet,
}


def list_inputs(input_path: Path) -> list[tuple[Path, str]]:
    """Input files in a stable order with their source names (relative to the input folder)."""
    input_path = Path(input_path)
    if input_path.is_file():
        return [(input_path, input_path.name)]
    if not input_path.is_dir():
        from pipeline.errors import InputError

        raise InputError(f"input {input_path} does not exist")
    files = [p for p in input_path.rglob("*") if p.is_file() and not any(part.startswith(".") for part in
                                                                          p.relative_to(input_path).parts)]
    return sorted(((p, p.relative_to(input_path).as_posix()) for p in files), key=lambda item: item[1])


def read_documents(input_path: Path, max_file_bytes: int) -> Iterator[RawDocument]:
    """Stream raw documents from a file or folder; unsupported or unreadable files become failed docs."""
    for path, rel in list_inputs(input_path):
        suffix = path.suffix.lower()
        try:
            size = path.stat().st_size
            if suffix != ".parquet" and size > max_file_bytes:
                with path.open("rb") as handle:
                    head = handle.read(65536)
                yield RawDocument(rel, None, sha256(head),
                                  error=f"{rel}: file is {size} bytes, over the limit ingest.max_file_bytes="
                                        f"{max_file_bytes}")
                continue
            data = path.read_bytes()
        except OSError as exc:
            yield RawDocument(rel, None, sha256(rel.encode("utf-8")), error=f"{rel}: cannot read: {exc}")
            continue
        if suffix not in SUPPORTED_SUFFIXES:
            yield RawDocument(rel, None, sha256(data),
                              error=f"{rel}: unsupported file type {suffix or '(none)'}; "
                                    f"supported: {', '.join(SUPPORTED_SUFFIXES)}")
            continue
        reader = READERS.get(suffix, _read_text_file)
        yield from reader(path, rel, data)
