// Which `vigilint` executable to start. Pure: the caller passes in what it knows about the
// machine, so this logic is tested without VS Code.
import * as path from "path";

export interface ResolutionInput {
  /** `vigilint.path` from the user (global) settings: always honoured. */
  userPath?: string;
  /** `vigilint.path` from workspace settings: honoured only in a trusted workspace. */
  workspacePath?: string;
  workspaceFolders: string[];
  trusted: boolean;
  /** The PATH environment variable. */
  envPath: string;
  platform: NodeJS.Platform;
  isExecutable(file: string): boolean;
}

export type Resolution =
  | { kind: "found"; command: string; source: "user-setting" | "workspace-setting" | "virtualenv" | "path" }
  | { kind: "missing"; message: string };

export const INSTALL_HINT =
  "vigilint was not found. Install it with `pip install vigilint` (or `pipx install vigilint`) " +
  "and make sure `vigilint` is on your PATH, or set `vigilint.path` in your user settings.";

function venvCandidates(folder: string, platform: NodeJS.Platform): string[] {
  const names = [".venv", "venv", "env", ".env"];
  return names.map((name) =>
    platform === "win32"
      ? path.win32.join(folder, name, "Scripts", "vigilint.exe")
      : path.posix.join(folder, name, "bin", "vigilint"),
  );
}

function onPath(envPath: string, platform: NodeJS.Platform, isExecutable: (f: string) => boolean): string | undefined {
  const separator = platform === "win32" ? ";" : ":";
  const join = platform === "win32" ? path.win32.join : path.posix.join;
  const names = platform === "win32" ? ["vigilint.exe", "vigilint.cmd", "vigilint"] : ["vigilint"];
  for (const dir of envPath.split(separator).filter(Boolean)) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (isExecutable(candidate)) {
        return candidate;
      }
    }
  }
  return undefined;
}

export function resolveServer(input: ResolutionInput): Resolution {
  const user = input.userPath?.trim();
  if (user) {
    return input.isExecutable(user)
      ? { kind: "found", command: user, source: "user-setting" }
      : { kind: "missing", message: `vigilint.path is set to "${user}", which is not an executable file.` };
  }
  const workspace = input.workspacePath?.trim();
  if (workspace && input.trusted) {
    return input.isExecutable(workspace)
      ? { kind: "found", command: workspace, source: "workspace-setting" }
      : { kind: "missing", message: `vigilint.path is set to "${workspace}", which is not an executable file.` };
  }
  if (input.trusted) {
    for (const folder of input.workspaceFolders) {
      for (const candidate of venvCandidates(folder, input.platform)) {
        if (input.isExecutable(candidate)) {
          return { kind: "found", command: candidate, source: "virtualenv" };
        }
      }
    }
  }
  const found = onPath(input.envPath, input.platform, input.isExecutable);
  if (found) {
    return { kind: "found", command: found, source: "path" };
  }
  const note = workspace && !input.trusted
    ? " (the workspace's vigilint.path is ignored until you trust this workspace)"
    : "";
  return { kind: "missing", message: INSTALL_HINT + note };
}
