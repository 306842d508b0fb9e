"""Core services: take a session factory, return frozen dataclasses, never Qt."""
