"""The server answers every request and survives any input, over a raw pipe (`wire.Wire`).

Regression tests for the defects of the fuzz run (issue 26): oversize Content-Length,
unanswered requests with wrong parameter types, no -32700, requests after shutdown, exit
during a running request, tracebacks and server paths in errors, popups for ignorable input,
a planted secret on stderr.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .wire import Wire, encode, frame

HOVER = "textDocument/hover"
SECRET = "ghp_" + "Q7vLm2Xr9TzW4nBpK8sD3fH6jY1cE5gA0uRo"  # a GitHub token, planted
AWS = "AKIA" + "Z7QW3RT5YU6IOPA2"


def _error(answer: dict, code: int) -> dict:
    assert "error" in answer, answer
    assert answer["error"]["code"] == code, answer
    assert "data" not in answer["error"], answer  # no traceback with server paths
    return answer["error"]


@pytest.fixture
def wire(tmp_path: Path):  # type: ignore[no-untyped-def]
    server = Wire(cwd=tmp_path)
    yield server
    server.kill()


def _hover(uri: str = "file:///nowhere/a.py") -> dict:
    return {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}


def test_framing_errors_are_answered_and_survived(wire: Wire, tmp_path: Path) -> None:
    wire.initialize(tmp_path)
    # A Content-Length of 99999999999999 is skipped, not allocated; its request is answered.
    wire.send_raw(b"Content-Length: 99999999999999\r\n\r\n"
                  b'{"jsonrpc":"2.0","id":77,"method":"textDocument/hover","params":{"x":"'
                  + b"y" * 5000)
    # Not JSON: -32700 with id null.
    wire.send_raw(frame(b"{this is not json"))
    # Garbage between messages, a length shorter than the body, a length longer than it.
    wire.send_raw(b"garbage\r\n")
    short = json.dumps({"jsonrpc": "2.0", "id": 78, "method": HOVER, "params": _hover()})
    wire.send_raw(b"Content-Length: 10\r\n\r\n" + short.encode())
    long_body = json.dumps({"jsonrpc": "2.0", "id": 79, "method": HOVER, "params": _hover()})
    wire.send_raw(b"Content-Length: 5000\r\n\r\n" + long_body.encode())
    wire.send_raw(b"Content-Length: nine\r\n\r\n")
    after = wire.request(HOVER, _hover())
    assert _error(wire.response(77), -32600)["message"].startswith("The message is too large")
    parse_error = wire.wait_for(lambda m: m.get("error", {}).get("code") == -32700)
    assert parse_error["id"] is None
    assert wire.response(after) == {"jsonrpc": "2.0", "id": after, "result": None}
    assert wire.response(79)["result"] is None  # its body was complete: read and answered
    assert wire.close() == 0
    assert "Traceback" not in wire.stderr
    assert wire.framing_errors == 0  # everything the server wrote was well framed


def test_wrong_parameter_types_get_invalid_params(wire: Wire, tmp_path: Path) -> None:
    wire.initialize(tmp_path)
    cases = {
        "a string for a number": (HOVER, {"textDocument": {"uri": "file:///a.py"},
                                          "position": {"line": "x", "character": 0}}),
        "range null": ("textDocument/codeAction", {
            "textDocument": {"uri": "file:///a.py"}, "range": None,
            "context": {"diagnostics": []}}),
        "params as an array": (HOVER, [1, 2]),
        "empty pull diagnostics": ("textDocument/diagnostic", {}),
        "negative position": (HOVER, {"textDocument": {"uri": "file:///a.py"},
                                      "position": {"line": -1, "character": 0}}),
    }
    for name, (method, params) in cases.items():
        error = _error(wire.call(method, params), -32602)
        assert method in error["message"], name
    assert _error(wire.call("workspace/executeCommand", {"command": "nope"}), -32602)
    assert _error(wire.call("no/such/method", {}), -32601)
    assert wire.close() == 0
    assert "Traceback" not in wire.stderr


def test_lifecycle_follows_lsp_3_17(tmp_path: Path) -> None:
    wire = Wire(cwd=tmp_path)
    try:
        # A notification before initialize is dropped, a request gets -32002.
        wire.open("file:///early.py", "import yaml\nyaml.load(x)\n")
        _error(wire.call(HOVER, _hover()), -32002)
        wire.initialize(tmp_path)
        _error(wire.call("initialize", {"processId": None, "rootUri": None,
                                        "capabilities": {}}), -32600)
        assert wire.call("shutdown") == {"jsonrpc": "2.0", "id": wire._next_id - 1,
                                         "result": None}
        _error(wire.call(HOVER, _hover()), -32600)
        wire.notify("exit")
        assert wire.wait() == 0
        assert not wire.published("file:///early.py")
    finally:
        wire.kill()
    # exit without shutdown: code 1; exit while a request runs: no traceback.
    wire = Wire(cwd=tmp_path)
    try:
        wire.initialize(tmp_path)
        uri = (tmp_path / "slow.py").as_uri()
        wire.open(uri, "import yaml\n" + "def f(s):\n    return yaml.load(s)\n" * 3000)
        wire.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
        wire.notify("exit")
        assert wire.wait() == 1
        assert "Traceback" not in wire.stderr and "Error" not in wire.stderr, wire.stderr
    finally:
        wire.kill()


def test_ignorable_input_pops_up_nothing(wire: Wire, tmp_path: Path) -> None:
    wire.initialize(tmp_path)
    wire.change("file:///never/opened.py", 2, "x = 1\n", (0, 0, 0, 0))
    wire.notify("textDocument/didClose", {"textDocument": {"uri": "file:///never/opened.py"}})
    wire.notify("$/cancelRequest", {"id": {"an": "object"}})
    wire.notify("$/cancelRequest", {"id": 123456})
    wire.notify("$/setTrace", {"value": "verbose"})
    wire.notify("$/somethingNew", {"x": 1})
    wire.notify("custom/notification", [1, 2, 3])
    assert wire.call(HOVER, _hover())["result"] is None
    assert wire.shown_errors() == []
    assert wire.close() == 0
    assert "Traceback" not in wire.stderr


@pytest.mark.parametrize("debug", [False, True], ids=["default", "debug"])
def test_a_planted_secret_never_reaches_the_log(tmp_path: Path, debug: bool) -> None:
    wire = Wire(args=["--log-level", "debug"], cwd=tmp_path, debug=debug)
    try:
        wire.initialize(tmp_path)
        params = {"textDocument": {"uri": "file:///a.py"}, "position": {"line": 0},
                  "token": SECRET, "aws": AWS}
        for msg_id in (1.5, {"o": SECRET}, [1], True, None, SECRET):
            wire.send({"jsonrpc": "2.0", "id": msg_id, "method": HOVER, "params": params})
        wire.send_raw(frame(b'{"jsonrpc":"2.0","id":9,"method":"x","params":{"t":"'
                            + SECRET.encode() + b'"'))  # not JSON
        wire.send_raw(encode({"jsonrpc": "2.0", "id": 10, "method": HOVER,
                              "params": [SECRET, AWS]}))
        uri = (tmp_path / "config.py").as_uri()
        wire.open(uri, f'TOKEN = "{SECRET}"\nAWS_KEY = "{AWS}"\n')
        wire.wait_published(uri, 1)
        assert wire.close() == 0
    finally:
        wire.kill()
    log = wire.stderr
    assert log  # debug logging wrote something
    for value in (SECRET, AWS, SECRET[4:20], AWS[4:]):
        assert value not in log
    for message in wire.messages:
        text = json.dumps(message)
        assert SECRET not in text or message.get("method") is None
    if not debug:
        assert "Traceback" not in log


def test_positions_are_exact_with_lone_surrogates(wire: Wire, tmp_path: Path) -> None:
    """A lone surrogate before a finding used to shift it by one (the conversion dropped it),
    so diagnostics after an edit differed from a fresh analysis of the same text."""
    wire.initialize(tmp_path)
    text = 'x = "\ud800"; import yaml; v = yaml.load(d)\n'
    uri = (tmp_path / "a" / "lone.py").as_uri()
    wire.open(uri, text)
    first = wire.wait_published(uri, 1)["diagnostics"]
    load = text.index("yaml.load")
    assert [(d["code"], d["range"]["start"]["character"]) for d in first
            if d["code"] == "VG-PY-DESER-001"] == [("VG-PY-DESER-001", load)]
    # Insert a low surrogate right after the high one: two separate code points, not a pair.
    wire.change(uri, 2, "\udc00", (0, 6, 0, 6))
    edited = wire.wait_published(uri, 2)["diagnostics"]
    final = text[:6] + "\udc00" + text[6:]
    fresh_uri = (tmp_path / "b" / "lone.py").as_uri()
    wire.open(fresh_uri, final)
    fresh = wire.wait_published(fresh_uri, 1)["diagnostics"]

    def key(diags: list[dict]) -> list[tuple]:
        return sorted((d["code"], json.dumps(d["range"], sort_keys=True)) for d in diags)

    assert key(edited) == key(fresh)
    assert [d["range"]["start"]["character"] for d in edited
            if d["code"] == "VG-PY-DESER-001"] == [load + 1]
    assert wire.close() == 0


def test_crlf_prompt_comment_ends_within_its_line(wire: Wire, tmp_path: Path) -> None:
    wire.initialize(tmp_path)
    line = "# TODO: write a function that runs the user's shell command with os.system"
    uri = (tmp_path / "tool.py").as_uri()
    wire.open(uri, f"import os\r\n{line}\r\nx = 1\r\n")
    diagnostics = [d for d in wire.wait_published(uri, 1)["diagnostics"]
                   if str(d["code"]).startswith("VG-PROMPT")]
    assert diagnostics
    for diag in diagnostics:
        assert diag["range"]["end"] == {"line": 1, "character": len(line)}
    assert wire.close() == 0


def test_a_huge_document_degrades_with_a_notice(wire: Wire, tmp_path: Path) -> None:
    """20 MB: secret detection only, with a notice; the server keeps answering."""
    wire.initialize(tmp_path)
    body = "".join(f"def f{i}(x):\n    return x + {i}\n" for i in range(2000))
    text = body * (20_000_000 // len(body)) + f'TOKEN = "{SECRET}"\n'
    uri = (tmp_path / "huge.py").as_uri()
    wire.open(uri, text)
    hover = wire.request(HOVER, _hover(uri))
    published = wire.wait_published(uri, 1, timeout=120)
    codes = [d["code"] for d in published["diagnostics"]]
    assert "reduced-mode" in codes
    secret = [d for d in published["diagnostics"] if d["code"] == "VG-SEC-003"
              or "token" in d["message"].lower()]
    assert secret and secret[0]["range"]["start"]["line"] == text.count("\n") - 1
    assert "error" not in wire.response(hover, timeout=120)
    lines = text.count("\n")
    wire.change(uri, 2, "x = 1\n", (lines, 0, lines, 0))
    assert wire.wait_published(uri, 2, timeout=120)
    assert wire.close() == 0


def test_a_runaway_analysis_is_stopped_with_a_notice(tmp_path: Path) -> None:
    """The HCL grammar parses a long run of spaces in quadratic time (minutes for 200,000):
    the analysis is stopped at its CPU budget, secret detection still runs, and the server
    answers meanwhile."""
    wire = Wire(cwd=tmp_path, env={"VIGILINT_ANALYSIS_BUDGET": "1"})
    try:
        wire.initialize(tmp_path)
        uri = (tmp_path / "main.tf").as_uri()
        text = f'token = "{SECRET}"\nauth' + " " * 200_000 + "x\n"
        wire.open(uri, text)
        assert "error" not in wire.call(HOVER, _hover(uri), timeout=120)
        diagnostics = wire.wait_published(uri, 1, timeout=120)["diagnostics"]
        messages = " ".join(d["message"] for d in diagnostics)
        assert "only secret detection ran" in messages
        assert any(d["range"]["start"]["line"] == 0 and d["code"] != "reduced-mode"
                   for d in diagnostics)
        assert wire.close() == 0
        assert "Traceback" not in wire.stderr
    finally:
        wire.kill()
