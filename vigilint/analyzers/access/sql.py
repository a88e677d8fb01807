"""SQL text of a lookup, language-neutral: which table a `SELECT`/`UPDATE`/`DELETE` reads or
changes, whether its `WHERE` clause filters by an owner column, and which placeholder holds the
record's id (`?`, `$2`, `%s`, `:id`), so that only that parameter counts as the key."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from tree_sitter import Node

from vigilint import lazyre
from vigilint.analyzers.access.model import Lookup

# `select ... from ... where` (and `update ... set ... where`, `delete from ... where`) as
# successive searches from each keyword's first occurrence: one pattern with `.+` between the
# keywords rescans the rest of the text from every `select`, quadratic on a run of them.
_WORD = {word: lazyre.compile(rf"\b{word}\b", re.IGNORECASE)
         for word in ("select", "from", "update", "set", "where")}
_DELETE_FROM = lazyre.compile(r"\bdelete\s+from\b", re.IGNORECASE)
_TABLE = lazyre.compile(r"\b(?:from|update|into)\s+[\"`]?(\w+)", re.IGNORECASE)
_OWNER = lazyre.compile(r"\b(user_?id|owner_?id|author_?id|account_?id|customer_?id|tenant_?id|"
                        r"org_?id|created_?by|member_?id|patient_?id|recipient_?id|owner|author|"
                        r"username)\b\s*(=|in\b)", re.IGNORECASE)
_OWNER_KEY = lazyre.compile(_OWNER.pattern.replace(r"\s*(=|in\b)", "") +
                            r"\s*=\s*(\?|\$\d+|%s|%\(\w+\)s|:\w+)", re.IGNORECASE)
_PARENT_KEY = lazyre.compile(r"\b(?:\w+\.)?([a-z]+)_id\b\s*=\s*(\?|\$\d+|%s|%\(\w+\)s|:\w+)",
                             re.IGNORECASE)
_PLACEHOLDER = lazyre.compile(r"\?|\$(\d+)|%s|%\(\w+\)s|(?<![:\w]):\w+")
_ID = lazyre.compile(r"\b(?:\w+\.)?(id|uuid|slug)\b\s*=\s*(\?|\$\d+|%s|%\(\w+\)s|:\w+)",
                     re.IGNORECASE)


@dataclass(frozen=True)
class SqlLookup:
    op: str  # "read", "update" or "delete"
    table: str
    scoped: bool  # the WHERE clause filters by an owner column
    key_index: int | None  # 0-based parameter index of the id's placeholder (None: unknown)
    # no id column: an owner column's placeholder is the key (`WHERE account_id = $1`), so the
    # lookup is scoped only when that value is not the request's
    owner_keyed: bool = False
    parent: str = ""  # the parent record whose id keys the rows (`note` of `note_id = $1`)


def owner_filter(condition: str) -> bool:
    """A WHERE condition (or an ORM's condition string) that filters by an owner column."""
    return bool(_OWNER.search(condition))


def _after(word: str, text: str, start: int) -> int | None:
    found = _WORD[word].search(text, start)
    return None if found is None else found.end()


def _has_where(sql: str) -> bool:
    """A `SELECT ... FROM`, `UPDATE ... SET` or `DELETE FROM` followed by a `WHERE`."""
    for opener, middle in (("select", "from"), ("update", "set")):
        start = _after(opener, sql, 0)
        end = None if start is None else _after(middle, sql, start + 1)
        if end is not None and _after("where", sql, end) is not None:
            return True
    delete = _DELETE_FROM.search(sql)
    return delete is not None and _after("where", sql, delete.end()) is not None


def sql_lookup(sql: str) -> SqlLookup | None:
    """The lookup a SQL statement makes, or None when it has no WHERE clause."""
    if not _has_where(sql):
        return None
    table = _TABLE.search(sql)
    lowered = sql.lstrip().lower()
    op = "delete" if lowered.startswith("delete") else \
        "update" if lowered.startswith("update") else "read"
    head, _, where = re.split(r"(\bwhere\b)", sql, maxsplit=1, flags=re.IGNORECASE) \
        if re.search(r"\bwhere\b", sql, re.IGNORECASE) else (sql, "", "")
    key_index: int | None = None
    found = _ID.search(where)
    owner_key = _OWNER_KEY.search(where) if found is None else None
    if owner_key is not None and len(_OWNER_KEY.findall(where)) == 1:
        return SqlLookup(op, table.group(1) if table else "", False,
                         _placeholder_index(head, where, owner_key), True)
    parent = ""
    if found is not None:
        key_index = _placeholder_index(head, where, found)
    else:
        parents = _PARENT_KEY.findall(where)
        if len(parents) == 1:
            parent = parents[0][0]
    return SqlLookup(op, table.group(1) if table else "", bool(_OWNER.search(where)), key_index,
                     parent=parent)


def _placeholder_index(head: str, where: str, found: re.Match[str]) -> int:
    """The 0-based parameter index of the placeholder in a match's last group."""
    placeholder = found.group(found.lastindex or 0)
    numbered = re.fullmatch(r"\$(\d+)", placeholder)
    if numbered:
        return int(numbered.group(1)) - 1
    before = head + " WHERE " + where[:found.start(found.lastindex or 0)]
    return sum(1 for m in _PLACEHOLDER.finditer(before) if not m.group(1))


def sql_record(node: Node, lookup: SqlLookup, params: Sequence[Node]) -> Lookup:
    """The `Lookup` a SQL statement run with `params` makes."""
    return Lookup(node, lookup.op, tuple(key_params(params, lookup)), lookup.table,
                  lookup.scoped, owner_keyed=lookup.owner_keyed, parent=lookup.parent)


T = TypeVar("T")


def key_params(params: Sequence[T], lookup: SqlLookup) -> list[T]:
    """The parameters that choose the record: the id's, when its placeholder is known."""
    if lookup.key_index is not None and 0 <= lookup.key_index < len(params):
        return [params[lookup.key_index]]
    return list(params)
