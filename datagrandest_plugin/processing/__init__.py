"""Processing provider "DataGrandEst": algorithms usable in models and batch."""
