"""The agenda part of the UI."""
