"""The Couches tab: the services tree, the historical and platform trees, drag and drop."""
