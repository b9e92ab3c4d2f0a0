"""params.yaml and the data files it names (pipeline/config.py): clear errors, and paths a params file kept
elsewhere still finds."""
import pytest

from pipeline.config import REPO_ROOT, CleanParams, load_params, read_yaml, resolve_packaged, section
from pipeline.errors import ConfigError
from pipeline.stages.clean import DocumentCleaner


@pytest.mark.parametrize("content,message", [
    ("ner:\n  model: [unclosed\n", r"params file .*params\.yaml: not valid YAML \(line 3, column 1: expected"),
    ("- a list\n", "expected a mapping of sections"),
    ("colour: 1\n", "unknown section.*valid sections: data, ingest"),
])
def test_a_bad_params_file_is_a_config_error_naming_it(tmp_path, content, message):
    path = tmp_path / "params.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_params(path)


def test_a_missing_or_undecodable_yaml_file_is_named(tmp_path):
    with pytest.raises(ConfigError, match=r"params file .*nowhere\.yaml not found"):
        load_params(tmp_path / "nowhere.yaml")
    path = tmp_path / "latin1.yaml"
    path.write_bytes("clean: {}  # caf\xe9\n".encode("latin-1"))
    with pytest.raises(ConfigError, match=r"rules file .*latin1\.yaml: not UTF-8 text"):
        read_yaml(path, "rules file")


def test_a_params_file_elsewhere_finds_the_packaged_rules_and_models(tmp_path):
    # a user's own params.yaml with only the options they change: the packaged rules and models still load
    path = tmp_path / "params.yaml"
    path.write_text("relations:\n  min_score: 0.5\n", encoding="utf-8")
    params = load_params(path)
    cleaner = DocumentCleaner(section(params, "clean", CleanParams), params["_base_dir"])
    assert cleaner.rules["drop_lines"] and cleaner.meta_rules["months"]
    assert resolve_packaged(tmp_path, "models/default") == REPO_ROOT / "models/default"
    # a file of the same relative name beside the params file is the user's and wins; a missing one is named
    # where the user's path points
    own = tmp_path / "pipeline/resources/boilerplate.yaml"
    own.parent.mkdir(parents=True)
    own.write_text("drop_lines: []\n", encoding="utf-8")
    assert resolve_packaged(tmp_path, "pipeline/resources/boilerplate.yaml") == own
    assert resolve_packaged(tmp_path, "rules/mine.yaml") == tmp_path / "rules/mine.yaml"
    with pytest.raises(ConfigError, match=r"clean\.boilerplate_rules file .*mine\.yaml not found"):
        DocumentCleaner(CleanParams(boilerplate_rules="rules/mine.yaml"), str(tmp_path))
