"""Use cases: each public method is one transaction, checks its permission, returns plain data."""
