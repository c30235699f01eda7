"""The Train area: settings, Train / Pause / Stop, live curves, epoch log, test results, runs."""
