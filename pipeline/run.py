"""The main job: every stage in order over one input, the same code the DVC stages call."""
from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.config import load_params
from pipeline.docstream import iter_rows
from pipeline.schema import publish, staging_dir, table_path
from pipeline.stages import clean as clean_stage
from pipeline.stages import entities as entities_stage
from pipeline.stages import ner as ner_stage
from pipeline.stages import relations as relations_stage


@dataclass
class RunSummary:
    documents: dict = field(default_factory=dict)
    mentions: int = 0
    entities: int = 0
    relations: int = 0
    words: int = 0
    seconds: float = 0.0
    stage_seconds: dict = field(default_factory=dict)  # where the time went, per stage
    failures: list = field(default_factory=list)

    @property
    def n_documents(self) -> int:
        return sum(self.documents.values())

    def format(self) -> str:
        statuses = ", ".join(f"{k} {v}" for k, v in sorted(self.documents.items()))
        rate = self.words / self.seconds if self.seconds else 0.0
        lines = [f"documents: {self.n_documents} ({statuses})",
                 f"mentions: {self.mentions}, entities: {self.entities}, relations: {self.relations}",
                 f"time: {self.seconds:.1f} s, {self.words} words, {rate:.0f} words/s"]
        if self.stage_seconds:
            lines.append("stages: " + ", ".join(f"{name} {secs:.1f} s" for name, secs in self.stage_seconds.items()))
        lines += [f"failed: {error}" for error in self.failures[:20]]
        if len(self.failures) > 20:
            lines.append(f"… and {len(self.failures) - 20} more failures (see documents.error)")
        return "\n".join(lines)


class _Lap:
    """Records the seconds since the previous lap under a stage's name."""

    def __init__(self, into: dict) -> None:
        self.into, self.last = into, time.perf_counter()

    def __call__(self, name: str) -> None:
        now = time.perf_counter()
        self.into[name] = round(now - self.last, 2)
        self.last = now


def _progress_bar(total: int | None, desc: str, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="doc", disable=not enabled, leave=False)


def run_pipeline(input_path: str | Path, out_dir: str | Path, params_path: str | Path | None = None,
                 interim_dir: str | Path | None = None, progress: bool = False, tagger=None,
                 write_report: bool = True) -> RunSummary:
    """Run clean → ner → relations → entities (→ report) on a file or folder; tables land in out_dir."""
    params = load_params(params_path)
    out_dir = Path(out_dir)
    # All tables are written into a private staging folder and renamed into out_dir only when every
    # stage has finished: a run that dies midway (even kill -9) leaves the previous tables as they were.
    staging = staging_dir(out_dir)
    interim = Path(interim_dir) if interim_dir else staging / "_interim"
    started = time.perf_counter()
    summary = RunSummary()
    try:
        clean_documents = table_path(interim, "clean_documents")
        lap = _Lap(summary.stage_seconds)
        with _progress_bar(None, "clean", progress) as bar:
            n_ok = clean_stage.run(Path(input_path), staging, params, progress=bar.update,
                                   documents_path=clean_documents).get("ok", 0)
        lap("clean")
        with _progress_bar(n_ok, "ner", progress) as bar:
            ner_stage.run(staging, table_path(interim, "ner_mentions"), params, tagger=tagger, progress=bar.update,
                          documents_path=clean_documents, errors_path=table_path(interim, "ner_errors"))
        lap("ner")
        with _progress_bar(n_ok, "relations", progress) as bar:
            relations_stage.run(staging, interim, params, progress=bar.update, documents_path=clean_documents)
        lap("relations")
        counts = entities_stage.run(staging, interim, params)
        lap("entities")
        summary.mentions, summary.entities, summary.relations = (counts["mentions"], counts["entities"],
                                                                 counts["relations"])
        summary.words = sum(1 for _ in iter_rows(table_path(staging, "tokens"), ["doc_id"]))
        for row in iter_rows(table_path(staging, "documents"), ["status", "error"]):
            summary.documents[row["status"]] = summary.documents.get(row["status"], 0) + 1
            if row["status"] in ("failed", "partial"):
                summary.failures.append(row["error"])
        publish(staging, out_dir, subdirs=() if interim_dir else ("_interim",))
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    summary.seconds = time.perf_counter() - started
    if write_report:
        from pipeline.stages import report as report_stage

        report_stage.run(out_dir, out_dir / "report.html", params, input_path=str(input_path))
    return summary
