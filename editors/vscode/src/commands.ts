// The extension's commands and the `workspace/executeCommand` requests they send to the server.
// Pure: built from plain editor state so it is tested without VS Code.

export const SERVER_COMMANDS = {
  scanWorkspace: "vigilint.scanWorkspace",
  checkPrompt: "vigilint.checkPrompt",
  markAiGenerated: "vigilint.markAiGenerated",
  recordAcceptedCompletion: "vigilint.recordAcceptedCompletion",
  showProvenance: "vigilint.showProvenance",
} as const;

export interface EditorState {
  uri: string;
  /** 0-based, as in LSP. */
  selection: { startLine: number; startCharacter: number; endLine: number; endCharacter: number };
  selectedText: string;
}

export interface ServerRequest {
  command: string;
  arguments: unknown[];
}

export class CommandInputError extends Error {}

export function scanWorkspace(workspaceUris: string[]): ServerRequest {
  return { command: SERVER_COMMANDS.scanWorkspace, arguments: workspaceUris.length ? [{ folders: workspaceUris }] : [] };
}

export function checkSelectionAsPrompt(state: EditorState | undefined): ServerRequest {
  const text = state?.selectedText ?? "";
  if (!text.trim()) {
    throw new CommandInputError("Select the prompt text to check first.");
  }
  return { command: SERVER_COMMANDS.checkPrompt, arguments: [{ text, uri: state?.uri }] };
}

export function markSelectionAiGenerated(state: EditorState | undefined, tool: string, model?: string): ServerRequest {
  if (!state || !state.selectedText.trim()) {
    throw new CommandInputError("Select the AI-generated code to mark first.");
  }
  const { startLine, startCharacter, endLine, endCharacter } = state.selection;
  // A selection that ends at column 0 of a line does not include that line.
  const lastLine = endCharacter === 0 && endLine > startLine ? endLine - 1 : endLine;
  return {
    command: SERVER_COMMANDS.markAiGenerated,
    arguments: [{
      uri: state.uri,
      range: {
        start: { line: startLine, character: startCharacter },
        end: { line: lastLine, character: endCharacter === 0 && endLine > startLine ? Number.MAX_SAFE_INTEGER : endCharacter },
      },
      tool: tool.trim() || "unknown",
      ...(model ? { model } : {}),
    }],
  };
}

export function showFileProvenance(uri: string | undefined): ServerRequest {
  if (!uri) {
    throw new CommandInputError("Open a file to see its AI provenance.");
  }
  return { command: SERVER_COMMANDS.showProvenance, arguments: [{ uri }] };
}
