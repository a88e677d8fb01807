"""Per-function summaries: what a function does with its parameters, in a stable, hashable,
JSON-able form (docs/dataflow.md section 4).

A summary says which untrusted source kinds the function's return value always carries, which
parameters flow to its return value (and what they are sanitized for on the way), and which
parameters reach a sink unsanitized. Summaries are keyed by qualified name and carry a
definition key (the hash of the definition's text and of the summaries it used), so an
incremental analysis can cache them per definition and callers in other files can use them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from vigilint.analyzers.dataflow.kinds import ALL_KINDS, SOURCE_KINDS, param_index
from vigilint.analyzers.dataflow.value import NOCONST, Origin

if TYPE_CHECKING:
    from vigilint.analyzers.dataflow.flow import FileFlow, FunctionState

_JSON_SCALARS = (str, int, float, bool, type(None))
RAW_MARK = "!"  # `!log` in a parameter's kinds: the function decodes it (value.Value.raw)


@dataclass(frozen=True, slots=True)
class ParamSink:
    """Parameter `param` reaches a sink of `kind` unsanitized (at `path`:`line`:`column`)."""

    param: int
    kind: str
    path: str
    line: int
    column: int
    callee: str


@dataclass(frozen=True, slots=True)
class ReturnSummary:
    labels: frozenset[str] = frozenset()
    params: tuple[tuple[int, frozenset[str]], ...] = ()
    literal: bool = False
    const: str | int | float | bool | None = None
    has_const: bool = False
    origin: Origin | None = None


@dataclass(frozen=True, slots=True)
class Summary:
    name: str
    params: tuple[str, ...]
    returns: ReturnSummary
    sinks: tuple[ParamSink, ...]
    key: str

    def to_dict(self) -> dict[str, Any]:
        ret = self.returns
        return {
            "name": self.name,
            "params": list(self.params),
            "returns": {
                "labels": sorted(ret.labels),
                "params": [[i, sorted(k)] for i, k in ret.params],
                "literal": ret.literal,
                "const": ret.const,
                "has_const": ret.has_const,
                "origin": None if ret.origin is None else [
                    ret.origin.description, ret.origin.start, ret.origin.end, ret.origin.path,
                    ret.origin.line, ret.origin.column],
            },
            "sinks": [[s.param, s.kind, s.path, s.line, s.column, s.callee] for s in self.sinks],
            "key": self.key,
        }

    @staticmethod
    def from_dict(data: dict[str, Any]) -> Summary:
        ret = data["returns"]
        origin = ret.get("origin")
        return Summary(
            name=data["name"], params=tuple(data["params"]),
            returns=ReturnSummary(
                labels=frozenset(ret["labels"]),
                params=tuple((int(i), frozenset(k)) for i, k in ret["params"]),
                literal=bool(ret["literal"]), const=ret["const"],
                has_const=bool(ret["has_const"]),
                origin=None if origin is None else Origin(origin[0], int(origin[1]),
                                                          int(origin[2]), origin[3],
                                                          int(origin[4]), int(origin[5]))),
            sinks=tuple(ParamSink(int(p), k, path, int(line), int(col), callee)
                        for p, k, path, line, col, callee in data["sinks"]),
            key=data["key"])

    def digest(self) -> str:
        """sha256 of the canonical JSON: equal digests, equal summaries (stable across runs)."""
        text = json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def definition_key(text: str, callee_keys: Iterable[str] = ()) -> str:
    """The cache key of one definition: its text and the keys/digests of what it used."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass"))
    for key in sorted(callee_keys):
        digest.update(b"\0" + key.encode("ascii", "replace"))
    return digest.hexdigest()


def _returns(flow: FileFlow, info: FunctionState) -> ReturnSummary:
    value = info.returns
    labels = value.all_labels()
    # a kind a decoder exposed again is kept as `!kind`: the caller's argument is no longer
    # clean for it (`interp.apply_summary`)
    clean = value.effective_clean() | {RAW_MARK + k for k in value.all_raw()}
    params = tuple(sorted((i, clean) for i in (param_index(lab) for lab in labels)
                          if i is not None))
    origin = value.first_origin()
    if origin is not None and not origin.path:
        line, column = flow.ctx.position_of_byte(origin.start)
        origin = Origin(origin.description, origin.start, origin.end, flow.ctx.path, line, column)
    has_const = value.const is not NOCONST and isinstance(value.const, _JSON_SCALARS) and \
        not labels
    return ReturnSummary(labels=labels & SOURCE_KINDS, params=params,
                         literal=not labels and value.is_literal,
                         const=value.const if has_const else None, has_const=has_const,
                         origin=origin if labels & SOURCE_KINDS else None)


def _sinks(flow: FileFlow, info: FunctionState) -> tuple[ParamSink, ...]:
    from vigilint.analyzers.dataflow.sinks import calls_in, sink_sites
    from vigilint.analyzers.syntax import semantics

    ctx = flow.ctx
    sem = semantics(ctx)
    out: set[ParamSink] = set()
    for call in calls_in(ctx, info.node):
        owner = sem.function_at(call)
        if owner is not None and owner.node.start_byte != info.node.start_byte:
            continue  # a nested function: its own summary
        for site in sink_sites(ctx, call, ALL_KINDS):
            for arg in site.arguments:
                value = flow.value(arg)
                if site.kind in value.effective_clean():
                    continue
                for lab in value.all_labels():
                    index = param_index(lab)
                    if index is not None:
                        line, col, _, _ = ctx.node_position(call)
                        out.add(ParamSink(index, site.kind, ctx.path, line, col, site.callee))
    return tuple(sorted(out, key=lambda s: (s.param, s.kind, s.line, s.column, s.callee)))


def file_summaries(flow: FileFlow) -> dict[str, Summary]:
    """Every function's summary of one analysed file, by qualified name."""
    cached: dict[str, Summary] | None = flow.ctx.cache.get("dataflow.summaries")
    if cached is not None:
        return cached
    out: dict[str, Summary] = {}
    used = sorted(flow.used_summaries)
    for info in flow.by_node.values():
        flow_text = flow.ctx.node_text(info.node)
        out[info.qualified_name] = Summary(
            name=info.qualified_name, params=tuple(info.params),
            returns=_returns(flow, info), sinks=_sinks(flow, info),
            key=definition_key(flow_text, used))
    flow.ctx.cache["dataflow.summaries"] = out
    return out
