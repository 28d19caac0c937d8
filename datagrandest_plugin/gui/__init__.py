"""Widgets and QGIS integrations; they react to results, never wait for the network."""
