-- vigilint schema 1: provenance records, the findings ledger, scans (SQLite).
-- Released: never edit; add a new numbered file instead.
CREATE TABLE provenance (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    start_line INTEGER NOT NULL,
    end_line INTEGER NOT NULL,
    line_hashes TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    tool TEXT NOT NULL,
    model TEXT,
    prompt_hash TEXT,
    prompt_text TEXT,
    inferred INTEGER NOT NULL DEFAULT 0,
    accepted_at TEXT NOT NULL,
    author_name TEXT,
    author_email TEXT,
    recorded_at TEXT NOT NULL
);
CREATE INDEX provenance_path ON provenance (path);
CREATE TABLE findings (
    id INTEGER PRIMARY KEY,
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
    UNIQUE (path, fingerprint)
);
CREATE INDEX findings_open ON findings (fixed_at, path);
CREATE TABLE scans (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    files INTEGER NOT NULL,
    findings INTEGER NOT NULL,
    fixed INTEGER NOT NULL,
    source TEXT NOT NULL
);
