"""The input part of the UI."""
