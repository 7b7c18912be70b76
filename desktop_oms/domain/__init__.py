"""Pure business rules: standard library only."""
