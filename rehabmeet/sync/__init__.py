"""Preparing offline: agenda packs to members, annotation packs back, merged without losing a note."""
