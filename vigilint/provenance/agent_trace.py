"""Export to and import from Agent Trace (https://github.com/cursor/agent-trace, v0.1 RFC).

Mapping. Each stored record becomes one Trace Record: `timestamp` is when the code was
accepted, `tool.name` the AI tool (copilot, cursor, claude-code, ...), one file with one
conversation whose `contributor` is `{"type": "ai", "model_id": <model>}` and one range with
`start_line`/`end_line` (1-based, re-anchored to the file as it is now) and `content_hash`
(sha256 over the whitespace-normalised lines). What Agent Trace has no field for goes under
`metadata["dev.vigilint"]`: the per-line hashes (so an import can re-anchor), the prompt hash,
the git author and the re-anchoring status. `vcs` carries HEAD when the workspace is a git
repository. `version` is "0.1", the form the spec's JSON schema requires (`^[0-9]+\\.[0-9]+$`).

Export writes JSON Lines (one record per line, like the reference implementation's
`.agent-trace/traces.jsonl`); import reads JSON Lines, one JSON object, or a JSON array, and
takes `ai` and `mixed` contributors (a range's contributor overrides its conversation's);
`human` and `unknown` ranges are not AI provenance and are skipped. Records without vigilint's
line hashes are hashed from the file's current lines at the given range.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from vigilint import __version__, gitutil
from vigilint.provenance.anchor import content_hash, line_hashes, locate
from vigilint.provenance.store import (
    ProvenanceRecord,
    SqliteStore,
    from_text,
    to_text,
    utcnow,
)
from vigilint.workspace import OutsideWorkspaceError

SPEC_VERSION = "0.1"
VENDOR = "dev.vigilint"
_AI_TYPES = ("ai", "mixed")


class TraceFormatError(ValueError):
    """The input is not Agent Trace JSON."""


def _file_lines(workspace: Path | None, path: str) -> list[str] | None:
    if workspace is None:
        return None
    try:
        return (workspace / path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None


def trace_record(record: ProvenanceRecord, start_line: int, end_line: int, status: str,
                 revision: str | None) -> dict[str, Any]:
    contributor: dict[str, Any] = {"type": "ai"}
    if record.model:
        contributor["model_id"] = record.model[:250]
    vendor: dict[str, Any] = {"line_hashes": list(record.line_hashes), "status": status,
                              "recorded_lines": [record.start_line, record.end_line]}
    if record.prompt_hash:
        vendor["prompt_hash"] = record.prompt_hash
    if record.author_name or record.author_email:
        vendor["author"] = {"name": record.author_name, "email": record.author_email}
    if record.inferred:
        vendor["inferred"] = True
    doc: dict[str, Any] = {
        "version": SPEC_VERSION,
        "id": str(uuid.uuid4()),
        "timestamp": to_text(record.accepted_at).replace("+00:00", "Z"),
    }
    if revision:
        doc["vcs"] = {"type": "git", "revision": revision}
    doc["tool"] = {"name": record.tool}
    doc["files"] = [{"path": record.path, "conversations": [{
        "contributor": contributor,
        "ranges": [{"start_line": start_line, "end_line": end_line,
                    "content_hash": record.content_hash}],
    }]}]
    doc["metadata"] = {VENDOR: vendor, "exported_by": f"vigilint {__version__}"}
    return doc


def export_records(store: SqliteStore, paths: Iterable[str] | None = None,
                   revision: str | None = None) -> tuple[list[dict[str, Any]], int]:
    """Trace Records for the store's records (of `paths`, or all), placed in the files as
    they are now; records whose lines are all gone are left out. Returns (records, left out)."""
    chosen = list(paths) if paths is not None else store.paths()
    out: list[dict[str, Any]] = []
    lost = 0
    for path in chosen:
        records = store.records(path)
        lines = _file_lines(store.workspace, store.relative(path))
        current = line_hashes(lines) if lines is not None else None
        for record in records:
            if lines is None or current is None:
                out.append(trace_record(record, record.start_line, record.end_line,
                                        "unverified", revision))
                continue
            anchors = locate(record.line_hashes, record.start_line, current, lines)
            if not anchors:
                lost += 1
                continue
            start, end = anchors[0].start_line, anchors[-1].end_line
            status = "exact" if anchors[0].exact else "re-anchored"
            out.append(trace_record(record, start, end, status, revision))
    return out, lost


def dumps(records: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)


def parse(text: str) -> list[dict[str, Any]]:
    """Trace Records from JSON Lines, one JSON object, or a JSON array."""
    stripped = text.strip()
    if not stripped:
        return []
    try:
        data = json.loads(stripped)
    except json.JSONDecodeError:
        data = None
        records = []
        for number, line in enumerate(stripped.splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise TraceFormatError(f"line {number} is not JSON ({exc.msg})") from None
        data = records
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise TraceFormatError("expected Agent Trace records (JSON objects with `files`)")
    for index, record in enumerate(data, 1):
        if not isinstance(record.get("files"), list):
            raise TraceFormatError(f"record {index} has no `files` list; not Agent Trace")
    return data


@dataclass
class ImportResult:
    imported: int = 0
    duplicates: int = 0
    skipped: list[str] = field(default_factory=list)


def _ranges(record: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    for file in record.get("files") or []:
        if not isinstance(file, dict) or not isinstance(file.get("path"), str):
            continue
        for conversation in file.get("conversations") or []:
            if not isinstance(conversation, dict):
                continue
            contributor = conversation.get("contributor") or {}
            for span in conversation.get("ranges") or []:
                if isinstance(span, dict):
                    yield file["path"], span, span.get("contributor") or contributor


def import_records(store: SqliteStore, records: Iterable[dict[str, Any]],
                   now: datetime | None = None) -> ImportResult:
    result = ImportResult()
    moment = now or utcnow()
    for record in records:
        tool = ((record.get("tool") or {}).get("name") or "unknown").strip() or "unknown"
        try:
            accepted = from_text(str(record.get("timestamp")))
        except ValueError:
            accepted = moment
        vendor = (record.get("metadata") or {}).get(VENDOR) or {}
        author = vendor.get("author") or {}
        for path, span, contributor in _ranges(record):
            kind = contributor.get("type", "unknown") if isinstance(contributor, dict) else ""
            where = f"{path}:{span.get('start_line')}-{span.get('end_line')}"
            if kind not in _AI_TYPES:
                result.skipped.append(f"{where}: contributor is {kind or 'missing'}, not AI")
                continue
            start, end = span.get("start_line"), span.get("end_line")
            if not isinstance(start, int) or not isinstance(end, int) or not 1 <= start <= end:
                result.skipped.append(f"{where}: not a valid line range")
                continue
            hashes = vendor.get("line_hashes")
            if not (isinstance(hashes, list) and len(hashes) == end - start + 1
                    and all(isinstance(h, str) for h in hashes)):
                try:
                    lines = _file_lines(store.workspace, store.relative(path))
                except OutsideWorkspaceError as exc:
                    result.skipped.append(f"{where}: {exc}")
                    continue
                if lines is None or end > len(lines):
                    result.skipped.append(f"{where}: the file is missing or shorter than the "
                                          "range, so its lines can't be hashed")
                    continue
                hashes = line_hashes(lines[start - 1:end])
                range_hash = content_hash(lines[start - 1:end])
            else:
                range_hash = str(span.get("content_hash") or "")
            try:
                added = store.add_record(
                    path, start, hashes, range_hash, tool,
                    contributor.get("model_id"), accepted,
                    author=(author.get("name"), author.get("email")),
                    prompt=vendor.get("prompt_hash"), inferred=bool(vendor.get("inferred")),
                    now=moment)
            except OutsideWorkspaceError as exc:
                result.skipped.append(f"{where}: {exc}")
                continue
            if added is None:
                result.duplicates += 1
            else:
                result.imported += 1
    return result


def current_revision(store: SqliteStore) -> str | None:
    return gitutil.head(store.workspace) if store.workspace else None
