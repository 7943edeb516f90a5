"""The batch runner: list the units of work, skip those already done, run the rest in chunks.

A chunk becomes a shard (shards.py) through the shard function (worker.py), on an engine: a
local pool of worker processes (the default), or Ray Data (ray_engine.py). The runner commits
each shard as its report comes back, so a run stopped at any moment, even by SIGKILL, is resumed
by running the same command again: the units a committed shard holds are skipped, the rest are
done once.
"""

from __future__ import annotations

import fcntl
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tidings.batch.shards import Shard, commit, prepare, shard_names, shards
from tidings.batch.units import Unit, find_units
from tidings.batch.worker import Options, Report, Task, run_task, start_worker
from tidings.errors import ConfigError

ENGINES = ("local", "ray")


@dataclass
class Summary:
    """What a run did: units found, skipped as done, and processed; the reports of its shards."""

    units: int = 0
    skipped: int = 0
    reports: list[Report] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def articles(self) -> int:
        return sum(r.rows.get("articles", 0) for r in self.reports)

    @property
    def failures(self) -> list[str]:
        return [line for r in self.reports for line in r.failures]

    def timings(self) -> dict[str, float]:
        """Seconds per pipeline step, added up over every worker."""
        total: dict[str, float] = {}
        for report in self.reports:
            for name, seconds in report.timings.items():
                total[name] = total.get(name, 0.0) + seconds
        return total


def plan(inputs: Iterable[str], out: Path, chunk_size: int) -> tuple[list[Task], int, int]:
    """The tasks still to do under `out`, the number of units found, and how many are already done."""
    if chunk_size < 1:
        raise ConfigError(f"--chunk-size must be at least 1, not {chunk_size}")
    done = {origin for shard in shards(out) for origin in shard.origins}
    seen: set[str] = set()
    todo: list[Unit] = []
    found = 0
    for unit in find_units(inputs):
        if unit.origin in seen:  # the same input named twice: one record, never two
            continue
        seen.add(unit.origin)
        found += 1
        if unit.origin not in done:
            todo.append(unit)
    chunks = [tuple(todo[i:i + chunk_size]) for i in range(0, len(todo), chunk_size)]
    names = shard_names(out, len(chunks))
    return [Task(name, chunk, str(out)) for name, chunk in zip(names, chunks, strict=True)], found, found - len(todo)


def run_batch(inputs: Iterable[str], out: str | Path, *, workers: int | None = None, chunk_size: int = 64,
              options: Options | None = None, engine: str = "local", address: str | None = None,
              on_start: Callable[[int, int], None] | None = None,
              on_report: Callable[[Report], None] | None = None) -> Summary:
    """Process every input not yet in a shard under `out`; returns what this run did.

    `on_start(total, done)` is called once the work is listed, `on_report(report)` after each shard
    is committed (the CLI's progress bar).
    """
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}: use {' or '.join(ENGINES)}")
    started = time.perf_counter()
    out = Path(out)
    with _only_runner(out):
        prepare(out)
        tasks, found, skipped = plan(inputs, out, chunk_size)
        summary = Summary(units=found, skipped=skipped)
        if on_start:
            on_start(found, skipped)
        options = options or Options()
        workers = max(1, workers or os.cpu_count() or 1)
        if tasks:
            if engine == "ray":
                from tidings.batch.ray_engine import run_on_ray

                reports = run_on_ray(tasks, workers=workers, options=options, address=address)
            else:
                reports = run_locally(tasks, workers=workers, options=options)
            for report in reports:
                commit(out, Shard(report.name, report.origins, report.rows))
                summary.reports.append(report)
                if on_report:
                    on_report(report)
        prepare(out)  # tidy what a worker of an earlier, killed run may have left since the start
    summary.seconds = time.perf_counter() - started
    return summary


@contextmanager
def _only_runner(out: Path) -> Iterator[None]:
    # Two runners on one directory would delete each other's unfinished shards; the kernel drops the
    # lock when its holder dies, even by SIGKILL, so a killed run never blocks the next.
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"cannot create output directory {out}: {exc.strerror or exc}") from exc
    with (out / ".lock").open("w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise ConfigError(f"another tidings batch is running on {out}: wait for it, or use another --out") from exc
        yield


def run_locally(tasks: list[Task], *, workers: int, options: Options) -> Iterator[Report]:
    """Each task's report as it finishes, from a pool of `workers` processes (each loads the model once)."""
    # spawn, not fork: the parent runs a progress thread, and a fork copies locks held by threads.
    context = multiprocessing.get_context("spawn")
    with context.Pool(min(workers, len(tasks)), initializer=start_worker, initargs=(options,)) as pool:
        yield from pool.imap_unordered(run_task, tasks)
