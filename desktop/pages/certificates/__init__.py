"""The certificates page (Chứng nhận)."""
