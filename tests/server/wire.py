"""A raw JSON-RPC client for `vigilint serve`: bytes in, messages out, stderr kept.

pytest-lsp's client only sends well-formed messages; the protocol tests, the fuzz tests and
the fuzz bench need to send anything (bad JSON, wrong lengths, wrong types) and see every
byte the server writes back, its stderr and its exit code.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

SERVER = [sys.executable, "-m", "vigilint"]


def frame(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def encode(message: dict[str, Any]) -> bytes:
    return frame(json.dumps(message).encode("utf-8", "surrogatepass"))


class ServerGone(Exception):
    pass


def _hashable(value: Any) -> Any:
    return value if isinstance(value, (str, int, float, type(None))) else json.dumps(value)


class Wire:
    """One server process. `messages` collects everything it sends (parsed JSON)."""

    def __init__(self, args: Sequence[str] = (), cwd: Path | None = None,
                 env: dict[str, str] | None = None, debug: bool = False) -> None:
        argv = [*SERVER, *(["--debug"] if debug else []), "serve", *args]
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, cwd=cwd,
                                     env={**os.environ, **(env or {})})
        self.messages: list[dict[str, Any]] = []
        self.received: dict[Any, float] = {}  # answer id -> when it arrived (monotonic)
        self.raw_out = bytearray()
        self._queue: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._stderr = bytearray()
        self._next_id = 1
        self.framing_errors = 0
        threading.Thread(target=self._read_stdout, daemon=True).start()
        threading.Thread(target=self._read_stderr, daemon=True).start()

    # -- output ------------------------------------------------------------------------------
    def _read_stdout(self) -> None:
        assert self.proc.stdout is not None
        buffer = b""
        while True:
            chunk = self.proc.stdout.read1(65536)  # type: ignore[attr-defined]
            if not chunk:
                break
            self.raw_out += chunk
            buffer += chunk
            while True:
                head, sep, rest = buffer.partition(b"\r\n\r\n")
                if not sep:
                    break
                length = None
                for line in head.split(b"\r\n"):
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value.strip())
                if length is None:
                    self.framing_errors += 1
                    buffer = rest
                    continue
                if len(rest) < length:
                    break
                body, buffer = rest[:length], rest[length:]
                try:
                    message = json.loads(body)
                except ValueError:
                    self.framing_errors += 1
                    continue
                if isinstance(message, dict) and "method" not in message:
                    self.received.setdefault(_hashable(message.get("id")), time.monotonic())
                self.messages.append(message)
                self._queue.put(message)
        self._queue.put(None)

    def _read_stderr(self) -> None:
        assert self.proc.stderr is not None
        while True:
            chunk = self.proc.stderr.read1(65536)  # type: ignore[attr-defined]
            if not chunk:
                break
            self._stderr += chunk

    @property
    def stderr(self) -> str:
        return self._stderr.decode("utf-8", "replace")

    # -- input -------------------------------------------------------------------------------
    def send_raw(self, data: bytes) -> None:
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write(data)
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError) as exc:
            raise ServerGone(str(exc)) from exc

    def send(self, message: dict[str, Any]) -> None:
        self.send_raw(encode(message))

    def notify(self, method: str, params: Any = None) -> None:
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method: str, params: Any = None, msg_id: Any = None) -> Any:
        if msg_id is None:
            msg_id = self._next_id
            self._next_id += 1
        self.send({"jsonrpc": "2.0", "id": msg_id, "method": method, "params": params})
        return msg_id

    # -- waiting -----------------------------------------------------------------------------
    def wait_for(self, predicate: Callable[[dict[str, Any]], bool], timeout: float = 30,
                 what: str = "a message") -> dict[str, Any]:
        for message in self.messages:
            if predicate(message):
                return message
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no {what} within {timeout} s")
            try:
                message = self._queue.get(timeout=left)
            except queue.Empty:
                continue
            if message is None:
                self._queue.put(None)
                raise ServerGone(f"the server ended while waiting for {what}: "
                                 f"{self.stderr[-2000:]}")
            if predicate(message):
                return message

    def response(self, msg_id: Any, timeout: float = 30) -> dict[str, Any]:
        return self.wait_for(lambda m: "method" not in m and m.get("id") == msg_id
                             and ("result" in m or "error" in m), timeout,
                             f"answer to {msg_id!r}")

    def call(self, method: str, params: Any = None, timeout: float = 30) -> dict[str, Any]:
        return self.response(self.request(method, params), timeout)

    def published(self, uri: str, version: int | None = None) -> list[dict[str, Any]]:
        return [m["params"] for m in self.messages
                if m.get("method") == "textDocument/publishDiagnostics"
                and m["params"]["uri"] == uri
                and (version is None or m["params"].get("version") == version)]

    def wait_published(self, uri: str, version: int | None = None,
                       timeout: float = 30) -> dict[str, Any]:
        message = self.wait_for(
            lambda m: m.get("method") == "textDocument/publishDiagnostics"
            and m["params"]["uri"] == uri
            and (version is None or m["params"].get("version") == version),
            timeout, f"diagnostics of {uri} v{version}")
        return message["params"]

    def shown_errors(self) -> list[str]:
        return [m["params"]["message"] for m in self.messages
                if m.get("method") == "window/showMessage" and m["params"].get("type") == 1]

    # -- session -----------------------------------------------------------------------------
    def initialize(self, root: Path | None = None, pull: bool = False,
                   options: Any = None) -> dict[str, Any]:
        caps: dict[str, Any] = {"textDocument": {"publishDiagnostics": {"versionSupport": True}}}
        if pull:
            caps["textDocument"]["diagnostic"] = {}
        answer = self.call("initialize", {
            "processId": None, "rootUri": root.as_uri() if root else None,
            "capabilities": caps, "initializationOptions": options})
        self.notify("initialized", {})
        return answer

    def open(self, uri: str, text: str, language: str = "python", version: int = 1) -> None:
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": language, "version": version, "text": text}})

    def change(self, uri: str, version: int, text: str,
               rng: tuple[int, int, int, int] | None = None) -> None:
        change: dict[str, Any] = {"text": text}
        if rng is not None:
            change["range"] = {"start": {"line": rng[0], "character": rng[1]},
                               "end": {"line": rng[2], "character": rng[3]}}
        self.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version}, "contentChanges": [change]})

    def close(self, timeout: float = 15) -> int:
        """shutdown + exit; the exit code (the process is killed if it does not end)."""
        if self.proc.poll() is None:
            try:
                self.call("shutdown", None, timeout=timeout)
                self.notify("exit")
            except (ServerGone, TimeoutError):
                pass
        return self.wait(timeout)

    def wait(self, timeout: float = 15) -> int:
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            return -9

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def rss_mb(self) -> float:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")
