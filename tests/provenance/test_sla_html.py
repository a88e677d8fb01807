"""The HTML SLA report in a real browser (Chromium from Debian, headless): one self-contained
file whose charts and tables render with the structure the numbers say. The report itself has
no script; the test measures a copy with a small probe script added."""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import zlib
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from provhelpers import finding

from vigilint.cli import main
from vigilint.provenance.backends import open_database
from vigilint.provenance.context import SyncContext
from vigilint.provenance.ledger import Ledger
from vigilint.provenance.recorder import AiRange

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--window-size=1280,2200")
PROBE = """<script>
const box = e => { const r = e.getBoundingClientRect(); return {x: r.x, y: r.y, w: r.width,
  h: r.height}; };
const out = {
  bars: [...document.querySelectorAll('#trend-chart rect.bar')].map(e => ({
    value: parseFloat(e.dataset.value), group: e.dataset.group, month: e.dataset.month,
    below: e.classList.contains('below'), fill: getComputedStyle(e).fill, ...box(e)})),
  na: document.querySelectorAll('#trend-chart rect.na').length,
  threshold: box(document.querySelector('#trend-chart line.threshold')),
  chart: box(document.querySelector('#trend-chart')),
  rates: [...document.querySelectorAll('#rate-chart rect.rate')].map(e => ({
    value: parseFloat(e.dataset.value), source: e.dataset.source, ...box(e)})),
  tables: [...document.querySelectorAll('table')].map(t => ({id: t.id, rows: t.rows.length,
    h: t.offsetHeight})),
  actions: [...document.querySelectorAll('#groups tr.team .action')].map(e => e.textContent),
  width: document.documentElement.scrollWidth,
};
const pre = document.createElement('pre'); pre.id = 'probe';
pre.textContent = JSON.stringify(out); document.body.appendChild(pre);
</script>"""


def chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("CI"):
        pytest.fail("CI must check the HTML report in Chromium, but chromium is not installed")
    pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")


def browser(args: list[str], profile: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([chromium(), *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120, check=True)


def at(day: int, hour: int = 12, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


def fill_ledger(url: str) -> None:
    shop = SyncContext(repository="example.com/acme/shop", branch="main", team="payments")
    web = SyncContext(repository="example.com/acme/web", branch="main", team="web")
    with Ledger(open_database(url, None)) as ledger:
        for month in (9, 10, 11):
            ledger.sync(shop, [("s.py", finding(f"s{month}", "s.py"))], ["s.py"],
                        now=at(2, month=month))
            ledger.sync(web, [("w.py", finding(f"w{month}", "w.py")),
                              ("x.py", finding(f"x{month}", "x.py"))], ["w.py", "x.py"],
                        now=at(2, month=month))
            ledger.sync(web, [("x.py", finding(f"x{month}", "x.py"))], ["w.py", "x.py"],
                        now=at(2, 20, month=month))
        code = [AiRange("a.py", 1, 200, "copilot", "gpt-4o", at(3), "h1"),
                AiRange("b.py", 1, 100, "claude-code", "claude-sonnet-4", at(3), "h2")]
        ledger.sync(shop, [("a.py", finding("a1", "a.py", tool="copilot", model="gpt-4o")),
                           ("b.py", finding("b1", "b.py", tool="claude-code",
                                            model="claude-sonnet-4"))],
                    ["a.py", "b.py", "s.py"], code, now=at(4))
        ledger.sync(shop, [("k.py", finding("k", "k.py", justification="only reads our own "
                                           "signed release manifest"))], ["k.py"], now=at(5))


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.scripts += tag == "script"
        self.urls += [v or "" for k, v in attrs if k in ("src", "href", "action", "xlink:href")]


def png_facts(path: Path) -> tuple[int, int, int]:
    """(width, height, distinct byte values in the pixel data): a PNG that is one flat colour
    has very few."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    chunks, pos = [], 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            chunks.append(data[pos + 8:pos + 8 + length])
        pos += 12 + length
    return width, height, len(set(zlib.decompress(b"".join(chunks))))


def test_html_report_renders_in_chromium(tmp_path: Path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    fill_ledger(url)
    report = tmp_path / "sla-2026-11.html"
    assert main(["sla", "report", "--month", "2026-11", "--format", "html", "--url", url,
                 "--output", str(report), "--now", "2026-12-03T00:00:00Z"]) == 0
    html = report.read_text(encoding="utf-8")

    links = Links()
    links.feed(html)
    assert links.scripts == 0 and links.urls == []  # self-contained: nothing to fetch
    assert not re.search(r"https?://", html.split("</style>", 1)[0])
    assert "default-src 'none'" in html

    probe = tmp_path / "probe.html"
    probe.write_text(html.replace("default-src 'none';", "default-src 'none'; "
                                  "script-src 'unsafe-inline';")
                     .replace("</body>", PROBE + "</body>"), encoding="utf-8")
    dom = browser(["--dump-dom", probe.as_uri()], tmp_path / "profile-dom").stdout
    measured = json.loads(re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S).group(1)
                          .replace("&quot;", '"').replace("&amp;", "&"))

    bars = measured["bars"]
    assert {(b["group"], b["month"]) for b in bars} == {
        (team, f"2026-{m:02}") for team in ("payments", "web") for m in (9, 10, 11)}
    assert {b["group"]: b["value"] for b in bars} == {"payments": 0.0, "web": 50.0}
    chart, line = measured["chart"], measured["threshold"]
    full = [b for b in bars if b["value"] > 0]
    per_percent = full[0]["h"] / full[0]["value"]
    assert per_percent > 1  # bars are drawn, not collapsed
    for bar in full:  # heights follow the values; bars stand on one baseline
        assert bar["h"] == pytest.approx(bar["value"] * per_percent, abs=1.0)
        assert bar["y"] + bar["h"] == pytest.approx(full[0]["y"] + full[0]["h"], abs=1.0)
        assert chart["x"] <= bar["x"] and bar["x"] + bar["w"] <= chart["x"] + chart["w"]
        assert bar["below"] and bar["fill"] == "rgb(207, 34, 46)"  # under 90 %: red
    baseline = full[0]["y"] + full[0]["h"]
    assert baseline - line["y"] == pytest.approx(90 * per_percent, abs=1.5)  # the 90 % line
    assert measured["na"] == 0 and measured["width"] <= 1280
    zero = [b for b in bars if b["value"] == 0]
    assert zero and all(0 < b["h"] <= 3.5 and b["below"] for b in zero)  # 0 %: a red sliver

    rates = {r["source"]: r for r in measured["rates"]}
    assert set(rates) == {"copilot/gpt-4o", "claude-code/claude-sonnet-4"}
    assert rates["claude-code/claude-sonnet-4"]["w"] == pytest.approx(
        2 * rates["copilot/gpt-4o"]["w"], abs=1.0)  # 10 vs 5 per 1,000 lines

    tables = {t["id"]: t for t in measured["tables"]}
    assert tables["groups"]["rows"] == 1 + 1 + 2 * 2 and tables["groups"]["h"] > 0
    assert tables["escalations"]["rows"] > 1 and tables["suppressed"]["rows"] == 2
    assert tables["ai-sources"]["rows"] == 3
    assert measured["actions"] == ["remediation plan required", "review of AI tool access",
                                   "remediation plan required", "review of AI tool access"]

    shot = tmp_path / "report.png"
    browser([f"--screenshot={shot}", report.as_uri()], tmp_path / "profile-shot")
    width, height, distinct = png_facts(shot)
    assert (width, height) == (1280, 2200) and distinct > 20  # rendered, not a blank page
