"""What the areas share, owned by one LabSession: the model document (spec, undo, weights), the
training controller, the models Draw and Inside can show, the drawing input, TensorFlow's loader;
and the one background-task helper every thread goes through. No widgets of the areas here."""
