"""SARIF output validates against the SARIF 2.1.0 schema and carries DESIGN.md's fields."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from vigilint.config import Settings
from vigilint.report import sarif
from vigilint.scan import scan

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())


@pytest.fixture
def report(tmp_path: Path) -> dict:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "a.py").write_text(
        "import yaml\nyaml.load(x)\n"
        "yaml.load(y)  # vigilint: ignore[VG-PY-DESER-001] -- fixture data shipped with the app\n"
        "yaml.load(z)  # vigilint: ignore[VG-PY-DESER-001]\n")
    result = scan([tmp_path], Settings(), jobs=1)
    return sarif.build(result.findings, result.rules, result.root, result.notices)


def test_validates_against_schema(report):
    jsonschema.validate(report, SCHEMA)


def test_rules_carry_cwe_owasp_category_and_severity(report):
    rules = report["runs"][0]["tool"]["driver"]["rules"]
    assert rules
    for rule in rules:
        tags = rule["properties"]["tags"]
        assert any(re.fullmatch(r"CWE-\d+", t) for t in tags)
        assert any(re.fullmatch(r"OWASP-A(0[1-9]|10):2021", t) for t in tags)
        assert any(re.fullmatch(r"OWASP-A(0[1-9]|10):2025", t) for t in tags)
        assert rule["properties"]["category"]
        assert float(rule["properties"]["security-severity"]) > 0
        assert rule["helpUri"].endswith(f"{rule['id']}.md")
        assert rule["help"]["text"]


def test_results_have_relative_uris_fingerprints_priority(report):
    run = report["runs"][0]
    results = run["results"]
    assert len(results) == 4  # three yaml.load findings + one unjustified suppression
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].startswith("file:///")
    for result in results:
        loc = result["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"] == {"uri": "pkg/a.py", "uriBaseId": "%SRCROOT%"}
        assert result["partialFingerprints"]["vigilint/v1"]
        props = result["properties"]
        assert props["priority"] in {"P0", "P1", "P2", "P3", "P4"}
        assert props["category"] and props["cwe"] and props["aiGenerated"] is False
        rule = run["tool"]["driver"]["rules"][result["ruleIndex"]]
        assert rule["id"] == result["ruleId"]


def test_suppressions_carry_justification(report):
    suppressed = [r for r in report["runs"][0]["results"] if r.get("suppressions")]
    assert len(suppressed) == 1
    assert suppressed[0]["suppressions"][0] == {
        "kind": "inSource", "status": "accepted",
        "justification": "fixture data shipped with the app"}


def test_fixes_are_sarif_replacements(report):
    fixed = [r for r in report["runs"][0]["results"] if r.get("fixes")]
    replacement = fixed[0]["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["insertedContent"]["text"] == "safe_load"
