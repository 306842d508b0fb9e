"""Case bundles: reading, checking and importing them, and writing them (demo, tests, benchmarks)."""
