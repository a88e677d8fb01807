"""A computation in a forked child within a deadline (the hooks' and `vigilint prompt`'s
guard against a check that hangs or dies). Kept apart from `runner` so that `vigilint prompt`
does not import the hooks' machinery (and the findings model it reports with).
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import time
from collections.abc import Callable
from typing import Any

from vigilint import code_cache


def isolated(work: Callable[[], dict[str, Any]], timeout: float) -> tuple[dict[str, Any] | None,
                                                                         str]:
    """`(work(), "")` computed in a forked child within `timeout` seconds, or `(None, why)`
    when it raised, died or was late (then it is killed). Without fork, `work()` runs here."""
    if not hasattr(os, "fork"):
        try:
            return work(), ""
        except Exception as exc:
            return None, f"internal error ({type(exc).__name__})"
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: answer, hand the answer over, never return
        os.close(read_end)
        code = 1
        try:
            view = memoryview(json.dumps(work()).encode("ascii"))
            while view:
                view = view[os.write(write_end, view):]
            code = 0
        finally:
            with contextlib.suppress(Exception):
                code_cache.save()  # what the check compiled, for the next process
            os._exit(code)
    os.close(write_end)
    try:
        received = _read_until(read_end, time.monotonic() + timeout)
    finally:
        os.close(read_end)
    if received is None:
        _kill(pid)
        return None, f"the check took longer than {timeout:g} s"
    _, status = os.waitpid(pid, 0)
    if status != 0 or not received:
        return None, f"internal error (the check process {_describe(status)})"
    return json.loads(received), ""


def _read_until(fd: int, deadline: float) -> bytes | None:
    chunks: list[bytes] = []
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return None
        ready, _, _ = select.select([fd], [], [], remaining)
        if ready:
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


def _describe(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"was ended by signal {os.WTERMSIG(status)}"
    return f"exited with status {os.waitstatus_to_exitcode(status)}"
