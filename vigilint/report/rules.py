"""A rule's metadata and documentation as JSON-ready data and as text (`vigilint rules`,
`vigilint rule ID`, the MCP server's rule tools and resources)."""

from __future__ import annotations

from typing import Any

from vigilint.model import Rule
from vigilint.policy import owasp_label, sla_for


def rule_dict(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id, "name": rule.name, "category": rule.category,
        "languages": list(rule.languages), "cwe": list(rule.cwe), "owasp": list(rule.owasp),
        "likelihood": rule.likelihood, "impact": rule.impact, "priority": rule.priority,
        "confidence": rule.confidence, "fixable": rule.fixable, "message": rule.message,
        "help_uri": rule.help_uri, "docs": rule.docs,
    }


def rule_text(rule: Rule) -> str:
    """One rule's documentation with its metadata on top (`vigilint rule ID`, and the MCP
    server's rule resources)."""
    sla = sla_for(rule.priority)
    header = [
        f"{rule.id} ({rule.name})",
        f"category: {rule.category}; languages: {', '.join(rule.languages)}",
        f"CWE: {', '.join(f'CWE-{c}' for c in rule.cwe)}",
        f"OWASP: {'; '.join(owasp_label(o) for o in rule.owasp)}",
        f"likelihood {rule.likelihood} x impact {rule.impact} -> {rule.priority} "
        f"(fix within {sla.fix_text}, deploy within {sla.deploy_text})",
        f"confidence: {rule.confidence}; quick fix: {'yes' if rule.fixable else 'no'}",
        "",
    ]
    return "\n".join(header) + (rule.docs or rule.message) + "\n"
