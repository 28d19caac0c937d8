"""A layer, one path: the spec, the one resolver, the factory that builds QGIS layers, WFS turn-taking."""
