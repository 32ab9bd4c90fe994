"""Where the per-article stages run: this process and its forks, or a Dask cluster.

An engine maps one stage function over a list of values and returns the results in order. The
stage functions are the pipeline's own (`read_safely`, `extract_article`); engines only decide
where they run. Heavy read-only arguments (the gazetteer, the lexicons) are passed as `shared`:
the local engine hands them to forked workers through memory, the Dask engine sends them to
each worker once (`scatter(broadcast=True)`).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Protocol

PARALLEL_MINIMUM = 200  # fewer values than this are not worth starting processes for


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
