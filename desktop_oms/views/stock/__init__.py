"""The Stock tab: the stock list, goods in, adjustments, product edits and the ledger."""
