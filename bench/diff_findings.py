"""Compare two `vigilint scan --format json` reports: the same findings must come out.

    python bench/diff_findings.py /tmp/before-x.json /tmp/after-x.json [more pairs ...]

A finding is identified by (rule, path, line, fingerprint); for findings present in both, the
message, likelihood, column range and fix are compared too. Prints every difference and exits 1
when there is one.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from typing import Any

_KEY = ("rule", "path", "line", "fingerprint")
_DETAIL = ("column", "end_line", "end_column", "message", "likelihood", "impact", "confidence",
           "priority", "fix", "suppression", "snippet")


def _load(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return list(json.load(handle)["findings"])


def _key(finding: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(finding.get(k) for k in _KEY)


def compare(before_path: str, after_path: str) -> int:
    before, after = _load(before_path), _load(after_path)
    b, a = Counter(map(_key, before)), Counter(map(_key, after))
    lost, new = b - a, a - b
    details = 0
    by_key_after = {_key(f): f for f in after}
    for finding in before:
        other = by_key_after.get(_key(finding))
        if other is None:
            continue
        changed = [k for k in _DETAIL if finding.get(k) != other.get(k)]
        if changed:
            details += 1
            print(f"  changed {_key(finding)}: {', '.join(changed)}")
    for key, count in sorted(lost.items(), key=str):
        print(f"  lost {count}x {key}")
    for key, count in sorted(new.items(), key=str):
        print(f"  new  {count}x {key}")
    status = "same" if not (lost or new or details) else "DIFFERENT"
    print(f"{after_path}: {len(before)} before, {len(after)} after, {sum(lost.values())} lost, "
          f"{sum(new.values())} new, {details} changed -> {status}")
    return int(bool(lost or new or details))


def main(argv: list[str]) -> int:
    if len(argv) < 2 or len(argv) % 2:
        print(__doc__)
        return 2
    return max(compare(argv[i], argv[i + 1]) for i in range(0, len(argv), 2))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
