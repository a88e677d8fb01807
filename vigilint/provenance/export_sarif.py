"""The ledger's open findings as SARIF 2.1.0 for GitHub code scanning, within its upload limits.

GitHub rejects a file with more than 25,000 results in a run or over 10 MB gzipped, and a rule
with more than 20 tags (https://docs.github.com/en/code-security/code-scanning/
troubleshooting-sarif-uploads/results-exceed-limit). The export keeps the highest-priority,
soonest-due findings that fit both limits and says how many it left out (on stderr and in the
run's `toolExecutionNotifications`). Each result's `partialFingerprints["vigilint/v1"]` is the
engine's fingerprint, the same value `vigilint scan --format sarif` writes, so alerts match
across scan and ledger uploads and survive line moves. The run's `automationDetails.id` is
`vigilint/ledger/`, so uploads of the ledger don't replace uploads of scans.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vigilint import __version__
from vigilint.policy import SARIF_LEVEL, SECURITY_SEVERITY, priority_rank
from vigilint.provenance.ledger import LedgerEntry
from vigilint.provenance.store import to_text
from vigilint.report.sarif import INFORMATION_URI, SARIF_SCHEMA, rule_descriptor

MAX_RESULTS = 25_000
MAX_GZIP_BYTES = 10 * 1024 * 1024
MAX_TAGS = 20
AUTOMATION_ID = "vigilint/ledger/"


@dataclass
class SarifExport:
    text: str
    results: int
    left_out: int = 0
    notes: list[str] = field(default_factory=list)


def _descriptor(rule_id: str, entry: LedgerEntry) -> dict[str, Any]:
    from vigilint.analyzers.registry import rules_by_id

    rule = rules_by_id().get(rule_id)
    if rule is None:  # a rule this vigilint no longer has: describe it from the ledger
        return {"id": rule_id, "name": rule_id, "shortDescription": {"text": entry.message},
                "defaultConfiguration": {"level": SARIF_LEVEL[entry.priority]},
                "properties": {"tags": ["security"], "category": entry.category,
                               "security-severity": SECURITY_SEVERITY[entry.priority]}}
    descriptor = rule_descriptor(rule)
    descriptor["properties"]["tags"] = descriptor["properties"]["tags"][:MAX_TAGS]
    return descriptor


def _result(entry: LedgerEntry, index: int) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": max(entry.line, 1)}
    if entry.snippet:
        region["snippet"] = {"text": entry.snippet}
    properties: dict[str, Any] = {
        "category": entry.category, "priority": entry.priority,
        "aiGenerated": entry.ai_tool is not None, "firstSeen": to_text(entry.first_seen),
        "fixDue": to_text(entry.fix_due), "reopened": entry.reopened,
    }
    for key, value in (("aiTool", entry.ai_tool), ("aiModel", entry.ai_model),
                       ("repository", entry.repository or None), ("team", entry.team),
                       ("branch", entry.branch), ("commit", entry.commit)):
        if value:
            properties[key] = value
    return {
        "ruleId": entry.rule, "ruleIndex": index, "level": SARIF_LEVEL[entry.priority],
        "message": {"text": entry.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": entry.path, "uriBaseId": "%SRCROOT%"},
            "region": region}}],
        "partialFingerprints": {"vigilint/v1": entry.fingerprint},
        "properties": properties,
    }


def _document(chosen: Sequence[LedgerEntry], root: Path, notes: list[str]) -> dict[str, Any]:
    rule_ids = sorted({e.rule for e in chosen})
    first = {e.rule: e for e in reversed(chosen)}
    index = {rule_id: i for i, rule_id in enumerate(rule_ids)}
    run = {
        "tool": {"driver": {"name": "vigilint", "version": __version__,
                            "semanticVersion": __version__, "informationUri": INFORMATION_URI,
                            "rules": [_descriptor(r, first[r]) for r in rule_ids]}},
        "automationDetails": {"id": AUTOMATION_ID},
        "originalUriBaseIds": {"%SRCROOT%": {"uri": root.resolve().as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": [_result(e, index[e.rule]) for e in chosen],
        "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": [
            {"level": "warning", "message": {"text": n}} for n in notes]}],
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def _fits(text: str, limit: int) -> bool:
    return len(gzip.compress(text.encode("utf-8"), compresslevel=6)) <= limit


def build(entries: Sequence[LedgerEntry], root: Path, *, max_results: int = MAX_RESULTS,
          max_gzip_bytes: int = MAX_GZIP_BYTES) -> SarifExport:
    """SARIF for `entries` (open findings), most urgent first, cut to fit the limits."""
    ordered = sorted(entries, key=lambda e: (priority_rank(e.priority), e.fix_due, e.path,
                                             e.line, e.fingerprint))
    count = min(len(ordered), max_results)

    def render(n: int) -> str:
        left = len(ordered) - n
        notes = [] if not left else [
            f"left out {left} lower-priority finding{'s' if left != 1 else ''} to stay within "
            f"GitHub's SARIF limits ({max_results:,} results, {max_gzip_bytes // 1_048_576} MB "
            "gzipped); the ledger still has them"]
        return json.dumps(_document(ordered[:n], root, notes), ensure_ascii=False) + "\n"

    text = render(count)
    if not _fits(text, max_gzip_bytes):  # the largest count that fits, by bisection
        low, high = 0, count
        while low < high:
            middle = (low + high + 1) // 2
            if _fits(render(middle), max_gzip_bytes):
                low = middle
            else:
                high = middle - 1
        count = low
        text = render(count)
    left = len(ordered) - count
    notes = json.loads(text)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    return SarifExport(text=text, results=count, left_out=left,
                       notes=[n["message"]["text"] for n in notes])
