"""`python -m pipeline.evaluate` on a tiny file prints one JSON object with the promised keys."""
import json

from pipeline.evaluate import main


def test_cli_on_tiny_file(tmp_path, capsys, tiny_model_factory):
    f = tmp_path / "tiny.txt"
    f.write_text("سید|B_PER\nابو|I_PER\nگفت|O\n\nتهران|B_LOC\nو|O\n", encoding="utf-8")
    model = tiny_model_factory(["O", "B-PER", "I-PER", "B-LOC", "I-LOC"])
    out = tmp_path / "m" / "metrics.json"
    rc = main([str(f), "--format", "peyma", "--backend", "transformers", "--model", str(model), "--out", str(out)])
    assert rc == 0
    res = json.loads(capsys.readouterr().out)
    assert set(res["micro"]) == {"precision", "recall", "f1", "support"} and res["micro"]["support"] == 2
    assert res["words"] == 5 and res["words_per_second"] > 0 and "confusion" in res and "per_label" in res
    assert json.loads(out.read_text(encoding="utf-8"))["micro"] == res["micro"]


def test_cli_bad_model_exits_nonzero(tmp_path, capsys):
    f = tmp_path / "tiny.txt"
    f.write_text("a O\n", encoding="utf-8")
    assert main([str(f), "--format", "arman", "--backend", "transformers", "--model", str(tmp_path / "nope")]) == 2
    assert "E003" in capsys.readouterr().err


def test_cli_file_without_sentences_exits_with_a_coded_error(tmp_path, capsys):
    f = tmp_path / "empty.txt"
    f.write_text("\n\n", encoding="utf-8")
    assert main([str(f), "--format", "conll"]) == 2
    err = capsys.readouterr().err
    assert "E002" in err and "no sentences" in err and "empty.txt" in err


def test_cli_convention_follows_the_file_unless_told(tmp_path, capsys):
    # the shipped model has corpus markers: a PEYMA file is tagged as PEYMA, or as ARMAN when asked
    f = tmp_path / "tiny.txt"
    f.write_text("سید|B_PER\nابو|I_PER\nگفت|O\n\nتهران|B_LOC\nو|O\n", encoding="utf-8")
    assert main([str(f), "--format", "peyma"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert (res["convention"], res["crf_weight"], res["transition_weight"]) == ("peyma", 0.0, 0.6)
    assert main([str(f), "--format", "peyma", "--convention", "arman"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert (res["convention"], res["crf_weight"], res["transition_weight"]) == ("arman", 0.25, 0.0)
    assert main([str(f), "--format", "peyma", "--transition-weight", "0"]) == 0
    assert json.loads(capsys.readouterr().out)["transition_weight"] == 0.0
    assert main([str(f), "--format", "peyma", "--transition-weight", "3"]) == 2
    assert "transition_weight=3.0 is invalid" in capsys.readouterr().err


def test_cli_aggregation_is_passed_to_the_tagger_and_reported(tmp_path, capsys, tiny_model_factory):
    f = tmp_path / "tiny.txt"
    f.write_text("سید|B_PER\nابو|I_PER\nگفت|O\n\nتهران|B_LOC\nو|O\n", encoding="utf-8")
    model = tiny_model_factory(["O", "B-PER", "I-PER", "B-LOC", "I-LOC"])
    for aggregation in ("first", "average"):
        assert main([str(f), "--format", "peyma", "--backend", "transformers", "--model", str(model),
                     "--aggregation", aggregation]) == 0
        assert json.loads(capsys.readouterr().out)["aggregation"] == aggregation
