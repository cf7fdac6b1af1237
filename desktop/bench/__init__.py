"""``sohoi bench``: the performance budgets, measured against raw baselines in the same run.

Not part of the application the office runs: the window never imports this package. It
lives beside the application because it drives the real code (the real window for the
start-up probe, the real import and sync paths). ``runner`` holds the list of measures,
``measure`` the shape of their results, the other modules one area each.
"""
