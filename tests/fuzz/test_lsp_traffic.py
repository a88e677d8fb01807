"""Fuzz, end to end: random and malformed LSP traffic against `vigilint serve`.

Each example is one server session generated from a seed (`server/fuzz_traffic.py`):
documents opened, edited in bursts of up to 1,000 edits, closed; requests with valid and
broken parameters; cancellations; bad JSON, wrong Content-Length, garbage, oversize headers;
one of five shutdown orderings. Every property is checked on every session: no crash, no
request unanswered past the deadline, final diagnostics equal to a fresh analysis of the
final text, no diagnostic out of range, the planted secret nowhere in the output or the log,
no traceback, no error popup. A short derandomized run here; `bench/fuzz_lsp.py` runs it for
as long as asked with fresh seeds."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from server.fuzz_traffic import ORDERINGS, Report, run_session

DEADLINE = 30.0  # seconds for an answer on a loaded CI machine (the bench uses 10)


@settings(max_examples=6, deadline=None, derandomize=True, database=None,
          phases=(Phase.explicit, Phase.generate),  # a session is its own minimal case
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1), ordering=st.sampled_from(ORDERINGS))
def test_random_sessions_keep_every_property(seed: int, ordering: str,
                                             tmp_path_factory: pytest.TempPathFactory) -> None:
    root = tmp_path_factory.mktemp("fuzz")
    (root / ".git").mkdir()
    report = Report()
    run_session(seed, root, report, steps=40, burst=1000, deadline=DEADLINE, ordering=ordering)
    assert not report.violations, f"seed {seed} ({ordering}): " + "\n".join(report.violations)
    assert report.counts["exit checks"] == 1 and report.counts["secret checks"] == 1
