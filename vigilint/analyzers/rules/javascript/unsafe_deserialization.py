"""## What it does
Flags deserializers that can run code: `node-serialize` `unserialize`, `serialize-to-js`
`deserialize`, `funcster` `deepDeserialize`, `cryo` `parse`, and `js-yaml` `load` with a full
schema (`DEFAULT_FULL_SCHEMA`, or v3's `DEFAULT_SCHEMA`).

## Why is this bad?
These formats can carry functions (`_$$ND_FUNC$$_`, `!!js/function`) that run when the data is
loaded: whoever controls the data runs code on the server (CWE-502).

## Example
```js
const obj = serialize.unserialize(req.cookies.profile);
const cfg = yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA });
```

## Use instead
```js
const obj = JSON.parse(req.cookies.profile);
const cfg = yaml.load(text, { schema: yaml.JSON_SCHEMA });  // js-yaml 4: plain yaml.load
```

## References
- CWE-502: Deserialization of Untrusted Data
- OWASP A08:2021 / A08:2025 Software and Data Integrity Failures
"""

from __future__ import annotations

import re
from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_sites, site_hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules._edits import remove_lines
from vigilint.analyzers.syntax import javascript
from vigilint.model import Fix, Rule

_FULL_SCHEMAS = ("DEFAULT_FULL_SCHEMA", "DEFAULT_SCHEMA")
_YAML = ("js-yaml.load", "js-yaml.loadAll")


def _yaml(ctx: FileContext, call: Node) -> Hit | None:
    """js-yaml with a schema that builds JavaScript objects (functions, regexps)."""
    schema = javascript(ctx).arguments(call).options.get("schema")
    if schema is None:
        return None
    text = ctx.node_text(schema)
    if not text.endswith(_FULL_SCHEMAS):
        return None
    prefix = text.rsplit(".", 1)[0] + "." if "." in text else ""
    fix = Fix(title="Use `JSON_SCHEMA`", safe=False,
              edits=(ctx.edit_node(schema, f"{prefix}JSON_SCHEMA"),))
    return Hit(node=call, likelihood="likely" if text.endswith("FULL_SCHEMA") else "possible",
               fix=fix)


def _check(ctx: FileContext, call: Node) -> Hit | None:
    if javascript(ctx).callee_name(call) in _YAML:
        return _yaml(ctx, call)
    for site in sink_sites(ctx, call, "deserialization"):
        hit = site_hit(ctx, call, site, what="This serialized data",
                       advice="parse it with `JSON.parse`", unknown="likely")
        if hit is not None and site.callee == "node-serialize.unserialize":
            hit = replace(hit, fix=_json_fix(ctx, call))
        return hit
    return None


def _json_fix(ctx: FileContext, call: Node) -> Fix | None:
    """node-serialize `unserialize(text)` -> `JSON.parse(text)` (its text is JSON; the
    `require` goes when nothing else uses it). Unsafe: functions in the data (the reason to
    use node-serialize) are no longer rebuilt."""
    function = call.child_by_field_name("function")
    if function is None or len(javascript(ctx).arguments(call).positional) != 1:
        return None
    edits = [ctx.edit_node(function, "JSON.parse")]
    if function.type == "member_expression":
        module = function.child_by_field_name("object")
        name = ctx.node_text(module) if module is not None else ""
        declaration = next((n for n in javascript(ctx).assigned_values(module)
                            if ctx.node_text(n).replace('"', "'") == "require('node-serialize')"),
                           None) if module is not None and module.type == "identifier" else None
        statement = declaration.parent.parent if declaration is not None and \
            declaration.parent is not None else None
        if statement is not None and statement.type in ("lexical_declaration",
                                                        "variable_declaration") and \
                len(statement.named_children) == 1 and \
                len(re.findall(rf"(?<![\w.$'\"-]){re.escape(name)}\b(?!['\"-])", ctx.text)) == 2:
            edits.insert(0, remove_lines(ctx, statement))
    return Fix(title="Parse the data with `JSON.parse`", safe=False, edits=tuple(edits))


RULE = Rule(
    id="VG-JS-DESER-001",
    name="unsafe-deserialization",
    category="deserialization",
    languages=("javascript",),
    cwe=(502,),
    likelihood="likely",
    impact="critical",
    confidence="high",
    message="This deserializer can run functions embedded in the data; use `JSON.parse` or "
            "`js-yaml` with `JSON_SCHEMA`.",
    prefilter=(*load("javascript").prefilter("deserialization"), "js-yaml"),
    sink_kinds=("deserialization",),
    node_kinds=("call_expression",),
    check=_check,
    fixable=True,
)
