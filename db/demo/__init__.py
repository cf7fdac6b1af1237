"""Deterministic demo-data generation for the Sổ Hội desktop app."""
