"""A real PostgreSQL server for the ledger tests.

1. `VIGILINT_TEST_PG_URL` set (CI sets it, see .ci/run): that server is used; if it can't be
   reached the tests fail, never skip.
2. Otherwise, when PostgreSQL's `initdb` is installed (Debian: /usr/lib/postgresql/*/bin), a
   throw-away cluster is started in a temporary folder, listening only on a Unix socket there
   (as the `postgres` user when the tests run as root), and removed afterwards.
3. Otherwise the PostgreSQL tests are skipped with that reason, except under CI (`CI` set),
   where a missing server fails the run.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

URL_ENV = "VIGILINT_TEST_PG_URL"


class NoServer(Exception):
    """No PostgreSQL server can be had here (the reason is the message)."""


class Unusable(Exception):
    """A server was configured but does not work (the tests must fail)."""


def _bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else None


def check(url: str) -> None:
    import psycopg

    try:
        with psycopg.connect(url, connect_timeout=10) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        raise Unusable(f"{URL_ENV} is set but the server can't be used: {exc}") from None


@contextlib.contextmanager
def _cluster() -> Iterator[str]:
    initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
    if not initdb or not pg_ctl:
        raise NoServer(f"no PostgreSQL server: set {URL_ENV}, or install PostgreSQL "
                       "(Debian: apt-get install postgresql) so the tests can start one")
    prefix: list[str] = []
    folder = Path(tempfile.mkdtemp(prefix="vigilint-pg-"))
    if os.geteuid() == 0:  # initdb refuses root: run the cluster as the postgres user
        try:
            account = pwd.getpwnam("postgres")
        except KeyError:
            raise NoServer("running as root and there is no `postgres` user to run a "
                           f"throw-away PostgreSQL cluster; set {URL_ENV}") from None
        os.chown(folder, account.pw_uid, account.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    data = folder / "data"
    try:
        subprocess.run([*prefix, initdb, "-D", str(data), "-A", "trust", "-U", "vigilint",
                        "--no-sync", "-E", "UTF8"], check=True, capture_output=True, timeout=120)
        options = f"-k {folder} -c listen_addresses='' -c fsync=off -c max_connections=50"
        subprocess.run([*prefix, pg_ctl, "-D", str(data), "-o", options, "-l",
                        str(folder / "log"), "-w", "-t", "60", "start"], check=True,
                       capture_output=True, timeout=120)
    except (OSError, subprocess.SubprocessError) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise NoServer(f"couldn't start a throw-away PostgreSQL cluster ({exc})") from None
    try:
        yield f"postgresql://vigilint@/postgres?host={quote(str(folder))}"
    finally:
        subprocess.run([*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True, timeout=60, check=False)
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def server() -> Iterator[str]:
    """The URL of a usable server (see the module docstring); NoServer or Unusable."""
    url = os.environ.get(URL_ENV, "").strip()
    if url:
        check(url)
        yield url
        return
    with _cluster() as started:
        check(started)
        yield started


def with_schema(url: str, schema: str) -> str:
    """`url` with `search_path` set to `schema` (each test gets its own tables)."""
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}options={quote(f'-csearch_path={schema}')}"


@contextlib.contextmanager
def fresh_schema(url: str) -> Iterator[str]:
    """A URL whose tables live in a new, empty schema, dropped afterwards."""
    import psycopg

    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield with_schema(url, schema)
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
