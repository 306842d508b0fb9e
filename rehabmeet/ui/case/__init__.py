"""The case part of the UI."""
