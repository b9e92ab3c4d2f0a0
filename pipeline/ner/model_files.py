"""Reading the JSON files of a model folder (manifest, gazetteer, tag statistics) with errors that say how to
mend them: a truncated copy or a merge conflict must name the file, not end in a bare JSONDecodeError."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipeline.errors import ModelError


def read_model_json(path: str | Path, hint: str, expect: type = dict) -> Any:
    """The parsed file; ModelError naming it and `hint` (how to rebuild it) if it is unreadable, not JSON, or
    its top level is not of type `expect`."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ModelError(f"{path} is not valid JSON ({err}); {hint}") from err
    if not isinstance(data, expect):
        raise ModelError(f"{path} holds a JSON {type(data).__name__}, expected a {expect.__name__}; {hint}")
    return data
