"""The Catalogue tab: search, results, facets, record view, favourites."""
