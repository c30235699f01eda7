"""Shared test set-up: Qt offscreen (no display needed), quiet TensorFlow."""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
# Tests run headless and never ask a question of the user.
os.environ.setdefault("DIGITSCOPE_TESTING", "1")
# The per-user data folder (autosave, error log) of every window the tests open: never the real one.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="digitscope-test-data-")
# ... and its settings (language, tour seen): a fresh QSettings file, never the real one.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="digitscope-test-config-")
# The tests read the English texts; the Korean ones are tested where a test installs them.
os.environ.setdefault("DIGITSCOPE_LANG", "en")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
