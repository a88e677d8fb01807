"""Whether a regular expression's nested repetitions are kept apart by a separator.

The ReDoS rules flag a repeated group that holds an unbounded quantifier (`(a+)+`): the engine
can split a run of input between the inner and the outer repetition in exponentially many
ways. A repeated group that must consume a character its inner repetitions can never match
(`(?:\\.\\w+)*`, `(\\d+)(?:\\.\\d+)*`: a dot between words or numbers) cannot be split that way:
each outer iteration starts at the next separator. `separated(pattern)` says whether every such
group of the pattern has one; the rules then leave the pattern alone.

The pattern is parsed with the standard library's own regular-expression parser, which reads
the syntax the rules see (Python, and the common subset of JavaScript and Java); a pattern it
cannot parse is left to the rule's own judgement (False here).
"""

from __future__ import annotations

import functools
import re
import re._constants as c
import re._parser as parser
from typing import Any

_ASCII = 128
_OTHER = _ASCII  # stands for every character above ASCII
_ALL = frozenset(range(_ASCII + 1))
_DIGITS = frozenset(range(ord("0"), ord("9") + 1))
_WORD = _DIGITS | frozenset(range(ord("a"), ord("z") + 1)) | \
    frozenset(range(ord("A"), ord("Z") + 1)) | {ord("_"), _OTHER}
_SPACE = frozenset(map(ord, " \t\n\r\f\v")) | {_OTHER}
_LINEBREAK = frozenset(map(ord, "\n\r")) | {_OTHER}
_CATEGORIES = {
    c.CATEGORY_DIGIT: _DIGITS, c.CATEGORY_NOT_DIGIT: _ALL - _DIGITS,
    c.CATEGORY_WORD: _WORD, c.CATEGORY_NOT_WORD: (_ALL - _WORD) | {_OTHER},
    c.CATEGORY_SPACE: _SPACE, c.CATEGORY_NOT_SPACE: _ALL,
    c.CATEGORY_LINEBREAK: _LINEBREAK, c.CATEGORY_NOT_LINEBREAK: _ALL,
}
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
_MAX_PATTERN = 4096  # longer patterns keep the rule's own verdict (the walk is quadratic in depth)


def _char(code: int) -> frozenset[int]:
    return frozenset({code if code < _ASCII else _OTHER})


def _class(items: list[tuple[Any, Any]]) -> frozenset[int]:
    """The characters a `[...]` class matches."""
    out: set[int] = set()
    negate = False
    for op, arg in items:
        if op is c.NEGATE:
            negate = True
        elif op is c.LITERAL:
            out |= _char(arg)
        elif op is c.RANGE:
            low, high = arg
            out |= set(range(low, min(high, _ASCII - 1) + 1))
            if high >= _ASCII:
                out.add(_OTHER)
        elif op is c.CATEGORY:
            out |= _CATEGORIES.get(arg, _ALL)
        else:
            return _ALL
    return (_ALL - out) | {_OTHER} if negate else frozenset(out)


def _single(op: Any, arg: Any) -> frozenset[int] | None:
    """The characters of a one-character item, or None for anything longer."""
    if op is c.LITERAL:
        return _char(arg)
    if op is c.NOT_LITERAL:
        return _ALL - _char(arg) | {_OTHER}
    if op is c.ANY:
        return _ALL
    if op is c.IN:
        return _class(arg)
    return None


def _chars(items: Any) -> frozenset[int]:
    """Every character any item of `items` (at any depth) can match."""
    out: set[int] = set()
    for op, arg in items:
        single = _single(op, arg)
        if single is not None:
            out |= single
        elif op in _REPEATS:
            out |= _chars(arg[2])
        elif op is c.SUBPATTERN:
            out |= _chars(arg[3])
        elif op is c.BRANCH:
            for branch in arg[1]:
                out |= _chars(branch)
        elif op in (c.ASSERT, c.ASSERT_NOT, c.AT, c.GROUPREF):
            continue
        else:
            return _ALL
    return frozenset(out)


def _unbounded_inside(items: Any) -> list[Any]:
    """The bodies of the unbounded repetitions inside `items` (at any depth)."""
    out: list[Any] = []
    for op, arg in items:
        if op in _REPEATS:
            if arg[1] is c.MAXREPEAT:
                out.append(arg[2])
            out += _unbounded_inside(arg[2])
        elif op is c.SUBPATTERN:
            out += _unbounded_inside(arg[3])
        elif op is c.BRANCH:
            for branch in arg[1]:
                out += _unbounded_inside(branch)
    return out


def _mandatory_singles(items: Any) -> list[frozenset[int]]:
    """The one-character items every match of the sequence `items` consumes."""
    out: list[frozenset[int]] = []
    for op, arg in items:
        single = _single(op, arg)
        if single is not None:
            out.append(single)
        elif op is c.SUBPATTERN:
            out += _mandatory_singles(arg[3])
        elif op in _REPEATS and arg[0] >= 1:
            out += _mandatory_singles(arg[2])
    return out


def _repeated_chars(items: Any) -> frozenset[int]:
    """The characters the unbounded repetitions inside `items` can match."""
    out: set[int] = set()
    for part in _unbounded_inside(items):
        out |= _chars(part)
    return frozenset(out)


def _leading_single(items: Any) -> frozenset[int] | None:
    """The one-character item every match of the sequence `items` starts with, if any."""
    if not items:
        return None
    op, arg = items[0]
    single = _single(op, arg)
    if single is not None:
        return single
    if op is c.SUBPATTERN:
        return _leading_single(arg[3])
    if op in _REPEATS and arg[0] >= 1:
        return _leading_single(arg[2])
    return None


def _group_separated(body: Any, before: frozenset[int]) -> bool:
    r"""The repeated group `body` consumes a character its own unbounded repetitions cannot
    match, nor those before it in its sequence (`[a-z.]+(?:\.[a-z]+)*` can hand its dots to
    the prefix: polynomial backtracking). The two may be different characters when every
    iteration starts with one the repetitions before the group cannot match: those stop at the
    group's first iteration and never take part of it (`[^[]+(?:\[[^\]]+\])*`: the name
    cannot hold a `[`, each bracket pair ends at a `]` its contents cannot hold)."""
    if not _unbounded_inside(body):
        return True
    own = _repeated_chars(body)
    singles = _mandatory_singles(body)
    if any(not (single & (own | before)) for single in singles):
        return True
    leading = _leading_single(body)
    return leading is not None and not (leading & before) \
        and any(not (single & own) for single in singles)


def _children(op: Any, arg: Any) -> list[Any]:
    """The item lists nested in one item (a group's, a branch's, a repetition's body)."""
    if op in _REPEATS:
        return [arg[2]]
    if op is c.SUBPATTERN:
        return [arg[3]]
    if op is c.BRANCH:
        return list(arg[1])
    if op in (c.ASSERT, c.ASSERT_NOT):
        return [arg[1]]
    return []


def _all_separated(items: Any, outer: frozenset[int] = frozenset()) -> bool:
    """Every repeated group in `items` is separated (`outer`: what the unbounded repetitions
    before the enclosing group can match)."""
    before = outer
    for op, arg in items:
        if op in _REPEATS and arg[1] is c.MAXREPEAT and not _group_separated(arg[2], before):
            return False
        if not all(_all_separated(child, before) for child in _children(op, arg)):
            return False
        before = before | _repeated_chars([(op, arg)])
    return True


@functools.lru_cache(maxsize=1024)
def separated(pattern: str) -> bool:
    """True when every unboundedly repeated group of `pattern` that holds an unbounded
    repetition must also consume a character that repetition cannot match (so the input
    splits between iterations one way only); False when one does not, or the pattern does not
    parse."""
    if len(pattern) > _MAX_PATTERN:
        return False
    try:
        return _all_separated(parser.parse(pattern).data)
    except (re.error, RecursionError, OverflowError, ValueError, TypeError):
        return False
