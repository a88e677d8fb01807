"""## What it does
Flags `eval`, `new Function`, `vm.runInThisContext`/`runInNewContext`/`runInContext`,
`new vm.Script` and string forms of `setTimeout`/`setInterval` with non-constant code, and
`require(...)`/`import(...)` of a module named by request data.

## Why is this bad?
Evaluating a string built from input runs whatever code the input holds, with all the
privileges of the process (CWE-95).

## Example
```js
const result = eval(req.query.expr);
```

## Use instead
```js
const result = JSON.parse(req.query.data);       // data, not code
// or a real expression parser (mathjs `evaluate`, a small grammar)
```

## References
- CWE-95: Improper Neutralization of Directives in Dynamically Evaluated Code ('Eval Injection')
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

import re
from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import flow, related_source, sink_sites, site_hit
from vigilint.analyzers.models import load, short_name
from vigilint.analyzers.rules._edits import concat_operands
from vigilint.analyzers.rules.javascript._common import built
from vigilint.analyzers.syntax import javascript
from vigilint.analyzers.syntax.javascript import FUNCTION_KINDS
from vigilint.model import Fix, Rule

_TIMERS = frozenset({"setTimeout", "setInterval", "setImmediate"})
_LOADERS = frozenset({"require", "import"})
_KINDS = frozenset({"code", "template"})


def _stringish(ctx: FileContext, node: Node) -> bool:
    """A timer's argument that is text (a function is the normal, safe use)."""
    if node.type in FUNCTION_KINDS:
        return False
    return node.type in ("string", "template_string") or built(ctx, node) or \
        isinstance(flow(ctx).value(node).const, str)


def _check(ctx: FileContext, node: Node) -> Hit | None:
    for site in sink_sites(ctx, node, _KINDS):
        short = short_name(site.callee)
        if short in _TIMERS and not _stringish(ctx, site.arguments[0]):
            continue
        if short in _LOADERS and site.spec is not None:
            if javascript(ctx).string_value(site.arguments[0]) is not None:
                continue  # require('module'): the common, constant case
            verdict = flow(ctx).verdict(site.arguments[0], "code")
            if verdict.level != "tainted":
                continue
            return Hit(node=node, likelihood="very-likely",
                       message=f"The module to load comes from {verdict.description}; map "
                               "allowed names to modules instead of passing input to "
                               "`require`/`import()`.", related=related_source(ctx, verdict))
        if site.kind == "template":
            hit = site_hit(ctx, node, site, what="This template source",
                           advice="keep templates in files and pass data in the render "
                                  "context", unknown=None)
        else:
            hit = site_hit(ctx, node, site, what="This evaluated code",
                           advice="parse data with `JSON.parse` or a dedicated parser instead "
                                  "of evaluating it")
            if hit is not None and short in ("eval", *_TIMERS) and site.arguments:
                hit = replace(hit, fix=_eval_fix(ctx, node, short, site.arguments[0]))
        if hit is not None:
            return hit
    return None


_PROPERTY_PATH = re.compile(r"^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*\.$")
_VALUES = frozenset({"identifier", "member_expression", "subscript_expression",
                     "call_expression"})


def _operands(ctx: FileContext, node: Node) -> list[Node] | None:
    """The operands of a `+` chain (or the template's pieces), left to right."""
    if node.type == "template_string":
        return list(node.named_children)
    return concat_operands(ctx, node)


def _eval_fix(ctx: FileContext, call: Node, callee: str, code: Node) -> Fix | None:
    """The evaluations that only ever meant data: `eval('(' + json + ')')` ->
    `JSON.parse(json)`, `eval('/' + source + '/' + flags)` -> `new RegExp(source, flags)`,
    `eval('obj.' + name)` -> `obj[name]`; a timer's code string whose values sit in quotes ->
    an arrow function taking the values as they are. Unsafe: JSON is stricter than JS, and a
    property path with dots no longer walks several levels."""
    sem = javascript(ctx)
    parts = _operands(ctx, code)
    if not parts:
        return None
    texts = [sem.string_value(p) if p.type == "string" else None for p in parts]
    values = [ctx.node_text(p) for p in parts]
    kinds = [p.type for p in parts]
    if callee == "eval" and len(parts) == 3 and texts[0] == "(" and texts[2] == ")" and \
            kinds[1] in _VALUES:
        replacement, title = f"JSON.parse({values[1]})", "Parse the data with `JSON.parse`"
    elif callee == "eval" and len(parts) == 4 and texts[0] == "/" and texts[2] == "/" and \
            kinds[1] in _VALUES and kinds[3] in _VALUES:
        replacement = f"new RegExp({values[1]}, {values[3]})"
        title = "Build the pattern with `new RegExp`"
    elif callee == "eval" and len(parts) == 2 and texts[0] is not None and \
            _PROPERTY_PATH.match(texts[0]) and kinds[1] in _VALUES:
        replacement = f"{texts[0][:-1]}[{values[1]}]"
        title = "Read the property by name"
    elif callee in ("setTimeout", "setInterval") and code.type == "template_string":
        body = _quoted_values(ctx, parts)
        if body is None:
            return None
        return Fix(title="Pass a function instead of a code string", safe=False,
                   edits=(ctx.edit_node(code, f"() => {{ {body} }}"),))
    else:
        return None
    return Fix(title=title, safe=False, edits=(ctx.edit_node(call, replacement),))


def _quoted_values(ctx: FileContext, parts: list[Node]) -> str | None:
    """The code of a template whose every substitution sits alone in quotes
    (`console.log('${name}')` -> `console.log(name)`); None otherwise."""
    out: list[str] = []
    closing = ""  # the quote the next fragment must open with (it is dropped)
    for part in parts:
        if part.type == "string_fragment":
            text = ctx.node_text(part)
            if closing:
                if not text.startswith(closing):
                    return None
                text, closing = text[1:], ""
            out.append(text)
            continue
        if closing or part.type != "template_substitution" or len(part.named_children) != 1 \
                or part.named_children[0].type not in _VALUES:
            return None
        before = out[-1] if out else ""
        if not before or before[-1] not in "'\"":
            return None
        out[-1], closing = before[:-1], before[-1]
        out.append(ctx.node_text(part.named_children[0]))
    code = "".join(out)
    if closing or code.count("'") % 2 or code.count('"') % 2:
        return None
    return code


RULE = Rule(
    id="VG-JS-INJ-003",
    name="code-injection",
    category="injection",
    languages=("javascript",),
    cwe=(95, 94),
    likelihood="likely",
    impact="critical",
    confidence="high",
    message="Non-constant code is evaluated; parse data with `JSON.parse` or a dedicated "
            "parser instead of `eval`/`new Function`/`vm`.",
    prefilter=load("javascript").prefilter("code", "template"),
    sink_kinds=("code", "template"),
    node_kinds=("call_expression", "new_expression"),
    check=_check,
    fixable=True,
)
