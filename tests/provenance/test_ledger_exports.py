"""Exports of the ledger: SARIF for GitHub code scanning within its upload limits, with the
same stable fingerprints as `vigilint scan`; DefectDojo's Generic Findings Import JSON."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jsonschema
import pytest
from provhelpers import APP, finding

from vigilint.cli import main
from vigilint.provenance import export_defectdojo, export_sarif
from vigilint.provenance.backends import open_database
from vigilint.provenance.context import SyncContext
from vigilint.provenance.ledger import Ledger, LedgerEntry

SCHEMA = json.loads((Path(__file__).parents[1] / "data" / "sarif-schema-2.1.0.json")
                    .read_text())
T = datetime(2026, 11, 2, 9, tzinfo=UTC)
SHOP = SyncContext(repository="example.com/acme/shop", branch="main", team="payments",
                   commit="abc123def4567890")
# DefectDojo's Generic Findings Import (JSON) accepts exactly these finding fields
# (docs.defectdojo.com, supported_tools/parsers/file/generic) and rejects any other.
DOJO_FIELDS = {
    "title", "severity", "description", "date", "cwe", "cve", "epss_score", "epss_percentile",
    "cvssv3", "cvssv3_score", "cvssv4", "cvssv4_score", "mitigation", "impact",
    "steps_to_reproduce", "severity_justification", "references", "active", "verified",
    "false_p", "out_of_scope", "risk_accepted", "under_review", "is_mitigated", "thread_id",
    "mitigated", "numerical_severity", "param", "payload", "line", "file_path",
    "component_name", "component_version", "static_finding", "dynamic_finding",
    "scanner_confidence", "unique_id_from_tool", "vuln_id_from_tool", "sast_source_object",
    "sast_sink_object", "sast_source_line", "sast_source_file_path", "nb_occurences",
    "publish_date", "service", "planned_remediation_date", "planned_remediation_version",
    "effort_for_fixing", "tags", "kev_date", "known_exploited", "ransomware_used",
    "fix_available", "fix_version"}


def entry(n: int, priority: str = "P2") -> LedgerEntry:
    return LedgerEntry(
        path=f"src/mod{n % 97}.py", fingerprint=f"{n:024x}", rule="VG-PY-DESER-001",
        category="deserialization", priority=priority, line=n % 400 + 1,
        message="`yaml.load` can build arbitrary objects; use `yaml.safe_load`.",
        snippet=f"data_{n} = yaml.load(stream_{n})", first_seen=T, last_seen=T, fixed_at=None,
        suppressed_at=None, justification=None, fix_due=T + timedelta(days=7),
        deploy_due=None, escalate_at=None, ai_tool="copilot" if n % 3 == 0 else None,
        ai_model=None, reopened=0, repository="example.com/acme/shop")


def test_sarif_caps_results_at_25000_most_urgent_first(tmp_path: Path) -> None:
    entries = [entry(n, "P3") for n in range(26_000)] + [entry(10**6, "P0")]
    export = export_sarif.build(entries, tmp_path)
    doc = json.loads(export.text)
    results = doc["runs"][0]["results"]
    assert len(results) == export.results == 25_000 and export.left_out == 1_001
    assert results[0]["properties"]["priority"] == "P0"
    assert "left out 1001 lower-priority findings" in export.notes[0]
    assert len(gzip.compress(export.text.encode())) <= export_sarif.MAX_GZIP_BYTES


def test_sarif_fits_the_gzip_limit(tmp_path: Path) -> None:
    entries = [entry(n) for n in range(3_000)]
    limit = 40_000
    export = export_sarif.build(entries, tmp_path, max_gzip_bytes=limit)
    assert 0 < export.results < 3_000
    assert len(gzip.compress(export.text.encode())) <= limit
    bigger = export_sarif.build(entries, tmp_path, max_gzip_bytes=limit,
                                max_results=export.results + 1)
    assert bigger.results == export.results  # the most that fits, not fewer


def test_sarif_is_valid_and_fingerprints_match_the_scan(tmp_path: Path, capsys) -> None:
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "pyproject.toml").write_text("")
    (ws / "app.py").write_text(APP)
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    assert main(["scan", str(ws), "--format", "sarif", "--output", str(tmp_path / "s.sarif")]) == 1
    scanned = json.loads((tmp_path / "s.sarif").read_text())["runs"][0]["results"]
    assert main(["ledger", "sync", str(ws), "--url", url, "--repository", "acme/shop",
                 "--branch", "main", "--quiet"]) == 0
    capsys.readouterr()
    outputs = []
    for _ in range(2):
        assert main(["ledger", "export", "--format", "sarif", "--url", url, "--repository",
                     "acme/shop"]) == 0
        outputs.append(json.loads(capsys.readouterr().out))
    doc = outputs[0]
    jsonschema.validate(doc, SCHEMA)
    run = doc["runs"][0]
    assert run["automationDetails"]["id"] == "vigilint/ledger/"
    assert all(len(r["properties"]["tags"]) <= 20 for r in run["tool"]["driver"]["rules"])
    fingerprints = [r["partialFingerprints"] for r in run["results"]]
    assert fingerprints == [r["partialFingerprints"] for r in outputs[1]["runs"][0]["results"]]
    assert {r["partialFingerprints"]["vigilint/v1"] for r in scanned} == {
        f["vigilint/v1"] for f in fingerprints}


def test_defectdojo_generic_findings_import(ledger: Ledger) -> None:
    ledger.sync(SHOP, [("app.py", finding("p0", priority="P0", tool="copilot", model="gpt-4o")),
                       ("app.py", finding("p2", priority="P2", line=8)),
                       ("lib.py", finding("p4", "lib.py", priority="P4"))],
                ["app.py", "lib.py"], now=T)
    doc = json.loads(export_defectdojo.render(ledger.entries()))
    assert doc["name"] == "vigilint" and len(doc["findings"]) == 3
    for item in doc["findings"]:
        assert {"title", "severity", "description"} <= set(item) <= DOJO_FIELDS
        datetime.strptime(item["date"], "%Y-%m-%d")
        assert item["unique_id_from_tool"].startswith("example.com/acme/shop:")
    by_line = {(f["file_path"], f["line"]): f for f in doc["findings"]}
    p0, p2 = by_line[("app.py", 5)], by_line[("app.py", 8)]
    assert (p0["severity"], p2["severity"], by_line[("lib.py", 5)]["severity"]) == (
        "Critical", "Medium", "Info")
    assert p0["planned_remediation_date"] == "2026-11-02"  # 4 h after 09:00
    assert p2["planned_remediation_date"] == "2026-11-09"
    assert "4 hours" in p0["severity_justification"] and "1 SLA day" in p0[
        "severity_justification"]
    assert "7 SLA days" in p2["severity_justification"]
    assert p0["cwe"] == 502 and p0["vuln_id_from_tool"] == "VG-PY-DESER-001"
    assert "ai-generated" in p0["tags"] and "ai-tool:copilot" in p0["tags"]
    assert export_defectdojo.SLA_DAYS == {"P0": 1, "P1": 1, "P2": 7, "P3": 30, "P4": 90}


def test_export_command_writes_defectdojo_json(tmp_path: Path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    with Ledger(open_database(url, None)) as ledger:
        ledger.sync(SHOP, [("app.py", finding("a"))], ["app.py"], now=T)
    out = tmp_path / "dojo.json"
    assert main(["ledger", "export", "--format", "defectdojo", "--url", url, "--team",
                 "payments", "-o", str(out)]) == 0
    assert [f["file_path"] for f in json.loads(out.read_text())["findings"]] == ["app.py"]
    with pytest.raises(SystemExit):
        main(["ledger", "export", "--url", url])  # --format is required
