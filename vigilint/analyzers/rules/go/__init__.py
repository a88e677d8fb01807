"""Go rules."""
