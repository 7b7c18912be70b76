"""ReportLab documents: packing slips and pick lists (no Qt, no database)."""
