"""Articles from the web, without the internet: a local server (loopback only) serves pages, a
feed, a news sitemap, robots.txt and hostile answers; fetch stores WARC files that build reads."""

import io
import shutil
import subprocess
import sys
import time

import pytest
from conftest import ROOT
from webserver import CITIES, Server, Site, article_html

from rallymap.build.pipeline import build
from rallymap.errors import FetchError
from rallymap.read import web
from rallymap.read.files import Article, Skipped, read_warc

UA = "rallymap-tests (tests@example.org)"


def policy(**changes):
    settings = {"user_agent": UA, "delay": 0, "timeout": 1.0, "page_seconds": 5, "max_wait": 5, "backoff": 0.05,
                "retries": 2}
    return web.FetchPolicy(**{**settings, **changes})


@pytest.fixture
def server():
    with Server(Site()) as running:
        yield running


@pytest.mark.parametrize("path, status, reason, seconds", [
    pytest.param("/loop-a", "failed", "redirect loop", 2, id="a-redirect-loop"),
    pytest.param("/stall", "failed", "timed out", 3, id="a-30-s-stall"),
    pytest.param("/huge", "failed", "too large (50.0 MB declared", 2, id="50-mb-declared"),
    pytest.param("/huge-undeclared", "failed", "refused while reading", 3, id="50-mb-streamed"),
    pytest.param("/bomb", "failed", "refused while reading", 3, id="a-gzip-bomb"),
    pytest.param("/pdf", "skipped", "not HTML (application/pdf)", 2, id="a-wrong-content-type"),
    pytest.param("/latin", "fetched", "fetched", 2, id="invalid-utf-8"),
    pytest.param("/busy", "fetched", "fetched", 3, id="429-then-retry-after-1-s"),
    pytest.param("/wait-long", "failed", "asked to wait 3600 s", 2, id="429-waiting-too-long"),
    pytest.param("/broken", "failed", "HTTP 500 after 3 attempts", 3, id="500s"),
    pytest.param("/gone", "skipped", "HTTP 404", 2, id="404"),
    pytest.param("/moved", "fetched", "fetched", 2, id="a-redirect"),
    pytest.param("/private/secret", "skipped", "robots.txt forbids it", 2, id="robots-forbids"),
])
def test_each_hostile_answer_ends_in_its_outcome_in_time(server, tmp_path, path, status, reason, seconds):
    started = time.monotonic()
    report = web.fetch([server.base + path], tmp_path, policy())
    elapsed = time.monotonic() - started
    [outcome] = report.outcomes
    assert (outcome.status, reason in outcome.reason) == (status, True), outcome
    assert elapsed < seconds
    if path == "/private/secret":
        assert "/private/secret" not in server.site.requests  # never requested


def test_urls_that_are_not_http_are_accounted_for_without_a_request(tmp_path):
    report = web.fetch(["ftp://example.org/a", "javascript:alert(1)", ""], tmp_path, policy())
    assert [(o.status, o.reason) for o in report.outcomes] == [("skipped", "not an http(s) URL")] * 3


def test_addresses_of_this_machine_are_refused_unless_allowed(server, tmp_path):
    report = web.fetch([server.base + "/news/1"], tmp_path, policy(allow_private=False))
    assert report.outcomes[0].status == "failed" and "private network" in report.outcomes[0].reason
    assert server.site.requests == []


def test_a_user_agent_is_required():
    with pytest.raises(FetchError, match="User-Agent"):
        web.FetchPolicy(" ")


@pytest.mark.parametrize("value, seconds", [("7", 7.0), ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0), ("soon", None)])
def test_retry_after_is_seconds_or_a_date(value, seconds):
    assert web.retry_after(value, now=2_000_000_000.0) == seconds


def test_feed_and_sitemap_links(server):
    client = web.Client(policy())
    feed = web.read_index(server.base + "/feed.xml", client, "feed")
    sitemap = web.read_index(server.base + "/sitemap.xml", client, "sitemap")
    assert len(feed) == 21 and feed[0] == server.base + "/news/0"
    assert sitemap == [f"{server.base}/news/{k}" for k in range(20)]


def test_a_hostile_sitemap_is_read_in_linear_time():
    body = b"<urlset>" + b"<loc>" * 200_000 + b"<loc>https://example.org/a</loc></urlset>"
    started = time.monotonic()
    links, is_index = web.links_of_sitemap(body)
    assert links == ["https://example.org/a"] and not is_index
    assert time.monotonic() - started < 2


def rallymap(*args):
    command = [sys.executable, "-c", "import sys; from rallymap.cli import main; sys.exit(main())", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_fetch_a_feed_build_it_fetch_again_and_update(server, tmp_path):
    out = tmp_path / "data"
    fetched = rallymap("fetch", "--feed", server.base + "/feed.xml", "--out", out, "--user-agent", UA, "--delay", 0)
    assert fetched.returncode == 0, fetched.stderr
    assert "fetched 20, skipped 1, failed 0" in fetched.stdout
    assert "/private/secret" not in server.site.requests  # robots.txt forbids it: never requested
    built = rallymap("build", out / "sources", "--out", out)
    assert built.returncode == 0, built.stderr
    import pandas as pd

    events = pd.read_csv(out / "events.csv")
    assert set(events["city"]) == {CITIES[k % len(CITIES)] for k in range(20)}
    assert set(events["url"]) == {f"{server.base}/news/{k}" for k in range(20)}
    articles = pd.read_parquet(out / "articles.parquet")
    assert (articles["status"] == "skipped: skipped when fetched: robots.txt forbids it").sum() == 1
    pages = [p for p in server.site.requests if p.startswith("/news/")]
    again = rallymap("fetch", "--feed", server.base + "/feed.xml", "--out", out, "--user-agent", UA, "--delay", 0)
    assert again.returncode == 0 and "already stored 21" in again.stdout
    assert [p for p in server.site.requests if p.startswith("/news/")] == pages  # none asked for again
    server.site.pages = 21  # one more page in the feed
    updated = rallymap("update", out, "--delay", 0)
    assert updated.returncode == 0, updated.stderr
    assert "fetched 1" in updated.stdout and "update: 1 new article(s), 1 new rally(ies)" in updated.stdout
    assert CITIES[20] in set(pd.read_csv(out / "events.csv")["city"])


def test_a_warc_builds_to_the_same_reports_as_its_pages_as_html(server, tmp_path, gazetteer):
    report = web.fetch([f"{server.base}/news/{k}" for k in range(5)], tmp_path / "web", policy())
    html = tmp_path / "html"
    html.mkdir()
    for k in range(5):
        (html / f"page{k}.html").write_text(article_html(k, CITIES[k]).replace(
            'href="/news/', f'href="{server.base}/news/'), encoding="utf-8")
    from_warc = build([report.archive], gazetteer).dataset.events
    from_html = build([html], gazetteer).dataset.events
    columns = ["city", "date_start", "date_end", "evidence", "url"]
    assert len(from_warc) == 5
    assert (from_warc[columns].sort_values("city").reset_index(drop=True)
            .equals(from_html[columns].sort_values("city").reset_index(drop=True)))


def test_an_interrupted_archive_keeps_what_it_had_stored(server, tmp_path):
    report = web.fetch([f"{server.base}/news/{k}" for k in range(3)], tmp_path, policy())
    whole = report.archive.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[:len(whole) - 200])  # the last record half written
    items = read_warc(cut)
    assert 1 <= sum(isinstance(i, Article) for i in items) <= 3
    assert read_warc(tmp_path / "cut.warc.gz")  # never raises
    not_warc = tmp_path / "x.warc"
    not_warc.write_bytes(b"this is not an archive")
    assert [type(i) for i in read_warc(not_warc)] == [Skipped]


def test_a_crawls_warc_without_fetch_records_is_read(tmp_path):
    """A WARC written by another crawler (CC-NEWS has responses, and requests, no metadata)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for k, (kind, body) in enumerate([("text/html", article_html(1, "Oslo").encode()),
                                          ("image/png", b"\x89PNG"), ("text/html", b"")]):
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://example.org/{k}", "response",
                                                          payload=io.BytesIO(body), http_headers=headers))
    items = read_warc(path)
    assert [type(i).__name__ for i in items] == ["Article", "Skipped", "Skipped"]
    assert items[0].url == "https://example.org/0" or items[0].url.endswith("/news/1")
    assert items[1].reason == "not HTML (image/png)"


def test_urls_in_a_file_one_a_line_or_a_csv(tmp_path):
    lines = tmp_path / "urls.txt"
    lines.write_text("https://example.org/a\n\nhttps://example.org/b\n")
    table = tmp_path / "urls.csv"
    table.write_text("title,link\nA,https://example.org/a\nB,not a url\n")
    assert web.urls_in_file(lines) == ["https://example.org/a", "https://example.org/b"]
    assert web.urls_in_file(table) == ["https://example.org/a"]


def test_damaged_subscriptions_are_an_error(tmp_path):
    (tmp_path / web.SUBSCRIPTIONS).write_text('{"feeds": ["file:///etc/passwd"]}')
    with pytest.raises(FetchError):
        web.read_subscriptions(tmp_path)
    shutil.rmtree(tmp_path)


def test_a_large_warc_is_read_in_parts_with_the_same_articles(server, tmp_path, monkeypatch):
    from rallymap.read import files

    report = web.fetch([f"{server.base}/news/{k}" for k in range(10)], tmp_path, policy())
    whole = files.read_file(report.archive)
    monkeypatch.setattr(files, "MAX_BYTES", 1000)
    monkeypatch.setattr(files, "WARC_PART_RECORDS", 4)
    parts = files.plan(report.archive)
    assert len(parts) > 3 and all(isinstance(p, files.Part) for p in parts)
    in_parts = [item for part in parts for item in files.read_part(part)]
    assert [a.article_id for a in in_parts] == [a.article_id for a in whole]
    assert sum(isinstance(a, Article) for a in in_parts) == 10


def test_the_bench_warc_builds(tmp_path, gazetteer):
    from rallymap.bench import rally_cities, synthetic_articles, write_warc

    write_warc(tmp_path / "pages.warc.gz", synthetic_articles(20, rally_cities(gazetteer, 50), seed=3))
    result = build([tmp_path / "pages.warc.gz"], gazetteer)
    assert result.summary["articles_read"] == 20 and result.summary["rallies"] > 0


def dashboard_with_links(monkeypatch, data_dir, links: str):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("RALLYMAP_DATA", str(data_dir))
    monkeypatch.setenv("RALLYMAP_USER_AGENT", UA)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    at.toggle(key="review_mode").set_value(True).run()
    at.text_input(key="reviewer").input("ana").run()
    at.text_area(key="links").input(links)
    return at.button(key="add").click().run()


@pytest.fixture
def small_dataset(tmp_path, gazetteer):
    from conftest import SEEDS

    from rallymap.store import dataset

    result = build([SEEDS], gazetteer)
    dataset.write(result.dataset, tmp_path, result.summary)
    return tmp_path


def test_add_by_link_never_reaches_the_servers_own_network(monkeypatch, server, small_dataset):
    at = dashboard_with_links(monkeypatch, small_dataset, server.base + "/news/1")
    assert any("private network" in m.value for m in [*at.error, *at.warning])
    assert server.site.requests == []


def test_add_by_link_fetches_and_rebuilds(monkeypatch, server, small_dataset):
    monkeypatch.setattr(web.Client, "_check_address", lambda self, url: None)  # the local server stands for the web
    at = dashboard_with_links(monkeypatch, small_dataset, f"{server.base}/news/1\n{server.base}/pdf")
    messages = [m.value.replace("\\", "") for m in [*at.warning, *at.toast, *at.success, *at.info]]
    assert any("1 article(s) read" in m and "not HTML (application/pdf)" in m for m in messages), messages
    from rallymap.store import dataset

    assert CITIES[1] in set(dataset.read(small_dataset).events["city"])
