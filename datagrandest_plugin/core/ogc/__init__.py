"""OGC services: the one capabilities reader, the service model, its loader and cache, OWS addresses, server styles."""
