"""End to end in a real headless Chromium: click Stockholm's circle, read its coverage.

Needs Debian's chromium (`apt-get install chromium`; .ci/run installs it) and the playwright
package; it never downloads a browser of its own."""

import io
import math
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

from rallymap.app import charts
from rallymap.app.data import Filters, apply_filters, prepare
from rallymap.build.pipeline import build
from rallymap.store import dataset, review

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
STOCKHOLM = (59.333, 18.065)
STOCKHOLM_ID = "2673730"

pytestmark = pytest.mark.browser


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def browser_path():
    if not CHROMIUM.exists():
        pytest.skip("no browser: install Debian's Chromium with `apt-get install -y chromium` to run this test")
    pytest.importorskip("playwright.sync_api", reason="pip install playwright (never `playwright install`)")
    return CHROMIUM


@contextmanager
def serving(data_dir, address="127.0.0.1"):
    """`streamlit run dashboard.py` on data_dir, on a free port of address (loopback unless told);
    yields its loopback URL."""
    port = free_port()
    env = {**os.environ, "RALLYMAP_DATA": str(data_dir), "PYTHONPATH": str(ROOT / "src")}
    streamlit = shutil.which("streamlit", path=str(Path(sys.executable).parent)) or "streamlit"
    process = subprocess.Popen([streamlit, "run", str(ROOT / "dashboard.py"), "--server.port", str(port),
                                "--server.address", address, "--server.headless", "true",
                                "--browser.gatherUsageStats", "false"],
                               cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).status == 200:
                    break
            except OSError:
                time.sleep(0.3)
        else:
            pytest.fail("streamlit did not start within 60 s")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture(scope="module")
def seeds_build(gazetteer):
    return build([SEEDS], gazetteer)


@pytest.fixture(scope="module")
def server(seeds_build, tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("data")
    dataset.write(seeds_build.dataset, data_dir, seeds_build.summary)
    with serving(data_dir) as url:
        yield url, seeds_build.dataset


def pixel_of(lat, lon, view, width, height):
    """Where Web Mercator puts (lat, lon) on a canvas of width x height showing view."""
    world = 512 * 2 ** view.zoom

    def project(la, lo):
        x = (lo + 180) / 360 * world
        y = (1 - math.log(math.tan(math.pi / 4 + math.radians(la) / 2)) / math.pi) / 2 * world
        return x, y

    cx, cy = project(view.latitude, view.longitude)
    px, py = project(lat, lon)
    return width / 2 + px - cx, height / 2 + py - cy


SCREEN = {"width": 1600, "height": 1000}
MAIN_SCROLL = "document.querySelector('[data-testid=\"stMain\"]').scrollTop"


@pytest.fixture(scope="module")
def browser(browser_path, tmp_path_factory):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(str(tmp_path_factory.mktemp("profile")),
                                                       executable_path=str(browser_path), args=FLAGS, viewport=SCREEN)
        try:
            yield context
        finally:
            context.close()


def open_page(browser, url):
    """A new tab on url, once the map has drawn."""
    page = browser.new_page()
    page.goto(url, timeout=90_000)
    page.locator("[data-testid='stDeckGlJsonChart'] canvas").first.wait_for(state="visible", timeout=90_000)
    page.wait_for_timeout(2500)  # let deck.gl draw the layers
    return page


def on_first_screen(locator) -> bool:
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= SCREEN["height"]


@pytest.fixture
def shots(tmp_path):
    """Where screenshots go: docs/ when RALLYMAP_DOCS_IMAGES is set (`make docs-images` refreshes
    the README's pictures this way), else a temporary folder."""
    return ROOT / "docs" if os.environ.get("RALLYMAP_DOCS_IMAGES") else tmp_path


def test_click_stockholm_reads_its_coverage_beside_map_and_timeline(browser, server, shots):
    url, data = server
    view = charts.view_for(apply_filters(prepare(data.events, data.rallies, data.articles), Filters()).cities)
    page = open_page(browser, url)
    try:
        canvas = page.locator("[data-testid='stDeckGlJsonChart'] canvas").first
        box = canvas.bounding_box()
        x, y = pixel_of(*STOCKHOLM, view, box["width"], box["height"])
        page.mouse.click(box["x"] + x, box["y"] + y)
        heading = page.get_by_text("Coverage: Stockholm, SE")
        heading.wait_for(timeout=30_000)
        page.wait_for_timeout(1000)
        page.screenshot(path=str(shots / "dashboard.png"))
        panel = page.locator("[data-testid='stColumn']").filter(has_text="Coverage: Stockholm, SE").last.inner_text()
        timeline = page.locator("[data-testid='stVegaLiteChart']").first
        assert on_first_screen(heading) and on_first_screen(timeline) and on_first_screen(canvas)
        assert page.evaluate(MAIN_SCROLL) == 0
        assert f"city={STOCKHOLM_ID}" in page.url  # the view is in the page's link
    finally:
        page.close()
    assert "003_974651feac91a017" in panel and "000_d4c9b7411857badc" in panel
    assert (shots / "dashboard.png").stat().st_size > 10_000


def test_the_wheel_over_the_map_scrolls_the_page(browser, server):
    url, _ = server
    page = open_page(browser, url)
    try:
        box = page.locator("[data-testid='stDeckGlJsonChart'] canvas").first.bounding_box()
        before = page.evaluate(MAIN_SCROLL)
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.mouse.wheel(0, 300)
        page.wait_for_timeout(800)
        assert page.evaluate(MAIN_SCROLL) > before
    finally:
        page.close()


def test_a_shared_link_opens_the_citys_coverage(browser, server):
    url, _ = server
    page = open_page(browser, f"{url}/?from=2020-02-01&to=2020-02-11&city={STOCKHOLM_ID}")
    try:
        heading = page.get_by_text("Coverage: Stockholm, SE")
        heading.wait_for(timeout=30_000)
        assert on_first_screen(heading)
        assert "2020-02-01" in page.locator("[data-testid='stSidebar']").inner_text()
    finally:
        page.close()


def test_playback_moves_the_window_on_pauses_and_stops_at_the_end(browser, server, shots):
    from PIL import Image

    url, _ = server
    page = open_page(browser, f"{url}/?window=week&at=2020-01-18")
    frames = []

    def frame():
        page.wait_for_timeout(500)  # the map redraws its circles
        frames.append(Image.open(io.BytesIO(page.screenshot())).convert("RGB").resize((960, 600)))

    def window_shown() -> str:
        return page.get_by_text(re.compile(r"^\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d")).first.inner_text()

    def window_moves_on(past: str) -> str:
        """The next window shown after `past`. Polls the caption rather than waiting for one named
        window, so a step that a loaded machine draws late is still seen, and a failure says where
        playback stood."""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            shown = window_shown()
            if not shown.startswith(past[:24]):
                return shown
            page.wait_for_timeout(100)
        pytest.fail(f"playback did not move on from {past!r} within 60 s")

    try:
        page.get_by_text("2020-01-18 to 2020-01-24").wait_for(timeout=30_000)
        frame()
        page.get_by_role("button", name="Play").click()
        assert window_moves_on("2020-01-18 to 2020-01-24").startswith("2020-01-25 to 2020-01-31")
        frame()
        page.get_by_role("button", name="Pause").click()
        page.get_by_role("button", name="Play").wait_for(timeout=30_000)
        paused_at = window_shown()
        page.wait_for_timeout(4000)  # more than two steps' time
        assert window_shown() == paused_at and "playing" not in paused_at
        page.get_by_role("button", name="Play").click()
        page.get_by_role("button", name="Pause").wait_for(timeout=30_000)
        resumed = window_moves_on(paused_at)
        assert resumed[:10] in {"2020-02-01", "2020-02-08"}, resumed  # the week after the pause
        frame()
        page.get_by_role("button", name="Play").wait_for(timeout=60_000)  # the last window: playback stops
        assert window_shown() == "2020-02-08 to 2020-02-14"
        frame()
        assert "window=week" in page.url and "at=2020-02-08" in page.url
    finally:
        page.close()
    frames[0].save(shots / "playback.gif", save_all=True, append_images=frames[1:], duration=1500, loop=0)
    assert len(frames) == 4 and (shots / "playback.gif").stat().st_size > 10_000


ROME = (41.894, 12.483)
ROME_ID = "3169070"


def test_rejecting_a_report_in_review_mode_takes_its_circle_off_the_map(browser, seeds_build, tmp_path):
    from PIL import Image

    data = seeds_build.dataset
    dataset.write(data, tmp_path / "data", seeds_build.summary)
    view = charts.view_for(apply_filters(prepare(data.events, data.rallies, data.articles), Filters()).cities)
    with serving(tmp_path / "data") as url:
        page = open_page(browser, f"{url}/?city={ROME_ID}")
        try:
            canvas = page.locator("[data-testid='stDeckGlJsonChart'] canvas").first
            box = canvas.bounding_box()
            x, y = pixel_of(*ROME, view, box["width"], box["height"])

            def colour_at_rome():
                shot = Image.open(io.BytesIO(page.screenshot(clip={"x": box["x"] + x - 2, "y": box["y"] + y - 2,
                                                                    "width": 5, "height": 5})))
                return shot.convert("RGB").getpixel((2, 2))

            before = colour_at_rome()
            page.get_by_text("Review mode").click()
            page.get_by_label("Your name").fill("ana")
            page.get_by_label("Your name").press("Enter")
            page.get_by_role("button", name="Reject").first.wait_for(timeout=30_000)
            page.get_by_role("button", name="Reject").first.click()
            page.locator("[data-testid='stMetric']").filter(has_text="Cities").get_by_text("16", exact=True).wait_for(
                timeout=30_000)
            page.wait_for_timeout(2000)  # deck.gl redraws without the circle
            after = colour_at_rome()
        finally:
            page.close()
    land = (236, 236, 236)
    assert max(abs(a - b) for a, b in zip(before, land)) > 40, before  # Rome's circle was there
    assert max(abs(a - b) for a, b in zip(after, land)) <= 12, after  # and now the land shows
    assert review.read_verdicts(tmp_path / "data")[0][0].action == "reject"


SIZED = ROOT / "tests" / "data" / "sized"
TRONDHEIM = (63.430, 10.395)
OSLO = (59.913, 10.746)


def test_people_resizes_the_circles_and_a_sized_citys_tooltip_shows_its_range(browser, gazetteer, tmp_path):
    from PIL import Image

    built = build([SIZED], gazetteer)
    dataset.write(built.dataset, tmp_path / "data", built.summary)
    data = built.dataset
    view = charts.view_for(apply_filters(prepare(data.events, data.rallies, data.articles), Filters()).cities)
    with serving(tmp_path / "data") as url:
        page = open_page(browser, url)
        try:
            canvas = page.locator("[data-testid='stDeckGlJsonChart'] canvas").first
            box = canvas.bounding_box()
            tx, ty = pixel_of(*TRONDHEIM, view, box["width"], box["height"])

            def colour_beside_trondheim():  # 7 px east of its centre: inside a rally-sized circle only
                shot = Image.open(io.BytesIO(page.screenshot(clip={"x": box["x"] + tx + 5, "y": box["y"] + ty - 2,
                                                                    "width": 5, "height": 5})))
                return shot.convert("RGB").getpixel((2, 2))

            before = colour_beside_trondheim()
            ox, oy = pixel_of(*OSLO, view, box["width"], box["height"])
            page.mouse.move(box["x"] + ox, box["y"] + oy)
            tooltip = page.locator(".deck-tooltip")
            tooltip.get_by_text("4,000–6,000 people").wait_for(timeout=30_000)
            page.get_by_text("people (stated crowd sizes)").click()
            page.get_by_text("Size: people").wait_for(timeout=30_000)
            page.mouse.move(box["x"] + 5, box["y"] + 5)
            page.wait_for_timeout(2000)  # deck.gl redraws the circles at their new sizes
            after = colour_beside_trondheim()
        finally:
            page.close()
    land = (236, 236, 236)
    assert max(abs(a - b) for a, b in zip(before, land)) > 40, before  # a circle of one rally reached there
    assert max(abs(a - b) for a, b in zip(after, land)) <= 12, after  # no size stated: a small circle now


def test_on_a_shared_server_a_reviewer_signs_in_and_rejects_under_their_name(browser, seeds_build, tmp_path):
    from rallymap.store import accounts

    open_data, shared_data = tmp_path / "open", tmp_path / "shared"
    for folder in (open_data, shared_data):
        dataset.write(seeds_build.dataset, folder, seeds_build.summary)
    with serving(open_data, address="0.0.0.0") as url:  # no users file, every interface: no review
        page = open_page(browser, url)
        try:
            page.get_by_text("Review is off").wait_for(timeout=30_000)
            assert page.get_by_text("Review mode").count() == 0
        finally:
            page.close()
    accounts.add_user(shared_data, "ana", "reviewer", "correct horse battery")
    with serving(shared_data, address="0.0.0.0") as url:
        page = open_page(browser, f"{url}/?city={ROME_ID}")
        try:
            page.get_by_text("Reviewers: sign in").click()
            page.get_by_label("Name").fill("ana")
            page.get_by_label("Password", exact=True).fill("correct horse battery")
            page.get_by_role("button", name="Sign in").click()
            page.get_by_text("Review mode").wait_for(timeout=30_000)
            page.get_by_text("Review mode").click()
            page.get_by_role("button", name="Reject").first.wait_for(timeout=30_000)
            page.get_by_role("button", name="Reject").first.click()
            page.locator("[data-testid='stMetric']").filter(has_text="Cities").get_by_text("16", exact=True).wait_for(
                timeout=30_000)
        finally:
            page.close()
    verdicts = review.read_verdicts(shared_data)[0]
    assert [(v.action, v.by) for v in verdicts] == [("reject", "ana")]
