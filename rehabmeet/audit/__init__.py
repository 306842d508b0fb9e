"""The audit trail: the append-only event log (hash-chained by a later issue)."""
