"""(b) The batch runner with 1 against 2 worker processes over the same articles, in one run.

    .venv/bin/python -m bench.workers [--articles 1200] [--chunk-size 32]

The articles are the samples' sentences recombined (a JSON lines file in a temporary folder,
deleted after). Each run is timed from start to the last shard committed, model loading included.
On a machine shared with other work the wall-time speed-up says more about the load than about the
runner, so the CPU time the workers spent per article is reported too: equal for 1 and 2 workers
means the runner adds no cost per worker, and the speed-up on idle cores is the number of workers.

The machine's own ceiling is measured in the same run: a pure-Python CPU loop (no I/O, no memory
traffic to speak of) in 1 and then 2 processes. Where two virtual CPUs share a physical core or a
busy host, that loop cannot reach 2x either, and the runner's speed-up is best read against it.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bench.results import command, machine, write_section
from bench.texts import recombined, sample_inputs
from tidings.batch import run_batch


def spin(n: int = 40_000_000) -> float:
    """Returns the CPU seconds a pure-Python loop of `n` steps took."""
    began, total = time.process_time(), 0
    for i in range(n):
        total += i
    return time.process_time() - began


def ceiling(repeat: int = 3) -> float:
    """Returns the machine's speed-up of 2 processes over 1 on a pure CPU loop (best of `repeat`)."""
    best = 0.0
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(spin, [1_000_000] * 2))          # start both processes before timing
        for _ in range(repeat):
            began = time.perf_counter()
            spin()
            one = time.perf_counter() - began
            began = time.perf_counter()
            list(pool.map(spin, [40_000_000] * 2))
            best = max(best, 2 * one / (time.perf_counter() - began))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1200)
    parser.add_argument("--chunk-size", type=int, default=32)
    args = parser.parse_args()
    machine_line = machine()
    samples, where = sample_inputs()
    before = ceiling()
    rows = {}
    with tempfile.TemporaryDirectory(prefix="tidings-bench-") as tmp:
        inputs = Path(tmp) / "articles.jsonl"
        with inputs.open("w") as f:
            f.writelines(recombined(samples, args.articles))
        for workers in (1, 2):
            summary = run_batch([str(inputs)], Path(tmp) / f"out{workers}", workers=workers,
                                chunk_size=args.chunk_size)
            cpu = sum(r.cpu_seconds for r in summary.reports)
            rows[workers] = (summary.seconds, summary.articles, cpu)
            print(workers, rows[workers])
    (t1, n1, b1), (t2, n2, b2) = rows[1], rows[2]
    machine_best = max(before, ceiling())
    lines = [
        f"{n1:,} articles recombined from the sentences of `{where}`, chunks of {args.chunk_size}. {machine_line}.",
        "",
        "| workers | wall seconds | articles/s | worker CPU seconds per article |",
        "|---:|---:|---:|---:|",
        f"| 1 | {t1:.1f} | {n1 / t1:.1f} | {b1 / n1:.3f} |",
        f"| 2 | {t2:.1f} | {n2 / t2:.1f} | {b2 / n2:.3f} |",
        "",
        f"**Speed-up of 2 workers over 1: {t1 / t2:.2f}x** wall time (target ≥ 1.7x); CPU per article, 2 workers "
        f"against 1: {b2 / n2 / (b1 / n1):.2f} (1.00: no cost added per worker).",
        "",
        f"**The machine's own ceiling**, a pure CPU loop in 2 processes against 1, measured before and after "
        f"the runs (best): **{machine_best:.2f}x**; the runner reaches **{t1 / t2 / machine_best:.0%}** of it.",
        "",
        f"Command: `{command()}`",
    ]
    write_section("## (b) 1 against 2 worker processes\n\n" + "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
