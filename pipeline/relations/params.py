"""`relations:` options of params.yaml, validated up front so a typo fails before any document runs."""
from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Mapping

from pipeline.config import resolve
from pipeline.errors import ConfigError
from pipeline.relations import agreements, roles

ROLE_RULES = roles.RULES
AGREEMENT_RULES = agreements.RULES
BARE_CONTEXT_POLICIES = ("document", "never")


@dataclass(frozen=True)
class RelationsParams:
    """Options of the relations stage.

    use_ner: take the NER's PER/ORG/LOC spans as candidates (lexicons and patterns always run).
    coreference: resolve وی/او/ایشان/نامبرده and surname-only mentions to full names.
    role_rules / agreement_rules: which rule families run (default: all).
    min_score: relations whose published score (calibration.py: the precision of their rule family on the gold
        sets) is below this are dropped.
    ner_org_min_score: an ORG span only the NER found (no lexicon or pattern agrees) becomes an agency
        only at this confidence or above: low-confidence spans («علم و») are the main source of false agencies.
    bare_context_provinces: `document` — a bare capital-city name («تهران») is the province only when
        the document cues that province elsewhere or lists it with other provinces; `never` — only cued.
    lexicon_dir: a folder with replacement lexicon files (default: the packaged pipeline/lexicons).
    calibration: a calibration YAML measured on one's own gold (default: the packaged
        pipeline/relations/calibration.yaml).
    """

    use_ner: bool = True
    coreference: bool = True
    role_rules: tuple[str, ...] = ROLE_RULES
    agreement_rules: tuple[str, ...] = AGREEMENT_RULES
    min_score: float = 0.5
    ner_org_min_score: float = 0.98
    bare_context_provinces: str = "document"
    lexicon_dir: str | None = None
    calibration: str | None = None

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any] | None, base_dir: str | Path | None = None) -> "RelationsParams":
        """Validate the options; relative `lexicon_dir` and `calibration` paths resolve against base_dir (the folder
        holding params.yaml, as every path in params does) when it is given."""
        raw = dict(raw or {})
        valid = [f.name for f in fields(cls)]
        unknown = sorted(set(raw) - set(valid))
        if unknown:
            raise ConfigError(f"relations: unknown option(s) {', '.join(unknown)}; valid options: {', '.join(valid)}")
        for name in ("use_ner", "coreference"):
            if name in raw and not isinstance(raw[name], bool):
                raise ConfigError(f"relations.{name} must be true or false, got {raw[name]!r}")
        for name, allowed in (("role_rules", ROLE_RULES), ("agreement_rules", AGREEMENT_RULES)):
            if name in raw:
                value = raw[name]
                if isinstance(value, str) or not isinstance(value, (list, tuple)):
                    raise ConfigError(f"relations.{name} must be a list; valid values: {', '.join(allowed)}")
                bad = [v for v in value if v not in allowed]
                if bad:
                    raise ConfigError(f"relations.{name}: unknown rule(s) {', '.join(map(str, bad))}; "
                                      f"valid values: {', '.join(allowed)}")
                raw[name] = tuple(value)
        for name in ("min_score", "ner_org_min_score"):
            if name in raw:
                value = raw[name]
                if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
                    raise ConfigError(f"relations.{name} must be a number in 0..1, got {value!r}")
                raw[name] = float(value)
        if "bare_context_provinces" in raw and raw["bare_context_provinces"] not in BARE_CONTEXT_POLICIES:
            raise ConfigError(f"relations.bare_context_provinces={raw['bare_context_provinces']!r}; "
                              f"valid values: {', '.join(BARE_CONTEXT_POLICIES)}")
        if "lexicon_dir" in raw and raw["lexicon_dir"] is not None and not isinstance(raw["lexicon_dir"], str):
            raise ConfigError(f"relations.lexicon_dir must be a folder path, got {raw['lexicon_dir']!r}")
        if "calibration" in raw and raw["calibration"] is not None and not isinstance(raw["calibration"], str):
            raise ConfigError(f"relations.calibration must be a file path, got {raw['calibration']!r}")
        if base_dir is not None:
            for name in ("lexicon_dir", "calibration"):
                if raw.get(name) is not None:
                    raw[name] = str(resolve(base_dir, raw[name]))
        if raw.get("lexicon_dir") is not None:  # read now, so a bad folder fails before any document runs
            from pipeline.lexicons import load_lexicons

            load_lexicons(raw["lexicon_dir"])
        if raw.get("calibration") is not None:
            from pipeline.relations.calibration import load_calibration

            load_calibration(raw["calibration"])  # read now, so a bad file fails before any document runs
        return cls(**raw)
