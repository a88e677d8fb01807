"""A failing handler is reported once per kind per minute and does not raise (pure)."""

from __future__ import annotations

import asyncio
from typing import Any

from vigilint.server.errors import ErrorReporter, guarded


class _FakeServer:
    def __init__(self) -> None:
        self.shown: list[Any] = []
        self.errors = ErrorReporter(self)  # type: ignore[arg-type]

    def window_show_message(self, params: Any) -> None:
        self.shown.append(params)


def test_guarded_handlers_report_once_per_kind() -> None:
    server = _FakeServer()

    @guarded("hover", default="fallback")
    def broken(ls: Any, params: Any) -> str:
        raise RuntimeError("boom")

    @guarded("code actions", default=[])
    async def broken_async(ls: Any, params: Any) -> list[str]:
        raise KeyError("x")

    assert [broken(server, None) for _ in range(5)] == ["fallback"] * 5
    assert asyncio.run(broken_async(server, None)) == []
    assert asyncio.run(broken_async(server, None)) == []
    assert server.errors.count == 7
    assert [m.message.split(" failed")[0] for m in server.shown] == \
        ["vigilint: hover", "vigilint: code actions"]
    assert "keeps running" in server.shown[0].message
