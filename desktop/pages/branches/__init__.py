"""The branches page (Chi hội)."""
