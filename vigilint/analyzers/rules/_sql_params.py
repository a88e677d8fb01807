"""SQL built from text and values, rewritten to placeholders plus a parameter list: the part
of the SQL injection fixes that every language shares. A language's rule cuts its query
expression into parts (literal SQL text, or the source of a value), and gets back the SQL
text with placeholders in the driver's style and the values in order, or None where a value
is not in a place a bound parameter can take (a table or column name, `LIKE '%x%'`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

Part = tuple[bool, str]  # (is literal SQL text, the text or the value's source)

# a value may stand after a comparison or inside VALUES (...); not in IN (...), where a
# list would need one placeholder per element
_COMPARISON = re.compile(r"(=|<>|!=|<|>|\blike|\bis)\s*$", re.IGNORECASE)
_LIST_OPEN = re.compile(r"\bvalues\s*\([^()]*$", re.IGNORECASE)
_VALUE_END = re.compile(r"^\s*($|[),;]|\s(and|or|order|group|limit|offset|returning)\b)",
                        re.IGNORECASE)


_VERB = re.compile(r"%(%|[sdv])")


def format_parts(layout: str, values: list[str]) -> list[Part] | None:
    """The parts of a printf-style layout (`fmt.Sprintf`, `String.format`) filled with the
    values' sources: `%s`, `%d`, `%v` take a value, `%%` is a percent sign; any other verb
    (`%q`, `%[1]s`, a width) gives None."""
    parts: list[Part] = []
    values = list(values)
    pos, literal = 0, ""
    for match in _VERB.finditer(layout):
        literal += layout[pos:match.start()]
        pos = match.end()
        if match.group(1) == "%":
            literal += "%"
            continue
        if not values:
            return None
        parts += [(True, literal), (False, values.pop(0))]
        literal = ""
    if values or "%" in layout[pos:]:
        return None
    return [*parts, (True, literal + layout[pos:])]


def question_mark(_index: int) -> str:
    return "?"


def dollar(index: int) -> str:
    return f"${index}"


def parameterize(parts: Sequence[Part],
                 placeholder: Callable[[int], str]) -> tuple[str, list[str]] | None:
    """The SQL text with a placeholder for every value, and the values' sources in order."""
    texts = [text if literal else None for literal, text in parts]
    params: list[str] = []
    for index, (literal, source) in enumerate(parts):
        if literal:
            continue
        before = texts[index - 1] if index > 0 else ""
        after = texts[index + 1] if index + 1 < len(parts) else ""
        if before is None or after is None:
            return None  # two values side by side
        quoted = before.endswith("'") and after.startswith("'")
        if quoted:
            before, after = before[:-1], after[1:]
        so_far = "".join(t for t in texts[:max(index - 1, 0)] if t is not None) + before
        if not (_COMPARISON.search(before) or _LIST_OPEN.search(so_far)) or \
                not (quoted or _VALUE_END.match(after)):
            return None
        if "'" in after[:1] or before.endswith("'"):
            return None
        params.append(source)
        if index > 0:
            texts[index - 1] = before
        if index + 1 < len(parts):
            texts[index + 1] = after
        texts[index] = placeholder(len(params))
    if not params:
        return None
    sql = "".join(t for t in texts if t is not None)
    if sql.count("'") % 2:
        return None  # a quote left open: the value sat inside a longer string literal
    return sql, params
