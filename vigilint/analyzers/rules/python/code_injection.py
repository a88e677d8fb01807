"""## What it does
Flags `eval`, `exec` and `compile` of text that is not a constant. "Very likely" when request
data or route parameters reach it; code from standard input or the command line only (`input()`,
`sys.stdin.read()`, `sys.argv`: the person running the program chooses it, as a shell or REPL
does) is "unlikely". Running a source file's text
(`exec(compile(f.read(), path, "exec"))`, the Python 3 `execfile`, as configuration loaders and
interactive shells do) is a P4 hint unless input reaches it: like an import, the flaw is in who
chooses or writes the file (the path rules check the first); `eval` of a file's text (data
parsed as code) is "unlikely" when its origin is unknown, and so is code built only from the
object's or module's own state (`eval(self.expression)`), none of it from the function's
parameters. Not reported: a code object of unknown origin (a parameter annotated `CodeType`:
its text was compiled where it was written, and that `compile` is the sink), `exec` of a name
the function assigned from `compile(...)` (one flaw, reported at that `compile`) and `compile`
of a syntax tree the program builds node by node (`ast.Module([...])`: values enter it only as
constants), and the program's own source (`inspect.getsource(fn)`, parsed, rewritten and
recompiled: code already in the program). "Unlikely": a function whose name says it runs code (`exec_in`, `runcode`,
`run_source`: its callers pass code by contract; request data from a caller is still reported,
very likely) and an import-path loader (`load("pkg.mod:factory()")`: the same parameter names a
module the function imports first, so whoever chooses it already chooses code to run).

## Why is this bad?
Evaluating data as Python runs whatever code its author wrote, with the process's rights.

## Example
```python
result = eval(request.args["expr"])
```

## Use instead
```python
import ast
result = ast.literal_eval(request.args["expr"])  # literals only
```

## References
- CWE-95: Improper Neutralization of Directives in Dynamically Evaluated Code
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import (
    ARGV,
    HTTP,
    STDIN,
    flow,
    from_parameters,
    sink_sites,
    site_hit,
)
from vigilint.analyzers.dataflow.kinds import param_index
from vigilint.analyzers.fix_edits import python_module
from vigilint.analyzers.imports import aliases
from vigilint.analyzers.models import load
from vigilint.analyzers.syntax import python
from vigilint.model import Fix, Likelihood, Rule

_READS = ("read", "read_text", "read_bytes")
_SCRIPT = ("This runs a Python file as a script (as a configuration loader or a shell's start-up "
           "file does): whoever can write that file runs code here; make sure only the "
           "program's owner can.")


_LOCAL_USER = ("This runs code typed on standard input or given on the command line: the person "
               "running the program chooses it and runs it with their own rights (a shell or a "
               "REPL does this on purpose); make sure no other party can feed that input.")


def _local_user(ctx: FileContext, node: Node) -> bool:
    """The code comes from the local user only (standard input, command-line arguments), not
    from a request."""
    labels = flow(ctx).value(node).all_labels()
    return bool(labels & {ARGV, STDIN}) and HTTP not in labels and \
        not any(param_index(label) is not None for label in labels)


def _file_text(ctx: FileContext, node: Node) -> str:
    """"script" when the code is a source file's text compiled to run (`compile(f.read(), path,
    "exec")`), "text" when it is a file's text as such (`f.read()`, `path.read_text()`), else
    ""."""
    compiled = False
    while node.type == "call":
        function = node.child_by_field_name("function")
        if function is None:
            return ""
        if function.type == "attribute":
            attribute = function.child_by_field_name("attribute")
            if attribute is None or ctx.node_text(attribute) not in _READS:
                return ""
            return "script" if compiled else "text"
        arguments = node.child_by_field_name("arguments")
        if ctx.node_text(function) not in ("compile", "builtins.compile") or arguments is None \
                or not arguments.named_children:
            return ""
        compiled = True
        node = arguments.named_children[0]
    if node.type == "identifier" and _read_into(ctx, node):
        # `code = f.read()` ... `exec(compile(code, path, "exec"))`
        return "script" if compiled else "text"
    return ""


def _read_into(ctx: FileContext, name: Node) -> bool:
    """`name` is assigned a file's text in its function (`code = handle.read()`)."""
    fn = python(ctx).function_at(name)
    if fn is None or fn.body is None:
        return False
    var = re.escape(ctx.node_text(name))
    reads = "|".join(_READS)
    bound = re.compile(rf"(?m)^[ \t]*{var}[ \t]*=[ \t]*[\w.]+\.(?:{reads})\(\)")
    return bound.search(ctx.node_text(fn.body)) is not None


_CODE_TYPES = frozenset({"types.CodeType", "CodeType"})
# function names that announce running code: their callers pass code by contract
_RUNNER_WORDS = frozenset({"exec", "execfile", "runcode", "runsource", "execsource"})
_RUNNER_PAIRS = frozenset({("run", "code"), ("run", "source"), ("exec", "code"),
                           ("exec", "source"), ("exec", "file")})
_NAME_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_IMPORTERS = frozenset({"__import__", "importlib.import_module", "importlib.__import__"})
_UNLIKELY = ("This runs code chosen where its text was written or named (a code-running "
             "helper's argument, or a module path this function imports): check the "
             "callers that supply it, not this call.")


def _code_object(ctx: FileContext, value: Node) -> bool:
    """`exec(code)` where `code` is a parameter annotated `CodeType`: already compiled."""
    if value.type != "identifier":
        return False
    fn = python(ctx).function_at(value)
    name = ctx.node_text(value)
    return fn is not None and any(p.name == name and p.type in _CODE_TYPES for p in fn.params)


def _compiled_here(ctx: FileContext, value: Node) -> bool:
    """`code = compile(...)` ... `exec(code)`: the `compile` call is the sink that reports."""
    if value.type != "identifier":
        return False
    fn = python(ctx).function_at(value)
    if fn is None or fn.body is None:
        return False
    var = re.escape(ctx.node_text(value))
    bound = re.compile(rf"(?m)^[ \t]*{var}[ \t]*=[ \t]*(?:builtins\.)?compile\(")
    return bound.search(ctx.node_text(fn.body)) is not None


def _built_tree(ctx: FileContext, value: Node) -> bool:
    """`compile(module, ...)` of a syntax tree the program builds node by node
    (`ast.Module([...])`, `ast.Expression(...)`): values can only enter it as constants, not
    as code (a tree from `ast.parse(text)` is text and stays reported)."""
    text = ctx.node_text(value)
    if value.type == "identifier":
        fn = python(ctx).function_at(value)
        if fn is None or fn.body is None:
            return False
        var = re.escape(text)
        found = re.search(rf"(?m)^[ \t]*{var}[ \t]*=[ \t]*(.+)$", ctx.node_text(fn.body))
        if found is None:
            return False
        text = found.group(1)
    return _AST_BUILT.match(text) is not None


_AST_BUILT = re.compile(r"(?:ast\.fix_missing_locations\(\s*)?ast\.(?:Module|Expression|"
                        r"Interactive|FunctionType)\(")


def _runner(ctx: FileContext, call: Node) -> bool:
    """The enclosing function's name says it runs code (`exec_in`, `runcode`, `run_source`)."""
    fn = python(ctx).function_at(call)
    if fn is None:
        return False
    words = [w.lower() for w in _NAME_WORDS.findall(fn.name)]
    return bool(_RUNNER_WORDS.intersection(words)) or \
        any(pair in _RUNNER_PAIRS for pair in itertools.pairwise(words))


def _import_loader(ctx: FileContext, value: Node) -> bool:
    """The parameters that make `value` also name a module the function imports
    (`__import__(module)` ... `eval("%s.%s" % (module, target))`)."""
    fn = python(ctx).function_at(value)
    if fn is None or fn.body is None:
        return False
    values = flow(ctx)
    wanted = {label for label in values.value(value).all_labels() if param_index(label) is not None}
    if not wanted:
        return False
    stack = [fn.body]
    while stack:
        node = stack.pop()
        if node.type == "call":
            function = node.child_by_field_name("function")
            arguments = node.child_by_field_name("arguments")
            name = ctx.node_text(function) if function is not None else ""
            if (name in _IMPORTERS or name == "import_module") and arguments is not None \
                    and arguments.named_children:
                labels = values.value(arguments.named_children[0]).all_labels()
                if wanted & labels:
                    return True
        stack.extend(node.named_children)
    return False


def _check(ctx: FileContext, call: Node) -> Hit | None:
    for site in sink_sites(ctx, call, "code"):
        function = call.child_by_field_name("function")
        if function is not None and function.type == "identifier" and \
                ctx.node_text(function) in aliases(ctx):
            return None  # an imported function that happens to be called `eval`
        if site.spec is not None and site.callee.rsplit(".", 1)[-1] in ("exec", "eval") and \
                site.arguments and \
                _compiled_here(ctx, site.arguments[0]):
            return None  # one flaw: the `compile(...)` that made the code object reports it
        if site.spec is not None and site.callee.rsplit(".", 1)[-1] == "compile" and \
                site.arguments and _built_tree(ctx, site.arguments[0]):
            return None
        read = _file_text(ctx, site.arguments[0]) if site.arguments else ""
        if read == "text" and site.callee.rsplit(".", 1)[-1] in ("exec", "compile"):
            read = "script"  # `exec(f.read())`, Python 3's execfile; a file compiled to run
        # `eval` of a file's text is data parsed as code, which whoever writes the file
        # controls; a script file run as such is like an import: a hint
        # built from the object's or module's own state (`eval(self.expression)`), none of it
        # from what callers pass: code the program holds, not input
        unknown: Likelihood = "possible" if not read and site.arguments and \
            from_parameters(ctx, site.arguments[0]) else "unlikely"
        hit = site_hit(ctx, call, site, what=f"`{site.callee}`",
                       advice="parse data with `ast.literal_eval` or `json.loads` instead of "
                              "running it", unknown=unknown)
        if hit is not None and read == "script" and hit.likelihood != "very-likely":
            return Hit(node=hit.node, likelihood="unlikely", impact="medium", message=_SCRIPT)
        if hit is not None and hit.likelihood == "very-likely" and site.arguments and \
                _local_user(ctx, site.arguments[0]):
            return Hit(node=hit.node, likelihood="unlikely", message=_LOCAL_USER,
                       related=hit.related)
        if hit is not None and hit.likelihood == "possible" and site.arguments and \
                _code_object(ctx, site.arguments[0]):
            return None
        if hit is not None and hit.likelihood == "possible" and site.arguments and (
                _runner(ctx, call) or _import_loader(ctx, site.arguments[0])):
            return Hit(node=hit.node, likelihood="unlikely", message=_UNLIKELY,
                       related=hit.related)
        if hit is not None and hit.fix is None and site.callee == "eval":
            hit = replace(hit, fix=_literal_eval_fix(ctx, call))
        return hit
    return None


_TEMPLATES = ("string", "binary_operator", "concatenated_string")


def _literal_eval_fix(ctx: FileContext, call: Node) -> Fix | None:
    """`eval(data)` -> `ast.literal_eval(data)`: for one argument that is data, not a code
    template (`eval("handler_%s()" % name)` calls code by name: no literal to parse there)."""
    function = call.child_by_field_name("function")
    arguments = call.child_by_field_name("arguments")
    if function is None or function.type != "identifier" or arguments is None or \
            len(arguments.named_children) != 1:
        return None
    argument = arguments.named_children[0]
    if argument.type in _TEMPLATES or argument.type.endswith("splat") or \
            argument.type == "keyword_argument":
        return None
    edits = [ctx.edit_node(function, "ast.literal_eval")]
    needed = python_module(ctx, "ast", call)
    if needed is None:
        return None
    edits[:0] = needed
    return Fix(title="Parse it as a literal with `ast.literal_eval` (it no longer runs code)",
               edits=tuple(edits), safe=False)


RULE = Rule(
    id="VG-PY-INJ-003",
    name="code-injection",
    category="injection",
    languages=("python",),
    cwe=(95,),
    likelihood="likely",
    impact="critical",
    confidence="medium",
    message="`eval`/`exec` runs text that is not a constant; parse data with `ast.literal_eval` "
            "or `json.loads` instead.",
    prefilter=load("python").prefilter("code"),
    sink_kinds=("code",),
    node_kinds=("call",),
    check=_check,
    fixable=True,
)
