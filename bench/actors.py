"""The actor stage's cost as a share of the parse, from Pipeline.timings, over the seed and samples/.

The seed article (and every article under samples/, when there is one) is extracted `--repeat` times
through the real pipeline; `Pipeline.timings` gives the seconds of the parse and of each stage.

    .venv/bin/python -m bench.actors [--repeat 20]     # prints the table and writes its section of bench/RESULTS.md
"""

from __future__ import annotations

import sys

from bench.timings import measure, run, table

SECTION = "actors"


def report(repeat: int) -> str:
    n, timings = measure(repeat)
    lines = [f"## {SECTION}", "", f"Command: `.venv/bin/python -m bench.actors --repeat {repeat}` — {n} article(s) "
             f"(the seed{' and samples/' if n > 1 else ''}) × {repeat}, seconds from `Pipeline.timings`.", "",
             *table(timings, tuple(sorted(timings, key=lambda step: -timings[step])))]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    return run(__doc__, report, repeat=20, argv=argv)


if __name__ == "__main__":
    sys.exit(main())
