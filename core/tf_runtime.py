"""Loading TensorFlow (slow: 3–5 s) and describing what it runs on."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Runtime:
    """What the status bar shows once TensorFlow is ready."""

    tensorflow: str
    keras: str
    device: str  # "CPU" or the GPU's name

    def describe(self) -> str:
        return f"TensorFlow {self.tensorflow} · Keras {self.keras} · {self.device}"


def load_tensorflow() -> Runtime:
    """Import TensorFlow and Keras and find the device; call it off the GUI thread."""
    # Keep TensorFlow's C++ start-up chatter out of the student's terminal.
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    import keras
    import tensorflow as tf

    device = "CPU"
    gpus = tf.config.list_physical_devices("GPU")
    if gpus:
        try:
            details = tf.config.experimental.get_device_details(gpus[0])
            device = "GPU: " + details.get("device_name", gpus[0].name)
        except (RuntimeError, ValueError):
            device = "GPU: " + gpus[0].name
    return Runtime(tf.__version__, keras.__version__, device)
