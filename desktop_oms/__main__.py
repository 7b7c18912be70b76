"""`python -m desktop_oms` runs the command line (no command starts the GUI)."""

import sys

from desktop_oms.cli import main

sys.exit(main())
