"""The Inside the network area: layers, weights, histograms, activations, saliency and epochs."""
