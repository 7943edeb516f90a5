"""The texts the benchmarks run on: the bundled samples (samples/), read as tidings reads them.

Until samples/ exists the seed article stands in (../shared/seed). The memory benchmark recombines
the samples' sentences into as many new articles as it needs, generated on the fly, never saved in
the repository.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator

from eval.results import ROOT, SHARED
from tidings.sources import Input, read

SAMPLES = ROOT / "samples"
SEED = (SHARED or ROOT.parent / "shared") / "seed"
SEED_ARTICLE = SEED / "000_0149e88adea2ec5e.txt"
_SENTENCE = re.compile(r"(?<=[.!?\"”’)])\s+(?=[A-Z“\"‘(])")


def sample_inputs() -> tuple[list[Input], str]:
    """The bundled samples as read (failures left out), and where they came from."""
    folder = SAMPLES if SAMPLES.is_dir() and any(SAMPLES.iterdir()) else SEED
    items = [i for i in read([str(folder)], allow_undated=True) if isinstance(i, Input)]
    if not items:
        raise SystemExit(f"no articles to benchmark in {folder}")
    return items, "shared/seed" if folder == SEED else "samples"


def seed_and_samples() -> list[Input]:
    """The seed article (where ../shared is there) and every article under samples/, as read."""
    paths = [SEED_ARTICLE] if SEED_ARTICLE.is_file() else []
    if SAMPLES.is_dir():
        paths += sorted(SAMPLES.rglob("*.txt"))
    return [item for item in read([str(p) for p in paths]) if isinstance(item, Input)]


def sentences(items: list[Input]) -> list[str]:
    """The sentences of the samples' bodies (a plain split on sentence ends: enough to recombine)."""
    out = []
    for item in items:
        for paragraph in item.body.split("\n"):
            out.extend(s.strip() for s in _SENTENCE.split(paragraph) if len(s.split()) >= 4)
    return out


def recombined(items: list[Input], count: int, *, seed: int = 1,
               per_article: tuple[int, int] = (4, 12)) -> Iterator[str]:
    """`count` JSON lines, each a new article of random sample sentences with a random date in 2024."""
    pool = sentences(items)
    rng = random.Random(seed)
    for n in range(count):
        body = " ".join(rng.choice(pool) for _ in range(rng.randint(*per_article)))
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        yield json.dumps({"id": f"gen-{n}", "text": body, "published": day}) + "\n"
