"""`python main.py bench`: where DigitScope is fast or slow where students feel it.

Each figure is measured in one run on this machine, from several runs, next to a reference
measured in the same run (a bare `import tensorflow`, a plain `model.fit`, `model.predict`);
ratios are taken pair by pair, alternating, so a noisy machine cannot fake a win.

- startup.py: fresh processes: first paint, TensorFlow ready, `import tensorflow`, memory.
- drawing.py: a mouse event on the canvas → the bars showing the new probabilities.
- training.py: the app's training path vs plain `model.fit`, and GUI-thread stalls meanwhile.
- inside.py: Inside the network: layer switches and epoch scrubs with a 407,050-parameter model.
- child.py: what those fresh processes run.
- cli.py: the command: runs them, prints the table, writes the JSON.
"""
