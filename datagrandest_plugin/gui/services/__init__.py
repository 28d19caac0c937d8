"""The Services tab: the health of every configured endpoint."""
