"""tests/relations/dev_score.py: the command behind the README's relation figures reads its options strictly."""
import pytest
from dev_score import GOLD, parse_args


def test_defaults_score_the_development_gold_set():
    args = parse_args([])
    assert args.gold == GOLD and args.tables is None and args.ner is None and not args.misses


def test_a_run_folder_and_a_half_are_read(tmp_path):
    args = parse_args(["--tables", str(tmp_path), "--half", "odd", "--misses"])
    assert args.tables == tmp_path and args.half == "odd" and args.misses


@pytest.mark.parametrize("argv, message", [
    (["--half", "third"], "invalid choice: 'third'"),
    (["--convention", "peyma"], "--convention needs --ner"),
    (["--tables", "run", "--ner", "models/default"], "not allowed with argument"),
    (["--gold", "no/such/gold.jsonl"], "gold file no/such/gold.jsonl not found"),
])
def test_bad_options_are_refused_with_the_reason(argv, message, capsys):
    with pytest.raises(SystemExit):
        parse_args(argv)
    assert message in capsys.readouterr().err
