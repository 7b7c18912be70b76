"""The Orders tab: queue, filters, batch actions, order detail."""
