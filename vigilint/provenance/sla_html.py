"""The monthly SLA report as one self-contained HTML file: inline CSS, inline SVG charts, no
script, no web font, no request to anywhere (a Content-Security-Policy of `default-src 'none'`
says so to the browser too), so it can be mailed, archived or attached to a ticket.

Charts: the three-month compliance trend of each team against the 90 % line (bars under it
are marked `below`), and AI-written code's findings per 1,000 accepted lines by tool and model.
Each bar carries `data-value`, `data-group` and `data-month`/`data-source`, so a test (or a
reader's tooling) can check the chart against the numbers. Built from the same dictionary as
the JSON report, every text escaped.
"""

from __future__ import annotations

from html import escape
from typing import Any

from vigilint.provenance.compliance import THRESHOLD, MonthlyReport
from vigilint.provenance.compliance_render import report_dict
from vigilint.provenance.ledger import source_name

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;
max-width:1100px;color:#1f2328;padding:0 1rem}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid
#d0d7de;padding-bottom:.3rem}.muted{color:#59636e}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #d0d7de;
padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f6f8fa}
td.num{text-align:right;font-variant-numeric:tabular-nums}
tr.team td{font-weight:600;background:#fbfcfd}tr.repository td:first-child{padding-left:1.5rem}
.action{display:inline-block;background:#ffebe9;color:#82071e;border:1px solid #ff8182;
border-radius:1rem;padding:0 .5rem;margin:0 .2rem .2rem 0;font-size:.85em}
.ok{color:#116329}.below{color:#82071e;font-weight:600}
.cards{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #d0d7de;border-radius:.5rem;
padding:.6rem 1rem;min-width:9rem}.card b{display:block;font-size:1.5rem}
svg{max-width:100%;height:auto}svg text{font:12px system-ui,sans-serif;fill:#1f2328}
rect.bar{fill:#2da44e}rect.bar.below{fill:#cf222e}rect.na{fill:#eaeef2}
rect.rate{fill:#8250df}line.threshold{stroke:#9a6700;stroke-width:2;stroke-dasharray:6 4}
"""
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

_W, _H, _LEFT, _TOP, _BOTTOM = 760, 280, 48, 16, 56
_MIN_BAR = 3.0


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:g}%"


def _trend_chart(doc: dict[str, Any]) -> str:
    groups = doc["teams"] or [{"team": doc["total"]["scope"], **doc["total"]}]
    plot_w, plot_h = _W - _LEFT - 12, _H - _TOP - _BOTTOM
    slot = plot_w / max(len(groups), 1)
    months = len(groups[0]["trend"]) if groups else 0
    bar_w = min(36.0, slot * 0.8 / max(months, 1))
    parts = [f'<svg id="trend-chart" class="chart" viewBox="0 0 {_W} {_H}" width="{_W}" '
             f'height="{_H}" role="img" aria-label="Compliance by team, last {months} months">']
    for tick in (0, 25, 50, 75, 100):
        y = _TOP + plot_h * (1 - tick / 100)
        parts.append(f'<line x1="{_LEFT}" x2="{_W - 12}" y1="{y:.1f}" y2="{y:.1f}" '
                     'stroke="#eaeef2"/>')
        parts.append(f'<text x="{_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{tick}%</text>')
    for i, group in enumerate(groups):
        x0 = _LEFT + slot * i + (slot - bar_w * months) / 2
        for j, point in enumerate(group["trend"]):
            x = x0 + j * bar_w
            value = point["compliance_percent"]
            label = escape(f"{group['team']} {point['month']}: {_pct(value)}")
            if value is None:
                parts.append(f'<rect class="na" x="{x + 2:.1f}" y="{_TOP + plot_h - 4:.1f}" '
                             f'width="{bar_w - 4:.1f}" height="4" data-value="" '
                             f'data-group="{escape(group["team"])}" '
                             f'data-month="{point["month"]}"><title>{label}</title></rect>')
                continue
            height = max(plot_h * value / 100, _MIN_BAR)  # 0 % stays visible as a sliver
            css = "bar below" if point["below_threshold"] else "bar"
            top = _TOP + plot_h - height
            parts.append(f'<rect class="{css}" x="{x + 2:.1f}" y="{top:.1f}" '
                         f'width="{bar_w - 4:.1f}" height="{height:.1f}" data-value="{value}" '
                         f'data-group="{escape(group["team"])}" data-month="{point["month"]}">'
                         f'<title>{label}</title></rect>')
            parts.append(f'<text class="value" x="{x + bar_w / 2:.1f}" y="{top - 4:.1f}" '
                         f'text-anchor="middle">{value:g}%</text>')
        parts.append(f'<text x="{_LEFT + slot * i + slot / 2:.1f}" y="{_H - _BOTTOM + 18}" '
                     f'text-anchor="middle">{escape(group["team"])}</text>')
    y90 = _TOP + plot_h * (1 - THRESHOLD / 100)
    parts.append(f'<line class="threshold" x1="{_LEFT}" x2="{_W - 12}" y1="{y90:.1f}" '
                 f'y2="{y90:.1f}"/>')
    parts.append(f'<text x="{_W - 14}" y="{y90 - 5:.1f}" text-anchor="end">{THRESHOLD:g}% '
                 'threshold</text>')
    if groups and months:
        legend = ", ".join(t["month"] for t in groups[0]["trend"])
        parts.append(f'<text x="{_LEFT}" y="{_H - 12}">Bars per team, left to right: '
                     f'{escape(legend)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _rate_chart(doc: dict[str, Any]) -> str:
    sources = [s for s in doc["ai_vs_human"]["by_tool"]
               if s["findings_per_1000_lines"] is not None]
    if not sources:
        return ('<p id="rate-chart-empty" class="muted">No AI-written lines were accepted this '
                "month, so there is no rate to chart.</p>")
    row_h, label_w = 30, 220
    height = _TOP + row_h * len(sources) + 24
    top = max(s["findings_per_1000_lines"] for s in sources) or 1.0
    plot_w = _W - label_w - 80
    parts = [f'<svg id="rate-chart" class="chart" viewBox="0 0 {_W} {height}" width="{_W}" '
             f'height="{height}" role="img" aria-label="Findings per 1,000 AI lines">']
    for i, s in enumerate(sources):
        name = escape(source_name(s["tool"], s["model"]))
        y = _TOP + i * row_h
        width = plot_w * s["findings_per_1000_lines"] / top
        parts.append(f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end">{name}</text>')
        parts.append(f'<rect class="rate" x="{label_w}" y="{y + 4}" width="{width:.1f}" '
                     f'height="{row_h - 10}" data-value="{s["findings_per_1000_lines"]}" '
                     f'data-source="{name}"><title>{name}: {s["findings_per_1000_lines"]:g} '
                     "per 1,000 lines</title></rect>")
        parts.append(f'<text x="{label_w + width + 6:.1f}" y="{y + 17}">'
                     f'{s["findings_per_1000_lines"]:g}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _actions(actions: list[str]) -> str:
    return "".join(f'<span class="action">{escape(a)}</span>' for a in actions) or \
        '<span class="ok">on track</span>'


def _figure_cells(g: dict[str, Any]) -> str:
    pct = g["compliance_percent"]
    css = "below" if g["below_threshold"] else "ok"
    trend = " → ".join(_pct(t["compliance_percent"]) for t in g["trend"])
    return (f'<td class="num">{g["detected"]}</td><td class="num">{g["fixed_within_sla"]}</td>'
            f'<td class="num">{g["breached"]}</td><td class="num">{g["open_past_due"]}</td>'
            f'<td class="num">{g["suppressed"]}</td>'
            f'<td class="num {css}">{_pct(pct)}</td><td>{escape(trend)}</td>'
            f"<td>{_actions(g['actions'])}</td>")


def _groups_table(doc: dict[str, Any]) -> str:
    head = ("<tr><th>Team / repository</th><th>Detected</th><th>Fixed within SLA</th>"
            "<th>Breached</th><th>Open past due</th><th>Suppressed</th><th>Compliance</th>"
            "<th>Trend (3 months)</th><th>Action</th></tr>")
    rows = [f'<tr class="total"><td><b>{escape(doc["total"]["scope"])}</b></td>'
            f'{_figure_cells(doc["total"])}</tr>']
    for team in doc["teams"]:
        rows.append(f'<tr class="team" data-team="{escape(team["team"])}"><td>'
                    f'{escape(team["team"])}</td>{_figure_cells(team)}</tr>')
        rows += [f'<tr class="repository"><td>{escape(r["repository"])}</td>'
                 f"{_figure_cells(r)}</tr>" for r in team["repositories"]]
    return f'<table id="groups">{head}{"".join(rows)}</table>'


def _text(value: Any) -> str:
    return "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)


def _rows(items: list[dict[str, Any]], columns: list[tuple[str, str]], table_id: str,
          empty: str) -> str:
    if not items:
        return f'<p id="{table_id}-empty" class="muted">{escape(empty)}</p>'
    head = "".join(f"<th>{escape(title)}</th>" for title, _ in columns)
    body = "".join("<tr>" + "".join(f"<td>{escape(_text(item.get(key)))}</td>"
                                    for _, key in columns) + "</tr>" for item in items)
    return f'<table id="{table_id}"><tr>{head}</tr>{body}</table>'


def render(report: MonthlyReport) -> str:
    doc = report_dict(report)
    total, ai = doc["total"], doc["ai_vs_human"]
    scope = f" — team {escape(report.team_filter)}" if report.team_filter else ""
    cards = "".join(f'<div class="card"><b>{escape(str(value))}</b>{escape(label)}</div>'
                    for value, label in (
                        (_pct(total["compliance_percent"]), "compliance"),
                        (total["breached"], "breached"),
                        (total["open_past_due"], "open past due"),
                        (len(doc["escalations"]), "P0/P1 escalations"),
                        (ai["ai_findings"], "findings in AI code")))
    location = [("Priority", "priority"), ("Repository", "repository"), ("Path", "path"),
                ("Line", "line"), ("Rule", "rule")]
    ai_rows = [{"source": source_name(s["tool"], s["model"]), **s} for s in ai["by_tool"]]
    return "".join([
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">",
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>vigilint SLA compliance {doc['month']}</title><style>{_CSS}</style></head>",
        f"<body><h1>SLA compliance — {doc['month']}{scope}</h1>",
        f'<p class="muted">Calendar month in UTC, as of {doc["as_of"]}; generated '
        f'{doc["generated_at"]}. Compliance = fixed within SLA / (fixed within SLA + '
        f"breached). Under {THRESHOLD:g}%: a remediation plan within one sprint; three months "
        "in a row: a review of the team's AI tool access.</p>",
        f'<div class="cards" id="summary">{cards}</div>',
        "<h2>Compliance trend by team</h2>", _trend_chart(doc),
        "<h2>Teams and repositories</h2>", _groups_table(doc),
        "<h2>P0/P1 escalations due</h2>",
        _rows(doc["escalations"], [*location, ("Escalated", "escalated_at"),
                                   ("State", "state"), ("Source", "source")],
              "escalations", "No P0/P1 finding came up for escalation this month."),
        "<h2>Suppressed with justification</h2>",
        '<p class="muted">Shown, not counted as breaches.</p>',
        _rows(doc["suppressed"], [*location, ("Justification", "justification")],
              "suppressed", "No suppressed finding this month."),
        "<h2>AI-written vs human code</h2>",
        f"<p>{ai['ai_findings']} findings in AI-written code ({ai['accepted_ai_lines']} AI lines "
        f"accepted), {ai['human_findings']} in human-written code.</p>",
        _rate_chart(doc),
        _rows(ai_rows, [("Tool / model", "source"), ("Accepted lines", "accepted_lines"),
                        ("Findings", "findings"),
                        ("Per 1,000 lines", "findings_per_1000_lines")], "ai-sources",
              "No AI-written code or findings in it this month."),
        "</body></html>\n",
    ])
