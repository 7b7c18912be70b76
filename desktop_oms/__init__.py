"""desktop-oms: a desktop back office for an online shop's orders."""

__version__ = "0.1.0"
