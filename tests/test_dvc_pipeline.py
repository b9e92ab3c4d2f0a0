"""dvc.yaml: each stage lists its own code among its dependencies and declares what it writes.

An undeclared output is not restored when DVC takes a stage from its run-cache (same code and data as an earlier
run): the stage is skipped and the folder keeps whatever ran last (`dvc repro` after reverting a change).
"""
import dataclasses
import re
from pathlib import Path

import pytest
import yaml

from pipeline.stages.evaluate_relations import EvaluateRelationsParams

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def stages() -> dict:
    params = yaml.safe_load((ROOT / "params.yaml").read_text(encoding="utf-8"))

    def value(match: re.Match) -> str:
        node = params
        for part in match.group(1).split("."):
            node = node[part]
        return str(node)

    text = re.sub(r"\$\{(\w+(?:\.\w+)+)\}", value, (ROOT / "dvc.yaml").read_text(encoding="utf-8"))
    return yaml.safe_load(text)["stages"]


def _declared(stage: dict, *kinds: str) -> set[str]:
    return {next(iter(entry)) if isinstance(entry, dict) else entry for kind in kinds for entry in stage.get(kind, [])}


def test_each_stage_module_is_a_dependency_of_its_stage(stages):
    checked = 0
    for name, stage in stages.items():
        commands = stage["cmd"] if isinstance(stage["cmd"], list) else [stage["cmd"]]
        for command in commands:
            module = re.match(r"python -m (pipeline\.stages\.\w+)", command)
            if module is None:
                continue
            code = module.group(1).replace(".", "/") + ".py"
            deps = _declared(stage, "deps")
            assert any(code == dep or code.startswith(dep.rstrip("/") + "/") for dep in deps), (name, code)
            checked += 1
    assert checked >= 6  # clean, ner, relations, entities, report, evaluate_relations


def test_evaluate_relations_declares_its_tables_and_every_metrics_file(stages):
    stage = stages["evaluate_relations"]
    declared = _declared(stage, "outs", "metrics")
    options = yaml.safe_load((ROOT / "params.yaml").read_text(encoding="utf-8"))["evaluate_relations"]
    written = [field.name for field in dataclasses.fields(EvaluateRelationsParams)
               if field.name == "tables" or field.name.endswith("metrics")]
    assert len(written) == 7
    for option in written:
        assert options.get(option, getattr(EvaluateRelationsParams, option)) in declared, option
