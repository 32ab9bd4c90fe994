"""A local web server for the fetch tests (loopback only): article pages with meta dates and
JSON-LD, an RSS feed, a news sitemap, robots.txt, and hostile answers."""

from __future__ import annotations

import gzip
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CITIES = ["Oslo", "Bergen", "Stockholm", "Copenhagen", "Helsinki", "Berlin", "Hamburg", "Munich", "Vienna", "Amsterdam",
          "Paris", "Lyon", "Madrid", "Lisbon", "Rome", "Milan", "Athens", "Warsaw", "Prague", "Dublin", "Brussels"]


def article_html(k: int, city: str) -> str:
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Solidarity rally in {city}</title>
<meta property="article:published_time" content="2024-03-1{k % 10}T10:00:00Z">
<link rel="canonical" href="/news/{k}">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Solidarity rally in {city}",
"datePublished": "2024-03-1{k % 10}"}}</script></head>
<body><nav>Home | World | Politics</nav><article><h1>Solidarity rally in {city}</h1>
<p>Hundreds of people rallied in {city} on Saturday to show their solidarity with the protesters.</p>
<p>The organisers said the gathering was peaceful and that more events would follow in the coming weeks,
with speeches, music and a march through the city centre.</p></article></body></html>"""


class Site:
    """The routes and what was asked of them. `pages` is the number of articles the feed and the
    sitemap list (grow it to add one); every request's path is kept in `requests`."""

    def __init__(self, pages: int = 20):
        self.pages = pages
        self.requests: list[str] = []
        self.busy_answers = 0
        self.lock = threading.Lock()

    def feed(self, base: str) -> bytes:
        items = "".join(f"<item><title>Rally {k}</title><link>{base}/news/{k}</link></item>"
                        for k in range(self.pages))
        items += f"<item><title>Private</title><link>{base}/private/secret</link></item>"
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Rallies</title>{items}'
                "</channel></rss>").encode()

    def sitemap(self, base: str) -> bytes:
        urls = "".join(f"<url><loc>{base}/news/{k}</loc><news:news><news:title>Rally {k}</news:title></news:news></url>"
                       for k in range(self.pages))
        return ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>').encode()


def handler_for(site: Site):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):  # quiet
            pass

        def send(self, status: int, body: bytes, kind: str = "text/html; charset=utf-8", headers=()):
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def send_huge(self, declared: bool):
            """A 50 MB page, its length declared or not (then the connection's end ends it)."""
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header(*(("Content-Length", str(50_000_000)) if declared else ("Connection", "close")))
            self.end_headers()
            chunk = b"<p>" + b"x" * 65_530 + b"</p>"
            try:
                for _ in range(50_000_000 // len(chunk)):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = not declared

        def do_GET(self):  # noqa: C901 - one route per branch
            with site.lock:
                site.requests.append(self.path)
            base = f"http://{self.headers['Host']}"
            path = self.path
            if path == "/robots.txt":
                return self.send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
            if path == "/feed.xml":
                return self.send(200, site.feed(base), "application/rss+xml")
            if path == "/sitemap.xml":
                return self.send(200, site.sitemap(base), "application/xml")
            if path.startswith("/news/"):
                k = int(path.rsplit("/", 1)[1])
                return self.send(200, article_html(k, CITIES[k % len(CITIES)]).encode())
            if path == "/private/secret":
                return self.send(200, article_html(0, "Oslo").encode())
            if path.startswith("/loop"):
                target = "/loop-b" if path == "/loop-a" else "/loop-a"
                return self.send(302, b"", headers=[("Location", target)])
            if path == "/moved":
                return self.send(301, b"", headers=[("Location", "/news/1")])
            if path == "/stall":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "100000")
                self.end_headers()
                self.wfile.write(b"<html>")
                self.wfile.flush()
                time.sleep(30)
                return None
            if path in ("/huge", "/huge-undeclared"):
                return self.send_huge(declared=path == "/huge")
            if path == "/bomb":
                body = gzip.compress(b"<html>" + b"\0" * 100_000_000, compresslevel=9)
                return self.send(200, body, headers=[("Content-Encoding", "gzip")])
            if path == "/pdf":
                return self.send(200, b"%PDF-1.4 not a page", "application/pdf")
            if path == "/latin":
                page = article_html(3, "Lisbon").replace("Hundreds", "Centenas de pessoas \u00e9").encode("latin-1",
                                                                                                          "replace")
                return self.send(200, page + b"\xff\xfe\xc3", "text/html; charset=utf-8")
            if path == "/busy":
                with site.lock:
                    site.busy_answers += 1
                    first = site.busy_answers == 1
                if first:
                    return self.send(429, b"slow down", "text/plain", headers=[("Retry-After", "1")])
                return self.send(200, article_html(4, "Rome").encode())
            if path == "/wait-long":
                return self.send(429, b"slow down", "text/plain", headers=[("Retry-After", "3600")])
            if path == "/broken":
                return self.send(500, b"oops", "text/plain")
            return self.send(404, b"not found", "text/plain")

    return Handler


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):  # a client that hangs up on a huge answer is expected
        pass


class Server:
    """The site served on a free loopback port, in a thread."""

    def __init__(self, site: Site):
        self.site = site
        self.httpd = _QuietServer(("127.0.0.1", 0), handler_for(site))
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
