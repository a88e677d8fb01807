"""Settings: pyproject/.vigilint.toml discovery, validation, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from vigilint.config import Settings, load_settings, merged, parse_size, settings_from_mapping


def test_defaults():
    s = Settings()
    assert s.max_file_size == 2_000_000 and s.fail_on == "P1" and s.owasp_edition == "2021"
    assert s.server.debounce_ms == 100


def test_pyproject_table_found_from_subfolder(tmp_path: Path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text('[tool.vigilint]\nfail_on = "P2"\n'
                                             'max_file_size = "1MB"\n')
    (tmp_path / "src").mkdir()
    loaded = load_settings(tmp_path / "src")
    assert loaded.source == tmp_path / "pyproject.toml"
    assert loaded.settings.fail_on == "P2" and loaded.settings.max_file_size == 1_000_000
    assert loaded.problems == []


def test_dedicated_file_wins_and_search_stops_at_repo_root(tmp_path: Path):
    (tmp_path / ".vigilint.toml").write_text('owasp_edition = "2025"\n')
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    assert load_settings(repo).source is None
    assert load_settings(tmp_path).settings.owasp_edition == "2025"


def test_invalid_values_are_named_and_dropped(tmp_path: Path):
    (tmp_path / ".vigilint.toml").write_text(
        'fail_on = "P9"\nexclude = ["dist"]\n[server]\ndebounce_ms = -5\n')
    loaded = load_settings(tmp_path)
    assert loaded.settings.exclude == ["dist"]
    assert loaded.settings.fail_on == "P1" and loaded.settings.server.debounce_ms == 100
    text = "\n".join(loaded.problems)
    assert "key `fail_on`" in text and "key `server.debounce_ms`" in text


def test_broken_toml_uses_defaults(tmp_path: Path):
    (tmp_path / ".vigilint.toml").write_text("fail_on = \n")
    loaded = load_settings(tmp_path)
    assert loaded.settings == Settings()
    assert "invalid TOML" in loaded.problems[0]


@pytest.mark.parametrize("key", ["secrets", "enabled", "disabled_categories", "sast"])
def test_switching_scanning_off_is_refused(key):
    settings, problems = settings_from_mapping({key: False, "fail_on": "P0"}, "cfg")
    assert settings.fail_on == "P0"
    assert problems and f"refused `{key}`" in problems[0]


@pytest.mark.parametrize("value", [["*"], ["VG-*"], ["vg-py-*"], ["ALL"]])
def test_wildcard_rule_disabling_is_refused(value):
    settings, problems = settings_from_mapping({"disabled_rules": value}, "cfg")
    assert settings.disabled_rules == []
    assert "wholesale" in problems[0]


def test_disabling_every_rule_of_a_category_keeps_its_floor():
    from vigilint.analyzers.registry import all_rules

    bypass = sorted(r.id for r in all_rules() if r.category == "scanner-bypass")
    room = len(bypass) // 2
    settings, problems = settings_from_mapping({"disabled_rules": bypass}, "cfg")
    assert settings.disabled_rules == bypass[:room]
    assert (f"`scanner-bypass` category keeps at least {len(bypass) - room} of its "
            f"{len(bypass)} rules") in problems[0]
    assert all(f"`{rule}`" in problems[0] for rule in bypass[room:])


def test_disabling_all_secret_rules_but_one_keeps_half_of_them():
    """The bypass: listing every secret rule but one switched secret detection off."""
    from vigilint.analyzers.registry import all_rules

    secrets = sorted(r.id for r in all_rules() if r.category == "secret")
    listed = [f"{rule} -- this detector is noisy for our fixtures" for rule in secrets[1:]]
    settings, problems = settings_from_mapping({"disabled_rules": listed}, "cfg",
                                               require_justification=True)
    assert len(settings.disabled_rules) == len(secrets) // 2
    assert len(secrets) - len(settings.disabled_rules) >= len(secrets) / 2
    assert any("`secret` category keeps at least" in p for p in problems)
    with pytest.raises(ValueError, match="more than half"):
        Settings(disabled_rules=secrets[1:])


def test_a_configuration_file_must_justify_each_disabled_rule(tmp_path: Path):
    (tmp_path / ".vigilint.toml").write_text(
        'disabled_rules = ["VG-PY-DESER-001", "VG-JS-DESER-001 -- fp",\n'
        '  "VG-PY-DOS-001 -- the parser only reads our own build manifests",\n'
        '  {rule = "vg-go-dos-001", justification = "inputs are capped by the proxy in front"}]\n')
    loaded = load_settings(tmp_path)
    assert loaded.settings.disabled_rules == ["VG-PY-DOS-001", "VG-GO-DOS-001"]
    assert loaded.settings.rule_justifications == {
        "VG-PY-DOS-001": "the parser only reads our own build manifests",
        "VG-GO-DOS-001": "inputs are capped by the proxy in front"}
    text = "\n".join(loaded.problems)
    assert "refused `VG-PY-DESER-001`" in text and "it has no justification" in text
    assert "refused `VG-JS-DESER-001`" in text and "'fp' is not a justification" in text
    # editor (LSP) settings may name bare ids; the justifications survive a round trip
    again, problems = settings_from_mapping(loaded.settings.model_dump(), "lsp")
    assert again.disabled_rules == loaded.settings.disabled_rules and problems == []
    assert settings_from_mapping({"disabled_rules": ["VG-PY-DESER-001"]}, "lsp")[0] \
        .disabled_rules == ["VG-PY-DESER-001"]


def test_sizes():
    assert parse_size("2MB") == 2_000_000 and parse_size("512 KiB") == 524_288
    assert parse_size("100") == 100
    with pytest.raises(ValueError):
        parse_size("big")


def test_merged_overrides_validate():
    s = merged(Settings(), {"fail_on": "P3", "max_file_size": None})
    assert s.fail_on == "P3" and s.max_file_size == 2_000_000


def test_checked_overrides_give_what_the_schema_gives_without_importing_it(tmp_path: Path):
    import os
    import subprocess
    import sys

    base = Settings(exclude=["build/**"], roles={"test": ["qa/**"]})
    for overrides in ({"fail_on": "P3"}, {"exclude": ["build/**", "gen/**"]},
                      {"owasp_edition": "2025", "fail_on": None}, {}):
        data = {**base.model_dump(), **{k: v for k, v in overrides.items() if v is not None}}
        assert merged(base, overrides) == settings_from_mapping(data, "overrides")[0]
    # values the command line did not check still go through the schema and its messages
    assert merged(base, {"max_file_size": 0}).max_file_size == Settings().max_file_size
    assert merged(base, {"fail_on": "P9"}).fail_on == "P1"
    (tmp_path / "app.py").write_text("import os\n", encoding="utf-8")
    code = ("import sys\nfrom vigilint.cli import main\n"
            "main(['scan', 'app.py', '--quiet', '--no-cache', '--fail-on', 'P2', '--exclude', "
            "'gen/**'])\nprint('pydantic' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                          text=True, check=False, timeout=300, env=env)
    assert done.stdout.strip().splitlines()[-1] == "False", done.stderr
