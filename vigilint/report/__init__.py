"""Writers for scan results: text (for people), json, sarif. Findings arrive redacted."""
