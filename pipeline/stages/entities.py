"""Stage `entities`: resolve mentions to canonical entities across the corpus → mentions, entities, relations.

Entities need the whole corpus (aliases, n_docs), so this stage holds the typed mentions in memory;
they are small next to the token table (tens per document).
"""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.docstream import DOCUMENT_BATCH_ROWS, iter_rows
from pipeline.schema import MENTIONS, RELATIONS, AtomicTableWriter, table_path, write_table

STAGE_ERROR_TABLES = ("ner_errors", "relations_errors")


def run(tables_dir: Path, interim_dir: Path, params: dict) -> dict:
    """Entities over the corpus; writes mentions, entities, relations and the published documents table (the
    clean stage's, with the documents a later stage failed on marked `partial`)."""
    from pipeline.entities import resolve_entities
    from pipeline.lexicons import load_lexicons
    from pipeline.relations import RelationsParams

    options = RelationsParams.from_dict(params.get("relations", {}), params.get("_base_dir"))
    lexicons = load_lexicons(options.lexicon_dir)

    interim_dir = Path(interim_dir)
    mentions = list(iter_rows(table_path(interim_dir, "typed_mentions")))
    relations = list(iter_rows(table_path(interim_dir, "raw_relations")))
    clean_documents = table_path(interim_dir, "clean_documents")
    duplicate_docs = frozenset(row["doc_id"] for row in iter_rows(clean_documents, ["doc_id", "duplicate_of"])
                               if row["duplicate_of"])
    entity_rows, mention_ids, relation_ids = resolve_entities(mentions, relations, duplicate_docs, lexicons)
    for mention, entity_id in zip(mentions, mention_ids):
        mention["entity_id"] = entity_id
    for relation, (subject_id, object_id) in zip(relations, relation_ids):
        relation["subject_id"], relation["object_id"] = subject_id, object_id
    keep_m, keep_r = set(MENTIONS.names), set(RELATIONS.names)
    write_table(tables_dir, "mentions", [{k: v for k, v in m.items() if k in keep_m} for m in mentions])
    write_table(tables_dir, "relations", [{k: v for k, v in r.items() if k in keep_r} for r in relations])
    write_table(tables_dir, "entities", entity_rows)
    publish_documents(clean_documents, interim_dir, table_path(tables_dir, "documents"))
    return {"mentions": len(mentions), "entities": len(entity_rows), "relations": len(relations)}


def publish_documents(clean_documents: Path, interim_dir: Path, out_path: Path) -> int:
    """Copy the documents table batch by batch, marking the documents the NER or relations stage failed on
    `partial` with the stages' messages; returns how many were marked."""
    failures: dict[str, list[str]] = {}
    for name in STAGE_ERROR_TABLES:
        path = table_path(interim_dir, name)
        if path.exists():  # (an older run's interim folder may lack a stage's error table)
            for row in iter_rows(path):
                failures.setdefault(row["doc_id"], []).append(row["error"])
    with AtomicTableWriter("documents", out_path) as writer:
        # Arrow batches of a few documents: the rows carry whole texts and offset maps, so only a batch holding a
        # failed document is turned into Python rows
        for batch in pq.ParquetFile(clean_documents).iter_batches(batch_size=DOCUMENT_BATCH_ROWS):
            if not failures.keys() & set(batch.column("doc_id").to_pylist()):
                writer.write_table(pa.Table.from_batches([batch]))
                continue
            rows = batch.to_pylist()
            for row in rows:
                if row["doc_id"] in failures:
                    row["status"] = "partial"
                    row["error"] = "; ".join(([row["error"]] if row["error"] else []) + failures[row["doc_id"]])
            writer.write_rows(rows)
    return len(failures)


def main(argv=None) -> None:
    from pipeline.stages._cli import data_paths, parse

    params = parse(__doc__, argv)
    paths = data_paths(params)
    print(run(paths.tables, paths.interim, params))


if __name__ == "__main__":
    main()
