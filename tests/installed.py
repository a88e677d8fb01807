"""Where the installed `vigilint` command is, for tests that start it exactly as an editor or
agent configuration names it."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path


def vigilint_bin() -> Path:
    """The folder of the `vigilint` command installed with this interpreter."""
    folder = Path(sys.executable).parent
    assert shutil.which("vigilint", path=str(folder)), \
        f"no `vigilint` command in {folder}: install the package (pip install -e '.[dev]')"
    return folder
