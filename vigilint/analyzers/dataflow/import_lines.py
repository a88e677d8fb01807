"""The import lines of each language the dataflow core has an adapter for, as the project index
finds them (`project.imported_files`): every pattern runs over every file.

They live here, not in the adapters, so that finding which files another file imports does
not import every language's adapter (a one-file Python scan would load the Go, Java and
JavaScript interpreters for nothing). Each adapter registers its own pattern from here;
tests/test_engine_fastpaths.py checks that these are exactly the registered ones.
"""

from __future__ import annotations

import re

from vigilint import lazyre

# `from a.b import c, d` / `import a.b, c`
PYTHON = lazyre.compile(
    rb"^[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import[ \t]+([^\n#]+)|import[ \t]+([^\n#]+))", re.M)
# an import line (`import "net/http"`, `import db "app/db"`) or a line of an import block:
# the quoted path's last element is the folder of the imported package
GO = lazyre.compile(rb'^[ \t]*(?:import[ \t]+)?(?:[\w.]+[ \t]+)?"(?P<path>[^"\n]+)"[ \t]*$', re.M)
# A file imports another when an import, export-from or require names its module.
JAVASCRIPT = lazyre.compile(rb"""(?:\bfrom[ \t]+|\brequire[ \t]*\([ \t]*|"""
                            rb"""\bimport[ \t]*\(?[ \t]*)['"]([^'"\n]+)['"]""", re.M)

PATTERNS: tuple[re.Pattern[bytes], ...] = (GO, JAVASCRIPT, PYTHON)
