"""Carrier tracking APIs, one module each, over `requests`: answers become normalised tracking events.

No database, no Qt: the poller (services/) decides what to ask, when, and what to keep.
"""
