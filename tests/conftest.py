"""Shared fixtures: the repo's paths and the read-only corpora folder (tests skip if it is absent)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PIPELINE_SHARED", REPO.parent / "shared"))
CORPORA = SHARED / "corpora"
SEED = REPO / "seeds" / "000_ab529479935ecf1d.txt"


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def corpora() -> Path:
    if not CORPORA.exists():
        pytest.skip(f"corpora folder {CORPORA} not available (set PIPELINE_SHARED)")
    return CORPORA


@pytest.fixture(scope="session")
def cleaner():
    from pipeline.config import CleanParams
    from pipeline.stages.clean import DocumentCleaner

    return DocumentCleaner(CleanParams(), REPO)


def load_script(name: str):
    """A file of scripts/ as a module (they are run as programs, not imported as a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def script_module():
    """load_script as a fixture: script_module("run_facts")."""
    return load_script
