"""Articles from the web: fetch pages politely and safely, and keep them as WARC records.

`fetch(urls, web_dir, policy)` asks each host for its robots.txt, then for its pages one at a
time (policy.delay seconds apart), several hosts in parallel, and appends what it got to a WARC
file under web_dir: a request and a response record per page, and a metadata record with the
outcome of every URL (fetched, skipped or failed, and why), so that a build accounts for every URL
and never needs the network. A URL whose outcome is already in web_dir is not asked for again
(failures are tried again).

Safe by default: only http(s); at most policy.max_bytes a page, refused while streaming (gzip
bombs included: bodies are counted decoded); a read timeout and a deadline per page (a server that
stalls or trickles ends in time); redirects followed up to a limit, loops refused; 429 and 5xx
retried with backoff, honouring Retry-After up to a limit; answers that are not HTML recorded and
skipped. Addresses of this machine or its private network are refused unless allowed (the
dashboard never allows them: a visitor's link must not reach the server's neighbours).
"""

from __future__ import annotations

import email.utils
import io
import ipaddress
import json
import os
import re
import socket
import threading
import time
import uuid
import zlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from ..errors import FetchError

WEB_FOLDER = Path("sources") / "web"  # under a dataset folder: what `fetch` stored, read by `build`
SUBSCRIPTIONS = "subscriptions.json"  # in a dataset folder: the feeds and sitemaps `update` reads again
HTML_TYPES = ("text/html", "application/xhtml+xml")
CHUNK = 65_536
MAX_FEED_URLS = 10_000  # links read from one feed or sitemap
MAX_SITEMAPS = 50  # sitemaps read through one sitemap index
MAX_ROBOTS_BYTES = 500_000


@dataclass(frozen=True)
class FetchPolicy:
    """How to fetch: who we are (a User-Agent with a contact, required), how politely and how
    carefully. Times are seconds."""

    user_agent: str
    delay: float = 1.0  # between two requests to one host
    timeout: float = 15.0  # to connect, and between two pieces of an answer
    page_seconds: float = 60.0  # for a whole page, retries aside: a server that trickles ends here
    max_bytes: int = 5_000_000  # of a page, decoded
    max_redirects: int = 5
    retries: int = 3  # after a 429 or a 5xx
    backoff: float = 1.0  # the first wait before a retry without Retry-After; it doubles each time
    max_wait: float = 120.0  # the longest Retry-After honoured; a longer one fails the page
    hosts_in_parallel: int = 4
    allow_private: bool = True  # addresses of this machine and its network (False in the dashboard)

    def __post_init__(self):
        if not self.user_agent or not self.user_agent.strip():
            raise FetchError("a User-Agent is required (--user-agent 'yourproject (you@example.org)'): "
                             "sites need to know who is asking")
        if not (self.delay >= 0 and self.timeout > 0 and self.page_seconds > 0 and self.max_bytes > 0):
            raise FetchError("--delay must be 0 or more, and the timeouts and the size limit positive")


class Outcome(NamedTuple):
    """What became of one URL: status 'fetched', 'skipped' (not to be asked again) or 'failed'
    (asked again next time), why, the URL finally answered after redirects, and the HTTP status."""

    url: str
    status: str
    reason: str
    final_url: str = ""
    http_status: int | None = None
    redirects: tuple[str, ...] = ()


class Page(NamedTuple):
    url: str  # the URL answered (after redirects)
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    fetched_at: str  # ISO 8601, UTC


def normalise(url: str) -> str | None:
    """The URL as it is fetched and compared (courlan's normalisation, no fragment), or None when
    it is not an http(s) URL with a host."""
    from courlan import normalize_url

    url = (url or "").strip()
    if not url or len(url) > 4096:
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    try:
        return urldefrag(normalize_url(url))[0]
    except ValueError:
        return None


def _host(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class Client:
    """HTTP with the policy's limits (urllib3, its own retries and redirects off: ours are here)."""

    def __init__(self, policy: FetchPolicy, sleep: Callable[[float], None] = time.sleep):
        import urllib3

        self.policy = policy
        self.sleep = sleep
        self._pool = urllib3.PoolManager(num_pools=64, headers={"User-Agent": policy.user_agent},
                                         timeout=urllib3.Timeout(connect=policy.timeout, read=policy.timeout),
                                         retries=False)

    def get(self, url: str, limit: int | None = None) -> Page:
        """One GET of url (no redirect followed), its body read up to limit bytes (decoded; more
        raises FetchError 'too large') within the page deadline."""
        import urllib3

        self._check_address(url)
        limit = self.policy.max_bytes if limit is None else limit
        started = time.monotonic()
        try:
            response = self._pool.request("GET", url, redirect=False, preload_content=False, decode_content=True,
                                          headers={"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,"
                                                             "*/*;q=0.5", "Accept-Encoding": "gzip, deflate"})
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(_network_reason(exc)) from exc
        try:
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > limit:
                raise FetchError(f"too large ({int(declared) / 1e6:.1f} MB declared; the limit is {limit / 1e6:g} MB)")
            body = bytearray()
            for chunk in response.stream(CHUNK, decode_content=True):
                body += chunk
                if len(body) > limit:
                    raise FetchError(f"too large (over {limit / 1e6:g} MB, refused while reading)")
                if time.monotonic() - started > self.policy.page_seconds:
                    raise FetchError(f"took longer than {self.policy.page_seconds:g} s")
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(_network_reason(exc)) from exc
        finally:
            response.release_conn()
        headers = [(k, v) for k, v in response.headers.items()]
        return Page(url, response.status, headers, bytes(body), datetime.now(UTC).isoformat(timespec="seconds"))

    def _check_address(self, url: str) -> None:
        if self.policy.allow_private:
            return
        host = urlsplit(url).hostname or ""
        try:
            addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
        except OSError as exc:
            raise FetchError(f"cannot resolve {host}") from exc
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%")[0])
            if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast:
                raise FetchError(f"refused: {host} is an address of this machine or its private network")


def _network_reason(exc: Exception) -> str:
    text = type(exc).__name__
    if "Timeout" in text:
        return "timed out"
    if "NewConnectionError" in text or "MaxRetryError" in text:
        return "cannot connect"
    if "Decode" in text:
        return "the answer's compression is damaged"
    return f"network error ({text})"


def header(headers: list[tuple[str, str]], name: str) -> str:
    """The value of an HTTP header (any case of its name), or ''."""
    return next((v for k, v in headers if k.lower() == name.lower()), "")


def retry_after(value: str, now: float | None = None) -> float | None:
    """Seconds a Retry-After header asks to wait (a number, or an HTTP date), or None."""
    value = (value or "").strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class HostQueue:
    """One host's pages, fetched one at a time policy.delay apart, after its robots.txt."""

    def __init__(self, host: str, client: Client):
        self.host, self.client, self.policy = host, client, client.policy
        self._last = 0.0
        self._robots: RobotFileParser | str | None = None

    def _wait_turn(self) -> None:
        wait = self._last + self.policy.delay - time.monotonic()
        if wait > 0:
            self.client.sleep(wait)
        self._last = time.monotonic()

    def robots(self) -> RobotFileParser | str:
        """The host's robots rules, or the reason they could not be read (its pages then fail)."""
        if self._robots is None:
            self._wait_turn()
            try:
                page = self.client.get(self.host + "/robots.txt", MAX_ROBOTS_BYTES)
            except FetchError as exc:
                self._robots = f"robots.txt could not be read: {exc}"
                return self._robots
            parser = RobotFileParser()
            if page.status >= 500 or page.status == 429:
                self._robots = f"robots.txt answered HTTP {page.status}"
                return self._robots
            lines = page.body.decode("utf-8", errors="replace").splitlines() if page.status < 400 else []
            parser.parse(lines)  # 4xx: no robots.txt, everything allowed
            self._robots = parser
        return self._robots

    def fetch(self, url: str) -> tuple[Outcome, Page | None]:
        rules = self.robots()
        if isinstance(rules, str):
            return Outcome(url, "failed", rules), None
        seen, chain, current = {url}, [], url
        for _ in range(self.policy.max_redirects + 1):
            if _host(current) != self.host:
                return Outcome(url, "failed", f"redirected to another site ({_host(current)}): fetch that URL "
                                              "itself", current, None, tuple(chain)), None
            if not rules.can_fetch(self.policy.user_agent, current):
                return Outcome(url, "skipped", "robots.txt forbids it", current, None, tuple(chain)), None
            page, problem = self.get(current)
            if page is None:
                return Outcome(url, "failed", problem, current, None, tuple(chain)), None
            if page.status in (301, 302, 303, 307, 308):
                target = normalise(urljoin(current, header(page.headers, "Location")))
                if target is None:
                    return Outcome(url, "failed", "redirected to a URL that is not http(s)", current, page.status,
                                   tuple(chain)), None
                if target in seen:
                    return Outcome(url, "failed", "redirect loop", current, page.status, tuple(chain)), None
                seen.add(target)
                chain.append(target)
                current = target
                continue
            return self._judged(url, page, tuple(chain))
        return Outcome(url, "failed", f"more than {self.policy.max_redirects} redirects", current, None,
                       tuple(chain)), None

    def get(self, url: str) -> tuple[Page | None, str]:
        """One GET of url in its turn, retried after a 429 or a 5xx (Retry-After honoured up to
        policy.max_wait): the page, or None and why not."""
        problem = ""
        for attempt in range(self.policy.retries + 1):
            self._wait_turn()
            try:
                page = self.client.get(url)
            except FetchError as exc:
                return None, str(exc)
            if page.status != 429 and page.status < 500:
                return page, ""
            problem = f"HTTP {page.status}"
            if attempt == self.policy.retries:
                break
            asked = retry_after(header(page.headers, "Retry-After"))
            wait = asked if asked is not None else max(self.policy.delay, self.policy.backoff) * 2 ** attempt
            if wait > self.policy.max_wait:
                return None, f"{problem}, asked to wait {wait:.0f} s (more than {self.policy.max_wait:g})"
            self.client.sleep(wait)
        return None, f"{problem} after {self.policy.retries + 1} attempts"

    def _judged(self, url: str, page: Page, chain: tuple[str, ...]) -> tuple[Outcome, Page | None]:
        if page.status >= 400:
            return Outcome(url, "skipped", f"HTTP {page.status}", page.url, page.status, chain), None
        kind = header(page.headers, "Content-Type").split(";")[0].strip().lower()
        if kind not in HTML_TYPES and not (not kind and page.body.lstrip()[:1] == b"<"):
            return Outcome(url, "skipped", f"not HTML ({kind or 'no Content-Type'})", page.url, page.status,
                           chain), None
        if not page.body.strip():
            return Outcome(url, "skipped", "empty page", page.url, page.status, chain), None
        return Outcome(url, "fetched", "fetched", page.url, page.status, chain), page


class Archive:
    """The WARC file one fetch appends to (gzip, a member per record), flushed after every URL:
    interrupted, nothing written is lost. Its name says when the fetch began."""

    def __init__(self, web_dir: Path):
        from warcio.warcwriter import WARCWriter

        web_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        self.path = web_dir / f"fetch-{stamp}-{uuid.uuid4().hex[:6]}.warc.gz"
        self._handle = open(self.path, "wb")  # noqa: SIM115 - closed by close()
        self._writer = WARCWriter(self._handle, gzip=True)
        self._lock = threading.Lock()

    def add(self, outcome: Outcome, page: Page | None) -> None:
        from warcio.statusandheaders import StatusAndHeaders

        with self._lock:
            if page is not None:
                target = page.url
                request = self._writer.create_warc_record(
                    target, "request", payload=io.BytesIO(b""),
                    http_headers=StatusAndHeaders(f"GET {urlsplit(target).path or '/'} HTTP/1.1",
                                                  [("Host", urlsplit(target).netloc)], is_http_request=True),
                    warc_headers_dict={"WARC-Date": page.fetched_at})
                self._writer.write_record(request)
                http = StatusAndHeaders(f"{page.status} OK", [(k, v) for k, v in page.headers
                                                              if k.lower() not in ("content-encoding",
                                                                                   "transfer-encoding",
                                                                                   "content-length")],
                                        protocol="HTTP/1.1")
                response = self._writer.create_warc_record(target, "response", payload=io.BytesIO(page.body),
                                                           http_headers=http,
                                                           warc_headers_dict={"WARC-Date": page.fetched_at})
                self._writer.write_record(response)
            info = json.dumps({"outcome": outcome.status, "reason": outcome.reason, "final_url": outcome.final_url,
                               "http_status": outcome.http_status, "redirects": list(outcome.redirects)}).encode()
            self._writer.write_record(self._writer.create_warc_record(
                outcome.url, "metadata", payload=io.BytesIO(info), warc_content_type="application/json"))
            self._handle.flush()
            os.fsync(self._handle.fileno())

    def close(self) -> None:
        self._handle.close()


def web_records(path: Path, start: int = 0, stop: int | None = None, kinds: tuple[str, ...] = ("response", "metadata")
                ) -> Iterator[tuple[int, str, str, bytes, list[tuple[str, str]]]]:
    """The records of a WARC file of the given kinds (those that begin in the byte range [start,
    stop)) as (offset, type, target URI, content, HTTP headers): responses with their body (at most
    10 MB read) and their status as the header ':status', metadata with its JSON. A damaged or
    truncated end stops the iteration (what came before is kept)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with open(path, "rb") as handle:
        handle.seek(start)
        records = ArchiveIterator(handle)
        try:
            for record in records:
                kind = record.rec_type
                # the content is read before the offset is asked for: asking skips what is unread
                content = record.content_stream().read(10_000_001) if kind in kinds else b""
                offset = records.get_record_offset()  # from the file's start (warcio counts from tell())
                if stop is not None and offset >= stop:
                    return
                if kind not in kinds:
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                headers = list(record.http_headers.headers) if record.http_headers else []
                status = record.http_headers.get_statuscode() if record.http_headers else ""
                yield offset, kind, uri, content, headers + [(":status", status or "")]
        except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error):
            return


def record_offsets(path: Path, every: int) -> list[int]:
    """The byte offsets of every every-th record of a WARC file (the first's is 0): where its
    parts begin (files.plan)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    offsets = []
    with open(path, "rb") as handle:
        records = ArchiveIterator(handle)
        try:
            for k, _ in enumerate(records):
                if k % every == 0:
                    offsets.append(records.get_record_offset())
        except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error):
            pass
    return offsets or [0]


def known_outcomes(web_dir: Path) -> dict[str, str]:
    """The last outcome status of every URL the WARC files in web_dir record."""
    found: dict[str, str] = {}
    for path in sorted(web_dir.glob("*.warc.gz")) + sorted(web_dir.glob("*.warc")):
        for _, _, uri, content, _ in web_records(path, kinds=("metadata",)):  # not the pages' bodies
            try:
                found[uri] = str(json.loads(content).get("outcome", ""))
            except (ValueError, AttributeError):
                continue
    return found


@dataclass
class FetchReport:
    """What a fetch did: every URL's outcome (new ones), those already stored, and the archive."""

    outcomes: list[Outcome] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    archive: Path | None = None

    def counts(self) -> dict[str, int]:
        counts = {"fetched": 0, "skipped": 0, "failed": 0, "already stored": len(self.already)}
        for outcome in self.outcomes:
            counts[outcome.status] += 1
        return counts


def fetch(urls: Iterable[str], web_dir: Path, policy: FetchPolicy,
          progress: Callable[[Outcome], None] | None = None, client: Client | None = None) -> FetchReport:
    """Fetch the URLs not already stored in web_dir (failed ones again), host by host in parallel,
    into a new WARC file there. Every URL given gets an outcome; one that is not http(s) is
    'skipped' without a request."""
    client = client or Client(policy)
    known = known_outcomes(web_dir) if web_dir.is_dir() else {}
    report = FetchReport()
    by_host: dict[str, list[str]] = {}
    invalid: list[Outcome] = []
    seen: set[str] = set()
    for raw in urls:
        url = normalise(raw)
        if url is None:
            invalid.append(Outcome(str(raw)[:2000], "skipped", "not an http(s) URL"))
            continue
        if url in seen:
            continue  # given twice in this run: asked once
        seen.add(url)
        if known.get(url) in ("fetched", "skipped"):
            report.already.append(url)
            continue
        by_host.setdefault(_host(url), []).append(url)
    if not invalid and not by_host:
        return report
    archive = Archive(web_dir)
    report.archive = archive.path

    def done(outcome: Outcome, page: Page | None) -> None:
        archive.add(outcome, page)
        report.outcomes.append(outcome)
        if progress:
            progress(outcome)

    try:
        for outcome in invalid:
            done(outcome, None)

        def run(host: str) -> None:
            queue = HostQueue(host, client)
            for url in by_host[host]:
                outcome, page = queue.fetch(url)
                done(outcome, page)

        with ThreadPoolExecutor(max_workers=max(1, policy.hosts_in_parallel)) as pool:
            for future in [pool.submit(run, host) for host in by_host]:
                future.result()
    finally:
        archive.close()
    return report


_LOC = re.compile(r"<(?:\w+:)?loc>\s*(?:<!\[CDATA\[)?\s*([^<\]\s]+)", re.IGNORECASE)


def links_of_sitemap(body: bytes) -> tuple[list[str], bool]:
    """The URLs a sitemap (news sitemaps included) lists, and whether it is a sitemap index (its
    URLs are sitemaps). Read with one linear pattern, never an XML parser: a hostile sitemap
    cannot expand entities."""
    text = body.decode("utf-8", errors="replace")
    return [m.group(1) for m in _LOC.finditer(text)][:MAX_FEED_URLS], "<sitemapindex" in text[:4096].lower()


def links_of_feed(body: bytes) -> list[str]:
    """The entry links of an RSS or Atom feed (feedparser)."""
    import feedparser

    parsed = feedparser.parse(body)
    links = []
    for entry in parsed.entries[:MAX_FEED_URLS]:
        link = entry.get("link") or ""
        if link:
            links.append(link)
    return links


def read_index(url: str, client: Client, kind: str) -> list[str]:
    """The page URLs of a feed or a sitemap (a sitemap index is followed, MAX_SITEMAPS at most).
    Robots rules apply to the feed itself as to any page."""
    target = normalise(url)
    if target is None:
        raise FetchError(f"not an http(s) URL: {url[:200]}")
    queue = HostQueue(_host(target), client)
    pending, urls, read = [target], [], 0
    while pending and read < MAX_SITEMAPS:
        current = pending.pop(0)
        rules = queue.robots()
        if not isinstance(rules, str) and not rules.can_fetch(client.policy.user_agent, current):
            raise FetchError(f"robots.txt forbids {current}")
        page, problem = queue.get(current)
        read += 1
        if page is None or page.status >= 300:
            raise FetchError(f"cannot read the {kind} {current}: {problem or f'HTTP {page.status}'}")
        if kind == "feed":
            return links_of_feed(page.body)
        found, is_index = links_of_sitemap(page.body)
        if is_index:
            pending.extend(n for n in map(normalise, found) if n)
        else:
            urls.extend(found)
    return urls[:MAX_FEED_URLS]


def urls_in_file(path: Path) -> list[str]:
    """URLs listed in a file: one a line, or a CSV whose rows hold them (the first cell of each
    row that looks like one)."""
    import csv

    try:
        text = path.read_text(encoding="utf-8-sig", errors="replace")
    except OSError as exc:
        raise FetchError(f"cannot read {path}: {exc.strerror or exc}") from exc
    urls = []
    for row in csv.reader(io.StringIO(text)):
        url = next((cell.strip() for cell in row if cell.strip().lower().startswith(("http://", "https://"))), None)
        if url:
            urls.append(url)
    return urls


@dataclass(frozen=True)
class Subscriptions:
    """The feeds and sitemaps a dataset follows, and how to ask for them (update re-reads them)."""

    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    user_agent: str = ""
    delay: float = 1.0

    def merged(self, other: Subscriptions) -> Subscriptions:
        return Subscriptions(tuple(dict.fromkeys((*self.feeds, *other.feeds))),
                             tuple(dict.fromkeys((*self.sitemaps, *other.sitemaps))),
                             other.user_agent or self.user_agent, other.delay)


def read_subscriptions(directory: Path) -> Subscriptions:
    """The subscriptions recorded in a dataset folder (none when there is no file); validated as data."""
    path = Path(directory) / SUBSCRIPTIONS
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Subscriptions()
    except (OSError, ValueError) as exc:
        raise FetchError(f"cannot read {path}: {exc}") from exc
    feeds, sitemaps = data.get("feeds", []), data.get("sitemaps", [])
    if not (isinstance(feeds, list) and isinstance(sitemaps, list)
            and all(isinstance(u, str) and normalise(u) for u in feeds + sitemaps)
            and isinstance(data.get("user_agent", ""), str) and isinstance(data.get("delay", 1.0), (int, float))):
        raise FetchError(f"{path} is not a valid subscriptions file")
    return Subscriptions(tuple(feeds), tuple(sitemaps), data.get("user_agent", ""), float(data.get("delay", 1.0)))


def write_subscriptions(directory: Path, subscriptions: Subscriptions) -> None:
    """Record a dataset folder's subscriptions (atomically)."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    temporary = directory / f".{SUBSCRIPTIONS}.{uuid.uuid4().hex[:6]}.tmp"
    temporary.write_text(json.dumps(asdict(subscriptions), indent=2), encoding="utf-8")
    os.replace(temporary, directory / SUBSCRIPTIONS)
