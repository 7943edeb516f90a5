"""(b) The batch runner with 1 against 2 worker processes over the same articles, in one run.

    .venv/bin/python -m bench.workers [--articles 1200] [--chunk-size 32]

The articles are the samples' sentences recombined (a JSON lines file in a temporary folder,
deleted after). Each run is timed from start to the last shard committed, model loading included;
the articles per second of the workers' own time (excluding start-up) are reported too.
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
            busy = sum(r.seconds for r in summary.reports) / workers
            rows[workers] = (summary.seconds, summary.articles, busy)
            print(workers, rows[workers])
    (t1, n1, b1), (t2, n2, b2) = rows[1], rows[2]
    lines = [
        f"{n1:,} articles recombined from the sentences of `{where}`, chunks of {args.chunk_size}. {machine_line}.",
        "",
        "| workers | wall seconds | articles/s | articles/s of worker time |",
        "|---:|---:|---:|---:|",
        f"| 1 | {t1:.1f} | {n1 / t1:.1f} | {n1 / b1:.1f} |",
        f"| 2 | {t2:.1f} | {n2 / t2:.1f} | {n2 / b2:.1f} |",
        "",
        f"**Speed-up of 2 workers over 1: {t1 / t2:.2f}x** wall time (target ≥ 1.7x).",
        "",
        f"Command: `{command()}`",
    ]
    write_section("(b) 1 against 2 worker processes", "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
