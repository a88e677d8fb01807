"""## What it does
Flags `yaml.load`, `yaml.load_all`, `yaml.unsafe_load` and `yaml.full_load` calls that do not
use a safe loader.

## Why is this bad?
A YAML document can construct arbitrary Python objects. Loading untrusted YAML with the default
or full loader lets its author run code in your process.

## Example
```python
config = yaml.load(data)
```

## Use instead
```python
config = yaml.safe_load(data)
```

## References
- CWE-502: Deserialization of Untrusted Data
- OWASP A08:2021 / A08:2025 Software and Data Integrity Failures
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.fix_edits import remove_argument
from vigilint.analyzers.imports import call_name
from vigilint.analyzers.rules.python._common import constant_derived
from vigilint.model import Fix, Rule

_UNSAFE = {"yaml.load": "yaml.safe_load", "yaml.load_all": "yaml.safe_load_all",
           "yaml.unsafe_load": "yaml.safe_load", "yaml.full_load": "yaml.safe_load",
           "yaml.unsafe_load_all": "yaml.safe_load_all", "yaml.full_load_all": "yaml.safe_load_all"}
_SAFE_LOADERS = ("SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader")


def _check(ctx: FileContext, call: Node) -> Hit | None:
    name = call_name(ctx, call)
    if name not in _UNSAFE:
        return None
    args = call.child_by_field_name("arguments")
    loader = None
    loader_node: Node | None = None
    if args is not None:
        for arg in args.named_children:
            if arg.type == "keyword_argument" and ctx.node_text(arg.child_by_field_name("name")) == "Loader":
                loader = ctx.node_text(arg.child_by_field_name("value"))
                loader_node = arg
        positional = [a for a in args.named_children if a.type != "keyword_argument"]
        if loader is None and len(positional) > 1:
            loader = ctx.node_text(positional[1])
            loader_node = positional[1]
    if loader is not None and loader.split(".")[-1] in _SAFE_LOADERS:
        return None
    data = args.named_children[0] if args is not None and args.named_children else None
    if data is not None and data.type != "keyword_argument" and constant_derived(ctx, data):
        return None  # a document built from literals in this function
    fix = None
    function = call.child_by_field_name("function")
    attr = function.child_by_field_name("attribute") if function is not None else None
    only_data_and_loader = args is not None and len(args.named_children) == 2
    if attr is not None and function is not None and function.type == "attribute" and \
            (loader_node is None or only_data_and_loader):
        # `yaml.load(x, Loader=yaml.Loader)` -> `yaml.safe_load(x)`: the loader goes too
        safe_attr = _UNSAFE[name].split(".")[-1]
        edits = [ctx.edit_node(attr, safe_attr)]
        if loader_node is not None:
            edits.append(remove_argument(ctx, loader_node))
        fix = Fix(title=f"Replace with `{_UNSAFE[name]}`", safe=True, edits=tuple(edits))
    return Hit(node=call, fix=fix)


RULE = Rule(
    id="VG-PY-DESER-001",
    name="yaml-unsafe-load",
    category="deserialization",
    languages=("python",),
    cwe=(502,),
    likelihood="likely",
    impact="critical",
    confidence="high",
    message="`yaml.load` without a safe loader can build arbitrary objects; use `yaml.safe_load`.",
    prefilter=("load",),
    node_kinds=("call",),
    check=_check,
    fixable=True,
)
