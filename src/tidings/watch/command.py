"""`tidings watch`: thin — parse the options, run the watcher, print one line per round."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from tidings.pipeline import Pipeline
from tidings.store import open_store
from tidings.watch.fetcher import USER_AGENT, Fetcher, Politeness
from tidings.watch.watcher import Round, parse_every
from tidings.watch.watcher import watch as run_watch

err = Console(stderr=True, highlight=False, soft_wrap=True)


def watch(
    sources: Annotated[list[str], typer.Argument(help="RSS/Atom feed URLs or files, or files (or URLs) listing one "
                                                      "page URL per line.", show_default=False)],
    db: Annotated[str, typer.Option("--db", help="A SQLite file path or a postgresql:// URL.")] = "tidings.db",
    every: Annotated[str, typer.Option("--every", help="Time between two rounds: 30s, 15m, 1h.")] = "15m",
    once: Annotated[bool, typer.Option("--once", help="One round, then exit (for cron).")] = False,
    timeout: Annotated[int, typer.Option("--timeout", help="Seconds to wait for one page.")] = 30,
    retries: Annotated[int, typer.Option("--retries", help="Further attempts after a timeout or a 5xx (beyond "
                                                           "trafilatura's own two).")] = 1,
    delay: Annotated[float, typer.Option("--delay", help="Seconds between two requests to one site.")] = 1.0,
    user_agent: Annotated[str, typer.Option("--user-agent", help="How tidings introduces itself.")] = USER_AGENT,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline to parse with.")] = None,
) -> None:
    """Fetch the new items of feeds and URL lists, extract and store them; remembers what it has seen.

    Example: `tidings watch https://example.org/rss.xml urls.txt --db tidings.db --every 15m`
    """
    seconds = parse_every(every)
    fetcher = Fetcher(Politeness(user_agent=user_agent, timeout=timeout, retries=retries, delay=delay))
    pipeline = Pipeline(model=model)

    def report(done: Round) -> None:
        for failure in done.failures:
            err.print(f"[red]failed[/red] {escape(failure.line())}")
        err.print(f"{datetime.now().isoformat(timespec='seconds')}: {done.new} new pages, {done.stored} stored, "
                  f"{len(done.failures)} failed")

    with open_store(db) as store:
        try:
            run_watch(sources, store, pipeline, fetcher, every=seconds, rounds=1 if once else None, on_round=report)
        except KeyboardInterrupt:
            err.print("stopped")
