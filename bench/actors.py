"""The actor stage's cost as a share of the parse, from Pipeline.timings, over the seed and samples/.

The seed article (and every article under samples/, when there is one) is extracted `--repeat` times
through the real pipeline; `Pipeline.timings` gives the seconds of the parse and of each stage.

    .venv/bin/python -m bench.actors [--repeat 20]     # prints the table and writes its section of bench/RESULTS.md
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from bench.results import write_section
from tidings.pipeline import Pipeline
from tidings.sources import read

ROOT = Path(__file__).resolve().parents[1]
SEED = next((p / "shared" / "seed" / "000_0149e88adea2ec5e.txt" for p in ROOT.parents
             if (p / "shared" / "seed").is_dir()), None)
SECTION = "actors"


def articles() -> list[tuple[str, str | None]]:
    """(body, published) of the seed and of the bundled samples."""
    found = []
    paths = [SEED] if SEED else []
    samples = ROOT / "samples"
    if samples.is_dir():
        paths += sorted(p for p in samples.rglob("*.txt"))
    for path in paths:
        for _, item in Pipeline(strict=True).run(read([str(path)])):
            if hasattr(item, "text"):
                found.append((item.text, item.article.published))
    return found


def measure(repeat: int) -> tuple[int, int, dict[str, float]]:
    bodies = articles()
    pipeline = Pipeline(strict=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for n in range(repeat):
                for i, (text, published) in enumerate(bodies):
                    out.write(json.dumps({"id": f"{n}-{i}", "text": text, "published": published}) + "\n")
        list(pipeline.run(read([str(path)])))  # warm-up: model and tables load outside the timings
        pipeline.timings.clear()
        list(pipeline.run(read([str(path)])))
    return len(bodies), repeat, dict(pipeline.timings)


def report(repeat: int) -> str:
    n, repeat, timings = measure(repeat)
    parse = timings.get("parse", 0.0)
    lines = [f"## {SECTION}", "", f"Command: `.venv/bin/python -m bench.actors --repeat {repeat}` — {n} article(s) "
             f"(the seed{' and samples/' if n > 1 else ''}) × {repeat}, seconds from `Pipeline.timings`.", "",
             "| step | seconds | share of the parse |", "|---|---:|---:|"]
    for step, seconds in sorted(timings.items(), key=lambda kv: -kv[1]):
        share = f"{100 * seconds / parse:.1f}%" if parse else ""
        lines.append(f"| {step} | {seconds:.3f} | {share} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    text = report(args.repeat)
    sys.stdout.write(text)
    write_section(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
