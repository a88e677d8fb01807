"""## What it does
Flags SQL text built from request data (or from values of unknown origin) passed to JDBC
`Statement.execute*`/`addBatch`, `Connection.prepareStatement`/`prepareCall`, Spring
`JdbcTemplate.query*`/`update`/`execute` and JPA/Hibernate `createQuery`/`createNativeQuery`.

## Why is this bad?
Concatenating input into SQL lets an attacker change the query: read other users' rows, bypass
login checks or drop tables (CWE-89). `prepareStatement(sql + id)` is no better than
`Statement.execute`: only bound parameters keep data out of the SQL grammar.

## Example
```java
String sql = "SELECT * FROM users WHERE name = '" + request.getParameter("name") + "'";
statement.executeQuery(sql);
```

## Use instead
```java
PreparedStatement ps = connection.prepareStatement("SELECT * FROM users WHERE name = ?");
ps.setString(1, request.getParameter("name"));
ps.executeQuery();
```

## References
- CWE-89: SQL Injection
- OWASP A03:2021 / A05:2025 Injection
- OWASP SQL Injection Prevention Cheat Sheet
"""

from __future__ import annotations

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.models import load
from vigilint.analyzers.rules.java._common import injection_hit
from vigilint.model import Rule


def _check(ctx: FileContext, node: Node) -> Hit | None:
    return injection_hit(ctx, node, "sql", what="This SQL statement",
                         advice="use a `PreparedStatement` with `?` parameters and bind the "
                                "values")


RULE = Rule(
    id="VG-JAVA-INJ-001",
    name="sql-injection",
    category="injection",
    languages=("java",),
    cwe=(89,),
    likelihood="likely",
    impact="critical",
    confidence="medium",
    message="SQL text is built from non-constant data; use a `PreparedStatement` with `?` "
            "parameters.",
    prefilter=load("java").prefilter("sql"),
    sink_kinds=("sql",),
    node_kinds=("method_invocation",),
    check=_check,
)
