"""Hallucinated and typo-squatted packages (VG-DEP-*): the offline package index, the imports and
manifest entries of a file, the project's own (first-party) names, and the optional online
check against the registries."""
