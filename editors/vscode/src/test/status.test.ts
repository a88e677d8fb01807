import assert from "node:assert/strict";
import { test } from "node:test";

import { fileStatus, statusText } from "../status";

test("tier and findings from vigilint diagnostics only", () => {
  const s = fileStatus([
    { source: "vigilint", code: "VG-CONTEXT-001", message: "Security context: authentication (Tier 3)", severity: 2, data: { tier: 3, domain: "auth" } },
    { source: "vigilint", code: "VG-PY-DESER-001", message: "yaml.load", severity: 0 },
    { source: "vigilint", code: { value: "VG-PY-DOS-001" }, message: "timeout", severity: 1 },
    { source: "pylint", code: "W0611", message: "unused import", severity: 1 },
  ]);
  assert.deepEqual(s, { tier: 3, domain: "auth", findings: 2, errors: 1 });
  assert.equal(statusText(s), "$(error) vigilint: Tier 3 auth · 2 findings");
});

test("tier read from the message when no data is attached", () => {
  const s = fileStatus([{ source: "vigilint", code: "VG-CONTEXT-002", message: "handles files (Tier 2)", severity: 2 }]);
  assert.equal(s.tier, 2);
  assert.equal(statusText(s), "$(shield) vigilint: Tier 2 · no findings");
});

test("no diagnostics: tier 1, no findings", () => {
  assert.equal(statusText(fileStatus([])), "$(shield) vigilint: Tier 1 · no findings");
});
