"""## What it does
Flags code and expressions evaluated from request data: `ScriptEngine.eval`, Spring SpEL
`parseExpression`, OGNL, MVEL, JEXL, Groovy `GroovyShell.evaluate`, Jakarta EL, and JNDI
lookups (`InitialContext.lookup`) of names from the request.

## Why is this bad?
These evaluators run method calls: input that reaches them runs code with the application's
rights (CWE-94, CWE-917). A JNDI name such as `ldap://attacker/x` makes the server load and run
a class from the attacker's server (the Log4Shell mechanism).

## Example
```java
Expression e = new SpelExpressionParser().parseExpression(request.getParameter("filter"));
```

## Use instead
```java
// evaluate fixed expressions and pass the input as a variable
StandardEvaluationContext ctx = new StandardEvaluationContext();
ctx.setVariable("filter", request.getParameter("filter"));
parser.parseExpression("#filter.length() > 3").getValue(ctx);
```

## References
- CWE-94: Improper Control of Generation of Code ('Code Injection')
- CWE-917: Expression Language Injection
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.dataflow import site_hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.java._common import sites
from vigilint.model import Rule


def _check(ctx: FileContext, node: Node) -> Hit | None:
    for site in sites(ctx, node, "code"):
        if site.callee.endswith(".lookup"):
            hit = site_hit(ctx, node, site, what="This JNDI name",
                           advice="look up fixed names only (an `ldap:` or `rmi:` name loads "
                                  "remote code)", unknown=None)
        else:
            hit = site_hit(ctx, node, site, what="This expression",
                           advice="evaluate fixed expressions and pass the input as a variable",
                           unknown=None)
        if hit is not None:
            return hit
    return None


RULE = Rule(
    id="VG-JAVA-INJ-013",
    name="code-injection",
    category="injection",
    languages=("java",),
    cwe=(94, 917),
    likelihood="likely",
    impact="critical",
    confidence="medium",
    message="Request data is evaluated as code, an expression or a JNDI name; evaluate fixed "
            "expressions and pass the input as data.",
    prefilter=load("java").prefilter("code"),
    sink_kinds=("code",),
    node_kinds=("method_invocation",),
    check=_check,
)
