"""Small shared tools: settings, logging, paths."""
