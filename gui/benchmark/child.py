"""What the benchmark's fresh processes run: `python -m gui.benchmark.child KIND [ARGS]`.

Each prints one JSON line on stdout with wall-clock times (time.time(), comparable with the
parent's clock) or memory figures, then exits 0.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from typing import Any


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def startup() -> int:
    """The real window, as `python main.py` opens it: first paint, then TensorFlow ready to train."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QObject, QTimer, Slot

    from gui.shell.app import create_app
    from gui.shell.main_window import MainWindow

    times: dict[str, float] = {}
    app = create_app([])
    window = MainWindow()
    after_paint = window._after_first_paint

    def painted() -> None:  # runs just after the first paint event was handled
        times.setdefault("first_paint", time.time())
        after_paint()

    window._after_first_paint = painted  # type: ignore[method-assign]

    class Ready(QObject):
        @Slot(object)
        def loaded(self, _runtime: object) -> None:  # after the window enabled training
            times["tf_ready"] = time.time()
            window.doc.undo_stack.setClean()
            QTimer.singleShot(0, app.quit)

        @Slot(str)
        def failed(self, message: str) -> None:
            times["error"] = message  # type: ignore[assignment]
            QTimer.singleShot(0, app.quit)

    ready = Ready()
    window.loader.loaded.connect(ready.loaded)
    window.loader.failed.connect(ready.failed)
    window.show()
    QTimer.singleShot(120_000, app.quit)
    app.exec()
    ready_for_training = window.trainer.train_button.isEnabled()
    window.close()
    print(json.dumps({**times, "train_enabled": ready_for_training}), flush=True)
    return 0


def import_tensorflow() -> int:
    """The reference: a bare `import tensorflow`, its time and memory."""
    import tensorflow  # noqa: F401

    print(json.dumps({"imported": time.time(), "rss_mb": _peak_rss_mb()}), flush=True)
    return 0


def train_memory(dataset: str, stop_after_batches: int) -> int:
    """The app trains the small convnet on a dataset (one epoch, or stopped after some batches);
    prints the peak resident memory of the window's process and of its training process."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QObject, QTimer, Slot

    from core.model.templates import template
    from gui.shell.app import create_app
    from gui.shell.main_window import MainWindow

    app = create_app([])
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    while window.loader.runtime is None:
        app.processEvents()
        time.sleep(0.01)
    window.doc.edit(template("small_convnet"), "Template", 0)  # as the Template combo does
    window.areas.setCurrentWidget(window._train_area)
    panel = window.trainer
    settings = panel.settings
    if dataset.endswith(".npz"):
        settings.own_path = dataset
        settings.dataset_combo.setCurrentIndex(settings.dataset_combo.count() - 1)
    else:
        settings.dataset_combo.setCurrentIndex(settings.dataset_combo.findData(dataset))
    settings.epochs.setValue(1)
    result: dict[str, object] = {}

    class Watch(QObject):
        batches = 0

        @Slot(object)
        def on_event(self, event: Any) -> None:
            from core.training.events import Batches, TrainBegin

            if isinstance(event, TrainBegin):
                result["n_train"] = event.n_train
            if isinstance(event, Batches):
                self.batches += len(event.batches)
                if stop_after_batches and self.batches >= stop_after_batches:
                    panel.controller.stop()

        @Slot(object)
        def on_finished(self, job_result: Any) -> None:
            result["worker_rss_mb"] = job_result.peak_memory_mb

        @Slot(bool)
        def on_running(self, running: bool) -> None:
            if not running:
                loop.quit()

    loop = QEventLoop()  # not app.exec(): app.quit() would close the window, which asks to save
    watch = Watch()
    panel.controller.progress.connect(watch.on_event)
    panel.controller.finished.connect(watch.on_finished)
    panel.controller.runningChanged.connect(watch.on_running)
    panel.train_button.click()
    QTimer.singleShot(600_000, loop.quit)
    loop.exec()
    result.update({"rss_mb": _peak_rss_mb(), "batches": watch.batches,
                   "error": panel.progress_label.text() if not watch.batches else ""})
    print(json.dumps(result), flush=True)
    os._exit(0)  # closing would ask whether to save the trained weights


if __name__ == "__main__":
    kind = sys.argv[1]
    if kind == "startup":
        sys.exit(startup())
    if kind == "import_tensorflow":
        sys.exit(import_tensorflow())
    sys.exit(train_memory(sys.argv[2], int(sys.argv[3])))
