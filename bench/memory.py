"""(c) Peak resident memory per worker, and whether memory stays flat over many articles.

    .venv/bin/python -m bench.memory [--articles 100000] [--workers 2] [--chunk-size 200]

The articles are the samples' sentences recombined into new articles, written on the fly to a
temporary JSON lines file (deleted after, never committed), and run through the batch runner.
Each shard's report carries its worker's resident memory after the chunk: memory is flat when a
worker's memory over its last tenth of chunks is close to that over its second tenth (the first
tenth is warm-up: the model's caches fill).
"""

from __future__ import annotations

import argparse
import tempfile
from collections import defaultdict
from pathlib import Path
from statistics import mean

from bench.results import command, machine, write_section
from bench.texts import recombined, sample_inputs
from tidings.batch import run_batch


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--chunk-size", type=int, default=200)
    args = parser.parse_args()
    machine_line = machine()
    samples, where = sample_inputs()
    with tempfile.TemporaryDirectory(prefix="tidings-bench-") as tmp:
        inputs = Path(tmp) / "articles.jsonl"
        with inputs.open("w") as f:
            f.writelines(recombined(samples, args.articles))
        size = inputs.stat().st_size
        done = [0]

        def progress(report) -> None:
            done[0] += len(report.origins)
            if done[0] % (args.chunk_size * 50) < args.chunk_size:
                print(f"{done[0]:,} articles, worker {report.pid}: {report.rss_mb:.0f} MB", flush=True)

        summary = run_batch([str(inputs)], Path(tmp) / "out", workers=args.workers, chunk_size=args.chunk_size,
                            on_report=progress)
    by_worker: dict[int, list] = defaultdict(list)
    for report in summary.reports:
        by_worker[report.pid].append(report)
    lines = [
        f"{summary.articles:,} articles ({size / 2**20:.0f} MB of JSON lines) recombined from the sentences of "
        f"`{where}`, {args.workers} workers, chunks of {args.chunk_size}, {summary.seconds:.0f} s "
        f"({summary.articles / summary.seconds:.1f} articles/s). {machine_line}.",
        "",
        "| worker | chunks | peak RSS | RSS, 2nd tenth of its chunks | RSS, last tenth | growth |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    worst_peak, worst_growth = 0.0, float("-inf")
    for n, reports in enumerate(by_worker.values(), start=1):
        tenth = max(1, len(reports) // 10)
        early = mean(r.rss_mb for r in reports[tenth:2 * tenth] or reports[:1])
        late = mean(r.rss_mb for r in reports[-tenth:])
        peak = max(r.peak_rss_mb for r in reports)
        growth = 100 * (late - early) / early
        worst_peak, worst_growth = max(worst_peak, peak), max(worst_growth, growth)
        lines.append(f"| {n} | {len(reports)} | {peak:,.0f} MB | {early:,.0f} MB | {late:,.0f} MB | {growth:+.1f}% |")
    lines += ["", f"**Peak RSS per worker: {worst_peak:,.0f} MB** (target < 1,536 MB); **memory growth from the 2nd "
                  f"to the last tenth: {worst_growth:+.1f}%** (flat: within a few percent).", "",
              f"Command: `{command()}`"]
    write_section("## (c) Memory per worker over many articles\n\n" + "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
