"""Write a model as a standalone Keras script in the course notes' style: keras.Sequential([...]) for
a stack, the functional API (`x = layers.Dense(64)(inputs)`, `keras.Model(inputs, outputs)`) for a
graph; then compile, and in main the dataset loaded and prepared as DigitScope does it, fit and
evaluate."""

from __future__ import annotations

import json
import keyword

from core.model.build import layer_kwargs, optimizer_kwargs
from core.model.graph import layer_names, output_names
from core.model.layer_catalog import layer_type
from core.model.spec import OPTIMIZER_CLASSES, LayerSpec, ModelSpec, dataset_task


def _string(text: str) -> str:
    """A double-quoted Python literal: quotes and backslashes in user-given names escaped."""
    return json.dumps(text, ensure_ascii=False)


def _literal(value: object) -> str:
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    return repr(value)


def _layer_call(layer: LayerSpec, name: str | None, wrapped: str = "") -> str:
    """keras.layers.Dense(300, activation="relu", name="dense"): required arguments positional, as
    the notes write them; others only where they differ from Keras's default."""
    lt = layer_type(layer.type)
    args = [wrapped] if wrapped else []
    kwargs = layer_kwargs(layer)
    for p in lt.params:
        value = kwargs[p.name]
        if p.required:
            args.append(_literal(value))
        elif value != p.default:
            args.append(f"{p.name}={_literal(value)}")
    if name is not None:
        args.append(f"name={_string(name)}")
    return f"keras.layers.{layer.type}({', '.join(args)})"


class _Writer:
    """Python variable names for the layers' outputs (their own names where those are identifiers)."""

    def __init__(self) -> None:
        self.taken = {"keras", "np", "model", "history", "inputs", "outputs"}

    def variable(self, name: str) -> str:
        base = name if name.isidentifier() and name.isascii() and not keyword.iskeyword(name) else "x"
        var, k = base, 1
        while var in self.taken:
            var, k = f"{base}_{k}", k + 1
        self.taken.add(var)
        return var


def _wrapped(layer: LayerSpec, var: str, writer: _Writer, lines: list[str], indent: str) -> str:
    """What a TimeDistributed wraps, as an expression; a wrapped model is defined first."""
    inner = layer.inner
    if isinstance(inner, ModelSpec):
        model_var = writer.variable(f"{var}_model")
        lines += _model_lines(inner, model_var, writer, indent)
        return model_var
    assert inner is not None
    return _layer_call(inner, None)


def _model_lines(spec: ModelSpec, target: str, writer: _Writer, indent: str = "") -> list[str]:
    """Lines that define `target` as the model (Sequential or functional)."""
    names = layer_names(spec)
    lines: list[str] = []
    if not spec.functional:
        body = []
        for layer, name in zip(spec.layers, names, strict=True):
            wrapped = _wrapped(layer, writer.variable(name), writer, lines, indent) \
                if layer.type == "TimeDistributed" else ""
            body.append(f"{indent}    {_layer_call(layer, name, wrapped)},")
        return [*lines, f"{indent}{target} = keras.Sequential([",
                f"{indent}    keras.Input(shape={tuple(spec.input_shape)!r}),", *body,
                f"{indent}], name={_string(spec.name)})"]
    variables: dict[str, str] = {}
    inputs = []
    for layer, name in zip(spec.layers, names, strict=True):
        var = variables[name] = writer.variable(name)
        if layer.type == "Input":
            dtype = "" if layer.params["dtype"] == "float32" else f", dtype={_string(layer.params['dtype'])}"
            lines.append(f"{indent}{var} = keras.Input(shape={tuple(layer.params['shape'])!r}{dtype}, "
                         f"name={_string(name)})")
            inputs.append(var)
            continue
        wrapped = _wrapped(layer, var, writer, lines, indent) if layer.type == "TimeDistributed" else ""
        sources = [variables[n] for n in layer.inputs]
        argument = f"[{', '.join(sources)}]" if layer_type(layer.type).inputs == "many" else sources[0]
        lines.append(f"{indent}{var} = {_layer_call(layer, name, wrapped)}({argument})")
    outputs = [variables[n] for n in output_names(spec)]
    listed_in = inputs[0] if len(inputs) == 1 else f"[{', '.join(inputs)}]"
    listed_out = outputs[0] if len(outputs) == 1 else f"[{', '.join(outputs)}]"
    lines.append(f"{indent}{target} = keras.Model(inputs={listed_in}, outputs={listed_out}, "
                 f"name={_string(spec.name)})")
    return lines


def _compile_lines(spec: ModelSpec) -> list[str]:
    c = spec.compile
    opt_args = ", ".join(f"{k}={v!r}" for k, v in optimizer_kwargs(c).items())
    optimizer = f"keras.optimizers.{OPTIMIZER_CLASSES[c.optimizer]}({opt_args})"
    lines = ["model.compile(", f"    optimizer={optimizer},"]
    outputs = output_names(spec)
    if len(outputs) <= 1 and not c.outputs:
        lines += [f'    loss="{c.loss}",', f"    metrics={json.dumps(list(c.metrics))},"]
    else:
        per = {n: c.for_output(n) for n in outputs}

        def listed(values: dict) -> str:
            return json.dumps(values, ensure_ascii=False)

        lines += [f"    loss={listed({n: o.loss for n, o in per.items()})},",
                  f"    loss_weights={listed({n: o.loss_weight for n, o in per.items()})},",
                  f"    metrics={listed({n: o.metrics for n, o in per.items()})},"]
    return [*lines, ")"]


# --- the data, prepared as DigitScope prepares it (core.data.preprocess) ---------------------------

_BINARY_SETS = {  # key: (keras dataset, relabelling lines)
    "mnist_7": ("mnist", ["    # 7 or not 7: label 1 for the digit 7, 0 for every other digit.",
                          '    y_train = (y_train == 7).astype("float32")',
                          '    y_test = (y_test == 7).astype("float32")']),
    "fashion_sneaker_boot": ("fashion_mnist", [
        "    # Only sneakers (7) and ankle boots (9): 0 for a sneaker, 1 for an ankle boot.",
        "    keep_train, keep_test = np.isin(y_train, (7, 9)), np.isin(y_test, (7, 9))",
        "    x_train, y_train = x_train[keep_train], (y_train[keep_train] == 9).astype(\"float32\")",
        "    x_test, y_test = x_test[keep_test], (y_test[keep_test] == 9).astype(\"float32\")"]),
}


def _image_lines(spec: ModelSpec) -> list[str]:
    dataset = spec.dataset
    source, relabel = _BINARY_SETS.get(dataset, (dataset, []))
    dims = ", ".join(str(d) for d in (-1, *spec.main_input_shape))
    lines = [f"    (x_train, y_train), (x_test, y_test) = keras.datasets.{source}.load_data()", *relabel,
             "    # Scale pixels to [0, 1] and shape them as the model's input.",
             f"    x_train = x_train.reshape(({dims})).astype(\"float32\") / 255.0",
             f"    x_test = x_test.reshape(({dims})).astype(\"float32\") / 255.0"]
    if dataset_task(dataset) == "classes" and spec.compile.loss in ("categorical_crossentropy", "mse"):
        lines += [f"    # {spec.compile.loss} compares with one-hot labels.",
                  f"    y_train = keras.utils.to_categorical(y_train, {spec.num_classes})",
                  f"    y_test = keras.utils.to_categorical(y_test, {spec.num_classes})"]
    return lines


def _regression_lines(spec: ModelSpec) -> list[str]:
    if spec.dataset == "diabetes":
        load = ["    from sklearn.datasets import load_diabetes",
                "    from sklearn.model_selection import train_test_split",
                "    x, y = load_diabetes(return_X_y=True, scaled=False)",
                "    x_train, x_test, y_train, y_test = train_test_split(x, y, test_size=0.2,",
                "                                                        random_state=0)"]
    else:
        load = ["    (x_train, y_train), (x_test, y_test) = keras.datasets.california_housing.load_data()"]
    return [*load,
            "    # Standardise each measurement with the training split's mean and standard deviation.",
            "    mean, std = x_train.mean(axis=0), x_train.std(axis=0)",
            "    x_train = ((x_train - mean) / std).astype(\"float32\")",
            "    x_test = ((x_test - mean) / std).astype(\"float32\")"]


def _feeds_embedding(spec: ModelSpec, input_name: str | None) -> LayerSpec | None:
    """The Embedding that takes this input directly (None: the Sequential model's input)."""
    if input_name is None:
        return spec.layers[0] if spec.layers and spec.layers[0].type == "Embedding" else None
    return next((la for la in spec.layers if la.type == "Embedding" and input_name in la.inputs), None)


def _random_lines(spec: ModelSpec) -> list[str]:
    """The notes' dummy data: np.random arrays shaped for every input and output."""
    from core.model.shapes import analyze_shapes

    lines = ["    # Random data like the notes' (nothing to learn: the point is the shapes).",
             "    rng = np.random.default_rng(0)"]
    xs, ys = [], []
    for layer in (spec.input_layers() if spec.functional else [None]):
        name = layer.name if layer is not None else "input"
        shape = tuple(layer.params["shape"]) if layer is not None else tuple(spec.input_shape)
        embedding = _feeds_embedding(spec, None if layer is None else name)
        dims = ", ".join(str(d) for d in shape)
        if embedding is not None:
            make = f"rng.integers(0, {embedding.params['input_dim']}, (n, {dims}))"
        elif layer is not None and layer.params["dtype"] == "int32":
            make = f"rng.integers(0, 10, (n, {dims}))"
        else:
            make = f'rng.random((n, {dims})).astype("float32")'
        xs.append((name, make))
    for row in analyze_shapes(spec).output_rows:
        out = row.output_shape or (1,)
        loss = spec.compile.for_output(row.name).loss
        dims = ", ".join(str(d) for d in out)
        rest = "".join(f", {d}" for d in out[:-1])
        if loss == "sparse_categorical_crossentropy":
            make = f"rng.integers(0, {out[-1]}, (n{rest}))"
        elif loss == "categorical_crossentropy":
            make = f"keras.utils.to_categorical(rng.integers(0, {out[-1]}, (n{rest})), {out[-1]})"
        elif loss == "binary_crossentropy":
            make = f'rng.integers(0, 2, (n, {dims})).astype("float32")'
        else:
            make = f'rng.random((n, {dims})).astype("float32")'
        ys.append((row.name, make))
    for split, n in (("train", 1000), ("test", 200)):
        lines.append(f"    n = {n}")
        if spec.functional:
            lines.append(f"    x_{split} = {{" + ", ".join(f"{_string(k)}: {v}" for k, v in xs) + "}")
            lines.append(f"    y_{split} = {{" + ", ".join(f"{_string(k)}: {v}" for k, v in ys) + "}")
        else:
            lines += [f"    x_{split} = {xs[0][1]}", f"    y_{split} = {ys[0][1]}"]
    return lines


def _data_lines(spec: ModelSpec) -> tuple[list[str], str]:
    """The lines that load and prepare the data, and how the validation split is taken."""
    task = dataset_task(spec.dataset)
    if task in ("classes", "binary"):
        return _image_lines(spec), "first"
    if task == "regression":
        return _regression_lines(spec), "fraction"
    return _random_lines(spec), "fraction"


def _where_data(spec: ModelSpec) -> str:
    task = dataset_task(spec.dataset)
    if spec.dataset == "diabetes":
        return "scikit-learn's diabetes data (it ships with scikit-learn)"
    if task == "any":
        return "random data like the notes' (numpy)"
    source = _BINARY_SETS.get(spec.dataset, (spec.dataset, []))[0]
    return f"{source} (keras.datasets downloads it on first use and caches it in ~/.keras/datasets/)"


def export_python(spec: ModelSpec, epochs: int = 5, batch_size: int = 32) -> str:
    """The script's text: `model` built and compiled at module level; data, fit, evaluate in main."""
    kind = "functional" if spec.functional else "Sequential"
    data, validation = _data_lines(spec)
    if validation == "first":
        fit = ["    # The notes keep the first 5,000 training samples for validation.",
               "    x_valid, x_train = x_train[:5000], x_train[5000:]",
               "    y_valid, y_train = y_train[:5000], y_train[5000:]",
               f"    history = model.fit(x_train, y_train, epochs={epochs}, batch_size={batch_size},",
               "                        validation_data=(x_valid, y_valid))"]
    else:
        fit = [f"    history = model.fit(x_train, y_train, epochs={epochs}, batch_size={batch_size},",
               "                        validation_split=0.1)"]
    lines = [
        f'"""{_string(spec.name)[1:-1]}: a Keras {kind} model exported from DigitScope.',
        "",
        "Run it with `python this_file.py` to train and evaluate it on",
        f"{_where_data(spec)}.",
        '"""',
        "",
        "import keras",
        *(["import numpy as np"] if "np." in "\n".join(data) else []),
        "",
        *_model_lines(spec, "model", _Writer()),
        "",
        *_compile_lines(spec),
        "",
        'if __name__ == "__main__":',
        "    model.summary()",
        *data,
        *fit,
        "    results = model.evaluate(x_test, y_test, return_dict=True)",
        '    print("test:", results)',
        "",
    ]
    return "\n".join(lines)
