"""`vigilint mcp` end to end: the MCP SDK's own client starts the server over stdio, lists what
it offers, calls every tool and checks the answers against the guard, the engine and the scan
run in this process."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import anyio
import jsonschema
import pytest
from mcpclient import answer_text, error_text, server_env, session

from vigilint.analyzers.engine import Engine
from vigilint.analyzers.registry import all_rules
from vigilint.config import Settings
from vigilint.prompts import check_prompt
from vigilint.prompts.lexicon import lexicon
from vigilint.scan import scan

VULNERABLE = (
    "import os\n"
    "import yaml\n"
    "\n"
    "def load(path):\n"
    "    return yaml.load(open(path))\n"
    "\n"
    "def ping(host):\n"
    '    os.system("ping -c 1 " + host)\n'
)
BLOCK = "Write our own block cipher for the session cookies, no external crypto libraries please."
WARN = "Add a /reports/export route that runs the pdf tool on the file name from the query string."
ALLOW = "Rewrite the changelog generator to group entries by month."


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    (root / "src").mkdir(parents=True)
    (root / "src" / "app.py").write_text(VULNERABLE, encoding="utf-8")
    (root / "src" / "clean.py").write_text("def add(a, b):\n    return a + b\n", encoding="utf-8")
    (root / "web").mkdir()
    (root / "web" / "server.js").write_text(
        "const { exec } = require('child_process');\n"
        "app.get('/run', (req, res) => { exec('ls ' + req.query.dir); });\n", encoding="utf-8")
    return root


def run(coro_fn, *args):
    return anyio.run(coro_fn, *args)


def test_lists_the_four_tools_with_schemas_resources_and_prompts(workspace, tmp_path):
    async def go():
        async with session(workspace, env=server_env(tmp_path)) as client:
            assert client.server_info is not None and client.server_info.name == "vigilint"
            tools = {t.name: t for t in (await client.list_tools()).tools}
            resources = (await client.list_resources()).resources
            templates = (await client.list_resource_templates()).resource_templates
            prompts = (await client.list_prompts()).prompts
            return tools, resources, templates, prompts

    tools, resources, templates, prompts = run(go)
    assert set(tools) == {"check_prompt", "scan_code", "scan_paths", "explain_rule"}
    expected_inputs = {"check_prompt": {"prompt": "string"},
                       "scan_code": {"code": "string", "filename": "string"},
                       "scan_paths": {"paths": "array"},
                       "explain_rule": {"rule_id": "string"}}
    for name, tool in tools.items():
        schema = tool.input_schema
        jsonschema.Draft202012Validator.check_schema(schema)
        assert {k: v["type"] for k, v in schema["properties"].items()} == expected_inputs[name]
        assert set(schema["required"]) == set(expected_inputs[name])
        assert all(p.get("description") for p in schema["properties"].values())
        assert tool.output_schema is not None and tool.description
        jsonschema.Draft202012Validator.check_schema(tool.output_schema)
        assert tool.annotations is not None and tool.annotations.read_only_hint
        assert tool.annotations.open_world_hint is False
    assert "verdict" in tools["check_prompt"].output_schema["required"]
    assert {"findings", "summary"} <= set(tools["scan_code"].output_schema["required"])
    assert {str(r.uri) for r in resources} == {"vigilint://rules", "vigilint://owasp"}
    assert [t.uri_template for t in templates] == ["vigilint://rules/{rule_id}"]
    assert sorted(p.name for p in prompts) == sorted(f"secure-{d}" for d in lexicon().domains)
    assert all([a.name for a in p.arguments or []] == ["task"] for p in prompts)


def test_check_prompt_gives_the_guards_verdicts(workspace, tmp_path):
    prompts = [BLOCK, WARN, ALLOW, WARN + "\n\n" + check_prompt(WARN).suggestion]

    async def go():
        async with session(workspace, env=server_env(tmp_path)) as client:
            tool = next(t for t in (await client.list_tools()).tools if t.name == "check_prompt")
            answers = [await client.call_tool("check_prompt", {"prompt": p}) for p in prompts]
            return tool.output_schema, answers

    schema, answers = run(go)
    for prompt, answer in zip(prompts, answers, strict=True):
        assert not answer.is_error, answer_text(answer)
        data = answer.structured_content
        jsonschema.validate(data, schema)
        expected = check_prompt(prompt, Settings())
        assert data["verdict"] == expected.verdict
        assert data["domains"] == expected.domains
        assert data["suggestion"] == expected.suggestion
        assert data["summary"]
        assert json.loads(answer.content[0].text) == data
    block, warn, allow, fixed = (a.structured_content for a in answers)
    assert block["verdict"] == "block" and "cryptograph" in block["summary"].lower()
    assert warn["verdict"] == "warn" and warn["missing"]
    for entry in warn["missing"]:
        assert entry["domain"] in warn["domains"] and entry["missing"] and entry["owasp"]
    assert "Security constraints" in warn["suggestion"]
    assert allow["verdict"] == "allow" and allow["missing"] == [] and allow["suggestion"] == ""
    assert fixed["verdict"] == "allow"


def test_scan_code_reports_the_engines_findings(workspace, tmp_path):
    snippets = [("app.py", VULNERABLE), ("web/server.js", (workspace / "web" / "server.js")
                                         .read_text()),
                ("clean.py", "def add(a, b):\n    return a + b\n"),
                ("notes.txt", "nothing to see\n")]

    many = "import yaml\n" + "".join(f"c{i} = yaml.load(d{i})\n" for i in range(60))

    async def go():
        async with session(workspace, env=server_env(tmp_path)) as client:
            answers = [await client.call_tool("scan_code", {"code": code, "filename": name})
                       for name, code in snippets]
            return answers, await client.call_tool("scan_code", {"code": many,
                                                                 "filename": "many.py"})

    answers, truncated = run(go)
    listed = truncated.structured_content
    assert listed["truncated"] and len(listed["findings"]) == 50
    assert listed["by_priority"]["P0"] == 60 and "Only the first 50" in listed["summary"]
    engine = Engine(settings=Settings())
    for (name, code), answer in zip(snippets, answers, strict=True):
        assert not answer.is_error, answer_text(answer)
        data = answer.structured_content
        expected = [f for f in engine.analyze(name, code).findings if not f.suppressed]
        assert sorted((f["rule"], f["line"], f["column"]) for f in data["findings"]) == \
            sorted((f.rule, f.line, f.column) for f in expected)
        assert sum(data["by_priority"].values()) == len(expected)
        for finding in data["findings"]:
            assert finding["path"] == name
            assert finding["cwe"] and len(finding["owasp"]) == 2
            assert {o[-4:] for o in finding["owasp"]} == {"2021", "2025"}
            assert finding["priority"] in ("P0", "P1", "P2", "P3", "P4")
            assert finding["sla"]["fix"] and finding["owasp_names"]
    app = answers[0].structured_content
    rules = {f["rule"] for f in app["findings"]}
    assert {"VG-PY-DESER-001"} <= rules and any("INJ" in r for r in rules)
    fix = next(f["fix"] for f in app["findings"] if f["rule"] == "VG-PY-DESER-001")
    assert fix is not None and fix["edits"]  # the rule's tested fix travels with the finding
    priorities = [f["priority"] for f in app["findings"]]
    assert priorities == sorted(priorities)  # highest priority first
    assert answers[2].structured_content["findings"] == []
    assert "No security findings" in answers[2].structured_content["summary"]
    assert answers[3].structured_content["language"] == "text"
    assert any("only the checks" in n for n in answers[3].structured_content["notices"])


def test_scan_paths_reports_what_the_scan_reports(workspace, tmp_path):
    async def go():
        async with session(workspace, env=server_env(tmp_path)) as client:
            whole = await client.call_tool("scan_paths", {"paths": ["."]})
            parts = await client.call_tool("scan_paths", {"paths": ["src/app.py", "web"]})
            absolute = await client.call_tool("scan_paths",
                                              {"paths": [str(workspace / "src")]})
            overlapping = await client.call_tool("scan_paths",
                                                 {"paths": ["src", "src/app.py", "./src"]})
            return whole, parts, absolute, overlapping

    whole, parts, absolute, overlapping = run(go)
    assert overlapping.structured_content["paths"] == ["src"]
    assert overlapping.structured_content["findings"] == absolute.structured_content["findings"]
    expected = scan([workspace], Settings(), jobs=1)
    want = sorted((f.rule, f.path, f.line) for f in expected.active)
    assert not whole.is_error, answer_text(whole)
    data = whole.structured_content
    assert sorted((f["rule"], f["path"], f["line"]) for f in data["findings"]) == want
    assert data["files_scanned"] == expected.files_scanned == 3
    assert data["paths"] == ["."]
    got = {(f["rule"], f["path"]) for f in parts.structured_content["findings"]}
    assert {p for _, p in got} == {"src/app.py", "web/server.js"}  # relative to the root
    assert parts.structured_content["paths"] == ["src/app.py", "web"]
    assert {f["path"] for f in absolute.structured_content["findings"]} == {"src/app.py"}


def test_explain_rule_and_the_rule_resources(workspace, tmp_path):
    rule = next(r for r in all_rules() if r.id == "VG-PY-DESER-001")

    async def go():
        async with session(workspace, env=server_env(tmp_path)) as client:
            return (await client.call_tool("explain_rule", {"rule_id": "vg-py-deser-001"}),
                    await client.call_tool("explain_rule", {"rule_id": "VG-PY-DESER-01"}),
                    await client.read_resource("vigilint://rules/VG-PY-DESER-001"),
                    await client.read_resource("vigilint://rules"),
                    await client.read_resource("vigilint://owasp"),
                    await client.get_prompt("secure-untrusted-input",
                                            {"task": "Build a search endpoint."}))

    explained, unknown, doc, index, owasp, prompt = run(go)
    data = explained.structured_content
    assert data["id"] == rule.id and data["docs"] == rule.docs
    assert data["cwe"] == [502] and data["priority"] == rule.priority
    assert data["owasp_names"]["A08:2021"] and data["sla"]["fix"]
    text = error_text(unknown)
    assert "no rule `VG-PY-DESER-01`" in text and "VG-PY-DESER-001" in text
    assert rule.docs.strip()[:60] in doc.contents[0].text
    assert doc.contents[0].text.startswith("VG-PY-DESER-001 (yaml-unsafe-load)")
    assert f"| {rule.id} | {rule.priority} |" in index.contents[0].text
    assert index.contents[0].text.count("\n| VG-") == len(all_rules())
    catalogue = owasp.contents[0].text
    assert "A03:2021 Injection" in catalogue and "A05:2025" in catalogue
    assert "VG-PY-DESER-001" in catalogue.split("A08:2021")[1].split("###")[0]
    message = prompt.messages[0].content.text
    assert message.startswith("Build a search endpoint.")
    assert "OWASP A03:2021" in message and "scan_code" in message


def test_paths_outside_the_root_are_refused(workspace, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret_app.py").write_text(VULNERABLE, encoding="utf-8")
    (workspace / "link.py").symlink_to(outside / "secret_app.py")
    (workspace / "linked_dir").symlink_to(outside, target_is_directory=True)
    (workspace / "src" / "inner_link").symlink_to(outside, target_is_directory=True)
    refused = [[str(outside / "secret_app.py")], ["../outside/secret_app.py"],
               ["src/../../outside"], ["link.py"], ["linked_dir"], ["linked_dir/secret_app.py"],
               ["~/.ssh/id_rsa"], ["/etc/passwd"], ["src", "/etc"], ["no_such_file.py"], [""],
               []]

    async def go():
        async with session(workspace, env=server_env(tmp_path)) as client:
            answers = [await client.call_tool("scan_paths", {"paths": p}) for p in refused]
            whole = await client.call_tool("scan_paths", {"paths": ["."]})
            return answers, whole

    answers, whole = run(go)
    texts = [error_text(a) for a in answers]
    for text in texts[:3] + texts[6:9]:
        assert "outside the workspace root" in text and "reads only files inside it" in text
    for text in texts[3:6]:
        assert "through a symlink" in text
    assert "no such file or folder" in texts[9]
    assert "empty path" in texts[10] and "at least one" in texts[11]
    data = whole.structured_content
    assert {f["path"] for f in data["findings"]} == {"src/app.py", "web/server.js"}
    assert "secret_app" not in answer_text(whole)
    notices = " ".join(data["notices"])
    assert "linked_dir: a symlink to outside the workspace; not followed" in notices
    assert "src/inner_link: a symlink to outside the workspace" in notices
    assert "link.py: a symlink to outside the workspace" in notices


def test_oversize_inputs_are_refused_with_a_sentence(workspace, tmp_path):
    (workspace / ".vigilint.toml").write_text('max_file_size = "20KB"\n', encoding="utf-8")
    big = workspace / "src" / "big.py"
    big.write_text(VULNERABLE + "x = 1\n" * 5000, encoding="utf-8")
    from vigilint.prompts.reading import MAX_PROMPT_CHARS

    async def go():
        async with session(workspace, env=server_env(tmp_path)) as client:
            return (await client.call_tool("check_prompt",
                                           {"prompt": WARN + " " * MAX_PROMPT_CHARS}),
                    await client.call_tool("scan_code", {"code": big.read_text(),
                                                         "filename": "big.py"}),
                    await client.call_tool("scan_paths", {"paths": ["src/big.py"]}),
                    await client.call_tool("scan_paths", {"paths": ["src"]}),
                    await client.call_tool("scan_paths", {"paths": ["x"] * 101}))

    prompt, code, file, folder, many = run(go)
    # a prompt over the guard's one size limit is not checked: a block verdict, never an allow
    assert not prompt.is_error and prompt.structured_content["verdict"] == "block"
    assert "more than the 2,000,000 characters vigilint checks" in answer_text(prompt)
    assert prompt.structured_content["findings"][0]["id"] == "VG-PROMPT-UNCHECKED"
    assert "over the limit of 20,000" in error_text(code) and "not scanned" in error_text(code)
    assert "src/big.py" in error_text(file) and "not scanned" in error_text(file)
    data = folder.structured_content  # a folder: the big file is named, never cut short
    assert {f["path"] for f in data["findings"]} == {"src/app.py"}
    assert any("big.py" in n and "over the size limit" in n for n in data["notices"])
    assert "101 paths were given" in error_text(many)


def test_arguments_that_do_not_fit_the_schema_are_tool_errors(workspace, tmp_path):
    async def go():
        async with session(workspace, env=server_env(tmp_path)) as client:
            answers = [await client.call_tool("scan_code", {"code": "x = 1"}),
                       await client.call_tool("scan_paths", {"paths": 42}),
                       await client.call_tool("check_prompt", {}),
                       await client.call_tool("no_such_tool", {"x": 1})]
            answers.append(await client.call_tool("check_prompt", {"prompt": ALLOW}))
            return answers

    *errors, last = run(go)
    texts = [error_text(e) for e in errors]
    assert "filename" in texts[0] and "input schema" in texts[0]
    assert "paths" in texts[1]
    assert "prompt" in texts[2]
    assert "no such tool" in texts[3] and "no_such_tool" not in texts[3]
    assert not last.is_error and last.structured_content["verdict"] == "allow"


def test_an_internal_error_is_a_tool_error_and_the_server_lives_on(workspace, tmp_path):
    prelude = (
        "from vigilint.analyzers.engine import Engine\n"
        "_analyze = Engine.analyze\n"
        "def broken(self, path, text, *args, **kwargs):\n"
        "    if path.endswith('crash.py'):\n"
        "        raise RuntimeError('boom: ' + text)\n"
        "    return _analyze(self, path, text, *args, **kwargs)\n"
        "Engine.analyze = broken\n")

    async def go():
        async with session(workspace, env=server_env(tmp_path), prelude=prelude) as client:
            return [await client.call_tool("scan_code", {"code": "PAYLOAD = 1\n",
                                                         "filename": "crash.py"}),
                    await client.call_tool("scan_code", {"code": VULNERABLE,
                                                         "filename": "app.py"}),
                    await client.call_tool("check_prompt", {"prompt": WARN})]

    crashed, scanned, checked = run(go)
    text = error_text(crashed)
    assert "internal error (RuntimeError)" in text and "still running" in text
    assert "boom" not in text and "PAYLOAD" not in text and "Traceback" not in text
    assert not scanned.is_error and scanned.structured_content["findings"]
    assert not checked.is_error and checked.structured_content["verdict"] == "warn"


def test_the_server_opens_no_network_connection(workspace, tmp_path):
    events = tmp_path / "network-events.txt"
    prelude = (
        "import sys\n"
        f"_log = open({str(events)!r}, 'a')\n"
        "def audit(event, args):\n"
        "    if event in ('socket.connect', 'socket.getaddrinfo', 'socket.gethostbyname',\n"
        "                 'socket.sendto', 'urllib.Request', 'http.client.connect'):\n"
        "        _log.write(event + ' ' + repr(args)[:200] + '\\n'); _log.flush()\n"
        "        raise RuntimeError('network use in vigilint mcp')\n"
        "sys.addaudithook(audit)\n")
    (workspace / "requirements.txt").write_text("reqeusts==2.0\nflask==3.0\n", encoding="utf-8")
    (workspace / "src" / "deps.py").write_text("import reqeusts\nimport flask_secure_auth\n",
                                               encoding="utf-8")

    async def go():
        async with session(workspace, env=server_env(tmp_path), prelude=prelude) as client:
            answers = [await client.call_tool("check_prompt", {"prompt": WARN}),
                       await client.call_tool("scan_code", {"code": VULNERABLE,
                                                            "filename": "app.py"}),
                       await client.call_tool("scan_paths", {"paths": ["."]}),
                       await client.call_tool("explain_rule", {"rule_id": "VG-PY-DESER-001"})]
            await client.read_resource("vigilint://owasp")
            await client.get_prompt("secure-dependencies", {"task": "add a client"})
            return answers

    answers = run(go)
    assert all(not a.is_error for a in answers), [answer_text(a)[:200] for a in answers]
    assert not events.exists() or events.read_text() == ""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
def test_200_calls_in_a_row_keep_memory_and_handles_flat(workspace, tmp_path):
    from mcpclient import child_pids, process_usage

    calls = [("check_prompt", {"prompt": WARN}),
             ("scan_code", {"code": VULNERABLE, "filename": "app.py"}),
             ("scan_paths", {"paths": ["."]}),
             ("explain_rule", {"rule_id": "VG-PY-DESER-001"}),
             ("scan_paths", {"paths": ["../escape"]})]  # an error path too

    async def go():
        async with session(workspace, env=server_env(tmp_path)) as client:
            [pid] = child_pids(str(workspace))
            for _ in range(8):  # warm up: rules loaded, plans built, worker threads started
                for name, arguments in calls:
                    await client.call_tool(name, arguments)
            before = process_usage(pid)
            answers = []
            for index in range(200):
                name, arguments = calls[index % len(calls)]
                answers.append(await client.call_tool(name, arguments))
            after = process_usage(pid)
            return before, after, answers

    before, after, answers = run(go)
    assert sum(a.is_error for a in answers) == 40  # exactly the refused paths
    assert after["fds"] <= before["fds"], (before, after)
    # tool calls run on the server's two tool threads; the SDK's own pool (anyio: at most 40)
    # still reads and writes stdio, and under load may start a thread more, never unbounded
    assert after["threads"] <= before["threads"] + 40, (before, after)
    grown = after["rss_kb"] - before["rss_kb"]
    assert grown < 8 * 1024, f"resident memory grew by {grown} kB over 200 calls"


def test_mcp_command_reports_a_bad_root_as_a_sentence(tmp_path):
    import subprocess

    result = subprocess.run([sys.executable, "-m", "vigilint", "mcp", "--root",
                             str(tmp_path / "missing")], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 2
    assert "no such folder" in result.stderr and "Traceback" not in result.stderr


def test_without_the_sdk_the_command_says_what_to_install(tmp_path):
    import subprocess

    code = ("import sys\nsys.modules['mcp'] = None\nfrom vigilint.cli import main\n"
            f"sys.exit(main(['mcp', '--root', {str(tmp_path)!r}]))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 2
    assert "pip install 'vigilint[mcp]'" in result.stderr and "Traceback" not in result.stderr


STALL = """
import time
import vigilint.prompts.guard as guard

def stalled(*args, **kwargs):  # a guard that never finishes, as a hostile prompt might make it
    time.sleep(600)

guard.check_prompt = stalled
import vigilint.prompts
vigilint.prompts.check_prompt = stalled
import vigilint.integrations.prompt_check as prompt_check
prompt_check.check_prompt = stalled
"""


def test_a_check_past_the_deadline_is_a_block_and_the_server_goes_on(workspace, tmp_path):
    async def go():
        async with session(workspace, env=server_env(tmp_path), prelude=STALL,
                           args=("--timeout", "0.5")) as client:
            late = await client.call_tool("check_prompt", {"prompt": ALLOW})
            scanned = await client.call_tool("scan_code", {"code": VULNERABLE,
                                                           "filename": "app.py"})
            return late, scanned

    late, scanned = run(go)
    assert not late.is_error and late.structured_content["verdict"] == "block"
    assert "took longer than 0.5 s" in answer_text(late)
    assert late.structured_content["summary"].startswith("Do not generate code")
    assert scanned.structured_content["findings"]  # still serving after the killed check
