"""``python -m app.demo``: run the demo federation (see ``app.demo.launcher``)."""

from __future__ import annotations

import sys

from app.demo.launcher import main

if __name__ == "__main__":
    sys.exit(main())
