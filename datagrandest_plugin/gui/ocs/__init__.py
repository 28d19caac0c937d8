"""The OCS GE² tab."""
