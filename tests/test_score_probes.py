"""scripts/score_probes.py: probe sets of short texts run through the pipeline and scored (eval/README.md)."""
import importlib.util
import json

import pytest

from .conftest import REPO, SHARED

spec = importlib.util.spec_from_file_location("score_probes", REPO / "scripts" / "score_probes.py")
score_probes = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score_probes)

SEED_LIKE = {
    "doc": "p_001",
    "text": "به گزارش خبرگزاری فارس، سید محمود حسینی پور، استاندار مازندران، گفت: طرح اجرا شد.",
    "officials": [["سید محمود حسینی پور"]], "provinces": ["مازندران"], "agencies": [["خبرگزاری فارس"]],
    "roles": [{"person": ["سید محمود حسینی پور"], "title": ["استاندار"], "org": ["مازندران"]}],
    "agreements": [{"a": ["استانداری مازندران"], "b": ["بانک ملت"], "type": "تفاهم‌نامه"}],
}


def test_every_committed_probe_record_has_a_text_and_the_gold_slots():
    files = sorted((REPO / "eval" / "probes").glob("*.jsonl"))
    assert files
    for path in files:
        records = score_probes.read_probes(path)
        assert records and len({r["doc"] for r in records}) == len(records), path


def test_a_record_without_its_text_is_named_in_the_error(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({k: v for k, v in SEED_LIKE.items() if k != "text"}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    with pytest.raises(SystemExit, match="bad.jsonl:1: record lacks text"):
        score_probes.read_probes(path)


def test_a_probe_file_is_run_scored_and_its_misses_listed(tmp_path):
    scorer = SHARED / "eval" / "score_relations.py"
    if not scorer.exists():
        pytest.skip(f"scorer {scorer} not available")
    path = tmp_path / "probe.jsonl"
    path.write_text(json.dumps(SEED_LIKE, ensure_ascii=False) + "\n", encoding="utf-8")
    report = score_probes.score_probe_file(path, tmp_path / "work", scorer, show_misses=True)
    assert "roles       P=1.000 R=1.000" in report
    # the one agreement the text does not state is listed as missed, and nothing else is
    assert report.splitlines()[-1] == "  agreement - استانداری مازندران | بانک ملت | تفاهم‌نامه"
    assert sum(line.startswith("  ") for line in report.splitlines()) == 1
