"""The event stage's cost as a share of the parse, from Pipeline.timings, on the seed article.

The seed (and every article under samples/, when there are some) is extracted `--repeat` times
through the real pipeline after a warm-up run; `Pipeline.timings` gives the seconds of the parse
and of each stage. The target is under 15% of the parse for `events`.

    .venv/bin/python -m bench.events [--repeat 30]   # prints the table, writes its section of bench/RESULTS.md
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bench.results import write_section
from tidings.pipeline import Pipeline
from tidings.records import Article
from tidings.sources import Input, read

ROOT = Path(__file__).resolve().parents[1]
SEED = next((p / "shared" / "seed" / "000_0149e88adea2ec5e.txt" for p in ROOT.parents
             if (p / "shared" / "seed").is_dir()), None)


def bodies() -> list[tuple[str, str | None]]:
    """(body, published) of the seed and of the bundled samples, as read."""
    paths = [SEED] if SEED else []
    if (ROOT / "samples").is_dir():
        paths += sorted((ROOT / "samples").rglob("*.txt"))
    return [(item.body, item.article.published) for item in read([str(p) for p in paths]) if isinstance(item, Input)]


def measure(repeat: int) -> tuple[int, dict[str, float]]:
    """(articles, seconds per step) over `repeat` passes, after one warm-up pass."""
    texts = bodies()
    items = [Input(f"{n}-{i}", Article(id=f"{n}-{i}", published=published), body)
             for n in range(repeat) for i, (body, published) in enumerate(texts)]
    pipeline = Pipeline(strict=True)
    list(pipeline.run(items[: len(texts)]))       # models, tables and lexicons load outside the timings
    pipeline.timings.clear()
    list(pipeline.run(items))
    return len(texts), dict(pipeline.timings)


def report(repeat: int) -> str:
    n, timings = measure(repeat)
    parse = timings.get("parse", 0.0)
    lines = ["## events", "", f"Command: `.venv/bin/python -m bench.events --repeat {repeat}` — {n} article(s) "
             f"× {repeat}, seconds from `Pipeline.timings` (target: events under 15% of the parse).", "",
             "| step | seconds | share of the parse |", "|---|---:|---:|"]
    for step in ("parse", "actors", "quotes", "events"):
        seconds = timings.get(step, 0.0)
        share = f"{100 * seconds / parse:.1f}%" if parse else ""
        lines.append(f"| {step} | {seconds:.3f} | {share} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args(argv)
    text = report(args.repeat)
    print(text)
    write_section(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
