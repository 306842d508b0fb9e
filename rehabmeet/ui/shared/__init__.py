"""The shared part of the UI."""
