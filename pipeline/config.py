"""params.yaml: read once, validated section by section, errors listing the valid values.

Each stage owns one section; its dataclass checks types and ranges when the file is read, so a
typo fails before any document is processed.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Mapping

import yaml

from pipeline.errors import ConfigError

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PARAMS = REPO_ROOT / "params.yaml"


def check_keys(section: str, given: Mapping[str, Any], cls) -> None:
    valid = [f.name for f in fields(cls)]
    unknown = sorted(set(given) - set(valid))
    if unknown:
        raise ConfigError(f"params section '{section}': unknown option(s) {', '.join(unknown)}; "
                          f"valid options: {', '.join(valid)}")


def build(section: str, cls, given: Mapping[str, Any] | None):
    """Instantiate a params dataclass, checking option names and value types against defaults."""
    given = dict(given or {})
    check_keys(section, given, cls)
    defaults = cls()
    for f in fields(cls):
        if f.name not in given:
            continue
        value, default = given[f.name], getattr(defaults, f.name)
        if isinstance(default, bool):
            if not isinstance(value, bool):
                raise ConfigError(f"params {section}.{f.name}: expected true or false, got {value!r}")
        elif isinstance(default, int) and (isinstance(value, bool) or not isinstance(value, int) or value <= 0):
            raise ConfigError(f"params {section}.{f.name}: expected a positive integer, got {value!r}")
        elif isinstance(default, str) and not isinstance(value, str):
            raise ConfigError(f"params {section}.{f.name}: expected a string, got {value!r}")
    return dataclasses.replace(defaults, **given)


@dataclass(frozen=True)
class DataParams:
    input: str = "seeds"
    tables: str = "data/tables"
    interim: str = "data/interim"
    corpora: str = "../shared/corpora"


@dataclass(frozen=True)
class IngestParams:
    max_file_bytes: int = 50_000_000
    batch_docs: int = 100


@dataclass(frozen=True)
class CleanParams:
    max_doc_chars: int = 1_000_000
    boilerplate_rules: str = "pipeline/resources/boilerplate.yaml"
    metadata_rules: str = "pipeline/resources/metadata.yaml"
    max_tokens_per_sentence: int = 300

    # Upper bounds, checked when params are read (build() has already checked for positive ints):
    # offsets are int32 in the tables, and the tagger must never get an unbounded sentence.
    MAX_DOC_CHARS_LIMIT = 2 ** 31 - 1
    MAX_TOKENS_LIMIT = 4096

    def __post_init__(self):
        if isinstance(self.max_doc_chars, int) and self.max_doc_chars > self.MAX_DOC_CHARS_LIMIT:
            raise ConfigError(f"params clean.max_doc_chars: at most {self.MAX_DOC_CHARS_LIMIT} (offsets are "
                              f"32-bit), got {self.max_doc_chars}")
        if isinstance(self.max_tokens_per_sentence, int) and self.max_tokens_per_sentence > self.MAX_TOKENS_LIMIT:
            raise ConfigError(f"params clean.max_tokens_per_sentence: at most {self.MAX_TOKENS_LIMIT}, "
                              f"got {self.max_tokens_per_sentence}")


SECTIONS = ("data", "ingest", "clean", "ner", "relations", "entities", "report", "train", "evaluate_ner",
            "evaluate_relations", "bench")


def read_yaml(path: Path, what: str) -> Any:
    """A YAML file's content; a missing, undecodable or malformed file is a ConfigError naming it (`what` says
    which setting or data file it is), not a parser traceback about «<unicode string>»."""
    if not path.is_file():
        raise ConfigError(f"{what} {path} not found")
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as err:
        raise ConfigError(f"{what} {path}: not UTF-8 text ({err})") from err
    except yaml.YAMLError as err:
        mark, problem = getattr(err, "problem_mark", None), getattr(err, "problem", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: {problem}" if mark is not None and problem else err
        raise ConfigError(f"{what} {path}: not valid YAML ({where})") from err


def load_params(path: str | Path | None = None) -> dict:
    """Read params.yaml (or the repo default) and reject unknown sections."""
    path = Path(path) if path else DEFAULT_PARAMS
    data = read_yaml(path, "params file") or {}
    if not isinstance(data, dict):
        raise ConfigError(f"params file {path}: expected a mapping of sections, got {type(data).__name__}")
    unknown = sorted(set(data) - set(SECTIONS))
    if unknown:
        raise ConfigError(f"params file {path}: unknown section(s) {', '.join(unknown)}; "
                          f"valid sections: {', '.join(SECTIONS)}")
    data["_base_dir"] = str(path.resolve().parent)
    return data


def resolve(base_dir: str | Path, value: str) -> Path:
    """Paths in params are relative to the folder holding params.yaml."""
    candidate = Path(value)
    return candidate if candidate.is_absolute() else Path(base_dir) / candidate


def resolve_packaged(base_dir: str | Path, value: str) -> Path:
    """A file the project ships (rules under pipeline/resources/, the models under models/): relative to the
    params folder when it is there, else the project's own — a params file kept elsewhere that leaves these
    options at their defaults, or copies them from params.yaml, still finds them. The error for a file in
    neither place names the params-relative path."""
    local = resolve(base_dir, value)
    if local.exists() or Path(value).is_absolute():
        return local
    packaged = REPO_ROOT / value
    return packaged if packaged.exists() else local


def section(params: Mapping[str, Any], name: str, cls):
    return build(name, cls, params.get(name))


def corpora_dir(params: Mapping[str, Any]) -> Path:
    """The shared corpora folder (`data.corpora`), as an absolute path; scripts that read the corpora start here."""
    return resolve(params["_base_dir"], section(params, "data", DataParams).corpora).resolve()
