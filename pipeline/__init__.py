"""Persian named-entity and relation extraction to Parquet tables.

`extract(text)` and `run(input, output, params)` are the Python API (pipeline.api); they are
imported lazily so that `import pipeline` does no work.
"""
from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["extract", "run", "__version__"]


def __getattr__(name: str) -> Any:
    if name in ("extract", "run"):
        from pipeline import api

        return getattr(api, name)
    raise AttributeError(name)
