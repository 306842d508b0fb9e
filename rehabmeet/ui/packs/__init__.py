"""The packs part of the UI."""
