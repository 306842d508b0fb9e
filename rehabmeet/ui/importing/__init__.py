"""The importing part of the UI."""
