"""PCRS (Plan Corps de Rue Simplifié): the street-plan layers found in the services and the catalogue."""
