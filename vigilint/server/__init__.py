"""The vigilint language server (pygls 2): a thin layer over the pure engine.

One module per LSP capability; `server.create_server()` builds the server with all of them.
See docs/language-server.md for features, settings, commands and the workspace-trust statement.
"""
