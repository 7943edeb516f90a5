"""Watching feeds and lists of URLs: polite fetching (fetcher.py), rounds that store new pages (watcher.py)."""

from __future__ import annotations

from tidings.watch.fetcher import Fetcher, Politeness
from tidings.watch.watcher import Round, parse_every, watch, watch_round

__all__ = ["Fetcher", "Politeness", "Round", "parse_every", "watch", "watch_round"]
