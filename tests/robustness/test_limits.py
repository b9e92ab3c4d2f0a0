"""Limits: documented defaults, validated when params are read; a document over a limit is
truncated or split with a note, never a crash; time and memory stay bounded on a 10 MB page and on
pathological lines."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time

import pytest

from pipeline import clean
from pipeline.config import CleanParams, IngestParams, load_params
from pipeline.errors import ConfigError
from pipeline.ingest import read_documents

from . import corpus as hostile
from .conftest import REPO, FakeTagger, write_params


def test_documented_defaults():
    assert CleanParams().max_doc_chars == 1_000_000
    assert CleanParams().max_tokens_per_sentence == 300
    assert IngestParams().max_file_bytes == 50_000_000
    params = (REPO / "params.yaml").read_text(encoding="utf-8")
    for option in ("max_doc_chars", "max_tokens_per_sentence", "max_file_bytes"):
        line = next(line for line in params.splitlines() if line.strip().startswith(option + ":"))
        assert "#" in line, f"params.yaml: {option} has no comment documenting it"


@pytest.mark.parametrize("option,value", [("max_doc_chars", 0), ("max_doc_chars", -5), ("max_doc_chars", "1M"),
                                          ("max_doc_chars", 1.5), ("max_doc_chars", True),
                                          ("max_tokens_per_sentence", 0), ("max_tokens_per_sentence", "300")])
def test_bad_limits_are_rejected_when_params_are_read(tmp_path, option, value):
    from pipeline.config import section

    path = write_params(tmp_path, **{option: value})
    with pytest.raises(ConfigError, match=option):
        section(load_params(path), "clean", CleanParams)


@pytest.mark.parametrize("option,value", [("max_doc_chars", 2 ** 31), ("max_tokens_per_sentence", 100_000)])
def test_limits_too_large_for_the_tables_or_the_model_are_rejected(tmp_path, option, value):
    from pipeline.config import section

    with pytest.raises(ConfigError, match=option):
        section(load_params(write_params(tmp_path, **{option: value})), "clean", CleanParams)


def test_files_over_max_file_bytes(tmp_path):
    (tmp_path / "page.txt").write_text(hostile.ARTICLE * 20, encoding="utf-8")
    (tmp_path / "big.json").write_text(json.dumps([{"text": hostile.ARTICLE}] * 20, ensure_ascii=False),
                                       encoding="utf-8")
    (tmp_path / "many.jsonl").write_text("\n".join([json.dumps({"text": hostile.ARTICLE}, ensure_ascii=False)] * 20),
                                         encoding="utf-8")
    (tmp_path / "one-long-line.jsonl").write_text(
        json.dumps({"text": "ب" * 3000}, ensure_ascii=False) + "\n" + json.dumps({"text": "پ"}, ensure_ascii=False),
        encoding="utf-8")
    limit = 2000
    docs = {d.source: d for d in read_documents(tmp_path, limit)}
    assert "one-long-line.jsonl line 1: 6013 bytes, over the limit ingest.max_file_bytes=2000" == \
        docs["one-long-line.jsonl#0"].error
    assert docs["one-long-line.jsonl#1"].raw_text == "پ"
    page = docs["page.txt"]
    assert page.raw_text and len(page.raw_text.encode("utf-8")) <= limit and "max_file_bytes=2000" in page.warning
    assert docs["big.json"].error and "max_file_bytes=2000" in docs["big.json"].error and "JSONL" in docs["big.json"].error
    # JSONL is streamed: the limit applies per record, so a big corpus file is fine.
    assert sum(1 for s, d in docs.items() if s.startswith("many.jsonl#") and d.raw_text) == 20


def test_sentences_fed_to_the_tagger_respect_max_tokens(tmp_path, end_to_end):
    class Recording(FakeTagger):
        longest = 0

        def tag(self, sentences):
            Recording.longest = max([Recording.longest, *map(len, sentences)])
            return super().tag(sentences)

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "long.txt").write_text(" ".join(["کلمه"] * 1000) + "\n" + hostile.ARTICLE, encoding="utf-8")
    params = write_params(tmp_path / "p", max_tokens_per_sentence=64)
    end_to_end(tmp_path / "in", tmp_path / "out", params, tagger=Recording())
    assert 0 < Recording.longest <= 64


@pytest.fixture(scope="module")
def tools():
    return clean.make_normalizer(), clean.load_rules(), clean.load_metadata_rules()


@pytest.mark.parametrize("name,raw", [
    ("one 200k-character line of words", " ".join(["استانداری", "مازندران", "گفت", "که", "همکاری"] * 8000)),
    ("a 50k-letter word, no spaces", "".join("ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"[(k * 7) % 32] for k in range(50_000))),
    ("50k diacritics", "بَ" * 25_000),
    ("a repeated pair of letters", "اب" * 25_000),
    ("a repeated word with ZWNJ", "سال‌ها " * 8_000),
])
def test_pathological_lines_stay_fast(tools, name, raw):
    started = time.perf_counter()
    out = clean.clean_text(raw, *tools)
    elapsed = time.perf_counter() - started
    assert len(out.offsets) == len(out.text)
    # Linear: ~5 µs a character on this (shared, 2-core) machine; quadratic behaviour took minutes.
    assert elapsed < 2 + len(raw) * 40e-6, f"{name}: {elapsed:.1f} s for {len(raw)} characters"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the peak resident size from /proc")
def test_ten_megabyte_document_with_default_limits(tmp_path):
    """The clean stage on one 10 MB page, default params, in a child process: time and peak memory
    above the resident size once hazm is loaded."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "big.txt").write_bytes(hostile.big_document(10_000_000))
    code = textwrap.dedent(f"""
        import json, resource, time
        from pipeline.config import CleanParams, load_params
        from pipeline.stages import clean
        params = load_params()
        clean.cached_cleaner(CleanParams(), params["_base_dir"])  # hazm loaded before measuring (~650 MB)

        def status(key):
            with open("/proc/self/status") as handle:
                return int(next(l for l in handle if l.startswith(key)).split()[1]) / 1024

        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")  # reset the peak (VmHWM) to the current resident size
        base = status("VmRSS:")
        started = time.perf_counter()
        counts = clean.run({str(tmp_path / 'in')!r}, {str(tmp_path / 'out')!r}, params)
        print(json.dumps({{"counts": counts, "seconds": time.perf_counter() - started,
                          "base_mb": base, "peak_mb": status("VmHWM:")}}))
    """)
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    print(figures)
    assert figures["counts"] == {"ok": 1}
    assert figures["seconds"] < 180
    assert figures["peak_mb"] - figures["base_mb"] < 800, figures

    import pyarrow.parquet as pq

    [doc] = pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()
    assert len(doc["text"]) <= 1_000_000 and "clean.max_doc_chars=1000000" in doc["error"]


@pytest.mark.slow
def test_whole_pipeline_on_the_ten_megabyte_document(tmp_path, end_to_end):
    """Every stage on one 10 MB page at the default limits (1,000,000 characters kept). Needs the
    per-sentence fix in pipeline/relations/agreements.py (robustness report): without it the
    relations stage is quadratic in the document's length and runs for most of an hour."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "big.txt").write_bytes(hostile.big_document(10_000_000))
    started = time.perf_counter()
    summary = end_to_end(tmp_path / "in", tmp_path / "out", write_params(tmp_path / "p"), tagger=FakeTagger())
    elapsed = time.perf_counter() - started
    assert summary.documents == {"ok": 1}
    assert elapsed < 300, f"{elapsed:.0f} s"
