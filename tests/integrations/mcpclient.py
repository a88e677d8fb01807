"""Helpers for the MCP server tests: the SDK's own client over stdio, and a look at the server
process from outside (/proc)."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from mcp import Client, StdioServerParameters
from mcp.types import CallToolResult, TextContent


def server_env(tmp: Path) -> dict[str, str]:
    """The test's environment with a private vigilint config dir (the HMAC key file)."""
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp / "config"))
    env.pop("VIGILINT_HMAC_KEY", None)
    return env


@asynccontextmanager
async def session(root: Path, *, env: dict[str, str], prelude: str | None = None,
                  args: tuple[str, ...] = ()) -> AsyncIterator[Client]:
    """`vigilint mcp --root ROOT` started by the SDK client. `prelude` is Python run in the
    server process before the command (to break something on purpose)."""
    argv = ["mcp", "--root", str(root), *args]
    if prelude is None:
        command = ["-m", "vigilint", *argv]
    else:
        command = ["-c", prelude + f"\nimport sys\nfrom vigilint.cli import main\n"
                   f"sys.exit(main({argv!r}))\n"]
    params = StdioServerParameters(command=sys.executable, args=command, env=env, cwd=root)
    async with Client(params, read_timeout_seconds=120) as client:
        yield client


def answer_text(result: CallToolResult) -> str:
    """Everything a tool answer carries, as one text."""
    texts = [c.text for c in result.content if isinstance(c, TextContent)]
    return "\n".join(texts) + "\n" + json.dumps(result.structured_content or {})


def error_text(result: CallToolResult) -> str:
    assert result.is_error, f"expected a tool error, got {answer_text(result)[:300]}"
    return "\n".join(c.text for c in result.content if isinstance(c, TextContent))


def child_pids(marker: str) -> list[int]:
    """This process's children whose command line holds `marker` (Linux /proc)."""
    out = []
    me = os.getpid()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == me and marker.encode() in cmdline:
            out.append(int(entry))
    return out


def process_usage(pid: int) -> dict[str, Any]:
    """Resident memory (kB), open file descriptors and threads of a process."""
    status = Path(f"/proc/{pid}/status").read_text()
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    return {"rss_kb": int(fields["VmRSS"].split()[0]), "threads": int(fields["Threads"]),
            "fds": len(os.listdir(f"/proc/{pid}/fd"))}
