"""The demo meeting day: invented cases, two of them heard and signed, and a year of history."""
