"""One CI runner of the concurrency test, run in its own process: open the ledger, wait for
the others, sync 500 findings (250 shared by every runner, 250 of its own)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from provhelpers import T0, finding

from vigilint.provenance.backends import open_database
from vigilint.provenance.context import SyncContext
from vigilint.provenance.ledger import Ledger

SHARED = 250
OWN = 250
CONTEXT = SyncContext(repository="example.com/acme/monorepo", branch="main", team="platform")


def findings_of(runner: int) -> list[tuple[str, Any]]:
    shared = [("shared.py", finding(f"shared-{n:03}", "shared.py", line=n + 1))
              for n in range(SHARED)]
    own = [(f"own{runner}.py", finding(f"own{runner}-{n:03}", f"own{runner}.py", line=n + 1))
           for n in range(OWN)]
    return shared + own


def run(url: str, runner: int, round_: int, barrier: Any) -> None:
    with Ledger(open_database(url, None, timeout=120)) as ledger:
        barrier.wait(timeout=120)
        ledger.sync(CONTEXT, findings_of(runner), ["shared.py", f"own{runner}.py"],
                    now=T0 + timedelta(days=round_, minutes=runner))
