"""The documents part of the UI."""
