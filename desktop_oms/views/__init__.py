"""Qt widgets only: windows, tabs, dialogs, table models; they call services."""
