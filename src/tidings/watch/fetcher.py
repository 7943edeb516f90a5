"""Polite fetching through trafilatura's downloader: a user agent that says who we are, robots.txt,
timeouts, retries with backoff, and one request at a time per host with a pause between two.

trafilatura's downloader (urllib3) sends the request, follows redirects, caps the size, and itself
retries a request that timed out or got 429 or 5xx twice, with a backoff of half the timeout. This
module adds what a long-running watcher owes the sites it reads, and `retries` further attempts
after a longer backoff of its own.
"""

from __future__ import annotations

import threading
import time
import urllib.robotparser
from collections.abc import Iterator
from contextlib import contextmanager
from copy import deepcopy
from dataclasses import dataclass
from urllib.parse import urlsplit

from trafilatura.downloads import fetch_response
from trafilatura.settings import DEFAULT_CONFIG

from tidings import __version__

USER_AGENT = f"tidings/{__version__} (news event extraction; respects robots.txt)"
RETRY_STATUS = {429, 500, 502, 503, 504}   # worth asking again later; other errors are final


@dataclass(frozen=True, slots=True)
class Politeness:
    """How the fetcher behaves towards a site."""

    user_agent: str = USER_AGENT
    timeout: int = 30            # seconds for one request (trafilatura takes whole seconds)
    retries: int = 1             # further attempts after a timeout, a failed connection, 429 or 5xx
    backoff: float = 2.0         # seconds before the first retry, doubled for each next one
    delay: float = 1.0           # seconds between two requests to one host (robots.txt Crawl-delay if longer)
    robots: bool = True
    allow_private: bool = False  # fetch from loopback and private addresses (trafilatura blocks them by default)


@dataclass(frozen=True, slots=True)
class Fetched:
    """The answer to one URL: its body, or why there is none and whether trying later may help."""

    url: str
    status: int | None
    data: bytes | None = None
    content_type: str | None = None
    problem: str | None = None
    final: bool = False          # a failure that trying again will not mend (404, robots.txt)


class Fetcher:
    """Fetches URLs politely; safe to share between threads (requests to one host take turns)."""

    def __init__(self, politeness: Politeness | None = None):
        self.politeness = p = politeness or Politeness()
        self.config = deepcopy(DEFAULT_CONFIG)
        self.config.set("DEFAULT", "DOWNLOAD_TIMEOUT", str(max(1, int(p.timeout))))
        self.config.set("DEFAULT", "USER_AGENTS", p.user_agent)
        self.config.set("DEFAULT", "SSRF_PROTECTION", "off" if p.allow_private else "on")
        self._robots: dict[str, urllib.robotparser.RobotFileParser] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._last: dict[str, float] = {}
        self._guard = threading.Lock()

    def get(self, url: str) -> Fetched:
        """The page at `url`, after robots.txt allows it, with retries and backoff on passing failures."""
        p = self.politeness
        if p.robots and not self.allowed(url):
            return Fetched(url, None, problem="disallowed by robots.txt", final=True)
        problem = "no response"
        for attempt in range(p.retries + 1):
            if attempt:
                time.sleep(p.backoff * 2 ** (attempt - 1))
            with self._turn(url):
                response = fetch_response(url, config=self.config)
            if response is None:
                problem = f"no response within {p.timeout} s (timed out, or the connection failed)"
                continue
            if response.status in RETRY_STATUS:
                problem = f"HTTP {response.status}"
                continue
            if response.status != 200:
                return Fetched(url, response.status, problem=f"HTTP {response.status}", final=True)
            headers = response.headers or {}
            return Fetched(response.url or url, 200, response.data or b"",
                           headers.get("content-type") or headers.get("Content-Type"))
        tries = p.retries + 1
        return Fetched(url, None, problem=f"{problem} (tried {tries} time{'s' if tries > 1 else ''})")

    def allowed(self, url: str) -> bool:
        """Whether the site's robots.txt lets our user agent fetch `url` (fetched once per host)."""
        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        with self._guard:
            rules = self._robots.get(host)
        if rules is None:
            rules = urllib.robotparser.RobotFileParser(f"{host}/robots.txt")
            with self._turn(url):
                response = fetch_response(f"{host}/robots.txt", config=self.config)
            if response is not None and response.status == 200:
                rules.parse((response.data or b"").decode("utf-8", errors="replace").splitlines())
            elif response is not None and 400 <= response.status < 500:
                rules.allow_all = True     # no robots.txt: everything is allowed (RFC 9309)
            else:
                rules.disallow_all = True  # unreachable: assume nothing is (RFC 9309), until the next watcher
            with self._guard:
                self._robots[host] = rules
        return rules.can_fetch(self.politeness.user_agent, url)

    @contextmanager
    def _turn(self, url: str) -> Iterator[None]:
        host = urlsplit(url).netloc
        with self._guard:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:  # one request at a time per host
            rules = self._robots.get(f"{urlsplit(url).scheme}://{host}")
            delay = max(self.politeness.delay, (rules.crawl_delay(self.politeness.user_agent) or 0) if rules else 0)
            wait = self._last.get(host, 0.0) + delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                yield
            finally:
                self._last[host] = time.monotonic()
