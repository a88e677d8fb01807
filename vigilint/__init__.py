"""vigilint: a security language server and scanner for AI-assisted coding."""

from vigilint import code_cache

__version__ = "0.1.0"

# before any of vigilint's dataclasses and patterns is made: their code comes compiled
code_cache.install()
