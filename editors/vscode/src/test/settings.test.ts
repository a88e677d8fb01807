import assert from "node:assert/strict";
import { test } from "node:test";

import { toServerSettings } from "../settings";

test("camelCase settings become the server's snake_case model", () => {
  assert.deepEqual(
    toServerSettings({
      failOn: "P2", owaspEdition: "2025", disabledRules: [" VG-PY-DOS-001 ", ""], maxFileSize: "1MB",
      debounceMs: 150.4, securityContext: false, aiHeuristic: true, aiHeuristicMinLines: 8,
    }),
    {
      fail_on: "P2", owasp_edition: "2025", disabled_rules: ["VG-PY-DOS-001"], max_file_size: "1MB",
      server: { debounce_ms: 150, security_context: false, ai_heuristic: true, ai_heuristic_min_lines: 8 },
    },
  );
});

test("unset settings are left out so server defaults apply", () => {
  assert.deepEqual(toServerSettings({}), {});
  assert.deepEqual(toServerSettings({ disabledRules: [], debounceMs: -5 }), { server: { debounce_ms: 0 } });
});
