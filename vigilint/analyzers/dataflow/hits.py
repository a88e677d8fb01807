"""The one mapping from data reaching a sink to a finding (docs/dataflow.md section 5).

Tainted -> "very-likely", with the source as a related location; unknown origin -> the rule's
`unknown` likelihood (default "possible", None for nothing); literal, constant or sanitized for
the sink's kind -> no finding. A flow is so reported once, at its sink.
"""

from __future__ import annotations

from collections.abc import Iterable

from tree_sitter import Node

from vigilint.analyzers.context import FileContext, Hit, Related
from vigilint.analyzers.dataflow.flow import Verdict, flow
from vigilint.analyzers.dataflow.kinds import UNTRUSTED, param_index
from vigilint.analyzers.dataflow.sinks import SinkSite
from vigilint.analyzers.syntax import semantics
from vigilint.model import Likelihood


def related_source(ctx: FileContext, verdict: Verdict) -> tuple[Related, ...]:
    """The source of a tainted verdict as a related location (when it is known)."""
    origin = verdict.origin
    if origin is None:
        return ()
    message = f"untrusted input enters here: {origin.description}"
    if origin.path and origin.path != ctx.path:
        line, column = max(origin.line, 1), max(origin.column, 1)
        return (Related(message=message, path=origin.path, position=(line, column, line, column)),)
    if origin.end > len(ctx.source):
        return ()
    return (Related(message=message, byte_range=(origin.start, origin.end)),)


def sink_hit(ctx: FileContext, sink: Node, value: Node | None, kind: str, *, what: str,
             advice: str, unknown: Likelihood | None = "possible", report: Node | None = None,
             sources: Iterable[str] = UNTRUSTED, related: tuple[Related, ...] = ()) -> Hit | None:
    """A finding at `report or sink` when `value` carries data into a sink of `kind`."""
    if value is not None and semantics(ctx).string_value(value) is not None:
        return None  # a string literal is safe: no need to analyse the file for it
    verdict = flow(ctx).verdict(value, kind, sources)
    target = report or sink
    if verdict.level == "tainted":
        return Hit(node=target, likelihood="very-likely",
                   message=f"{what} receives untrusted input from {verdict.description}; "
                           f"{advice}.",
                   related=(*related_source(ctx, verdict), *related))
    if verdict.level == "unknown" and unknown is not None and value is not None:
        return Hit(node=target, likelihood=unknown, related=related)
    return None


def site_hit(ctx: FileContext, call: Node, site: SinkSite, *, what: str, advice: str,
             unknown: Likelihood | None = "possible", kind: str | None = None,
             report: Node | None = None, sources: Iterable[str] = UNTRUSTED) -> Hit | None:
    """`sink_hit` over the arguments of one sink site (tainted first). A project wrapper is
    reported only when the argument is tainted: its own file reports the unknown case."""
    chosen = unknown if site.spec is not None else None
    found: Hit | None = None
    for argument in site.arguments:
        hit = sink_hit(ctx, call, argument, kind or site.kind, what=what, advice=advice,
                       unknown=chosen, report=report, sources=sources, related=site.related)
        if hit is not None and hit.likelihood == "very-likely":
            return hit
        found = found or hit
    return found


def from_parameters(ctx: FileContext, value: Node | None) -> bool:
    """True when some part of `value` comes from the enclosing function's parameters (what a
    caller passes); False when it is computed from the object's or module's own state (`self`
    attributes, globals, results of calls) and literals."""
    if value is None:
        return False
    labels = flow(ctx).value(value).all_labels()
    return any(param_index(label) is not None for label in labels)
