"""A stage's cost as a share of the parse: `Pipeline.timings` over the seed and samples/, repeated.

The stage benchmarks (actors, events, places, quotes) each measure this way and print their steps
in one table.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from bench.results import write_section
from bench.texts import seed_and_samples
from tidings.pipeline import Pipeline
from tidings.records import Article
from tidings.sources import Input


def measure(repeat: int) -> tuple[int, dict[str, float]]:
    """Returns (articles, seconds per step) of the seed and samples over `repeat` passes through a
    strict pipeline, after one warm-up pass (the model, tables and gazetteer load outside the timings)."""
    texts = [(item.body, item.article.published) for item in seed_and_samples()]
    items = [Input(f"{n}-{i}", Article(id=f"{n}-{i}", published=published), body)
             for n in range(repeat) for i, (body, published) in enumerate(texts)]
    pipeline = Pipeline(strict=True)
    list(pipeline.run(items[: len(texts)]))
    pipeline.timings.clear()
    list(pipeline.run(items))
    return len(texts), dict(pipeline.timings)


def table(timings: dict[str, float], steps: tuple[str, ...]) -> list[str]:
    """Returns the lines of a table of `steps`: seconds, and share of the parse (blank with no parse)."""
    parse = timings.get("parse", 0.0)
    lines = ["| step | seconds | share of the parse |", "|---|---:|---:|"]
    for step in steps:
        seconds = timings.get(step, 0.0)
        share = f"{100 * seconds / parse:.1f}%" if parse else ""
        lines.append(f"| {step} | {seconds:.3f} | {share} |")
    return lines


def run(description: str, report: Callable[[int], str], repeat: int, argv: list[str] | None = None) -> int:
    """Returns 0 after a stage benchmark's command line: `--repeat N` (default `repeat`) passes,
    `report(N)` printed and written as its section of bench/RESULTS.md."""
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=repeat)
    args = parser.parse_args(argv)
    text = report(args.repeat)
    print(text)
    write_section(text)
    return 0
