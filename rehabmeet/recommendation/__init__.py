"""The team's input and the indstilling: its structured content and the legal checklist (pure Python)."""
