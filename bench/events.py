"""The event stage's cost as a share of the parse, from Pipeline.timings, on the seed article.

The seed (and every article under samples/, when there are some) is extracted `--repeat` times
through the real pipeline after a warm-up run; `Pipeline.timings` gives the seconds of the parse
and of each stage. The target is under 15% of the parse for `events`.

    .venv/bin/python -m bench.events [--repeat 30]   # prints the table, writes its section of bench/RESULTS.md
"""

from __future__ import annotations

import sys

from bench.timings import measure, run, table


def report(repeat: int) -> str:
    n, timings = measure(repeat)
    lines = ["## events", "", f"Command: `.venv/bin/python -m bench.events --repeat {repeat}` — {n} article(s) "
             f"× {repeat}, seconds from `Pipeline.timings` (target: events under 15% of the parse).", "",
             *table(timings, ("parse", "actors", "quotes", "events"))]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    return run(__doc__, report, repeat=30, argv=argv)


if __name__ == "__main__":
    sys.exit(main())
