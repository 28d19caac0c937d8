"""Widgets and helpers several tabs share: the layer loader, the layer choice, link labels, French formats."""
