"""Curated layer trees: the historical plugin's tree and the platform's QGIS project."""
