"""The plugin's page in QGIS's Options dialog."""
