"""The Java provider of the access-control layer (Spring, JAX-RS, servlets)."""

from vigilint.analyzers.access.java.routes import inventory

__all__ = ["inventory"]
