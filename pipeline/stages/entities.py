"""Stage `entities`: resolve mentions to canonical entities across the corpus → mentions, entities, relations.

Entities need the whole corpus (aliases, n_docs), so this stage holds the typed mentions in memory;
they are small next to the token table (tens per document).
"""
from __future__ import annotations

from pathlib import Path

from pipeline.docstream import iter_rows
from pipeline.schema import MENTIONS, RELATIONS, table_path, write_table


def run(tables_dir: Path, interim_dir: Path, params: dict) -> dict:
    from pipeline.entities import resolve_entities

    interim_dir = Path(interim_dir)
    mentions = list(iter_rows(interim_dir / "typed_mentions.parquet"))
    relations = list(iter_rows(interim_dir / "raw_relations.parquet"))
    duplicate_docs = frozenset(row["doc_id"] for row in iter_rows(table_path(tables_dir, "documents"),
                                                                  ["doc_id", "duplicate_of"]) if row["duplicate_of"])
    entity_rows, mention_ids, relation_ids = resolve_entities(mentions, relations, duplicate_docs)
    for mention, entity_id in zip(mentions, mention_ids):
        mention["entity_id"] = entity_id
    for relation, (subject_id, object_id) in zip(relations, relation_ids):
        relation["subject_id"], relation["object_id"] = subject_id, object_id
    keep_m, keep_r = set(MENTIONS.names), set(RELATIONS.names)
    write_table(tables_dir, "mentions", [{k: v for k, v in m.items() if k in keep_m} for m in mentions])
    write_table(tables_dir, "relations", [{k: v for k, v in r.items() if k in keep_r} for r in relations])
    write_table(tables_dir, "entities", entity_rows)
    return {"mentions": len(mentions), "entities": len(entity_rows), "relations": len(relations)}


def main(argv=None) -> None:
    from pipeline.stages._cli import data_paths, parse

    params = parse(__doc__, argv)
    paths = data_paths(params)
    print(run(paths.tables, paths.interim, params))


if __name__ == "__main__":
    main()
