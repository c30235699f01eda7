"""DigitScope's Qt-free core: model specs, shapes, Keras building, data and training.

Nothing here imports PySide6 or pyqtgraph, and TensorFlow/Keras are imported only
inside the functions that need them (importing TensorFlow takes seconds).
"""
