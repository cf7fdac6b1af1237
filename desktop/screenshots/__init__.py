"""Pictures of the window for the README and for people checking a layout.

Not part of the application the office runs: ``capture`` renders one page offscreen
(``sohoi screenshot``), ``__main__`` regenerates the README's set from the demo commune
(``make screenshots``).
"""
