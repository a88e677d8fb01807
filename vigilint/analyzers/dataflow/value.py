"""The abstract value of the dataflow core and its lattice operations (language-neutral).

A `Value` says which untrusted sources may reach a runtime value (`labels`), for which sink kinds
every tainted part was sanitized (`clean`), the constant when it is cheap to know (`const`), the
members of containers built with constant keys (`items`, `seq`, `rest`), whether it was computed
from literals only (`literal`), small facts (`"normalized"` for resolved paths), where the first
untrusted source entered (`origin`) and its type when known (`type`); `raw`: sink kinds a
decoder exposed again (base64, percent-decoding): what a caller's argument was clean for before
the decoding does not carry over to the result (a header value cannot hold a line break, its
base64-decoded text can). See docs/dataflow.md.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, replace
from typing import Any, Final

from vigilint.analyzers.dataflow.kinds import ALL_KINDS, HTTP, HTTP_OBJECT


class _NoConst:
    __slots__ = ()

    def __repr__(self) -> str:
        return "NOCONST"


NOCONST: Final[Any] = _NoConst()
MAX_CONST_LEN: Final = 4096
NORMALIZED: Final = "normalized"
UPLOADS: Final = "http.uploads"  # type of a map of uploaded files (request.files)
UPLOAD: Final = "http.upload"  # type of one uploaded file: a file object, never a path
REQUEST: Final = "http.request"  # type of a whole request object (not one of its members)


@dataclass(frozen=True, slots=True)
class Origin:
    """Where untrusted data entered: a description and a byte range (a related location)."""

    description: str
    start: int
    end: int
    path: str = ""  # "" = the file being analysed
    line: int = 0  # 1-based position, filled when the origin leaves its file (summaries)
    column: int = 0


@dataclass(frozen=True, slots=True)
class Value:
    labels: frozenset[str] = frozenset()
    clean: frozenset[str] = frozenset()
    const: Any = NOCONST
    items: tuple[tuple[Hashable, Value], ...] | None = None
    seq: tuple[Value, ...] | None = None
    rest: frozenset[str] = frozenset()
    literal: bool = False
    facts: frozenset[str] = frozenset()
    origin: Origin | None = None
    type: str = ""
    raw: frozenset[str] = frozenset()

    @property
    def has_const(self) -> bool:
        return self.const is not NOCONST

    @property
    def is_literal(self) -> bool:
        """Computed from literals only (a constant, or a container of literal members)."""
        if self.const is not NOCONST or self.literal:
            return True
        if self.labels or self.rest or (self.seq is None and self.items is None):
            return False
        return all(v.is_literal for v in self.seq or ()) and \
            all(v.is_literal for _, v in self.items or ())

    def all_labels(self) -> frozenset[str]:
        out = self.labels | self.rest
        if self.items:
            for _, v in self.items:
                out |= v.all_labels()
        if self.seq:
            for v in self.seq:
                out |= v.all_labels()
        return out

    def all_raw(self) -> frozenset[str]:
        """`raw` of this value and of its members."""
        out = self.raw
        for _, v in self.items or ():
            out |= v.all_raw()
        for v in self.seq or ():
            out |= v.all_raw()
        return out

    def effective_clean(self) -> frozenset[str]:
        """Sink kinds every untrusted part of this value was sanitized for."""
        if self.items is None and self.seq is None:
            return self.clean
        result: frozenset[str] | None = self.clean if (self.labels or self.rest) else None
        members = [v for _, v in self.items or ()] + list(self.seq or ())
        for member in members:
            if member.all_labels():
                mc = member.effective_clean()
                result = mc if result is None else result & mc
        return result or frozenset()

    def first_origin(self) -> Origin | None:
        if self.origin is not None:
            return self.origin
        for _, v in self.items or ():
            if v.all_labels():
                found = v.first_origin()
                if found is not None:
                    return found
        for v in self.seq or ():
            if v.all_labels():
                found = v.first_origin()
                if found is not None:
                    return found
        return None

    def item(self, key: Any) -> Value | None:
        if self.items is not None:
            for k, v in self.items:
                if k == key:
                    return v
        if self.seq is not None and isinstance(key, int) and -len(self.seq) <= key < len(self.seq):
            return self.seq[key]
        return None


CLEAN: Final = Value()  # no untrusted input, origin unknown
LITERAL: Final = Value(literal=True)  # no untrusted input, computed from literals or validated


def const(value: Any) -> Value:
    if isinstance(value, (str, bytes)) and len(value) > MAX_CONST_LEN:
        return CLEAN
    return Value(const=value)


def source(label: str, origin: Origin | None, type_: str = "") -> Value:
    """A value that is untrusted input of kind `label`."""
    return Value(labels=frozenset((label,)), origin=origin, type=type_)


def join(a: Value, b: Value) -> Value:
    """Either value may flow here (branches, loop back edges)."""
    if a is b:
        return a
    labels = a.all_labels() | b.all_labels()
    same_const = (a.const is not NOCONST and b.const is not NOCONST and a.const == b.const
                  and type(a.const) is type(b.const))
    items = None
    if a.items is not None and b.items is not None:
        keys = [k for k, _ in a.items] + [k for k, _ in b.items if a.item(k) is None]
        merged = []
        for k in keys:
            va, vb = a.item(k), b.item(k)
            merged.append((k, join(va, vb) if va and vb else (va or vb or CLEAN)))
        items = tuple(merged)
    clean = (a.clean if a.all_labels() else ALL_KINDS) & (b.clean if b.all_labels() else ALL_KINDS)
    if not labels:
        clean = frozenset()
    return Value(labels=labels if items is None else a.labels | b.labels, clean=clean,
                 const=a.const if same_const else NOCONST, items=items,
                 rest=(a.rest | b.rest) if items is not None else frozenset(),
                 facts=a.facts & b.facts, origin=a.origin or b.origin,
                 type=a.type if a.type == b.type else "",
                 literal=not labels and a.is_literal and b.is_literal,
                 raw=a.all_raw() | b.all_raw() if labels else frozenset())


def merge(values: Iterable[Value]) -> Value:
    """A value derived from several inputs (no constant, no structure)."""
    labels: frozenset[str] = frozenset()
    clean: frozenset[str] | None = None
    origin: Origin | None = None
    raw: frozenset[str] = frozenset()
    values = list(values)
    for v in values:
        lab = v.all_labels()
        if lab:
            labels |= lab
            vc = v.effective_clean()
            clean = vc if clean is None else clean & vc
            origin = origin or v.first_origin()
            raw |= v.all_raw()
    if labels:
        return Value(labels=labels, clean=clean or frozenset(), origin=origin, raw=raw)
    if values and all(v.is_literal for v in values):
        return LITERAL
    return CLEAN


def request_objects_unknown(values: Iterable[Value], keyed: bool = False,
                            reader: bool = False,
                            whole: Callable[[Value], bool] | None = None) -> list[Value]:
    """`values` as arguments of a function nothing is known of: a whole request object
    passed to it makes its result of unknown origin (`HTTP_OBJECT`), not request data; the
    request's members (`request.GET`) stay what they are. `keyed`: a literal string is
    passed too, a field's name (`param(request, "next")`): the request's data; `reader` as
    well, and the callee is named for reading one (`wrapped.get_form_parameter("q")` on an
    object made of the request): that object's fields are the request's data too. `whole`
    tells a whole request object (default: the type `REQUEST`; JavaScript's request objects
    carry their framework's type name)."""
    if keyed:
        return [replace(v, labels=(v.labels - {HTTP_OBJECT}) | {HTTP})
                if reader and HTTP_OBJECT in v.labels else v for v in values]
    is_whole = whole or (lambda v: v.type == REQUEST)
    return [replace(v, labels=(v.labels - {HTTP}) | {HTTP_OBJECT}, type="")
            if HTTP in v.labels and is_whole(v) else v for v in values]


def derived(*values: Value) -> Value:
    return merge(values)


def sanitized(value: Value, kinds: frozenset[str]) -> Value:
    """`value` made safe for the sink `kinds` (every kind: a literal)."""
    if kinds >= ALL_KINDS:
        return LITERAL
    if value.all_labels():
        return replace(value, clean=value.clean | kinds)
    return value


def cleaned(value: Value, kinds: frozenset[str]) -> Value:
    """A variable's value after a guard proved it safe for `kinds` (structure dropped)."""
    if not value.all_labels():
        return value
    if kinds >= ALL_KINDS:
        return LITERAL
    return replace(merge([value]), clean=value.clean | kinds)


def decoded(value: Value, kinds: frozenset[str]) -> Value:
    """`value` after a decoder (base64, percent-decoding): no longer clean for `kinds`, also
    when a caller's argument was."""
    if not value.all_labels():
        return value
    base = merge([value])
    return replace(base, clean=base.clean - kinds, raw=base.raw | kinds)


def with_facts(value: Value, *facts: str) -> Value:
    return replace(value, facts=value.facts | frozenset(facts))


def store(container: Value, key: Any, value: Value) -> Value:
    """`container[key] = value` (`key` NOCONST: an unknown key)."""
    if key is not NOCONST:
        if container.seq is not None and isinstance(key, int):
            seq = list(container.seq)
            if -len(seq) <= key < len(seq):
                seq[key] = value
                return replace(container, seq=tuple(seq))
        items = [(k, v) for k, v in (container.items or ()) if k != key]
        items.append((key, value))
        seq_labels: frozenset[str] = frozenset()
        for member in container.seq or ():
            seq_labels |= member.all_labels()
        return replace(container, items=tuple(items), seq=None, const=NOCONST,
                       rest=container.rest | seq_labels)
    return replace(container, rest=container.rest | value.all_labels(), const=NOCONST,
                   origin=container.origin or value.first_origin(),
                   raw=container.raw | value.all_raw())


def element_of(value: Value) -> Value:
    """An element of an iterable value (iteration, unpacking with unknown position)."""
    if isinstance(value.const, (str, bytes, list, tuple)):
        return LITERAL  # an element of a constant is a constant
    return merge([value])


def substitute(value: Value, args: dict[int, Value], index_of: Any) -> Value:
    """A callee's value seen from a call site: each `param:N` label replaced by what the
    caller passed as argument N (`args`), keeping the structure, the constants and what the
    callee sanitized. `index_of(label)` is N for a `param:N` label, else None."""
    if not any(index_of(lab) is not None for lab in value.all_labels()):
        return value
    items = None if value.items is None else tuple(
        (k, substitute(v, args, index_of)) for k, v in value.items)
    seq = None if value.seq is None else tuple(substitute(v, args, index_of) for v in value.seq)
    labels: frozenset[str] = frozenset()
    rest: frozenset[str] = frozenset()
    clean: frozenset[str] | None = None
    origin = value.origin
    own_origin = origin is not None and any(index_of(x) is None for x in value.labels)
    passed: Origin | None = None  # the first origin among the arguments, by parameter order
    substituted = False
    literal = True
    for own, is_rest in ((value.labels, False), (value.rest, True)):
        # in parameter order, not the set's (which follows the hash seed)
        for lab in sorted(own, key=lambda x: (index_of(x) is None, index_of(x) or 0, x)):
            index = index_of(lab)
            if index is None:
                if is_rest:
                    rest |= {lab}
                else:
                    labels |= {lab}
                continue
            arg = args.get(index)
            if arg is None:
                continue  # not passed: the parameter's default
            found = arg.all_labels()
            if not found:
                literal = literal and arg.is_literal
                continue
            if is_rest:
                rest |= found
            else:
                labels |= found
            arg_clean = arg.effective_clean() - value.all_raw()
            clean = arg_clean if clean is None else clean & arg_clean
            substituted = True
            passed = passed or arg.first_origin()
    if substituted and not own_origin:
        origin = passed
    if items is None and seq is None and not labels and not rest:
        return LITERAL if literal else CLEAN
    return replace(value, labels=labels, rest=rest, items=items, seq=seq, const=value.const
                   if items is not None or seq is not None else NOCONST,
                   clean=value.clean | (clean or frozenset()) if labels or rest else frozenset(),
                   origin=origin, raw=value.raw if labels or rest else frozenset())


Env = dict[str, Value]


def join_env(a: Env, b: Env) -> Env:
    out = dict(a)
    for k, v in b.items():
        out[k] = join(out[k], v) if k in out else v
    return out


def join_all(envs: list[Env]) -> Env:
    out = envs[0]
    for env in envs[1:]:
        out = join_env(out, env)
    return out
