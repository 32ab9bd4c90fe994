"""Where the per-article stages run: this process and its forks, a forked process that prepares
a heavy resource and runs the stages that take it, or a Dask cluster.

An engine maps one stage function over a list of values and returns the results in order. The
stage functions are the pipeline's own (`read_safely`, `extract_article`); engines only decide
where they run. Heavy read-only arguments (the gazetteer, the lexicons) are passed as `shared`:
the local engine hands them to forked workers through memory, the Dask engine sends them to
each worker once (`scatter(broadcast=True)`).
"""

from __future__ import annotations

import inspect
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Protocol

from ..errors import EngineError

PARALLEL_MINIMUM = 200  # fewer values than this are not worth starting processes for
STOP_SECONDS = 2.0  # how long a PreparedEngine's process has to stop when told to


class Engine(Protocol):
    def map(self, function: Callable, values: Sequence, **shared: Any) -> list:
        """[function(value, **shared) for value in values], run wherever the engine runs things."""


class LocalEngine:
    """This process, or `workers` forked processes when there are many values (fork shares the
    loaded gazetteer instead of pickling it)."""

    def __init__(self, workers: int = 1):
        self.workers = workers

    def map(self, function: Callable, values: Sequence, **shared: Any) -> list:
        if (self.workers <= 1 or len(values) < PARALLEL_MINIMUM
                or "fork" not in multiprocessing.get_all_start_methods()):
            return [function(value, **shared) for value in values]
        with ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("fork"),
                                 initializer=_hold, initargs=(function, shared)) as pool:
            return list(pool.map(_call_held, values, chunksize=64))


# In a forked worker: the stage function and its shared arguments, set once by the initializer.
_HELD: dict = {}


def _hold(function: Callable, shared: dict) -> None:
    _HELD.update(function=function, shared=shared)


def _call_held(value):
    return _HELD["function"](value, **_HELD["shared"])


class PreparedEngine:
    """A forked process that prepares heavy read-only resources (the gazetteer) while this one
    goes on with other work, then runs the stages that take them: a stage with a parameter named
    as a resource, and not given, runs there, with the resource passed in (and `workers` processes
    forked from it when there are many values); any other stage runs here, as LocalEngine does.
    A resource that failed to prepare raises its error when a stage needs it. warm: steps to take
    with the resources while no stage has been sent (it stops between two steps when one is).
    Close it when done."""

    def __init__(self, prepare: dict[str, Callable[[], Any]], workers: int = 1,
                 warm: Callable[[dict[str, Any]], Iterable[Any]] | None = None):
        self._connection, theirs = multiprocessing.Pipe()
        # os.fork, not multiprocessing.Process: the process forks workers of its own, which a
        # multiprocessing child may not, and it must not be joined when this one exits.
        self._pid = os.fork()
        if self._pid == 0:
            self._connection.close()
            try:
                _serve(theirs, prepare, workers, warm)
            finally:
                os._exit(0)
        theirs.close()
        self._resources = frozenset(prepare)
        self._local = LocalEngine(workers)
        self._asked = False

    def map(self, function: Callable, values: Sequence, **shared: Any) -> list:
        wanted = self._resources & set(inspect.signature(function).parameters) - set(shared)
        if not wanted:
            return self._local.map(function, values, **shared)
        if not values:
            return []
        self._asked = True
        try:
            self._connection.send((function, list(values), shared))
            succeeded, answer = self._connection.recv()
        except (EOFError, OSError) as exc:
            raise EngineError(f"the process preparing {', '.join(sorted(wanted))} ended before it answered") from exc
        if not succeeded:
            raise answer
        return answer

    def close(self) -> None:
        """Stop the process: told to when it has served stages (and stopped if it does not within
        STOP_SECONDS: it is still at work for a build that has ended), at once otherwise (it may
        still be preparing)."""
        if self._pid is None:
            return
        if self._asked:
            try:
                self._connection.send(None)
            except OSError:
                pass  # it has ended already
        self._connection.close()
        deadline = time.monotonic() + (STOP_SECONDS if self._asked else 0)
        while os.waitpid(self._pid, os.WNOHANG) == (0, 0):
            if time.monotonic() >= deadline:
                os.kill(self._pid, signal.SIGTERM)
                os.waitpid(self._pid, 0)
                break
            time.sleep(0.01)
        self._pid = None


def _serve(connection, prepare: dict[str, Callable[[], Any]], workers: int,
           warm: Callable[[dict[str, Any]], Iterable[Any]] | None) -> None:
    """A PreparedEngine's process: prepare the resources (and warm up until a request comes),
    then answer map requests until told to stop (None) or until the other end closes."""
    resources: dict[str, Any] = {}
    failure: BaseException | None = None
    try:
        resources = {name: make() for name, make in prepare.items()}
        for _ in warm(resources) if warm else ():
            if connection.poll():
                break
    except Exception as exc:  # noqa: BLE001 - whatever preparing raised is the answer to the first request
        failure = exc
    engine = LocalEngine(workers)
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        function, values, shared = request
        if failure is not None:
            connection.send((False, failure))
            continue
        try:
            connection.send((True, engine.map(function, values, **shared, **resources)))
        except Exception as exc:  # noqa: BLE001 - the stage's error is raised in the process that asked
            connection.send((False, exc))


class DaskEngine:
    """A Dask cluster, through a `dask.distributed` client: values go out in `partitions`
    batches (default: four per worker thread); shared arguments are sent to every worker once
    per engine. Workers must be able to import rallymap and read the input files."""

    def __init__(self, client, partitions: int | None = None):
        self.client = client
        self.partitions = partitions
        self._sent: dict[int, tuple[Any, Any]] = {}  # id(value) -> (value, its future on the workers)

    def map(self, function: Callable, values: Sequence, **shared: Any) -> list:
        if not values:
            return []
        count = self.partitions or 4 * max(1, sum(self.client.nthreads().values()))
        size = -(-len(values) // count)
        batches = [list(values[i:i + size]) for i in range(0, len(values), size)]
        futures = self.client.map(_apply, batches, stage=function, pure=False,
                                  **{name: self._send(value) for name, value in shared.items()})
        return [result for batch in self.client.gather(futures) for result in batch]

    def _send(self, value):
        if id(value) not in self._sent:
            self._sent[id(value)] = (value, self.client.scatter(value, broadcast=True, hash=False))
        return self._sent[id(value)][1]


def _apply(batch: list, stage: Callable, **shared: Any) -> list:
    return [stage(value, **shared) for value in batch]


def dask_engine(scheduler: str | None, workers: int, partitions: int | None):
    """A DaskEngine on the scheduler at that address, or on a LocalCluster of `workers`
    single-threaded worker processes; returns (engine, a function that shuts it down)."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        client = Client(scheduler)
        return DaskEngine(client, partitions), client.close
    cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                           dashboard_address=None)
    client = Client(cluster)

    def close() -> None:
        client.close()
        cluster.close()

    return DaskEngine(client, partitions), close
