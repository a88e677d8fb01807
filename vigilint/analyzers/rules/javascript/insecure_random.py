"""## What it does
Flags `Math.random()` used to make security values: tokens, passwords, keys, salts, nonces,
OTPs, session or reset ids (judged from the variable, property or function it feeds).

## Why is this bad?
`Math.random` is a fast, predictable generator (xorshift128+ in V8): a few outputs reveal its
state, so an attacker can predict the next "random" token (CWE-330, CWE-338).

## Example
```js
const resetToken = Math.random().toString(36).substring(2);
```

## Use instead
```js
const resetToken = crypto.randomBytes(32).toString("hex");   // or crypto.randomUUID()
```

## References
- CWE-338: Use of Cryptographically Weak Pseudo-Random Number Generator
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.imports import aliases
from vigilint.analyzers.rules.javascript._common import is_server_file
from vigilint.analyzers.syntax import javascript
from vigilint.analyzers.syntax.javascript import FUNCTION_KINDS
from vigilint.model import Edit, Fix, Rule

_SECURITY = re.compile(r"token|secret|pass(word|wd|phrase)?|pwd|\bkey|[a-z]Key|api_?key|salt|"
                       r"nonce|otp|session|csrf|xsrf|auth|reset|verif|invite|coupon|voucher|"
                       r"uuid|guid|captcha|pin\b|pin[A-Z]|credential|signature|iv\b|seed|"
                       r"confirmation|activation|access_?code|secure", re.IGNORECASE)
_NOT_SECURITY = re.compile(r"color|colour|delay|jitter|backoff|retry|animation|position|"
                           r"shuffle|sample|index|idx|\bx\b|\by\b|width|height|size|offset|angle|"
                           r"speed|duration|timeout|placeholder|mock|fake|demo|test",
                           re.IGNORECASE)
_TO_STRING = re.compile(r"^Math\.random\(\)\.toString\((36|16)\)\.(substring|substr|slice)"
                        r"\(\s*2\s*(,\s*\d+\s*)?\)$")


def _names_around(ctx: FileContext, call: Node) -> tuple[list[str], Node]:
    """Names of what the value flows into: variable, property, enclosing function."""
    names: list[str] = []
    outer = call
    node: Node | None = call
    while node is not None and node.type not in FUNCTION_KINDS and \
            node.type not in ("statement_block", "program"):
        parent = node.parent
        if parent is None:
            break
        if node.type in ("call_expression", "member_expression") and \
                parent.type in ("member_expression", "call_expression") and outer is node:
            outer = parent
        if parent.type == "variable_declarator":
            names.append(ctx.node_text(parent.child_by_field_name("name")))
        elif parent.type == "assignment_expression":
            names.append(ctx.node_text(parent.child_by_field_name("left")))
        elif parent.type == "pair":
            names.append(ctx.node_text(parent.child_by_field_name("key")))
        node = parent
    while node is not None and node.type not in FUNCTION_KINDS:
        node = node.parent
    if node is not None:
        name_node = node.child_by_field_name("name")
        if name_node is None and node.parent is not None and \
                node.parent.type == "variable_declarator":
            name_node = node.parent.child_by_field_name("name")
        if name_node is not None:
            names.append(ctx.node_text(name_node))
    return names, outer


def _check(ctx: FileContext, call: Node) -> Hit | None:
    if javascript(ctx).callee_name(call) != "Math.random":
        return None
    names, outer = _names_around(ctx, call)
    joined = " ".join(names)
    if not _SECURITY.search(joined) or _NOT_SECURITY.search(joined):
        return None
    fix = None
    if _TO_STRING.match(ctx.node_text(outer)):
        crypto = _crypto_alias(ctx)
        replacement = f"{crypto}.randomUUID()" if crypto else "globalThis.crypto.randomUUID()"
        fix = Fix(title=f"Replace with `{replacement}`", safe=False,
                  edits=(ctx.edit_node(outer, replacement),))
    else:
        fix = _random_int_fix(ctx, call)
    return Hit(node=call, fix=fix)


def _crypto_alias(ctx: FileContext) -> str | None:
    return next((k for k, v in aliases(ctx).items() if v in ("crypto", "node:crypto")), None)


_FLOOR = re.compile(r"^Math\.floor\(\s*(?:(\d+)\s*\+\s*)?Math\.random\(\)\s*\*\s*(\d+)\s*\)$")
_RANDOM_INT_SPAN = 2 ** 48  # crypto.randomInt's limit on max - min


def _random_int_fix(ctx: FileContext, call: Node) -> Fix | None:
    """`Math.floor([lo +] Math.random() * n)` -> `crypto.randomInt(lo, lo + n)`: the same
    uniform integers, drawn from the system's CSPRNG (Node.js only)."""
    floor = call.parent
    while floor is not None and floor.type in ("binary_expression", "arguments",
                                               "parenthesized_expression"):
        floor = floor.parent
    if floor is None or floor.type != "call_expression":
        return None
    match = _FLOOR.match(ctx.node_text(floor))
    if match is None:
        return None
    low, span = int(match.group(1) or 0), int(match.group(2))
    if not 0 < span <= _RANDOM_INT_SPAN:
        return None
    bounds = f"{low}, {low + span}" if low else f"{span}"
    crypto = _crypto_alias(ctx)
    edits: list[Edit] = []
    if crypto is not None:
        function = f"{crypto}.randomInt"
    elif not is_server_file(ctx):
        return None  # browser code has no `randomInt`
    elif "randomInt" in aliases(ctx) or "randomInt" in ctx.text:
        return None
    elif "require(" in ctx.text:
        function = "require('node:crypto').randomInt"
    else:
        first = next((c for c in ctx.tree.root_node.named_children
                      if c.type == "import_statement"), None) if ctx.tree else None
        if first is None:
            return None
        function = "randomInt"
        edits.append(ctx.insert_at(first.start_byte, "import { randomInt } from 'node:crypto';\n"))
    return Fix(title=f"Draw the integer with `{function}`", safe=True,
               edits=(*edits, ctx.edit_node(floor, f"{function}({bounds})")))


RULE = Rule(
    id="VG-JS-CRYPTO-005",
    name="insecure-random",
    category="outdated-crypto",
    languages=("javascript",),
    cwe=(338, 330),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="`Math.random()` is predictable and makes a security value here; use "
            "`crypto.randomBytes(32).toString('hex')` or `crypto.randomUUID()`.",
    prefilter=("random",),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
