"""Sync by file with the level above (docs/ARCHITECTURE.md §6).

``container`` is the signed, encrypted file; ``payload`` its JSON inside; ``tables``
what travels which way and the scope checks; ``export`` and ``importer`` the two ends;
``enrollment`` the first file from the upper level; ``status`` what the sync page shows.
"""
