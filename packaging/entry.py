"""The bundle's entry point: the same ``main`` as the ``operator-app`` command."""

import sys

from operator_app.app import main

sys.exit(main())
