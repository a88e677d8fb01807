"""## What it does
Flags templates compiled from request data: Thymeleaf `TemplateEngine.process`, FreeMarker
`new Template(name, source, cfg)` / `StringTemplateLoader.putTemplate`, Velocity `evaluate`,
and Spring MVC `@Controller` handlers that return a view name built from request data (Thymeleaf
preprocesses `__${...}__` expressions in view names).

## Why is this bad?
Template languages call methods: a template (or view name) chosen by the client runs code on
the server (server-side template injection, CWE-1336).

## Example
```java
@GetMapping("/page")
String page(@RequestParam String section) {
    return "pages/" + section;
}
```

## Use instead
```java
private static final Set<String> SECTIONS = Set.of("home", "pricing", "about");

@GetMapping("/page")
String page(@RequestParam String section) {
    return SECTIONS.contains(section) ? "pages/" + section : "pages/home";
}
```

## References
- CWE-1336: Improper Neutralization of Special Elements Used in a Template Engine
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import sink_hit
from vigilint.analyzers.dataflow.java import is_route_handler
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.java._common import injection_hit, leading_text
from vigilint.analyzers.syntax import java
from vigilint.model import Rule

_CONTROLLER = "org.springframework.stereotype.Controller"
_PREFIXES = ("redirect:", "forward:")  # not templates: URLs (see VG-JAVA-INJ-010)


def _view_name(ctx: FileContext, node: Node) -> Hit | None:
    """`return "pages/" + input;` in a `@Controller` handler returning a view name."""
    value = node.named_children[0] if node.named_children else None
    if value is None or (leading_text(ctx, value) or "").startswith(_PREFIXES):
        return None
    sem = java(ctx)
    fn = sem.function_at(node)
    if fn is None or not is_route_handler(fn) or \
            sem.resolve_type(ctx.node_text(fn.node.child_by_field_name("type"))) != \
            "java.lang.String" or \
            _CONTROLLER not in {d.name for d in sem.class_annotations(fn.node)} or \
            any(d.name.endswith(".ResponseBody") for d in fn.decorators):
        return None
    return sink_hit(ctx, node, value, "template", what="This view name",
                    advice="choose the view from an allow-list (the view resolver evaluates "
                           "expressions in it)", unknown=None)


def _check(ctx: FileContext, node: Node) -> Hit | None:
    if node.type == "return_statement":
        return _view_name(ctx, node)
    return injection_hit(ctx, node, "template", what="This template",
                         advice="render fixed templates and pass the data as variables",
                         unknown=None)


RULE = Rule(
    id="VG-JAVA-INJ-012",
    name="template-injection",
    category="injection",
    languages=("java",),
    cwe=(1336,),
    likelihood="likely",
    impact="critical",
    confidence="medium",
    message="A template or view name is built from request data; render fixed templates and "
            "pass the data as variables.",
    prefilter=(*load("java").prefilter("template"), "Controller"),
    sink_kinds=("template",),
    node_kinds=("method_invocation", "object_creation_expression", "return_statement"),
    check=_check,
)
