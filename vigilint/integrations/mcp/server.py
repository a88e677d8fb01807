"""The MCP server on the official Python SDK (`mcp.server.mcpserver.MCPServer`), over stdio.

The SDK does the protocol: JSON-RPC, the handshake, input schemas from the tools' signatures,
output schemas and structured results from their return models. This module registers the
tools, resources and prompts, and holds the three boundaries every answer passes:
`call_tool`, `read_resource` and `get_prompt` are overridden so that

- every string of an answer is redacted (`redact.py`) with the secrets found in the call's
  inputs and in the answer;
- a refusal is a tool error whose text is one sentence; arguments that fail the input schema
  are named by field, never echoed (they are the caller's data);
- an internal error is a tool error that says so; the traceback goes to stderr only with
  `--debug`, and the server goes on serving.

The tools run on the server's own two worker threads (`VigilintMCP.in_worker`), not on the
SDK's thread pool, whose idle threads come and go: each new thread the scans allocate on gets a
new malloc arena, and resident memory then climbs by megabytes in steps over a long session
(measured: `tests/integrations/test_mcp_server.py`, 200 calls in a row).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Annotated, Any

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import (
    ResourceError,
    ResourceNotFoundError,
    ToolError,
    UnexpectedResourceError,
    UnexpectedToolError,
)
from mcp.shared.exceptions import MCPError
from mcp.types import (
    INTERNAL_ERROR,
    INVALID_PARAMS,
    CallToolResult,
    GetPromptResult,
    TextContent,
    ToolAnnotations,
)
from pydantic import Field, ValidationError

from vigilint import __version__
from vigilint.integrations.mcp import catalogue
from vigilint.integrations.mcp.redact import redacted, secrets_in, strings_in
from vigilint.integrations.mcp.results import CodeScan, PathScan, PromptCheck, RuleDoc
from vigilint.integrations.mcp.tools import Toolbox
from vigilint.integrations.mcp.workspace import Refusal, Workspace
from vigilint.integrations.prompt_check import DEFAULT_TIMEOUT

log = logging.getLogger(__name__)

# tool calls are CPU-bound under one GIL: two threads let a quick call pass a long scan
TOOL_THREADS = 2

INSTRUCTIONS = """\
vigilint checks security before and after code generation. Before writing security-sensitive \
code (authentication, access control, queries or commands built from input, file paths, \
outbound requests, deserialization, secrets, cryptography, personal data), call `check_prompt` \
on the request and add the constraints it suggests, naming the OWASP category. Never implement \
cryptographic primitives yourself. After writing code, call `scan_code` (a snippet) or \
`scan_paths` (files in the workspace) and fix the findings, P0/P1 first. `explain_rule` \
explains a finding's rule. Tools read only files inside the workspace root."""

_READ_ONLY = ToolAnnotations(read_only_hint=True, destructive_hint=False,
                             idempotent_hint=True, open_world_hint=False)


def _invalid_arguments(tool: str, error: ValidationError) -> str:
    """Which arguments failed the input schema, by name only (the values are the caller's)."""
    fields = sorted({".".join(str(part) for part in e["loc"]) or "(arguments)"
                     for e in error.errors()})
    verb = "does" if len(fields) == 1 else "do"
    return (f"Error executing tool {tool}: invalid arguments: {', '.join(fields)} {verb} not "
            "match the tool's input schema")


class VigilintMCP(MCPServer[Any]):
    """`MCPServer` with vigilint's answer boundaries (see the module docs)."""

    def __init__(self, toolbox: Toolbox, debug: bool = False) -> None:
        super().__init__(name="vigilint", title="vigilint security checks",
                         version=__version__, instructions=INSTRUCTIONS,
                         website_url="https://github.com/vigilint/vigilint", log_level="WARNING")
        self.toolbox = toolbox
        self.debug = debug
        self._prompts_added = False
        self._workers = ThreadPoolExecutor(max_workers=TOOL_THREADS,
                                           thread_name_prefix="vigilint-tool")

    async def in_worker(self, call: Callable[[], Any]) -> Any:
        """`call()` on one of the server's own tool threads (see the module docs)."""
        return await asyncio.get_running_loop().run_in_executor(self._workers, call)

    def _add_prompts(self) -> None:
        """The domain prompts, registered when a client first asks for prompts: reading the
        prompt guard's lexicon is not worth delaying the answer to `initialize`."""
        if not self._prompts_added:
            self._prompts_added = True
            _prompts(self.toolbox, self)

    async def list_prompts(self) -> Any:
        self._add_prompts()
        return await super().list_prompts()

    def _internal(self, what: str, exc: BaseException) -> str:
        cause = exc.__cause__ or exc
        log.error("internal error in %s: %s", what, type(cause).__name__,
                  exc_info=cause if self.debug else None)
        return (f"vigilint hit an internal error ({type(cause).__name__}) and could not finish "
                f"{what}; nothing was checked. The server is still running; rerun `vigilint mcp "
                "--debug` to see the traceback on stderr")

    async def call_tool(self, name: str, arguments: dict[str, Any],
                        context: Any = None) -> Any:
        if name not in {t.name for t in await self.list_tools()}:  # not quoted back
            raise ToolError("no such tool; the tools are check_prompt, scan_code, scan_paths "
                            "and explain_rule")
        inputs = secrets_in(strings_in(arguments))
        try:
            result = await super().call_tool(name, arguments, context)
        except UnexpectedToolError as exc:
            raise ToolError(self._internal(f"`{name}`", exc)) from None
        except ToolError as exc:
            if isinstance(exc.__cause__, ValidationError):
                raise ToolError(_invalid_arguments(name, exc.__cause__)) from None
            text = str(exc)
            raise ToolError(redacted(text, inputs | secrets_in([text]))) from None
        if not isinstance(result, CallToolResult):
            return result
        texts = [c.text for c in result.content if isinstance(c, TextContent)]
        found = inputs | secrets_in([*texts, *strings_in(result.structured_content)])
        if not found:
            return result
        return result.model_copy(update={
            "content": [c.model_copy(update={"text": redacted(c.text, found)})
                        if isinstance(c, TextContent) else c for c in result.content],
            "structured_content": redacted(result.structured_content, found)})

    async def read_resource(self, uri: Any, context: Any = None) -> Any:
        try:
            contents = await super().read_resource(uri, context)
        except UnexpectedResourceError as exc:
            raise MCPError(code=INTERNAL_ERROR,
                           message=self._internal("reading a resource", exc)) from None
        except ResourceError as exc:
            # raised as a protocol error here, so that neither the URI nor a parameter the
            # SDK refused is quoted back
            cause = exc.__cause__ if isinstance(exc.__cause__, Refusal) else None
            message = str(cause) if cause else (
                f"no such resource; the resources are {catalogue.RULES_URI}, "
                f"{catalogue.RULE_URI} and {catalogue.OWASP_URI}")
            raise MCPError(code=INVALID_PARAMS, message=message) from None
        if not isinstance(contents, list):
            return contents
        found = secrets_in(c.content for c in contents if isinstance(c.content, str))
        if found:
            for item in contents:
                if isinstance(item.content, str):
                    item.content = redacted(item.content, found)
        return contents

    async def get_prompt(self, name: str, arguments: dict[str, Any] | None = None,
                         context: Any = None) -> Any:
        self._add_prompts()
        if name not in {p.name for p in await super().list_prompts()}:
            raise MCPError(code=INVALID_PARAMS, message="no such prompt; the prompts are "
                           "secure-<domain>, one per security-sensitive domain (prompts/list)")
        inputs = secrets_in(strings_in(arguments or {}))
        try:
            rendered = await super().get_prompt(name, arguments, context)
        except ValueError as exc:
            raise MCPError(code=INTERNAL_ERROR,
                           message=self._internal(f"the prompt {name}", exc)) from None
        if not isinstance(rendered, GetPromptResult):
            return rendered
        dumped = rendered.model_dump(mode="json", by_alias=True)
        found = inputs | secrets_in(strings_in(dumped))
        return GetPromptResult.model_validate(redacted(dumped, found)) if found else rendered


def _tool(toolbox: Toolbox, server: VigilintMCP) -> None:
    async def refused(call: Callable[[], Any]) -> Any:
        def work() -> Any:
            try:
                return call()
            except Refusal as exc:
                raise ToolError(str(exc)) from None
        return await server.in_worker(work)

    @server.tool(annotations=_READ_ONLY)
    async def check_prompt(
        prompt: Annotated[str, Field(description="the prompt (request) to check, before "
                                                  "generating code from it")],
    ) -> PromptCheck:
        """Lint a prompt before generating code from it. Returns the verdict (allow, warn,
        block), the security-sensitive domains it touches, what each domain lacks (security
        constraints, an OWASP reference), and constraint text to add. A prompt that asks to
        implement cryptography is blocked, and so is one that could not be checked (over the
        size limit, or not within the deadline)."""
        return await refused(lambda: toolbox.check_prompt(prompt))

    @server.tool(annotations=_READ_ONLY)
    async def scan_code(
        code: Annotated[str, Field(description="the source text to scan")],
        filename: Annotated[str, Field(description="the file name it belongs to, e.g. "
                                                    "`api/users.py`; selects the language and "
                                                    "the rules (not read from disk)")],
    ) -> CodeScan:
        """Scan a code snippet for security flaws with the same engine as `vigilint scan` and
        the language server. Each finding has its rule, CWE, OWASP 2021/2025 categories,
        priority (P0 highest), remediation SLA, and a tested fix where one exists."""
        return await refused(lambda: toolbox.scan_code(code, filename))

    @server.tool(annotations=_READ_ONLY)
    async def scan_paths(
        paths: Annotated[list[str], Field(description='files or folders inside the workspace '
                                                      'root, relative to it ("." for all)')],
    ) -> PathScan:
        """Scan files and folders inside the workspace for security flaws (what `vigilint
        scan` reports). Paths outside the workspace root, or leading out of it through a
        symlink, are refused."""
        return await refused(lambda: toolbox.scan_paths(paths))

    @server.tool(annotations=_READ_ONLY)
    async def explain_rule(
        rule_id: Annotated[str, Field(description="a rule id from a finding, e.g. "
                                                   "VG-PY-DESER-001")],
    ) -> RuleDoc:
        """A rule's documentation: what it flags, why it matters, an example and what to use
        instead, with its CWE, OWASP categories, priority and SLA."""
        return await refused(lambda: toolbox.explain_rule(rule_id))


def _resources(server: VigilintMCP) -> None:
    @server.resource(catalogue.RULES_URI, name="rules", title="vigilint rules",
                     mime_type="text/markdown")
    def rules() -> str:
        """Every vigilint rule: id, priority, category, languages, name."""
        return catalogue.rules_index()

    @server.resource(catalogue.RULE_URI, name="rule", title="A vigilint rule's documentation",
                     mime_type="text/markdown")
    def rule(rule_id: str) -> str:
        """One rule's documentation (the text of `vigilint rule ID`)."""
        text = catalogue.rule_document(rule_id)
        if text is None:
            refusal = Refusal(catalogue.unknown_rule_sentence(rule_id))
            raise ResourceNotFoundError(str(refusal)) from refusal
        return text

    @server.resource(catalogue.OWASP_URI, name="owasp", title="OWASP Top 10 (2021, 2025)",
                     mime_type="text/markdown")
    def owasp() -> str:
        """The OWASP Top 10 2021 and 2025 with the vigilint categories, prompt-guard domains
        and rules that map to each."""
        return catalogue.owasp_catalogue()


def _prompts(toolbox: Toolbox, server: VigilintMCP) -> None:
    from mcp.server.mcpserver.prompts.base import Prompt

    for domain in catalogue.domains():
        server.add_prompt(Prompt.from_function(
            _domain_prompt(toolbox, domain), name=domain.name,
            title=f"Secure code: {domain.title}",
            description=f"Write {domain.title} code with its security constraints "
                        f"({', '.join(domain.owasp)}) stated, then check it with vigilint."))


def _domain_prompt(toolbox: Toolbox, domain: catalogue.DomainPrompt) -> Any:
    def prompt(task: Annotated[str, Field(description="what to build")] = "") -> str:
        edition = toolbox.settings().owasp_edition
        return catalogue.domain_prompt_text(domain, task, edition)

    return prompt


def build_server(root: Path, config: Path | None = None, debug: bool = False,
                 prompt_timeout: float = DEFAULT_TIMEOUT) -> VigilintMCP:
    toolbox = Toolbox(Workspace(root), config, prompt_timeout)
    server = VigilintMCP(toolbox, debug=debug)
    _tool(toolbox, server)
    _resources(server)
    return server


def serve(root: Path, config: Path | None = None, debug: bool = False,
          prompt_timeout: float = DEFAULT_TIMEOUT) -> None:
    """Serve over stdio until the client closes the connection."""
    build_server(root, config, debug, prompt_timeout).run("stdio")
