"""Handler failures: logged (without document text), shown to the user at most once per kind
per minute, and never fatal to the server."""

from __future__ import annotations

import functools
import inspect
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from lsprotocol import types

if TYPE_CHECKING:
    from vigilint.server.server import VigilintServer

log = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., Any])
QUIET_SECONDS = 60.0


class ErrorReporter:
    def __init__(self, server: VigilintServer) -> None:
        self.server = server
        self._last_shown: dict[str, float] = {}
        self.count = 0

    def report(self, kind: str, exc: BaseException) -> None:
        self.count += 1
        # Only the exception type and its message: never the document text.
        log.error("%s failed: %s: %s", kind, type(exc).__name__, str(exc)[:300],
                  exc_info=log.isEnabledFor(logging.DEBUG))
        now = time.monotonic()
        last = self._last_shown.get(kind)
        if last is not None and now - last < QUIET_SECONDS:
            return
        self._last_shown[kind] = now
        try:
            self.server.window_show_message(types.ShowMessageParams(
                type=types.MessageType.Error,
                message=f"vigilint: {kind} failed ({type(exc).__name__}: {str(exc)[:200]}); "
                        "the server keeps running. See the output log for details."))
        except Exception:  # the transport may be gone during shutdown
            log.debug("could not show the error message")


def guarded(kind: str, default: Any = None) -> Callable[[F], F]:
    """Wrap a notification or request handler: an exception is reported (rate-limited) and
    the handler returns `default`, so a bug in one feature never takes the server down."""

    def decorate(handler: F) -> F:
        if inspect.iscoroutinefunction(handler):
            @functools.wraps(handler)
            async def async_wrapper(ls: VigilintServer, *args: Any) -> Any:
                try:
                    return await handler(ls, *args)
                except Exception as exc:
                    ls.errors.report(kind, exc)
                    return default
            return async_wrapper  # type: ignore[return-value]

        @functools.wraps(handler)
        def wrapper(ls: VigilintServer, *args: Any) -> Any:
            try:
                return handler(ls, *args)
            except Exception as exc:
                ls.errors.report(kind, exc)
                return default
        return wrapper  # type: ignore[return-value]

    return decorate
