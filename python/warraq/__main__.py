import sys

from warraq.cli import main

sys.exit(main())
