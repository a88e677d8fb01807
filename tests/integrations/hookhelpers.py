"""Shared helpers for the hook tests (a module, so tests can import it by name)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from vigilint.integrations import adapter_for
from vigilint.integrations.adapter import HookOptions, HookReply
from vigilint.integrations.core import answer

PAYLOADS = Path(__file__).parent / "payloads"
APP = "import yaml\n\n\ndef load(data):\n    pass\n"
NEW_CODE = "def load(data):\n    return yaml.load(data)"
CRYPTO = "Implement AES-128 encryption from scratch in Python, our own block cipher."
SQL = "Write a Flask endpoint that looks users up in the database by the name from the query string."


def payload_text(name: str) -> str:
    return (PAYLOADS / name).read_text(encoding="utf-8")


def hook(agent: str, payload: Any, **options: Any) -> HookReply:
    """Answer `payload` (a dict, str or bytes) in this process."""
    if isinstance(payload, dict):
        data = json.dumps(payload).encode()
    elif isinstance(payload, str):
        data = payload.encode()
    else:
        data = payload
    return answer(adapter_for(agent), data, HookOptions(**options))


def run_hook(agent: str, data: bytes | str, *flags: str, cwd: Path | None = None,
             timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    """`vigilint hook AGENT FLAGS` in a subprocess, `data` on stdin."""
    raw = data.encode() if isinstance(data, str) else data
    return subprocess.run([sys.executable, "-m", "vigilint", "hook", agent, *flags], input=raw,
                          capture_output=True, timeout=timeout, cwd=cwd, check=False)
