"""pipeline/relations/calibration.py: a relation's published score is its rule family's measured precision."""
import pytest
from helpers import run

from pipeline.errors import ConfigError
from pipeline.relations import RelationsParams
from pipeline.relations.agreements import RULE_SCORES
from pipeline.relations.calibration import calibrated_score, calibration_from_counts, load_calibration, write_calibration
from pipeline.relations.roles import METHOD_SCORES

SPEAKER = ("استاندار کردستان گفت: همزمان با هفته دولت 704 پروژه به بهره‌برداری می‌رسد.\n"
           "به گزارش خبرگزاری فارس از سنندج، بهمن مرادنیا پیش از ظهر امروز در نشست مطبوعاتی اظهار داشت: "
           "در سال 99 بیش از 2 هزار میلیارد تومان هزینه می‌شود.")


def test_the_score_is_the_rule_score_without_evidence_and_the_precision_with_much():
    assert calibrated_score(0, 0, 0.65, 10) == pytest.approx(0.65)
    assert calibrated_score(98, 100, 0.65, 10) == pytest.approx((98 + 6.5) / 110)
    assert calibrated_score(9_800, 10_000, 0.65, 10) == pytest.approx(0.98, abs=0.001)
    assert calibrated_score(2, 2, 0.75, 10) < 0.8  # two right relations do not make a rule certain


def test_the_packaged_file_scores_every_rule_family():
    cal = load_calibration()
    assert set(cal.by_method) == {f"role:{m}" for m in METHOD_SCORES} | {f"agreement:{m}" for m in RULE_SCORES}
    assert all(0.0 < s <= 1.0 for s in cal.by_method.values())


def test_a_written_file_reads_back_to_the_same_scores(tmp_path):
    counts = {"role:apposition": (97, 100), "agreement:with": (3, 4)}
    path = tmp_path / "calibration.yaml"
    write_calibration(path, counts, 10, ["eval/dev_gold.jsonl"])
    cal = load_calibration(str(path))
    assert cal.by_method["role:apposition"] == pytest.approx((97 + 9) / 110)
    assert cal.by_method["agreement:with"] == pytest.approx((3 + 8.5) / 14)
    assert cal.by_method["role:copula"] == pytest.approx(METHOD_SCORES["copula"])  # unseen: the rule score


def test_factors_below_the_rule_score_scale_the_published_score():
    cal = calibration_from_counts({"role:apposition": {"hits": 990, "predicted": 1000}}, 10)
    full = cal.publish("role:apposition", 0.9)
    assert full == pytest.approx((990 + 9) / 1010, abs=0.001)
    assert cal.publish("role:apposition", 0.81) == pytest.approx(full * 0.9, abs=0.001)  # a pronoun subject
    assert cal.publish("role:unknown", 0.4) == 0.4


def test_a_relation_is_written_with_its_calibrated_score_fars():
    # the headline's title described the speaker: the rule's own score is 0.65, its roles were right 98 % of the time
    out = run(SPEAKER)
    (rel,) = [r for r in out["relations"] if r["type"] == "role"]
    assert rel["method"] == "role:speaker_description"
    assert rel["score"] == pytest.approx(load_calibration().by_method["role:speaker_description"], abs=0.001)
    assert rel["score"] > 0.9


def test_min_score_filters_the_published_score(tmp_path):
    path = tmp_path / "own.yaml"
    write_calibration(path, {"role:speaker_description": (0, 1000)}, 10, ["own_gold.jsonl"])
    params = RelationsParams.from_dict({"calibration": str(path), "min_score": 0.5})
    assert [r for r in run(SPEAKER, params=params)["relations"] if r["type"] == "role"] == []
    assert len([r for r in run(SPEAKER)["relations"] if r["type"] == "role"]) == 1


@pytest.mark.parametrize("content, message", [
    ("methods: [1, 2]\n", "needs a `methods:` mapping"),
    ("prior_weight: -1\nmethods: {}\n", "prior_weight must be a number"),
    ("prior_weight: 10\nmethods: {role:guess: {hits: 1, predicted: 2}}\n", "unknown method.*valid: role:apposition"),
    ("prior_weight: 10\nmethods: {role:copula: {hits: 3, predicted: 2}}\n", "hits ≤ predicted"),
    ("prior_weight: 10\nmethods: {role:copula: {hits: 1}}\n", "hits ≤ predicted"),
    ("methods: {: [\n", "not valid YAML"),
])
def test_a_bad_calibration_file_fails_when_the_options_are_read(tmp_path, content, message):
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        RelationsParams.from_dict({"calibration": str(path)})


def test_a_missing_calibration_file_names_the_packaged_one():
    with pytest.raises(ConfigError, match="does not exist.*calibration.yaml"):
        RelationsParams.from_dict({"calibration": "no/such/calibration.yaml"})



def test_a_relative_calibration_path_is_read_from_the_params_folder(tmp_path, monkeypatch):
    # as every path in params.yaml: a run started from another folder reads the same file
    write_calibration(tmp_path / "own.yaml", {"role:apposition": (1, 100)}, 10, ["own_gold.jsonl"])
    monkeypatch.chdir(tmp_path.parent)
    params = RelationsParams.from_dict({"calibration": "own.yaml"}, base_dir=tmp_path)
    assert params.calibration == str(tmp_path / "own.yaml")
    assert load_calibration(params.calibration).by_method["role:apposition"] < 0.1
    with pytest.raises(ConfigError, match="does not exist"):
        RelationsParams.from_dict({"calibration": "own.yaml"})  # without the folder: the working directory's


def _doc_calibration_rows() -> dict[str, tuple[int, int, float, float]]:
    """docs/relations.md's «Scores» table as method → (hits, predicted, rule score, published); a row may list
    several methods of one family («`role:coordinated`, `listed`»), a cell one value for all of them («each»)."""
    import re
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "relations.md").read_text(encoding="utf-8")
    rows = {}
    for line in doc.splitlines():
        if not re.match(r"\| `(role|agreement):", line):
            continue
        methods_cell, counts_cell, rule_cell, published_cell = (c.strip() for c in line.strip("|").split("|"))
        first, *rest = re.findall(r"`([^`]+)`", methods_cell)
        family = first.split(":")[0]
        methods = [first] + [f"{family}:{m}" for m in rest]

        cells = [[v.strip() for v in cell.removesuffix(" each").split(",")]
                 for cell in (counts_cell, rule_cell, published_cell)]
        counts, rules, publisheds = (values * len(methods) if len(values) == 1 else values for values in cells)
        for method, count, rule, published in zip(methods, counts, rules, publisheds, strict=True):
            hits, predicted = (int(n) for n in count.split("/"))
            rows[method] = (hits, predicted, float(rule), float(published))
    return rows


def test_the_documented_calibration_table_is_the_packaged_file():
    """The table a reader trusts for what a score means drifted once from the file (session 64): keep them one."""
    from pipeline.config import read_yaml
    from pipeline.relations.calibration import CALIBRATION_FILE, RULE_SCORE_OF

    documented = _doc_calibration_rows()
    counts = read_yaml(CALIBRATION_FILE, "calibration file")["methods"]
    cal = load_calibration()
    assert len(documented) >= 10
    for method, (hits, predicted, rule, published) in documented.items():
        assert (hits, predicted) == (counts[method]["hits"], counts[method]["predicted"]), method
        assert rule == pytest.approx(RULE_SCORE_OF[method]), method
        assert published == pytest.approx(cal.by_method[method], abs=0.0005), method
