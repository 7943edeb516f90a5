"""Every benchmark, one after the other (`make bench`): each writes its section of bench/RESULTS.md."""

from __future__ import annotations

import subprocess
import sys

BENCHMARKS = ("throughput", "workers", "memory")


def main() -> None:
    for name in BENCHMARKS:
        print(f"== bench.{name}", flush=True)
        subprocess.run([sys.executable, "-m", f"bench.{name}"], check=True)


if __name__ == "__main__":
    main()
