"""Entry script of the frozen build: the same ``main`` as the ``sohoi`` command."""

import sys

from desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
