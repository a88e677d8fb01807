"""Java rules."""
