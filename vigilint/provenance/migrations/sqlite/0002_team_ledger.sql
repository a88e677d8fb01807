-- vigilint schema 2 (SQLite): the team ledger's shape. Every ledger record names its
-- repository, team, branch and commit; findings are keyed by (repository, path, fingerprint);
-- each detection-to-fix period is kept as an episode (reopened findings get a new one); AI
-- code seen by syncs is kept for the watch list and the per-1,000-lines figures.
CREATE TABLE findings_v2 (
    id INTEGER PRIMARY KEY,
    repository TEXT NOT NULL,
    path TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    rule TEXT NOT NULL,
    category TEXT NOT NULL,
    priority TEXT NOT NULL,
    line INTEGER NOT NULL,
    message TEXT NOT NULL,
    snippet TEXT NOT NULL DEFAULT '',
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    fixed_at TEXT,
    suppressed_at TEXT,
    justification TEXT,
    fix_due TEXT NOT NULL,
    deploy_due TEXT,
    escalate_at TEXT,
    ai_tool TEXT,
    ai_model TEXT,
    reopened INTEGER NOT NULL DEFAULT 0,
    team TEXT,
    branch TEXT,
    commit_sha TEXT,
    UNIQUE (repository, path, fingerprint)
);
INSERT INTO findings_v2 (id, repository, path, fingerprint, rule, category, priority, line,
    message, snippet, first_seen, last_seen, fixed_at, suppressed_at, justification, fix_due,
    deploy_due, escalate_at, ai_tool, ai_model, reopened)
SELECT id, '', path, fingerprint, rule, category, priority, line, message, snippet,
    first_seen, last_seen, fixed_at, suppressed_at, justification, fix_due, deploy_due,
    escalate_at, ai_tool, ai_model, reopened FROM findings;
DROP TABLE findings;
ALTER TABLE findings_v2 RENAME TO findings;
CREATE INDEX findings_open ON findings (repository, fixed_at, path);
CREATE TABLE finding_episodes (
    id INTEGER PRIMARY KEY,
    finding_id INTEGER NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
    repository TEXT NOT NULL,
    team TEXT,
    priority TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    fix_due TEXT NOT NULL,
    deploy_due TEXT,
    escalate_at TEXT,
    fixed_at TEXT,
    suppressed_at TEXT,
    justification TEXT,
    ai_tool TEXT,
    ai_model TEXT,
    reopened INTEGER NOT NULL DEFAULT 0,
    branch TEXT,
    commit_sha TEXT,
    fixed_branch TEXT,
    fixed_commit TEXT
);
INSERT INTO finding_episodes (finding_id, repository, priority, detected_at, fix_due,
    deploy_due, escalate_at, fixed_at, suppressed_at, justification, ai_tool, ai_model, reopened)
SELECT id, repository, priority, first_seen, fix_due, deploy_due, escalate_at, fixed_at,
    suppressed_at, justification, ai_tool, ai_model, CASE WHEN reopened > 0 THEN 1 ELSE 0 END
FROM findings;
CREATE INDEX episodes_finding ON finding_episodes (finding_id);
CREATE INDEX episodes_detected ON finding_episodes (detected_at);
CREATE TABLE ai_code (
    id INTEGER PRIMARY KEY,
    repository TEXT NOT NULL,
    record_key TEXT NOT NULL,
    path TEXT NOT NULL,
    start_line INTEGER NOT NULL,
    end_line INTEGER NOT NULL,
    lines INTEGER NOT NULL,
    tool TEXT NOT NULL,
    model TEXT,
    accepted_at TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    first_synced_at TEXT NOT NULL,
    last_synced_at TEXT NOT NULL,
    team TEXT,
    branch TEXT,
    commit_sha TEXT,
    UNIQUE (repository, record_key)
);
CREATE INDEX ai_code_synced ON ai_code (first_synced_at);
ALTER TABLE scans ADD COLUMN repository TEXT NOT NULL DEFAULT '';
ALTER TABLE scans ADD COLUMN team TEXT;
ALTER TABLE scans ADD COLUMN branch TEXT;
ALTER TABLE scans ADD COLUMN commit_sha TEXT;
ALTER TABLE scans ADD COLUMN new INTEGER NOT NULL DEFAULT 0;
ALTER TABLE scans ADD COLUMN reopened INTEGER NOT NULL DEFAULT 0;
