"""Adapters that bring vigilint to AI agents: their hook protocols and the MCP server."""
