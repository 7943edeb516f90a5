"""The quotes and claims stages' cost as a share of the parse, from Pipeline.timings.

The seed article (and every article under samples/, when there are some) is extracted `--repeat`
times through the real pipeline, after one warm-up run; `Pipeline.timings` gives the seconds of
the parse and of each stage.

    .venv/bin/python -m bench.quotes [--repeat 20]   # prints the table, writes its section of bench/RESULTS.md
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from bench.results import write_section
from tidings.pipeline import Pipeline
from tidings.sources import read

ROOT = Path(__file__).resolve().parents[1]
SEED = next((p / "shared" / "seed" / "000_0149e88adea2ec5e.txt" for p in ROOT.parents
             if (p / "shared" / "seed").is_dir()), None)
SECTION = "quotes"
STAGES = ("quotes", "claims")


def bodies() -> list[tuple[str, str | None]]:
    """(text, published) of the seed and the bundled samples, cleaned as the pipeline cleans them."""
    paths = ([SEED] if SEED else []) + sorted((ROOT / "samples").glob("*.txt"))
    found = []
    for path in paths:
        for _, record in Pipeline(strict=True).run(read([str(path)])):
            found.append((record.text, record.article.published))
    return found


def measure(repeat: int) -> tuple[int, dict[str, float]]:
    """(articles, seconds per step) over `repeat` passes of the articles."""
    articles = bodies()
    pipeline = Pipeline(strict=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for n in range(repeat):
                for i, (text, published) in enumerate(articles):
                    out.write(json.dumps({"id": f"{n}-{i}", "text": text, "published": published}) + "\n")
        list(pipeline.run(read([str(path)])))       # warm-up: the model and the tables load outside the timings
        pipeline.timings.clear()
        list(pipeline.run(read([str(path)])))
    return len(articles), dict(pipeline.timings)


def report(repeat: int) -> str:
    n, timings = measure(repeat)
    parse = timings.get("parse", 0.0)
    ours = sum(timings.get(s, 0.0) for s in STAGES)
    lines = [f"## {SECTION}", "",
             f"Command: `.venv/bin/python -m bench.quotes --repeat {repeat}` — {n} article(s) × {repeat}, "
             "seconds from `Pipeline.timings`.", "",
             "| step | seconds | share of the parse |", "|---|---:|---:|",
             f"| parse | {parse:.3f} | 100.0% |"]
    for step in STAGES:
        lines.append(f"| {step} | {timings.get(step, 0.0):.3f} | {100 * timings.get(step, 0.0) / parse:.1f}% |")
    lines.append(f"| quotes + claims | {ours:.3f} | **{100 * ours / parse:.1f}%** |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    text = report(args.repeat)
    print(text)
    write_section(text)


if __name__ == "__main__":
    main()
