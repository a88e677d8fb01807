"""## What it does
Finds hard-coded credentials: vendor tokens recognised by their format (AWS, GitHub, Slack,
Stripe, OpenAI, Anthropic, ...), private keys, JWTs, passwords in connection strings and URLs,
and literals assigned to names that say they hold a password, secret, token or key.

## Why is this bad?
A credential in source code is readable by everyone with access to the repository, its forks,
its history, build logs and any model trained on it; it cannot be rotated without a commit.

## Example
```python
client = OpenAI(api_key="sk-proj-...")  # the real key, pasted in
```

## Use instead
```python
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
```
Load the value from the environment or a secret manager, rotate the exposed credential, and
purge it from history.

## References
- CWE-798: Use of Hard-coded Credentials; CWE-259; CWE-321
- OWASP A07:2021 Identification and Authentication Failures
- https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from functools import partial
from typing import Any

from vigilint.analyzers.comments import comments
from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.secrets.catalog import DETECTORS, FAMILIES, Detector
from vigilint.analyzers.secrets.filters import has_random_segment, is_doc_path, looks_generated
from vigilint.analyzers.secrets.fix import env_fix
from vigilint.analyzers.secrets.generic import PASSWORD_RULE, SECRET_RULE, in_example_block
from vigilint.analyzers.secrets.scanner import (
    BY_RULE_KEY,
    SecretMatch,
    line_starts,
    matches_by_rule,
)
from vigilint.model import Rule

PLACEHOLDER_NOTE = "looks like a placeholder, still a hard-coded credential"
INSTRUCTION_NOTE = "a usable default; keep real values out of the file"
EXAMPLE_NOTE = "a documentation example by its own marker"
EXAMPLE_BLOCK_NOTE = "a documentation example by where it is, inside an `example` block"


def _docs(title: str, family: str, example: str, cwe: tuple[int, ...]) -> str:
    refs = "; ".join(f"CWE-{c}" for c in cwe)
    return f"""## What it does
Finds a hard-coded {title} ({FAMILIES[family]} credential). The value is matched by its format
and context, checked against placeholder, documentation-example and entropy filters, and
reported with at most four characters of it; the finding's fingerprint is an HMAC of the value.

## Why is this bad?
Anyone who can read the repository, its history, a build log or a model trained on the code can
use the credential. Removing it in a later commit does not help: it must be rotated.

## Example
```
{example}
```

## Use instead
```
{example.split("=")[0].rstrip()} = os.environ["{title.upper().replace(" ", "_")[:24]}"]
```
Read it from the environment or a secret manager, rotate the exposed value, and purge it from
history. In code, a value that only looks made up (`abc123...`, `fake`) or a documented example
key is still reported, at a lower priority (P3/P4): an AI placeholder that ships is a hard-coded
credential. In tests, docs and examples only machine-made values are reported, lowered (a
"test" key is often a real one); made-up and typed ones (`swordfish`) are test values.

## References
- {refs}
- OWASP A07:2021 Identification and Authentication Failures
- https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html
"""


def _position(starts: list[int], offset: int) -> tuple[int, int]:
    row = bisect.bisect_right(starts, offset) - 1
    return row + 1, offset - starts[row] + 1


def hit_for(ctx: FileContext, match: SecretMatch, lowered: bool | None = None) -> Hit:
    """The Hit for a match: values that look real in test fixtures and documentation (by
    path) and made-up values in code (by their own markers) are reported at a lower priority;
    made-up and typed values in tests, docs and examples, and in comments and docstrings of
    code, are not reported (`check`); `lowered` says the value sits in such a place (by default:
    the file is a test, docs or example file).

    | value \\ where                 | application code     | tests, docs, examples |
    |-------------------------------|----------------------|-----------------------|
    | looks real (machine-made)     | the rule's (P0/P1)   | unlikely (P2/P3)      |
    | typed by a person (swordfish) | the rule's (P0/P1)   | not reported          |
    | usable default (admin)        | possible (P1/P2)     | not reported          |
    | made up (fake, abc123)        | possible, medium (P3)| not reported          |
    | documentation example         | unlikely, low (P4)   | not reported          |
    """
    lowered = _lowered(ctx) if lowered is None else lowered
    starts = line_starts(ctx)
    line, col = _position(starts, match.start)
    end_line, end_col = _position(starts, match.end)
    message = f"Hard-coded {match.title} {match.advice}." if match.advice else \
        f"Hard-coded {match.title}; load it from the environment or a secret manager and " \
        "rotate it."
    likelihood: Any = "unlikely" if lowered else None
    impact: Any = None
    if match.example:
        note = EXAMPLE_BLOCK_NOTE if match.example_block else EXAMPLE_NOTE
        message = f"Hard-coded {match.title} ({note}); keep real values out of the code."
        likelihood, impact = "unlikely", "low"
    elif match.instruction:
        message = f"Hard-coded {match.title} ({INSTRUCTION_NOTE}); load it from the environment."
        likelihood, impact = ("unlikely", "low") if lowered else ("possible", None)
    elif match.placeholder:
        message = f"Hard-coded {match.title} ({PLACEHOLDER_NOTE}); load it from the environment " \
                  "or a secret manager."
        likelihood, impact = ("unlikely", "low") if lowered else ("possible", "medium")
    fix = env_fix(ctx, match.start, match.end, match.title) if ctx.tree is not None else None
    return Hit(position=(line, col, end_line, end_col), message=message, likelihood=likelihood,
               impact=impact, confidence=match.confidence, secrets=(match.value,), fix=fix)


LOWERED_ROLES = frozenset({"test", "fixture", "docs", "example"})


def _lowered(ctx: FileContext) -> bool:
    """A test, fixture, docs or example file: by its code role (analyzers/roles.py, which
    leaves secrets to this decision) or by the secret detectors' own path conventions
    (`.env.example`, `config.sample.yaml`)."""
    lowered = ctx.cache.get("secrets.lowered")
    if lowered is None:
        lowered = ctx.cache["secrets.lowered"] = (
            ctx.is_test_path or _is_doc(ctx) or ctx.role in LOWERED_ROLES)
    return bool(lowered)


def _is_doc(ctx: FileContext) -> bool:
    doc = ctx.cache.get("secrets.is_doc")
    if doc is None:
        doc = ctx.cache["secrets.is_doc"] = is_doc_path(ctx.path)
    return bool(doc)


def reporting(ctx: FileContext) -> set[str]:
    """The secret rules that can report in this file: those with a match (`check` returns
    None for the others without reading anything else). The rules' `file_gate`."""
    grouped = ctx.cache.get(BY_RULE_KEY)
    if grouped is None:
        grouped = matches_by_rule(ctx)
    return {rule_id for rule_id, matches in grouped.items() if matches}


def check(rule_id: str, ctx: FileContext) -> list[Hit] | None:
    """The rule's hits (a list, not a generator: most files have none, and the engine takes
    None without building anything)."""
    grouped = ctx.cache.get(BY_RULE_KEY)  # 160 rules per file: read the memo directly
    if grouped is None:
        grouped = matches_by_rule(ctx)
    matches = grouped.get(rule_id)
    if not matches:
        return None
    if rule_id in _EXAMPLE_BLOCK_RULES:
        matches = [_by_place(ctx, m) for m in matches]
    if _lowered(ctx):
        return [hit_for(ctx, m, True) for m in matches if not is_test_value(m)] or None
    if ctx.tree is None:
        return list(map(partial(hit_for, ctx), matches))
    hits = []
    for match in matches:
        documented = in_documentation(ctx, match.start)
        if not (documented and is_test_value(match)):
            hits.append(hit_for(ctx, match, documented))
    return hits or None


# Rules whose values are judged by their name or shape alone (a password or a token under a
# secret-like name, a JWT): inside an API schema's `example` block such a value is shown to
# the documentation's readers. A vendor's key keeps its priority wherever it is.
_EXAMPLE_BLOCK_RULES = frozenset({PASSWORD_RULE, SECRET_RULE, "VG-SEC-200"})


def _by_place(ctx: FileContext, match: SecretMatch) -> SecretMatch:
    """`match` marked a documentation example when it sits in an `example` block."""
    if match.example or not in_example_block(ctx.text, match.start):
        return match
    return replace(match, example=True, example_block=True)


_AFTER_ALL = 1 << 62  # a line number past any file's end


def in_documentation(ctx: FileContext, offset: int) -> bool:
    """The character at `offset` is in a comment or a docstring (a string that is a statement
    of its own) of a parsed source file: documentation inside code (`Authorization: Basic
    czZCaGRSa3F0MzpnWDFmQmF0M2JW` in an OAuth library's docstring)."""
    line, column = _position(line_starts(ctx), offset)
    spans = ctx.cache.get("secrets.comment_spans")
    if spans is None:  # comments in order, as (start, end) positions: one bisect per value
        spans = ctx.cache["secrets.comment_spans"] = sorted(
            ((c.line, c.column), (c.end_line, c.end_column)) for c in comments(ctx))
    index = bisect.bisect_right(spans, ((line, column), (_AFTER_ALL, 0))) - 1
    if index >= 0 and spans[index][0] <= (line, column) < spans[index][1]:
        return True
    if ctx.tree is None:
        return False
    byte = ctx.byte_of_position(line, column)
    node = ctx.tree.root_node.descendant_for_byte_range(byte, byte)
    for _ in range(4):  # string_content -> string -> expression_statement
        if node is None or node.type == "string":
            break
        node = node.parent
    parent = node.parent if node is not None else None
    return (node is not None and node.type == "string" and parent is not None
            and parent.type == "expression_statement" and parent.named_child_count == 1)


def is_test_value(match: SecretMatch) -> bool:
    """In a test, docs or example file: a made-up value (placeholder, usable default,
    documentation example, masked) or one a person typed (`swordfish`, `wrongpassword`) is a
    test or documentation value and is not reported; a machine-made one (a key, a JWT, a private
    key pasted into a fixture) may be real and is reported at a lower priority. The redactor
    masks both alike."""
    if match.instruction or match.example:
        return True
    if match.placeholder:  # made up, unless a random part shows a real key behind a vendor's
        return not has_random_segment(match.value)  # words (`sk_test_<random>`)
    return not looks_generated(match.value)


def _example(detector: Detector) -> str:
    name = detector.name.upper().replace("-", "_")
    prefix = "".join(p for p in detector.sample if isinstance(p, str))
    return f'{name} = "{prefix[:4]}..."  # the real value, pasted in'


def _rule(detector: Detector) -> Rule:
    return Rule(
        id=detector.id, name=detector.name, category="secret", languages=("*",),
        cwe=detector.cwe, likelihood=detector.likelihood, impact=detector.impact,
        confidence=detector.confidence,
        message=f"Hard-coded {detector.title}; load it from the environment or a secret "
                "manager and rotate it.",
        docs=_docs(detector.title, detector.family, _example(detector), detector.cwe),
        check_file=partial(check, detector.id), file_gate=reporting,
    )


RULES: list[Rule] = [_rule(d) for d in DETECTORS] + [
    Rule(id=PASSWORD_RULE, name="hard-coded-password", category="secret", languages=("*",),
         cwe=(259, 798), likelihood="likely", impact="high", confidence="medium",
         message="Hard-coded password; load it from the environment or a secret manager.",
         docs=_docs("password", "generic", 'DB_PASSWORD = "..."', (259, 798)),
         check_file=partial(check, PASSWORD_RULE), file_gate=reporting,
         fixable=True),
    Rule(id=SECRET_RULE, name="hard-coded-secret", category="secret", languages=("*",),
         cwe=(798,), likelihood="likely", impact="high", confidence="medium",
         message="Hard-coded secret, token or API key; load it from the environment or a "
                 "secret manager.",
         docs=_docs("secret, token or API key", "generic", 'API_TOKEN = "..."', (798,)),
         check_file=partial(check, SECRET_RULE), file_gate=reporting,
         fixable=True),
]
