"""The page-capped case summary: the meeting set of pages and the summary sheet (pure Python)."""
