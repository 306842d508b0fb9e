"""The meeting part of the UI."""
