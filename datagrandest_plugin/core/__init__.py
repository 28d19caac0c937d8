"""Everything that works without a window: clients, models, cache, transport."""
