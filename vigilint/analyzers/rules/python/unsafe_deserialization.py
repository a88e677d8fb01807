"""## What it does
Flags deserializers that can build arbitrary objects: `pickle`/`cPickle`/`_pickle`/`dill`/
`cloudpickle` `load(s)`, `marshal.load(s)`, `shelve.open`, `jsonpickle.decode`,
`pandas.read_pickle`, `numpy.load(..., allow_pickle=True)` and `torch.load` without
`weights_only=True`. "Very likely" when the data comes from untrusted input. A round trip
(`pickle.loads(pickle.dumps(obj))`, a copy of an object the code holds) is only a P4 hint; a
local file the function opens itself (a cache or snapshot on disk) is "unlikely": the risk is
whoever can write the file. So is data of unknown origin in a class that writes pickles in another
method (a cache or queue backend loading what it stored), and so is a serializer's decode method
loading its own parameter in a class that has the encoding half (`encode`/`dumps`/`serialize`):
its callers hand it what they read back from their store; request data stays "very likely".
A load that runs only after an `if` compared an HMAC computed in the same function (a signed
cookie: what the advice below asks for) is "unlikely": the key's holder can still run code.

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

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_sites
from vigilint.analyzers.fix_edits import python_module
from vigilint.analyzers.imports import call_name
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.python._common import (
    args_of,
    constant_derived,
    is_literal_true,
    keyword,
    taint_hit,
)
from vigilint.analyzers.syntax import python
from vigilint.model import Fix, Rule

_ADVICE = "use a data-only format such as JSON, or verify the data's signature first"
_PICKLERS = ("pickle", "cPickle", "_pickle", "dill", "cloudpickle", "marshal", "joblib")


_ROUND_TRIP = ("This deserializes data the code has just serialized itself (a copy through "
               "pickle): no outside data reaches it; `copy.deepcopy` does the same without a "
               "deserializer.")
_DUMPERS = {f"{m}.dumps" for m in _PICKLERS} | {"jsonpickle.encode", "jsonpickle.dumps"}


_OWN_STORE = ("This loads pickles from a store its class fills with pickles itself (a cache, "
              "a queue): whoever can write to that store can run code here; keep it private to "
              "the program or sign what it holds.")
_WRITES = re.compile(
    rb"\b(?:pickle|cPickle|_pickle|dill|cloudpickle|marshal|joblib)\.dumps?\s*\(")


def _own_store(ctx: FileContext, call: Node) -> bool:
    """The class around the call writes pickles in another method (a cache or queue backend
    whose `set` pickles what its `get` loads): what it loads from a store of unknown origin is
    most likely what it wrote there."""
    method: Node | None = None
    node = call.parent
    while node is not None and node.type != "class_definition":
        if node.type == "function_definition":
            method = node
        node = node.parent
    if node is None or method is None:
        return False
    source = ctx.source
    return any(not (method.start_byte <= m.start() < method.end_byte)
               for m in _WRITES.finditer(source, node.start_byte, node.end_byte))


_CODEC = ("This loads pickles in a serializer's decode method: it decodes what its callers read "
          "back from where the encoded data was kept (a session or cache store), so whoever can "
          "write that store can run code here; keep the store private, sign what it holds, or "
          "drop the pickle format.")
_DECODE_WORDS = frozenset({"decode", "deserialize", "deserialise", "loads", "load", "unpack",
                           "unserialize", "unserialise", "unpickle"})
_ENCODE_WORDS = frozenset({"encode", "serialize", "serialise", "dumps", "dump", "pack",
                           "pickle"})
_WORD = re.compile(r"[a-z]+|[A-Z][a-z]*")


def _words(name: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(name)}


def _codec_decode(ctx: FileContext, call: Node, data: Node | None) -> bool:
    """`def decode(self, data): ... pickle.loads(data)` in a class that also has the encoding
    half (`encode`, `dumps`, `serialize`): a serializer, whose input is its caller's parameter
    (the encoded form it, or an earlier version of it, produced), not a request."""
    if data is None or data.type != "identifier":
        return False
    fn = call.parent
    while fn is not None and fn.type != "function_definition":
        fn = fn.parent
    if fn is None:
        return False
    params = fn.child_by_field_name("parameters")
    if params is None or ctx.node_text(data) not in {
            ctx.node_text(n) for n in params.named_children if n.type == "identifier"} | {
            ctx.node_text(n.named_children[0]) for n in params.named_children
            if n.type != "identifier" and n.named_children
            and n.named_children[0].type == "identifier"}:
        return False
    holder = fn.parent.parent if fn.parent is not None and \
        fn.parent.type == "decorated_definition" else fn
    block = holder.parent if holder is not None else None
    cls = block.parent if block is not None and block.type == "block" else None
    if cls is None or cls.type != "class_definition" or block is None:
        return False
    own = ctx.node_text(fn.child_by_field_name("name"))
    if not _words(own) & _DECODE_WORDS:
        return False
    for member in block.named_children:
        if member.type == "decorated_definition":
            member = member.child_by_field_name("definition") or member
        if member.type == "function_definition":
            name = ctx.node_text(member.child_by_field_name("name"))
            if name != own and _words(name) & _ENCODE_WORDS:
                return True
    return False


_SIGNED = ("This loads a pickle only after checking its HMAC (signed data, as this rule "
           "advises): whoever holds the key can still run code here, so keep the key secret "
           "and prefer a data-only format.")
_COMPARE = re.compile(r"compare_digest|_?lscmp|constant_time_compare|safe_str_cmp|"
                      r"timingsafe|compare_signatures?|verify_signature", re.IGNORECASE)
_KEYED = re.compile(r"\bhmac\.(?:new|HMAC|digest)\(|\bHMAC\(")


def _after_mac_check(ctx: FileContext, call: Node) -> bool:
    """`if compare_digest(sig, hmac.new(key, msg, sha256).digest()): pickle.loads(msg)`: the
    call runs only when an `if` around it compared a signature, and its function computes an
    HMAC (a signed cookie or message)."""
    below, fn = call, call.parent
    condition_ok = False
    while fn is not None and fn.type != "function_definition":
        if fn.type in ("if_statement", "elif_clause") and \
                fn.child_by_field_name("consequence") == below:
            condition = fn.child_by_field_name("condition")
            if condition is not None and _COMPARE.search(ctx.node_text(condition)) and \
                    condition.type != "not_operator":
                condition_ok = True
        below, fn = fn, fn.parent
    return condition_ok and fn is not None and _KEYED.search(ctx.node_text(fn)) is not None


def _round_trip(ctx: FileContext, data: Node | None) -> bool:
    return data is not None and data.type == "call" and call_name(ctx, data) in _DUMPERS


_LOCAL_FILE = ("This loads a pickle from a local file: whoever can write that file can run code "
               "here; keep the file private to the program or use a data-only format.")
_READS = ("read", "read_bytes")
_OPENERS = ("open", "io.open", "gzip.open", "bz2.open", "lzma.open")


def _opened_here(ctx: FileContext, name: Node) -> bool:
    """`name` is bound to a file this function opens (`with open(p, "rb") as f`, `f = open(p)`)."""
    fn = python(ctx).function_at(name)
    scope = fn.body if fn is not None and fn.body is not None else None
    if scope is None:
        return False
    var = re.escape(ctx.node_text(name))
    opener = "|".join(re.escape(o) for o in _OPENERS)
    bound = re.compile(rf"(?:\b(?:{opener})\([^\n]*\)\s+as\s+{var}\b|\b{var}\s*=\s*(?:{opener})\()")
    return bound.search(ctx.node_text(scope)) is not None


def _local_file(ctx: FileContext, data: Node | None) -> bool:
    """The data is a local file's content: a file opened here (`pickle.load(f)`), or what its
    `read()` returned, possibly decompressed first (`pickle.loads(zlib.decompress(f.read()))`)."""
    while data is not None:
        if data.type == "identifier":
            return _opened_here(ctx, data)
        if data.type != "call":
            return False
        function = data.child_by_field_name("function")
        arguments = data.child_by_field_name("arguments")
        if function is not None and function.type == "attribute":
            attribute = function.child_by_field_name("attribute")
            if attribute is not None and ctx.node_text(attribute) in _READS:
                receiver = function.child_by_field_name("object")
                return receiver is not None and (
                    ctx.node_text(attribute) == "read_bytes" or _local_file(ctx, receiver)
                    or (receiver.type == "call" and call_name(ctx, receiver) in _OPENERS))
        if arguments is None or len(arguments.named_children) != 1:
            return False
        data = arguments.named_children[0]  # `zlib.decompress(...)`: look inside
    return False


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
        if hit.likelihood != "very-likely" and _local_file(ctx, data):
            return Hit(node=call, likelihood="unlikely", message=_LOCAL_FILE, fix=fix)
        if hit.likelihood != "very-likely" and _own_store(ctx, call):
            return Hit(node=call, likelihood="unlikely", message=_OWN_STORE, fix=fix)
        if _after_mac_check(ctx, call):
            return Hit(node=call, likelihood="unlikely", message=_SIGNED, fix=fix)
        if hit.likelihood != "very-likely" and _codec_decode(ctx, call, data):
            return Hit(node=call, likelihood="unlikely", message=_CODEC, fix=fix)
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
