"""The offline package index, typo-squat detection, manifests and project names."""

from __future__ import annotations

from pathlib import Path

import pytest

from vigilint.analyzers.dependencies import first_party, packages
from vigilint.analyzers.engine import Engine
from vigilint.analyzers.registry import all_rules
from vigilint.config import Settings

HERE = Path(__file__).parent


def _dep_findings(path: str, text: str, settings: Settings | None = None):
    rules = [r for r in all_rules() if r.id.startswith("VG-DEP")]
    return Engine(rules=rules, settings=settings).analyze(path, text).findings


def test_index_is_shipped_and_normalized():
    assert len(packages.known("pypi")) == 15000
    assert len(packages.known("npm")) > 17000
    assert "pyyaml" in packages.known("pypi") and "typing-extensions" in packages.known("pypi")
    assert packages.normalize("Typing_Extensions") == "typing-extensions"
    assert packages.normalize("zope.interface") == "zope-interface"


@pytest.mark.parametrize(("name", "ecosystem", "target"), [
    ("reqeusts", "pypi", "requests"), ("requets", "pypi", "requests"),
    ("numpyy", "pypi", "numpy"), ("djnago", "pypi", "django"), ("expresss", "npm", "express"),
    ("lodahs", "npm", "lodash"),
])
def test_typosquats_point_at_the_popular_package(name, ecosystem, target):
    assert packages.typosquat_of(name, ecosystem) == target


@pytest.mark.parametrize(("name", "ecosystem"), [
    ("secure-token-vault-client", "pypi"), ("abc", "pypi"), ("my-internal-tool", "npm"),
])
def test_far_or_short_names_are_not_typosquats(name, ecosystem):
    assert packages.typosquat_of(name, ecosystem) is None


def test_osa_distance():
    assert packages.osa_distance("requests", "reqeusts", 2) == 1  # transposition
    assert packages.osa_distance("django", "djnago", 2) == 1
    assert packages.osa_distance("flask", "falsk", 2) == 1
    assert packages.osa_distance("numpy", "pandas", 2) == 3


@pytest.mark.parametrize(("specifier", "package"), [
    ("lodash/fp", "lodash"), ("@babel/core/lib/x", "@babel/core"), ("./local", None),
    ("node:fs", None), ("fs/promises", None), ("@/components/x", None), ("#internal", None),
    ("https://cdn.example.com/x.js", None), ("react", "react"),
])
def test_npm_specifiers(specifier, package):
    assert packages.npm_package_of(specifier) == package


@pytest.mark.parametrize(("line", "name"), [
    ("requests>=2.0", "requests"), ("Django[argon2]==5.0 ; python_version>'3.10'", "Django"),
    ("-r base.txt", None), ("git+https://x/y.git", None), ("./local/pkg", None),
    ("pkg @ https://example.com/pkg.whl", None),
])
def test_requirement_names(line, name):
    assert packages.requirement_name(line) == name


def test_import_names_that_differ_from_distributions_are_known():
    for module in ("yaml", "cv2", "sklearn", "PIL", "bs4", "dateutil", "jwt", "Crypto", "attr"):
        assert packages.python_import_known(module), module


def test_package_json_dependencies_are_checked():
    text = (HERE / "package_json_fixture.json").read_text(encoding="utf-8")
    findings = _dep_findings("package.json", text)
    assert [(f.rule, f.line) for f in findings] == [("VG-DEP-003", 5)]
    assert "`express`" in findings[0].message


def test_npm_alias_checks_the_real_package():
    text = '{"dependencies": {"my-lodash": "npm:lodahs@^4.17.0", "x": "github:me/x"}}\n'
    findings = _dep_findings("package.json", text)
    assert [f.rule for f in findings] == ["VG-DEP-003"]
    assert "`lodahs`" in findings[0].message


def test_poetry_and_groups_in_pyproject():
    text = ("[tool.poetry.dependencies]\npython = \"^3.11\"\nflsk = \"*\"\n"
            "[tool.poetry.group.dev.dependencies]\npytest = \"*\"\nsecret-sauce-internal = \"1\"\n"
            "[tool.poetry.group.docs.dependencies]\nin-house-sphinx-theme = \"1\"\n"
            "sphnix = \"*\"\n"
            "[tool.poetry.group.crypto.dependencies]\nsecret-sauce-cipher = \"1\"\n")
    findings = _dep_findings("pyproject.toml", text)
    # the dev and docs groups' unknown names are the maintainers' tools; typos are still typos;
    # a feature group users install is checked
    assert [(f.rule, f.line) for f in findings] == [
        ("VG-DEP-003", 3), ("VG-DEP-003", 9), ("VG-DEP-004", 11)]


@pytest.mark.parametrize(("table", "reported"), [
    ('[project]\ndependencies = ["in-house-widgets>=1"]\n', True),
    ('[build-system]\nrequires = ["in-house-widgets>=1"]\n', False),
    ('[dependency-groups]\nci = ["in-house-widgets>=1"]\n', False),
    ('[dependency-groups]\ntests = ["in-house-widgets>=1"]\n', False),
    ('[dependency-groups]\nlint = ["in-house-widgets>=1"]\n', False),
    ('[project.optional-dependencies]\ntesting = ["in-house-widgets>=1"]\n', False),
    ('[project.optional-dependencies]\nredis = ["in-house-widgets>=1"]\n', True),
    ('[tool.poetry.dev-dependencies]\nin-house-widgets = "1"\n', False),
    ('[project.optional-dependencies]\ndocs = ["in-house-widgets>=1"]\n', False),
    ('[project.optional-dependencies]\npostgres = ["in-house-widgets>=1"]\n', True),
])
def test_development_declarations_are_not_unverified(table, reported):
    findings = _dep_findings("pyproject.toml", table)
    assert [f.rule for f in findings] == (["VG-DEP-004"] if reported else [])


@pytest.mark.parametrize(("path", "reported"), [
    ("requirements.txt", True), ("requirements-dev.txt", False), ("requirements/docs.txt", False),
    ("requirements/test.txt", False), ("requirements_tests.txt", False),
    ("requirements-docs.txt", False),
    ("requirements/prod.txt", True),
])
def test_requirements_files_for_development_are_tooling(path, reported):
    findings = _dep_findings(path, "in-house-widgets==1.0\nreqeusts==2\n")
    assert [f.rule for f in findings] == (["VG-DEP-004", "VG-DEP-003"] if reported
                                          else ["VG-DEP-003"])


def test_a_docs_page_named_like_a_constraints_file_is_not_a_manifest():
    prose = ("=====================\nConstraints reference\n=====================\n\n"
             "Constraints are created in a model's Meta.\nreqeusts==2\n")
    assert not _dep_findings("docs/ref/models/constraints.txt", prose)
    pinned = "reqeusts==2 --hash=sha256:ab\nflask[async] >= 3 ; python_version > '3.9'\nhttpx\n"
    assert [f.rule for f in _dep_findings("constraints.txt", pinned)] == ["VG-DEP-003"]


def test_a_new_major_version_beside_the_old_name_is_no_typo():
    text = '[project]\ndependencies = ["httpx>=0.23", "httpx2>=2.0"]\n'
    assert [f.rule for f in _dep_findings("pyproject.toml", text)] == ["VG-DEP-004"]
    alone = '[project]\ndependencies = ["httpx2>=2.0"]\n'
    assert [f.rule for f in _dep_findings("pyproject.toml", alone)] == ["VG-DEP-003"]
    typo_beside = '[project]\ndependencies = ["httpx>=0.23", "htpx>=1"]\n'
    assert [f.rule for f in _dep_findings("pyproject.toml", typo_beside)] == ["VG-DEP-003"]


def test_known_packages_setting_silences_private_names():
    settings = Settings(known_packages=["secret-sauce-internal", "@acme/*"])
    assert not _dep_findings("requirements.txt", "secret_sauce_internal==1\n", settings)
    assert not _dep_findings("a.js", 'import x from "@acme/widgets";\n', settings)
    assert _dep_findings("a.js", 'import x from "@other/widgets";\n', settings)


def test_project_names_count_for_imports_but_not_manifests(tmp_path):
    (tmp_path / "requirements.txt").write_text("acme-billing==1.0\nreqeusts==1\n")
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "acme-app"\n'
                                             'dependencies = ["acme-ledger>=2"]\n')
    (tmp_path / "helpers.py").write_text("")
    (tmp_path / "src" / "acme_core").mkdir(parents=True)
    (tmp_path / "src" / "acme_core" / "__init__.py").write_text("")
    names = first_party.project_known_names([tmp_path])
    assert {"acme-billing", "acme-app", "acme-ledger", "helpers", "acme_core"} <= set(names)
    settings = first_party.with_project_names(Settings(), [tmp_path])
    source = ("import acme_billing\nimport acme_ledger\nimport helpers\nimport acme_core\n"
              "import acme_app\n")
    assert not _dep_findings("main.py", source, settings)
    manifest = _dep_findings("requirements.txt", "acme-billing==1.0\nreqeusts==1\n", settings)
    assert [(f.rule, f.line) for f in manifest] == [("VG-DEP-004", 1), ("VG-DEP-003", 2)]


def test_go_mod_requirements():
    text = ("module x\n\nrequire (\n\tgithub.com/gin-gonic/gni v1.0.0\n"
            "\tgolang.org/x/net v0.1.0\n\tgolang.org/x/aesgcm v0.1.0\n)\n")
    findings = _dep_findings("go.mod", text)
    assert [(f.rule, f.line) for f in findings] == [("VG-DEP-003", 4), ("VG-DEP-004", 6)]


def test_scanning_a_subfolder_finds_the_enclosing_project(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "acme-app"\n'
                                             'dependencies = ["acme-ledger>=2"]\n')
    package = tmp_path / "acme_app"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    names = set(first_party.project_known_names([package / "sub"]))
    assert {"acme-app", "acme-ledger", "acme_app"} <= names
    own = set(first_party.project_known_names([package]))
    assert "acme_app" in own


def test_npm_dev_dependencies_are_the_maintainers_tools():
    text = ('{"dependencies": {"in-house-widgets": "^1.0.0", "shared-helper": "^2"},\n'
            ' "devDependencies": {"in-house-test-reporter": "^1", "shared-helper": "^2",\n'
            ' "mocah": "^10"}}\n')
    findings = _dep_findings("package.json", text)
    # runtime names are checked (a name in both lists once, as runtime); a dev typo is a typo
    assert sorted((f.rule, f.line) for f in findings) == [
        ("VG-DEP-003", 3), ("VG-DEP-004", 1), ("VG-DEP-004", 1)]
