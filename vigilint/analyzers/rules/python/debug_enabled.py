"""## What it does
Flags debug mode left on: `app.run(debug=True)` (Flask, also with `host="0.0.0.0"`),
`app.debug = True`, `app.config["DEBUG"] = True`, and `DEBUG = True` in Django settings modules
(not in files named like local or development settings).

## Why is this bad?
The Werkzeug debugger executes arbitrary Python from the browser, and Django's debug pages show
settings, source and SQL to anyone who triggers an error.

## Example
```python
app.run(host="0.0.0.0", debug=True)
```

## Use instead
```python
app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
```

## References
- CWE-489: Active Debug Code
- CWE-215: Insertion of Sensitive Information Into Debugging Code
- OWASP A05:2021 / A02:2025 Security Misconfiguration
"""

from __future__ import annotations

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.fix_edits import python_import
from vigilint.analyzers.rules.python._common import is_literal_true, keyword, keyword_arg
from vigilint.model import Fix, Rule

_ALL_INTERFACES = ("0.0.0.0", "::")  # noqa: S104 - the values this rule looks for
_DEV_WORDS = re.compile(r"local|dev|develop|development|test|testing|debug", re.I)


def _dev_settings(path: str) -> bool:
    """A development settings module (`settings_dev.py`, `local_settings.py`): a development
    word in the file name. One search in the name, not `(dev|...)[^/]*\\.py$` over the whole
    path, which is quadratic on a long name."""
    name = path.rsplit("/", 1)[-1]
    return name.lower().endswith(".py") and _DEV_WORDS.search(name[:-3]) is not None


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "call":
        function = node.child_by_field_name("function")
        if function is None or function.type != "attribute" or \
                ctx.node_text(function.child_by_field_name("attribute")) != "run":
            return None
        value = keyword(ctx, node, "debug")
        if not is_literal_true(ctx, value) or ctx.is_test_path:
            return None
        public = ctx.node_text(keyword(ctx, node, "host")).strip("'\"") in _ALL_INTERFACES
        assert value is not None
        return Hit(node=keyword_arg(ctx, node, "debug"),
                   likelihood="very-likely" if public else None,
                   fix=Fix(title="Turn debug mode off", safe=True,
                           edits=(ctx.edit_node(value, "False"),)),
                   message="Debug mode is on" + (" on a public interface" if public else "") +
                           "; the debugger runs code for anyone who reaches it. Use `debug=False`.")
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    if left is None or right is None or not is_literal_true(ctx, right):
        return None
    target = ctx.node_text(left).replace("'", '"')
    if target in ("app.debug", 'app.config["DEBUG"]') and not ctx.is_test_path:
        return Hit(node=node, fix=Fix(title="Turn debug mode off", safe=True,
                                      edits=(ctx.edit_node(right, "False"),)))
    if target == "DEBUG" and node.parent is not None and node.parent.parent is not None and \
            node.parent.parent.type == "module" and "settings" in ctx.path.lower() and \
            not _dev_settings(ctx.path) and not ctx.is_test_path:
        edits = [ctx.edit_node(right, 'os.environ.get("DJANGO_DEBUG") == "1"')]
        imported = python_import(ctx, "os")
        if imported is not None:
            edits.insert(0, imported)
        return Hit(node=node, message="`DEBUG = True` in a settings module shows source and "
                                      "settings on error pages; read it from the environment.",
                   fix=Fix(title="Read `DEBUG` from the environment (`DJANGO_DEBUG=1`)",
                           safe=False, edits=tuple(edits)))
    return None


RULE = Rule(
    id="VG-PY-DEF-001",
    name="debug-mode-enabled",
    category="insecure-default",
    languages=("python",),
    cwe=(489, 215),
    likelihood="likely",
    impact="high",
    confidence="high",
    message="Debug mode is enabled; the debugger and error pages expose code execution and "
            "secrets. Use `debug=False` in deployed code.",
    prefilter=("debug", "DEBUG"),
    node_kinds=("call", "assignment"),
    check=_check,
    fixable=True,
)
