"""(a) End-to-end extraction throughput against a bare `nlp.pipe` of the full en_core_web_sm pipeline over
the same texts, in one run; (d) each stage's share of the extraction's time (Pipeline.timings).

    .venv/bin/python -m bench.throughput [--words 60000] [--batch-size 32]

The samples are repeated until the texts hold `--words` words. The bare parse runs every component
the model ships on the raw bodies (as a user of spaCy alone would); tidings cleans first, parses the
cleaned text, then runs its stages. Both are warmed up on the first texts before timing, and they take
turns over slices of the texts (alternating which goes first) so that a change in the machine's
load weighs on both alike.
"""

from __future__ import annotations

import argparse
import importlib
import time

from bench.results import command, machine, write_section
from bench.texts import sample_inputs
from tidings import nlp
from tidings.pipeline import Pipeline

SLICES = 6  # turns each side takes
STAGES = ("clean", "parse", "entities", "actors", "times", "places", "quotes", "events", "event_dates",
          "event_places", "claims")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=60_000)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()
    machine_line = machine()
    samples, where = sample_inputs()
    items, words = [], 0
    while words < args.words:
        for item in samples:
            items.append(item)
            words += len(item.body.split())
    bodies = [i.body for i in items]

    bare = importlib.import_module(nlp.default_model()).load()   # every component the model ships, enabled
    pipeline = Pipeline(batch_size=args.batch_size)
    list(bare.pipe(bodies[:8], batch_size=args.batch_size))
    list(pipeline.run(items[:8]))
    pipeline.timings.clear()
    bare_seconds = seconds = 0.0
    failures = 0
    size = max(args.batch_size, len(items) // SLICES)
    for n, start in enumerate(range(0, len(items), size)):
        part = slice(start, start + size)
        for which in ((0, 1) if n % 2 == 0 else (1, 0)):
            began = time.perf_counter()
            if which == 0:
                for _ in bare.pipe(bodies[part], batch_size=args.batch_size):
                    pass
                bare_seconds += time.perf_counter() - began
            else:
                failures += sum(1 for _, r in pipeline.run(items[part]) if not hasattr(r, "text"))
                seconds += time.perf_counter() - began

    docs = len(items)
    ratio = bare_seconds / seconds
    lines = [
        f"{docs:,} articles ({words:,} words of input; the samples in `{where}`, repeated), batch size "
        f"{args.batch_size}, {failures} failures. {machine_line}.",
        "",
        "| | seconds | docs/s | words/s |",
        "|---|---:|---:|---:|",
        f"| bare `nlp.pipe`, full en_core_web_sm ({', '.join(bare.pipe_names)}) | {bare_seconds:.1f} | "
        f"{docs / bare_seconds:.1f} | {words / bare_seconds:,.0f} |",
        f"| tidings extraction (clean, parse, every stage) | {seconds:.1f} | {docs / seconds:.1f} | "
        f"{words / seconds:,.0f} |",
        "",
        f"**Throughput ratio tidings / bare parse: {ratio:.2f}** (target ≥ 0.8).",
        "",
        "### (d) Share of the extraction's time by stage (Pipeline.timings)",
        "",
        "| stage | seconds | share |",
        "|---|---:|---:|",
    ]
    total = sum(pipeline.timings.values()) or 1.0
    for stage in (*STAGES, *sorted(set(pipeline.timings) - set(STAGES))):
        spent = pipeline.timings.get(stage, 0.0)
        lines.append(f"| {stage} | {spent:.2f} | {100 * spent / total:.1f}% |")
    lines += ["", f"Command: `{command()}`"]
    write_section("## (a) Throughput against a bare spaCy parse, (d) stage shares\n\n" + "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
