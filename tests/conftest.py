"""Shared test set-up: Qt offscreen (no display needed), quiet TensorFlow."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
# Tests run headless and never ask a question of the user.
os.environ.setdefault("DIGITSCOPE_TESTING", "1")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
