"""The Community tab: webinars, trainings, groups, agenda, and the scenario player."""
