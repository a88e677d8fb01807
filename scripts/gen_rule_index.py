"""Write vigilint/analyzers/rule_index.json: each module under the rule packages and the
languages its rules name, so that a scan imports only the rule modules of its files' languages.

Run after adding, removing or renaming a rule module, or changing a rule's languages;
tests/test_rule_index.py fails when the file is out of date (until then a scan whose rule
modules differ from the index walks every module, so no rule is left out).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vigilint.analyzers.registry import INDEX_FILE, build_index, index_text  # noqa: E402


def main() -> int:
    INDEX_FILE.write_text(index_text(build_index()), encoding="utf-8")
    print(f"wrote {INDEX_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
