"""core.training.loop on tiny data, no display: events, stop, pause, NaN, seeds, continuing, evaluation."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from core.data.dataset import Dataset, DatasetError
from core.data.preprocess import prepare_data
from core.model.build import build_model
from core.model.spec import CompileSpec, LayerSpec, ModelSpec
from core.training.config import TrainConfig
from core.training.control import TrainControl
from core.training.evaluate import confusion_matrix, evaluate, per_class_accuracy
from core.training.events import BatchEnd, Paused, Resumed, TrainBegin, TrainEnd, WeightsCopy
from core.training.history import history_csv
from core.training.loop import train

L = LayerSpec.new


def tiny_dataset(n_train: int = 240, n_test: int = 60, seed: int = 0) -> Dataset:
    """Separable 28×28 'digits': class k lights up row band k."""
    rng = np.random.default_rng(seed)

    def make(n: int) -> tuple[np.ndarray, np.ndarray]:
        y = rng.integers(0, 10, n)
        x = rng.integers(0, 40, (n, 28, 28)).astype(np.uint8)
        for i, label in enumerate(y):
            x[i, 2 * label + 4: 2 * label + 7, 4:24] = 255
        return x, y.astype(np.int64)

    x_train, y_train = make(n_train)
    x_test, y_test = make(n_test)
    return Dataset("tiny", "made by the test", x_train, y_train, x_test, y_test,
                   [str(i) for i in range(10)])


def mlp(lr: float = 0.05, optimizer: str = "sgd", loss: str = "sparse_categorical_crossentropy"):
    return ModelSpec((28, 28), [L("Flatten"), L("Dense", units=16, activation="relu"),
                                L("Dense", units=10, activation="softmax")],
                     CompileSpec(optimizer, lr, loss=loss))


def run(spec, config, control=None, data=None, model=None, initial_epoch=0):
    data = data or prepare_data(tiny_dataset(), spec, config.validation)
    model = model or build_model(spec)
    events: list = []
    result = train(model, data, config, events.append, control, initial_epoch)
    return model, data, result, events


def test_events_history_and_evaluation():
    spec = mlp()
    model, data, result, events = run(spec, TrainConfig(epochs=3, batch_size=32, validation=0.25))
    assert result.reason == "completed"
    assert isinstance(events[0], TrainBegin) and isinstance(events[-1], TrainEnd)
    assert events[0].steps == 6 and events[0].n_train == 180 and events[0].n_val == 60
    batches = [e for e in events if isinstance(e, BatchEnd)]
    assert len(batches) == 3 * 6  # 180 training samples / 32 -> 6 batches per epoch
    assert {"loss", "accuracy", "batch_loss", "batch_accuracy"} <= set(batches[0].logs)
    assert (batches[0].steps, batches[0].samples_done, batches[-1].samples_done) == (6, 32, 180)
    assert [r["epoch"] for r in result.epochs] == [1, 2, 3]
    assert not any("partial" in r for r in result.epochs)  # every epoch ran all its batches
    assert {"loss", "accuracy", "val_loss", "val_accuracy", "seconds"} <= set(result.epochs[0])
    assert result.epochs[-1]["loss"] < result.epochs[0]["loss"]
    assert result.samples_per_second > 0
    scores = evaluate(model, data)
    assert scores.n == 60 and 0 <= scores.test_accuracy <= 1
    assert scores.probabilities.shape == (60, 10) and np.array_equal(scores.labels, data.labels_test)
    matrix = confusion_matrix(data.labels_test, scores.predicted, 10)
    assert matrix.sum() == 60
    assert np.isclose(np.trace(matrix) / 60, scores.test_accuracy)
    csv = history_csv(result.epochs).splitlines()
    assert csv[0] == "epoch,accuracy,loss,seconds,val_accuracy,val_loss" and len(csv) == 4


def test_validation_first_n_like_the_notes():
    data = prepare_data(tiny_dataset(), mlp(), 40)
    assert len(data.x_val) == 40 and len(data.x_train) == 200
    assert data.x_train.dtype == np.float32 and data.x_train.max() <= 1.0


def test_same_seed_same_run_and_continuing_numbers_epochs():
    spec = mlp()
    config = TrainConfig(epochs=2, batch_size=32, validation=0.25, seed=7)
    import keras

    keras.utils.set_random_seed(7)
    _m1, _d, a, _e = run(spec, config)
    keras.utils.set_random_seed(7)
    m2, data, b, _e = run(spec, config)
    assert [r["loss"] for r in a.epochs] == [r["loss"] for r in b.epochs]
    # Train again: the epochs continue from 3 and start from the weights so far.
    _m, _d, c, _events = run(spec, config, data=data, model=m2, initial_epoch=2)
    assert [r["epoch"] for r in c.epochs] == [3, 4]
    assert c.epochs[0]["loss"] < a.epochs[0]["loss"]


def test_stop_takes_effect_within_one_batch_and_keeps_weights():
    spec = mlp()
    control = TrainControl()
    events: list = []

    def sink(event):
        events.append(event)
        if isinstance(event, BatchEnd) and event.epoch == 1 and event.batch == 2:
            control.stop()

    data = prepare_data(tiny_dataset(), spec, 0.25)
    model = build_model(spec)
    before = [w.copy() for w in model.get_weights()]
    result = train(model, data, TrainConfig(epochs=5, batch_size=32, validation=0.25), sink, control)
    assert result.reason == "stopped"
    batches = [e for e in events if isinstance(e, BatchEnd)]
    assert (batches[-1].epoch, batches[-1].batch) == (1, 2)  # nothing ran after the stop
    # Keras still ends the epoch it stopped in: its row says it was partial (3 of 6 batches)
    assert [r["epoch"] for r in result.epochs] == [1, 2]
    assert "partial" not in result.epochs[0] and result.epochs[1]["partial"] == pytest.approx(3 / 6)
    assert not all(np.array_equal(a, b) for a, b in zip(before, model.get_weights(), strict=True))


def test_pause_holds_training_until_resumed():
    spec = mlp()
    control = TrainControl()
    seen = threading.Event()
    events: list = []

    def sink(event):
        events.append(event)
        if isinstance(event, BatchEnd) and event.batch == 1 and not seen.is_set():
            seen.set()
            control.pause()

    result_box = {}
    data = prepare_data(tiny_dataset(), spec, 0.25)
    model = build_model(spec)
    thread = threading.Thread(target=lambda: result_box.update(
        r=train(model, data, TrainConfig(epochs=1, batch_size=32, validation=0.25), sink, control)))
    thread.start()
    assert seen.wait(30)
    thread.join(0.5)
    assert thread.is_alive()  # held by the pause
    n_paused = len([e for e in events if isinstance(e, BatchEnd)])
    assert n_paused == 2 and isinstance(events[-1], Paused)
    control.resume()
    thread.join(30)
    assert result_box["r"].reason == "completed"
    assert len([e for e in events if isinstance(e, BatchEnd)]) == 6
    assert any(isinstance(e, Resumed) for e in events)


def test_nan_loss_stops_and_keeps_last_good_weights():
    spec = mlp(lr=1e12)
    data = prepare_data(tiny_dataset(), spec, 0.25)
    model = build_model(spec)
    start = [w.copy() for w in model.get_weights()]
    events: list = []
    result = train(model, data, TrainConfig(epochs=3, batch_size=32, validation=0.25), events.append)
    assert result.reason == "nan"
    assert "learning rate" in result.message
    weights = model.get_weights()
    assert all(np.isfinite(w).all() for w in weights)
    if not result.epochs:  # diverged in the first epoch: back to the starting weights
        assert all(np.array_equal(a, b) for a, b in zip(start, weights, strict=True))


def test_early_stopping_reports_itself():
    spec = mlp(lr=0.0)  # nothing improves, so patience runs out
    _m, _d, result, _e = run(spec, TrainConfig(epochs=10, batch_size=64, validation=0.25,
                                               early_stopping=True, patience=1))
    assert result.reason == "early_stopping"
    assert len(result.epochs) < 10 and "val_loss" in result.message


def test_one_hot_loss_gets_one_hot_labels():
    spec = mlp(loss="categorical_crossentropy")
    _m, data, result, _e = run(spec, TrainConfig(epochs=1, batch_size=32, validation=0.25))
    assert data.y_train.shape == (180, 10) and result.reason == "completed"
    assert data.labels_test.shape == (60,)


@pytest.mark.parametrize("field,value", [("epochs", 0), ("batch_size", 0), ("patience", -1)])
def test_bad_settings_are_refused(field, value):
    config = TrainConfig(**{field: value})
    with pytest.raises(ValueError, match=field.replace("_", " ")):
        config.check()


def test_confusion_matrix_and_per_class_accuracy():
    labels = np.array([0, 0, 1, 1, 1, 2])
    predicted = np.array([0, 1, 1, 1, 0, 2])
    m = confusion_matrix(labels, predicted, 4)
    assert m.tolist() == [[1, 1, 0, 0], [1, 2, 0, 0], [0, 0, 1, 0], [0, 0, 0, 0]]
    acc = per_class_accuracy(m)
    assert acc[:3].tolist() == [0.5, 2 / 3, 1.0] and np.isnan(acc[3])


def test_live_weights_are_copies_sent_between_batches_and_at_epoch_ends():
    spec = mlp()
    data = prepare_data(tiny_dataset(), spec, 0.25)
    model = build_model(spec)
    events: list = []
    train(model, data, TrainConfig(epochs=2, batch_size=30, validation=0.25), events.append,
          weights_every=0.0)  # 0: after every batch
    kinds = [type(e) for e in events]
    sent = [e.weights for e in events if isinstance(e, WeightsCopy)]
    # 180 samples / 30 = 6 batches per epoch: one copy at the start, one after each batch and one
    # more at each epoch end (those two carry the epoch number).
    assert len(sent) == 1 + 2 * (6 + 1)
    assert [e.epoch for e in events if isinstance(e, WeightsCopy) and e.epoch is not None] == [0, 1, 2]
    assert kinds.index(WeightsCopy) < kinds.index(BatchEnd)
    assert kinds[kinds.index(BatchEnd) + 1] == WeightsCopy
    assert [w.shape for w in sent[0]] == [w.shape for w in model.get_weights()]
    assert not all(np.array_equal(a, b) for a, b in zip(sent[0], sent[-1], strict=True))  # they move
    assert all(np.array_equal(a, b) for a, b in zip(sent[-1], model.get_weights(), strict=True))
    sent[-1][0][:] = 0  # a copy: changing it does not change the model
    assert np.abs(model.get_weights()[0]).sum() > 0


def test_no_live_weights_unless_asked():
    _model, _data, _result, events = run(mlp(), TrainConfig(epochs=1, batch_size=60, validation=0.25))
    assert not any(isinstance(e, WeightsCopy) for e in events)


def test_a_test_only_set_can_be_evaluated_but_not_trained_on():
    full = tiny_dataset()
    test_only = Dataset("t10k only", "made by the test", full.x_train[:0], full.y_train[:0],
                        full.x_test, full.y_test, full.class_names)
    data = prepare_data(test_only, mlp(), 0, for_training=False)
    assert len(data.x_train) == 0 and len(data.x_test) == 60
    assert evaluate(build_model(mlp()), data).n == 60
    with pytest.raises(DatasetError, match="test-only"):
        prepare_data(test_only, mlp(), 0)


def test_a_job_loads_builds_trains_and_evaluates_reporting_typed_events(tmp_path):
    """core.training.job: one press of Train, as the window's task runs it (no Qt involved)."""
    from core.training.events import DatasetLoaded, EpochEnd, ModelReady, Status
    from core.training.job import TrainJob, run_job

    full = tiny_dataset()
    path = tmp_path / "tiny.npz"
    np.savez(path, x_train=full.x_train, y_train=full.y_train, x_test=full.x_test, y_test=full.y_test)
    events: list = []
    job = TrainJob(mlp(), str(path), TrainConfig(epochs=2, batch_size=32, validation=0.25, seed=3))
    result = run_job(job, events.append, weights_every=None)
    kinds = [type(e) for e in events]
    assert kinds[:2] == [Status, DatasetLoaded] and ModelReady in kinds and kinds[-1] == Status
    assert kinds.index(ModelReady) < kinds.index(TrainBegin) < kinds.index(TrainEnd)
    assert [e.epoch for e in events if isinstance(e, EpochEnd)] == [1, 2]
    assert events[-1].text.startswith("Evaluating")
    model = next(e.model for e in events if isinstance(e, ModelReady))
    assert result.reason == "completed" and len(result.epochs) == 2
    assert result.evaluation is not None and result.evaluation.n == 60
    assert result.evaluation.images is not None and result.evaluation.images.shape == (60, 28, 28)
    assert all(np.array_equal(a, b) for a, b in zip(result.weights, model.get_weights(), strict=True))
    # Train again with the same model: the epochs go on, the dataset is not read again.
    dataset = next(e.dataset for e in events if isinstance(e, DatasetLoaded))
    again: list = []
    job2 = TrainJob(mlp(), str(path), TrainConfig(epochs=1, batch_size=32, validation=0.25), model=model,
                    initial_epoch=2, dataset_cache=dataset)
    result2 = run_job(job2, again.append, weights_every=None)
    assert [r["epoch"] for r in result2.epochs] == [3]
    assert next(e.dataset for e in again if isinstance(e, DatasetLoaded)) is dataset
    assert not any(isinstance(e, Status) and e.text.startswith("Building") for e in again)
