"""Secret detectors, entropy, placeholder filters and redaction."""
