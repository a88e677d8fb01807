"""JSON-RPC and LSP 3.17 rules on top of pygls' protocol: every request gets an answer.

- A body that is not JSON gets -32700 (id null); JSON that is not a message (an array, a
  wrong id or method type) gets -32600; a known method whose params have the wrong shape
  (a string for a number, `range: null`, an array, `{}` where fields are required) gets
  -32602 with the path of what is wrong (never the values, which may be document text).
- Before `initialize` a request gets -32002 and notifications are dropped (`exit` excepted);
  after `shutdown` a request gets -32600 and only `exit` is acted on; a second `initialize`
  gets -32600. `exit` ends the process with 0 after `shutdown`, 1 otherwise.
- An error answer carries a one-sentence message and no `data.traceback` (pygls adds the
  server's stack, with file paths); failures are logged as one redacted line.
- Input the server can ignore is ignored without telling the user: `$/cancelRequest` with an
  id that is not an integer or string, a cancel for a finished request, notifications of
  unknown methods. Open documents are kept by vigilint's own store (`documents.py`), not by
  pygls' workspace, which keeps a second copy of every text.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Generator
from concurrent.futures import Future
from typing import Any

import cattrs
from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.protocol import JsonRPCNotification, JsonRPCRequestMessage, LanguageServerProtocol
from pygls.protocol.json_rpc import JsonRPCResponseMessage, MsgId, RPCRequest
from pygls.protocol.language_server import lsp_method

from vigilint.server.logs import redact_text

log = logging.getLogger(__name__)

PARSE_ERROR = -32700
INVALID_REQUEST = -32600
METHOD_NOT_FOUND = -32601
INVALID_PARAMS = -32602
INTERNAL_ERROR = -32603
SERVER_NOT_INITIALIZED = -32002
REQUEST_CANCELLED = -32800

_LIFECYCLE = frozenset({types.INITIALIZE, types.EXIT})


class Rejected(Exception):
    """A message the server answers with an error (or drops, for a notification)."""

    def __init__(self, code: int, message: str, msg_id: Any = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.msg_id = msg_id


def _valid_id(value: Any) -> bool:
    return isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool))


def _echo_id(value: Any) -> Any:
    """The id to put in an error answer: the request's when it is a JSON-RPC id, else null."""
    if _valid_id(value) or (isinstance(value, float) and value == value):
        return value
    return None


def _problems(exc: Exception) -> str:
    """Where the params are wrong, without the values."""
    if isinstance(exc, cattrs.BaseValidationError):
        lines = cattrs.transform_error(exc, path="$")
    else:
        lines = [type(exc).__name__]
    text = "; ".join(line.replace("$.params", "params") for line in lines[:4])
    return text[:400]


class VigilintProtocol(LanguageServerProtocol):
    """pygls' LSP protocol with the rules in the module docs."""

    def __init__(self, server: Any, converter: Any) -> None:
        super().__init__(server, converter)
        self.initialize_seen = False
        self._methods: dict[MsgId, str] = {}
        self.on_exit: Callable[[int], None] | None = None

    # -- decoding (in the reader thread) ---------------------------------------------------
    def decode(self, body: bytes, truncated: bool = False) -> Any:
        """The structured message of one frame; raises `Rejected`. A `truncated` frame (the
        next header came early: its Content-Length was too large) is read up to the end of
        its first JSON value."""
        try:
            if truncated:
                text = body.decode("utf-8")
                data, _ = json.JSONDecoder().raw_decode(text, len(text) - len(text.lstrip()))
            else:
                data = json.loads(body)
        except (ValueError, RecursionError) as exc:  # JSONDecodeError, bad UTF-8, huge ints
            raise Rejected(PARSE_ERROR, f"Parse error: the message is not JSON "
                                        f"({type(exc).__name__}).") from None
        if not isinstance(data, dict):
            what = "a batch (array)" if isinstance(data, list) else type(data).__name__
            raise Rejected(INVALID_REQUEST, f"Invalid request: {what} is not a JSON-RPC message "
                                            "(LSP has no batches).")
        msg_id = data.get("id")
        method = data.get("method")
        if data.get("jsonrpc") != "2.0":
            raise Rejected(INVALID_REQUEST, 'Invalid request: `jsonrpc` must be "2.0".',
                           _echo_id(msg_id))
        if "id" in data and not _valid_id(msg_id):
            raise Rejected(INVALID_REQUEST, "Invalid request: `id` must be an integer or a "
                                            "string.", _echo_id(msg_id))
        if "method" in data and not isinstance(method, str):
            raise Rejected(INVALID_REQUEST, "Invalid request: `method` must be a string.",
                           _echo_id(msg_id))
        if method is None and "id" not in data:
            raise Rejected(INVALID_REQUEST, "Invalid request: no `method` and no `id`.")
        if method == types.CANCEL_REQUEST:
            params = data.get("params")
            if not isinstance(params, dict) or not _valid_id(params.get("id")):
                raise Rejected(INVALID_PARAMS, "$/cancelRequest without a valid id: ignored.")
        kind: Any
        try:
            if method is None:
                if "error" in data:
                    return self._converter.structure(data, types.ResponseErrorMessage)
                expected = self._result_types.pop(msg_id, None) if _valid_id(msg_id) else None  # type: ignore[arg-type]
                kind = expected or JsonRPCResponseMessage
                return self._converter.structure(data, kind)
            kind = self.get_message_type(method)
            if kind is None:
                kind = JsonRPCRequestMessage if "id" in data else JsonRPCNotification
                data.setdefault("params", None)
            return self._converter.structure(data, kind)
        except Exception as exc:
            if method is None:  # a malformed answer to one of our requests
                self._fail_pending(msg_id, exc)
                raise Rejected(INVALID_PARAMS, "a malformed response was ignored") from None
            raise Rejected(INVALID_PARAMS, f"Invalid params for `{method}`: "
                                           f"{_problems(exc)}.", msg_id) from None

    def _fail_pending(self, msg_id: Any, exc: Exception) -> None:
        future = self._request_futures.pop(msg_id, None) if _valid_id(msg_id) else None
        if future is not None and not future.done():
            future.set_exception(JsonRpcException(message="malformed response from the client"))

    # -- answering errors -------------------------------------------------------------------
    def send_error(self, msg_id: Any, code: int, message: str) -> None:
        """An error answer; `"id": null` when the request's id could not be read (JSON-RPC
        2.0 section 5: the member is required)."""
        self._send_data({"jsonrpc": "2.0", "id": msg_id,
                         "error": {"code": code, "message": message}})

    def reject(self, rejected: Rejected, is_request: bool) -> None:
        """Answer (a request) or log (anything else) a message the server does not act on."""
        if is_request or rejected.code in (PARSE_ERROR, INVALID_REQUEST):
            log.warning("answered %s: %s", rejected.code, rejected.message)
            self.send_error(rejected.msg_id, rejected.code, rejected.message)
        else:
            log.info("ignored a notification: %s", rejected.message)

    # -- lifecycle --------------------------------------------------------------------------
    def handle_message(self, message: Any) -> None:
        method = getattr(message, "method", None)
        request = isinstance(message, RPCRequest)
        if method == types.EXIT:
            return super().handle_message(message)
        if self._shutdown:
            if request:
                self.send_error(message.id, INVALID_REQUEST,
                                "The server is shutting down: only `exit` is accepted now.")
            return None
        if method == types.INITIALIZE:
            if self.initialize_seen:
                self.send_error(message.id, INVALID_REQUEST,
                                "`initialize` was already sent once.")
                return None
            self.initialize_seen = True
        elif not self.initialize_seen and method is not None:
            if request:
                self.send_error(message.id, SERVER_NOT_INITIALIZED,
                                "The server is not initialized: send `initialize` first.")
            return None
        if request:
            self._methods[message.id] = str(method)
        return super().handle_message(message)

    @lsp_method(types.EXIT)
    def lsp_exit(self, *args: Any) -> Generator[Any, Any, None]:
        if (user_handler := self.fm.features.get(types.EXIT)) is not None:
            yield user_handler, args, None
        code = 0 if self._shutdown else 1
        if self.on_exit is not None:
            self.on_exit(code)

    # -- answers ----------------------------------------------------------------------------
    def _send_handler_result(self, future: Future[Any], *, msg_id: MsgId) -> None:
        self._request_futures.pop(msg_id, None)
        method = self._methods.pop(msg_id, "?")
        if future.cancelled():
            self.send_error(msg_id, REQUEST_CANCELLED, f"Request {msg_id!r} was cancelled.")
            return
        exc = future.exception()
        if exc is None:
            self._send_response(msg_id, result=future.result())
        elif isinstance(exc, asyncio.CancelledError):
            self.send_error(msg_id, REQUEST_CANCELLED, f"Request {msg_id!r} was cancelled.")
        elif isinstance(exc, JsonRpcException):
            # pygls quotes client input in some messages (an unknown command's name).
            message = redact_text(exc.message[:500])
            log.warning("answered %s to %s: %s", exc.code, method, message)
            self.send_error(msg_id, exc.code, message)
        else:
            log.error("%s failed: %s: %s", method, type(exc).__name__, exc,
                      exc_info=(type(exc), exc, exc.__traceback__))
            self.send_error(msg_id, INTERNAL_ERROR,
                            f"vigilint could not answer `{method}` ({type(exc).__name__}); "
                            "the server keeps running. See its log for details.")

    def _check_handler_result(self, future: Future[Any]) -> None:
        if future.cancelled():
            return
        exc = future.exception()
        if exc is not None:
            log.error("a notification handler failed: %s: %s", type(exc).__name__, exc,
                      exc_info=(type(exc), exc, exc.__traceback__))

    def _handle_cancel_notification(self, msg_id: MsgId) -> None:
        future = self._request_futures.pop(msg_id, None)
        if future is None:
            log.debug("cancel for a request that is not running: %r", msg_id)
            return
        future.cancel()

    def _handle_notification(self, method_name: str, params: Any) -> None:
        if method_name.startswith("$/") and method_name != types.CANCEL_REQUEST \
                and method_name not in self.fm.features:
            return  # `$/` notifications are optional: ignore the ones we do not implement
        super()._handle_notification(method_name, params)

    # -- documents live in vigilint's store, not in pygls' workspace ------------------------
    @lsp_method(types.TEXT_DOCUMENT_DID_OPEN)
    def lsp_text_document__did_open(self, params: Any) -> Generator[Any, Any, None]:
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_OPEN)) is not None:
            yield handler, (params,), None

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: Any) -> Generator[Any, Any, None]:
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CHANGE)) is not None:
            yield handler, (params,), None

    @lsp_method(types.TEXT_DOCUMENT_DID_CLOSE)
    def lsp_text_document__did_close(self, params: Any) -> Generator[Any, Any, None]:
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CLOSE)) is not None:
            yield handler, (params,), None
