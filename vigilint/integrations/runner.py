"""Running one hook: read the whole input, decode it, answer it within a deadline.

The check runs in a forked child process (POSIX); the parent waits at most `timeout` seconds
for its answer. A check that takes longer is killed and a child that dies (a crash, memory
exhausted, a signal) gives no answer: in both cases the parent answers with the failure rule
(block, or let through with `--fail-open`), in time for the agent, whose own timeout or crash
handling would otherwise let the event through. Where `fork` is missing (Windows) the check
runs in this process, without the deadline. The parent does nothing that can hang: reading
stdin and decoding JSON are linear in the input, which is capped at 64 MiB.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import IO, Any

from vigilint.integrations import adapter_for
from vigilint.integrations.adapter import Adapter, Event, HookOptions, HookReply
from vigilint.integrations.core import answer, answer_event, decode, fallback, safe_reply
from vigilint.integrations.decoding import MAX_EVENT_BYTES, DeepEvent, EventError, read_all
from vigilint.integrations.isolation import isolated


def run_hook(agent: str, options: HookOptions, stdin: Any = None, stdout: IO[bytes] | None = None,
             stderr: IO[bytes] | None = None) -> int:
    """Answer the event on `stdin`; returns the exit code the agent must see."""
    adapter = adapter_for(agent)
    stdin = stdin if stdin is not None else sys.stdin.buffer
    reply = respond(adapter, stdin, options)
    _write(stdout if stdout is not None else sys.stdout.buffer, reply.stdout)
    _write(stderr if stderr is not None else sys.stderr.buffer, reply.stderr)
    return reply.exit_code


def respond(adapter: Adapter, stdin: Any, options: HookOptions) -> HookReply:
    """Read, decode and answer. The parent decodes with the standard (C) parser only, which is
    linear and quick, so that it knows the event for its fallback answer; input nested too
    deep for it is decoded in the child, under the deadline, like the check."""
    event: Event | None = None
    try:
        data, more = read_all(stdin)
        if more:
            raise EventError(f"the hook input is larger than {MAX_EVENT_BYTES // (1 << 20)} MiB")
        event = decode(adapter, data, options, deep=False)
    except DeepEvent:
        return supervised(lambda: answer(adapter, data, options), options.timeout,
                          lambda why: _fallback(adapter, None, why, options))
    except EventError as exc:
        return _fallback(adapter, None, str(exc), options)
    except OSError as exc:
        return _fallback(adapter, None, f"the hook input could not be read ({exc.strerror})",
                         options)
    checked = event
    return supervised(lambda: answer_event(adapter, checked, options), options.timeout,
                      lambda why: _fallback(adapter, checked, why, options))


def _fallback(adapter: Adapter, event: Event | None, why: str, options: HookOptions) -> HookReply:
    try:
        return safe_reply(fallback(adapter, event, why, options))
    except Exception:  # the answer of last resort must not fail in its turn
        # Exit 2 blocks where the exit code decides; JSON on exit 0 where the JSON does.
        code = 2 if adapter.name in ("claude-code", "windsurf") else 0
        return safe_reply(HookReply(code, json.dumps({
            "continue": False, "permission": "deny", "permissionDecision": "deny",
            "cancel": True, "user_message": "vigilint blocked this because it could not "
                                            "check it."}) + "\n",
            f"vigilint blocked this because it could not check it: {why}.\n"))


def supervised(check: Callable[[], HookReply], timeout: float,
               on_failure: Callable[[str], HookReply]) -> HookReply:
    """`check()` in a child process, or `on_failure(why)` when it fails or is late."""
    result, why = isolated(lambda: check().as_dict(), timeout)
    if result is None:
        return on_failure(why)
    return HookReply(int(result["exit_code"]), str(result["stdout"]), str(result["stderr"]))


def _write(stream: IO[bytes], text: str) -> None:
    if not text:
        return
    try:
        stream.write(text.encode("utf-8", "backslashreplace"))
        stream.flush()
    except (BrokenPipeError, OSError, ValueError):
        pass  # the agent stopped listening; the exit code still tells it
