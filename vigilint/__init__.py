"""vigilint: a security language server and scanner for AI-assisted coding."""

__version__ = "0.1.0"
