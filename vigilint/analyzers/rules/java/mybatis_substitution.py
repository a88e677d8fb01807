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

import re
from collections.abc import Iterator

from vigilint.analyzers.context import FileContext, Hit
from vigilint.analyzers.crypto.resolve import nodes_of
from vigilint.analyzers.syntax import java
from vigilint.model import Rule

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
            if child.type == "string_literal" and _SUBSTITUTION.search(
                    sem.string_value(child) or ""):
                yield Hit(node=child)


def _xml(ctx: FileContext) -> Iterator[Hit]:
    text = ctx.text
    if not _MAPPER.search(text):
        return
    for statement in _XML_STATEMENT.finditer(text):
        body_start = statement.start(2)
        for match in _SUBSTITUTION.finditer(statement.group(2)):
            yield Hit(byte_range=_byte_range(text, body_start + match.start(),
                                             body_start + match.end()))


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
)
