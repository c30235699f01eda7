"""A lab's computers in one sweep: KerasTuner's distributed mode, a chief holding the oracle and
workers asking it for trials over gRPC (one TCP port on the chief, DEFAULT_PORT unless chosen).

The chief (the teacher's computer) runs KerasTuner's own OracleServicer on the sweep's oracle; what
DigitScope adds around it:
- the plan travels with the search space: the model, the space, the settings and the dataset's name
  are a Fixed hyperparameter (PLAN), so a student's computer needs only the chief's address;
- liveness: a worker calls GetTrial every HEARTBEAT_S during its trial; a worker silent for longer than
  worker_timeout_s has its trial handed back to the oracle as INVALID, which KerasTuner retries on the
  next computer that asks (max_retries_per_trial), so a laptop closed mid-trial does not stop the sweep;
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
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from core.i18n import translate
from core.model.spec import ModelSpec
from core.training.search_space import SearchSpace
from core.training.sweep import SweepResult, SweepSettings, TrialRow, sweep_tuner, trial_row

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
              validation: float | int) -> str:
    """What every computer of the sweep needs to train a trial, as JSON."""
    return json.dumps({"version": PLAN_VERSION, "model": base.to_dict(), "space": space.to_dict(),
                       "settings": asdict(settings), "dataset": dataset, "validation": validation})


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


# --- the chief ----------------------------------------------------------------------------------


def host_sweep(base: ModelSpec, space: SearchSpace, settings: SweepSettings, dataset: str,
               validation: float | int, objective: str, bind: str = f"0.0.0.0:{DEFAULT_PORT}",
               on_trial: Callable[[TrialRow], None] | None = None,
               on_event: Callable[[str], None] | None = None,
               cancelled: Callable[[], bool] | None = None, worker_timeout_s: float = 60.0) -> SweepResult:
    """Hold the sweep's oracle and serve it on bind until the trials are done (or the budget, or
    cancelled()): on_trial(row) as each trial ends on any computer, on_event(text) as computers join
    and drop out. The caller checked base, space and the dataset."""
    import grpc
    from keras_tuner.src import protos
    from keras_tuner.src.distribute.oracle_chief import OracleServicer
    from keras_tuner.src.engine import trial as trial_module

    for name in ("KERASTUNER_TUNER_ID", "KERASTUNER_ORACLE_IP", "KERASTUNER_ORACLE_PORT"):
        os.environ.pop(name, None)  # this process holds the oracle itself
    host, port = split_address(bind, "0.0.0.0")
    say = on_event or (lambda _text: None)
    result = SweepResult(objective)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="digitscope-chief-") as scratch:
        tuner = sweep_tuner(base, space, settings, objective, scratch)
        oracle = tuner.oracle
        oracle.verbose = 0
        oracle.max_retries_per_trial = 1  # a trial lost with its computer runs again elsewhere
        oracle.hyperparameters.Fixed(PLAN, make_plan(base, space, settings, dataset, validation))
        lock = threading.Lock()
        STOPPED = trial_module.Trial(oracle.get_space(), trial_id="", status="STOPPED").to_proto().status
        heard: dict[str, float] = {}
        began: dict[str, float] = {}
        runs: dict[str, str] = {}  # trial id -> the worker running it
        reported: set[str] = set()

        def contact(worker: str) -> None:
            with lock:
                if worker not in heard:
                    say(translate("sweep", "{worker} joined").format(worker=worker))
                heard[worker] = time.monotonic()

        class Servicer(OracleServicer):
            def CreateTrial(self, request: Any, context: Any) -> Any:  # gRPC's method names
                contact(request.tuner_id)
                stopped_before = self.stop_triggered
                response = super().CreateTrial(request, context)
                others = [w for w in oracle.ongoing_trials if w != request.tuner_id]
                if response.trial.status == STOPPED and others and not (cancelled and cancelled()):
                    # Not yet: a trial running elsewhere may be lost with its computer and need this
                    # one to run it again. IDLE makes KerasTuner's worker ask again.
                    self.stop_triggered = stopped_before
                    oracle.tuner_ids.add(request.tuner_id)
                    time.sleep(1.0)
                    idle = trial_module.Trial(oracle.get_space(), trial_id="", status="IDLE")
                    return protos.get_service().CreateTrialResponse(trial=idle.to_proto())
                running = oracle.ongoing_trials.get(request.tuner_id)
                if running is not None:
                    with lock:
                        began[running.trial_id] = time.monotonic()
                        runs[running.trial_id] = request.tuner_id
                return response

            def UpdateTrial(self, request: Any, context: Any) -> Any:
                self._heard_on(request.trial_id)
                return super().UpdateTrial(request, context)

            def GetTrial(self, request: Any, context: Any) -> Any:
                self._heard_on(request.trial_id)
                return super().GetTrial(request, context)

            def EndTrial(self, request: Any, context: Any) -> Any:
                trial_id = request.trial.trial_id
                self._heard_on(trial_id)
                response = super().EndTrial(request, context)
                finish(trial_id)
                return response

            def _heard_on(self, trial_id: str) -> None:
                worker = runs.get(trial_id)
                if worker is not None:
                    contact(worker)

        def finish(trial_id: str) -> None:
            """A trial has ended: a row, unless KerasTuner put it back to run again."""
            with lock:
                if trial_id not in oracle.end_order or trial_id in reported:
                    return
                reported.add(trial_id)
                trial = oracle.trials[trial_id]
                row = trial_row(trial_number(trial_id), trial, settings,
                                time.monotonic() - began.get(trial_id, started), runs.get(trial_id, ""))
                result.trials.append(row)
            if on_trial is not None:
                on_trial(row)

        servicer = Servicer(oracle)
        server = grpc.server(_thread_pool())
        protos.get_service_grpc().add_OracleServicer_to_server(servicer, server)
        try:
            bound = server.add_insecure_port(f"{host}:{port}")
        except RuntimeError:
            bound = 0
        if not bound:
            raise LabSweepError(translate("sweep", "cannot listen on port {port}: another program (or "
                                          "another sweep) uses it; choose another port").format(port=port))
        server.start()
        say(translate("sweep", "hosting on port {port}: other computers join {host}:{port} (Sweep… ▸ Join, "
                      "or `python main.py sweep --worker {host}:{port}`)").format(port=port,
                                                                                  host=_own_address()))
        try:
            ending = None
            while True:
                time.sleep(0.2)
                _drop_silent(oracle, heard, runs, lock, worker_timeout_s, say)
                if cancelled is not None and cancelled():
                    result.stopped = "cancelled"
                    break
                over = settings.budget_s is not None and time.monotonic() - started >= settings.budget_s
                if over and ending is None:
                    result.stopped, ending = "budget", time.monotonic()
                    oracle.max_trials = len(oracle.trials)  # no new trial; the running ones finish
                if servicer.stop_triggered and not oracle.ongoing_trials and not oracle._retry_queue:
                    break
        finally:
            server.stop(grace=1.0)
    if not result.trials and result.stopped == "completed":
        raise LabSweepError(translate("sweep", "no trial ran: the search space has no value left to try"))
    return result


def _thread_pool() -> Any:
    from concurrent.futures import ThreadPoolExecutor

    return ThreadPoolExecutor(max_workers=8, thread_name_prefix="digitscope-chief")


def _own_address() -> str:
    """This computer's address on the local network, as the others would use it (no packet is sent)."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))
        return probe.getsockname()[0]
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()


def _drop_silent(oracle: Any, heard: dict[str, float], runs: dict[str, str], lock: threading.Lock,
                 timeout_s: float, say: Callable[[str], None]) -> None:
    """Hand the trial of every worker silent for more than timeout_s back to the oracle to run again."""
    from keras_tuner.src.engine import trial as trial_module

    now = time.monotonic()
    for worker, trial in list(oracle.ongoing_trials.items()):
        with lock:
            last = heard.get(worker, now)
        if now - last <= timeout_s:
            continue
        say(translate("sweep", "{worker} stopped answering {seconds:.0f} s ago: its trial goes to the next "
                      "computer that asks").format(worker=worker, seconds=now - last))
        trial.status = trial_module.TrialStatus.INVALID
        trial.message = f"{worker} stopped answering"
        oracle.end_trial(trial)
        oracle.tuner_ids.discard(worker)
        with lock:
            heard.pop(worker, None)
            runs.pop(trial.trial_id, None)


# --- a worker -----------------------------------------------------------------------------------


def worker_name() -> str:
    """This process's name in a sweep: the computer's name and the process id (never "chief", which
    KerasTuner reserves)."""
    return f"{socket.gethostname()}-{os.getpid()}".replace("chief", "chef")


def join_sweep(address: str, on_trial: Callable[[TrialRow], None] | None = None,
               on_event: Callable[[str], None] | None = None,
               load: Callable[[ModelSpec, str, float | int, int], Any] | None = None,
               name: str | None = None,
               on_plan: Callable[[ModelSpec, SearchSpace, SweepSettings], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> list[TrialRow]:
    """Run trials for the chief at address until it has none left (or cancelled() after a trial); the
    rows this computer ran. load(spec, dataset, validation, seed) -> PreparedData (the caller's
    loading, with its messages); on_plan(model, space, settings) once the chief has said them.
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
        on_plan(base, space, settings)
    say(translate("sweep", "joined the sweep at {host}:{port} as {worker}: {strategy} search of {model} on "
                  "{dataset}").format(host=host, port=port, worker=worker, strategy=settings.strategy,
                                      model=base.name, dataset=dataset))
    if load is None:
        raise LabSweepError("join_sweep needs a loader")
    data = load(base, dataset, validation, settings.seed)
    objective = "val_accuracy" if "accuracy" in base.compile.metrics else "val_loss"

    os.environ.update({"KERASTUNER_TUNER_ID": worker, "KERASTUNER_ORACLE_IP": host,
                       "KERASTUNER_ORACLE_PORT": str(port)})
    oracle_client.TIMEOUT = CALL_S  # KerasTuner's client waits an hour for a chief that has gone
    rows: list[TrialRow] = []
    current: list[str] = []
    began_at = [time.monotonic()]
    stop = threading.Event()

    def beat() -> None:
        while not stop.wait(HEARTBEAT_S):
            if current:
                # a failure here is not final: the trial's own next call says whether the chief is gone
                with contextlib.suppress(grpc.RpcError):
                    stub.GetTrial(protos.get_service().GetTrialRequest(trial_id=current[0]), timeout=5)

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
            tuner = sweep_tuner(base, space, settings, objective, scratch, began, ended)
            tuner.search(data.x_train, data.y_train, epochs=settings.epochs,
                         validation_data=(data.x_val, data.y_val), verbose=0)
    except _Left:
        pass
    except grpc.RpcError as e:
        raise LabSweepError(translate("sweep", "the sweep at {host}:{port} stopped answering (it ended, or "
                                      "the network is down) after {count} trial(s) here").format(
                                          host=host, port=port, count=len(rows))) from e
    finally:
        stop.set()
        channel.close()
        for key in ("KERASTUNER_TUNER_ID", "KERASTUNER_ORACLE_IP", "KERASTUNER_ORACLE_PORT"):
            os.environ.pop(key, None)  # the window may host or search alone next
    return rows


class _Left(Exception):
    """A worker asked to leave the sweep (between trials)."""
