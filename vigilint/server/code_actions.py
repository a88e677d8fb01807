"""Code actions: quick fixes, suppress with justification, add security constraints to a
prompt, and `source.fixAll.vigilint` (every safe fix of a document).

Edits are versioned with the document version they were computed for, so a client drops
them if the document changed in between.
"""

from __future__ import annotations

import importlib
from typing import Any

from lsprotocol import types

from vigilint.server.convert import SOURCE, range_from_json
from vigilint.server.documents import Document
from vigilint.server.errors import guarded
from vigilint.server.server import VigilintServer

FIX_ALL = f"{types.CodeActionKind.SourceFixAll.value}.vigilint"
PLACEHOLDER = "<why this finding does not apply>"

# Comment leader (and closer) per language; JSON has no comments and cannot be suppressed.
_COMMENTS: dict[str, tuple[str, str]] = {
    "python": ("#", ""), "yaml": ("#", ""), "toml": ("#", ""), "bash": ("#", ""),
    "dockerfile": ("#", ""), "dotenv": ("#", ""), "properties": ("#", ""), "hcl": ("#", ""),
    "javascript": ("//", ""), "typescript": ("//", ""), "tsx": ("//", ""), "go": ("//", ""),
    "java": ("//", ""), "text": ("<!--", " -->"),
}


def comment_for(doc: Document) -> tuple[str, str] | None:
    if doc.path.lower().endswith((".md", ".markdown", ".mdc")) or doc.is_prompt:
        return ("<!--", " -->")
    return _COMMENTS.get(doc.language)


def _versioned(doc: Document, version: int | None,
               edits: list[types.TextEdit]) -> types.WorkspaceEdit:
    return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(
        text_document=types.OptionalVersionedTextDocumentIdentifier(uri=doc.uri,
                                                                    version=version),
        edits=edits)])


def _fix_edits(fix: dict[str, Any]) -> list[types.TextEdit]:
    return [types.TextEdit(range=range_from_json(e["range"]), new_text=str(e["newText"]))
            for e in fix.get("edits", [])]


def quick_fix(doc: Document, diag: types.Diagnostic, data: dict[str, Any]) -> types.CodeAction:
    fix = data["fix"]
    is_prompt_rule = str(data.get("rule", "")).startswith("VG-PROMPT")
    kind = types.CodeActionKind.QuickFix
    return types.CodeAction(
        title=str(fix["title"]) + ("" if fix.get("safe") else " (review the change)"),
        kind=kind, diagnostics=[diag], is_preferred=bool(fix.get("safe")) or is_prompt_rule,
        edit=_versioned(doc, data.get("version"), _fix_edits(fix)))


def suppress_action(doc: Document, diag: types.Diagnostic,
                    data: dict[str, Any]) -> types.CodeAction | None:
    comment = comment_for(doc)
    if comment is None:
        return None
    leader, closer = comment
    line = diag.range.start.line
    text = doc.index.line_text(line)
    indent = text[: len(text) - len(text.lstrip())]
    newline = "\r\n" if "\r\n" in doc.text[:10_000] else "\n"
    rule = data["rule"]
    insert = f"{indent}{leader} vigilint: ignore[{rule}] -- {PLACEHOLDER}{closer}{newline}"
    position = types.Position(line=line, character=0)
    return types.CodeAction(
        title=f"Suppress {rule} here with a justification",
        kind=types.CodeActionKind.QuickFix, diagnostics=[diag], is_preferred=False,
        edit=_versioned(doc, data.get("version"), [types.TextEdit(
            range=types.Range(start=position, end=position), new_text=insert)]))


def _check_prompt() -> Any | None:
    try:
        module = importlib.import_module("vigilint.prompts")
    except ImportError:
        return None
    return getattr(module, "check_prompt", None)


def constraints_action(doc: Document, diag: types.Diagnostic,
                       data: dict[str, Any]) -> types.CodeAction | None:
    """For a prompt finding without its own fix: append the prompt guard's suggested
    constraints to the prompt document (when the guard is available)."""
    if not doc.is_prompt:
        return None
    check = _check_prompt()
    if check is None:
        return None
    try:
        verdict = check(doc.text)
    except Exception:  # the guard failing must not take the other actions with it
        return None
    suggestion = verdict.get("suggestion") if isinstance(verdict, dict) else \
        getattr(verdict, "suggestion", None)
    if not suggestion:
        return None
    end = doc.index.position(len(doc.text))
    prefix = "" if doc.text.endswith("\n") or not doc.text else "\n"
    return types.CodeAction(
        title="Add security constraints to this prompt", kind=types.CodeActionKind.QuickFix,
        diagnostics=[diag], is_preferred=True,
        edit=_versioned(doc, doc.version, [types.TextEdit(
            range=types.Range(start=end, end=end), new_text=f"{prefix}\n{suggestion}\n")]))


def _overlaps(a: types.Range, b: types.Range) -> bool:
    a0, a1 = (a.start.line, a.start.character), (a.end.line, a.end.character)
    b0, b1 = (b.start.line, b.start.character), (b.end.line, b.end.character)
    return (a0 < b1 and b0 < a1) or a0 == b0


def fix_all_edits(diagnostics: list[types.Diagnostic]) -> list[types.TextEdit]:
    """Every safe fix whose edits do not overlap an earlier one's."""
    chosen: list[types.TextEdit] = []
    for diag in diagnostics:
        data = diag.data if isinstance(diag.data, dict) else {}
        fix = data.get("fix")
        if not fix or not fix.get("safe"):
            continue
        edits = _fix_edits(fix)
        if any(_overlaps(e.range, c.range) for e in edits for c in chosen):
            continue
        chosen.extend(edits)
    return chosen


def register(server: VigilintServer) -> None:
    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(
        code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL]))
    @guarded("code actions", default=[])
    async def code_actions(ls: VigilintServer,
                           params: types.CodeActionParams) -> list[types.CodeAction]:
        doc = ls.documents.get(params.text_document.uri)
        if doc is None:
            return []
        only = [str(getattr(k, "value", k)) for k in params.context.only or ()]
        actions: list[types.CodeAction] = []
        wants_fix_all = any(FIX_ALL.startswith(k) for k in only)
        if wants_fix_all:
            result = await ls.analyzer.current(doc)
            if result is not None:
                edits = fix_all_edits(result.diagnostics)
                if edits:
                    actions.append(types.CodeAction(
                        title="Fix all safe vigilint findings", kind=FIX_ALL,
                        edit=_versioned(doc, result.version, edits)))
            if all(k.startswith("source") for k in only):
                return actions
        for diag in params.context.diagnostics:
            data = diag.data if isinstance(diag.data, dict) else None
            if diag.source != SOURCE or data is None or "rule" not in data:
                continue
            if data.get("fix"):
                actions.append(quick_fix(doc, diag, data))
            elif str(data["rule"]).startswith("VG-PROMPT"):
                action = constraints_action(doc, diag, data)
                if action is not None:
                    actions.append(action)
            suppress = suppress_action(doc, diag, data)
            if suppress is not None and data["rule"] != "VG-GEN-SUPPRESS-001":
                actions.append(suppress)
        return actions
