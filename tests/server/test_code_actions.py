"""Code actions and hover end to end: the quick fix removes the finding, the suppression
comment only suppresses once justified, fix-all applies every safe fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from .conftest import apply_text_edits, codes, diagnostics_for, open_doc

pytestmark = pytest.mark.asyncio(loop_scope="package")

UNSAFE = "import yaml\n\ndef read(data):\n    return yaml.load(data)\n"


async def _actions(client: LanguageClient, uri: str, diagnostics: list[types.Diagnostic],
                   only: list[str] | None = None) -> list[types.CodeAction]:
    rng = diagnostics[0].range if diagnostics else types.Range(
        start=types.Position(line=0, character=0), end=types.Position(line=0, character=0))
    result = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=rng,
        context=types.CodeActionContext(diagnostics=diagnostics, only=only)))
    return [a for a in result or [] if isinstance(a, types.CodeAction)]


def _apply(text: str, action: types.CodeAction, version: int) -> str:
    assert action.edit is not None and action.edit.document_changes
    change = action.edit.document_changes[0]
    assert isinstance(change, types.TextDocumentEdit)
    assert change.text_document.version == version
    return apply_text_edits(text, [e for e in change.edits if isinstance(e, types.TextEdit)])


def _replace_all(client: LanguageClient, uri: str, version: int, text: str) -> None:
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))


def _rule(diagnostics: list[types.Diagnostic], rule: str) -> list[types.Diagnostic]:
    return [d for d in diagnostics if d.code == rule]


async def test_quick_fix_removes_the_finding(client: LanguageClient, workspace: Path) -> None:
    uri = (workspace / "fix.py").as_uri()
    open_doc(client, uri, UNSAFE)
    diags = _rule(await diagnostics_for(client, uri, 1), "VG-PY-DESER-001")
    actions = await _actions(client, uri, diags)
    fix = next(a for a in actions if a.is_preferred)
    assert fix.kind == types.CodeActionKind.QuickFix
    assert "safe_load" in fix.title
    fixed = _apply(UNSAFE, fix, 1)
    assert "yaml.safe_load(data)" in fixed
    _replace_all(client, uri, 2, fixed)
    assert not _rule(await diagnostics_for(client, uri, 2), "VG-PY-DESER-001")


async def test_suppression_needs_a_justification(client: LanguageClient,
                                                 workspace: Path) -> None:
    uri = (workspace / "suppress.py").as_uri()
    open_doc(client, uri, UNSAFE)
    diags = _rule(await diagnostics_for(client, uri, 1), "VG-PY-DESER-001")
    actions = await _actions(client, uri, diags)
    suppress = next(a for a in actions if a.title.startswith("Suppress"))
    assert not suppress.is_preferred
    with_placeholder = _apply(UNSAFE, suppress, 1)
    assert "    # vigilint: ignore[VG-PY-DESER-001] -- <" in with_placeholder
    _replace_all(client, uri, 2, with_placeholder)
    after = await diagnostics_for(client, uri, 2)
    assert _rule(after, "VG-GEN-SUPPRESS-001")  # the placeholder is not a justification
    assert _rule(after, "VG-PY-DESER-001")
    justified = with_placeholder.replace(
        "<why this finding does not apply>", "data is our signed build manifest, not user input")
    _replace_all(client, uri, 3, justified)
    final = await diagnostics_for(client, uri, 3)
    assert not _rule(final, "VG-PY-DESER-001")
    assert not _rule(final, "VG-GEN-SUPPRESS-001")


async def test_fix_all_applies_every_safe_fix(client: LanguageClient, workspace: Path) -> None:
    uri = (workspace / "fixall.py").as_uri()
    text = "import yaml\n\na = yaml.load(x)\nb = yaml.load_all(y)  # ünï 😀\n"
    open_doc(client, uri, text)
    assert len(_rule(await diagnostics_for(client, uri, 1), "VG-PY-DESER-001")) == 2
    actions = await _actions(client, uri, [], only=["source.fixAll.vigilint"])
    assert [a.kind for a in actions] == ["source.fixAll.vigilint"]
    fixed = _apply(text, actions[0], 1)
    assert "yaml.safe_load(x)" in fixed and "yaml.safe_load_all(y)" in fixed
    _replace_all(client, uri, 2, fixed)
    assert not _rule(await diagnostics_for(client, uri, 2), "VG-PY-DESER-001")


async def test_hover_shows_rule_docs_and_security_context(client: LanguageClient,
                                                          workspace: Path) -> None:
    uri = (workspace / "auth.py").as_uri()
    text = ("import jwt\nimport yaml\n\n\ndef login(username, password):\n"
            "    token = jwt.encode({'u': username}, KEY)\n    return yaml.load(token)\n")
    open_doc(client, uri, text)
    diagnostics = await diagnostics_for(client, uri, 1)
    context = [d for d in diagnostics if d.code == "security-context"]
    assert any("authentication" in d.message and "Tier 3" in d.message
               and "A07:2021" in d.message and "A07:2025" in d.message for d in context)
    on_finding = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        position=types.Position(line=6, character=14)))
    assert on_finding is not None
    assert isinstance(on_finding.contents, types.MarkupContent)
    assert "VG-PY-DESER-001" in on_finding.contents.value
    assert "## What it does" in on_finding.contents.value
    in_function = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        position=types.Position(line=5, character=6)))
    assert in_function is not None
    assert isinstance(in_function.contents, types.MarkupContent)
    assert "Tier 3" in in_function.contents.value
    assert "authentication" in in_function.contents.value
    assert "must include" in in_function.contents.value
    assert codes(diagnostics)


async def test_prompt_document_gets_prompt_findings_and_constraints(
        client: LanguageClient, workspace: Path) -> None:
    (workspace / "prompts").mkdir(exist_ok=True)
    uri = (workspace / "prompts" / "orders.prompt.md").as_uri()
    text = "Add an endpoint GET /orders/<id> that returns the order as JSON.\n"
    open_doc(client, uri, text, language="markdown")
    prompt = [d for d in await diagnostics_for(client, uri, 1)
              if str(d.code).startswith("VG-PROMPT")]
    assert prompt, "no prompt finding on an unconstrained prompt"
    actions = await _actions(client, uri, prompt)
    add = next(a for a in actions if a.is_preferred)
    constrained = _apply(text, add, 1)
    assert "Security constraints" in constrained and "A01:2021" in constrained
    _replace_all(client, uri, 2, constrained)
    after = await diagnostics_for(client, uri, 2)
    assert not [d for d in after if d.code == prompt[0].code]


async def test_prompt_like_comment_in_code(client: LanguageClient, workspace: Path) -> None:
    uri = (workspace / "handlers.py").as_uri()
    open_doc(client, uri, "# TODO: write login handler\ndef login(request):\n    pass\n")
    diagnostics = await diagnostics_for(client, uri, 1)
    assert any(str(d.code).startswith("VG-PROMPT") and d.range.start.line == 0
               for d in diagnostics), codes(diagnostics)


async def test_hover_never_shows_a_planted_secret(client: LanguageClient,
                                                  workspace: Path) -> None:
    """The security context quotes names from the code; a name that holds a secret (and the
    secret itself) reaches the hover only through the one redactor."""
    import binascii
    import random
    import string

    from vigilint.analyzers.secrets.catalog import base62

    rng = random.Random(26)
    body = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(30))
    token = "gh" + "p_" + body + base62(binascii.crc32(body.encode()))  # a valid checksum
    name = f"secret_{token}"
    uri = (workspace / "keys.py").as_uri()
    text = (f"import jwt\n\n\ndef login(username, password):\n    {name} = '{token}'\n"
            f"    return jwt.encode({{'u': username}}, {name})\n")
    open_doc(client, uri, text)
    await diagnostics_for(client, uri, 1)
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        position=types.Position(line=3, character=6)))
    assert hover is not None and isinstance(hover.contents, types.MarkupContent)
    shown = hover.contents.value
    assert "secrets" in shown and "authentication" in shown  # the context is still there
    assert token not in shown and token[4:20] not in shown
    assert "[redacted]" in shown


SECRET = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc"  # made up, in a vendor's format


async def test_secret_quick_fix_is_unsafe_checked_and_never_shows_the_value(
        client: LanguageClient, workspace: Path) -> None:
    uri = (workspace / "billing.py").as_uri()
    text = f'import stripe\n\nstripe.api_key = "{SECRET}"\n'
    open_doc(client, uri, text)
    diags = [d for d in await diagnostics_for(client, uri, 1) if str(d.code).startswith("VG-SEC")]
    assert diags
    actions = await _actions(client, uri, diags)
    fix = next(a for a in actions if "environment variable" in a.title)
    assert not fix.is_preferred and "(review the change)" in fix.title and "rotate" in fix.title
    fixed = _apply(text, fix, 1)
    assert fixed == 'import os\nimport stripe\n\nstripe.api_key = os.environ["API_KEY"]\n'
    assert SECRET not in repr(actions)
    _replace_all(client, uri, 2, fixed)
    assert not [d for d in await diagnostics_for(client, uri, 2)
                if str(d.code).startswith("VG-SEC")]
