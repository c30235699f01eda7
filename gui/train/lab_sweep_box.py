"""The sweep window's "whole lab" row: Host (the teacher's computer holds the search, KerasTuner's
chief, and the students' computers run its trials) and Join (this computer runs trials for a sweep
hosted at an address). Both run core.training.lab_sweep in the sweep window's process, so
the table, the curves and the parallel-coordinates plot fill as trials end, and Stop ends them (a
host stops serving; a joined computer leaves after its trial, which the others go on without).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from core.i18n import translate
from core.training.lab_sweep import DEFAULT_PORT
from core.training.sweep_process import SweepJob


class LabSweepBox(QWidget):
    """Host on a port, or join an address; dialog is the SweepDialog that shows the trials."""

    def __init__(self, dialog: Any) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.host_button = QPushButton(translate("LabSweepBox", "Host for the lab"))
        self.host_button.setToolTip(translate(
            "LabSweepBox", "This computer holds the search (KerasTuner's chief) on this TCP port; the "
            "students' computers join it with this computer's address and run the trials."))
        self.address = QLineEdit()
        self.address.setPlaceholderText(translate("LabSweepBox", "teacher's address, e.g. 192.168.0.10:{port}"
                                                  ).format(port=DEFAULT_PORT))
        self.join_button = QPushButton(translate("LabSweepBox", "Join"))
        self.join_button.setToolTip(translate(
            "LabSweepBox", "Run trials for the sweep hosted at this address: the model, what varies and the "
            "dataset come from there."))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(translate("LabSweepBox", "<b>A whole lab</b> — port")), 0, 0)
        grid.addWidget(self.port, 0, 1)
        grid.addWidget(self.host_button, 0, 2)
        grid.addWidget(self.address, 1, 0, 1, 2)
        grid.addWidget(self.join_button, 1, 2)
        self.host_button.clicked.connect(self.host)
        self.join_button.clicked.connect(self.join)

    def set_running(self, on: bool) -> None:
        for w in (self.host_button, self.join_button, self.port, self.address):
            w.setEnabled(not on)

    def host(self) -> None:
        """Serve the sweep the window describes; trials appear as the lab's computers finish them."""
        d = self.dialog
        choices = d.checked_choices()
        if choices is None:
            return
        space, settings, validation = choices
        port = self.port.value()
        job = SweepJob("host", d.base, space, settings, d.dataset, validation, d.objective, f"0.0.0.0:{port}")
        d.run(job, translate("LabSweepBox", "Starting to host on port {port}…").format(port=port),
              pausable=False)

    def join(self) -> None:
        """Run trials for the sweep at the address typed; this computer's trials appear as they end."""
        from core.training.lab_sweep import LabSweepError, split_address

        d = self.dialog
        address = self.address.text().strip()
        try:
            split_address(address)
        except LabSweepError as e:
            d._say(str(e), error=True)
            return
        job = SweepJob("join", objective=d.objective, address=address)
        d.run(job, translate("LabSweepBox", "Joining the sweep at {address}…").format(address=address),
              pausable=False)
