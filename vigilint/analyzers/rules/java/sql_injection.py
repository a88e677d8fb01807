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

import re

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.rules.java._common import name_of, receiver_text, taint_sink
from vigilint.model import Rule

_JDBC = frozenset({"execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch",
                   "prepareStatement", "prepareCall", "nativeSQL"})
_TEMPLATE = frozenset({"query", "queryForObject", "queryForList", "queryForMap",
                       "queryForRowSet", "queryForLong", "queryForInt", "queryForStream",
                       "update", "batchUpdate", "execute"})
_JPA = frozenset({"createQuery", "createNativeQuery", "createSQLQuery"})
_DB_PARTS = ("stat", "stmt", "jdbc", "template", "conn", "sql", "database", "session",
             "entitymanager", "query", "dao", "repo")
_DB_TOKENS = frozenset({"db", "em", "st", "ps", "cs", "jt", "jdbc", "ds"})
_NOT_DB = ("rest", "http", "client", "executor", "thread", "pool", "web", "mongo", "redis",
           "elastic", "ldap", "xpath")
_TOKEN = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")


def _database_receiver(text: str) -> bool:
    """`statement`, `jdbcTemplate`, `conn`, `db`, `em`... but not `restTemplate`, `executor`."""
    last = text.rsplit(".", 1)[-1].split("(", 1)[0]
    lower = last.lower()
    if any(part in lower for part in _NOT_DB):
        return False
    if any(part in lower for part in _DB_PARTS):
        return True
    return any(token.lower() in _DB_TOKENS for token in _TOKEN.findall(last))


def _check(ctx: FileContext, node: Node) -> Hit | None:
    name = name_of(ctx, node)
    if name not in _JDBC and name not in _TEMPLATE and name not in _JPA:
        return None
    receiver = receiver_text(ctx, node)
    if not receiver:
        return None
    if name not in _JPA and not _database_receiver(receiver):
        return None
    return taint_sink(ctx, node, "sqli", indexes=(0,), tainted_message=(
        "Request data is concatenated into SQL text; use a `PreparedStatement` with `?` "
        "parameters."))


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
    prefilter=("execute", "addBatch", "prepare", "nativeSQL", "query", "Query", "update", "Update"),
    node_kinds=("method_invocation",),
    check=_check,
)
