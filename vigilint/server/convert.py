"""Findings -> LSP diagnostics (pure: no server state).

Severity comes from the priority (DESIGN.md); the message carries CWE, OWASP (both editions),
priority and SLA, and says so when the code was written by an AI tool. `data` carries what the
code actions need: the fix (as LSP edits for the analysed version) and the fingerprint.
A finding's related locations (the source of a flow, an inner sink) become
`relatedInformation` when the client accepts it. Every finding passes the one redactor on its
way out (`redact_finding`), as in SARIF.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any

from lsprotocol import types
from lsprotocol.converters import get_converter

from vigilint.analyzers.registry import get_rule
from vigilint.analyzers.secrets.redaction import redact_finding
from vigilint.analyzers.sensitivity import SecurityContext
from vigilint.model import Edit, Finding, RelatedLocation
from vigilint.policy import LSP_SEVERITY, owasp_label, sla_for
from vigilint.server.positions import LineIndex

SOURCE = "vigilint"
CONTEXT_CODE = "security-context"
REDUCED_CODE = "reduced-mode"


def owasp_text(owasp: tuple[str, ...]) -> str:
    return " / ".join(owasp)


def finding_message(finding: Finding) -> str:
    cwe = ", ".join(f"CWE-{c}" for c in finding.cwe)
    sla = sla_for(finding.priority)
    where = "" if finding.role == "app" else f" in {finding.role} code"
    parts = [finding.message.rstrip(), f"[{cwe}; OWASP {owasp_text(finding.owasp)}; "
             f"{finding.priority}{where}, fix within {sla.fix_text}]"]
    if finding.provenance is not None and finding.provenance.ai_generated:
        who = finding.provenance.tool or "an AI tool"
        if finding.provenance.model:
            who += f" ({finding.provenance.model})"
        how = "likely written" if finding.provenance.inferred else "written"
        parts.append(f"AI-generated code: {how} by {who}; review it before merging.")
    return " ".join(parts)


def edit_to_lsp(edit: Edit, index: LineIndex) -> types.TextEdit:
    return types.TextEdit(
        range=index.engine_range(edit.line, edit.column, edit.end_line, edit.end_column),
        new_text=edit.new_text)


def finding_data(finding: Finding, index: LineIndex, uri: str,
                 version: int | None) -> dict[str, Any]:
    data: dict[str, Any] = {"rule": finding.rule, "fingerprint": finding.fingerprint,
                            "priority": finding.priority, "category": finding.category,
                            "role": finding.role, "uri": uri, "version": version}
    if finding.fix is not None:
        data["fix"] = {
            "title": finding.fix.title,
            "safe": finding.fix.safe,
            "edits": [
                {"range": _range_json(text_edit.range), "newText": text_edit.new_text}
                for text_edit in (edit_to_lsp(e, index) for e in finding.fix.edits)
            ],
        }
    if finding.provenance is not None:
        data["aiGenerated"] = True
    return data


def _range_json(rng: types.Range) -> dict[str, Any]:
    return {"start": {"line": rng.start.line, "character": rng.start.character},
            "end": {"line": rng.end.line, "character": rng.end.character}}


def range_from_json(data: Any) -> types.Range:
    return types.Range(
        start=types.Position(line=int(data["start"]["line"]),
                             character=int(data["start"]["character"])),
        end=types.Position(line=int(data["end"]["line"]), character=int(data["end"]["character"])))


def related_uri(location: RelatedLocation, finding: Finding, uri: str,
                root: Path | None) -> str | None:
    """The URI of a related location's file: the document's own when it is the finding's file,
    else the file under the workspace root (an absolute path as it is); None when a relative
    path has no root to be read against."""
    if location.path == finding.path:
        return uri
    if PurePosixPath(location.path).is_absolute():
        return Path(location.path).as_uri()
    return (root / location.path).as_uri() if root is not None else None


def _other_file_range(location: RelatedLocation) -> types.Range:
    # Another file's text is not at hand: its character columns are given as they are (equal to
    # UTF-16 units except after astral characters on that line).
    return types.Range(
        start=types.Position(line=max(location.line - 1, 0),
                             character=max(location.column - 1, 0)),
        end=types.Position(line=max(location.end_line - 1, 0),
                           character=max(location.end_column - 1, 0)))


def related_information(finding: Finding, index: LineIndex, uri: str,
                        root: Path | None) -> list[types.DiagnosticRelatedInformation]:
    """A (redacted) finding's related locations as LSP `relatedInformation`."""
    out = []
    for location in finding.related:
        where = related_uri(location, finding, uri, root)
        if where is None:
            continue
        rng = (index.engine_range(location.line, location.column, location.end_line,
                                  location.end_column)
               if where == uri else _other_file_range(location))
        out.append(types.DiagnosticRelatedInformation(
            location=types.Location(uri=where, range=rng), message=location.message))
    return out


def finding_to_diagnostic(finding: Finding, index: LineIndex, uri: str, version: int | None,
                          root: Path | None = None,
                          related: bool = False) -> types.Diagnostic:
    """`related`: the client accepts `relatedInformation`; `root`: the workspace root, where
    the related locations' relative paths are read from."""
    finding = redact_finding(finding)
    rule = get_rule(finding.rule)
    description = types.CodeDescription(href=rule.help_uri) if rule is not None else None
    return types.Diagnostic(
        range=index.engine_range(finding.line, finding.column, finding.end_line,
                                 finding.end_column),
        message=finding_message(finding),
        severity=types.DiagnosticSeverity(LSP_SEVERITY[finding.priority]),
        code=finding.rule,
        code_description=description,
        source=SOURCE,
        data=finding_data(finding, index, uri, version),
        related_information=(related_information(finding, index, uri, root) or None)
        if related else None,
    )


def _shifted_json(rng: dict[str, Any], delta: int) -> dict[str, Any]:
    return {"start": {"line": rng["start"]["line"] + delta,
                      "character": rng["start"]["character"]},
            "end": {"line": rng["end"]["line"] + delta, "character": rng["end"]["character"]}}


def moved_diagnostic(diag: types.Diagnostic, delta: int,
                     version: int | None) -> types.Diagnostic:
    """The diagnostic of a finding `delta` lines below the one `diag` was made of (for the
    same document, its fix edits moved alike, no related locations in the document), for
    `version`: what `finding_to_diagnostic` gives when the lines it spans have the same text
    (the server reuses the diagnostics of the findings a scoped analysis carries over)."""
    data: dict[str, Any] = dict(diag.data or {})
    data["version"] = version
    rng = diag.range
    if delta:
        rng = types.Range(
            start=types.Position(line=rng.start.line + delta, character=rng.start.character),
            end=types.Position(line=rng.end.line + delta, character=rng.end.character))
        fix = data.get("fix")
        if fix is not None:
            data["fix"] = {**fix, "edits": [
                {"range": _shifted_json(e["range"], delta), "newText": e["newText"]}
                for e in fix["edits"]]}
    return types.Diagnostic(
        range=rng, message=diag.message, severity=diag.severity, code=diag.code,
        code_description=diag.code_description, source=diag.source, data=data,
        related_information=diag.related_information)


def wire(diag: types.Diagnostic) -> dict[str, Any]:
    """A diagnostic as it goes over the wire (JSON-ready)."""
    out: dict[str, Any] = _CONVERTER.unstructure(diag)
    return out


def moved_wire(old: dict[str, Any], delta: int, version: int | None) -> dict[str, Any]:
    """`wire(moved_diagnostic(diag, delta, version))` for `old = wire(diag)`, without the
    converter (the server sends every diagnostic of a document at each version)."""
    out = dict(old)
    data = dict(old["data"])
    data["version"] = version
    if delta:
        out["range"] = _shifted_json(old["range"], delta)
        fix = data.get("fix")
        if fix is not None:
            data["fix"] = {**fix, "edits": [
                {"range": _shifted_json(e["range"], delta), "newText": e["newText"]}
                for e in fix["edits"]]}
    out["data"] = data
    return out


_CONVERTER = get_converter()


def context_to_diagnostic(context: SecurityContext, index: LineIndex) -> types.Diagnostic:
    owasp = "; ".join(owasp_label(o) for o in context.owasp)
    must = "; ".join(context.prompt_must_include)
    message = (f"Security-sensitive context: {context.label} (risk Tier {context.tier}; "
               f"OWASP {owasp}). {context.reason} A prompt for AI code here must include: "
               f"{must}.")
    if context.tier == 3:
        message += " AI-written code here needs a security champion's review."
    return types.Diagnostic(
        range=index.engine_range(context.line, context.column, context.end_line,
                                 context.end_column),
        message=message,
        severity=types.DiagnosticSeverity.Information,
        code=CONTEXT_CODE,
        source=SOURCE,
        data={"kind": "context", "domain": context.domain, "tier": context.tier},
    )


def notice_diagnostic(message: str, code: str) -> types.Diagnostic:
    return types.Diagnostic(
        range=types.Range(start=types.Position(line=0, character=0),
                          end=types.Position(line=0, character=0)),
        message=message, severity=types.DiagnosticSeverity.Information, code=code,
        source=SOURCE)
