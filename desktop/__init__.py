"""Sổ Hội's application: everything a person sees, clicks, prints or opens."""

__version__ = "0.1.0"
