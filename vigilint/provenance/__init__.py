"""Provenance of accepted AI code, the findings ledger and SLA tracking.

The interface the language server and CLI use is `vigilint.provenance.api`: a store that
records accepted AI ranges and answers which lines of a file are AI-written, plus `annotate`
to join findings to those ranges. `open_store(workspace)` (in `store`) gives the SQLite store;
`MemoryStore` keeps the same interface in memory (used when no workspace folder is writable).

Modules: `store` (SQLite, schema, records), `anchor` (line hashes, re-anchoring), `ledger`
(the findings ledger's interface: findings, episodes, AI code), `backends` (SQLite and
PostgreSQL behind it), `migrations` (numbered SQL files per database), `recorder` (one sync,
one transaction), `context` (repository, branch, team, commit), `scrub` (no raw secret
stored), `aicode`, `sla` (open findings, due times, compliance), `compliance` and
`compliance_render` (the monthly report), `watch` (the 30-day watch list), `export_sarif`,
`export_defectdojo`, `integrate` (what `vigilint scan` does: join, ledger, AI gate), `hooks`
(agent hook events), `agent_trace` (export/import), `notes` (git notes), `workspace`,
`gitutil`. See docs/provenance.md.
"""
