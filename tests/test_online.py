"""Online geocoding through geopy against a real HTTP server on 127.0.0.1 that answers Nominatim's
search API. No test reaches the internet."""

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest
from geopy.geocoders import Nominatim

from rallymap.cli import main
from rallymap.errors import GeocoderError
from rallymap.extract.online import GazetteerGeocoder, GeocodeCache, OnlineResolver, make_geocoder
from rallymap.extract.places import PlaceMention
from rallymap.extract.text import fold


def answer(name, lat, lon, country):
    return [{"place_id": 1, "lat": str(lat), "lon": str(lon), "display_name": f"{name}, Somewhere",
             "address": {"city": name, "country_code": country}}]


class FakeNominatim(BaseHTTPRequestHandler):
    """Behaviour by query: normal, slow, 429-then-success, 500, malformed JSON, nothing found."""

    log: list[str] = []
    seen: dict[str, int] = {}

    def do_GET(self):
        query = parse_qs(urlparse(self.path).query).get("q", [""])[0]
        FakeNominatim.log.append(query)
        count = FakeNominatim.seen[query] = FakeNominatim.seen.get(query, 0) + 1
        if query.startswith("Slowtown"):
            time.sleep(1.0)
            return self.reply(200, answer("Slowtown", 1, 1, "xx"))
        if query.startswith("Flaky") and count == 1:
            return self.reply(429, {"error": "Too Many Requests"})
        if query.startswith("Broken"):
            return self.reply(500, {"error": "internal"})
        if query.startswith("Garbled"):
            return self.reply(200, "{not json", raw=True)
        if query.startswith("Nowhere"):
            return self.reply(200, [])
        name = query.split(",")[0]
        return self.reply(200, answer(name, 10 + len(name), 20 + len(name), "zz"))

    def reply(self, status, body, raw=False):
        data = (body if raw else json.dumps(body)).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        try:
            self.wfile.write(data)
        except BrokenPipeError:
            pass  # the client gave up waiting (the timeout case)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    FakeNominatim.log, FakeNominatim.seen = [], {}
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FakeNominatim)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def resolver(domain, tiny_gazetteer, tmp_path, mode="all", timeout=0.3):
    geocoder = Nominatim(domain=domain, scheme="http", user_agent="rallymap-tests", timeout=timeout)
    return OnlineResolver("nominatim", geocoder, tiny_gazetteer, GeocodeCache(tmp_path / "geocache.sqlite"), mode,
                          min_delay=0, retries=2, backoff=0.01)


def mention(name, country=None):
    return PlaceMention(0, len(name), name, fold(name), "city", 0, country, None, len(name))


def test_normal_answer(server, tiny_gazetteer, tmp_path):
    place = resolver(server, tiny_gazetteer, tmp_path)(mention("Oslo"), frozenset())
    assert (place.lat, place.lon, place.country, place.geocoder) == (14, 24, "ZZ", "nominatim")
    assert place.geo_reason == "nominatim answered 'Oslo, Norway'" and place.geonameid is None
    assert FakeNominatim.log == ["Oslo, Norway"]


@pytest.mark.parametrize("name, reason, requests", [
    pytest.param("Slowtown", "ReadTimeout", 3, id="slow-answers-time-out"),
    pytest.param("Broken", "GeocoderServiceError", 3, id="http-500"),
    pytest.param("Garbled", "GeocoderParseError", 3, id="malformed-json"),
])
def test_failures_fall_back_to_the_offline_place(server, tiny_gazetteer, tmp_path, name, reason, requests):
    online = resolver(server, tiny_gazetteer, tmp_path)
    # The offline gazetteer knows Paris; the failing service is asked about it under that name.
    place = online(PlaceMention(0, 5, name, "paris", "city", 0, None, None, 5), frozenset())
    assert place.city == "Paris" and place.country == "FR"
    assert place.geocoder == "geonames-offline (fallback)" and reason in place.geo_reason
    assert online.stats.fell_back == 1 and online.stats.sent == requests


def test_429_then_success(server, tiny_gazetteer, tmp_path):
    online = resolver(server, tiny_gazetteer, tmp_path)
    place = online(mention("Flaky"), frozenset())
    assert place.geocoder == "nominatim" and online.stats.sent == 2 and online.stats.fell_back == 0


def test_nothing_found_keeps_the_offline_place_and_is_cached(server, tiny_gazetteer, tmp_path):
    online = resolver(server, tiny_gazetteer, tmp_path)
    place = online(PlaceMention(0, 7, "Nowhere", "paris", "city", 0, None, None, 7), frozenset())
    assert place.city == "Paris" and "found nothing" in place.geo_reason
    again = resolver(server, tiny_gazetteer, tmp_path)
    again(PlaceMention(0, 7, "Nowhere", "paris", "city", 0, None, None, 7), frozenset())
    assert again.stats.sent == 0 and again.stats.cached == 1


def test_server_down(tiny_gazetteer, tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = f"127.0.0.1:{s.getsockname()[1]}"
    online = resolver(closed, tiny_gazetteer, tmp_path)
    place = online(mention("Oslo"), frozenset())
    assert place.geocoder == "geonames-offline (fallback)" and "GeocoderUnavailable" in place.geo_reason
    assert place.city == "Oslo"


def test_fallback_mode_only_asks_for_what_the_gazetteer_cannot_place(server, tiny_gazetteer, tmp_path):
    online = resolver(server, tiny_gazetteer, tmp_path, mode="fallback")
    assert online(mention("Oslo"), frozenset()).geocoder == "geonames-offline"
    assert online(mention("Baden", "FR"), frozenset()).geocoder == "nominatim"  # no Baden in France offline
    assert FakeNominatim.log == ["Baden, France"]


def test_one_interface_for_both(tiny_gazetteer):
    offline = make_geocoder("geonames-offline", tiny_gazetteer)
    assert isinstance(offline, GazetteerGeocoder)
    location = offline.geocode("Baden, Switzerland")
    assert (round(location.latitude, 2), location.raw["address"]["country_code"]) == (47.47, "ch")
    with pytest.raises(GeocoderError, match="user-agent"):
        make_geocoder("nominatim", tiny_gazetteer)
    with pytest.raises(GeocoderError, match="unknown geocoder"):
        make_geocoder("no-such-service", tiny_gazetteer)


def test_cli_build_asks_once_across_runs(server, tmp_path, gazetteer, capsys):
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text(" date 2020-02-13 Rallies\n\nIranians rallied in Oslo and Stockholm on Saturday.\n",
                                  encoding="utf-8")
    args = ["build", str(source), "--out", str(tmp_path / "out"), "--geocoder", "nominatim", "--geocoder-mode",
            "all", "--geocoder-url", f"http://{server}", "--user-agent", "rallymap-tests", "--geocoder-delay", "0"]
    assert main(args) == 0
    first = capsys.readouterr().out
    assert "geocoder nominatim: 2 place(s) placed, 2 request(s) sent" in first and "nominatim 2" in first
    assert sorted(FakeNominatim.log) == ["Oslo, Norway", "Stockholm, Sweden"]
    assert main(args + ["--no-cache"]) == 0  # reports recomputed: the geocode cache answers
    assert "0 request(s) sent, 2 answered from the cache" in capsys.readouterr().out
    assert len(FakeNominatim.log) == 2
    import pandas as pd
    events = pd.read_parquet(tmp_path / "out" / "events.parquet")
    assert set(events["geocoder"]) == {"nominatim"} and events["geonameid"].isna().all()


def test_cli_build_with_the_service_down_still_succeeds(tmp_path, gazetteer, capsys):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{s.getsockname()[1]}"
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text("Iranians rallied in Oslo on Saturday.", encoding="utf-8")
    code = main(["build", str(source), "--out", str(tmp_path / "out"), "--geocoder", "nominatim", "--geocoder-mode",
                 "all", "--geocoder-url", closed, "--user-agent", "t", "--geocoder-delay", "0",
                 "--geocoder-timeout", "0.2"])
    assert code == 0
    assert "1 fell back to the offline gazetteer" in capsys.readouterr().out
