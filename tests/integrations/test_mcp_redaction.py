"""No raw secret in any answer of `vigilint mcp`: the canary secrets of the secret tests are
planted in the workspace, in prompts, in snippets, in paths and in malformed arguments, and
every answer (tool results, tool errors, resources, prompts) and the server's log are searched
for each secret and for any 8-character piece of it."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import anyio
from mcp import MCPError
from mcpclient import answer_text, server_env, session

_CANARY = Path(__file__).resolve().parents[1] / "secrets" / "test_secret_canary.py"


def _canary_module():
    spec = importlib.util.spec_from_file_location("secret_canary_for_mcp", _CANARY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_planted_secret_in_any_answer(tmp_path):
    canary = _canary_module()
    root = tmp_path / "proj"
    root.mkdir()
    values = canary.plant(root)
    app = (root / "app.py").read_text()
    key = (root / "deploy_key.py").read_text()
    github, stripe = values["github"], values["stripe"]

    log = tmp_path / "server-stderr.txt"
    # the server's stderr (its log, at info level) goes to a file, searched like the answers
    prelude = ("import os\n"
               f"os.dup2(os.open({str(log)!r}, os.O_WRONLY | os.O_CREAT, 0o600), 2)\n")

    async def go():
        answers: list[tuple[str, str]] = []
        async with session(root, env=server_env(tmp_path), prelude=prelude,
                           args=("--log-level", "info")) as client:
            async def tool(label, name, arguments):
                result = await client.call_tool(name, arguments)
                answers.append((label, answer_text(result)))
                return result

            scanned = await tool("scan_paths .", "scan_paths", {"paths": ["."]})
            await tool("scan_paths files", "scan_paths", {"paths": ["app.py", "deploy_key.py",
                                                                    ".env"]})
            await tool("scan_code app", "scan_code", {"code": app, "filename": "app.py"})
            await tool("scan_code key", "scan_code", {"code": key, "filename": "key.py"})
            await tool("scan_code env", "scan_code", {"code": f"TOKEN={github}\n",
                                                      "filename": ".env"})
            await tool("prompt with code", "check_prompt", {
                "prompt": "Fix the login in this code and keep the keys:\n" + app + key})
            await tool("prompt with token", "check_prompt", {
                "prompt": f"Use the token {github} and the key {stripe} to call the API."})
            await tool("path with a secret", "scan_paths", {"paths": [f"{github}/x.py"]})
            await tool("path outside with a secret", "scan_paths",
                       {"paths": [f"/tmp/{stripe}"]})
            await tool("filename with a secret", "scan_code",
                       {"code": "import os\nos.system(input())\n",
                        "filename": f"{github}.py"})
            await tool("rule id with a secret", "explain_rule", {"rule_id": github})
            await tool("bad argument with a secret", "scan_paths", {"paths": {"k": stripe}})
            await tool("bad type with a secret", "check_prompt", {"prompt": [github, stripe]})
            await tool("explain a secret rule", "explain_rule", {"rule_id": "VG-SEC-040"})
            prompt = await client.get_prompt("secure-secrets",
                                              {"task": f"Store {github} and {stripe} safely"})
            answers.append(("prompt template", json.dumps(prompt.model_dump(mode="json"))))
            for uri in ("vigilint://rules", "vigilint://owasp", "vigilint://rules/VG-SEC-040"):
                resource = await client.read_resource(uri)
                answers.append((uri, json.dumps(resource.model_dump(mode="json"))))
            for label, request in (
                    ("unknown rule resource", client.read_resource(f"vigilint://rules/{github}")),
                    ("unknown prompt", client.get_prompt(f"secure-{stripe}", {}))):
                try:
                    await request
                except MCPError as exc:
                    answers.append((label, f"{exc} {exc.error.model_dump_json()}"))
                else:
                    raise AssertionError(f"{label}: no error")
        return scanned, answers

    scanned, answers = anyio.run(go)
    assert len(answers) == 20
    for label, text in answers:
        canary.assert_clean(label, text, values)
    canary.assert_clean("server log", log.read_text(encoding="utf-8"), values)
    # the scan saw the secrets: they are reported, redacted
    rules = {f["rule"] for f in scanned.structured_content["findings"]}
    assert {"VG-SEC-040", "VG-SEC-100", "VG-SEC-001", "VG-SEC-002"} <= rules
    assert all(f["secret_hash"] for f in scanned.structured_content["findings"]
               if f["category"] == "secret")
