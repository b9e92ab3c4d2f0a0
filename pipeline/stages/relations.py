"""Stage `relations`: domain typing, role and agreement relations per document.

Reads the cleaned documents and the NER mentions; writes data/interim/typed_mentions.parquet and
data/interim/raw_relations.parquet (entity ids are assigned by the `entities` stage).
"""
from __future__ import annotations

from pathlib import Path

from pipeline.docstream import iter_documents
from pipeline.schema import AtomicTableWriter

FLUSH_ROWS = 20_000


def run(tables_dir: Path, interim_dir: Path, params: dict, progress=None) -> dict:
    from pipeline.relations import RelationsParams, extract_document

    options = RelationsParams.from_dict(params.get("relations", {}))
    interim_dir = Path(interim_dir)
    counts = {"mentions": 0, "relations": 0}
    with AtomicTableWriter("typed_mentions", interim_dir / "typed_mentions.parquet") as mention_writer, \
            AtomicTableWriter("raw_relations", interim_dir / "raw_relations.parquet") as relation_writer:
        mentions, relations = [], []
        documents = iter_documents(tables_dir, extra={"mentions": interim_dir / "ner_mentions.parquet"},
                                   doc_columns=("doc_id", "text", "status"))
        for doc in documents:
            if doc["status"] == "ok":
                out = extract_document(doc, options)
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
    print(run(paths.tables, paths.interim, params))


if __name__ == "__main__":
    main()
