"""## What it does
Flags `math/rand` (and `math/rand/v2`) used to make security values: any call in a function
or assignment whose names mention tokens, passwords, keys, secrets, sessions, nonces, salts or
OTPs, and `rand.Read` from `math/rand` anywhere.

## Why is this bad?
`math/rand` is a deterministic generator: its output can be predicted (and before Go 1.20 it
was seeded with 1 unless seeded by hand), so tokens made with it can be guessed (CWE-338).

## Example
```go
import "math/rand"
token := make([]byte, 32)
rand.Read(token)
```

## Use instead
```go
import "crypto/rand"
token := make([]byte, 32)
if _, err := rand.Read(token); err != nil { return err }
```

## References
- CWE-338: Use of Cryptographically Weak PRNG
- OWASP A02:2021 / A04:2025 Cryptographic Failures
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules._edits import (
    go_drop_import,
    go_import,
    go_import_spec,
    go_package,
)
from vigilint.analyzers.rules.go._common import SECURITY_NAME, call_name, enclosing_function
from vigilint.analyzers.syntax import go
from vigilint.model import Edit, Fix, Rule


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call)
    if not name.startswith(("math/rand.", "math/rand/v2.")):
        return None
    function_name = name.rsplit(".", 1)[-1]
    if function_name in ("Seed", "New", "NewSource", "NewPCG", "NewChaCha8"):
        return None
    if function_name == "Read" and name.startswith("math/rand."):
        return Hit(node=call, likelihood="likely", fix=_read_fix(ctx, call))
    if function_name == "Read":
        return Hit(node=call, likelihood="likely")
    if _flagged(ctx, call):
        return Hit(node=call, likelihood="likely",
                   fix=_intn_fix(ctx, call) if name == "math/rand.Intn" else None)
    return None


def _flagged(ctx: FileContext, call: Node) -> bool:
    """A security-looking function or line (a token, key, password...)."""
    function = enclosing_function(ctx, call)
    header = ""
    if function is not None:
        body = function.child_by_field_name("body")
        end = body.start_byte if body is not None else function.end_byte
        header = ctx.source[function.start_byte:end].decode("utf-8", "replace")
    line = ctx.lines[call.start_point[0]]
    return bool(SECURITY_NAME.search(header) or SECURITY_NAME.search(line))


_HELPER = "secureIntn"


def _intn_fix(ctx: FileContext, call: Node) -> Fix | None:
    """`rand.Intn(n)` of math/rand -> `secureIntn(n)`, a helper added to the file that draws
    from `crypto/rand` (`rand.Int(rand.Reader, big.NewInt(n))`); the math/rand import goes
    when this was its only use. Not offered when other flagged calls would also leave it
    unused. Unsafe: the helper panics if the system's random source fails."""
    function = call.child_by_field_name("function")
    if function is None or function.type != "selector_expression" or \
            re.search(rf"\b{_HELPER}\b", ctx.text):
        return None
    alias = ctx.node_text(function.child_by_field_name("operand"))
    root = ctx.tree.root_node if ctx.tree is not None else None
    uses = [n for n in ctx.walk(root) if n.type == "selector_expression" and
            ctx.node_text(n.child_by_field_name("operand")) == alias] if root is not None else []
    others = [n for n in uses if n.id != function.id]
    if any(n.parent is not None and n.parent.type == "call_expression" and
           ctx.node_text(n.child_by_field_name("field")) == "Intn" and _flagged(ctx, n.parent)
           for n in others):
        return None  # fixed together, they would leave the import unused
    found = _crypto_rand(ctx)
    if found is None:
        return None
    crypto, edits = found
    big, more = go_package(ctx, "math/big")
    edits += more
    if not others:
        dropped = go_drop_import(ctx, "math/rand")
        if dropped is None:
            return None
        edits.append(dropped)
    helper = (f"\n\n// {_HELPER} is a uniform random int in [0, n) from crypto/rand.\n"
              f"func {_HELPER}(n int) int {{\n"
              f"\tv, err := {crypto}.Int({crypto}.Reader, {big}.NewInt(int64(n)))\n"
              "\tif err != nil {\n\t\tpanic(err)\n\t}\n"
              "\treturn int(v.Int64())\n}\n")
    end = len(ctx.source.rstrip())
    edits += [ctx.edit_node(function, _HELPER), ctx.edit_bytes(end, len(ctx.source), helper)]
    return Fix(title="Draw the number from `crypto/rand`", safe=False, edits=tuple(edits))


def _read_fix(ctx: FileContext, call: Node) -> Fix | None:
    """`rand.Read(b)` of math/rand -> crypto/rand's `Read` (same signature, fills `b` from the
    system's CSPRNG): the import itself switches when `Read` is all the file uses of it."""
    function = call.child_by_field_name("function")
    if function is None or function.type != "selector_expression":
        return None
    alias = ctx.node_text(function.child_by_field_name("operand"))
    uses = re.findall(rf"\b{re.escape(alias)}\.(\w+)", ctx.text)
    title = "Read the bytes from `crypto/rand`"
    if set(uses) == {"Read"}:
        spec = go_import_spec(ctx, "math/rand")
        path = spec.child_by_field_name("path") if spec is not None else None
        if path is None:
            return None
        return Fix(title=title, safe=True, edits=(ctx.edit_node(path, '"crypto/rand"'),))
    found = _crypto_rand(ctx)
    if found is None:
        return None
    crypto, edits = found
    edits.append(ctx.edit_node(function, f"{crypto}.Read"))
    return Fix(title=title, safe=True, edits=tuple(edits))


RULE = Rule(
    id="VG-GO-CRYPTO-003",
    name="weak-random",
    category="outdated-crypto",
    languages=("go",),
    cwe=(338,),
    likelihood="likely",
    impact="high",
    confidence="medium",
    message="`math/rand` is predictable; use `crypto/rand` for tokens, keys and secrets.",
    prefilter=("math/rand",),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)


def _crypto_rand(ctx: FileContext) -> tuple[str, list[Edit]] | None:
    """The name `crypto/rand` goes by in the file, with the import to add when it is not
    imported yet (as `crand`, beside `math/rand`); None when the import cannot be added."""
    crypto = next((a for a, path in go(ctx).imports().items() if path == "crypto/rand"), None)
    if crypto is not None:
        return crypto, []
    added = go_import(ctx, "crypto/rand", alias="crand")
    return None if added is None else ("crand", [added])
