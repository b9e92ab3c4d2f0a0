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
