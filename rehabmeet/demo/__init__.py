"""The demo meeting day: invented cases, three of them heard and signed, and a year of history."""
