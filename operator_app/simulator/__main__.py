import sys

from operator_app.simulator.cli import main

sys.exit(main())
