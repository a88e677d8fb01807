// VS Code settings (camelCase, under "vigilint") -> the server's settings model (the same
// model as `[tool.vigilint]`: snake_case, with a `server` table).

export interface ExtensionSettings {
  failOn?: string;
  owaspEdition?: string;
  disabledRules?: string[];
  maxFileSize?: string | number;
  debounceMs?: number;
  securityContext?: boolean;
  aiHeuristic?: boolean;
  aiHeuristicMinLines?: number;
}

export interface ServerSettings {
  fail_on?: string;
  owasp_edition?: string;
  disabled_rules?: string[];
  max_file_size?: string | number;
  server?: {
    debounce_ms?: number;
    security_context?: boolean;
    ai_heuristic?: boolean;
    ai_heuristic_min_lines?: number;
  };
}

export function toServerSettings(s: ExtensionSettings): ServerSettings {
  const out: ServerSettings = {};
  if (s.failOn) out.fail_on = s.failOn;
  if (s.owaspEdition) out.owasp_edition = String(s.owaspEdition);
  if (s.disabledRules && s.disabledRules.length) {
    out.disabled_rules = s.disabledRules.map((r) => r.trim()).filter(Boolean);
  }
  if (s.maxFileSize !== undefined && s.maxFileSize !== "") out.max_file_size = s.maxFileSize;
  const server: NonNullable<ServerSettings["server"]> = {};
  if (typeof s.debounceMs === "number") server.debounce_ms = Math.max(0, Math.round(s.debounceMs));
  if (typeof s.securityContext === "boolean") server.security_context = s.securityContext;
  if (typeof s.aiHeuristic === "boolean") server.ai_heuristic = s.aiHeuristic;
  if (typeof s.aiHeuristicMinLines === "number") server.ai_heuristic_min_lines = Math.round(s.aiHeuristicMinLines);
  if (Object.keys(server).length) out.server = server;
  return out;
}
