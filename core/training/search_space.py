"""What a hyperparameter sweep varies (the notes' 10.3: the learning rate, the number of layers and
neurons, the batch size, …), and how one trial's values make a model.

A SearchSpace names the settings that vary; `declare` turns it into KerasTuner hyperparameters on a
trial's `hp` and `apply` makes the trial's ModelSpec from the base model. For the grid strategy a
range becomes a few values (KerasTuner's GridSearch takes only discrete choices). Qt-free and
Keras-free: `hp` is any object with KerasTuner's Float/Int/Choice methods.
"""

from __future__ import annotations

import itertools
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from core.i18n import translate
from core.model.spec import OPTIMIZERS, LayerSpec, ModelSpec

GRID_POINTS = 4  # a log range on a grid: this many values


@dataclass
class SearchSpace:
    """The settings a sweep varies; None (or empty) leaves a setting as the base model has it."""

    learning_rate: tuple[float, float] | None = None  # sampled on a log scale
    batch_sizes: list[int] = field(default_factory=list)
    units: list[int] = field(default_factory=list)  # for every hidden Dense layer
    hidden_layers: list[int] = field(default_factory=list)  # how many hidden Dense layers
    dropout: tuple[float, float] | None = None  # the rate of every Dropout layer
    optimizers: list[str] = field(default_factory=list)

    def names(self) -> list[str]:
        """The hyperparameters this space declares, in the order trials print them."""
        out = []
        for name, on in (("learning_rate", self.learning_rate), ("batch_size", self.batch_sizes),
                         ("units", self.units), ("hidden_layers", self.hidden_layers),
                         ("dropout", self.dropout), ("optimizer", self.optimizers)):
            if on:
                out.append(name)
        return out

    def check(self, base: ModelSpec) -> None:
        """ValueError saying plainly what cannot be searched: nothing varies, a range upside down, a
        setting the model has no layer for."""
        if not self.names():
            raise ValueError(translate("sweep", "the search space is empty: choose at least one setting to "
                                       "vary (learning rate, batch size, units, hidden layers, dropout or "
                                       "optimizer)"))
        if self.learning_rate is not None:
            low, high = self.learning_rate
            if not 0 < low < high <= 10:
                raise ValueError(translate("sweep", "the learning rate range must be 0 < low < high ≤ 10 "
                                           "(got {low:g} to {high:g})").format(low=low, high=high))
        if self.dropout is not None:
            low, high = self.dropout
            if not 0 <= low < high < 1:
                raise ValueError(translate("sweep", "the dropout range must be 0 ≤ low < high < 1 "
                                           "(got {low:g} to {high:g})").format(low=low, high=high))
            if not any(layer.type == "Dropout" for layer in base.layers):
                raise ValueError(translate("sweep", "the model has no Dropout layer whose rate could "
                                           "vary; add one in Build, or leave dropout out of the search"))
        for name, values, low in (("batch size", self.batch_sizes, 1), ("units", self.units, 1),
                                  ("hidden layers", self.hidden_layers, 0)):
            if any(not isinstance(v, int) or v < low for v in values):
                raise ValueError(translate("sweep", "every {name} must be a whole number of at least {low} "
                                           "(got {values})").format(name=name, low=low, values=values))
        unknown = [o for o in self.optimizers if o not in OPTIMIZERS]
        if unknown:
            raise ValueError(translate("sweep", "unknown optimizer {names}; choose from {known}").format(
                names=", ".join(unknown), known=", ".join(sorted(OPTIMIZERS))))
        if (self.units or self.hidden_layers) and not hidden_dense_rows(base):
            raise ValueError(translate("sweep", "the model has no hidden Dense layer to vary (units and "
                                       "hidden layers change the Dense layers before the output)"))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    # --- a trial ---------------------------------------------------------------------------------
    def declare(self, hp: Any, grid: bool = False) -> dict[str, Any]:
        """The trial's values, declared on KerasTuner's hp (grid: ranges as a few discrete values)."""
        values: dict[str, Any] = {}
        if self.learning_rate is not None:
            low, high = self.learning_rate
            values["learning_rate"] = (
                hp.Choice("learning_rate", [float(f"{v:.3g}") for v in np.geomspace(low, high, GRID_POINTS)])
                if grid else hp.Float("learning_rate", low, high, sampling="log"))
        if self.batch_sizes:
            values["batch_size"] = hp.Choice("batch_size", list(self.batch_sizes))
        if self.units:
            values["units"] = hp.Choice("units", list(self.units))
        if self.hidden_layers:
            values["hidden_layers"] = hp.Choice("hidden_layers", list(self.hidden_layers))
        if self.dropout is not None:
            low, high = self.dropout
            values["dropout"] = (hp.Choice("dropout", [round(float(v), 3) for v in np.linspace(low, high, 3)])
                                 if grid else hp.Float("dropout", low, high))
        if self.optimizers:
            values["optimizer"] = hp.Choice("optimizer", list(self.optimizers))
        return values

    def apply(self, base: ModelSpec, values: dict[str, Any]) -> ModelSpec:
        """base with a trial's values: its compile settings, its Dropout rates, its hidden Dense layers."""
        spec = base.copy()
        if "learning_rate" in values:
            spec.compile.learning_rate = float(values["learning_rate"])
        if "optimizer" in values:
            spec.compile.optimizer = str(values["optimizer"])
        if "dropout" in values:
            for layer in spec.layers:
                if layer.type == "Dropout":
                    layer.params["rate"] = float(values["dropout"])
        rows = hidden_dense_rows(spec)
        if rows and "hidden_layers" in values:
            spec = _with_hidden_layers(spec, rows, int(values["hidden_layers"]))
            rows = hidden_dense_rows(spec)
        if "units" in values:
            for row in rows:
                spec.layers[row].params["units"] = int(values["units"])
        return spec


def hidden_dense_rows(spec: ModelSpec) -> list[int]:
    """The rows of the Dense layers before the last Dense layer (the output) of a plain chain."""
    if spec.functional:
        return []
    dense = [i for i, layer in enumerate(spec.layers) if layer.type == "Dense"]
    return dense[:-1]


def _with_hidden_layers(spec: ModelSpec, rows: list[int], count: int) -> ModelSpec:
    """spec with count hidden Dense layers: the last hidden one (with what follows it up to the next
    Dense: its Dropout, say) repeated or dropped; count 0 leaves the output layer alone."""
    output = [i for i, layer in enumerate(spec.layers) if layer.type == "Dense"][-1]
    # Each hidden Dense layer with what follows it up to the next Dense (its Dropout, say): the
    # first count of them, the last one repeated when more are asked for.
    existing = [spec.layers[a:b] for a, b in itertools.pairwise([*rows, output])]
    blocks: list[LayerSpec] = []
    for k in range(count):
        blocks += [layer.copy() for layer in existing[min(k, len(existing) - 1)]]
    new = spec.copy()
    new.layers = [*[layer.copy() for layer in spec.layers[:rows[0]]], *blocks,
                  *[layer.copy() for layer in spec.layers[output:]]]
    for layer in new.layers:
        layer.name = ""  # names are Keras's own again (dense, dense_1, …): copies must not clash
    return new
