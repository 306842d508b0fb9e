"""Running the meeting day: planning, timing and attendance logic (pure Python)."""
