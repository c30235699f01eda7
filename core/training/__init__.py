"""One training run: its settings (config), model.fit with the progress callback (loop), pause
and stop (control), the typed events a run reports (events), a whole run as the window starts
it (job), test evaluation and the confusion matrix, the epoch log as CSV, and the recipe of the
shipped default model."""
