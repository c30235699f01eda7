"""Loading TensorFlow (slow: 3–5 s) and describing what it runs on."""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Runtime:
    """What the status bar shows once TensorFlow is ready."""

    tensorflow: str
    keras: str
    device: str  # "CPU" or the GPU's name

    def describe(self) -> str:
        return f"TensorFlow {self.tensorflow} · Keras {self.keras} · {self.device}"


def load_tensorflow(trains: bool = True) -> Runtime:
    """Import TensorFlow and Keras and find the device; call it off the GUI thread.

    trains: this process trains (the training process, the command line): a GPU is used, taking
    its memory as it grows rather than all at once. False (the window, which only predicts and
    inspects): TensorFlow is kept off the GPU, so that the training process gets all of it, and
    runs each op on one thread. The device named is the one training uses either way.
    """
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
        try:  # only possible before TensorFlow first uses a device
            if trains:
                for gpu in gpus:
                    tf.config.experimental.set_memory_growth(gpu, True)
            else:
                tf.config.set_visible_devices([], "GPU")
        except (RuntimeError, ValueError):
            pass
    if not trains:
        # The window predicts one drawing at a time: handing a tiny op to a pool of threads costs
        # more than the op (predict_on_batch of the default model: 1.06 ms p50 with the pool,
        # 0.41 ms on one thread; docs/performance.md). Heavy work runs in the training process.
        with contextlib.suppress(RuntimeError):  # TensorFlow was already used in this process
            tf.config.threading.set_intra_op_parallelism_threads(1)
    return Runtime(tf.__version__, keras.__version__, device)


def import_keras_quietly() -> None:
    """Import Keras (and TensorFlow) with the process's stderr pointed at /dev/null meanwhile.

    TensorFlow 2.21 writes absl INFO lines ("oneDNN custom operations are on", "Could not find
    cuda drivers") before TF_CPP_MIN_LOG_LEVEL applies; in a terminal they bury the one line the
    command prints. Python errors still raise normally (stderr is back before they propagate).
    """
    if "keras" in sys.modules:
        return
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 2)
        import keras  # noqa: F401
    finally:
        os.dup2(saved, 2)
        os.close(saved)
