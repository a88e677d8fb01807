import assert from "node:assert/strict";
import { test } from "node:test";

import {
  CommandInputError,
  SERVER_COMMANDS,
  checkSelectionAsPrompt,
  markSelectionAiGenerated,
  scanWorkspace,
  showFileProvenance,
} from "../commands";

const state = {
  uri: "file:///ws/app.py",
  selection: { startLine: 3, startCharacter: 0, endLine: 6, endCharacter: 0 },
  selectedText: "def f():\n    return yaml.load(x)\n\n",
};

test("scan workspace sends the folders", () => {
  assert.deepEqual(scanWorkspace(["file:///ws"]), { command: SERVER_COMMANDS.scanWorkspace, arguments: [{ folders: ["file:///ws"] }] });
  assert.deepEqual(scanWorkspace([]), { command: "vigilint.scanWorkspace", arguments: [] });
});

test("check selection as prompt needs text", () => {
  assert.deepEqual(checkSelectionAsPrompt({ ...state, selectedText: "write a login handler" }), {
    command: "vigilint.checkPrompt",
    arguments: [{ text: "write a login handler", uri: "file:///ws/app.py" }],
  });
  assert.throws(() => checkSelectionAsPrompt({ ...state, selectedText: "  " }), CommandInputError);
  assert.throws(() => checkSelectionAsPrompt(undefined), CommandInputError);
});

test("mark AI-generated drops a trailing line the selection only touches", () => {
  const req = markSelectionAiGenerated(state, "claude-code", "claude-sonnet");
  assert.equal(req.command, "vigilint.markAiGenerated");
  const arg = req.arguments[0] as { range: { start: { line: number }; end: { line: number } }; tool: string; model: string };
  assert.equal(arg.range.start.line, 3);
  assert.equal(arg.range.end.line, 5);
  assert.equal(arg.tool, "claude-code");
  assert.equal(arg.model, "claude-sonnet");
  assert.throws(() => markSelectionAiGenerated({ ...state, selectedText: "" }, "copilot"), CommandInputError);
});

test("show provenance needs a file", () => {
  assert.deepEqual(showFileProvenance("file:///ws/a.py"), { command: "vigilint.showProvenance", arguments: [{ uri: "file:///ws/a.py" }] });
  assert.throws(() => showFileProvenance(undefined), CommandInputError);
});
