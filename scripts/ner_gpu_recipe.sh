#!/usr/bin/env bash
# The "With a GPU" recipe of models/README.md as one command, sized for a short device lease: three 12-layer
# teachers trained side by side on one GPU, then an 8-layer student (the shipped size) distilled from their
# averaged word probabilities on the labelled corpora and unlabelled Fars sentences.
#
# usage: scripts/ner_gpu_recipe.sh CORPORA BASE UNLABELLED.tsv WORKDIR OUT   (paths without spaces)
#   CORPORA     folder with peyma/{train,dev}.txt and arman/train_fold1.txt
#   BASE        the converted encoder (python -m pipeline.ner.convert_e5, or scripts/ner_train.py's WORKDIR/e5-trim)
#   UNLABELLED  scripts/ner_unlabelled.py's output
# environment (defaults in brackets):
#   PARAMS [the repository's params.yaml]: its train.ner section gives every run's settings but the ones below
#   PYTHON [python3]  DEVICE [cuda]  SEEDS ["13 29 47"]  THREADS [4]  VERSION [1.3.0]
#   TEACHER_MINUTES [3.5], STUDENT_MINUTES [3]: wall-clock budgets; each run's learning rate decays to 0 by its
#     budget or by its 8th epoch, whichever comes first, so a slower machine trains fewer epochs, not longer
#   DEADLINE: a Unix time by which the student should be done; its budget shrinks to fit, keeping 90 s for loading
#     and the teachers' probabilities (a lease that ends at a fixed time)
#   EXTRA: more train_transformer flags for every run (a dry run on CPU: "--limit 40 --dev-limit 20 --epochs 1")
#   MORE_TEACHERS: model folders, comma-separated, that teach the student beside the new teachers (models/default,
#     so that the student keeps the spans the relation rules were tuned on); each must hold a config.json
# Each run's log and dev F1 per epoch are in WORKDIR/<run>/train.log and history.json.
set -uo pipefail

if [ $# -ne 5 ]; then
    sed -n '6,10p' "$0" >&2
    exit 2
fi
corpora=$1 base=$2 unlabelled=$3 work=$4 out=$5
python=${PYTHON:-python3}
device=${DEVICE:-cuda}
seeds=${SEEDS:-13 29 47}
threads=${THREADS:-4}
version=${VERSION:-1.3.0}
extra=${EXTRA:-}
root=$(cd "$(dirname "$0")/.." && pwd)
IFS=, read -ra more_teachers <<<"${MORE_TEACHERS:-}"
for t in "${more_teachers[@]}"; do  # checked before any training, so a typo costs no device time
    if [ ! -f "$t/config.json" ]; then
        echo "MORE_TEACHERS: $t holds no config.json (a model folder such as models/default)" >&2
        exit 2
    fi
done
export PYTHONPATH="$root${PYTHONPATH:+:$PYTHONPATH}"
# train.ner of params.yaml (scripts/ner_train.py reads it so), then the paths, device, and each run's own layers,
# seed and budget (a later flag wins)
train_ner=$($python -c "import sys; sys.path.insert(0, sys.argv[2] + '/scripts'); from pathlib import Path
from pipeline.config import load_params; from ner_train import training_argv
print(' '.join(training_argv(load_params(sys.argv[1]), Path('-'), '-', '-')[1][8:]))" "${PARAMS:-$root/params.yaml}" "$root") \
    || exit 1
common="$train_ner --corpora $corpora --base $base --device $device --threads $threads"

mkdir -p "$work"
teachers=()
pids=()
for s in $seeds; do
    # shellcheck disable=SC2086  # the flag lists are meant to split
    $python -m pipeline.ner.train_transformer $common $extra --layers 12 --seed "$s" \
        --max-minutes "${TEACHER_MINUTES:-3.5}" --version "teacher-$s" --workdir "$work/T$s" --out "$work/T$s/out" \
        >"$work/T$s.log" 2>&1 &
    pids+=($!)
done
read -ra seed_list <<<"$seeds"
for i in "${!pids[@]}"; do
    s=${seed_list[$i]}
    if wait "${pids[$i]}" && [ -f "$work/T$s/out/config.json" ]; then
        teachers+=("$work/T$s/out")
    else
        echo "teacher $s failed; its log ends:" >&2
        tail -20 "$work/T$s.log" >&2
    fi
done
if [ ${#teachers[@]} -eq 0 ]; then
    echo "no teacher finished; no student trained" >&2
    exit 1
fi
teachers+=("${more_teachers[@]}")
list=$(IFS=,; echo "${teachers[*]}")
student_minutes=${STUDENT_MINUTES:-3}
if [ -n "${DEADLINE:-}" ]; then
    student_minutes=$($python -c "import time; print(round(max(0.5, min($student_minutes, ($DEADLINE - time.time() - 90) / 60)), 2))")
fi
echo "teachers: $list; student budget $student_minutes min"
# shellcheck disable=SC2086
$python -m pipeline.ner.train_transformer $common $extra --layers 8 --seed 13 --teachers "$list" \
    --unlabelled "$unlabelled" --distill-weight 0.5 --max-minutes "$student_minutes" --version "$version" \
    --workdir "$work/S" --out "$out" 2>&1 | tee "$work/S.log"
