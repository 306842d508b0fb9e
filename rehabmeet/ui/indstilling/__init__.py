"""The indstilling part of the UI."""
