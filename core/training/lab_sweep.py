"""A lab's computers in one sweep: KerasTuner's distributed mode, a chief holding the oracle
(core.training.lab_chief) and workers asking it for trials over gRPC (one TCP port on the chief,
DEFAULT_PORT unless chosen). This module holds what both sides share and the worker's side:
- the plan travels with the search space: the model, the space, the settings, the dataset's name and
  the sweep's id are a Fixed hyperparameter (PLAN), so a student's computer needs only the address;
- liveness: a worker reports each epoch's score as it ends and calls GetTrial every HEARTBEAT_S during
  its trial, so the chief can tell a laptop that was shut from one that is busy;
- bounded waits: a worker gives up on an unreachable or vanished chief after CONNECT_S / CALL_S and
  says so (KerasTuner's client waits an hour).
Qt-free; Keras, KerasTuner and gRPC are imported inside functions.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import tempfile
import threading
import time
import uuid
import warnings
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from core.i18n import translate
from core.model.spec import ModelSpec
from core.training.search_space import SearchSpace
from core.training.sweep import SweepSettings, TrialRow, objective_of, sweep_tuner, trial_row

DEFAULT_PORT = 8765
PLAN = "digitscope/plan"  # a Fixed hyperparameter: what every computer of the sweep trains
PLAN_VERSION = 1
HEARTBEAT_S = 1.0
CONNECT_S = 10.0  # a worker's first contact
CALL_S = 30.0  # any later call of a worker to the chief


class LabSweepError(ValueError):
    """A lab sweep that cannot go on, said plainly (an unreachable chief, a port in use, …)."""


def split_address(text: str, default_host: str = "") -> tuple[str, int]:
    """'host:port', 'host' or ':port' -> (host, port); LabSweepError for anything else."""
    host, _, port = text.strip().rpartition(":") if ":" in text else (text.strip(), "", "")
    host = host or default_host
    try:
        number = int(port) if port else DEFAULT_PORT
    except ValueError:
        number = -1
    if not host or any(c.isspace() or c in "/\\@" for c in host) or not 0 < number < 65536:
        raise LabSweepError(translate("sweep", "{text!r} is not an address: give HOST:PORT, e.g. "
                                      "192.168.0.10:{port}").format(text=text, port=DEFAULT_PORT))
    return host, number


def make_plan(base: ModelSpec, space: SearchSpace, settings: SweepSettings, dataset: str,
              validation: float | int, sweep_id: str = "") -> str:
    """What every computer of the sweep needs to train a trial, as JSON (sweep_id: this sweep's, so that
    a report meant for an earlier sweep on the same port is told apart)."""
    return json.dumps({"version": PLAN_VERSION, "model": base.to_dict(), "space": space.to_dict(),
                       "settings": asdict(settings), "dataset": dataset, "validation": validation,
                       "sweep": sweep_id})


def read_plan(text: str) -> tuple[ModelSpec, SearchSpace, SweepSettings, str, float | int]:
    """make_plan's JSON back; LabSweepError when it is not a plan this DigitScope understands."""
    try:
        plan = json.loads(text)
        if plan.get("version") != PLAN_VERSION:
            raise ValueError(plan.get("version"))
        space = plan["space"]
        for key in ("learning_rate", "dropout"):
            space[key] = None if space[key] is None else tuple(space[key])
        return (ModelSpec.from_dict(plan["model"]), SearchSpace(**space), SweepSettings(**plan["settings"]),
                str(plan["dataset"]), plan["validation"])
    except (ValueError, KeyError, TypeError) as e:
        raise LabSweepError(translate("sweep", "the chief hosts a sweep this version of DigitScope cannot "
                                      "read ({error}): use the same DigitScope on every computer").format(
                                          error=e)) from e


def trial_number(trial_id: str) -> int:
    """The trial's number as every computer of the sweep prints it: KerasTuner's id ('00', '01', …) + 1."""
    return int(trial_id) + 1


# --- a worker -----------------------------------------------------------------------------------


def worker_name() -> str:
    """This process's name in a sweep: the computer's name and the process id (never "chief", which
    KerasTuner reserves)."""
    # the process id and a random part: cloned lab computers often share their name and their pids
    return f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:4]}".replace("chief", "chef")


def join_sweep(address: str, load: Callable[[ModelSpec, str, float | int, int], Any],
               on_trial: Callable[[TrialRow], None] | None = None,
               on_event: Callable[[str], None] | None = None, name: str | None = None,
               on_plan: Callable[[ModelSpec, SearchSpace, SweepSettings, str], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> list[TrialRow]:
    """Run trials for the chief at address until it has none left (or cancelled() after a trial); the
    rows this computer ran. load(spec, dataset, validation, seed) -> PreparedData (the caller's
    loading, with its messages); on_plan(model, space, settings, dataset) once the chief has said them.
    Sets KerasTuner's environment variables (process-wide): one lab sweep per process at a time."""
    import grpc
    from keras_tuner.src import protos
    from keras_tuner.src.distribute import oracle_client
    from keras_tuner.src.engine import hyperparameters as hp_module

    host, port = split_address(address)
    say = on_event or (lambda _text: None)
    worker = name or worker_name()
    channel = grpc.insecure_channel(f"{host}:{port}")
    stub = protos.get_service_grpc().OracleStub(channel)
    try:
        response = stub.GetSpace(protos.get_service().GetSpaceRequest(), wait_for_ready=True,
                                 timeout=CONNECT_S)
    except grpc.RpcError as e:
        raise LabSweepError(translate("sweep", "cannot reach a sweep at {host}:{port} within {seconds:.0f} "
                                      "s: is the teacher's computer hosting one, and does the network let "
                                      "TCP port {port} through?").format(host=host, port=port,
                                                                          seconds=CONNECT_S)) from e
    space_hps = hp_module.HyperParameters.from_proto(response.hyperparameters)
    if PLAN not in space_hps.values:
        raise LabSweepError(translate("sweep", "{host}:{port} answers, but not with a DigitScope "
                                      "sweep").format(host=host, port=port))
    base, space, settings, dataset, validation = read_plan(space_hps.values[PLAN])
    if on_plan is not None:
        on_plan(base, space, settings, dataset)
    say(translate("sweep", "joined the sweep at {host}:{port} as {worker}: {strategy} search of {model} on "
                  "{dataset}").format(host=host, port=port, worker=worker, strategy=settings.strategy,
                                      model=base.name, dataset=dataset))
    data = load(base, dataset, validation, settings.seed)
    objective = objective_of(base)

    os.environ.update({"KERASTUNER_TUNER_ID": worker, "KERASTUNER_ORACLE_IP": host,
                       "KERASTUNER_ORACLE_PORT": str(port)})
    oracle_client.TIMEOUT = CALL_S  # KerasTuner's client waits an hour for a chief that has gone
    # each epoch's score is reported as it ends (the chief's curves, and a sign of life), so KerasTuner
    # calls that "deprecated" once per trial: said here once, not to the student
    warnings.filterwarnings("ignore", message=".*update_trial.*", category=DeprecationWarning)
    rows: list[TrialRow] = []
    current: list[str] = []
    began_at = [time.monotonic()]
    stop = threading.Event()

    def beat() -> None:
        while not stop.wait(HEARTBEAT_S):
            running = list(current)
            if running:
                # a failure here is not final: the trial's own next call says whether the chief is gone
                with contextlib.suppress(grpc.RpcError, ValueError):  # ValueError: the channel closed
                    stub.GetTrial(protos.get_service().GetTrialRequest(trial_id=running[0]), timeout=5)

    def began(trial: Any) -> None:
        current[:] = [trial.trial_id]
        began_at[0] = time.monotonic()
        shown = {k: v for k, v in trial.hyperparameters.values.items() if k != PLAN}
        say(translate("sweep", "trial {number} started: {values}").format(number=trial_number(trial.trial_id),
                                                                          values=shown))

    def ended(trial: Any) -> None:
        current.clear()
        scored = tuner.oracle.get_trial(trial.trial_id)  # the chief scores it
        seconds = time.monotonic() - began_at[0]
        row = trial_row(trial_number(trial.trial_id), scored, settings, seconds, worker)
        row.curve = list(tuner.last_curve)
        rows.append(row)
        if on_trial is not None:
            on_trial(row)
        if cancelled is not None and cancelled():
            raise _Left  # this computer leaves after its trial; the others go on

    tuner: Any = None
    heart = threading.Thread(target=beat, name="digitscope-heartbeat", daemon=True)
    heart.start()
    try:
        with tempfile.TemporaryDirectory(prefix="digitscope-worker-") as scratch:
            tuner = sweep_tuner(base, space, settings, objective, scratch, began, ended, report_epochs=True)
            tuner.search(data.x_train, data.y_train, epochs=settings.epochs,
                         validation_data=(data.x_val, data.y_val), verbose=0)
    except _Left:
        pass
    except grpc.RpcError as e:
        if e.code() == grpc.StatusCode.FAILED_PRECONDITION:
            raise LabSweepError(translate("sweep", "the sweep at {host}:{port} is not the one this "
                                          "computer joined any more (it was restarted, or this computer was "
                                          "silent too long and its trial went to another): join "
                                          "again").format(host=host, port=port)) from e
        raise LabSweepError(translate("sweep", "the sweep at {host}:{port} stopped answering (it ended, or "
                                      "the network is down) after {count} trial(s) here").format(
                                          host=host, port=port, count=len(rows))) from e
    finally:
        stop.set()
        heart.join(HEARTBEAT_S + 6)
        channel.close()
        for key in ("KERASTUNER_TUNER_ID", "KERASTUNER_ORACLE_IP", "KERASTUNER_ORACLE_PORT"):
            os.environ.pop(key, None)  # the window may host or search alone next
    return rows


class _Left(Exception):
    """A worker asked to leave the sweep (between trials)."""
