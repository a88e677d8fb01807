// The VS Code client of the vigilint language server: starts `vigilint serve`, forwards
// settings, wires commands and keeps a status bar item with the file's risk tier and findings.
import * as fs from "fs";
import * as vscode from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";

import {
  CommandInputError,
  EditorState,
  ServerRequest,
  checkSelectionAsPrompt,
  markSelectionAiGenerated,
  scanWorkspace,
  showFileProvenance,
} from "./commands";
import { resolveServer } from "./serverResolution";
import { ExtensionSettings, toServerSettings } from "./settings";
import { fileStatus, statusText } from "./status";

let client: LanguageClient | undefined;
let status: vscode.StatusBarItem | undefined;

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function readSettings(): ExtensionSettings {
  const c = vscode.workspace.getConfiguration("vigilint");
  return {
    failOn: c.get<string>("failOn"),
    owaspEdition: c.get<string>("owaspEdition"),
    disabledRules: c.get<string[]>("disabledRules"),
    maxFileSize: c.get<string>("maxFileSize"),
    debounceMs: c.get<number>("debounceMs"),
    securityContext: c.get<boolean>("securityContext"),
    aiHeuristic: c.get<boolean>("aiHeuristic"),
    aiHeuristicMinLines: c.get<number>("aiHeuristicMinLines"),
  };
}

function editorState(): EditorState | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const s = editor.selection;
  return {
    uri: editor.document.uri.toString(),
    selection: { startLine: s.start.line, startCharacter: s.start.character, endLine: s.end.line, endCharacter: s.end.character },
    selectedText: editor.document.getText(s),
  };
}

async function send(request: () => ServerRequest): Promise<unknown> {
  if (!client) {
    void vscode.window.showErrorMessage("The vigilint language server is not running.");
    return undefined;
  }
  try {
    const { command, arguments: args } = request();
    return await client.sendRequest("workspace/executeCommand", { command, arguments: args });
  } catch (error) {
    const message = error instanceof CommandInputError ? error.message : `vigilint: ${String(error)}`;
    void vscode.window.showWarningMessage(message);
    return undefined;
  }
}

function updateStatus(): void {
  if (!status) return;
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    status.hide();
    return;
  }
  const diagnostics = vscode.languages.getDiagnostics(editor.document.uri).map((d) => ({
    source: d.source,
    code: typeof d.code === "object" ? { value: d.code.value } : d.code,
    message: d.message,
    severity: d.severity,
    data: (d as unknown as { data?: unknown }).data,
  }));
  status.text = statusText(fileStatus(diagnostics));
  status.tooltip = "vigilint: risk tier of this file and its open security findings";
  status.show();
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const config = vscode.workspace.getConfiguration("vigilint");
  const inspected = config.inspect<string>("path");
  const resolution = resolveServer({
    userPath: inspected?.globalValue,
    workspacePath: inspected?.workspaceValue ?? inspected?.workspaceFolderValue,
    workspaceFolders: (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath),
    trusted: vscode.workspace.isTrusted,
    envPath: process.env.PATH ?? "",
    platform: process.platform,
    isExecutable,
  });
  if (resolution.kind === "missing") {
    const choice = await vscode.window.showErrorMessage(resolution.message, "Open Settings");
    if (choice === "Open Settings") {
      void vscode.commands.executeCommand("workbench.action.openSettings", "vigilint.path");
    }
    return;
  }
  const args = vscode.workspace.isTrusted || !inspected?.workspaceValue
    ? config.get<string[]>("args", [])
    : [];
  const serverOptions: ServerOptions = {
    command: resolution.command,
    args: ["serve", ...args],
    transport: TransportKind.stdio,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: "file" }, { scheme: "untitled" }],
    initializationOptions: toServerSettings(readSettings()),
    synchronize: { configurationSection: "vigilint" },
    middleware: {
      workspace: {
        // The server asks for section "vigilint" in its own (snake_case) settings model.
        configuration: (params) =>
          params.items.map((item) => (item.section === "vigilint" ? toServerSettings(readSettings()) : null)),
      },
    },
  };
  client = new LanguageClient("vigilint", "vigilint", serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push({ dispose: () => void client?.stop() });
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  context.subscriptions.push(
    status,
    vscode.languages.onDidChangeDiagnostics(updateStatus),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    vscode.commands.registerCommand("vigilint.scanWorkspace", () =>
      send(() => scanWorkspace((vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString())))),
    vscode.commands.registerCommand("vigilint.checkSelectionAsPrompt", async () => {
      const verdict = (await send(() => checkSelectionAsPrompt(editorState()))) as
        | { verdict?: string; suggestion?: string; findings?: { message: string }[] }
        | undefined;
      if (verdict?.verdict) {
        const detail = verdict.findings?.map((f) => f.message).join(" ") ?? "";
        void vscode.window.showInformationMessage(`Prompt verdict: ${verdict.verdict}. ${detail}`.trim());
      }
    }),
    vscode.commands.registerCommand("vigilint.markSelectionAiGenerated", () =>
      send(() => markSelectionAiGenerated(editorState(), vscode.workspace.getConfiguration("vigilint").get("defaultAiTool", "copilot")))),
    vscode.commands.registerCommand("vigilint.showFileProvenance", async () => {
      const result = await send(() => showFileProvenance(vscode.window.activeTextEditor?.document.uri.toString()));
      if (result !== undefined) {
        const doc = await vscode.workspace.openTextDocument({ language: "json", content: JSON.stringify(result, null, 2) });
        await vscode.window.showTextDocument(doc, { preview: true });
      }
    }),
    vscode.commands.registerCommand("vigilint.restartServer", async () => {
      await client?.stop();
      client = undefined;
      await startClient(context);
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      await client?.stop();
      client = undefined;
      await startClient(context);
    }),
  );
  await startClient(context);
  updateStatus();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
