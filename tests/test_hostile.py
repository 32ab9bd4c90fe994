"""Hostile input, round three: no file hangs a build, no date far off reaches a widget, no cache
file runs code, and every file is still accounted for. Each case is one row of a table or one
property; timings are compared as ratios between two sizes of one input, never against a clock."""

import json
import os
import pickle
import time
from datetime import date

import msgspec
import pandas as pd
import pytest
from conftest import SEEDS
from hypothesis import given, settings
from hypothesis import strategies as st

from rallymap import cli
from rallymap.build import pipeline, reports
from rallymap.build.cache import ReportCache
from rallymap.build.pipeline import build
from rallymap.build.reports import CorpusDates
from rallymap.errors import TimeLimitError
from rallymap.extract.lexicon import default_lexicons
from rallymap.extract.places import _URL, analyse
from rallymap.limits import implausible, plausible_range, time_limit
from rallymap.read import files as ingest
from rallymap.read.files import OUTPUT_FOLDER, Article, discover

# ---------------------------------------------------------------------------------------------
# Linear time: the cost of one input of size 4n over the cost at size n. Linear work gives 4;
# quadratic work gives 16. The bound leaves room for a loaded machine.
GROWTH = 4
LINEAR_BOUND = 9.0


def cost(function, text: str, runs: int = 5) -> float:
    """The least process time of runs of function(text) (the least: a busy machine only adds)."""
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        function(text)
        best = min(best, time.process_time() - started)
    return best


def growth(function, unit: str, base: int, prefix: str = "", suffix: str = "") -> float:
    """How much longer function takes on prefix + unit * (GROWTH * base) + suffix than with base units."""
    small = cost(function, prefix + unit * base + suffix)
    large = cost(function, prefix + unit * (GROWTH * base) + suffix)
    return large / max(small, 1e-4)


@pytest.mark.parametrize("unit, base, prefix, suffix", [
    pytest.param("a.", 4000, "", "comx", id="dotted-run-before-a-near-address"),
    pytest.param("a-", 4000, "", ".comx", id="hyphenated-run"),
    pytest.param("a.b", 3000, "", ".co", id="dotted-words"),
    pytest.param("x.com.", 2000, "", "", id="addresses-joined"),
])
def test_the_address_pattern_is_linear(unit, base, prefix, suffix):
    assert growth(lambda text: list(_URL.finditer(text)), unit, base, prefix, suffix) < LINEAR_BOUND


@pytest.mark.parametrize("unit, base, prefix, suffix", [
    pytest.param("Paris, London, Berlin, Madrid, Rome, ", 60, "Thousands rallied in ", "and Oslo.",
                 id="a-sentence-listing-places"),
    pytest.param("Paris; London; ", 100, "Thousands rallied in ", "Oslo.", id="places-between-semicolons"),
    pytest.param("PARIS ", 200, "\nROMA - ", "rally.", id="a-line-of-capitals"),
    pytest.param(" " * 10 + "Paris, ", 100, "Protesters gathered in", ".", id="places-far-apart-on-one-line"),
    pytest.param("a.b-", 1000, "Rally in Paris at ", "c.comx today.", id="an-address-like-run-in-a-rally"),
    pytest.param("Hyde Park, London, ", 80, "Thousands rallied in ", "Oslo.", id="squares-and-their-towns"),
    pytest.param("(9:00 Paris time) Rome ", 80, "Thousands rallied in ", "Oslo.", id="time-zone-asides"),
    pytest.param("Grand Old Town Square, ", 80, "Thousands rallied in ", "Oslo.", id="a-run-of-capitals-before-a-comma"),
])
def test_extraction_is_linear_in_a_long_line(tiny_gazetteer, unit, base, prefix, suffix):
    assert growth(lambda text: analyse(text, tiny_gazetteer), unit, base, prefix, suffix) < LINEAR_BOUND


@pytest.mark.parametrize("published", [pytest.param(date(2020, 3, 10), id="dated"), pytest.param(None, id="undated")])
@pytest.mark.parametrize("unit, base", [
    pytest.param("Thousands rallied in Paris on March 5, 2019 in 2018. ", 150, id="many-dates-on-one-line"),
    pytest.param("Rallies in Paris and Rome on Saturday, March 7, and Sunday, March 8, will follow; ", 100,
                 id="one-sentence-of-announced-dates"),
    pytest.param("in Paris, where police killed a man on 12 March, hundreds rallied on Saturday; ", 100,
                 id="one-sentence-of-dates-of-what-happened"),
    pytest.param("Home | Monday, March 2, 2020, 9:00 | Login\nThousands rallied in Paris on Sunday.\n", 100,
                 id="many-banners"),
    pytest.param("In 2003 there was a war; on 15 March of that year thousands rallied in Paris, as in 2004, ", 100,
                 id="one-sentence-of-days-of-that-year"),
])
def test_dating_is_linear_in_a_long_line(tiny_gazetteer, unit, base, published):
    lexicons = default_lexicons()

    def extract_all(text):
        article = Article("a", "a.txt", text, "", "", "", published, "header line 'date'" if published else "", "en", "h")
        reports.extract(article, tiny_gazetteer, reports.offline_resolver(tiny_gazetteer), CorpusDates(None, None),
                        lexicons)

    assert growth(extract_all, unit, base) < LINEAR_BOUND


FRAGMENTS = ["Paris", "London", "Oslo", ", ", "; ", " ", ".", "-", "a", "x.com", "www.", "(", ")", "\"", "’s ",
             "rallied in ", "protest ", "Saturday ", "March 5 ", "MADRID ", "—", ":", "\t"]


@settings(max_examples=8, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=3, max_size=8))
def test_extraction_time_grows_linearly_on_any_repeated_line(tiny_gazetteer, pieces):
    unit = "".join(pieces)
    base = max(1, 20_000 // len(unit))  # long enough that a few milliseconds of noise do not count
    assert growth(lambda text: analyse(text, tiny_gazetteer), unit, base, "Thousands rallied in ", ".") < LINEAR_BOUND


# ---------------------------------------------------------------------------------------------
# A time budget per article.

def test_an_article_that_runs_out_of_time_is_skipped_and_the_build_goes_on(tmp_path, gazetteer, monkeypatch):
    folder = tmp_path / "src"
    folder.mkdir()
    for seed in sorted(SEEDS.iterdir()):
        (folder / seed.name).write_bytes(seed.read_bytes())
    real = reports.extract

    def hangs_on_one(article, *args, **kwargs):
        while article.article_id.startswith("002_"):
            pass  # a pattern that never ends, as a quadratic one on megabytes
        return real(article, *args, **kwargs)

    monkeypatch.setattr(reports, "extract", hangs_on_one)
    result = build([folder], gazetteer, seconds=0.3)
    states = dict(zip(result.dataset.articles["article_id"], result.dataset.articles["status"]))
    assert states["002_21f98a6f8f601717"] == "skipped: took longer than 0.3 s to extract"
    assert result.summary["failures"] == 1
    assert sorted(set(states.values())) == ["ok", "skipped: took longer than 0.3 s to extract"]


def test_time_limit_interrupts_only_what_overruns():
    with time_limit(5, "read"):
        pass  # finishes: nothing raised, and the timer is off afterwards
    with pytest.raises(TimeLimitError, match="took longer than 0.05 s to read"):
        with time_limit(0.05, "read"):
            while True:
                pass
    with time_limit(None, "read"):
        pass


def test_article_timeout_is_a_cli_option(tmp_path):
    with pytest.raises(SystemExit):
        cli.main(["build", str(SEEDS), "--out", str(tmp_path), "--article-timeout", "-1"])


# ---------------------------------------------------------------------------------------------
# Dates at the edges.

@pytest.mark.parametrize("published, used", [
    pytest.param("9999-12-31", None, id="end-of-time"),
    pytest.param("1066-10-14", None, id="long-ago"),
    pytest.param("0001-01-01T00:00:00Z", None, id="go-zero-time"),
    pytest.param("2020-02-13", date(2020, 2, 13), id="plausible"),
])
def test_a_publication_date_far_off_is_not_used_and_says_why(tmp_path, gazetteer, published, used):
    record = {"id": "far", "text": "Hundreds rallied in Oslo on Saturday against the war.", "published": published}
    (tmp_path / "far.json").write_text(json.dumps(record), encoding="utf-8")
    result = build([tmp_path], gazetteer)
    article = result.dataset.articles.iloc[0]
    assert article["status"] == "ok"
    assert (None if article["published"] is None or str(article["published"]) == "NaT"
            else article["published"].date()) == used
    if used is None:
        assert article["published_reason"].startswith("not used: record field 'published' gives")


@pytest.mark.parametrize("text", [
    pytest.param("Hundreds rallied in Oslo on 1 January 9999 against the war.", id="year-9999"),
    pytest.param("Hundreds rallied in Oslo on 14 October 1066 against the war.", id="year-1066"),
])
def test_a_rally_date_far_off_is_unknown(tmp_path, gazetteer, text):
    (tmp_path / "a.txt").write_text(" date 2020-02-13\n\n" + text, encoding="utf-8")
    events = build([tmp_path], gazetteer).dataset.events
    assert len(events) == 1
    row = events.iloc[0]
    # no date at all ('unknown', or 'year-unknown': a day and month whose year nothing fixes), or a plausible one
    assert pd.isna(row["date_start"]) or not implausible(row["date_start"].date())


@pytest.mark.parametrize("day, why", [
    pytest.param(date(1899, 12, 31), "before 1900", id="before"),
    pytest.param(date(1900, 1, 1), None, id="first"),
    pytest.param(date(2026, 12, 2), None, id="today"),
    pytest.param(date(2027, 12, 3), None, id="last"),
    pytest.param(date(2027, 12, 4), "more than a year after today", id="after"),
])
def test_plausible_dates(day, why):
    today = date(2026, 12, 2)
    assert plausible_range(today) == (date(1900, 1, 1), date(2027, 12, 3))
    found = implausible(day, today)
    assert (found is None) if why is None else why in found


def test_review_refuses_a_correction_far_off(tmp_path, capsys):
    assert cli.main(["review", "correct", "0123456789abcdef", "--data", str(tmp_path),
                     "--date", "0001-01-01..9999-12-31"]) == 2
    assert "before 1900" in capsys.readouterr().err


# ---------------------------------------------------------------------------------------------
# The cache is data, never code.

class _Runs:
    """A pickle payload that, when unpickled, creates a file: proof that code ran."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


@pytest.mark.parametrize("plant", [
    pytest.param(lambda marker: pickle.dumps(_Runs(marker)), id="a-pickle-that-runs-code"),
    pytest.param(lambda marker: b"\x93\xa4what\x80\x90", id="messagepack-of-another-shape"),
    pytest.param(lambda marker: msgspec.msgpack.encode(
        (pipeline.ReportCache.key(), {"k": [{"not": "an entry"}, None]}, [])), id="an-entry-of-another-shape"),
    pytest.param(lambda marker: msgspec.msgpack.encode(("v", {}, [["events", "../../etc/passwd"]])),
                 id="a-rows-file-outside-the-cache"),
    pytest.param(lambda marker: b"", id="empty"),
])
def test_a_planted_cache_file_is_dropped_not_run(tmp_path, gazetteer, plant):
    source = tmp_path / "src"
    source.mkdir()
    (source / "a.txt").write_text(" date 2020-02-13\n\nHundreds rallied in Oslo on Saturday.", encoding="utf-8")
    out, marker = tmp_path / "out", tmp_path / "code-ran"
    assert cli.main(["build", str(source), "--out", str(out), "--quiet"]) == 0
    cache = out / ".cache"
    for name in ("reports.msgpack", "reports.msgpack.journal", "reports.msgpack.merge", "reports.pickle"):
        (cache / name).write_bytes(plant(marker))
    (source / "b.txt").write_text(" date 2020-02-14\n\nHundreds rallied in Bergen on Sunday.", encoding="utf-8")
    for _ in range(2):  # never fatal, and never sticky
        assert cli.main(["build", str(source), "--out", str(out), "--quiet"]) == 0
    assert not marker.exists()
    assert ReportCache(cache / "reports.msgpack").get("k") is None


def test_a_rows_file_of_another_schema_is_dropped(tmp_path, gazetteer):
    import pyarrow as pa

    source = tmp_path / "src"
    source.mkdir()
    (source / "a.txt").write_text(" date 2020-02-13\n\nHundreds rallied in Oslo on Saturday.", encoding="utf-8")
    out = tmp_path / "out"
    assert cli.main(["build", str(source), "--out", str(out), "--quiet"]) == 0
    for rows in (out / ".cache").glob("*.rows-*.arrow"):
        with pa.ipc.new_file(str(rows), pa.schema([("lat", pa.string())])) as writer:
            writer.write_table(pa.table({"lat": ["abc"]}))
    (source / "b.txt").write_text(" date 2020-02-14\n\nHundreds rallied in Bergen on Sunday.", encoding="utf-8")
    assert cli.main(["build", str(source), "--out", str(out), "--quiet"]) == 0
    assert cli.main(["build", str(source), "--out", str(tmp_path / "fresh"), "--quiet", "--no-cache"]) == 0
    assert (out / "events.csv").read_bytes() == (tmp_path / "fresh" / "events.csv").read_bytes()


# ---------------------------------------------------------------------------------------------
# Folders.

def test_an_unreadable_folder_is_accounted_for(tmp_path, monkeypatch):
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "shut").mkdir()
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("shut"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, skipped = discover([tmp_path])
    assert [p.name for p in files] == ["a.txt"]
    assert [(s.article_id, s.reason) for s in skipped] == [("shut", "cannot read folder: Permission denied")]


def test_the_output_folder_is_never_read_back(tmp_path, capsys, monkeypatch):
    import pandas as pd

    for seed in SEEDS.iterdir():
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
    monkeypatch.chdir(tmp_path)
    read = []
    for _ in range(3):
        assert cli.main(["build", ".", "--out", "data"]) == 0
        articles = pd.read_parquet(tmp_path / "data" / "articles.parquet")
        read.append(int((articles["status"] == "ok").sum()))
    assert read == [5, 5, 5]
    assert "nothing changed" in capsys.readouterr().out.splitlines()[-1]
    files, skipped = discover([tmp_path], exclude=[tmp_path / "data"])
    assert all("data" not in p.parts for p in files)
    assert [s.reason for s in skipped] == [OUTPUT_FOLDER]


# ---------------------------------------------------------------------------------------------
# What the CLI prints.

@pytest.mark.parametrize("text, shown", [
    pytest.param("\x1b[2Jcleared", "\\x1b[2Jcleared", id="escape-sequence"),
    pytest.param("a\rb", "a\\x0db", id="carriage-return"),
    pytest.param("bell\x07", "bell\\x07", id="bell"),
    pytest.param("\x9b31m", "\\x9b31m", id="c1-control"),
    pytest.param("abc\u202egpj.exe", "abc\\u202egpj.exe", id="right-to-left-override"),
    pytest.param("Zürich\ttab\nline", "Zürich\ttab\nline", id="ordinary-text"),
])
def test_the_cli_shows_terminal_controls_as_escapes(text, shown):
    assert cli.visible(text) == shown


def test_a_build_summary_never_writes_a_control_character(tmp_path, capsys):
    source = tmp_path / "src"
    source.mkdir()
    (source / "evil\x1b[2J.txt").write_text("", encoding="utf-8")
    (source / "a.txt").write_text(" date 2020-02-13\n\nHundreds rallied in Oslo on Saturday.", encoding="utf-8")
    cli.main(["build", str(source), "--out", str(tmp_path / "out")])
    out = capsys.readouterr().out
    assert "\x1b" not in out and "evil\\x1b[2J" in out


def test_many_identical_records_are_summarised_by_count(tmp_path, capsys):
    source = tmp_path / "src"
    source.mkdir()
    record = {"text": "Hundreds rallied in Oslo on Saturday.", "published": "2020-02-13"}
    (source / "same.jsonl").write_text("\n".join(json.dumps({**record, "id": f"r{k}"}) for k in range(2000)),
                                       encoding="utf-8")
    assert cli.main(["build", str(source), "--out", str(tmp_path / "out")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) < 10
    assert any("1,999 article(s) with the same text" in line for line in lines)
    assert len(ingest.read_file(source / "same.jsonl")) == 2000
