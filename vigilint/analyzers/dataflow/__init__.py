"""One language-neutral dataflow core (docs/dataflow.md).

Rules ask `flow(ctx).value(node)` / `flow(ctx).verdict(node, kind)` and report with one
`sink_hit(...)`; sinks come from the model tables through `sink_sites(ctx, call, kinds)`.
Per-language adapters (`dataflow.python`, ...) map syntax to the core's operations;
`summary` and `project` carry per-function summaries across the files of one scan.
"""

from __future__ import annotations

from vigilint.analyzers.dataflow.flow import FileFlow, FunctionState, Verdict, flow, register
from vigilint.analyzers.dataflow.hits import from_parameters, related_source, sink_hit, site_hit
from vigilint.analyzers.dataflow.kinds import (
    ALL_KINDS,
    ARCHIVE,
    ARGV,
    ENV,
    HTTP,
    REMOTE,
    SINK_KINDS,
    SOURCE_KINDS,
    STDIN,
    UNTRUSTED,
)
from vigilint.analyzers.dataflow.sinks import SinkSite, calls_in, sink_sites
from vigilint.analyzers.dataflow.summary import ParamSink, ReturnSummary, Summary, definition_key
from vigilint.analyzers.dataflow.value import (
    CLEAN,
    LITERAL,
    NOCONST,
    Origin,
    Value,
    join,
    merge,
    sanitized,
)

__all__ = [
    "ALL_KINDS", "ARCHIVE", "ARGV", "CLEAN", "ENV", "HTTP", "LITERAL", "NOCONST", "REMOTE", "SINK_KINDS",
    "SOURCE_KINDS", "STDIN", "UNTRUSTED", "FileFlow", "FunctionState", "Origin", "ParamSink",
    "ReturnSummary", "SinkSite", "Summary", "Value", "Verdict", "calls_in", "definition_key",
    "flow", "from_parameters", "join", "merge", "register", "related_source", "sanitized", "sink_hit",
    "sink_sites", "site_hit",
]
