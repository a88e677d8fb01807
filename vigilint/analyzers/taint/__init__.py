"""Taint analyses: where untrusted input flows, per language, memoised per file."""
