"""First-party names: the repository's own modules, packages and workspaces are never reported
as unknown or typo-squatted packages (per ecosystem), while a real typo still is."""

from __future__ import annotations

from pathlib import Path

from vigilint.analyzers.dependencies.first_party import (
    project_known_names,
    project_root,
    with_project_names,
)
from vigilint.analyzers.engine import Engine
from vigilint.analyzers.registry import all_rules
from vigilint.config import Settings


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def _dep_findings(root: Path, path: str, text: str):
    settings = with_project_names(Settings(), [root])
    rules = [r for r in all_rules() if r.id.startswith("VG-DEP")]
    return Engine(rules=rules, settings=settings).analyze(path, text).findings


def test_python_example_and_test_packages(tmp_path: Path):
    # a tutorial package next to the framework (`flaskr` is one edit from `flask`), test apps
    # a test suite puts on sys.path, a namespace package, sibling modules, a src layout
    _write(tmp_path, {
        "pyproject.toml": '[project]\nname = "flask"\n',
        "src/flask/__init__.py": "",
        "examples/tutorial/pyproject.toml": '[project]\nname = "flaskr"\n',
        "examples/tutorial/flaskr/__init__.py": "",
        "examples/tutorial/flaskr/db.py": "",
        "examples/celery/task_app/__init__.py": "",
        "tests/test_apps/blueprintapp/__init__.py": "",
        "tests/test_apps/namespace/package2/__init__.py": "",
        "tests/test_apps/config_module_app.py": "",
        "tests/helpers.py": "",
        "docs_src/security/tutorial001.py": "",
    })
    source = ("from flaskr import create_app\nfrom flaskr.db import get_db\n"
              "from task_app import create_app as c\nfrom blueprintapp import app\n"
              "from namespace.package2 import app as a2\nimport config_module_app\n"
              "from helpers import make\nfrom docs_src.security.tutorial001 import app as t\n"
              "import flask\n")
    assert _dep_findings(tmp_path, "examples/tutorial/tests/test_db.py", source) == []
    # a real typo of a popular package is still one
    typo = _dep_findings(tmp_path, "app.py", "import reqeusts\n")
    assert [f.rule for f in typo] == ["VG-DEP-001"]


def test_framework_plugins_by_their_import_names(tmp_path: Path):
    # Django/Flask plugins are imported without the framework's name: `formtools` is
    # django-formtools (a popular name), `otp_yubikey` django-otp-yubikey (declared here)
    _write(tmp_path, {
        "pyproject.toml": ('[project]\nname = "twofactor"\ndependencies = ["django-formtools"]\n'
                           '[project.optional-dependencies]\nyubikey = ["django-otp-yubikey"]\n'),
        "twofactor/__init__.py": "",
    })
    source = ("from formtools.wizard.views import SessionWizardView\n"
              "from otp_yubikey.models import RemoteYubikeyDevice\n"
              "from phonenumber_field.modelfields import PhoneNumberField\n")
    assert _dep_findings(tmp_path, "twofactor/views.py", source) == []
    # a plugin nobody declares and no index knows is still reported
    unknown = _dep_findings(tmp_path, "twofactor/views.py", "import otp_yubikeyz_pro\n")
    assert [f.rule for f in unknown] == ["VG-DEP-002"]


def test_python_setup_cfg_and_setup_py(tmp_path: Path):
    _write(tmp_path, {
        "setup.cfg": "[metadata]\nname = acme-billing\n[options]\npackages = find:\n"
                     "install_requires =\n    acme-ledger>=1\n",
        "tools/setup.py": "from setuptools import setup\nsetup(name='acme-tools', version='1')\n",
    })
    names = set(project_known_names([tmp_path]))
    assert {"acme-billing", "acme-ledger", "acme-tools"} <= names


def test_javascript_workspaces_and_path_aliases(tmp_path: Path):
    _write(tmp_path, {
        "package.json": '{"name": "acme", "private": true, "workspaces": ["packages/*"]}',
        "packages/ui-kit/package.json": '{"name": "@acme/ui-kit", "version": "1.0.0"}',
        "packages/api-client/package.json": '{"name": "acme-api-clent"}',
        "tsconfig.json": '{\n  // aliases\n  "compilerOptions": {"paths": {"@app/*": ["src/*"],'
                         ' "~lib": ["lib/index.ts"],}}\n}\n',
    })
    source = ('import { Button } from "@acme/ui-kit";\nimport api from "acme-api-clent";\n'
              'import cfg from "@app/config";\nimport lib from "~lib";\n'
              'import x from "@acme/ui-kit/button";\n')
    assert _dep_findings(tmp_path, "apps/web/src/index.ts", source) == []
    assert [f.rule for f in _dep_findings(tmp_path, "a.js", 'import x from "expresss";\n')] == [
        "VG-DEP-001"]


def test_go_module_paths(tmp_path: Path):
    _write(tmp_path, {"go.mod": "module github.com/acme/shop\n\ngo 1.22\n",
                      "tools/go.mod": "module github.com/acme/shop/tools\n"})
    names = set(project_known_names([tmp_path]))
    assert {"github.com/acme/shop", "github.com/acme/shop/*",
            "github.com/acme/shop/tools"} <= names
    gomod = "module github.com/acme/app\n\nrequire (\n\tgithub.com/acme/shop v1.0.0\n)\n"
    assert _dep_findings(tmp_path, "app/go.mod", gomod) == []


def test_excluded_folders_are_not_first_party(tmp_path: Path):
    _write(tmp_path, {"app.py": "", ".venv/lib/reqeusts/__init__.py": "",
                      "node_modules/lodahs/package.json": '{"name": "lodahs"}',
                      "custom_out/reqests/__init__.py": ""})
    names = set(project_known_names([tmp_path], excludes=["custom_out"]))
    assert "app" in names
    assert not {"reqeusts", "lodahs", "reqests"} & names


def test_project_root_is_the_repository(tmp_path: Path):
    (tmp_path / ".git").mkdir()
    _write(tmp_path, {"package.json": '{"name": "mono"}',
                      "packages/a/package.json": '{"name": "a"}',
                      "packages/b/package.json": '{"name": "@mono/b"}'})
    assert project_root(tmp_path / "packages" / "a") == tmp_path
    # scanning one workspace knows its siblings
    assert "@mono/b" in project_known_names([tmp_path / "packages" / "a"])


def test_project_root_without_git_is_the_outermost_manifest(tmp_path: Path):
    _write(tmp_path, {"repo/pyproject.toml": "[project]\nname='x'\n",
                      "repo/sub/pkg/pyproject.toml": "[project]\nname='y'\n"})
    assert project_root(tmp_path / "repo" / "sub" / "pkg") == tmp_path / "repo"
    assert project_root(tmp_path / "elsewhere") is None


def test_unreadable_manifests_are_skipped(tmp_path: Path):
    _write(tmp_path, {"package.json": "{not json", "pyproject.toml": "[[[",
                      "setup.cfg": "no sections here", "mod.py": ""})
    assert "mod" in project_known_names([tmp_path])
