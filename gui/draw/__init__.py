"""The Draw & predict area: the canvas, the 28×28 the network sees, and the probability bars."""
