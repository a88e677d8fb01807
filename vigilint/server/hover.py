"""Hover: on a finding, the rule's documentation; elsewhere, the security context of the code
around the position (its domains, risk tier, OWASP categories and what a prompt must say)."""

from __future__ import annotations

from lsprotocol import types

from vigilint.analyzers import sensitivity
from vigilint.analyzers.registry import get_rule
from vigilint.analyzers.secrets import redaction
from vigilint.policy import owasp_label, sla_for
from vigilint.server.errors import guarded
from vigilint.server.positions import LineIndex
from vigilint.server.server import VigilintServer


def _inside(rng: types.Range, pos: types.Position) -> bool:
    start = (rng.start.line, rng.start.character)
    end = (rng.end.line, rng.end.character)
    return start <= (pos.line, pos.character) <= end


def _finding_markdown(rule_id: str, message: str) -> str:
    rule = get_rule(rule_id)
    if rule is None:
        return f"**{rule_id}**\n\n{message}"
    sla = sla_for(rule.priority)
    head = (f"**{rule.id}** `{rule.name}` — {rule.category}, "
            f"{', '.join(f'CWE-{c}' for c in rule.cwe)}, "
            f"{' / '.join(owasp_label(o) for o in rule.owasp)}; "
            f"{rule.priority} (fix within {sla.fix_text})")
    docs = rule.docs.strip() or rule.message
    return f"{head}\n\n{message}\n\n---\n\n{docs}\n\n[Rule documentation]({rule.help_uri})"


def context_markdown(contexts: list[sensitivity.SecurityContext]) -> str:
    tier = sensitivity.tier_of(contexts)
    lines = [f"**vigilint security context: Tier {tier}**", ""]
    for ctx in contexts:
        owasp = " / ".join(ctx.owasp)
        lines.append(f"- **{ctx.label}** (Tier {ctx.tier}, OWASP {owasp}): {ctx.reason}")
        lines.append(f"  - a prompt for AI code here must include: "
                     f"{'; '.join(ctx.prompt_must_include)}")
    if tier >= 3:
        lines.append("")
        lines.append("AI-written code here needs a security champion's review.")
    return "\n".join(lines)


def register(server: VigilintServer) -> None:
    @server.feature(types.TEXT_DOCUMENT_HOVER)
    @guarded("hover")
    async def hover(ls: VigilintServer, params: types.HoverParams) -> types.Hover | None:
        doc = ls.documents.get(params.text_document.uri)
        if doc is None:
            return None
        result = await ls.analyzer.current(doc)
        if result is None:
            return None
        parts = [_finding_markdown(str(d.code), d.message) for d in result.diagnostics
                 if d.data and "rule" in d.data and _inside(d.range, params.position)]
        tree = None
        if not parts and ls.settings.server.security_context:
            tree = await ls.analyzer.tree_for(doc, result)
        if tree is not None:
            index = LineIndex(result.text)
            offset = index.byte_offset(index.offset(params.position))
            contexts = sensitivity.classify_around(
                doc.path, result.text.encode("utf-8", "surrogatepass"), tree, offset)
            if contexts:
                parts.append(context_markdown(contexts))
        if not parts:
            return None
        return types.Hover(contents=types.MarkupContent(
            kind=types.MarkupKind.Markdown, value=_redacted("\n\n---\n\n".join(parts),
                                                            result.text)))


def _redacted(text: str, document: str) -> str:
    """The hover through the one redactor. The context's evidence quotes names from the code,
    so the secrets the detectors find in the document are masked wherever the text holds them
    (whole or as part of a name), besides what the redactor recognises in the text itself."""
    from vigilint.analyzers.secrets.scanner import scan_text

    return redaction.redact_text(text, [m.value for m in scan_text(document)])
