"""Fixtures for the robustness suite: the hostile corpus, clean-stage runs over it, a fake tagger."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from pipeline.config import load_params

from . import corpus as hostile

REPO = Path(__file__).resolve().parents[2]
# The hostile run keeps the 10 MB page but a lower character limit, so the suite stays fast; the
# default limit is measured on its own in test_limits.py.
SUITE_MAX_DOC_CHARS = 50_000


class FakeTagger:
    """Tags a few known words, deterministically: the NER model is not under test here."""

    name = "fake"
    LOC = {"تهران", "مازندران", "ساری", "اصفهان", "شیراز", "تبریز", "مشهد", "کرمان", "یزد", "رشت", "قم", "اراک"}

    def tag(self, sentences: list[list[str]]) -> list[list[tuple[str, float]]]:
        out = []
        for words in sentences:
            tags = []
            for k, word in enumerate(words):
                if word in self.LOC:
                    tags.append(("B-LOC", 0.9))
                elif word == "فیروزآبادی":
                    tags.append(("I-PER", 0.7) if k and words[k - 1] == "ابوالحسن" else ("B-PER", 0.8))
                elif word in ("سید", "ابوالحسن"):
                    tags.append(("B-PER" if word == "سید" else "I-PER", 0.8))
                else:
                    tags.append(("O", 0.99))
            out.append(tags)
        return out


def write_params(folder: Path, **clean_overrides) -> Path:
    """A params.yaml like the repo's (paths made absolute), with clean-section overrides."""
    params = yaml.safe_load((REPO / "params.yaml").read_text(encoding="utf-8"))
    for key in ("boilerplate_rules", "metadata_rules"):
        params["clean"][key] = str(REPO / params["clean"][key])
    if "ner" in params and isinstance(params["ner"].get("model"), str):
        params["ner"]["model"] = str(REPO / params["ner"]["model"])
    params["clean"].update(clean_overrides)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "params.yaml"
    path.write_text(yaml.safe_dump(params, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def hostile_corpus(tmp_path_factory) -> hostile.Corpus:
    folder = tmp_path_factory.mktemp("hostile") / "input"
    corpus = hostile.build(folder)
    bad = hostile.build_bad_filename(folder)
    if bad:
        corpus.expect[bad] = hostile.Expect("ok")
    return corpus


@pytest.fixture(scope="session")
def suite_params_path(tmp_path_factory) -> Path:
    return write_params(tmp_path_factory.mktemp("params"), max_doc_chars=SUITE_MAX_DOC_CHARS)


@pytest.fixture(scope="session")
def suite_params(suite_params_path) -> dict:
    return load_params(suite_params_path)


@pytest.fixture(scope="session")
def hostile_tables(hostile_corpus, suite_params, tmp_path_factory):
    """The clean stage run over the hostile corpus: (tables folder, counts)."""
    from pipeline.stages import clean as clean_stage

    out = tmp_path_factory.mktemp("hostile-tables")
    counts = clean_stage.run(hostile_corpus.folder, out, suite_params)
    return out, counts


@pytest.fixture(scope="session")
def good_only_tables(hostile_corpus, suite_params, tmp_path_factory):
    """The clean stage over the good documents alone (same relative names)."""
    from pipeline.stages import clean as clean_stage

    root = tmp_path_factory.mktemp("good-only")
    for name in hostile_corpus.good:
        shutil.copy(hostile_corpus.folder / name, root / name)
    out = root.parent / (root.name + "-tables")
    counts = clean_stage.run(root, out, suite_params)
    return out, counts


@pytest.fixture(scope="session")
def end_to_end():
    """The whole pipeline (pass tagger=FakeTagger() or another fake)."""
    from pipeline.run import run_pipeline

    return run_pipeline


@pytest.fixture(scope="session")
def e2e_hostile(end_to_end, hostile_corpus, suite_params_path, tmp_path_factory):
    """The whole pipeline (fake tagger) over the hostile corpus: (tables folder, summary)."""
    out = tmp_path_factory.mktemp("e2e-hostile")
    return out, end_to_end(hostile_corpus.folder, out, suite_params_path, tagger=FakeTagger())
