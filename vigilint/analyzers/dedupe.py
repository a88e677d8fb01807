"""One finding per flaw: a rule that matches one construct several times (an `exec` and the
`compile` inside it, at two priorities), or one secret value shown several times in a file (a
docs key in four shells' syntax), is reported once: the most severe, then the first.
One untrusted value written into several log lines of a file (a login name logged by each
branch of a handler) is one finding too: at the first log line, with the others as related
locations.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from vigilint.model import PRIORITIES, Finding, Fix, RelatedLocation

# rules whose findings of one file are grouped by the source of the tainted value
_BY_SOURCE = frozenset({"log-injection"})
# the message `dataflow.hits.related_source` gives the source of a tainted flow
_SOURCE_PREFIX = "untrusted input enters here: "
# the message of the related location of each further sink of a merged finding
ALSO_LOGGED = "the same value is also logged here"


def _start(finding: Finding) -> tuple[int, int]:
    return finding.line, finding.column


def _end(finding: Finding) -> tuple[int, int]:
    return finding.end_line, finding.end_column


def best(group: list[Finding]) -> Finding:
    """The most severe finding of a group; on a tie the first, then the widest."""
    return min(group, key=lambda f: (PRIORITIES.index(f.priority), _start(f),
                                     (-f.end_line, -f.end_column)))


def _overlapping(findings: Iterable[Finding]) -> list[list[Finding]]:
    """Groups of findings whose ranges overlap or nest (one rule's findings)."""
    groups: list[list[Finding]] = []
    end: tuple[int, int] = (0, 0)
    start: tuple[int, int] = (0, 0)
    for finding in sorted(findings, key=_start):
        if groups and (_start(finding) < end or _start(finding) == start):
            groups[-1].append(finding)
            end = max(end, _end(finding))
        else:
            groups.append([finding])
            start, end = _start(finding), _end(finding)
    return groups


def one_per_flaw(findings: list[Finding]) -> list[Finding]:
    """Findings of one file with the duplicates of each flaw removed (order not kept)."""
    if len(findings) < 2:
        return findings
    by_secret: dict[str, list[Finding]] = defaultdict(list)
    by_rule: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        if finding.secret_hash:
            by_secret[finding.secret_hash].append(finding)
        else:
            by_rule[finding.rule].append(finding)
    out = [best(group) for group in by_secret.values()]
    for group_findings in by_rule.values():
        if len(group_findings) == 1:
            out.extend(group_findings)
            continue
        kept = [best(group) for group in _overlapping(group_findings)]
        out.extend(_by_source(kept) if kept[0].name in _BY_SOURCE else kept)
    return out


def _source(finding: Finding) -> RelatedLocation | None:
    """Where the finding's tainted value entered (None for an unknown origin)."""
    return next((r for r in finding.related if r.message.startswith(_SOURCE_PREFIX)), None)


def _by_source(findings: list[Finding]) -> list[Finding]:
    """One rule's findings of one file, those whose value comes from the same source merged
    into one at the first sink, the other sinks as related locations; the group's highest
    priority is kept. Findings of unknown origin, and of different sources, stay apart; so do
    sinks with and without a fix (a fix must remove its whole finding: fix_check.py), and a
    sink a suppression covers (the engine applies suppressions first: a justified directive on
    one log line never hides the value's other log lines)."""
    groups: dict[tuple[RelatedLocation, bool], list[Finding]] = defaultdict(list)
    out: list[Finding] = []
    for finding in findings:
        source = _source(finding)
        if source is None or finding.suppression is not None:
            out.append(finding)
        else:
            groups[source, finding.fix is not None].append(finding)
    for group in groups.values():
        if len(group) == 1:
            out.append(group[0])
            continue
        group.sort(key=_start)
        first, top = group[0], best(group)
        others = tuple(RelatedLocation(path=f.path, line=f.line, column=f.column,
                                       end_line=f.end_line, end_column=f.end_column,
                                       message=ALSO_LOGGED)
                       for f in group[1:])
        message = (f"{first.message} The same value reaches {len(group)} log lines in this "
                   f"file; the others are shown as related locations.")
        out.append(first.model_copy(update={
            "message": message, "related": (*first.related, *others),
            "likelihood": top.likelihood, "impact": top.impact, "priority": top.priority,
            "confidence": top.confidence, "fix": _merged_fix(group)}))
    return out


def _merged_fix(group: list[Finding]) -> Fix | None:
    """One fix for a merged finding: the edits of each of its sinks' fixes (safe only when all
    are). Its sinks all have a fix, or none has."""
    fixes = [f.fix for f in group if f.fix is not None]
    if not fixes:
        return None
    return Fix(title=fixes[0].title, safe=all(f.safe for f in fixes),
               edits=tuple(e for f in fixes for e in f.edits))
