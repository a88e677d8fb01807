"""The Python provider of the access-control layer: routes and guards (`routes`), request reads
and the verified caller (`reads`), lookups and bindings (`records`)."""

from vigilint.analyzers.access.python.routes import inventory

__all__ = ["inventory"]
