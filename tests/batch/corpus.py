"""Inputs written for the batch tests: short dated news texts, a JSON lines file, a WARC, bad inputs."""

from __future__ import annotations

from pathlib import Path

from tests.sources.warcs import crawl, write_warc

LEADERS = [("Russian President Vladimir Putin", "Chinese President Xi Jinping", "Beijing"),
           ("French President Emmanuel Macron", "German Chancellor Olaf Scholz", "Berlin"),
           ("Indian Prime Minister Narendra Modi", "Japanese Prime Minister Fumio Kishida", "Tokyo"),
           ("Turkish President Recep Tayyip Erdogan", "Iranian President Ebrahim Raisi", "Ankara")]


def article(n: int) -> str:
    """A short dated article, different for every `n`."""
    a, b, city = LEADERS[n % len(LEADERS)]
    return (f"date 2024-02-{n % 27 + 1:02d}\n{a} met {b} in {city} on Tuesday, officials said. "
            f"The talks covered trade worth ${n + 2} billion and a plan for {n + 3} new projects.\n")


def write_corpus(folder: Path, texts: int = 6) -> Path:
    """`texts` text files, a JSON lines file (two articles and a broken line), a WARC and an empty file."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(texts):
        (folder / f"a{n:03d}.txt").write_text(article(n))
    lines = ['{"id": "j1", "text": "The United States accused Iran of attacking ships in the Gulf.", '
             '"published": "2024-01-02"}',
             "not json",
             '{"id": "j2", "text": "Protesters marched in Paris on Saturday against the pension reform.", '
             '"published": "2024-01-03"}']
    (folder / "lines.jsonl").write_text("\n".join(lines) + "\n")
    write_warc(folder / "crawl.warc.gz", crawl())
    (folder / "empty.txt").write_text("")
    return folder
