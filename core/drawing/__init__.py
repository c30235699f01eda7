"""A drawing (vector strokes) or a picture turned into the 28×28 input MNIST models expect, and
the handwriting augmentations the default model was trained with."""
