"""Tables are written to hidden temporary files and renamed into place: kill -9 in the middle of a
run leaves the previous tables intact and readable, and the next run cleans up after it."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline import schema

from . import corpus as hostile
from .conftest import REPO, write_params

CLEAN_TABLES = ("documents", "sentences", "tokens")


def _slow_corpus(folder: Path, n_records: int = 400) -> None:
    """Enough text for the clean stage to take several seconds (one JSONL, small row groups)."""
    folder.mkdir(parents=True)
    with (folder / "many.jsonl").open("w", encoding="utf-8") as handle:
        for k in range(n_records):
            text = "\n".join(hostile.ARTICLE.replace("ساری", f"شهر {k}") for _ in range(4))
            handle.write(json.dumps({"title": f"خبر {k}", "text": text}, ensure_ascii=False) + "\n")


def _temporaries(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.tmp"))


def _kill_when(proc: subprocess.Popen, ready, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            out = proc.stdout.read() if proc.stdout else ""
            pytest.fail(f"the run ended (exit {proc.returncode}) before it could be killed; make the corpus "
                        f"bigger. Output: {out[-2000:]}")
        if ready():
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            assert proc.returncode == -signal.SIGKILL
            return
        time.sleep(0.05)
    proc.kill()
    pytest.fail("the run never reached the point where it should be killed")


def _started(folder: Path, name: str, min_bytes: int = 2048):
    """True once a temporary file of table `name` holds at least one row group."""
    def ready() -> bool:
        return any(p.stat().st_size >= min_bytes for p in folder.glob(f".{name}.parquet.*.tmp") if p.exists())
    return ready


def test_kill_9_during_the_clean_stage_keeps_the_previous_tables(tmp_path, suite_params):
    from pipeline.stages import clean as clean_stage

    small, big, out = tmp_path / "small", tmp_path / "big", tmp_path / "tables"
    small.mkdir()
    (small / "a.txt").write_text(hostile.ARTICLE, encoding="utf-8")
    clean_stage.run(small, out, suite_params)
    before = {name: schema.table_path(out, name).read_bytes() for name in CLEAN_TABLES}

    _slow_corpus(big)
    params = write_params(tmp_path / "p", max_doc_chars=1_000_000)
    text = params.read_text(encoding="utf-8").replace("batch_docs: 100", "batch_docs: 10")
    params.write_text(text, encoding="utf-8")
    code = textwrap.dedent(f"""
        from pipeline.config import load_params
        from pipeline.stages import clean
        clean.run({str(big)!r}, {str(out)!r}, load_params({str(params)!r}))
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    _kill_when(proc, _started(out, "tokens"))

    assert {name: schema.table_path(out, name).read_bytes() for name in CLEAN_TABLES} == before
    for name in CLEAN_TABLES:
        schema.read_table(out, name)  # readable, and the contract's columns
    leftovers = _temporaries(out)
    assert leftovers, "the killed run should have left its temporary files"
    assert sorted(p.name for p in out.glob("*.parquet")) == sorted(f"{n}.parquet" for n in CLEAN_TABLES)

    # The next run removes the dead run's temporaries and replaces the tables whole.
    counts = clean_stage.run(small, out, suite_params)
    assert counts == {"ok": 1} and not _temporaries(out)
    assert {name: schema.table_path(out, name).read_bytes() for name in CLEAN_TABLES} == before


def test_a_failing_run_leaves_the_previous_tables(tmp_path, suite_params, monkeypatch):
    from pipeline.stages import clean as clean_stage

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(hostile.ARTICLE, encoding="utf-8")
    clean_stage.run(tmp_path / "in", tmp_path / "out", suite_params)
    before = schema.table_path(tmp_path / "out", "documents").read_bytes()
    (tmp_path / "in" / "b.txt").write_text(hostile.ARTICLE + "\nدوم", encoding="utf-8")

    def explode(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(clean_stage.DocumentCleaner, "process_safely", explode)
    with pytest.raises(KeyboardInterrupt):
        clean_stage.run(tmp_path / "in", tmp_path / "out", suite_params)
    assert schema.table_path(tmp_path / "out", "documents").read_bytes() == before
    assert not _temporaries(tmp_path / "out")


def test_a_temporary_of_a_live_writer_is_left_alone(tmp_path):
    live = tmp_path / f".sentences.parquet.{os.getpid()}.abc.tmp"
    dead_pid = 2 ** 22 + 12345  # above pid_max on a default Linux: no such process
    dead = tmp_path / f".sentences.parquet.{dead_pid}.abc.tmp"
    live.write_bytes(b"x")
    dead.write_bytes(b"x")
    schema.write_table(tmp_path, "sentences", [{"doc_id": "d", "sent_idx": 0, "start": 0, "end": 1}])
    assert live.exists() and not dead.exists()
    assert pq.read_table(schema.table_path(tmp_path, "sentences")).num_rows == 1


def test_kill_9_during_the_whole_pipeline_keeps_the_previous_tables(tmp_path, suite_params_path, end_to_end):
    from .conftest import FakeTagger

    small, big, out = tmp_path / "small", tmp_path / "big", tmp_path / "tables"
    small.mkdir()
    (small / "a.txt").write_text(hostile.ARTICLE, encoding="utf-8")
    end_to_end(small, out, suite_params_path, tagger=FakeTagger())
    names = [n for n in schema.TABLES if schema.table_path(out, n).exists()]
    before = {n: schema.table_path(out, n).read_bytes() for n in names}

    _slow_corpus(big, n_records=300)
    code = textwrap.dedent(f"""
        import time
        from pipeline.run import run_pipeline
        from tests.robustness.conftest import FakeTagger

        class SlowTagger(FakeTagger):
            def tag(self, sentences):
                time.sleep(0.2)  # the kill lands while the ner stage runs, after clean has finished
                return super().tag(sentences)

        run_pipeline({str(big)!r}, {str(out)!r}, {str(suite_params_path)!r}, tagger=SlowTagger())
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    # Kill once the ner stage has started writing (the clean stage's three tables are complete).
    _kill_when(proc, lambda: any(p.name.startswith(".ner_mentions.parquet.") for p in _temporaries(out)))
    after = {n: schema.table_path(out, n).read_bytes() for n in names}
    changed = sorted(n for n in names if after[n] != before[n])
    for name in names:
        schema.read_table(out, name)
    assert not changed, (f"kill -9 mid-run replaced {changed} but not the rest: run_pipeline must stage all "
                         f"tables and publish them together (see the run.py diff in the robustness report)")
