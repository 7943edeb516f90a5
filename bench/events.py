"""The event stage's cost as a share of the parse, from Pipeline.timings, on the seed article.

The seed (and every article under samples/, when there are some) is extracted `--repeat` times
through the real pipeline after a warm-up run; `Pipeline.timings` gives the seconds of the parse
and of each stage. The target is under 15% of the parse for `events`.

    .venv/bin/python -m bench.events [--repeat 30]   # prints the table, writes its section of bench/RESULTS.md
"""

from __future__ import annotations

import argparse
import sys

from bench.results import write_section
from bench.timings import measure, table


def report(repeat: int) -> str:
    n, timings = measure(repeat)
    lines = ["## events", "", f"Command: `.venv/bin/python -m bench.events --repeat {repeat}` — {n} article(s) "
             f"× {repeat}, seconds from `Pipeline.timings` (target: events under 15% of the parse).", "",
             *table(timings, ("parse", "actors", "quotes", "events"))]
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
