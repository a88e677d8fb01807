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


# a value inside a quoted LIKE pattern with only wildcards around it: `LIKE '%` + x + `%'`
_LIKE_OPEN = re.compile(r"\bI?LIKE\s*'([%_]*)$", re.IGNORECASE)
_LIKE_CLOSE = re.compile(r"^([%_]*)'")
_DOLLAR_MARK = re.compile(r"\$\d+")

# how a language binds a value with LIKE wildcards around it: (prefix, value source, suffix)
# -> the parameter's source, or None when it cannot
Like = Callable[[str, str, str], str | None]


def parameterize(parts: Sequence[Part], placeholder: Callable[[int], str],
                 like: Like | None = None,
                 existing: Sequence[str] = ()) -> tuple[str, list[str]] | None:
    """The SQL text with a placeholder for every value, and the values' sources in order.

    `like`: a value inside a quoted LIKE pattern (`LIKE '%` + x + `%'`) becomes one
    placeholder bound to the value with its wildcards (None: no fix for such a value).
    `existing`: the parameters the call passes already for the placeholders the text holds
    (`?`: the new ones go in text order among them; `$n`: the new ones are numbered after
    them)."""
    if all(literal for literal, _ in parts):
        return None
    first = placeholder(1)
    # numbered placeholders (`$n`) with old parameters: the new ones are numbered after them
    dollar_style = bool(existing) and first != placeholder(2)
    texts = [text if literal else None for literal, text in parts]
    literal_sql = "".join(t for t in texts if t is not None)
    held = len(_DOLLAR_MARK.findall(literal_sql)) if first == "$1" else \
        literal_sql.count("?") if first == "?" else 0
    if held != len(existing):
        return None  # placeholders in the text the call passes no (or other) values for
    offset = len(existing) if dollar_style else 0
    params: list[str] = list(existing) if dollar_style else []
    waiting = list(existing)  # `?` style: the old parameters not yet placed
    marks_before: list[int] = []  # `?` style: the old `?` marks before each part
    seen = 0
    for literal, text in parts:
        marks_before.append(seen)
        seen += text.count("?") if literal else 0
    new = 0
    for index, (literal, source) in enumerate(parts):
        if literal:
            continue
        before = texts[index - 1] if index > 0 else ""
        after = texts[index + 1] if index + 1 < len(parts) else ""
        if before is None or after is None:
            return None  # two values side by side
        opened = _LIKE_OPEN.search(before) if like is not None else None
        closed = _LIKE_CLOSE.match(after) if opened is not None else None
        if opened is not None and closed is not None and (opened.group(1) or closed.group(1)):
            bound = like(opened.group(1), source, closed.group(1)) if like else None
            if bound is None:
                return None
            before = before[:opened.start(1) - 1]
            after = after[closed.end():]
            source = bound
        else:
            quoted = before.endswith("'") and after.startswith("'")
            if quoted:
                before, after = before[:-1], after[1:]
            so_far = "".join(t for t in texts[:max(index - 1, 0)] if t is not None) + before
            if not (_COMPARISON.search(before) or _LIST_OPEN.search(so_far)) or \
                    not (quoted or _VALUE_END.match(after)):
                return None
            if "'" in after[:1] or before.endswith("'"):
                return None
        while not dollar_style and len(existing) - len(waiting) < marks_before[index]:
            params.append(waiting.pop(0))  # an old parameter whose `?` comes before
        params.append(source)
        new += 1
        if index > 0:
            texts[index - 1] = before
        if index + 1 < len(parts):
            texts[index + 1] = after
        texts[index] = placeholder(offset + new) if dollar_style else placeholder(len(params))
    if not new:
        return None
    params.extend(waiting if not dollar_style else ())
    sql = "".join(t for t in texts if t is not None)
    if sql.count("'") % 2:
        return None  # a quote left open: the value sat inside a longer string literal
    return sql, params
