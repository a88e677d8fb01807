"""The ledger on both databases (each test runs on SQLite and on a real PostgreSQL): schema by
migrations, the finding lifecycle, repositories kept apart, UTC storage."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from provhelpers import T0, Clock, finding

from vigilint.provenance import migrations
from vigilint.provenance.backends import open_database
from vigilint.provenance.context import SyncContext
from vigilint.provenance.ledger import Ledger
from vigilint.provenance.recorder import AiRange
from vigilint.provenance.store import SCHEMA_VERSION, StoreError, open_store

REPO = SyncContext(repository="example.com/acme/shop", branch="main", team="payments",
                   commit="c0ffee")
LEDGER_TABLES = ("findings", "finding_episodes", "ai_code", "scans")


def columns(ledger: Ledger) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for table in LEDGER_TABLES:
        if ledger.db.dialect == "sqlite":
            rows = ledger.db.query(f"PRAGMA table_info({table})")
            out[table] = sorted(r["name"] for r in rows)
        else:
            rows = ledger.db.query(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                "AND table_schema = current_schema()", [table])
            out[table] = sorted(r["column_name"] for r in rows)
    return out


def test_both_databases_have_the_same_ledger_schema(tmp_path: Path, pg_url: str) -> None:
    with Ledger(open_database(f"sqlite:///{tmp_path / 'l.db'}", None)) as lite, \
            Ledger(open_database(pg_url, None)) as pg:
        assert columns(lite) == columns(pg)
        assert all(columns(lite).values())
        assert "commit_sha" in columns(pg)["findings"] and "team" in columns(pg)["ai_code"]


def test_postgres_migrations_run_once_and_refuse_a_newer_schema(pg_url: str) -> None:
    for _ in range(2):  # opening again applies nothing twice
        with Ledger(open_database(pg_url, None)) as ledger:
            rows = ledger.db.query("SELECT version, name FROM schema_migrations ORDER BY 1")
            assert [r["version"] for r in rows] == list(
                range(1, migrations.latest("postgresql") + 1))
            ledger.db.write(lambda tx: None)
    with Ledger(open_database(pg_url, None)) as ledger:
        ledger.db.write(lambda tx: tx.execute(
            "INSERT INTO schema_migrations (version, name) VALUES (99, 'future')"))
    with pytest.raises(StoreError, match="newer than this vigilint"):
        open_database(pg_url, None)


def test_unreachable_postgres_is_a_sentence_without_the_password() -> None:
    with pytest.raises(StoreError) as caught:
        open_database("postgresql://ci:s3cr3t-pass@127.0.0.1:1/nothing?connect_timeout=2", None)
    assert "s3cr3t-pass" not in str(caught.value)
    assert "can't connect to the PostgreSQL ledger at postgresql://ci@127.0.0.1:1/" in str(
        caught.value)


def test_lifecycle_new_seen_fixed_reopened(ledger: Ledger, clock: Clock) -> None:
    a, b = finding("fa", priority="P0"), finding("fb", priority="P2", line=9)
    update = ledger.sync(REPO, [("app.py", a), ("app.py", b)], ["app.py"], now=clock())
    assert (update.new, update.seen, update.fixed) == (2, 0, 0)
    clock.advance(hours=2)
    update = ledger.sync(REPO, [("app.py", a)], ["app.py"], now=clock())  # b fixed
    assert (update.new, update.seen, update.fixed) == (0, 1, 1)
    clock.advance(hours=3)
    update = ledger.sync(REPO, [("app.py", a), ("app.py", b)], ["app.py"], now=clock())
    assert (update.seen, update.reopened) == (1, 1)
    by_fp = {e.fingerprint: e for e in ledger.entries()}
    assert by_fp["fa"].first_seen == T0  # first-seen never moves while open
    assert by_fp["fa"].fix_due == T0 + timedelta(hours=4)
    assert by_fp["fb"].first_seen == T0 + timedelta(hours=5) and by_fp["fb"].reopened == 1
    assert by_fp["fb"].fixed_at is None
    assert (by_fp["fa"].repository, by_fp["fa"].team, by_fp["fa"].branch,
            by_fp["fa"].commit) == ("example.com/acme/shop", "payments", "main", "c0ffee")
    episodes = [e for e in ledger.episodes(clock() + timedelta(days=1), T0) if e.rule]
    b_episodes = sorted((e for e in episodes if e.line == 9), key=lambda e: e.detected_at)
    assert [(e.detected_at, e.fixed_at, e.reopened) for e in b_episodes] == [
        (T0, T0 + timedelta(hours=2), False), (T0 + timedelta(hours=5), None, True)]
    assert b_episodes[0].fix_due == T0 + timedelta(days=7)


def test_suppressed_findings_keep_their_justification(ledger: Ledger, clock: Clock) -> None:
    kept = finding("fs", justification="input is our own signed build manifest")
    update = ledger.sync(REPO, [("app.py", kept)], ["app.py"], now=clock())
    assert update.suppressed == 1
    (entry,) = ledger.entries()
    assert entry.suppressed_at == T0 and not entry.open
    assert entry.justification == "input is our own signed build manifest"
    clock.advance(days=1)
    ledger.sync(REPO, [("app.py", kept)], ["app.py"], now=clock())
    (entry,) = ledger.entries()
    assert entry.suppressed_at == T0  # the suppression time stays


def test_repositories_are_kept_apart(ledger: Ledger, clock: Clock) -> None:
    other = SyncContext(repository="example.com/acme/web", branch="main", team="web")
    same = finding("f1")
    ledger.sync(REPO, [("app.py", same)], ["app.py"], now=clock())
    ledger.sync(other, [("app.py", same)], ["app.py"], now=clock())
    clock.advance(hours=1)
    update = ledger.sync(other, [], ["app.py"], now=clock())  # fixed in web, not in shop
    assert update.fixed == 1
    state = {e.repository: e.fixed_at for e in ledger.entries()}
    assert state == {"example.com/acme/shop": None, "example.com/acme/web": clock()}
    assert [e.team for e in ledger.entries(team="web")] == ["web"]


def test_times_are_stored_in_utc(ledger: Ledger) -> None:
    india = timezone(timedelta(hours=5, minutes=30))
    local = datetime(2026, 11, 1, 3, 0, 0, 123456, tzinfo=india)  # 2026-10-31 21:30 UTC
    ledger.sync(REPO, [("app.py", finding("tz"))], ["app.py"], now=local)
    (entry,) = ledger.entries()
    assert entry.first_seen == datetime(2026, 10, 31, 21, 30, tzinfo=UTC)
    assert entry.first_seen.utcoffset() == timedelta(0)
    raw = ledger.db.query("SELECT first_seen FROM findings")[0]["first_seen"]
    if ledger.db.dialect == "sqlite":
        assert raw == "2026-10-31T21:30:00+00:00"
    else:  # timestamptz, read back in the session's UTC
        assert raw.utcoffset() == timedelta(0) and raw.hour == 21
    before = ledger.entries(since=datetime(2026, 10, 31, 21, 29, tzinfo=UTC))
    after = ledger.entries(since=datetime(2026, 10, 31, 21, 31, tzinfo=UTC))
    assert (len(before), len(after)) == (1, 0)


def test_ai_code_is_upserted_with_its_first_sync_time(ledger: Ledger, clock: Clock) -> None:
    code = AiRange(path="app.py", start_line=4, end_line=5, tool="copilot", model="gpt-4o",
                   accepted_at=T0 - timedelta(days=1), content_hash="sha256:ab")
    ledger.sync(REPO, [], ["app.py"], [code], now=clock())
    clock.advance(days=2)
    moved = AiRange(path="app.py", start_line=14, end_line=15, tool="copilot", model="gpt-4o",
                    accepted_at=T0 - timedelta(days=1), content_hash="sha256:ab")
    ledger.sync(REPO, [], ["app.py"], [moved], now=clock())
    (row,) = ledger.ai_code()
    assert (row.start_line, row.lines, row.first_synced_at, row.last_synced_at) == (
        14, 2, T0, clock())


def test_a_version_1_workspace_database_is_migrated_with_its_findings(tmp_path: Path) -> None:
    db = tmp_path / ".vigilint" / "vigilint.db"
    db.parent.mkdir()
    raw = sqlite3.connect(db)
    for statement in migrations.migrations("sqlite")[0].statements():
        raw.execute(statement)
    raw.execute("INSERT INTO findings (path, fingerprint, rule, category, priority, line, message,"
                " first_seen, last_seen, fix_due) VALUES ('app.py', 'old', 'VG-X', 'secret', "
                "'P1', 3, 'm', '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00', "
                "'2026-01-02T00:00:00+00:00')")
    raw.execute("PRAGMA user_version = 1")
    raw.commit()
    raw.close()
    (tmp_path / "pyproject.toml").write_text("")
    with open_store(tmp_path) as store:
        assert store.query("PRAGMA user_version")[0][0] == SCHEMA_VERSION
        ledger = Ledger(open_database(f"sqlite:///{db}", None))
        (entry,) = ledger.entries()
        assert (entry.repository, entry.fingerprint) == ("", "old")
        assert ledger.adopt("example.com/acme/shop") == 1
        (episode,) = ledger.episodes(datetime(2027, 1, 1, tzinfo=UTC),
                                     datetime(2025, 1, 1, tzinfo=UTC))
        assert episode.repository == "example.com/acme/shop"
        ledger.close()
