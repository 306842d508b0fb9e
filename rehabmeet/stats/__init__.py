"""Management information: KPIs computed in SQL over a period, exports, and review samples."""
