"""Datasets as numpy arrays: the built-in ones offline first (catalogue), the file formats a
student brings (IDX, CIFAR batches, .npz, image folders), downloads into Keras's cache, and the
notes' preprocessing for a model (preprocess). Never imports TensorFlow."""
