"""The JavaScript/TypeScript provider of the access-control layer."""

from vigilint.analyzers.access.javascript.routes import inventory

__all__ = ["inventory"]
