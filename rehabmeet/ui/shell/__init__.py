"""The shell part of the UI."""
