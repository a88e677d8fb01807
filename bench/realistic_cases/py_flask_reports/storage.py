import os
from pathlib import Path

REPORT_ROOT = Path(os.environ.get("REPORT_ROOT", "/srv/reports")).resolve()


def report_path_unsafe(name: str) -> str:
    return os.path.join(str(REPORT_ROOT), name)


def report_path(name: str) -> Path:
    candidate = (REPORT_ROOT / name).resolve()
    if not candidate.is_relative_to(REPORT_ROOT):
        raise PermissionError("outside the report folder")
    return candidate


def read_report(name: str) -> bytes:
    with open(report_path(name), "rb") as fh:
        return fh.read()


def read_raw(name: str) -> str:
    with open(report_path_unsafe(name)) as fh:
        return fh.read()
