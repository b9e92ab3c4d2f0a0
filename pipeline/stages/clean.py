"""Stage `clean`: ingest inputs, clean them, split sentences and tokens → documents/sentences/tokens."""
from __future__ import annotations

import hashlib
import logging
from functools import lru_cache
from pathlib import Path

from pipeline import clean as cleaning
from pipeline.config import CleanParams, DataParams, IngestParams, resolve_packaged, section
from pipeline.ingest import RawDocument, read_documents, safe_str
from pipeline.schema import AtomicTableWriter, table_path
from pipeline.segment import Segmenter

log = logging.getLogger(__name__)


def make_doc_id(source: str, raw_sha256: str) -> str:
    """Derived from source and content, so a changed file changes only its own rows."""
    return hashlib.sha256(f"{source}\0{raw_sha256}".encode("utf-8", "surrogatepass")).hexdigest()[:16]


# Rows are flushed to the tables (one row group) after this many documents (ingest.batch_docs) or
# as soon as the pending rows hold this many tokens or characters of text, whichever comes first:
# memory stays bounded by a batch, whatever the documents' sizes.
FLUSH_TOKENS = 200_000
FLUSH_CHARS = 20_000_000


def _join_notes(*notes: str | None) -> str | None:
    return "; ".join(n for n in notes if n) or None


class DocumentCleaner:
    """Everything cleaning needs, built once per run (hazm tables, compiled rules)."""

    def __init__(self, params: CleanParams, base_dir: str | Path):
        self.params = params
        self.normalizer = cleaning.make_normalizer()
        self.rules = cleaning.load_rules(str(resolve_packaged(base_dir, params.boilerplate_rules)))
        self.meta_rules = cleaning.load_metadata_rules(str(resolve_packaged(base_dir, params.metadata_rules)))
        self.segmenter = Segmenter(params.max_tokens_per_sentence)

    def _base_row(self, raw: RawDocument) -> dict:
        return {"doc_id": make_doc_id(raw.source, raw.raw_sha256), "source": safe_str(raw.source),
                "title": safe_str(raw.title), "url": safe_str(raw.url), "raw_sha256": raw.raw_sha256,
                "encoding": raw.encoding, "text": "", "offset_map": [],
                "n_chars_raw": len(raw.raw_text) if raw.raw_text is not None else None}

    def process(self, raw: RawDocument, duplicate_of: str | None = None) -> tuple[dict, list[dict], list[dict]]:
        """One document → its documents row, sentence rows and token rows.

        Status: `failed` (unreadable; `error` says why), `empty` (no text, or no Persian text,
        left after cleaning) or `ok`. A document with the same raw content as an earlier one is
        processed like any other with `duplicate_of` naming the earlier one's source (the
        entities stage leaves it out of the counts). `error` also carries non-fatal notes
        (truncation, invalid bytes replaced, sentences split, duplicate) for ok documents.
        """
        row = self._base_row(raw)
        doc_id = row["doc_id"]
        if raw.error is not None:
            row.update(status="failed", error=safe_str(raw.error))
            return row, [], []
        cleaned = cleaning.clean_text(raw.raw_text, self.normalizer, self.rules, self.meta_rules,
                                      title=raw.title, title_in_text=raw.title_in_text, date_field=raw.date,
                                      url=raw.url, max_chars=self.params.max_doc_chars)
        meta = cleaned.metadata
        note = _join_notes(safe_str(raw.warning), f"{row['source']}: {cleaned.note}" if cleaned.note else None)
        if duplicate_of is not None:
            note = _join_notes(note, f"{row['source']}: duplicate, same raw content as {safe_str(duplicate_of)}")
        row.update(text=cleaned.text, offset_map=cleaning.compress_offsets(cleaned.offsets), title=meta.title,
                   agency=meta.agency, published=meta.published, published_jalali=meta.published_jalali,
                   error=note, duplicate_of=safe_str(duplicate_of))
        if not cleaned.text.strip():
            if not raw.raw_text:
                why = ("empty record text" if raw.record else "empty file") if not raw.warning else None
            elif not raw.raw_text.strip():
                why = "only whitespace"
            else:
                why = "no text left after cleaning"
            row.update(status="empty", error=_join_notes(note, f"{row['source']}: {why}" if why else None))
            return row, [], []
        if not cleaning.has_persian(cleaned.text):
            row.update(status="empty", error=_join_notes(
                note, f"{row['source']}: no Persian text ({len(cleaned.text)} characters, none in the Arabic script)"))
            return row, [], []
        row["status"] = "ok"
        sentences, tokens, n_split = self.segmenter.segment_counted(cleaned.text)
        if n_split:
            row["error"] = _join_notes(row["error"], f"{row['source']}: {n_split} sentence(s) longer than "
                                                     f"clean.max_tokens_per_sentence={self.params.max_tokens_per_sentence}"
                                                     f" tokens split")
        sentence_rows = [{"doc_id": doc_id, "sent_idx": i, "start": s.start, "end": s.end}
                         for i, s in enumerate(sentences)]
        token_rows = [{"doc_id": doc_id, "sent_idx": i, "tok_idx": j, "start": t.start, "end": t.end,
                       "text": cleaned.text[t.start:t.end]}
                      for i, toks in enumerate(tokens) for j, t in enumerate(toks)]
        return row, sentence_rows, token_rows

    def process_safely(self, raw: RawDocument, duplicate_of: str | None = None) -> tuple[dict, list[dict], list[dict]]:
        """`process`, but a failure on this document becomes a failed row instead of ending the run."""
        try:
            return self.process(raw, duplicate_of)
        except Exception as exc:  # noqa: BLE001 - one bad document must not end the run
            log.exception("cleaning %s failed", raw.source)
            row = self._base_row(raw)
            row.update(status="failed", error=f"{row['source']}: cleaning failed: {type(exc).__name__}: {exc}")
            return row, [], []


@lru_cache(maxsize=2)
def cached_cleaner(params: CleanParams, base_dir: str) -> DocumentCleaner:
    """hazm's tokenizers take seconds to build: reuse them across runs in one process (they hold
    no per-document state)."""
    return DocumentCleaner(params, base_dir)


def run(input_path: Path, tables_dir: Path, params: dict, progress=None, documents_path: Path | None = None) -> dict:
    """Clean every input document; returns counts per status.

    Sentences and tokens go to tables_dir; the documents table to documents_path (default tables_dir's
    documents.parquet; the pipeline writes it to the interim folder, and the entities stage publishes it
    with the later stages' failures).

    The three tables are written to temporary files and renamed into place only when every
    document has been processed: an interrupted run leaves the previous tables as they were.
    A document whose raw content equals an earlier one's (`raw_sha256`) gets `duplicate_of`.
    """
    data = section(params, "data", DataParams)  # validated even if unused here
    del data
    ingest = section(params, "ingest", IngestParams)
    cleaner = cached_cleaner(section(params, "clean", CleanParams), str(params.get("_base_dir", ".")))
    counts: dict[str, int] = {}
    seen: dict[str, str] = {}
    writers = {name: AtomicTableWriter(name, table_path(tables_dir, name)) for name in ("sentences", "tokens")}
    writers["documents"] = AtomicTableWriter("documents", documents_path or table_path(tables_dir, "documents"))
    docs: list[dict] = []
    sents: list[dict] = []
    toks: list[dict] = []
    n_chars = 0

    def flush() -> None:
        writers["documents"].write_rows(docs)
        writers["sentences"].write_rows(sents)
        writers["tokens"].write_rows(toks)
        if progress is not None:
            progress(len(docs))
        docs.clear()
        sents.clear()
        toks.clear()

    try:
        sources: set[str] = set()
        for raw in read_documents(Path(input_path), ingest.max_file_bytes):
            # Sources (and so doc ids) must be unique for the tables' per-document grouping; two
            # names could only collide through display_path's escaping of undecodable bytes.
            if raw.source in sources:
                k = 2
                while f"{raw.source} ({k})" in sources:
                    k += 1
                raw.source = f"{raw.source} ({k})"
            sources.add(raw.source)
            # Only documents with text are compared: two empty files are both `empty`.
            has_text = raw.error is None and bool(raw.raw_text and raw.raw_text.strip())
            duplicate_of = seen.get(raw.raw_sha256) if has_text else None
            if has_text and duplicate_of is None:
                seen[raw.raw_sha256] = raw.source
            row, sentence_rows, token_rows = cleaner.process_safely(raw, duplicate_of)
            del raw
            if row["status"] == "failed":
                log.warning("%s", row["error"])
            docs.append(row)
            sents.extend(sentence_rows)
            toks.extend(token_rows)
            n_chars += len(row["text"])
            counts[row["status"]] = counts.get(row["status"], 0) + 1
            if len(docs) >= ingest.batch_docs or len(toks) >= FLUSH_TOKENS or n_chars >= FLUSH_CHARS:
                flush()
                n_chars = 0
        flush()
    except BaseException:
        for writer in writers.values():
            writer.abort()
        raise
    for writer in writers.values():
        writer.close()
    return counts


def main(argv=None) -> None:
    from pipeline.stages._cli import data_paths, parse

    params = parse(__doc__, argv)
    paths = data_paths(params)
    print(run(paths.input, paths.tables, params, documents_path=table_path(paths.interim, "clean_documents")))


if __name__ == "__main__":
    main()
