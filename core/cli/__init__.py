"""`python main.py COMMAND`: the headless commands (summary, templates, export, datasets, train,
evaluate, predict), each failure one line on stderr."""
