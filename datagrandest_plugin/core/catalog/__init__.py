"""Catalogue search: GeoNetwork (CSW) and D4C, one result model."""
