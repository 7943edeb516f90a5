"""(b) The batch runner with 1 against 2 worker processes over the same articles, in one run.

    .venv/bin/python -m bench.workers [--articles 1200] [--chunk-size 32]

The articles are the samples' sentences recombined (a JSON lines file in a temporary folder,
deleted after). Each run is timed from start to the last shard committed, model loading included.
On a machine shared with other work the wall-time speed-up says more about the load than about the
runner, so the CPU time the workers spent per article is reported too: equal for 1 and 2 workers
means the runner adds no cost per worker, and the speed-up on idle cores is the number of workers.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench.results import command, machine, write_section
from bench.texts import recombined, sample_inputs
from tidings.batch import run_batch


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1200)
    parser.add_argument("--chunk-size", type=int, default=32)
    args = parser.parse_args()
    machine_line = machine()
    samples, where = sample_inputs()
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
        f"Command: `{command()}`",
    ]
    write_section("## (b) 1 against 2 worker processes\n\n" + "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
