"""Published relation scores: the precision each rule family reached on the project's gold sets.

A rule's own score (roles.METHOD_SCORES, agreements.RULE_SCORES) was set by hand to rank competing readings of
one sentence; as a confidence it misleads: «role:speaker_description» scored 0.65 while 98 % of its roles were
right. calibration.yaml beside this module keeps, per method, how many of its relations the gold sets confirm
(`hits`) out of how many it made (`predicted`); the published score is that precision, pulled towards the rule's
own score by `prior_weight` pseudo-relations so that a method seen twice is not trusted at 1.0:

    calibrated = (hits + prior_weight * rule_score) / (predicted + prior_weight)

A relation's within-method factors (a pronoun subject, an implicit object, no signing verb) scale it as they
scale the rule score. Regenerate the file after a rule change (docs/relations.md, "Scores"):

    .venv/bin/python tests/relations/dev_score.py --tables data/eval/fars --gold eval/dev_gold.jsonl \
        --gold eval/tune_gold.jsonl --calibrate pipeline/relations/calibration.yaml
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from pipeline.config import read_yaml
from pipeline.errors import ConfigError
from pipeline.relations.agreements import RULE_SCORES
from pipeline.relations.roles import METHOD_SCORES

CALIBRATION_FILE = Path(__file__).with_name("calibration.yaml")
CALIBRATION_PRIOR_WEIGHT = 10  # pseudo-relations at the rule score: a method seen 10 times is half evidence
RULE_SCORE_OF = {**{f"role:{m}": s for m, s in METHOD_SCORES.items()},
                 **{f"agreement:{m}": s for m, s in RULE_SCORES.items()}}


def calibrated_score(hits: int, predicted: int, rule_score: float, prior_weight: float) -> float:
    """The method's precision, smoothed towards its rule score (which it is with no evidence)."""
    return (hits + prior_weight * rule_score) / (predicted + prior_weight)


@dataclass(frozen=True)
class Calibration:
    """Calibrated score per relation method («role:apposition», «agreement:with» …)."""

    by_method: Mapping[str, float]

    def publish(self, method: str, raw_score: float) -> float:
        """The score a relation is written with: its method's calibrated precision, scaled by the factors that
        lowered the raw score below the rule's (1.0 for a method the file and the rules do not know)."""
        rule = RULE_SCORE_OF.get(method)
        if rule is None or method not in self.by_method:
            return raw_score
        return round(self.by_method[method] * min(1.0, raw_score / rule), 3)


def calibration_from_counts(counts: Mapping[str, Mapping[str, int]], prior_weight: float) -> Calibration:
    """counts: method → {hits, predicted}; every known method gets a score (its rule score if unseen)."""
    out = {}
    for method, rule_score in RULE_SCORE_OF.items():
        c = counts.get(method, {})
        out[method] = calibrated_score(int(c.get("hits", 0)), int(c.get("predicted", 0)), rule_score, prior_weight)
    return Calibration(out)


@functools.lru_cache(maxsize=4)
def load_calibration(path: str | None = None) -> Calibration:
    """Read a calibration file once (default: the packaged calibration.yaml); errors name the file and the entry."""
    file = Path(path) if path else CALIBRATION_FILE
    if not file.is_file():
        raise ConfigError(f"calibration file {file} (relations.calibration) does not exist; leave the option unset "
                          f"for the packaged one ({CALIBRATION_FILE})")
    raw = read_yaml(file, "calibration file")
    if not isinstance(raw, dict) or not isinstance(raw.get("methods"), dict):
        raise ConfigError(f"{file}: needs a `methods:` mapping of method → {{hits, predicted}}")
    weight = raw.get("prior_weight")
    if isinstance(weight, bool) or not isinstance(weight, (int, float)) or weight < 0:
        raise ConfigError(f"{file}: prior_weight must be a number ≥ 0, got {weight!r}")
    unknown = sorted(set(raw["methods"]) - set(RULE_SCORE_OF))
    if unknown:
        raise ConfigError(f"{file}: unknown method(s) {', '.join(unknown)}; valid: {', '.join(RULE_SCORE_OF)}")
    for method, c in raw["methods"].items():
        ok = isinstance(c, dict) and all(isinstance(c.get(k), int) and not isinstance(c.get(k), bool)
                                         and c[k] >= 0 for k in ("hits", "predicted"))
        if not ok or c["hits"] > c["predicted"]:
            raise ConfigError(f"{file}: {method} needs whole numbers hits ≤ predicted, got {c!r}")
    return calibration_from_counts(raw["methods"], float(weight))


def write_calibration(path: Path, counts: Mapping[str, tuple[int, int]], prior_weight: float,
                      gold_files: list[str]) -> None:
    """Write counts (method → (hits, predicted)) in load_calibration's format, with the resulting scores as comments."""
    cal = calibration_from_counts({m: {"hits": h, "predicted": n} for m, (h, n) in counts.items()}, prior_weight)
    lines = ["# Relation scores: per rule family, the relations the gold sets confirm (hits) out of those it made",
             "# (predicted); score = (hits + prior_weight * rule score) / (predicted + prior_weight).",
             "# Written by tests/relations/dev_score.py --calibrate (pipeline/relations/calibration.py); do not edit.",
             f"# measured on: {', '.join(gold_files)}",
             f"prior_weight: {prior_weight:g}",
             "methods:"]
    for method in RULE_SCORE_OF:
        hits, predicted = counts.get(method, (0, 0))
        lines.append(f"  {method}: {{hits: {hits}, predicted: {predicted}}}"
                     f"  # rule score {RULE_SCORE_OF[method]:.2f} → {cal.by_method[method]:.3f}")
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(path)
