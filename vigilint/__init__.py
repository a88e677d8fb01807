"""vigilint: a security language server and scanner for AI-assisted coding."""

from vigilint import dataclass_code

__version__ = "0.1.0"

# before any of vigilint's dataclasses is made: their generated methods come compiled
dataclass_code.install()
