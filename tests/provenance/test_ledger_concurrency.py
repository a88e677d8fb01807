"""8 CI runners sync 500 findings each into one ledger at the same moment, twice: nothing is
lost, nothing is duplicated, first-seen times never move (SQLite and PostgreSQL)."""

from __future__ import annotations

import multiprocessing
from datetime import timedelta

import ledger_worker
from provhelpers import T0

from vigilint.provenance.backends import open_database
from vigilint.provenance.ledger import Ledger

RUNNERS = 8


def run_round(url: str, round_: int) -> None:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(RUNNERS)
    workers = [context.Process(target=ledger_worker.run, args=(url, n, round_, barrier))
               for n in range(RUNNERS)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=300)
    assert [w.exitcode for w in workers] == [0] * RUNNERS


def test_eight_runners_lose_nothing_and_duplicate_nothing(ledger_url: str) -> None:
    run_round(ledger_url, 0)
    expected = ledger_worker.SHARED + RUNNERS * ledger_worker.OWN
    with Ledger(open_database(ledger_url, None)) as ledger:
        entries = ledger.entries()
        keys = [(e.repository, e.path, e.fingerprint) for e in entries]
        assert len(keys) == expected and len(set(keys)) == expected
        assert all(e.fixed_at is None and e.reopened == 0 for e in entries)
        runner_times = {T0 + timedelta(minutes=n) for n in range(RUNNERS)}
        shared_first = {e.first_seen for e in entries if e.path == "shared.py"}
        assert len(shared_first) == 1 and shared_first <= runner_times
        for n in range(RUNNERS):
            own = [e for e in entries if e.path == f"own{n}.py"]
            assert len(own) == ledger_worker.OWN
            assert {e.first_seen for e in own} == {T0 + timedelta(minutes=n)}
    run_round(ledger_url, 1)  # the same runners a day later
    with Ledger(open_database(ledger_url, None)) as ledger:
        again = ledger.entries()
        assert len(again) == expected
        assert {e.first_seen for e in again if e.path == "shared.py"} == shared_first
        assert min(e.last_seen for e in again) >= T0 + timedelta(days=1)
        episodes = ledger.db.query("SELECT finding_id, COUNT(*) AS n FROM finding_episodes "
                                   "GROUP BY finding_id")
        assert len(episodes) == expected and {r["n"] for r in episodes} == {1}
        scans = ledger.db.query("SELECT COUNT(*) AS n, SUM(new) AS new FROM scans")[0]
        assert (scans["n"], scans["new"]) == (2 * RUNNERS, expected)
