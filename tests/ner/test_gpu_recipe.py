"""scripts/ner_gpu_recipe.sh on CPU with a tiny encoder: teachers side by side, a student distilled from those that
finished and from an existing model, and a failed teacher named without costing the others."""
import json
import os
import subprocess
import sys
from pathlib import Path

from pipeline.ner import NerParams, load_tagger

from .test_train_smoke import _tiny_encoder_and_corpora, _train

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "ner_gpu_recipe.sh"


def _recipe(args, **env):
    full = dict(os.environ, PYTHON=sys.executable, DEVICE="cpu", THREADS="1", **env)
    return subprocess.run(["bash", str(SCRIPT), *map(str, args)], capture_output=True, text=True, env=full,
                          cwd=SCRIPT.parents[1])


def test_student_learns_from_the_teachers_that_finished(tmp_path):
    base, corp = _tiny_encoder_and_corpora(tmp_path, seed=3)
    unlabelled = tmp_path / "fars.tsv"
    unlabelled.write_text("شهر\tتهران\tشهر\nتهران\ta\n", encoding="utf-8")
    work, out = tmp_path / "work", tmp_path / "student"
    # every run takes train.ner of the params file, here with another dropout
    params = tmp_path / "params.yaml"
    text = (SCRIPT.parents[1] / "params.yaml").read_text(encoding="utf-8")
    assert "    dropout: 0.1\n" in text
    params.write_text(text.replace("    dropout: 0.1\n", "    dropout: 0.2\n"), encoding="utf-8")
    # an existing model (the shipped one, in use) teaches beside the new teachers
    shipped = tmp_path / "shipped"
    _train(["--base", str(base), "--corpora", str(corp), "--epochs", "1", "--batch-tokens", "64", "--threads", "1",
            "--conventions", "true", "--out", str(shipped), "--workdir", str(tmp_path / "w0")])
    # seed "x" is no integer: that teacher's trainer stops at its arguments
    proc = _recipe([corp, base, unlabelled, work, out], SEEDS="1 x", VERSION="9.9.9", PARAMS=str(params),
                   EXTRA="--epochs 1 --batch-tokens 64", DEADLINE="0", MORE_TEACHERS=str(shipped))
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "teacher x failed" in proc.stderr and "--seed: invalid int value" in proc.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["version"] == "9.9.9"
    hyper = manifest["hyperparameters"]
    assert hyper["teachers"] == f"{work / 'T1' / 'out'},{shipped}" and hyper["layers"] == 8
    assert hyper["unlabelled"] == str(unlabelled)
    assert hyper["max_minutes"] == 0.5  # DEADLINE already past: the student gets the smallest budget
    assert hyper["dropout"] == 0.2 and hyper["lr"] == 2.5e-4 and hyper["conventions"] is True
    assert json.loads((work / "T1" / "out" / "manifest.json").read_text(encoding="utf-8"))[
        "hyperparameters"]["layers"] == 12
    assert len(load_tagger(NerParams.from_dict({"model": str(out)})).tag([["تهران", "شهر"]])[0]) == 2


def test_no_student_without_a_teacher_and_usage_on_wrong_arguments(tmp_path):
    base, corp = _tiny_encoder_and_corpora(tmp_path, seed=4)
    proc = _recipe([corp, base, tmp_path / "none.tsv", tmp_path / "w", tmp_path / "s"], SEEDS="x")
    assert proc.returncode == 1 and "no teacher finished" in proc.stderr
    assert not (tmp_path / "s").exists()
    proc = _recipe([corp, base])
    assert proc.returncode == 2 and "usage: scripts/ner_gpu_recipe.sh" in proc.stderr
    # a MORE_TEACHERS folder that is no model stops the recipe before any teacher trains
    proc = _recipe([corp, base, tmp_path / "none.tsv", tmp_path / "w2", tmp_path / "s"], SEEDS="1",
                   MORE_TEACHERS=f"{base},{tmp_path / 'nothing'}")
    assert proc.returncode == 2 and f"MORE_TEACHERS: {tmp_path / 'nothing'} holds no config.json" in proc.stderr
    assert not (tmp_path / "w2").exists()
