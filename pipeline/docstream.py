"""Stream documents with their sentences, tokens and mentions from the tables, one document at a time.

All tables are written in document order, so a lock-step merge over record batches rebuilds each
document without loading any table whole: memory stays bounded by the largest document.
"""
from __future__ import annotations

from itertools import groupby
from pathlib import Path
from typing import Iterator, Sequence

import pyarrow.parquet as pq

from pipeline.schema import SchemaError, table_path

BATCH_ROWS = 20_000
DOCUMENT_BATCH_ROWS = 64  # documents carry their whole text: read a few at a time


def iter_rows(path: Path, columns: Sequence[str] | None = None, batch_rows: int = BATCH_ROWS) -> Iterator[dict]:
    """Rows one at a time. The batch's list lets go of each row as it is yielded, so a caller that hangs data on
    a row (iter_documents puts each document's tokens on it) frees it with the row, not with the whole batch."""
    if not Path(path).exists():
        raise SchemaError(f"table {path} not found; run the stage that writes it first")
    parquet = pq.ParquetFile(path)
    for batch in parquet.iter_batches(batch_size=batch_rows, columns=list(columns) if columns else None):
        rows = batch.to_pylist()
        del batch
        rows.reverse()
        while rows:
            yield rows.pop()


class _Grouped:
    """Rows of one table grouped by doc_id, consumed in document order."""

    def __init__(self, rows: Iterator[dict]):
        self._groups = groupby(rows, key=lambda row: row["doc_id"])
        self._next = next(self._groups, None)

    def take(self, doc_id: str) -> list[dict]:
        if self._next is not None and self._next[0] == doc_id:
            rows = list(self._next[1])
            self._next = next(self._groups, None)
            return rows
        return []


def iter_documents(tables_dir: Path, extra: dict[str, Path] | None = None,
                   doc_columns: Sequence[str] = ("doc_id", "source", "text", "status"),
                   documents_path: Path | None = None) -> Iterator[dict]:
    """Yield {doc fields…, sentences, tokens, <extra name>: rows} for every document, in order.
    documents_path: the documents table to read (default: tables_dir's; the stages read the clean stage's)."""
    sentences = _Grouped(iter_rows(table_path(tables_dir, "sentences")))
    tokens = _Grouped(iter_rows(table_path(tables_dir, "tokens")))
    extras = {name: _Grouped(iter_rows(path)) for name, path in (extra or {}).items()}
    for doc in iter_rows(documents_path or table_path(tables_dir, "documents"), doc_columns, DOCUMENT_BATCH_ROWS):
        doc_id = doc["doc_id"]
        doc["sentences"] = sentences.take(doc_id)
        doc["tokens"] = tokens.take(doc_id)
        for name, grouped in extras.items():
            doc[name] = grouped.take(doc_id)
        yield doc


def batched(items: Iterator, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
