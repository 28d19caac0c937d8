"""OCS GE² land cover: the published products, the nomenclature, the extraction store and the statistics."""
