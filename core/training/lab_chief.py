"""The chief of a lab sweep (the teacher's computer): KerasTuner's oracle, served with KerasTuner's own
OracleServicer over gRPC on one TCP port, with what a classroom needs around it (see
core.training.lab_sweep for the worker's side and the plan both share):

- liveness: a worker's trial whose worker has been silent for worker_timeout_s (no epoch report, no
  heartbeat) is handed back to the oracle as INVALID, which KerasTuner retries on the next computer
  that asks (max_retries_per_trial = 1);
- no early goodbye: a worker asking for a trial while others still run gets IDLE (KerasTuner's worker
  asks again a second later) rather than STOPPED, since a running trial may yet be lost and need it;
  at the end the chief keeps answering STOPPED for a few seconds so every waiting worker hears it;
- stale reports refused: a report for a trial that is not running, or from an earlier sweep on the
  same port (the plan carries a sweep id), changes nothing;
- KerasTuner's @synchronized holds the oracle's lock for good when the method inside raises (no
  try/finally): every oracle call of the chief goes through _guarded, which releases it.
Qt-free; KerasTuner and gRPC are imported inside functions.
"""

from __future__ import annotations

import os
import socket
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any

from core.i18n import translate
from core.model.spec import ModelSpec
from core.training.lab_sweep import PLAN, LabSweepError, make_plan, split_address, trial_number
from core.training.search_space import SearchSpace
from core.training.sweep import SweepResult, SweepSettings, TrialRow, sweep_tuner, trial_row

GOODBYE_S = 5.0  # at the end, how long the chief keeps telling waiting workers that it is over
STALE = "a report for a trial this sweep is not running (an earlier sweep, or a computer dropped as silent)"


def host_sweep(base: ModelSpec, space: SearchSpace, settings: SweepSettings, dataset: str,
               validation: float | int, objective: str, bind: str = "0.0.0.0:8765",
               on_trial: Callable[[TrialRow], None] | None = None,
               on_event: Callable[[str], None] | None = None,
               cancelled: Callable[[], bool] | None = None, worker_timeout_s: float = 60.0) -> SweepResult:
    """Hold the sweep's oracle and serve it on bind until the trials are done (or the budget, or
    cancelled()): on_trial(row) as each trial ends on any computer, on_event(text) as computers join
    and drop out. The caller checked base, space and the dataset."""
    if settings.strategy == "hyperband":
        raise LabSweepError(translate("sweep", "Hyperband goes on training earlier trials' models from files "
                                      "kept on the computer that trained them, so it cannot be shared by a "
                                      "lab: choose random, grid or Bayesian"))
    for name in ("KERASTUNER_TUNER_ID", "KERASTUNER_ORACLE_IP", "KERASTUNER_ORACLE_PORT"):
        os.environ.pop(name, None)  # this process holds the oracle itself
    # gRPC's own log lines ("Failed to add port…") would come before the one line that says it
    os.environ.setdefault("GRPC_VERBOSITY", "NONE")
    host, port = split_address(bind, "0.0.0.0")
    with tempfile.TemporaryDirectory(prefix="digitscope-chief-") as scratch:
        chief = _Chief(base, space, settings, dataset, validation, objective, scratch, on_trial,
                       on_event or (lambda _text: None), cancelled or (lambda: False), worker_timeout_s)
        return chief.serve(host, port)


class _Chief:
    """The oracle, who runs what, and the gRPC server around them."""

    def __init__(self, base: ModelSpec, space: SearchSpace, settings: SweepSettings, dataset: str,
                 validation: float | int, objective: str, scratch: str,
                 on_trial: Callable[[TrialRow], None] | None, say: Callable[[str], None],
                 cancelled: Callable[[], bool], worker_timeout_s: float) -> None:
        self.settings, self.objective, self.on_trial, self.say = settings, objective, on_trial, say
        self.cancelled, self.timeout_s = cancelled, worker_timeout_s
        self.plan = make_plan(base, space, settings, dataset, validation, uuid.uuid4().hex)
        self.oracle = sweep_tuner(base, space, settings, objective, scratch).oracle
        self.oracle.verbose = 0
        self.oracle.max_retries_per_trial = 1  # a trial lost with its computer runs again elsewhere
        # a trial that keeps failing is recorded as FAILED and the search goes on: KerasTuner's limit
        # would raise inside the oracle's lock
        self.oracle.max_consecutive_failed_trials = 10**9
        self.oracle.hyperparameters.Fixed(PLAN, self.plan)
        self.result = SweepResult(objective)
        self.lock = threading.Lock()
        self.heard: dict[str, float] = {}  # worker -> when it was last heard
        self.began: dict[str, float] = {}  # trial id -> when it was handed out
        self.runs: dict[str, str] = {}  # trial id -> the worker running it
        self.reported: set[str] = set()
        self.closing = False  # no new trial: the budget is over, or the trials are done
        self.servicer_stopped = False  # the oracle has told a worker it has no trial left
        self.started = time.monotonic()

    # --- the oracle, safely ---------------------------------------------------------------------------
    def guarded(self, call: Callable[..., Any], *args: Any) -> Any:
        """call(*args) on the oracle; if it raises, the lock KerasTuner's @synchronized left held is
        released (else every later call would wait for ever)."""
        from keras_tuner.src.engine.oracle import LOCKS, THREADS

        try:
            return call(*args)
        except Exception:
            if THREADS[self.oracle] == threading.current_thread().name:
                THREADS[self.oracle] = None
                LOCKS[self.oracle].release()
            raise

    def running_ids(self) -> set[str]:
        return {trial.trial_id for trial in list(self.oracle.ongoing_trials.values())}

    def contact(self, worker: str) -> None:
        with self.lock:
            if worker not in self.heard:
                self.say(translate("sweep", "{worker} joined").format(worker=worker))
            self.heard[worker] = time.monotonic()

    def finish(self, trial_id: str) -> None:
        """A trial has ended: a row, unless KerasTuner put it back to run again."""
        with self.lock:
            if trial_id not in self.oracle.end_order or trial_id in self.reported:
                return
            self.reported.add(trial_id)
            trial = self.oracle.trials[trial_id]
            row = trial_row(trial_number(trial_id), trial, self.settings,
                            time.monotonic() - self.began.get(trial_id, self.started),
                            self.runs.get(trial_id, ""))
            if trial.metrics.exists(self.objective):  # the epochs the worker reported as they ended
                history = sorted(trial.metrics.get_history(self.objective), key=lambda o: o.step)
                row.curve = [float(sum(o.value) / len(o.value)) for o in history]
            self.result.trials.append(row)
        if self.on_trial is not None:
            self.on_trial(row)

    def drop_silent(self) -> None:
        """Hand the trial of every worker silent for more than timeout_s back to the oracle."""
        from keras_tuner.src.engine import trial as trial_module

        now = time.monotonic()
        for worker, trial in list(self.oracle.ongoing_trials.items()):
            with self.lock:
                last = self.heard.get(worker, now)
            if now - last <= self.timeout_s:
                continue
            self.say(translate("sweep", "{worker} stopped answering {seconds:.0f} s ago: its trial goes to "
                               "the next computer that asks").format(worker=worker, seconds=now - last))
            lost = trial_module.Trial.from_proto(trial.to_proto())  # end_trial copies it in, under its lock
            lost.status, lost.message = trial_module.TrialStatus.INVALID, f"{worker} stopped answering"
            self.guarded(self.oracle.end_trial, lost)
            self.oracle.tuner_ids.discard(worker)
            with self.lock:
                self.heard.pop(worker, None)
                self.runs.pop(trial.trial_id, None)

    # --- serving --------------------------------------------------------------------------------------
    def serve(self, host: str, port: int) -> SweepResult:
        from concurrent.futures import ThreadPoolExecutor

        import grpc
        from keras_tuner.src import protos

        # a thread per computer of a large lab: an idle worker's request waits a second in its thread
        server = grpc.server(ThreadPoolExecutor(max_workers=64, thread_name_prefix="digitscope-chief"),
                             options=[("grpc.so_reuseport", 0)])  # a second sweep on the port: refused
        protos.get_service_grpc().add_OracleServicer_to_server(_servicer(self), server)
        try:
            bound = server.add_insecure_port(f"{host}:{port}")
        except RuntimeError:
            bound = 0
        if not bound:
            raise LabSweepError(translate("sweep", "cannot listen on port {port}: another program (or "
                                          "another sweep) uses it; choose another port").format(port=port))
        server.start()
        self.say(translate("sweep", "hosting on port {port}: other computers join {host}:{port} (Sweep… ▸ "
                           "Join, or `python main.py sweep --worker {host}:{port}`)").format(
                               port=port, host=_own_address()))
        oracle = self.oracle
        try:
            while True:
                time.sleep(0.2)
                self.drop_silent()
                if self.cancelled():
                    self.result.stopped = "cancelled"
                    break
                budget = self.settings.budget_s
                if budget is not None and not self.closing and time.monotonic() - self.started >= budget:
                    self.closing, self.result.stopped = True, "budget"  # the running trials finish
                done = self.servicer_stopped or self.closing
                if done and not oracle.ongoing_trials and not oracle._retry_queue:
                    break
            self.closing = True  # every worker still asking hears that it is over
            goodbye = time.monotonic() + GOODBYE_S
            while oracle.tuner_ids and time.monotonic() < goodbye and not self.cancelled():
                time.sleep(0.2)
        finally:
            server.stop(grace=1.0).wait()
        if not self.result.trials and self.result.stopped == "completed":
            raise LabSweepError(translate("sweep", "no trial ran: the search space has no value left to try"))
        return self.result


def _servicer(chief: _Chief) -> Any:
    """KerasTuner's OracleServicer, with the chief's bookkeeping and checks around each call."""
    import grpc
    from keras_tuner.src import protos
    from keras_tuner.src.distribute.oracle_chief import OracleServicer
    from keras_tuner.src.engine import trial as trial_module

    oracle = chief.oracle
    service = protos.get_service()
    stopped = trial_module.Trial(oracle.get_space(), trial_id="", status="STOPPED").to_proto().status

    def answer(tuner_id: str, status: str) -> Any:
        if status == "STOPPED":
            chief.servicer_stopped = True
            oracle.tuner_ids.discard(tuner_id)
        else:
            time.sleep(1.0)  # IDLE: KerasTuner's worker asks again at once
        trial = trial_module.Trial(oracle.get_space(), trial_id="", status=status)
        return service.CreateTrialResponse(trial=trial.to_proto())

    class Servicer(OracleServicer):
        def CreateTrial(self, request: Any, context: Any) -> Any:  # gRPC's method names
            worker = request.tuner_id
            chief.contact(worker)
            others = [w for w in list(oracle.ongoing_trials) if w != worker]
            if chief.closing and not oracle._retry_queue:
                return answer(worker, "IDLE" if others and not chief.cancelled() else "STOPPED")
            response = chief.guarded(super().CreateTrial, request, context)
            if response.trial.status == stopped:
                self.stop_triggered = False
                if others:  # a running trial may yet be lost: this worker may be needed for it
                    oracle.tuner_ids.add(worker)
                    return answer(worker, "IDLE")
                chief.servicer_stopped = True
                return response
            running = oracle.ongoing_trials.get(worker)
            if running is not None:
                with chief.lock:
                    chief.began[running.trial_id] = time.monotonic()
                    chief.runs[running.trial_id] = worker
            return response

        def UpdateTrial(self, request: Any, context: Any) -> Any:
            self._check_running(request.trial_id, context)
            return chief.guarded(super().UpdateTrial, request, context)

        def GetTrial(self, request: Any, context: Any) -> Any:
            if request.trial_id not in oracle.trials:
                context.abort(grpc.StatusCode.FAILED_PRECONDITION, STALE)
            self._heard_on(request.trial_id)
            return chief.guarded(super().GetTrial, request, context)

        def EndTrial(self, request: Any, context: Any) -> Any:
            trial = trial_module.Trial.from_proto(request.trial)
            if trial.hyperparameters.values.get(PLAN) != chief.plan:
                context.abort(grpc.StatusCode.FAILED_PRECONDITION, STALE)
            if trial.trial_id not in chief.running_ids():
                return service.EndTrialResponse()  # handed to another computer meanwhile: its result counts
            self._heard_on(trial.trial_id)
            response = chief.guarded(super().EndTrial, request, context)
            chief.finish(trial.trial_id)
            return response

        def _check_running(self, trial_id: str, context: Any) -> None:
            if trial_id not in chief.running_ids():
                context.abort(grpc.StatusCode.FAILED_PRECONDITION, STALE)
            self._heard_on(trial_id)

        def _heard_on(self, trial_id: str) -> None:
            worker = chief.runs.get(trial_id)
            if worker is not None:
                chief.contact(worker)

    return Servicer(oracle)


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
