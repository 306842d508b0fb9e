"""The dashboard part of the UI."""
