import assert from "node:assert/strict";
import { test } from "node:test";

import { INSTALL_HINT, ResolutionInput, resolveServer } from "../serverResolution";

function input(executables: string[], overrides: Partial<ResolutionInput> = {}): ResolutionInput {
  return {
    workspaceFolders: ["/ws"],
    trusted: true,
    envPath: "/usr/local/bin:/usr/bin",
    platform: "linux",
    isExecutable: (f) => executables.includes(f),
    ...overrides,
  };
}

test("user setting wins over everything", () => {
  const r = resolveServer(input(["/opt/v/vigilint", "/ws/.venv/bin/vigilint"], { userPath: "/opt/v/vigilint" }));
  assert.deepEqual(r, { kind: "found", command: "/opt/v/vigilint", source: "user-setting" });
});

test("a user setting that is not executable is an error, not a silent fallback", () => {
  const r = resolveServer(input(["/usr/bin/vigilint"], { userPath: "/nope/vigilint" }));
  assert.equal(r.kind, "missing");
  assert.match((r as { message: string }).message, /not an executable/);
});

test("workspace virtualenv is used in a trusted workspace", () => {
  const r = resolveServer(input(["/ws/.venv/bin/vigilint", "/usr/bin/vigilint"]));
  assert.deepEqual(r, { kind: "found", command: "/ws/.venv/bin/vigilint", source: "virtualenv" });
});

test("untrusted workspace never runs a workspace-chosen binary", () => {
  const r = resolveServer(input(["/ws/evil", "/ws/.venv/bin/vigilint", "/usr/bin/vigilint"], {
    trusted: false,
    workspacePath: "/ws/evil",
  }));
  assert.deepEqual(r, { kind: "found", command: "/usr/bin/vigilint", source: "path" });
});

test("trusted workspace setting is honoured", () => {
  const r = resolveServer(input(["/ws/tools/vigilint"], { workspacePath: "/ws/tools/vigilint" }));
  assert.deepEqual(r, { kind: "found", command: "/ws/tools/vigilint", source: "workspace-setting" });
});

test("PATH lookup, then a clear install message", () => {
  assert.deepEqual(resolveServer(input(["/usr/bin/vigilint"])), { kind: "found", command: "/usr/bin/vigilint", source: "path" });
  const missing = resolveServer(input([], { trusted: false, workspacePath: "/ws/x" }));
  assert.equal(missing.kind, "missing");
  const message = (missing as { message: string }).message;
  assert.ok(message.startsWith(INSTALL_HINT));
  assert.match(message, /pip install vigilint/);
  assert.match(message, /until you trust this workspace/);
});

test("windows virtualenv and PATH layout", () => {
  const r = resolveServer(input(["C:\\ws\\.venv\\Scripts\\vigilint.exe"], { platform: "win32", workspaceFolders: ["C:\\ws"], envPath: "C:\\bin" }));
  assert.deepEqual(r, { kind: "found", command: "C:\\ws\\.venv\\Scripts\\vigilint.exe", source: "virtualenv" });
  const p = resolveServer(input(["C:\\bin\\vigilint.exe"], { platform: "win32", workspaceFolders: [], envPath: "C:\\bin;D:\\x" }));
  assert.deepEqual(p, { kind: "found", command: "C:\\bin\\vigilint.exe", source: "path" });
});
