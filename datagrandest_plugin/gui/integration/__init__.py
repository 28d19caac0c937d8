"""Where the plugin sits in QGIS besides its dock: Browser, locator, Data Source Manager, help."""
