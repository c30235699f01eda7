"""One training run as the window starts it: load the dataset (or reuse the one loaded before),
prepare it for the model, build the model (or continue the one trained before), train, evaluate.

Qt-free and thread-agnostic: the window's training process (core.training.worker) runs run_job and
sends its events (core.training.events) back; nothing here touches the window.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.data.dataset import Dataset
from core.i18n import translate
from core.model.spec import ModelSpec
from core.training.config import TrainConfig
from core.training.control import TrainControl
from core.training.evaluate import Evaluation
from core.training.events import DatasetLoaded, EventSink, ModelReady, Status
from core.training.fine_tune import FineTune

LIVE_WEIGHTS_EVERY_S = 0.25  # weight copies for the Draw area while training: four a second


@dataclass
class TrainJob:
    """What one press of Train asks for."""

    spec: ModelSpec
    dataset: str  # a built-in name or the student's path
    config: TrainConfig
    control: TrainControl = field(default_factory=TrainControl)
    model: Any = None  # the Keras model to continue; None: build one from spec
    weights: list[np.ndarray] | None = None  # the weights a newly built model starts from
    initial_epoch: int = 0  # epochs done before this run (the curves and the log go on from there)
    dataset_cache: Dataset | None = None  # the dataset loaded by an earlier run, reused if it is this one
    fine_tune: FineTune | None = None  # MNIST mixed in, augmented copies, the before/after comparison


@dataclass
class JobResult:
    """How the run ended, its epoch log, the test results and the final weights."""

    reason: str  # "completed", "stopped", "early_stopping", "nan"
    message: str
    epochs: list[dict[str, float]]
    samples_per_second: float
    evaluation: Evaluation | None  # None: no test split, or the app closed before it was done
    weights: list[np.ndarray]
    peak_memory_mb: float = 0.0  # the training process's peak resident memory (set by the worker)
    # Fine-tuning: the before/after table (core.training.fine_tune.comparison_rows), and what was added
    # to the training set.
    comparison: list[dict[str, Any]] | None = None
    training_set: str = ""


def run_job(job: TrainJob, events: EventSink, weights_every: float | None = LIVE_WEIGHTS_EVERY_S
            ) -> JobResult:
    """Run job, reporting to events; DatasetError/ValueError say what the student can fix."""
    from core.data.catalogue import load_for_model
    from core.data.preprocess import prepare_data
    from core.model.build import build_model
    from core.training.evaluate import evaluate
    from core.training.fine_tune import accuracies, comparison_rows, measure_before, training_set
    from core.training.loop import train

    spec, config = job.spec, job.config
    events(Status(translate("TrainingController", "Loading {dataset}…").format(dataset=job.dataset)))
    dataset = job.dataset_cache
    # random data is made for one model: made again for another architecture
    if dataset is None or dataset.name != job.dataset or dataset.name == "random":
        dataset = load_for_model(job.dataset, spec, config.seed)
    events(DatasetLoaded(dataset, dataset.summary()))
    fine, grown, added = job.fine_tune, dataset, ""
    if fine is not None:  # the cached dataset stays the student's own: the additions are made per run
        if fine.changes_data:
            events(Status(translate("TrainingController", "Adding augmented copies and MNIST digits…")))
        grown, added = training_set(dataset, fine, config.seed)
    data = prepare_data(grown, spec, config.validation)
    model = job.model
    if model is None:
        events(Status(translate("TrainingController", "Building the model…")))
        if config.seed is not None:
            import keras

            keras.utils.set_random_seed(config.seed)  # the same seed, the same first weights
        model = build_model(spec)
        if job.weights is not None:
            model.set_weights(job.weights)
    events(ModelReady(model, int(model.count_params())))
    before = None
    if fine is not None and fine.compare:
        events(Status(translate("TrainingController", "Measuring the model before training…")))
        before = measure_before(fine, model, spec, dataset)
    result = train(model, data, config, events, job.control, job.initial_epoch, weights_every=weights_every)
    evaluation = None
    if data.n_test and not job.control.abandoned:
        events(Status(translate("TrainingController", "Evaluating on the test split…")))
        evaluation = evaluate(model, data, control=job.control)  # None: abandoned (closing)
    if evaluation is not None and dataset.is_images:
        evaluation.images = dataset.x_test  # type: ignore[assignment]
    comparison = None
    if before is not None and not job.control.abandoned:
        events(Status(translate("TrainingController", "Measuring the model after training…")))
        sets, scores, label = before
        after = accuracies(model, spec, dataset.class_names, dataset.class_names, sets)
        comparison = comparison_rows(sets, scores, after, label)
    return JobResult(result.reason, result.message, result.epochs, result.samples_per_second, evaluation,
                     [np.array(w) for w in model.get_weights()], comparison=comparison, training_set=added)
