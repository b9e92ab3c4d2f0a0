"""tests/relations/dev_score.py: the command behind the README's relation figures reads its options strictly."""
import pytest
from dev_score import GOLD, parse_args


def test_defaults_score_the_development_gold_set():
    args = parse_args([])
    assert args.gold == [GOLD] and args.tables is None and args.ner is None and not args.misses


def test_gold_files_given_twice_are_scored_together(tmp_path):
    other = tmp_path / "tune.jsonl"
    other.write_text("{}\n", encoding="utf-8")
    args = parse_args(["--gold", str(GOLD), "--gold", str(other), "--calibrate", str(tmp_path / "cal.yaml")])
    assert args.gold == [GOLD, other] and args.calibrate == tmp_path / "cal.yaml"


def test_a_run_folder_and_a_half_are_read(tmp_path):
    args = parse_args(["--tables", str(tmp_path), "--half", "odd", "--misses", "--exact", "--by-method",
                       "--by-kind"])
    assert args.tables == tmp_path and args.half == "odd" and args.misses and args.exact and args.by_method
    assert args.by_kind


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


def test_loose_hits_are_the_scorers_matches_under_another_name():
    from dev_score import _scorer_module, loose_hits
    from scoring import SCORER
    if not SCORER.is_file():
        pytest.skip(f"the maintainers' scorer is not at {SCORER}")
    gold = {"officials": [["سید علی رضایی", "رضایی"]],
            "agencies": [["ستاد مبارزه با مواد مخدر"], ["شورای اسلامی شهر تهران", "شورای شهر تهران"]]}
    predicted = {"officials": ["علی رضایی"], "agencies": ["ستاد مبارزه با مواد", "شورای شهر تهران"]}
    # the honorific is dropped by the scorer's own person key: an exact hit; the cut body name is a loose one
    assert loose_hits(_scorer_module(), gold, predicted) == {
        "officials": [], "agencies": [("ستاد مبارزه با مواد", "ستاد مبارزه با مواد مخدر")]}


def test_agency_precision_is_counted_per_way_the_agency_was_found():
    from dev_score import _scorer_module, agency_precision_by_method
    from scoring import SCORER
    if not SCORER.is_file():
        pytest.skip(f"the maintainers' scorer is not at {SCORER}")
    gold = [{"agencies": [["خبرگزاری فارس"], ["شهرداری تهران"]]}]
    mention = lambda entity, method: {"domain": "agency", "entity_id": entity, "text": "-", "method": method}
    outputs = [{"mentions": [mention("E1", "lexicon:known"), mention("E1", "lexicon:short+coref"),
                             mention("E2", "pattern:head"), mention("E3", "ner"),
                             {"domain": "official", "entity_id": "E4", "text": "علی رضایی", "method": "ner"}]}]
    names = {"E1": "خبرگزاری فارس", "E2": "شهرداری تهران", "E3": "تیم اسفدن", "E4": "علی رضایی"}
    gold[0]["doc"] = "fars-news-1.json#0"
    wrong: dict[str, list[str]] = {}
    assert agency_precision_by_method(_scorer_module(), gold, outputs, names, wrong) == {
        "lexicon:known | lexicon:short": (1, 1), "pattern:head": (1, 1), "ner": (0, 1)}
    assert wrong == {"ner": ["fars-news-1.json#0: تیم اسفدن"]}  # what --by-method --misses lists


def test_agency_precision_is_counted_per_kind_of_body():
    from dev_score import _scorer_module, agency_precision_by_kind
    from scoring import SCORER
    if not SCORER.is_file():
        pytest.skip(f"the maintainers' scorer is not at {SCORER}")
    gold = [{"doc": "fars-news-1.json#0", "agencies": [["خبرگزاری فارس"], ["شهرداری تهران"]]}]
    mention = lambda entity: {"domain": "agency", "entity_id": entity, "text": "-", "method": "ner"}
    outputs = [{"mentions": [mention("E1"), mention("E2"), mention("E3"), mention("E5")]}]
    names = {"E1": "خبرگزاری فارس", "E2": "شهرداری تهران", "E3": "بیمارستان امام", "E5": "شهرداری ساری"}
    kinds = {"E1": "news_agency", "E2": "municipality", "E3": "hospital", "E5": "municipality"}
    wrong: dict[str, list[str]] = {}
    assert agency_precision_by_kind(_scorer_module(), gold, outputs, names, kinds, wrong) == {
        "news_agency": (1, 1), "municipality": (1, 2), "hospital": (0, 1)}
    assert wrong == {"hospital": ["fars-news-1.json#0: بیمارستان امام"],
                     "municipality": ["fars-news-1.json#0: شهرداری ساری"]}


def test_relation_precision_is_counted_per_rule_family():
    from dev_score import _scorer_module, relation_precision_by_method
    from scoring import SCORER
    if not SCORER.is_file():
        pytest.skip(f"the maintainers' scorer is not at {SCORER}")
    gold = [{"roles": [{"person": ["علی رضایی"], "title": ["استاندار"], "org": ["مازندران"]}],
             "agreements": [{"a": ["بانک ملت"], "b": ["شهرداری تهران"], "type": "قرارداد"}]}]
    role = lambda person, method: {"type": "role", "subject": person, "title": "استاندار", "object": "مازندران",
                                   "method": method}
    outputs = [{"relations": [role("علی رضایی", "role:apposition"), role("حسن رضایی", "role:apposition"),
                              role("علی رضایی", "role:speaker_description"),  # the gold role twice: one hit only
                              {"type": "agreement", "subject": "شهرداری تهران", "object": "بانک ملت",
                               "method": "agreement:with"}]}]
    assert relation_precision_by_method(_scorer_module(), gold, outputs) == {
        "role:apposition": (1, 2), "role:speaker_description": (0, 1), "agreement:with": (1, 1)}


def test_reliability_sets_the_mean_published_score_beside_the_precision():
    from dev_score import _scorer_module, score_reliability
    from scoring import SCORER
    if not SCORER.is_file():
        pytest.skip(f"the maintainers' scorer is not at {SCORER}")
    gold = [{"roles": [{"person": ["علی رضایی"], "title": ["استاندار"], "org": ["مازندران"]}]}]
    role = lambda person, score: {"type": "role", "subject": person, "title": "استاندار", "object": "مازندران",
                                  "method": "role:apposition", "score": score}
    outputs = [{"relations": [role("علی رضایی", 0.9), role("حسن رضایی", 0.5),
                              {"type": "agreement", "subject": "شهرداری تهران", "object": "بانک ملت",
                               "method": "agreement:with", "score": 0.8}]}]
    hits, rows, mean = score_reliability(_scorer_module(), gold, outputs)["role"]
    assert (hits, rows) == (1, 2) and mean == pytest.approx(0.7)
    assert score_reliability(_scorer_module(), gold, outputs)["agreement"] == (0, 1, pytest.approx(0.8))
    assert parse_args(["--reliability"]).reliability
