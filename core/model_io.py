"""Opening a model by what the user typed or picked: a template name, a spec .json, a .keras file."""

from __future__ import annotations

from pathlib import Path

from core.keras_file import read_keras_config, spec_dict_from_keras_config
from core.spec import ModelSpec, SpecError
from core.templates import TEMPLATES, template


def load_model_spec(source: str | Path) -> ModelSpec:
    """The spec for a template name, a .json spec or a .keras file; SpecError says what is wrong."""
    text = str(source)
    if text in TEMPLATES:
        return template(text)
    path = Path(text)
    suffix = path.suffix.lower()
    if suffix == ".keras":
        config = read_keras_config(path)
        try:
            return ModelSpec.from_dict(spec_dict_from_keras_config(config))
        except SpecError as e:
            raise SpecError(f"{path}: {e}") from e
    if suffix == ".json":
        return ModelSpec.load(path)
    if not path.exists():
        raise SpecError(f"{text!r} is neither a template ({', '.join(TEMPLATES)}) nor an "
                        "existing .json or .keras file")
    raise SpecError(f"{path}: unknown file type {suffix or '(none)'}; open a .json spec or a "
                    ".keras model")
