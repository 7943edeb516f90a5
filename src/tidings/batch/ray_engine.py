"""The batch runner on Ray Data (`pip install tidings[ray]`): the same shard function, on a cluster.

Each task (a chunk of units) is one row of a Ray Dataset; `map_batches` runs the shard function
in a pool of Ray actors, each of which loads the spaCy model once, and the driver commits each
shard as its report streams back. On a cluster the output directory must be on storage every
node sees (NFS, a shared volume), and the inputs too, as the workers read them by path.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict
from typing import Any

from tidings.batch.units import Unit
from tidings.batch.worker import Options, Report, Task, run_task, start_worker
from tidings.errors import ConfigError


class ShardActor:
    """A Ray actor running the shard function; the model is loaded once, when it starts."""

    def __init__(self, options: dict[str, Any]):
        start_worker(Options(**options))

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        reports = []
        for name, units, out in zip(batch["name"], batch["units"], batch["out"], strict=True):
            task = Task(str(name), tuple(Unit(*u) for u in json.loads(units)), str(out))
            reports.append(json.dumps(asdict(run_task(task))))
        return {"report": reports}


def run_on_ray(tasks: list[Task], *, workers: int, options: Options, address: str | None) -> Iterator[Report]:
    """Each task's report as it finishes, from Ray actors on the cluster at `address` (or a local Ray)."""
    try:
        import ray
    except ImportError as exc:
        raise ConfigError("the ray engine needs Ray: pip install 'tidings[ray]'") from exc
    if not ray.is_initialized():
        ray.init(address=address, include_dashboard=False, log_to_driver=False)
    rows = [{"name": t.name, "units": json.dumps([[u.origin, u.path, u.kind, u.offset] for u in t.units]),
             "out": t.out} for t in tasks]
    dataset = ray.data.from_items(rows, override_num_blocks=len(rows)).map_batches(
        ShardActor, fn_constructor_kwargs={"options": asdict(options)}, batch_size=1,
        concurrency=min(workers, len(tasks)), num_cpus=1)
    for row in dataset.iter_rows():
        data = json.loads(row["report"])
        data["origins"] = tuple(data["origins"])
        data["failures"] = tuple(data["failures"])
        yield Report(**data)
