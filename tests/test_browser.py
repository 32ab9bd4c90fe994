"""End to end in a real headless Chromium: click Stockholm's circle, read its coverage.

Needs Debian's chromium (`apt-get install chromium`; .ci/run installs it) and the playwright
package; it never downloads a browser of its own."""

import math
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

from rallymap import dataset
from rallymap.app import charts
from rallymap.app.data import Filters, apply_filters, prepare
from rallymap.pipeline import build

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
STOCKHOLM = (59.333, 18.065)

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


@pytest.fixture(scope="module")
def server(gazetteer, tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("data")
    result = build([SEEDS], gazetteer)
    dataset.write(result.dataset, data_dir, result.summary)
    port = free_port()
    env = {**os.environ, "RALLYMAP_DATA": str(data_dir), "PYTHONPATH": str(ROOT / "src")}
    streamlit = shutil.which("streamlit", path=str(Path(sys.executable).parent)) or "streamlit"
    process = subprocess.Popen([streamlit, "run", str(ROOT / "dashboard.py"), "--server.port", str(port),
                                "--server.address", "127.0.0.1", "--server.headless", "true",
                                "--browser.gatherUsageStats", "false"],
                               cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).status == 200:
                break
        except OSError:
            time.sleep(0.3)
    else:
        process.kill()
        pytest.fail("streamlit did not start within 60 s")
    yield url, result.dataset
    process.terminate()
    process.wait(timeout=20)


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


def test_click_stockholm_reads_its_coverage(browser_path, server, tmp_path):
    from playwright.sync_api import sync_playwright

    url, data = server
    view = charts.view_for(apply_filters(prepare(data.events, data.rallies, data.articles), Filters()).cities)
    with sync_playwright() as p:
        browser = p.chromium.launch_persistent_context(str(tmp_path / "profile"), executable_path=str(browser_path),
                                                       args=FLAGS, viewport={"width": 1400, "height": 1000})
        try:
            page = browser.new_page()
            page.goto(url, timeout=90_000)
            canvas = page.locator("[data-testid='stDeckGlJsonChart'] canvas").first
            canvas.wait_for(state="visible", timeout=90_000)
            page.wait_for_timeout(3000)  # let deck.gl draw the layers
            box = canvas.bounding_box()
            x, y = pixel_of(*STOCKHOLM, view, box["width"], box["height"])
            page.mouse.click(box["x"] + x, box["y"] + y)
            heading = page.get_by_text("Coverage: Stockholm, SE")
            heading.wait_for(timeout=30_000)
            page.wait_for_timeout(1000)
            page.screenshot(path=str(tmp_path / "stockholm.png"), full_page=True)
            panel = page.locator("[data-testid='stColumn']").filter(has_text="Coverage: Stockholm, SE").last.inner_text()
        finally:
            browser.close()
    assert "003_974651feac91a017" in panel and "000_d4c9b7411857badc" in panel
    assert (tmp_path / "stockholm.png").stat().st_size > 10_000
