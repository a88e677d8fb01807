"""`--online` against a local registry stand-in (never the real internet)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from vigilint.analyzers.engine import Engine
from vigilint.analyzers.registry import all_rules
from vigilint.scan_online import RegistryClient, verify_online

EXISTING = {"/pypi/obscure-but-real-lib/json", "/npm/@acme%2Fwidgets", "/pypi/reqeusts/json"}


class _Registry(BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        if self.path in EXISTING:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b"{}")
        else:
            self.send_response(404)
            self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def registry() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Registry)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Registry.requests = []
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _findings(path: str, text: str):
    rules = [r for r in all_rules() if r.id.startswith("VG-DEP")]
    return Engine(rules=rules).analyze(path, text).findings


def _client(base: str, tmp_path) -> RegistryClient:
    return RegistryClient(urls={"pypi": f"{base}/pypi", "npm": f"{base}/npm"},
                          cache_file=tmp_path / "registry.json", timeout=2)


def test_existing_package_is_dropped_and_missing_one_raised(registry, tmp_path):
    findings = _findings("app.py", "import obscure_but_real_lib\nimport invented_vault_sdk\n")
    assert {f.rule for f in findings} == {"VG-DEP-002"} and len(findings) == 2
    kept, notices = verify_online(findings, _client(registry, tmp_path))
    assert len(kept) == 1
    assert "invented_vault_sdk" in kept[0].message and "does not exist on PyPI" in kept[0].message
    assert (kept[0].likelihood, kept[0].impact, kept[0].priority) == ("likely", "high", "P1")
    assert any("2 registry lookups" in n for n in notices)


def test_typosquat_is_kept_even_when_registered(registry, tmp_path):
    findings = _findings("app.py", "import reqeusts\n")
    assert [f.rule for f in findings] == ["VG-DEP-001"]
    kept, _ = verify_online(findings, _client(registry, tmp_path))
    assert kept == findings


def test_scoped_npm_names_and_cache(registry, tmp_path):
    findings = _findings("package.json", '{"dependencies": {"@acme/widgets": "^1.0.0"}}\n')
    assert [f.rule for f in findings] == ["VG-DEP-004"]
    kept, _ = verify_online(findings, _client(registry, tmp_path))
    assert kept == []
    assert _Registry.requests == ["/npm/@acme%2Fwidgets"]
    client = _client(registry, tmp_path)
    verify_online(findings, client)
    assert client.cache_hits == 1 and client.lookups == 0
    assert len(_Registry.requests) == 1


def test_unreachable_registry_keeps_findings(tmp_path):
    findings = _findings("app.py", "import invented_vault_sdk\n")
    client = RegistryClient(urls={"pypi": "http://127.0.0.1:9/pypi"},
                            cache_file=tmp_path / "r.json", timeout=0.5)
    kept, notices = verify_online(findings, client)
    assert kept == findings
    assert any("failed" in n for n in notices)


def test_scan_online_flag_uses_the_configured_registry(registry, tmp_path, monkeypatch, capsys):
    from vigilint.cli import main

    project = tmp_path / "proj"
    project.mkdir()
    (project / "app.py").write_text("import obscure_but_real_lib\nimport invented_vault_sdk\n")
    monkeypatch.setenv("VIGILINT_PYPI_URL", f"{registry}/pypi")
    monkeypatch.setenv("VIGILINT_CACHE_DIR", str(tmp_path / "cache"))
    offline = main(["scan", str(project), "--format", "json", "--fail-on", "P1"])
    out = capsys.readouterr().out
    assert offline == 0 and "obscure_but_real_lib" in out and not _Registry.requests
    online = main(["scan", str(project), "--format", "json", "--fail-on", "P1", "--online"])
    out = capsys.readouterr().out
    assert online == 1  # the invented package is raised to P1
    assert "obscure_but_real_lib" not in out and "invented_vault_sdk" in out
    assert (tmp_path / "cache" / "registry.json").is_file()
