"""The Claude Code plugin (editors/claude-code) against Claude Code's documented formats, and
its hooks run exactly as configured.

The fields below are those of the Claude Code plugins reference
(https://code.claude.com/docs/en/plugins-reference: "Plugin manifest schema", "LSP servers",
"Hooks", "MCP servers", "File locations reference"), the hooks page
(https://code.claude.com/docs/en/hooks: events, "Common fields", "Command hook fields",
exit code 2), the skills page
(https://code.claude.com/docs/en/skills: "Frontmatter reference") and the marketplace page
(https://code.claude.com/docs/en/plugin-marketplaces: "Marketplace schema"). A field the docs
do not list fails the test: Claude Code rejects unknown manifest fields.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import jsonschema
import pytest
from claudeplugin import PLUGIN, ROOT, load, lsp_servers
from installed import vigilint_bin

from vigilint import __version__
from vigilint.analyzers.languages import language_for
from vigilint.prompts.lexicon import lexicon

AGENTS = ROOT / "editors" / "agents"
PAYLOADS = ROOT / "tests" / "integrations" / "payloads"

_PATHS = {"anyOf": [{"type": "string", "pattern": r"^\./"},
                    {"type": "array", "items": {"type": "string", "pattern": r"^\./"}}]}
_PATHS_OR_INLINE = {"anyOf": [*_PATHS["anyOf"], {"type": "object"}]}
MANIFEST_SCHEMA = {
    "type": "object",
    "required": ["name"],
    "additionalProperties": False,
    "properties": {
        "name": {"type": "string", "pattern": r"^[a-z0-9]+(-[a-z0-9]+)*$"},
        "version": {"type": "string", "pattern": r"^\d+\.\d+\.\d+"},
        "description": {"type": "string"},
        "author": {"type": "object", "required": ["name"], "additionalProperties": False,
                   "properties": {"name": {"type": "string"}, "email": {"type": "string"},
                                  "url": {"type": "string"}}},
        "homepage": {"type": "string"},
        "repository": {"type": "string"},
        "license": {"type": "string"},
        "keywords": {"type": "array", "items": {"type": "string"}},
        "commands": _PATHS, "agents": _PATHS, "skills": _PATHS, "outputStyles": _PATHS,
        "hooks": _PATHS_OR_INLINE, "mcpServers": _PATHS_OR_INLINE,
        "lspServers": _PATHS_OR_INLINE,
    },
}
LSP_SERVER_SCHEMA = {
    "type": "object",
    "required": ["command", "extensionToLanguage"],
    "additionalProperties": False,
    "properties": {
        "command": {"type": "string"},
        "args": {"type": "array", "items": {"type": "string"}},
        "extensionToLanguage": {"type": "object", "minProperties": 1,
                                "propertyNames": {"pattern": r"^\.[A-Za-z0-9.]+$"},
                                "additionalProperties": {"type": "string"}},
        "transport": {"enum": ["stdio", "socket"]},
        "env": {"type": "object", "additionalProperties": {"type": "string"}},
        "initializationOptions": {}, "settings": {},
        "workspaceFolder": {"type": "string"},
        "startupTimeout": {"type": "integer"}, "shutdownTimeout": {"type": "integer"},
        "restartOnCrash": {"type": "boolean"}, "maxRestarts": {"type": "integer"},
    },
}
MCP_SERVER_SCHEMA = {
    "type": "object",
    "required": ["command"],
    "additionalProperties": False,
    "properties": {"command": {"type": "string"},
                   "args": {"type": "array", "items": {"type": "string"}},
                   "env": {"type": "object", "additionalProperties": {"type": "string"}},
                   "cwd": {"type": "string"}},
}
HOOK_EVENTS = {"PreToolUse", "PostToolUse", "PostToolUseFailure", "PermissionRequest",
               "UserPromptSubmit", "Notification", "Stop", "SubagentStart", "SubagentStop",
               "SessionStart", "SessionEnd", "TeammateIdle", "TaskCompleted", "PreCompact"}
HOOKS_SCHEMA = {
    "type": "object",
    "required": ["hooks"],
    "additionalProperties": False,
    "properties": {
        "description": {"type": "string"},
        "hooks": {"type": "object", "propertyNames": {"enum": sorted(HOOK_EVENTS)},
                  "additionalProperties": {"type": "array", "items": {
                      "type": "object", "required": ["hooks"], "additionalProperties": False,
                      "properties": {"matcher": {"type": "string"}, "hooks": {
                          "type": "array", "minItems": 1, "items": {
                              "type": "object", "required": ["type", "command"],
                              "additionalProperties": False,
                              "properties": {"type": {"enum": ["command"]},
                                             "command": {"type": "string"},
                                             "timeout": {"type": "integer"},
                                             "statusMessage": {"type": "string"},
                                             "async": {"type": "boolean"}}}}}}}},
    },
}
SKILL_FIELDS = {"name", "description", "argument-hint", "disable-model-invocation",
                "user-invocable", "allowed-tools", "model", "context", "agent", "hooks"}
# File extensions of the languages the issue names, and of the config files vigilint checks.
REQUIRED_EXTENSIONS = {".py", ".js", ".jsx", ".mjs", ".ts", ".tsx", ".go", ".java", ".yaml",
                       ".yml", ".json", ".toml", ".tf", ".hcl", ".sh", ".dockerfile", ".env"}


def test_manifest_has_only_documented_fields():
    manifest = load(PLUGIN / ".claude-plugin" / "plugin.json")
    jsonschema.validate(manifest, MANIFEST_SCHEMA)
    assert manifest["name"] == "vigilint" and manifest["version"] == __version__
    # only plugin.json belongs in .claude-plugin/; the components sit at the plugin root
    assert sorted(p.name for p in (PLUGIN / ".claude-plugin").iterdir()) == ["plugin.json"]
    for component in (".lsp.json", ".mcp.json", "hooks/hooks.json",
                      "skills/secure-coding/SKILL.md"):
        assert (PLUGIN / component).is_file(), component


def test_language_server_config_is_documented_and_covers_vigilints_files():
    servers = lsp_servers()
    assert list(servers) == ["vigilint"]
    server = servers["vigilint"]
    jsonschema.validate(server, LSP_SERVER_SCHEMA)
    assert server["command"] == "vigilint" and server["args"][0] == "serve"
    mapped = server["extensionToLanguage"]
    assert set(mapped) >= REQUIRED_EXTENSIONS
    for extension in mapped:  # every mapped file is one vigilint analyses
        name = f"x{extension}"
        assert extension == ".md" or language_for(name) != "text", extension


def test_mcp_config_is_documented_and_starts_vigilint_mcp():
    servers = load(PLUGIN / ".mcp.json")
    assert list(servers) == ["vigilint"]
    jsonschema.validate(servers["vigilint"], MCP_SERVER_SCHEMA)
    assert [servers["vigilint"]["command"], *servers["vigilint"]["args"]] == ["vigilint", "mcp"]


def test_hooks_are_documented_and_match_the_agent_hook_settings():
    hooks = load(PLUGIN / "hooks" / "hooks.json")
    jsonschema.validate(hooks, HOOKS_SCHEMA)
    settings = load(AGENTS / "claude-code" / ".claude" / "settings.json")["hooks"]
    assert set(hooks["hooks"]) == set(settings) == {"UserPromptSubmit", "PostToolUse"}
    for event, groups in hooks["hooks"].items():
        # the agent settings' hooks (their command, matcher and timeout), each made to block
        # also when vigilint cannot start
        assert [g.get("matcher") for g in groups] == [g.get("matcher") for g in settings[event]]
        for group, expected in zip(groups, settings[event], strict=True):
            for hook, same in zip(group["hooks"], expected["hooks"], strict=True):
                assert hook["command"] == same["command"] + " || exit 2"
                assert hook["command"].startswith("vigilint hook claude-code")
                assert hook["timeout"] == same["timeout"]


def frontmatter(path: Path) -> tuple[dict[str, str], str]:
    text = path.read_text(encoding="utf-8")
    match = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.DOTALL)
    assert match, f"{path}: no YAML frontmatter between --- lines"
    fields = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        assert sep, f"{path}: frontmatter line {line!r}"
        fields[key.strip()] = value.strip()
    return fields, match.group(2)


def test_skill_is_documented_and_teaches_the_secure_prompt_form():
    fields, body = frontmatter(PLUGIN / "skills" / "secure-coding" / "SKILL.md")
    assert set(fields) <= SKILL_FIELDS
    assert fields["name"] == "secure-coding"
    assert re.fullmatch(r"[a-z0-9-]{1,64}", fields["name"])
    assert fields["description"] and len(body.splitlines()) < 500
    for needed in ("check_prompt", "scan_code", "OWASP", "Never implement cryptography",
                   "security constraints"):
        assert needed in body, needed
    # the tools and prompts it names are the MCP server's
    for tool in re.findall(r"`(check_prompt|scan_code|scan_paths|explain_rule)`", body):
        assert tool in {"check_prompt", "scan_code", "scan_paths", "explain_rule"}
    domains = set(lexicon().domains)
    for prompt in re.findall(r"`secure-([a-z-]+)`", body):
        assert prompt in domains, prompt


def test_marketplace_lists_the_plugin():
    market = load(ROOT / ".claude-plugin" / "marketplace.json")
    assert re.fullmatch(r"[a-z0-9-]+", market["name"]) and market["owner"]["name"]
    [entry] = market["plugins"]
    assert entry["name"] == "vigilint" and entry["source"].startswith("./")
    assert (ROOT / entry["source"]).resolve() == PLUGIN


def _hook(event: str, tool: str | None = None) -> tuple[str, int]:
    for group in load(PLUGIN / "hooks" / "hooks.json")["hooks"][event]:
        matcher = group.get("matcher")
        if tool is None or matcher is None or tool in matcher.split("|"):
            [hook] = group["hooks"]
            return hook["command"], hook["timeout"]
    raise AssertionError(f"no {event} hook for {tool}")


def _run_hook(command: str, payload: dict, path: str, timeout: int,
              cwd: Path) -> subprocess.CompletedProcess[str]:
    """The command as Claude Code runs it: through the shell, the event on stdin."""
    env = dict(os.environ, PATH=path, XDG_CONFIG_HOME=str(cwd / ".config"))
    return subprocess.run(["/bin/sh", "-c", command], input=json.dumps(payload), env=env,
                          cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False)


@pytest.mark.skipif(not Path("/bin/sh").exists(), reason="hooks run through a POSIX shell")
@pytest.mark.parametrize(("name", "code"), [
    ("claude_user_prompt_submit_allow.json", 0),
    ("claude_user_prompt_submit_warn.json", 0),
    ("claude_user_prompt_submit_block.json", 2),
])
def test_prompt_hook_runs_as_configured(name, code, tmp_path):
    command, timeout = _hook("UserPromptSubmit")
    payload = load(PAYLOADS / name) | {"cwd": str(tmp_path)}
    path = f"{vigilint_bin()}{os.pathsep}/usr/bin{os.pathsep}/bin"
    result = _run_hook(command, payload, path, timeout, tmp_path)
    assert result.returncode == code, result.stderr
    if "warn" in name:
        context = json.loads(result.stdout)["hookSpecificOutput"]["additionalContext"]
        assert "OWASP" in context
    if code == 2:
        assert "vigilint" in result.stderr


@pytest.mark.skipif(not Path("/bin/sh").exists(), reason="hooks run through a POSIX shell")
def test_hooks_block_when_vigilint_cannot_run(tmp_path):
    """Without vigilint on the PATH the shell exits 127, which Claude Code would let through;
    the configured command turns it into exit 2 (block) with the reason on stderr."""
    payload = load(PAYLOADS / "claude_user_prompt_submit_allow.json") | {"cwd": str(tmp_path)}
    for event, tool in (("UserPromptSubmit", None), ("PostToolUse", "Write")):
        command, timeout = _hook(event, tool)
        result = _run_hook(command, payload, f"/usr/bin{os.pathsep}/bin", timeout, tmp_path)
        assert result.returncode == 2
        assert "vigilint" in result.stderr and "not found" in result.stderr


@pytest.mark.skipif(not Path("/bin/sh").exists(), reason="hooks run through a POSIX shell")
def test_post_edit_hook_runs_as_configured(tmp_path):
    command, timeout = _hook("PostToolUse", "Write")
    (tmp_path / ".git").mkdir()
    target = tmp_path / "app.py"
    code = "import yaml\n\nconfig = yaml.load(data)\n"
    target.write_text(code, encoding="utf-8")
    payload = {"session_id": "s1", "transcript_path": str(tmp_path / "t.jsonl"),
               "cwd": str(tmp_path), "hook_event_name": "PostToolUse", "tool_name": "Write",
               "tool_input": {"file_path": str(target), "content": code},
               "tool_response": {"filePath": str(target), "success": True}}
    path = f"{vigilint_bin()}{os.pathsep}/usr/bin{os.pathsep}/bin"
    result = _run_hook(command, payload, path, timeout, tmp_path)
    assert result.returncode in (0, 2), result.stderr
    assert "VG-PY-DESER-001" in result.stdout + result.stderr
