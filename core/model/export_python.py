"""Write a model as a standalone Keras script in the course notes' style."""

from __future__ import annotations

import json

from core.model.build import layer_kwargs, optimizer_kwargs
from core.model.layer_catalog import layer_type
from core.model.shapes import layer_names
from core.model.spec import OPTIMIZER_CLASSES, ModelSpec


def _string(text: str) -> str:
    """A double-quoted Python literal: quotes and backslashes in user-given names escaped."""
    return json.dumps(text, ensure_ascii=False)


def _literal(value: object) -> str:
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    return repr(value)


def _layer_line(spec: ModelSpec, index: int, name: str) -> str:
    layer = spec.layers[index]
    lt = layer_type(layer.type)
    args = []
    kwargs = layer_kwargs(layer)
    for p in lt.params:
        value = kwargs[p.name]
        if p.required:
            args.append(_literal(value))  # positional, as the notes write Dense(300, ...)
        elif value != p.default:
            args.append(f"{p.name}={_literal(value)}")
    args.append(f"name={_string(name)}")
    return f"    keras.layers.{layer.type}({', '.join(args)}),"


def _preprocess_lines(spec: ModelSpec) -> list[str]:
    dims = ", ".join(str(d) for d in (-1, *spec.input_shape))
    one_hot = spec.compile.loss in ("categorical_crossentropy", "mse", "binary_crossentropy")
    lines = [
        "    # Scale pixels to [0, 1] and shape them as the model's input.",
        f"    x_train = x_train.reshape(({dims})).astype(\"float32\") / 255.0",
        f"    x_test = x_test.reshape(({dims})).astype(\"float32\") / 255.0",
    ]
    if one_hot:
        lines += [
            f"    # {spec.compile.loss} compares with one-hot labels.",
            f"    y_train = keras.utils.to_categorical(y_train, {spec.num_classes})",
            f"    y_test = keras.utils.to_categorical(y_test, {spec.num_classes})",
        ]
    return lines


def export_python(spec: ModelSpec, epochs: int = 5, batch_size: int = 32) -> str:
    """The script's text: `model` built and compiled at module level; data, fit, evaluate in main."""
    names = layer_names(spec)
    c = spec.compile
    opt_args = ", ".join(f"{k}={v!r}" for k, v in optimizer_kwargs(c).items())
    dataset = spec.dataset
    lines = [
        f'"""{_string(spec.name)[1:-1]}: a Keras Sequential model exported from DigitScope.',
        "",
        "Run it with `python this_file.py` to train and evaluate it on "
        f"{dataset} (keras.datasets downloads",
        "the data on first use and caches it in ~/.keras/datasets/).",
        '"""',
        "",
        "import keras",
        "",
        "model = keras.Sequential([",
        f"    keras.Input(shape={tuple(spec.input_shape)!r}),",
        *(_layer_line(spec, i, name) for i, name in enumerate(names)),
        f"], name={_string(spec.name)})",
        "",
        "model.compile(",
        f"    optimizer=keras.optimizers.{OPTIMIZER_CLASSES[c.optimizer]}({opt_args}),",
        f'    loss="{c.loss}",',
        f"    metrics={json.dumps(list(c.metrics))},",
        ")",
        "",
        'if __name__ == "__main__":',
        "    model.summary()",
        f"    (x_train, y_train), (x_test, y_test) = keras.datasets.{dataset}.load_data()",
        *_preprocess_lines(spec),
        "    # The notes keep the first 5,000 training samples for validation.",
        "    x_valid, x_train = x_train[:5000], x_train[5000:]",
        "    y_valid, y_train = y_train[:5000], y_train[5000:]",
        f"    history = model.fit(x_train, y_train, epochs={epochs}, batch_size={batch_size},",
        "                        validation_data=(x_valid, y_valid))",
        "    test_loss, *test_metrics = model.evaluate(x_test, y_test)",
        '    print("test loss:", test_loss, "test metrics:", test_metrics)',
        "",
    ]
    return "\n".join(lines)
