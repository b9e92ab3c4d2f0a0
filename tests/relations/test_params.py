import pytest

from pipeline.errors import ConfigError
from pipeline.relations import RelationsParams


def test_defaults_run_every_rule():
    p = RelationsParams.from_dict({})
    assert "apposition" in p.role_rules and "with" in p.agreement_rules
    assert p.use_ner and p.coreference


@pytest.mark.parametrize("raw, message", [
    ({"colour": 1}, "valid options: use_ner"),
    ({"role_rules": ["apposition", "guess"]}, "valid values: apposition"),
    ({"agreement_rules": "with"}, "must be a list"),
    ({"min_score": 2}, "0..1"),
    ({"bare_context_provinces": "always"}, "document, never"),
    ({"use_ner": "yes"}, "true or false"),
])
def test_bad_options_name_the_valid_values(raw, message):
    with pytest.raises(ConfigError, match=message):
        RelationsParams.from_dict(raw)


def test_a_lexicon_folder_missing_files_fails_when_the_options_are_read(tmp_path):
    (tmp_path / "provinces.yaml").write_text("[]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="lacks .*titles.yaml"):
        RelationsParams.from_dict({"lexicon_dir": str(tmp_path)})


def test_a_relative_lexicon_folder_is_read_from_the_params_folder(tmp_path):
    with pytest.raises(ConfigError, match=str(tmp_path / "my_lexicons")):
        RelationsParams.from_dict({"lexicon_dir": "my_lexicons"}, base_dir=tmp_path)


def test_a_lexicon_file_that_is_not_yaml_is_named_in_the_error(tmp_path):
    from pipeline.lexicons import LEXICON_DIR, LEXICON_FILES

    for name in LEXICON_FILES:
        (tmp_path / name).write_text((LEXICON_DIR / name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "countries.yaml").write_text("- {name: [ایران\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"lexicon file .*countries\.yaml: not valid YAML \(line 2, column 1"):
        RelationsParams.from_dict({"lexicon_dir": str(tmp_path)})
