"""JSON output: every finding (suppressed ones carry their justification) with its SLA.

Every finding and notice passes the redactor on its way out (`redact_finding`, `redact_text`),
even though the engine already redacted it: a writer prints nothing it did not redact."""

from __future__ import annotations

import json
from typing import Any

from vigilint import __version__
from vigilint.analyzers.secrets.redaction import redact_finding, redact_text
from vigilint.model import Finding
from vigilint.policy import OWASP_NAMES, sla_for


def finding_dict(finding: Finding) -> dict[str, Any]:
    finding = redact_finding(finding)
    data = finding.model_dump(mode="json")
    sla = sla_for(finding.priority)
    data["owasp_names"] = {i: OWASP_NAMES[i] for i in finding.owasp}
    data["sla"] = {"fix": sla.fix_text, "deploy": sla.deploy_text,
                   "escalation": sla.escalation_text}
    data["ai_generated"] = bool(finding.provenance and finding.provenance.ai_generated)
    return data


def render(findings: list[Finding], root: str, files: int, seconds: float,
           notices: list[str], disabled: dict[str, str] | None = None) -> str:
    """`disabled`: the rules the configuration disabled, with their justifications."""
    active = [f for f in findings if not f.suppressed]
    doc = {
        "tool": "vigilint",
        "version": __version__,
        "root": root,
        "summary": {
            "files": files,
            "findings": len(active),
            "suppressed": len(findings) - len(active),
            "by_priority": {p: sum(1 for f in active if f.priority == p)
                            for p in ("P0", "P1", "P2", "P3", "P4")},
            "seconds": round(seconds, 3),
        },
        "findings": [finding_dict(f) for f in findings],
        "notices": [redact_text(n) for n in notices],
        "disabled_rules": [{"rule": rule, "justification": redact_text(why)}
                           for rule, why in (disabled or {}).items()],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
