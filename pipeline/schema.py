"""The Parquet contract: every table's schema, written and read through this module only.

Downstream users and the maintainers' scorer read these column names; add columns, never rename.
Each column carries a description in its field metadata so docs/schema.md is generated from here.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.errors import SchemaError

LABELS = ("PER", "ORG", "LOC", "FAC", "PRO", "EVE", "DAT", "TIM", "MON", "PCT")
DOMAINS = ("official", "province", "agency")
DOC_STATUSES = ("ok", "empty", "failed", "partial")
RELATION_TYPES = ("role", "agreement")
AGREEMENT_TYPES = ("تفاهم‌نامه", "قرارداد", "موافقت‌نامه", "توافق")


def _f(name: str, type_: pa.DataType, doc: str, nullable: bool = True) -> pa.Field:
    return pa.field(name, type_, nullable=nullable, metadata={"description": doc})


DOCUMENTS = pa.schema([
    _f("doc_id", pa.string(), "Stable id: hash of source path and raw content.", False),
    _f("source", pa.string(), "Input path relative to the input folder; `file.json#17` for the 18th record of a "
       "list (JSON, JSONL, Parquet); a JSON file of one object is `file.json`.", False),
    _f("title", pa.string(), "Title (record field, or first line of a text file)."),
    _f("agency", pa.string(), "News agency named in the text, e.g. «خبرگزاری فارس»."),
    _f("url", pa.string(), "URL of the article when the input gives one."),
    _f("published", pa.date32(), "Publication date (Gregorian), from the dateline in the text, the record's `date`, or the "
       "news id in the URL (Fars ids open with the Jalali date)."),
    _f("published_jalali", pa.string(), "Publication date in the Jalali calendar, `YYYY-MM-DD`."),
    _f("text", pa.string(), "Cleaned text; every offset in every table refers to this string."),
    _f("raw_sha256", pa.string(), "SHA-256 of the raw document bytes (or of the record's JSON)."),
    _f("status", pa.string(), "`ok`, `empty` (nothing left to analyse), `failed` (unreadable; see error) or "
       "`partial` (cleaned, but the NER or relations stage failed on it: its mentions or relations are "
       "missing; see error).", False),
    _f("error", pa.string(), "Why the document failed, was truncated or is partial; null when all went well."),
    _f("duplicate_of", pa.string(),
       "Source of an earlier document with the same raw content; such a document is processed "
       "like any other but left out of entities.n_docs / n_mentions so it is not counted twice."),
    _f("n_chars_raw", pa.int64(), "Length of the raw decoded text in characters (for HTML: the visible text)."),
    _f("encoding", pa.string(), "Encoding the raw bytes were decoded with."),
    _f("offset_map", pa.list_(pa.int32()),
       "Map from `text` back to the raw decoded text, run-length: [clean_start, raw_start, …]; "
       "within a run raw = raw_start + (i − clean_start). See pipeline.clean.raw_offset."),
])

SENTENCES = pa.schema([
    _f("doc_id", pa.string(), "Document id.", False),
    _f("sent_idx", pa.int32(), "Sentence number within the document, from 0.", False),
    _f("start", pa.int32(), "Start character offset in documents.text.", False),
    _f("end", pa.int32(), "End character offset (exclusive) in documents.text.", False),
])

TOKENS = pa.schema([
    _f("doc_id", pa.string(), "Document id.", False),
    _f("sent_idx", pa.int32(), "Sentence number within the document.", False),
    _f("tok_idx", pa.int32(), "Token number within the sentence, from 0.", False),
    _f("start", pa.int32(), "Start character offset in documents.text.", False),
    _f("end", pa.int32(), "End character offset (exclusive) in documents.text.", False),
    _f("text", pa.string(), "documents.text[start:end]; ZWNJ stays inside words.", False),
])

MENTIONS = pa.schema([
    _f("doc_id", pa.string(), "Document id.", False),
    _f("mention_id", pa.string(), "Stable id of the mention (document id and span).", False),
    _f("sent_idx", pa.int32(), "Sentence the mention lies in.", False),
    _f("start", pa.int32(), "Start character offset in documents.text.", False),
    _f("end", pa.int32(), "End character offset (exclusive) in documents.text.", False),
    _f("text", pa.string(), "documents.text[start:end].", False),
    _f("label", pa.string(), "NER label: " + " ".join(LABELS) + ".", False),
    _f("domain", pa.string(), "`official`, `province`, `agency`, or null."),
    _f("entity_id", pa.string(), "Canonical entity (entities.entity_id), null if unresolved."),
    _f("score", pa.float32(), "Confidence of the label, 0..1."),
    _f("method", pa.string(), "What produced the mention: `ner:<model>`, `lexicon`, `pattern`, `coref` …"),
])

ENTITIES = pa.schema([
    _f("entity_id", pa.string(), "Stable id derived from the domain/label and normalised canonical key.", False),
    _f("name", pa.string(), "Canonical name (fullest surface form seen).", False),
    _f("label", pa.string(), "NER label of the entity.", False),
    _f("domain", pa.string(), "`official`, `province`, `agency`, or null."),
    _f("aliases", pa.list_(pa.string()), "Every surface form seen that names it, sorted (not a pronoun, «وی», nor the "
       "direction word alone of an elided province, «غربی» in «آذربایجان شرقی و غربی»)."),
    _f("attributes", pa.map_(pa.string(), pa.string()), "Extra facts: province `iso_code`, agency `kind` and, for a well-known body, `lexicon_name`, …"),
    _f("n_docs", pa.int32(), "Number of documents mentioning the entity."),
    _f("n_mentions", pa.int32(), "Number of mentions resolved to the entity."),
])

RELATIONS = pa.schema([
    _f("relation_id", pa.string(), "Stable id of the relation.", False),
    _f("doc_id", pa.string(), "Document id.", False),
    _f("type", pa.string(), "`role` or `agreement`.", False),
    _f("subject_id", pa.string(), "Entity id of the person (role) or party A (agreement)."),
    _f("subject", pa.string(), "Canonical name of the subject."),
    _f("object_id", pa.string(), "Entity id of the organisation/place (role) or party B (agreement)."),
    _f("object", pa.string(), "Canonical name of the object."),
    _f("title", pa.string(), "Role title as written, e.g. «استاندار»; null for agreements."),
    _f("title_canonical", pa.string(), "The title in one spelling, to group roles by post: the titles lexicon's form "
       "(«رییس» → «رئیس», «مدیر کل» → «مدیرکل», «سخنگوی» → «سخنگو», «رئیس جمهوری» → «رئیس‌جمهور»); a title the "
       "lexicon lacks keeps its words. Null for agreements."),
    _f("agreement_type", pa.string(), "One of " + "، ".join(AGREEMENT_TYPES) + "; null for roles."),
    _f("date", pa.string(), "Date of the agreement when stated, as written («12 آذر 1402», «سال 1381», «دیروز»)."),
    _f("date_start", pa.date32(), "First Gregorian day `date` covers: the day itself, or the first day of a stated "
       "month or year (a Jalali one included); a date the text gives in part («19 مهرماه», «دیروز», «روز دوشنبه») "
       "is placed by the publication date. Null when `date` is null or names no day, month or year "
       "(«تابستان», «دو سال آینده»)."),
    _f("date_end", pa.date32(), "Last Gregorian day `date` covers (equal to `date_start` for a day)."),
    _f("signatories", pa.list_(pa.string()), "Named persons who signed (agreements)."),
    _f("sent_idx", pa.int32(), "Sentence of the evidence."),
    _f("start", pa.int32(), "Evidence span start in documents.text."),
    _f("end", pa.int32(), "Evidence span end in documents.text."),
    _f("evidence", pa.string(), "documents.text[start:end]."),
    _f("score", pa.float32(), "Confidence 0..1: the precision of the relation's rule family on the project's gold "
       "sets (docs/relations.md, Scores)."),
    _f("method", pa.string(), "Rule family that produced the relation."),
])

TABLES: Mapping[str, pa.Schema] = {
    "documents": DOCUMENTS,
    "sentences": SENTENCES,
    "tokens": TOKENS,
    "mentions": MENTIONS,
    "entities": ENTITIES,
    "relations": RELATIONS,
}

# Hand-over tables between stages (data/interim): not part of the published contract.
_ENTITY_KEY = _f("entity_key", pa.string(), "Document-level canonical key used to resolve entities.")
STAGE_ERRORS = pa.schema([
    _f("doc_id", pa.string(), "Document id.", False),
    _f("stage", pa.string(), "Stage that failed on the document (`ner`, `relations`).", False),
    _f("error", pa.string(), "What went wrong, naming the document's source.", False),
])
INTERIM: Mapping[str, pa.Schema] = {
    "clean_documents": DOCUMENTS,  # the clean stage's documents; the entities stage adds later stages' failures
    "ner_errors": STAGE_ERRORS,
    "relations_errors": STAGE_ERRORS,
    "ner_mentions": MENTIONS,
    "typed_mentions": MENTIONS.append(_ENTITY_KEY),
    "raw_relations": RELATIONS.set(0, RELATIONS.field("relation_id").with_nullable(True)).append(_f("subject_key", pa.string(), "entity_key of the subject."))
                              .append(_f("object_key", pa.string(), "entity_key of the object.")),
}


def schema_for(name: str) -> pa.Schema:
    if name in TABLES:
        return TABLES[name]
    if name in INTERIM:
        return INTERIM[name]
    raise SchemaError(f"unknown table {name!r}; valid tables: {', '.join(list(TABLES) + list(INTERIM))}")


def to_table(name: str, rows: Sequence[Mapping]) -> pa.Table:
    """Build a table with exactly the contract's columns, in order; missing keys become null."""
    schema = schema_for(name)
    columns = {f.name: [row.get(f.name) for row in rows] for f in schema}
    try:
        return pa.Table.from_pydict(columns, schema=schema)
    except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
        raise SchemaError(f"rows for table {name!r} do not fit its schema: {exc}") from exc


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Delete temp files of `path` left by writers that died (kill -9, power loss); returns them.

    Temp files are named `.<table>.parquet.<pid>.<random>.tmp`: one whose process is gone is
    stale. A live process's file (another run writing the same folder) is left alone.
    """
    removed = []
    for tmp in Path(path).parent.glob(f".{Path(path).name}.*.tmp"):
        parts = tmp.name[len(Path(path).name) + 2:].split(".")
        if parts and parts[0].isdigit() and not _pid_alive(int(parts[0])):
            tmp.unlink(missing_ok=True)
            removed.append(tmp)
    return removed


class AtomicTableWriter:
    """Writes a table by row groups to a temp file in the same folder, renamed into place on close.

    A crash (even kill -9) before close leaves the previous file untouched; the temp file is a
    hidden `.<table>.parquet.<pid>.<random>.tmp` (never matched by `*.parquet`), deleted by the
    next writer of the same table once its process is gone. The rename is atomic (same folder);
    the data is fsync'ed first so a power loss cannot leave a renamed but empty file.
    """

    def __init__(self, name: str, path: Path):
        self.name = name
        self.schema = schema_for(name)
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(self.path)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.{os.getpid()}.", suffix=".tmp", dir=self.path.parent)
        os.close(fd)
        self._tmp = Path(tmp)
        self._writer = pq.ParquetWriter(self._tmp, self.schema, compression="zstd")
        self.n_rows = 0

    def write_rows(self, rows: Sequence[Mapping]) -> None:
        if rows:
            self.write_table(to_table(self.name, rows))

    def write_table(self, table: pa.Table) -> None:
        if not table.schema.equals(self.schema):
            table = table.select(self.schema.names).cast(self.schema)
        self._writer.write_table(table)
        self.n_rows += table.num_rows

    def close(self) -> None:
        self._writer.close()
        with open(self._tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(self._tmp, self.path)

    def abort(self) -> None:
        try:
            self._writer.close()
        finally:
            self._tmp.unlink(missing_ok=True)

    def __enter__(self) -> "AtomicTableWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def table_path(tables_dir: Path, name: str) -> Path:
    return Path(tables_dir) / f"{name}.parquet"


STAGING_PREFIX = ".staging-"


def staging_dir(out_dir: Path) -> Path:
    """A private folder inside `out_dir` where one run writes all its tables before publishing them.

    Stale staging folders of runs that died (kill -9) are removed first; a live run's is left.
    Hidden (leading dot): input listing and `*.parquet` globs never see it.
    """
    import shutil

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob(f"{STAGING_PREFIX}*"):
        pid = old.name[len(STAGING_PREFIX):]
        if pid.isdigit() and (int(pid) == os.getpid() or not _pid_alive(int(pid))):
            shutil.rmtree(old, ignore_errors=True)
    staging = out_dir / f"{STAGING_PREFIX}{os.getpid()}"
    staging.mkdir()
    return staging


def publish(staging: Path, out_dir: Path, subdirs: Sequence[str] = ()) -> list[Path]:
    """Move every table of a finished run from `staging` into `out_dir` (renames in one folder,
    each atomic), then remove `staging`. Until this is called, the previous tables stay in place."""
    import shutil

    staging, out_dir = Path(staging), Path(out_dir)
    moved = []
    for sub in ("", *subdirs):
        source = staging / sub if sub else staging
        if not source.is_dir():
            continue
        target = out_dir / sub if sub else out_dir
        target.mkdir(parents=True, exist_ok=True)
        for path in sorted(source.glob("*.parquet")):
            os.replace(path, target / path.name)
            moved.append(target / path.name)
    shutil.rmtree(staging, ignore_errors=True)
    return moved


def write_table(tables_dir: Path, name: str, rows: Sequence[Mapping]) -> Path:
    path = table_path(tables_dir, name)
    with AtomicTableWriter(name, path) as writer:
        writer.write_table(to_table(name, rows))
    return path


def read_table(tables_dir: Path, name: str, columns: Sequence[str] | None = None) -> pa.Table:
    """Read a contract table and check it carries the contract's columns and types."""
    path = table_path(tables_dir, name)
    if not path.exists():
        raise SchemaError(f"table {name!r} not found at {path}; run the stage that writes it first")
    table = pq.read_table(path, columns=list(columns) if columns else None)
    expected = schema_for(name)
    for field in table.schema:
        want = expected.field(field.name) if field.name in expected.names else None
        if want is None or not want.type.equals(field.type):
            raise SchemaError(f"{path}: column {field.name!r} is {field.type}, contract says "
                              f"{want.type if want else 'no such column'}")
    return table


def rows(table: pa.Table) -> Iterable[dict]:
    return table.to_pylist()
