"""Benchmark: `python -m rallymap.bench` (or `make bench`) prints a table and writes it as JSON.

1. Build throughput on synthetic corpora of 1,000 and 10,000 articles (end to end, gazetteer
   cached; each run in a fresh process, which also gives its peak memory), and the gazetteer's
   cold build and cached load.
2. Incremental rebuild: 10 new articles on top of 10,000, with the content-hash cache.
3. The dashboard with 100,000 reports: cold load, one script run after a filter change (AppTest),
   and the size of what the map sends to the browser.
4. Place extraction side by side with flashgeotext, a plain gazetteer matcher, on one corpus.

Figures are medians of several runs. Timings are measured here and only here, never in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from .extract.gazetteer import City, Gazetteer, load_gazetteer

ORGS = ["the Iranian diaspora", "Hong Kong solidarity groups", "Ukrainian community associations",
        "Uyghur rights activists", "Black Lives Matter organisers", "Tamil diaspora groups", "climate campaigners"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FILLER = [
    "Speakers called on governments to impose targeted sanctions and to release political prisoners.",
    "Organisers said the turnout exceeded their expectations despite the cold and the rain.",
    "Participants carried flags, portraits of victims and banners demanding accountability.",
    "Several elected officials addressed the crowd and pledged to raise the issue in parliament.",
    "The events remained peaceful, and no arrests were reported by the local authorities.",
    "Human rights groups have documented thousands of detentions over the past months.",
    "Families of detainees described the conditions in prisons and the lack of legal representation.",
    "The statement issued after the gathering urged the international community to act without delay.",
]


def _date_phrase(rng: random.Random, published: date) -> str:
    day = published - timedelta(days=rng.randint(1, 9))
    return rng.choice([
        "over the weekend", f"on {WEEKDAYS[day.weekday()]}", f"on {day:%B} {day.day}",
        f"on {WEEKDAYS[day.weekday()]}, {day:%B} {day.day}", "last week", f"around {day:%B} {day.day}",
        "earlier this week"])


def synthetic_articles(n: int, cities: list[City], seed: int = 1) -> list[tuple[str, str]]:
    """n articles (name, text) in the style of rally reports: a dated header, several rally cities
    in lists and locatives, distractor places (a constituency, a slogan, a past attack, a speaker's
    home), filler to about 3 kB."""
    rng = random.Random(seed)
    articles = []
    for i in range(n):
        published = date(2019, 1, 1) + timedelta(days=rng.randint(0, 1500))
        org = rng.choice(ORGS)
        rally = rng.sample(cities, 6)
        distract = rng.sample(cities, 4)
        header = rng.choice([f" date {published.isoformat()} ", f"Published: {published:%A, %d %B %Y}\n\n", ""])
        parts = [
            f"{header}Supporters of {org} rally in {rally[0].name} and other cities\n",
            f"Supporters of {org} held rallies in {rally[0].name}, {rally[1].name}, {rally[2].name} and "
            f"{rally[3].name} {_date_phrase(rng, published)}, calling for international action.",
            f"In {rally[4].name}, hundreds gathered outside the parliament {_date_phrase(rng, published)} and "
            "chanted slogans.",
            f"The rally in {rally[5].name} was followed by a march through the city centre.",
            f"The former MP for {distract[0].name} sent a message of support.",
            f"Protesters chanted “From {distract[1].name} to freedom” throughout the day.",
            f"Many recalled the victims killed in {distract[2].name} in 1988.",
            f"\"We will not be silenced,\" said a {distract[3].name} resident who travelled to the protest.",
        ]
        body = "\n\n".join(parts)
        while len(body) < 3000:
            body += "\n\n" + " ".join(rng.sample(FILLER, 3))
        articles.append((f"{i:06d}_synthetic", body))
    return articles


# Rally reports in other languages: a sentence with a list of places, one with a locative, and a
# date phrase ({d}) from what that language writes; filler in the same language.
OTHER_LANGUAGES = {
    "de": ("Am {d} demonstrierten Tausende in {a}, {b} und {c} für die Freiheit.",
           "Auch in {e} fand eine Kundgebung vor dem Rathaus statt.",
           ["Samstag", "vergangenen Sonntag", "gestern"],
           "Die Polizei sprach von einem friedlichen Verlauf, die Veranstalter zeigten sich zufrieden."),
    "fr": ("Des milliers de personnes ont manifesté {d} à {a}, {b} et {c} en solidarité.",
           "Un rassemblement a également eu lieu à {e} devant la mairie.",
           ["samedi", "dimanche dernier", "hier"],
           "Selon la police, les cortèges se sont déroulés dans le calme et sans incident notable."),
    "es": ("Miles de personas se manifestaron {d} en {a}, {b} y {c} en solidaridad.",
           "También hubo una concentración en {e} frente al ayuntamiento.",
           ["el pasado sábado", "el domingo", "ayer"],
           "Según la policía, las marchas transcurrieron con normalidad y sin incidentes."),
    "it": ("Migliaia di persone hanno manifestato {d} a {a}, {b} e {c} in solidarietà.",
           "Un presidio si è svolto anche a {e} davanti al municipio.",
           ["sabato", "domenica scorsa", "ieri"],
           "Secondo la questura i cortei si sono svolti senza incidenti e in un clima sereno."),
    "nl": ("Duizenden mensen demonstreerden {d} in {a}, {b} en {c} uit solidariteit.",
           "Ook in {e} was er een betoging bij het stadhuis.",
           ["zaterdag", "afgelopen zondag", "gisteren"],
           "Volgens de politie verliepen de demonstraties rustig en zonder incidenten."),
    "sv": ("Tusentals personer demonstrerade {d} i {a}, {b} och {c} i solidaritet.",
           "Även i {e} hölls en manifestation utanför stadshuset.",
           ["i lördags", "i söndags", "i går"],
           "Enligt polisen var stämningen lugn och inga incidenter rapporterades under dagen."),
    "pl": ("Tysiące ludzi protestowało {d} w {a}, {b} i {c} w geście solidarności.",
           "Również w {e} odbyła się pikieta przed ratuszem.",
           ["w sobotę", "w niedzielę", "wczoraj"],
           "Według policji manifestacje przebiegły spokojnie i bez incydentów w całym kraju."),
}


def mixed_articles(n: int, cities: list[City], seed: int = 2) -> list[tuple[str, str]]:
    """n articles of about 3 kB: four in ten English (synthetic_articles), the rest spread over
    seven other languages."""
    rng = random.Random(seed)
    english = iter(synthetic_articles(n, cities, seed))
    languages = list(OTHER_LANGUAGES)
    articles = []
    for i in range(n):
        if i % 10 < 4:
            articles.append(next(english))
            continue
        code = languages[i % len(languages)]
        listed, located, phrases, filler = OTHER_LANGUAGES[code]
        published = date(2019, 1, 1) + timedelta(days=rng.randint(0, 1500))
        a, b, c, e = (city.name for city in rng.sample(cities, 4))
        body = f" date {published.isoformat()} " + listed.format(d=rng.choice(phrases), a=a, b=b, c=c) + "\n\n" \
            + located.format(e=e)
        while len(body) < 3000:
            body += "\n\n" + filler
        articles.append((f"{i:06d}_{code}", body))
    return articles


def rally_cities(gazetteer: Gazetteer, count: int = 600) -> list[City]:
    """Well-known cities with plain one- or two-word names (what rally reports name)."""
    rows = sorted(gazetteer.rows, key=lambda r: -r[6])
    chosen = []
    for row in rows:
        city = City(*row)
        if city.name.replace(" ", "").isalpha() and city.name.isascii() and city.name.count(" ") <= 1:
            chosen.append(city)
        if len(chosen) == count:
            break
    return chosen


def write_corpus(folder: Path, articles: list[tuple[str, str]]) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    size = 0
    for name, text in articles:
        data = text.encode("utf-8")
        (folder / f"{name}.txt").write_bytes(data)
        size += len(data)
    return size


_BUILD_SCRIPT = """
import json, sys, time
started = time.perf_counter()
from rallymap.cli import main
from rallymap.bench import peak_mb
code = main(["build", *sys.argv[1:], "--quiet"])
print(json.dumps({"seconds": time.perf_counter() - started, "code": code,
                  "peak_mb": peak_mb()}))
"""


def peak_mb() -> float:
    """The most memory this process, or any child it waited for, held at once (MB). The process's
    own peak is read from /proc (VmHWM), which starts afresh at exec: getrusage's maxrss would
    report the peak of the process that started it."""
    import resource

    own = 0.0
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                own = int(line.split()[1]) / 1024
    return round(max(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024), 1)


def timed_build(source: Path, out: Path, *extra: str) -> dict:
    """One `rallymap build` in a fresh process: wall time (imports and gazetteer load included)
    and peak resident memory."""
    result = subprocess.run([sys.executable, "-c", _BUILD_SCRIPT, str(source), "--out", str(out), *extra],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 3)


def bench_builds(work: Path, cities: list[City], runs: int) -> dict:
    results = {n: _measure_build(work, f"corpus-{n}", synthetic_articles(n, cities, seed=n), runs)
               for n in (1000, 10000)}
    results["ratio_10000_to_1000"] = round(results[10000]["seconds"] / results[1000]["seconds"], 2)
    results["mixed"] = _measure_build(work, "corpus-mixed", mixed_articles(10000, cities), runs)
    return results


def _measure_build(work: Path, name: str, articles: list[tuple[str, str]], runs: int) -> dict:
    """Median time, throughput and peak memory of `runs` full builds of the articles."""
    corpus = work / name
    size = write_corpus(corpus, articles)
    measured = [timed_build(corpus, work / f"out-{name}-{r}", "--no-cache") for r in range(runs)]
    seconds = _median([m["seconds"] for m in measured])
    n = len(articles)
    return {"articles": n, "mb": round(size / 1e6, 2), "seconds": seconds, "articles_per_s": round(n / seconds, 1),
            "mb_per_s": round(size / 1e6 / seconds, 2), "peak_mb": round(max(m["peak_mb"] for m in measured), 1)}


def write_warc(path: Path, articles: list[tuple[str, str]]) -> int:
    """The articles as HTML pages in one gzipped WARC file (a response record each, as a crawl
    writes them); returns its size in bytes."""
    import html
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for name, text in articles:
            paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
            page = (f"<!doctype html><html><head><title>Rallies {name}</title></head><body><article>"
                    f"<h1>Rallies {name}</h1>{paragraphs}</article></body></html>").encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://news.example/{name}", "response",
                                                          payload=io.BytesIO(page), http_headers=headers))
    return path.stat().st_size


def bench_warc(work: Path, cities: list[City], runs: int, n: int = 10_000) -> dict:
    """A build of n synthetic pages in one WARC file (read in parts of WARC_PART_RECORDS records,
    each page through trafilatura), beside the same articles as plain files (bench_builds)."""
    folder = work / "warc"
    folder.mkdir(parents=True, exist_ok=True)
    size = write_warc(folder / "pages.warc.gz", synthetic_articles(n, cities, seed=n))
    measured = [timed_build(folder, work / f"out-warc-{r}", "--no-cache") for r in range(runs)]
    seconds = _median([m["seconds"] for m in measured])
    return {"articles": n, "mb": round(size / 1e6, 2), "seconds": seconds, "articles_per_s": round(n / seconds, 1),
            "peak_mb": round(max(m["peak_mb"] for m in measured), 1)}


def bench_engines(work: Path, runs: int, local: dict) -> dict:
    """The 10,000-article build on a local Dask cluster of one and of two worker processes,
    beside the local engine's figures (local: bench_builds' result for that corpus). Wall time
    includes starting the cluster and sending the gazetteer to each worker."""
    corpus = work / "corpus-10000"
    results = {"local": {"seconds": local["seconds"], "articles_per_s": local["articles_per_s"]}}
    for workers in (1, 2):
        measured = [timed_build(corpus, work / f"out-dask-{workers}-{r}", "--no-cache", "--engine", "dask",
                                "--workers", str(workers)) for r in range(runs)]
        seconds = _median([m["seconds"] for m in measured])
        results[f"dask_{workers}"] = {"seconds": seconds, "articles_per_s": round(local["articles"] / seconds, 1)}
    return results


def bench_incremental(work: Path, cities: list[City], runs: int) -> dict:
    corpus = work / "corpus-10000"
    out = work / "incremental"
    timed_build(corpus, out)  # fills the cache
    extra = synthetic_articles(10, cities, seed=424242)
    seconds = []
    for r in range(runs):
        write_corpus(corpus, [(f"new{r}_{name}", text + f"\n\nUpdate {r}.") for name, text in extra])
        seconds.append(timed_build(corpus, out)["seconds"])
    unchanged = [timed_build(corpus, out)["seconds"] for _ in range(runs)]  # nothing new since the last
    return {"seconds": _median(seconds), "new_articles": 10, "on_top_of": 10000,
            "no_change_seconds": _median(unchanged)}


def bench_gazetteer(work: Path, runs: int) -> dict:
    script = ("import sys, time; from pathlib import Path; from rallymap.extract.gazetteer import load_gazetteer; "
              "t = time.perf_counter(); load_gazetteer(Path(sys.argv[1])); print(time.perf_counter() - t)")
    cold = float(subprocess.run([sys.executable, "-c", script, str(work / "gazetteer-cold")], capture_output=True,
                                text=True, check=True).stdout)
    cached = [float(subprocess.run([sys.executable, "-c", script, str(work / "gazetteer-cold")], capture_output=True,
                                   text=True, check=True).stdout) for _ in range(runs)]
    return {"cold_build_s": round(cold, 2), "cached_load_s": _median(cached)}


def synthetic_dataset(n_reports: int, cities: list[City], seed: int = 7):
    """A dataset of n_reports reports (five per article) built without extraction."""
    import pandas as pd

    from .store.dataset import ARTICLES, EVENTS, Dataset, frame, merge_rallies

    rng = random.Random(seed)
    sources = [f"source{i}.example" for i in range(40)]
    events, articles = [], []
    for a in range(n_reports // 5):
        article_id = f"{a:06d}"
        published = date(2019, 1, 1) + timedelta(days=rng.randint(0, 730))
        source = rng.choice(sources)
        text = " ".join(rng.sample(FILLER, 4)) * 6
        articles.append({"article_id": article_id, "path": f"{article_id}.txt", "title": f"Rallies {article_id}",
                         "source": source, "published": published, "language": "en", "text": text,
                         "status": "ok", "n_reports": 5})
        for city in rng.sample(cities, 5):
            start = published - timedelta(days=rng.randint(1, 6))
            events.append({"report_id": f"{article_id}-{city.geonameid}", "review_status": "machine",
                           "article_id": article_id, "source": source, "title": f"Rallies {article_id}",
                           "published": published, "city": city.name, "country": city.country,
                           "admin1": city.admin1, "lat": city.lat, "lon": city.lon, "geonameid": city.geonameid,
                           "date_start": start, "date_end": start + timedelta(days=rng.choice([0, 0, 1])),
                           "date_precision": "day", "date_reason": "synthetic", "scheduled": False,
                           "evidence": text[:120], "start_char": 0, "end_char": 5, "confidence": 1.0,
                           "geo_reason": "synthetic", "geocoder": "geonames-offline", "rally_reason": "synthetic",
                           "n_mentions": 1})
    events_df = frame(events, EVENTS)
    rallies, ids = merge_rallies(events_df)
    events_df["rally_id"] = pd.array(ids, dtype="string")
    return Dataset(events_df, frame(articles, ARTICLES), rallies)


def bench_dashboard(work: Path, cities: list[City], runs: int, n_reports: int = 100_000) -> dict:
    from streamlit.testing.v1 import AppTest

    from .app import charts
    from .app.data import Filters, apply_filters, figures, prepare
    from .store import dataset

    data_dir = work / "dashboard-data"
    started = time.perf_counter()
    data = synthetic_dataset(n_reports, cities)
    merge_seconds = time.perf_counter() - started
    dataset.write(data, data_dir, {})
    loads = []
    for _ in range(runs):
        started = time.perf_counter()
        loaded = dataset.read(data_dir)
        prepare(loaded.events, loaded.rallies, loaded.articles)
        loads.append(time.perf_counter() - started)
    prepared = prepare(loaded.events, loaded.rallies, loaded.articles)
    view = apply_filters(prepared, Filters())
    payload = len(charts.deck(view.cities).to_json().encode("utf-8"))
    countries = sorted(loaded.rallies["country"].value_counts().index[:6])
    functions = []
    for r in range(max(runs, 5)):  # what one rerun computes, without Streamlit's own work
        started = time.perf_counter()
        filtered = apply_filters(prepared, Filters(countries=(countries[r % len(countries)],) if r % 2 == 0 else ()))
        figures(filtered)
        charts.deck(filtered.cities).to_json()
        charts.timeline(filtered.rallies).to_dict()
        functions.append(time.perf_counter() - started)
    os.environ["RALLYMAP_DATA"] = str(data_dir)
    dashboard = Path(__file__).resolve().parents[2] / "dashboard.py"
    at = AppTest.from_file(str(dashboard), default_timeout=300).run()
    reruns = []
    for r in range(max(runs, 5)):
        chosen = [countries[r % len(countries)]] if r % 2 == 0 else []
        at.multiselect(key="countries").set_value(chosen)
        started = time.perf_counter()
        at.run()
        reruns.append(time.perf_counter() - started)
        if at.exception:
            raise RuntimeError(f"dashboard failed: {at.exception[0].message}")
    return {"reports": len(loaded.events), "rallies": len(loaded.rallies), "cities": len(view.cities),
            "cold_load_s": _median(loads), "rerun_after_filter_s": _median(reruns),
            "rerun_functions_s": _median(functions),
            "map_payload_kb": round(payload / 1024, 1), "merge_rallies_s": round(merge_seconds, 2)}


def synthetic_parquet(folder: Path, n_reports: int, cities: list[City]) -> Path:
    """A built dataset of n_reports synthetic reports (five per article, 600 cities, two years,
    eight languages, 40 sources) written by DuckDB straight into Parquet files in the
    partitioned layout, without extraction: for measuring the dashboard at sizes no test corpus
    reaches. Rallies are the reports of one city starting on one day."""
    import duckdb
    import pandas as pd

    from .store.dataset import EVENTS, ROW_GROUP_ROWS

    folder.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(config={"memory_limit": "2GB"})
    con.register("city_rows", pd.DataFrame([{"k": k, "geonameid": c.geonameid, "name": c.name, "country": c.country,
                                              "admin1": c.admin1, "lat": c.lat, "lon": c.lon}
                                             for k, c in enumerate(cities)]))
    missing = ", ".join(f"CAST(NULL AS {'DOUBLE' if kind == 'float' else 'BIGINT' if kind == 'int' else 'TIMESTAMP' if kind == 'date' else 'VARCHAR'}) AS {column}"
                        for column, (kind, _) in EVENTS.items() if column.startswith(("machine_", "reviewed_", "review_note")))
    con.execute(f"""
        CREATE TABLE events AS
        WITH r AS (SELECT i, i // 5 AS a, hash(i) AS h FROM range({n_reports}) t(i)),
        d AS (SELECT r.*, DATE '2019-01-01' + CAST((a * 7919) % 730 AS INTEGER) AS published,
                     c.* FROM r JOIN city_rows c ON c.k = (h % {len(cities)}))
        SELECT printf('%016x', h) AS report_id, printf('%08d', a) AS article_id,
               'source' || (a % 40) || '.example' AS source, 'Rallies ' || a AS title, '' AS url,
               CAST(published AS TIMESTAMP) AS published,
               ['en', 'de', 'fr', 'es', 'it', 'nl', 'sv', 'pl'][1 + a % 8] AS language,
               name AS city, country, admin1, lat, lon, geonameid,
               CAST(published - CAST(1 + (h // 7) % 6 AS INTEGER) AS TIMESTAMP) AS date_start,
               CAST(published - CAST(1 + (h // 7) % 6 AS INTEGER) + CAST((h // 11) % 3 = 0 AS INTEGER) AS TIMESTAMP)
                   AS date_end,
               'day' AS date_precision, 'synthetic' AS date_reason, false AS scheduled,
               'On Saturday hundreds rallied in ' || name || '.' AS evidence, 32 AS start_char,
               32 + length(name) AS end_char, 0.5 + ((h // 13) % 50) / 100 AS confidence, 'synthetic' AS geo_reason,
               'geonames-offline' AS geocoder, 'synthetic' AS rally_reason, 1 AS n_mentions,
               CASE WHEN h % 3 = 0 THEN 200 ELSE NULL END AS size_low,
               CASE WHEN h % 3 = 0 THEN 999 ELSE NULL END AS size_high,
               CASE WHEN h % 3 = 0 THEN 'hundreds' ELSE NULL END AS size_text,
               CASE WHEN h % 3 = 0 THEN 'article' ELSE NULL END AS size_source,
               CASE WHEN h % 3 = 0 THEN 12 ELSE NULL END AS size_start,
               CASE WHEN h % 3 = 0 THEN 20 ELSE NULL END AS size_end,
               geonameid || '-' || strftime(published - CAST(1 + (h // 7) % 6 AS INTEGER), '%Y-%m-%d') AS rally_id,
               'machine' AS review_status, {missing}
        FROM d""")
    columns = ", ".join(f'"{c}"' for c in EVENTS)
    con.execute(f"COPY (SELECT {columns}, strftime(date_start, '%Y-%m') AS month FROM events "
                "ORDER BY country, geonameid) TO "
                f"'{folder / 'events'}' (FORMAT parquet, PARTITION_BY (month), ROW_GROUP_SIZE {ROW_GROUP_ROWS}, "
                "OVERWRITE_OR_IGNORE)")
    con.execute(f"""COPY (SELECT rally_id, any_value(geonameid) AS geonameid, any_value(city) AS city,
                         any_value(country) AS country, any_value(lat) AS lat, any_value(lon) AS lon,
                         max(date_start) AS date_start, min(date_end) AS date_end, 'day' AS date_precision,
                         false AS scheduled, count(*) AS n_reports, count(DISTINCT source) AS n_sources,
                         string_agg(DISTINCT article_id, '|') AS article_ids, min(size_low) AS size_low,
                         max(size_high) AS size_high, count(size_low) AS n_sized_reports
                  FROM events GROUP BY rally_id) TO '{folder / 'rallies.parquet'}' (FORMAT parquet)""")
    con.execute(f"""COPY (SELECT article_id, article_id || '.txt' AS path, any_value(title) AS title,
                         any_value(source) AS source, '' AS url, any_value(published) AS published,
                         'record field' AS published_reason, CAST(NULL AS VARCHAR) AS published_month,
                         any_value(language) AS language,
                         string_agg(evidence, ' ') AS text, 'ok' AS status, count(*) AS n_reports,
                         CAST(NULL AS VARCHAR) AS duplicate_of, strftime(any_value(published), '%Y-%m') AS month
                  FROM events GROUP BY article_id) TO '{folder / 'articles'}'
                  (FORMAT parquet, PARTITION_BY (month), OVERWRITE_OR_IGNORE)""")
    (folder / "build.json").write_text(json.dumps({"synthetic_reports": n_reports}), encoding="utf-8")
    return folder


_DASHBOARD_SCRIPT = """
import json, os, sys, time
from rallymap.bench import peak_mb
os.environ["RALLYMAP_DATA"] = sys.argv[1]
from streamlit.testing.v1 import AppTest
started = time.perf_counter()
at = AppTest.from_file(sys.argv[2], default_timeout=300).run()
cold = time.perf_counter() - started
if at.exception:
    raise SystemExit(at.exception[0].message)
countries = at.multiselect(key="countries").options[:6]
reruns = []
for r in range(6):  # each run a filter not asked for before: no answer is remembered
    at.multiselect(key="countries").set_value(countries[:r + 1])
    started = time.perf_counter()
    at.run()
    reruns.append(time.perf_counter() - started)
payload = len(at.get("deck_gl_json_chart")[0].proto.json.encode())
deck = json.loads(at.get("deck_gl_json_chart")[0].proto.json)
cities = next(layer for layer in deck["layers"] if layer["id"] == "cities")["data"]
busiest = max(cities, key=lambda city: city["reports"])["place_key"]
started = time.perf_counter()
at.selectbox(key="city").set_value(busiest).run()  # the city with the most reports: its first page
opened = time.perf_counter() - started
print(json.dumps({"cold_start_s": cold, "reruns_s": reruns, "map_payload_kb": payload / 1024, "open_city_s": opened,
                  "peak_mb": peak_mb()}))
"""


def bench_dashboard_scale(work: Path, cities: list[City], sizes: tuple[int, ...] = (1_000_000, 10_000_000)) -> dict:
    """The dashboard on synthetic datasets of each size, each in a fresh process: its first run
    (cold start, with imports), one run after a filter change (median of six), the map payload
    and peak memory."""
    dashboard = Path(__file__).resolve().parents[2] / "dashboard.py"
    results = {}
    for n in sizes:
        started = time.perf_counter()
        folder = synthetic_parquet(work / f"scale-{n}", n, cities)
        made = time.perf_counter() - started
        run = subprocess.run([sys.executable, "-c", _DASHBOARD_SCRIPT, str(folder), str(dashboard)],
                             capture_output=True, text=True, check=True)
        measured = json.loads(run.stdout.strip().splitlines()[-1])
        results[n] = {"generated_s": round(made, 1), "cold_start_s": round(measured["cold_start_s"], 2),
                      "rerun_after_filter_s": _median(measured["reruns_s"]),
                      "open_busiest_city_s": round(measured["open_city_s"], 2),
                      "map_payload_kb": round(measured["map_payload_kb"], 1),
                      "peak_mb": round(measured["peak_mb"], 1)}
    return results


def bench_matchers(work: Path, cities: list[City], gazetteer: Gazetteer, runs: int = 3) -> dict:
    """rallymap's place extraction (names, cues and rally decisions) against flashgeotext's plain
    matching, on the same 1,000 articles, in this process, gazetteers and word data already loaded
    (each side matches one text before the clock starts). Each figure is the median of runs
    passes, the two sides' passes taken in turn so that a slow moment of the machine falls on
    both."""
    from .extract.places import analyse

    texts = [text for _, text in synthetic_articles(1000, cities, seed=99)]
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    def seconds(extract) -> float:
        started = time.perf_counter()
        for text in texts:
            extract(text)
        return time.perf_counter() - started

    try:
        from flashgeotext.geotext import GeoText
    except ImportError:
        geotext = None
    else:
        geotext = GeoText()
        geotext.extract(texts[0], span_info=True)
    analyse(texts[0], gazetteer)
    ours, theirs = [], []
    for _ in range(runs):
        ours.append(seconds(lambda text: analyse(text, gazetteer)))
        if geotext is not None:
            theirs.append(seconds(lambda text: geotext.extract(text, span_info=True)))
    result = {"corpus_mb": round(size, 2), "rallymap_mb_per_s": round(size / statistics.median(ours), 2)}
    if geotext is None:
        result["flashgeotext"] = "not installed (pip install flashgeotext)"
        return result
    result["flashgeotext_mb_per_s"] = round(size / statistics.median(theirs), 2)
    result["ratio"] = round(statistics.median(theirs) / statistics.median(ours), 2)
    return result


def calibration() -> float:
    """Seconds for a fixed pure-Python loop: this machine's speed at the time of the run, so that
    figures from runs on a busy or throttled machine can be told apart."""
    started = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    return round(time.perf_counter() - started, 2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m rallymap.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (the median is kept)")
    parser.add_argument("--json", type=Path, default=Path("bench-results/bench.json"), help="where to write the JSON")
    args = parser.parse_args(argv)
    gazetteer = load_gazetteer()
    cities = rally_cities(gazetteer)
    with tempfile.TemporaryDirectory(prefix="rallymap-bench-") as tmp:
        work = Path(tmp)
        results = {"machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                               "platform": platform.platform(), "calibration_loop_s": calibration()}}
        results["gazetteer"] = bench_gazetteer(work, args.runs)
        results["build"] = bench_builds(work, cities, args.runs)
        results["warc"] = bench_warc(work, cities, args.runs)
        results["incremental"] = bench_incremental(work, cities, args.runs)
        results["engines"] = bench_engines(work, args.runs, results["build"][10000])
        results["matchers"] = bench_matchers(work, cities, gazetteer, args.runs)
        results["dashboard"] = bench_dashboard(work, cities, args.runs)
        results["dashboard_scale"] = bench_dashboard_scale(work, cities)
        results["machine"]["calibration_after_s"] = calibration()
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(render(results))
    return 0


def render(results: dict) -> str:
    b, i, g, m, d = (results[k] for k in ("build", "incremental", "gazetteer", "matchers", "dashboard"))
    rows = [
        ("machine: 10M-step Python loop", f"{results['machine']['calibration_loop_s']} s "
                                          f"({results['machine']['cpus']} CPUs)"),
        ("gazetteer index, cold build", f"{g['cold_build_s']} s"),
        ("gazetteer index, cached load", f"{g['cached_load_s']} s"),
        *[(f"build {n:,} articles ({b[n]['mb']} MB)",
           f"{b[n]['seconds']} s, {b[n]['articles_per_s']} articles/s, {b[n]['mb_per_s']} MB/s, "
           f"peak {b[n]['peak_mb']} MB") for n in (1000, 10000)],
        ("10,000 / 1,000 time ratio", str(b["ratio_10000_to_1000"])),
        (f"build 10,000 pages from one WARC file ({results['warc']['mb']} MB gzipped)",
         f"{results['warc']['seconds']} s, {results['warc']['articles_per_s']} articles/s (plain files: "
         f"{b[10000]['articles_per_s']}), peak {results['warc']['peak_mb']} MB"),
        (f"build 10,000 articles in 8 languages ({b['mixed']['mb']} MB)",
         f"{b['mixed']['seconds']} s, {b['mixed']['articles_per_s']} articles/s, peak {b['mixed']['peak_mb']} MB"),
        ("incremental: 10 new on 10,000", f"{i['seconds']} s"),
        ("rebuild of 10,000 with nothing changed", f"{i['no_change_seconds']} s"),
        *[(f"build 10,000 articles, engine {name.replace('_', ', ')} worker(s)" if name != "local"
           else "build 10,000 articles, local engine", f"{e['seconds']} s, {e['articles_per_s']} articles/s")
          for name, e in results["engines"].items()],
        ("place extraction, rallymap", f"{m['rallymap_mb_per_s']} MB/s"),
        ("place extraction, flashgeotext", f"{m.get('flashgeotext_mb_per_s', m.get('flashgeotext'))} MB/s"
         + (f" (rallymap/flashgeotext = {m['ratio']})" if "ratio" in m else "")),
        (f"dashboard, {d['reports']:,} reports: cold load", f"{d['cold_load_s']} s"),
        ("dashboard: script run after a filter change", f"{d['rerun_after_filter_s']} s (AppTest), "
                                                        f"{d['rerun_functions_s']} s (the functions it calls)"),
        ("dashboard: map payload", f"{d['map_payload_kb']} kB ({d['cities']} cities)"),
        *[(f"dashboard, {n:,} reports (DuckDB, Parquet)",
           f"cold start {x['cold_start_s']} s, run after a filter change {x['rerun_after_filter_s']} s, "
           f"opening the busiest city {x['open_busiest_city_s']} s, map {x['map_payload_kb']} kB, "
           f"peak {x['peak_mb']} MB") for n, x in results["dashboard_scale"].items()],
    ]
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


if __name__ == "__main__":
    sys.exit(main())
