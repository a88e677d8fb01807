"""Settings from `initializationOptions`, `workspace/didChangeConfiguration` and
`workspace/configuration` (section "vigilint"), validated by the same model as the CLI.

The workspace's own `.vigilint.toml` / `[tool.vigilint]` is read as data (never executed) and
the client's settings override it. Invalid settings: one message to the user, defaults kept.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from lsprotocol import types

from vigilint.config import Settings, load_settings, settings_from_mapping
from vigilint.server.errors import guarded
from vigilint.server.server import VigilintServer

log = logging.getLogger(__name__)
SECTION = "vigilint"


def _unwrap(value: Any) -> Mapping[str, Any] | None:
    """Clients send `{"vigilint": {...}}` or the section itself."""
    if not isinstance(value, Mapping):
        return None
    inner = value.get(SECTION)
    if isinstance(inner, Mapping):
        return inner
    return value


def resolve(ls: VigilintServer, client: Mapping[str, Any] | None) -> tuple[Settings, list[str]]:
    problems: list[str] = []
    base: dict[str, Any] = {}
    if ls.root is not None:
        loaded = load_settings(ls.root)
        problems.extend(loaded.problems)
        base = loaded.settings.model_dump(exclude_defaults=True)
    data = dict(base)
    if client:
        for key, value in client.items():
            if key == "server" and isinstance(value, Mapping) and isinstance(base.get(key), dict):
                data[key] = {**base[key], **value}
            elif value is not None:
                data[key] = value
    settings, more = settings_from_mapping(data, "vigilint settings")
    problems.extend(more)
    return settings, problems


def _tell(ls: VigilintServer, problems: list[str]) -> None:
    if not problems:
        return
    ls.window_show_message(types.ShowMessageParams(
        type=types.MessageType.Warning,
        message="vigilint: invalid settings ignored: " + "; ".join(problems[:5])))


def initial_settings(ls: VigilintServer, options: Any) -> None:
    settings, problems = resolve(ls, _unwrap(options))
    ls.settings = settings
    ls.apply_settings(settings)
    ls.pending_problems = problems


async def pull_configuration(ls: VigilintServer) -> Mapping[str, Any] | None:
    caps = ls.client_capabilities.workspace
    if caps is None or not caps.configuration:
        return None
    try:
        values = await ls.workspace_configuration_async(types.ConfigurationParams(
            items=[types.ConfigurationItem(section=SECTION)]))
    except Exception as exc:
        log.info("workspace/configuration failed: %s", type(exc).__name__)
        return None
    if not values:
        return None
    return _unwrap(values[0])


async def refresh(ls: VigilintServer, client: Mapping[str, Any] | None) -> None:
    settings, problems = resolve(ls, client)
    _tell(ls, problems)
    if settings != ls.settings:
        ls.apply_settings(settings)
        ls.refresh_pull_diagnostics()


def register(server: VigilintServer) -> None:
    @server.feature(types.INITIALIZED)
    @guarded("configuration")
    async def initialized(ls: VigilintServer, params: types.InitializedParams) -> None:
        _tell(ls, ls.pending_problems)
        pulled = await pull_configuration(ls)
        if pulled is not None:
            await refresh(ls, pulled)

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    @guarded("configuration")
    async def did_change_configuration(ls: VigilintServer,
                                       params: types.DidChangeConfigurationParams) -> None:
        pushed = _unwrap(params.settings)
        pulled = await pull_configuration(ls)
        await refresh(ls, pulled if pulled is not None else pushed)
