"""Looking at a trained model: predicting one drawing, its layers and their arrays as pictures,
every layer's output for an input, saliency, and epoch snapshots of the weights."""
