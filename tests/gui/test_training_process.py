"""The window's side of the training process: its messages in the window's language."""

from __future__ import annotations

import time

from core.model.templates import template
from core.training.config import TrainConfig
from core.training.worker import TrainingWorker, WorkerJob
from gui.session.worker_setup import install_translations
from gui.shell.i18n import compile_translations, qm_file


def test_the_training_process_speaks_the_windows_language(tmp_path):
    compile_translations()
    worker = TrainingWorker(install_translations)
    worker.start()
    try:
        missing = str(tmp_path / "nothing.npz")
        answers = []
        for translations in ((str(qm_file("ko")),), ()):  # Korean, then English again
            assert worker.send("train", WorkerJob(template("mlp_50"), missing, TrainConfig(epochs=1),
                                                  translations=translations))
            statuses, deadline = [], time.monotonic() + 120
            while time.monotonic() < deadline:
                message = worker.receive(0.5)
                if message is not None and message[0] == "event":
                    statuses.append(message[1].text)
                elif message is not None and message[0] == "failed":
                    answers.append((statuses, message[1]))
                    break
        (ko_status, ko_error), (en_status, en_error) = answers
        assert "nothing.npz" in ko_error and "nothing.npz" in en_error and ko_error != en_error
        assert any("\uac00" <= ch <= "\ud7a3" for ch in ko_status[0] + ko_error)  # Hangul
        assert en_status[0].startswith("Loading") and not any("\uac00" <= ch <= "\ud7a3" for ch in en_error)
    finally:
        worker.close()
