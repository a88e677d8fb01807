"""`vigilint mcp`: the prompt guard and the scanner as Model Context Protocol tools.

An agent calls `check_prompt`, `scan_code`, `scan_paths` and `explain_rule` over stdio; the
rule documentation and the OWASP catalogue are resources, and each security-sensitive domain
of the prompt guard is a prompt template. The server is built on the official MCP Python SDK
(`server.py`); what the tools do is plain Python without the SDK (`tools.py`), over the same
engine, scan and guard as the command line and the language server.

Safety: the tools read only inside the workspace root (`workspace.py`); over-size inputs are
refused with a sentence; every text of every answer passes the secret redaction
(`redact.py`); nothing here opens a network connection.
"""
