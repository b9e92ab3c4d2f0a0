"""Stage `relations`: domain typing, role and agreement relations per document.

Reads the cleaned documents and the NER mentions; writes data/interim/typed_mentions.parquet and
data/interim/raw_relations.parquet (entity ids are assigned by the `entities` stage).
"""
from __future__ import annotations

import logging
from pathlib import Path

from pipeline.docstream import iter_documents
from pipeline.schema import AtomicTableWriter, table_path

FLUSH_ROWS = 20_000
log = logging.getLogger(__name__)

# What a rule can raise on one odd document (an offset or a lookup it did not expect); the document is
# marked `partial` with the message and the run goes on. Anything else (memory, interrupts, a broken
# lexicon or table) stops the run.
EXTRACTION_ERRORS = (ValueError, IndexError, KeyError, TypeError, AttributeError)


def run(tables_dir: Path, interim_dir: Path, params: dict, progress=None, documents_path: Path | None = None) -> dict:
    """Typed mentions and relations of every `ok` document → interim typed_mentions, raw_relations; the
    documents extraction fails on → interim relations_errors."""
    from pipeline.relations import RelationsParams, extract_document

    options = RelationsParams.from_dict(params.get("relations", {}), params.get("_base_dir"))
    interim_dir = Path(interim_dir)
    counts = {"mentions": 0, "relations": 0}
    with AtomicTableWriter("typed_mentions", table_path(interim_dir, "typed_mentions")) as mention_writer, \
            AtomicTableWriter("raw_relations", table_path(interim_dir, "raw_relations")) as relation_writer, \
            AtomicTableWriter("relations_errors", table_path(interim_dir, "relations_errors")) as error_writer:
        mentions, relations = [], []
        documents = iter_documents(tables_dir, extra={"mentions": table_path(interim_dir, "ner_mentions")},
                                   doc_columns=("doc_id", "source", "text", "status", "published"),
                                   documents_path=documents_path)
        for doc in documents:
            if doc["status"] == "ok":
                try:
                    out = extract_document(doc, options)
                except EXTRACTION_ERRORS as exc:
                    log.warning("%s: relation extraction failed", doc["source"], exc_info=True)
                    error_writer.write_rows([{"doc_id": doc["doc_id"], "stage": "relations", "error":
                                              f"{doc['source']}: relation extraction failed "
                                              f"({type(exc).__name__}: {exc}); the document has no typed "
                                              f"mentions or relations"}])
                    out = {"mentions": [], "relations": []}
                mentions.extend(out["mentions"])
                relations.extend(out["relations"])
            if len(mentions) + len(relations) >= FLUSH_ROWS:
                mention_writer.write_rows(mentions)
                relation_writer.write_rows(relations)
                mentions, relations = [], []
            if progress is not None:
                progress(1)
        mention_writer.write_rows(mentions)
        relation_writer.write_rows(relations)
        counts = {"mentions": mention_writer.n_rows, "relations": relation_writer.n_rows}
    return counts


def main(argv=None) -> None:
    from pipeline.stages._cli import data_paths, parse

    params = parse(__doc__, argv)
    paths = data_paths(params)
    print(run(paths.tables, paths.interim, params, documents_path=table_path(paths.interim, "clean_documents")))


if __name__ == "__main__":
    main()
