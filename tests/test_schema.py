import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import schema
from pipeline.errors import SchemaError


def test_every_column_is_documented():
    for name, table_schema in schema.TABLES.items():
        for field in table_schema:
            assert field.metadata and field.metadata[b"description"], (name, field.name)


def test_contract_columns_present():
    assert schema.MENTIONS.names[:11] == ["doc_id", "mention_id", "sent_idx", "start", "end", "text", "label",
                                          "domain", "entity_id", "score", "method"]
    for col in ("relation_id", "doc_id", "type", "subject_id", "subject", "object_id", "object", "title",
                "agreement_type", "date", "sent_idx", "start", "end", "evidence", "score", "method"):
        assert col in schema.RELATIONS.names
    assert all(schema.RELATIONS.field(col).type == pa.date32() for col in ("date_start", "date_end"))


def test_write_is_atomic_and_reads_back(tmp_path):
    path = schema.write_table(tmp_path, "sentences", [{"doc_id": "d", "sent_idx": 0, "start": 0, "end": 3}])
    assert schema.read_table(tmp_path, "sentences").to_pylist() == [
        {"doc_id": "d", "sent_idx": 0, "start": 0, "end": 3}]
    writer = schema.AtomicTableWriter("sentences", path)
    writer.write_rows([{"doc_id": "e", "sent_idx": 0, "start": 0, "end": 1}])
    writer.abort()
    assert pq.read_table(path).num_rows == 1  # the previous file survives an aborted write
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_bad_rows_raise_schema_error(tmp_path):
    with pytest.raises(SchemaError, match="sentences"):
        schema.write_table(tmp_path, "sentences", [{"doc_id": "d", "sent_idx": "x", "start": 0, "end": 1}])
    with pytest.raises(SchemaError, match="valid tables"):
        schema.schema_for("nope")
