"""The Go provider of the access-control layer (net/http, gorilla/mux, chi, Gin, Echo, Fiber,
httprouter)."""

from vigilint.analyzers.access.go.routes import inventory

__all__ = ["inventory"]
