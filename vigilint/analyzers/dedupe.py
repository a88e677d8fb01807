"""One finding per flaw: a rule that matches one construct several times (an `exec` and the
`compile` inside it, at two priorities), or one secret value shown several times in a file (a
docs key in four shells' syntax), is reported once: the most severe, then the first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from vigilint.model import PRIORITIES, Finding


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
        out.extend(best(group) for group in _overlapping(group_findings))
    return out
