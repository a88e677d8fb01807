"""## What it does
Flags deserializers that can build arbitrary objects: `pickle`/`cPickle`/`_pickle`/`dill`/
`cloudpickle` `load(s)`, `marshal.load(s)`, `shelve.open`, `jsonpickle.decode`,
`pandas.read_pickle`, `numpy.load(..., allow_pickle=True)` and `torch.load` without
`weights_only=True`. "Very likely" when the data comes from untrusted input. A round trip
(`pickle.loads(pickle.dumps(obj))`, a copy of an object the code holds) is only a P4 hint.

## Why is this bad?
A pickle stream is a program: loading one written by someone else runs their code in your
process (`__reduce__`).

## Example
```python
obj = pickle.loads(base64.b64decode(request.cookies["state"]))
model = torch.load(path)
```

## Use instead
```python
obj = json.loads(request.cookies["state"])
model = torch.load(path, weights_only=True)
```

## References
- CWE-502: Deserialization of Untrusted Data
- OWASP A08:2021 / A08:2025 Software and Data Integrity Failures
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_sites
from vigilint.analyzers.fix_edits import python_module
from vigilint.analyzers.imports import call_name
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.python._util import (
    args_of,
    constant_derived,
    is_literal_true,
    keyword,
    taint_hit,
)
from vigilint.model import Fix, Rule

_ADVICE = "use a data-only format such as JSON, or verify the data's signature first"
_PICKLERS = ("pickle", "cPickle", "_pickle", "dill", "cloudpickle", "marshal", "joblib")


_ROUND_TRIP = ("This deserializes data the code has just serialized itself (a copy through "
               "pickle): no outside data reaches it; `copy.deepcopy` does the same without a "
               "deserializer.")
_DUMPERS = {f"{m}.dumps" for m in _PICKLERS} | {"jsonpickle.encode", "jsonpickle.dumps"}


def _round_trip(ctx: FileContext, data: Node | None) -> bool:
    return data is not None and data.type == "call" and call_name(ctx, data) in _DUMPERS


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "deserialization"):
        name = site.callee
        if name.startswith("yaml."):
            return None  # VG-PY-DESER-001 reports YAML loaders
        if name == "keras.models.load_model" and \
                ctx.node_text(keyword(ctx, call, "safe_mode")) != "False":
            return None
        fix = None
        if name == "torch.load":
            if is_literal_true(ctx, keyword(ctx, call, "weights_only")):
                return None
            if keyword(ctx, call, "weights_only") is None and args_of(ctx, call):
                last = args_of(ctx, call)[-1]
                fix = Fix(title="Load tensors only (`weights_only=True`)", safe=False,
                          edits=(ctx.insert_at(last.end_byte, ", weights_only=True"),))
        data = site.arguments[0]
        hit = taint_hit(ctx, call, data, "deserialization", f"`{name}`", _ADVICE,
                        unknown="likely" if site.spec is not None else None,
                        related=site.related)
        if hit is None:
            if site.spec is None or constant_derived(ctx, data):
                return None  # the data is built from literals in this function
            hit = Hit(node=call, likelihood="possible")
        if _round_trip(ctx, data):
            # `pickle.loads(pickle.dumps(obj))`: the code serialised the value itself; a hint
            return Hit(node=call, likelihood="unlikely", impact="low", message=_ROUND_TRIP,
                       fix=_deepcopy_fix(ctx, call, data))
        fix = fix or _json_fix(ctx, call, name)
        if fix is not None:
            hit = Hit(node=hit.node, likelihood=hit.likelihood, message=hit.message, fix=fix,
                      related=hit.related)
        return hit
    return None


_TO_JSON = {f"{m}.{f}": f"json.{f}" for m in ("pickle", "cPickle", "_pickle", "dill",
                                               "cloudpickle") for f in ("loads", "load")}
_TO_JSON.update({"jsonpickle.decode": "json.loads", "jsonpickle.loads": "json.loads",
                 "marshal.loads": "json.loads", "marshal.load": "json.load"})


def _json_fix(ctx: FileContext, call: Node, name: str) -> Fix | None:
    """`pickle.loads(data)` -> `json.loads(data)` (the data must then be JSON: unsafe)."""
    target = _TO_JSON.get(name)
    function = call.child_by_field_name("function")
    arguments = call.child_by_field_name("arguments")
    if target is None or function is None or arguments is None or \
            len(arguments.named_children) != 1 or \
            arguments.named_children[0].type == "keyword_argument":
        return None
    edits = [ctx.edit_node(function, target)]
    needed = python_module(ctx, "json", call)
    if needed is None:
        return None
    edits[:0] = needed
    return Fix(title=f"Read JSON with `{target}` (the data must be written as JSON too)",
               edits=tuple(edits), safe=False)


def _deepcopy_fix(ctx: FileContext, call: Node, dumped: Node) -> Fix | None:
    """`pickle.loads(pickle.dumps(obj))` -> `copy.deepcopy(obj)`."""
    arguments = dumped.child_by_field_name("arguments")
    if arguments is None or len(arguments.named_children) != 1:
        return None
    edits = [ctx.edit_node(call, f"copy.deepcopy({ctx.node_text(arguments.named_children[0])})")]
    needed = python_module(ctx, "copy", call)
    if needed is None:
        return None
    edits[:0] = needed
    return Fix(title="Copy it with `copy.deepcopy`", edits=tuple(edits), safe=False)


RULE = Rule(
    id="VG-PY-DESER-002",
    name="unsafe-deserialization",
    category="deserialization",
    languages=("python",),
    cwe=(502,),
    likelihood="likely",
    impact="critical",
    confidence="high",
    message="This deserializer can run code embedded in the data; use a data-only format such as "
            "JSON (or `torch.load(..., weights_only=True)`).",
    prefilter=load("python").prefilter("deserialization"),
    sink_kinds=("deserialization",),
    node_kinds=("call",),
    check=_check,
    fixable=True,
)
