"""One catalogue client per protocol (CSW, D4C, OGC API Records) behind one interface: search() and record()."""
