"""The packing tab: scanner-driven packing at a station."""
