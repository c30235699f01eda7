"""DigitScope's data files, found beside this module in the source tree and in an installed wheel:
the shipped default digit model (default_model.keras, and default_model.json: how it was trained)
and the translations (i18n/*.ts, compiled to *.qm by the set-up or the wheel build)."""

from pathlib import Path

ASSETS_DIR = Path(__file__).resolve().parent
DEFAULT_MODEL = ASSETS_DIR / "default_model.keras"
DEFAULT_MODEL_RECIPE = ASSETS_DIR / "default_model.json"
I18N_DIR = ASSETS_DIR / "i18n"
