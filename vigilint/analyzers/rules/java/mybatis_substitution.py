"""## What it does
Flags MyBatis `${...}` string substitution in SQL: in mapper annotations (`@Select`,
`@Insert`, `@Update`, `@Delete`) and in XML mapper statements (`<select>`, `<insert>`,
`<update>`, `<delete>`, `<sql>`). `#{...}` parameters are bound and are not flagged.

## Why is this bad?
MyBatis pastes a `${}` value into the SQL text as is: when a caller passes request data, it
rewrites the query (CWE-89). The MyBatis documentation warns against accepting user input
there.

## Example
```java
@Select("SELECT * FROM users WHERE name = '${name}'")
User findByName(@Param("name") String name);
```

## Use instead
```java
@Select("SELECT * FROM users WHERE name = #{name}")
User findByName(@Param("name") String name);
// for a column or table name: choose it from an allow-list in Java code
```

## References
- CWE-89: SQL Injection
- MyBatis documentation, "String Substitution"
- OWASP A03:2021 / A05:2025 Injection
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.crypto.resolve import nodes_of
from vigilint.analyzers.rules._sql_params import parameterize
from vigilint.analyzers.syntax import java
from vigilint.model import Fix, Rule

# a `${...}` with no `$`, `{` or `}` inside: each match attempt stops at the next `${`
_SUBSTITUTION = re.compile(r"\$\{[^{}$]+\}")
_ANNOTATIONS = frozenset({"org.apache.ibatis.annotations.Select",
                          "org.apache.ibatis.annotations.Insert",
                          "org.apache.ibatis.annotations.Update",
                          "org.apache.ibatis.annotations.Delete"})
_XML_STATEMENT = re.compile(r"<(select|insert|update|delete|sql)\b[^>]*>(.*?)</\1\s*>",
                            re.DOTALL | re.IGNORECASE)
_MAPPER = re.compile(r"<mapper\b|mybatis-3-mapper\.dtd")


def _byte_range(text: str, start: int, end: int) -> tuple[int, int]:
    return len(text[:start].encode("utf-8")), len(text[:end].encode("utf-8"))


def _java(ctx: FileContext) -> Iterator[Hit]:
    sem = java(ctx)
    for node in nodes_of(ctx, "(annotation) @a", "a"):  # one query, not a walk in Python
        name = node.child_by_field_name("name")
        if name is None or sem.resolve_type(ctx.node_text(name)) not in _ANNOTATIONS:
            continue
        for child in ctx.walk(node):
            value = sem.string_value(child) if child.type == "string_literal" else None
            if value is not None and _SUBSTITUTION.search(value):
                bound = _bound(value) if "\\" not in ctx.node_text(child) else None
                yield Hit(node=child, fix=None if bound is None else Fix(
                    title=_TITLE, safe=False, edits=(ctx.edit_node(child, json.dumps(bound)),)))


def _xml(ctx: FileContext) -> Iterator[Hit]:
    text = ctx.text
    if not _MAPPER.search(text):
        return
    for statement in _XML_STATEMENT.finditer(text):
        body_start = statement.start(2)
        bound = _bound(statement.group(2))
        fix = None
        if bound is not None:
            start, end = _byte_range(text, body_start, statement.end(2))
            fix = Fix(title=_TITLE, safe=False, edits=(ctx.edit_bytes(start, end, bound),))
        for match in _SUBSTITUTION.finditer(statement.group(2)):
            yield Hit(byte_range=_byte_range(text, body_start + match.start(),
                                             body_start + match.end()), fix=fix)


_TITLE = "Bind the values with `#{...}`"


def _bound(sql: str) -> str | None:
    """The statement with each `${x}` that stands where a value goes (after a comparison,
    in VALUES, quoted or not) as the bound parameter `#{x}`; None when one names a table, a
    column or sits inside a longer literal. Unsafe: a reviewer checks the parameter types."""
    parts: list[tuple[bool, str]] = []
    pos = 0
    for match in _SUBSTITUTION.finditer(sql):
        parts += [(True, sql[pos:match.start()]), (False, match.group(0)[2:-1])]
        pos = match.end()
    parts.append((True, sql[pos:]))
    names = [text for literal, text in parts if not literal]
    made = parameterize(parts, lambda index: f"#{{{names[index - 1]}}}")
    return made[0] if made is not None else None


def _check_file(ctx: FileContext) -> Iterator[Hit]:
    if ctx.language == "java":
        if ctx.tree is not None:
            yield from _java(ctx)
    elif ctx.path.lower().endswith(".xml"):
        yield from _xml(ctx)


RULE = Rule(
    id="VG-JAVA-INJ-009",
    name="mybatis-string-substitution",
    category="injection",
    languages=("java", "text"),
    cwe=(89,),
    likelihood="possible",
    impact="critical",
    confidence="medium",
    message="MyBatis `${}` pastes the value into the SQL text; use a `#{}` parameter (or an "
            "allow-listed identifier chosen in Java).",
    prefilter=("${",),
    paths=("*.java", "*.xml"),
    check_file=_check_file,
    fixable=True,
)
