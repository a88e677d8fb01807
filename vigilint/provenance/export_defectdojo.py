"""The ledger's open findings as a DefectDojo "Generic Findings Import" JSON file.

Format (DefectDojo's docs, supported_tools/parsers/file/generic): `{"name", "type",
"findings": [...]}`, each finding with the required `title`, `severity` (Critical, High,
Medium, Low, Info) and `description`, plus only fields the parser allows (it rejects others).
Mapping: priority -> severity P0 Critical, P1 High, P2 Medium, P3 Low, P4 Info; `date` the
detection day (DefectDojo starts its SLA clock there); `planned_remediation_date` the fix-due
day from vigilint's SLA; `severity_justification` the priority, its SLA in days and the due
time; `unique_id_from_tool` repository:path:fingerprint (stable across line moves, so a
reimport recognises the finding); `vuln_id_from_tool` the rule id; `cwe` the rule's first CWE.

DefectDojo counts SLAs in whole days per severity (the product's SLA configuration): set it
to `SLA_DAYS` (P0's 4 hours and P1's 24 hours round up to 1 day).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from typing import Any

from vigilint.model import Priority
from vigilint.policy import sla_for
from vigilint.provenance.ledger import LedgerEntry
from vigilint.provenance.store import to_text

SEVERITY: dict[Priority, str] = {"P0": "Critical", "P1": "High", "P2": "Medium", "P3": "Low",
                                 "P4": "Info"}
SLA_DAYS: dict[Priority, int] = {
    p: max(1, math.ceil(sla_for(p).fix.total_seconds() / 86_400)) for p in SEVERITY}
SCAN_TYPE = "Generic Findings Import"
REPORT_NAME = "vigilint"
_TAG = re.compile(r"[^a-z0-9._:-]+")


def _tag(text: str) -> str:
    return _TAG.sub("-", text.lower()).strip("-")[:100]


def finding(entry: LedgerEntry) -> dict[str, Any]:
    from vigilint.analyzers.registry import rules_by_id

    rule = rules_by_id().get(entry.rule)
    sla = sla_for(entry.priority)
    source = "human-written code" if not entry.ai_tool else f"AI-written code ({entry.source})"
    description = "\n\n".join(part for part in (
        entry.message,
        f"```\n{entry.snippet}\n```" if entry.snippet else "",
        f"Location: {entry.path}:{entry.line} in {entry.repository or 'the workspace'}"
        f"{f' ({entry.branch} @ {entry.commit[:12]})' if entry.branch and entry.commit else ''}."
        f" Found in {source}; first detected {to_text(entry.first_seen)}.",
    ) if part)
    tags = ["vigilint", entry.priority.lower(), _tag(entry.category),
            "ai-generated" if entry.ai_tool else "human-written"]
    if entry.ai_tool:
        tags.append(_tag(f"ai-tool:{entry.ai_tool}"))
    if entry.team:
        tags.append(_tag(f"team:{entry.team}"))
    out: dict[str, Any] = {
        "title": f"{entry.rule}: {rule.name}" if rule else entry.rule,
        "severity": SEVERITY[entry.priority],
        "description": description,
        "date": entry.first_seen.date().isoformat(),
        "planned_remediation_date": entry.fix_due.date().isoformat(),
        "severity_justification": (
            f"vigilint priority {entry.priority}: fix within {sla.fix_text} of detection "
            f"({SLA_DAYS[entry.priority]} SLA day{'s' if SLA_DAYS[entry.priority] != 1 else ''}"
            f" in DefectDojo), due {to_text(entry.fix_due)}; escalation {sla.escalation_text}."),
        "file_path": entry.path,
        "line": entry.line,
        "static_finding": True,
        "dynamic_finding": False,
        "active": True,
        "verified": False,
        "unique_id_from_tool": f"{entry.repository}:{entry.path}:{entry.fingerprint}",
        "vuln_id_from_tool": entry.rule,
        "tags": tags,
    }
    if rule is not None:
        if rule.cwe:
            out["cwe"] = rule.cwe[0]
        out["mitigation"] = rule.message
        out["references"] = rule.help_uri
    return out


def document(entries: Sequence[LedgerEntry]) -> dict[str, Any]:
    return {"name": REPORT_NAME, "type": REPORT_NAME,
            "findings": [finding(e) for e in entries]}


def render(entries: Sequence[LedgerEntry]) -> str:
    return json.dumps(document(entries), indent=2, ensure_ascii=False) + "\n"
