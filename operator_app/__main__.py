import sys

from operator_app.app import main

sys.exit(main())
