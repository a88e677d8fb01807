"""Monthly SLA compliance for engineering leadership, per team and repository, from the
ledger's episodes (one per detection-to-fix period; a reopened finding has several).

Months are calendar months in UTC: "2026-11" is [2026-11-01T00:00Z, 2026-12-01T00:00Z). A
report looks at the month as it was at its end (or now, for the current month): `cutoff`.

- **detected**: episodes detected in the month.
- **fixed within SLA**: episodes fixed in the month no later than their fix-due time.
- **breached**: episodes whose fix-due time fell in the month before the cutoff and that were
  not fixed by then (fixed late, or still open).
- **open past due**: episodes still open at the cutoff with their fix-due time behind it,
  whenever they were detected.
- **compliance** = fixed within SLA / (fixed within SLA + breached), the findings whose SLA was
  decided in the month; "n/a" when none was.
- A finding suppressed with a justification (as of the cutoff) counts in none of these; it is
  listed instead ("shown, not counted as a breach").

The seed's rules: compliance under 90 % in the month -> "remediation plan required" (within
one sprint); under 90 % in this month and the two before (three consecutive months) ->
"review of AI tool access". A month with nothing decided ("n/a") is not under 90 %.

Escalations due: P0/P1 episodes whose escalation time (P0 at detection, P1 after 12 h) fell in
the month while still unfixed, not suppressed.

AI vs human: findings detected in the month in AI-written code by tool and model, against the
AI-written lines accepted in the month (from the ledger's `ai_code`): findings per 1,000
accepted AI lines; and the findings detected in human-written code.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from vigilint.provenance.ledger import AiCode, Episode, Ledger, source_name

THRESHOLD = 90.0
REMEDIATION = "remediation plan required"
ACCESS_REVIEW = "review of AI tool access"
TREND_MONTHS = 3
NO_TEAM = "(no team)"
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        match = _MONTH.match(text.strip())
        if not match or not 1 <= int(match.group(2)) <= 12:
            raise ValueError(f"{text!r} is not a month; expected YYYY-MM, e.g. 2026-11")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, moment: datetime) -> Month:
        utc = moment.astimezone(UTC)
        return cls(utc.year, utc.month)

    @property
    def start(self) -> datetime:
        return datetime(self.year, self.month, 1, tzinfo=UTC)

    @property
    def end(self) -> datetime:
        return self.shift(1).start

    def shift(self, months: int) -> Month:
        index = self.year * 12 + (self.month - 1) + months
        return Month(index // 12, index % 12 + 1)

    def __str__(self) -> str:
        return f"{self.year:04}-{self.month:02}"


@dataclass
class Figures:
    """One group's figures for one month."""

    detected: int = 0
    within: int = 0
    breached: int = 0
    open_past_due: int = 0
    suppressed: int = 0

    @property
    def decided(self) -> int:
        return self.within + self.breached

    @property
    def percent(self) -> float | None:
        return None if not self.decided else round(100.0 * self.within / self.decided, 1)

    @property
    def below(self) -> bool:
        return self.percent is not None and self.percent < THRESHOLD


@dataclass
class Group:
    """A team, a repository, or everything: this month's figures, the trend, the actions."""

    name: str
    months: dict[Month, Figures]
    month: Month

    @property
    def figures(self) -> Figures:
        return self.months[self.month]

    @property
    def trend(self) -> list[tuple[Month, Figures]]:
        return sorted(self.months.items())

    @property
    def actions(self) -> list[str]:
        out = []
        if self.figures.below:
            out.append(REMEDIATION)
        if len(self.months) >= TREND_MONTHS and all(f.below for _, f in self.trend):
            out.append(ACCESS_REVIEW)
        return out


@dataclass
class Team:
    group: Group
    repositories: list[Group]


@dataclass(frozen=True)
class Escalation:
    episode: Episode
    escalated_at: datetime
    state: str


@dataclass
class SourceFigures:
    tool: str
    model: str | None
    accepted_lines: int = 0
    findings: int = 0

    @property
    def per_1000_lines(self) -> float | None:
        if not self.accepted_lines:
            return None
        return round(1000.0 * self.findings / self.accepted_lines, 2)


@dataclass
class AiSplit:
    ai_findings: int = 0
    human_findings: int = 0
    accepted_lines: int = 0
    by_source: list[SourceFigures] = field(default_factory=list)

    @property
    def ai_per_1000_lines(self) -> float | None:
        if not self.accepted_lines:
            return None
        return round(1000.0 * self.ai_findings / self.accepted_lines, 2)


@dataclass
class MonthlyReport:
    month: Month
    generated_at: datetime
    cutoff: datetime
    team_filter: str | None
    total: Group
    teams: list[Team]
    escalations: list[Escalation]
    suppressed: list[Episode]
    ai: AiSplit


def _suppressed(e: Episode, cutoff: datetime) -> bool:
    return e.suppressed_at is not None and e.suppressed_at <= cutoff


def _open_at(e: Episode, moment: datetime) -> bool:
    return e.fixed_at is None or e.fixed_at > moment


def cutoff_of(month: Month, now: datetime) -> datetime:
    return min(month.end, now)


def classify(e: Episode, month: Month, now: datetime) -> Figures:
    """This episode's contribution to `month`'s figures."""
    cutoff = cutoff_of(month, now)
    out = Figures()
    if e.detected_at >= cutoff:
        return out
    if month.start <= e.detected_at < cutoff:
        out.detected = 1
    fixed_in_month = e.fixed_at is not None and month.start <= e.fixed_at < cutoff
    within = fixed_in_month and e.fixed_at is not None and e.fixed_at <= e.fix_due
    breach = month.start <= e.fix_due < cutoff and (e.fixed_at is None or e.fixed_at > e.fix_due)
    past_due = _open_at(e, cutoff) and e.fix_due < cutoff and e.detected_at < cutoff
    if _suppressed(e, cutoff):
        out.suppressed = int(within or breach or past_due)
        return out
    out.within, out.breached, out.open_past_due = int(within), int(breach), int(past_due)
    return out


def _add(total: Figures, part: Figures) -> None:
    total.detected += part.detected
    total.within += part.within
    total.breached += part.breached
    total.open_past_due += part.open_past_due
    total.suppressed += part.suppressed


def _group(name: str, episodes: Iterable[Episode], months: Sequence[Month], month: Month,
           now: datetime) -> Group:
    figures = {m: Figures() for m in months}
    for episode in episodes:
        for m in months:
            _add(figures[m], classify(episode, m, now))
    return Group(name=name, months=figures, month=month)


def _escalations(episodes: Iterable[Episode], month: Month, now: datetime) -> list[Escalation]:
    cutoff = cutoff_of(month, now)
    out = []
    for e in episodes:
        at = e.escalate_at
        if e.priority not in ("P0", "P1") or at is None or not month.start <= at < cutoff:
            continue
        if not _open_at(e, at) or _suppressed(e, cutoff):
            continue
        state = "open" if _open_at(e, cutoff) else f"fixed {e.fixed_at:%Y-%m-%d %H:%M}Z"
        out.append(Escalation(episode=e, escalated_at=at, state=state))
    out.sort(key=lambda x: (x.episode.priority, x.escalated_at, x.episode.repository))
    return out


def _ai_split(episodes: Iterable[Episode], code: Iterable[AiCode], month: Month,
              now: datetime) -> AiSplit:
    cutoff = cutoff_of(month, now)
    split = AiSplit()
    sources: dict[tuple[str, str | None], SourceFigures] = {}

    def source(tool: str, model: str | None) -> SourceFigures:
        return sources.setdefault((tool, model), SourceFigures(tool=tool, model=model))

    for e in episodes:
        if not month.start <= e.detected_at < cutoff:
            continue
        if e.ai_tool:
            split.ai_findings += 1
            source(e.ai_tool, e.ai_model).findings += 1
        else:
            split.human_findings += 1
    for c in code:
        if month.start <= c.accepted_at < cutoff:
            split.accepted_lines += c.lines
            source(c.tool, c.model).accepted_lines += c.lines
    split.by_source = sorted(sources.values(),
                             key=lambda s: source_name(s.tool, s.model))
    return split


def build(ledger: Ledger, month: Month, *, team: str | None = None,
          now: datetime | None = None) -> MonthlyReport:
    moment = now or datetime.now(UTC)
    months = [month.shift(-k) for k in range(TREND_MONTHS - 1, -1, -1)]
    episodes = ledger.episodes(month.end, months[0].start, team=team)
    code = ledger.ai_code(accepted_since=month.start, accepted_before=month.end, team=team)
    by_team: dict[str, list[Episode]] = defaultdict(list)
    for e in episodes:
        by_team[e.team or NO_TEAM].append(e)
    teams = []
    for name in sorted(by_team):
        by_repo: dict[str, list[Episode]] = defaultdict(list)
        for e in by_team[name]:
            by_repo[e.repository or "(unnamed)"].append(e)
        teams.append(Team(
            group=_group(name, by_team[name], months, month, moment),
            repositories=[_group(repo, by_repo[repo], months, month, moment)
                          for repo in sorted(by_repo)]))
    cutoff = cutoff_of(month, moment)
    shown = [e for e in episodes if _suppressed(e, cutoff) and e.detected_at < cutoff
             and (_open_at(e, month.start) or e.detected_at >= month.start)]
    return MonthlyReport(
        month=month, generated_at=moment, cutoff=cutoff, team_filter=team,
        total=_group("all teams" if team is None else team, episodes, months, month, moment),
        teams=teams, escalations=_escalations(episodes, month, moment), suppressed=shown,
        ai=_ai_split(episodes, code, month, moment))
