"""Opening a model by what the user typed or picked: a template name, a spec .json, a .keras file."""

from __future__ import annotations

from pathlib import Path

from assets import DEFAULT_MODEL
from core.i18n import translate
from core.model.keras_file import read_keras_config, spec_dict_from_keras_config
from core.model.spec import ModelSpec, SpecError
from core.model.templates import TEMPLATES, template

# Trained models that ship with DigitScope, by the name the CLI and the window use.
SHIPPED_MODELS = {"default": DEFAULT_MODEL}


def resolve_model_source(source: str | Path) -> str:
    """'default' -> the shipped model's .keras path; anything else unchanged."""
    text = str(source)
    return str(SHIPPED_MODELS[text]) if text in SHIPPED_MODELS else text


def load_model_spec(source: str | Path) -> ModelSpec:
    """The spec for a template name, 'default', a .json spec, a .keras file or a workspace.

    SpecError says what is wrong.
    """
    text = resolve_model_source(source)
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
    if suffix == ".digitscope":  # a workspace a teacher handed out: its model
        from core.model.workspace import WorkspaceError, load_workspace

        try:
            return load_workspace(path).spec
        except WorkspaceError as e:
            raise SpecError(str(e)) from e
    if not path.exists():
        raise SpecError(translate("model_io", "{source} is neither a template ({templates}), 'default' "
                                  "(the shipped digit model) nor an existing .json or .keras file").format(
            source=repr(text), templates=", ".join(TEMPLATES)))
    if suffix:
        raise SpecError(translate("model_io", "{path}: unknown file type {suffix}; open a .json spec, a "
                                  ".keras model or a .digitscope workspace").format(path=path, suffix=suffix))
    raise SpecError(translate("model_io", "{path}: unknown file type (none); open a .json spec, a .keras "
                              "model or a .digitscope workspace").format(path=path))
