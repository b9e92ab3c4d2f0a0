"""Stage `clean`: ingest inputs, clean them, split sentences and tokens → documents/sentences/tokens."""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from pipeline import clean as cleaning
from pipeline.config import CleanParams, DataParams, IngestParams, resolve, section
from pipeline.docstream import batched
from pipeline.ingest import RawDocument, read_documents
from pipeline.schema import AtomicTableWriter, table_path
from pipeline.segment import Segmenter

log = logging.getLogger(__name__)


def make_doc_id(source: str, raw_sha256: str) -> str:
    """Derived from source and content, so a changed file changes only its own rows."""
    return hashlib.sha256(f"{source}\0{raw_sha256}".encode("utf-8")).hexdigest()[:16]


class DocumentCleaner:
    """Everything cleaning needs, built once per run (hazm tables, compiled rules)."""

    def __init__(self, params: CleanParams, base_dir: str | Path):
        import hazm

        self.params = params
        self.normalizer = hazm.Normalizer(persian_numbers=False, persian_style=False)
        self.rules = cleaning.load_rules(str(resolve(base_dir, params.boilerplate_rules)))
        self.meta_rules = cleaning.load_metadata_rules(str(resolve(base_dir, params.metadata_rules)))
        self.segmenter = Segmenter(params.max_tokens_per_sentence)

    def process(self, raw: RawDocument, duplicate_of: str | None = None) -> tuple[dict, list[dict], list[dict]]:
        doc_id = make_doc_id(raw.source, raw.raw_sha256)
        row = {"doc_id": doc_id, "source": raw.source, "title": raw.title, "url": raw.url,
               "raw_sha256": raw.raw_sha256, "encoding": raw.encoding, "text": "", "offset_map": [],
               "n_chars_raw": len(raw.raw_text) if raw.raw_text is not None else None}
        if raw.error is not None:
            row.update(status="failed", error=raw.error)
            return row, [], []
        cleaned = cleaning.clean_text(raw.raw_text, self.normalizer, self.rules, self.meta_rules,
                                      title=raw.title, title_in_text=raw.title_in_text, date_field=raw.date,
                                      max_chars=self.params.max_doc_chars)
        meta = cleaned.metadata
        row.update(text=cleaned.text, offset_map=cleaning.compress_offsets(cleaned.offsets), title=meta.title,
                   agency=meta.agency, published=meta.published, published_jalali=meta.published_jalali,
                   error=cleaned.note)
        if duplicate_of is not None:
            row.update(status="duplicate", error=f"{raw.source}: same content as {duplicate_of}; not processed again")
            return row, [], []
        if not cleaned.text.strip():
            row.update(status="empty", error=(cleaned.note or f"{raw.source}: no text left after cleaning"))
            return row, [], []
        row["status"] = "ok"
        sentences, tokens = self.segmenter.segment(cleaned.text)
        sentence_rows = [{"doc_id": doc_id, "sent_idx": i, "start": s.start, "end": s.end}
                         for i, s in enumerate(sentences)]
        token_rows = [{"doc_id": doc_id, "sent_idx": i, "tok_idx": j, "start": t.start, "end": t.end,
                       "text": cleaned.text[t.start:t.end]}
                      for i, toks in enumerate(tokens) for j, t in enumerate(toks)]
        return row, sentence_rows, token_rows


def run(input_path: Path, tables_dir: Path, params: dict, progress=None) -> dict:
    """Clean every input document; returns counts per status."""
    data = section(params, "data", DataParams)  # validated even if unused here
    del data
    ingest = section(params, "ingest", IngestParams)
    cleaner = DocumentCleaner(section(params, "clean", CleanParams), params.get("_base_dir", "."))
    counts: dict[str, int] = {}
    seen: dict[str, str] = {}
    writers = {name: AtomicTableWriter(name, table_path(tables_dir, name))
               for name in ("documents", "sentences", "tokens")}
    try:
        for batch in batched(read_documents(Path(input_path), ingest.max_file_bytes), ingest.batch_docs):
            docs, sents, toks = [], [], []
            for raw in batch:
                duplicate_of = seen.get(raw.raw_sha256) if raw.error is None else None
                if raw.error is None and duplicate_of is None:
                    seen[raw.raw_sha256] = raw.source
                row, sentence_rows, token_rows = cleaner.process(raw, duplicate_of)
                if row["status"] == "failed":
                    log.warning("%s", row["error"])
                docs.append(row)
                sents.extend(sentence_rows)
                toks.extend(token_rows)
                counts[row["status"]] = counts.get(row["status"], 0) + 1
            writers["documents"].write_rows(docs)
            writers["sentences"].write_rows(sents)
            writers["tokens"].write_rows(toks)
            if progress is not None:
                progress(len(batch))
    except BaseException:
        for writer in writers.values():
            writer.abort()
        raise
    for writer in writers.values():
        writer.close()
    return counts


def main(argv=None) -> None:
    from pipeline.stages._cli import parse

    params = parse(__doc__, argv)
    data = section(params, "data", DataParams)
    base = params["_base_dir"]
    print(run(resolve(base, data.input), resolve(base, data.tables), params))


if __name__ == "__main__":
    main()
