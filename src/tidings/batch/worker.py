"""The shard function: one chunk of units in, one shard of Parquet tables written, a report out.

It is the same function on every engine: a local pool calls it in worker processes started by
`start_worker` (which loads the spaCy model once per process), Ray Data calls it in its actors.
Only the chunk's units (paths and offsets) go in and a small report comes back; records never
cross between processes, the worker writes them to the shard itself.
"""

from __future__ import annotations

import os
import resource
import time
from dataclasses import dataclass, field
from pathlib import Path

from tidings import nlp
from tidings.batch.shards import write_tables
from tidings.batch.tables import to_tables
from tidings.batch.units import Unit, read_unit
from tidings.errors import ConfigError
from tidings.pipeline import Pipeline
from tidings.records import Failure
from tidings.sources.base import DEFAULT_MAX_BYTES


@dataclass(frozen=True, slots=True)
class Options:
    """What a worker needs to know: how to read and how to parse."""

    model: str | None = None
    batch_size: int = 32
    max_bytes: int = DEFAULT_MAX_BYTES
    allow_undated: bool = False


@dataclass(frozen=True, slots=True)
class Task:
    """A chunk of units to turn into the shard `name` under `out`."""

    name: str
    units: tuple[Unit, ...]
    out: str


@dataclass(frozen=True, slots=True)
class Report:
    """What a worker did with one task: the shard's rows per table, its failures, time and memory."""

    name: str
    origins: tuple[str, ...]
    rows: dict[str, int]
    failures: tuple[str, ...]            # one line per input that gave no record
    words: int                           # words of cleaned text parsed
    seconds: float
    timings: dict[str, float] = field(default_factory=dict)   # Pipeline.timings of this chunk
    cpu_seconds: float = 0.0             # CPU time (user + system) the worker spent on the chunk
    pid: int = 0
    rss_mb: float = 0.0                  # the worker's resident memory after the chunk
    peak_rss_mb: float = 0.0             # and its peak so far


_STATE: dict[str, object] = {}


def start_worker(options: Options) -> None:
    """Load the model in this process (a pool's initializer); a set-up error is kept for the first task."""
    _STATE["options"] = options
    _STATE["pipeline"] = Pipeline(model=options.model, batch_size=options.batch_size)
    try:
        nlp.load_model(options.model)
    except ConfigError as exc:  # raised from a pool initializer, it would restart workers forever
        _STATE["error"] = exc


def run_task(task: Task) -> Report:
    """Read, extract and write the shard of one task; raises ConfigError when the worker cannot start."""
    if "pipeline" not in _STATE:
        start_worker(Options())
    if "error" in _STATE:
        raise _STATE["error"]  # type: ignore[misc]
    options: Options = _STATE["options"]  # type: ignore[assignment]
    pipeline: Pipeline = _STATE["pipeline"]  # type: ignore[assignment]
    started, cpu = time.perf_counter(), time.process_time()
    before = dict(pipeline.timings)
    items = (read_unit(u, max_bytes=options.max_bytes, allow_undated=options.allow_undated) for u in task.units)
    outcomes = list(pipeline.run(items))
    rows = write_tables(Path(task.out), task.name, to_tables(outcomes))
    timings = {k: v - before.get(k, 0.0) for k, v in pipeline.timings.items()}
    failures = tuple(r.line() for _, r in outcomes if isinstance(r, Failure))
    words = sum(len(r.text.split()) for _, r in outcomes if not isinstance(r, Failure))
    rss, peak = memory_mb()
    return Report(task.name, tuple(u.origin for u in task.units), rows, failures, words,
                  time.perf_counter() - started, timings, time.process_time() - cpu, os.getpid(), rss, peak)


def memory_mb() -> tuple[float, float]:
    """This process's resident memory now and at its peak, in MB (Linux)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20, peak
    except (OSError, ValueError, IndexError):
        return peak, peak
