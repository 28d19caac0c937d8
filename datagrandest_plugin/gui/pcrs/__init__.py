"""The PCRS tab."""
