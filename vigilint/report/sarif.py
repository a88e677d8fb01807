"""SARIF 2.1.0 output, as DESIGN.md specifies: rules tagged with CWE and both OWASP editions,
results with relative URIs, partial fingerprints, priority and suppressions. Every finding and
notice passes the redactor on its way out (`redact_finding`, `redact_text`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from vigilint import __version__
from vigilint.analyzers.secrets.redaction import redact_finding, redact_text
from vigilint.model import Finding, Rule
from vigilint.policy import SARIF_LEVEL, SECURITY_SEVERITY

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/vigilint/vigilint"
_PRECISION = {"high": "high", "medium": "medium", "low": "low"}


def rule_descriptor(rule: Rule) -> dict[str, Any]:
    tags = ["security", *(f"CWE-{c}" for c in rule.cwe), *(f"OWASP-{o}" for o in rule.owasp)]
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.message},
        "fullDescription": {"text": rule.short_doc},
        "help": {"text": rule.docs or rule.message, "markdown": rule.docs or rule.message},
        "helpUri": rule.help_uri,
        "defaultConfiguration": {"level": SARIF_LEVEL[rule.priority]},
        "properties": {
            "tags": tags,
            "category": rule.category,
            "cwe": [f"CWE-{c}" for c in rule.cwe],
            "owasp": list(rule.owasp),
            "security-severity": SECURITY_SEVERITY[rule.priority],
            "precision": _PRECISION[rule.confidence],
            "priority": rule.priority,
            "likelihood": rule.likelihood,
            "impact": rule.impact,
        },
    }


def _artifact(uri: str) -> dict[str, Any]:
    if uri.startswith("/"):
        return {"uri": Path(uri).as_uri()}
    return {"uri": uri, "uriBaseId": "%SRCROOT%"}


def _related(finding: Finding) -> list[dict[str, Any]]:
    """The finding's evidence (the source of a flow, an inner sink) as `relatedLocations`."""
    return [{
        "id": number,
        "physicalLocation": {
            "artifactLocation": _artifact(r.path),
            "region": {"startLine": r.line, "startColumn": r.column,
                       "endLine": r.end_line, "endColumn": r.end_column},
        },
        "message": {"text": r.message},
    } for number, r in enumerate(finding.related)]


def _result(finding: Finding, index: int) -> dict[str, Any]:
    finding = redact_finding(finding)
    region: dict[str, Any] = {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
    }
    if finding.snippet:
        region["snippet"] = {"text": finding.snippet}
    location: dict[str, Any] = {"physicalLocation": {
        "artifactLocation": _artifact(finding.path),
        "region": region,
    }}
    properties: dict[str, Any] = {
        "category": finding.category,
        "priority": finding.priority,
        "cwe": [f"CWE-{c}" for c in finding.cwe],
        "owasp": list(finding.owasp),
        "likelihood": finding.likelihood,
        "impact": finding.impact,
        "confidence": finding.confidence,
        "aiGenerated": bool(finding.provenance and finding.provenance.ai_generated),
        "role": finding.role,
    }
    if finding.provenance is not None:
        if finding.provenance.tool:
            properties["aiTool"] = finding.provenance.tool
        if finding.provenance.model:
            properties["aiModel"] = finding.provenance.model
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": index,
        "level": SARIF_LEVEL[finding.priority],
        "message": {"text": finding.message},
        "locations": [location],
        "partialFingerprints": {"vigilint/v1": finding.fingerprint},
        "properties": properties,
    }
    if finding.related:
        result["relatedLocations"] = _related(finding)
    if finding.suppression is not None:
        result["suppressions"] = [{"kind": "inSource", "status": "accepted",
                                   "justification": finding.suppression.justification}]
    if finding.fix is not None:
        result["fixes"] = [{
            "description": {"text": finding.fix.title},
            "artifactChanges": [{
                "artifactLocation": location["physicalLocation"]["artifactLocation"],
                "replacements": [{
                    "deletedRegion": {"startLine": e.line, "startColumn": e.column,
                                      "endLine": e.end_line, "endColumn": e.end_column},
                    "insertedContent": {"text": e.new_text},
                } for e in finding.fix.edits],
            }],
        }]
    return result


def build(findings: list[Finding], rules: tuple[Rule, ...], root: Path,
          notices: list[str] | None = None,
          disabled: dict[str, str] | None = None) -> dict[str, Any]:
    """`disabled`: rules the configuration disabled, with their justifications; they are
    listed as `ruleConfigurationOverrides` of the invocation (`enabled: false`)."""
    used = {f.rule for f in findings}
    known = {r.id for r in rules}
    from vigilint.analyzers.registry import rules_by_id

    extra = [rules_by_id()[rid] for rid in sorted(used - known) if rid in rules_by_id()]
    all_rules = [*rules, *extra]
    index = {r.id: i for i, r in enumerate(all_rules)}
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "vigilint",
            "version": __version__,
            "semanticVersion": __version__,
            "informationUri": INFORMATION_URI,
            "rules": [rule_descriptor(r) for r in all_rules],
        }},
        "originalUriBaseIds": {"%SRCROOT%": {"uri": root.resolve().as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index[f.rule]) for f in findings if f.rule in index],
        "invocations": [{
            "executionSuccessful": True,
            "toolExecutionNotifications": [
                {"level": "warning", "message": {"text": redact_text(n)}}
                for n in (notices or [])
            ],
            "ruleConfigurationOverrides": [{
                "descriptor": {"id": rule},
                "configuration": {"enabled": False},
                "properties": {"justification": redact_text(why)},
            } for rule, why in (disabled or {}).items()],
        }],
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def render(findings: list[Finding], rules: tuple[Rule, ...], root: Path,
           notices: list[str] | None = None, disabled: dict[str, str] | None = None) -> str:
    return json.dumps(build(findings, rules, root, notices, disabled), indent=2,
                      ensure_ascii=False) + "\n"
