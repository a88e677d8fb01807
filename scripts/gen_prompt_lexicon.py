"""Write vigilint/prompts/lexicon_data.py: the prompt lexicon compiled from lexicon.toml and
controls.toml, so that a `vigilint prompt` process does not compile 4,000 phrases.

Run after changing lexicon.toml, controls.toml, or the code that compiles them
(vigilint/prompts/text.py, lexicon.py, compiled.py). Until then the data's fingerprint does not
match and the lexicon is compiled from the TOML files as before (correct, only slower);
tests/prompts/test_prompt_compiled.py fails to say so.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vigilint.prompts.compiled import DATA_FILE, write  # noqa: E402


def main() -> int:
    write()
    print(f"wrote {DATA_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
