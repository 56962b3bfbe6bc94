"""`python -m yaodian` runs the command line."""

from yaodian.cli import main

main()
