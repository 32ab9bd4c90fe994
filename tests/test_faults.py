"""Bad input and faults: every file accounted for, nothing crashes, nothing lost."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from conftest import ROOT, SEEDS
from hypothesis import given, settings
from hypothesis import strategies as st

from rallymap.build import pipeline, reports
from rallymap.build.pipeline import build
from rallymap.errors import OutputError
from rallymap.extract.places import analyse
from rallymap.read import files as ingest
from rallymap.store import dataset

RALLY = " date 2020-02-13 Rally report\n\nIranians rallied in Oslo on Saturday and in Stockholm on Sunday.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"


@pytest.fixture(scope="module")
def messy(tmp_path_factory):
    """A folder holding every kind of bad input next to good articles."""
    root = tmp_path_factory.mktemp("messy")
    (root / "empty.txt").write_bytes(b"")
    (root / "image.png").write_bytes(PNG)
    (root / "nul.txt").write_bytes(b"Rally in Oslo\x00\x00\x00binary")
    (root / "cp1252.txt").write_bytes("Protesters rallied in Malmö on Saturday – “free Iran”.".encode("cp1252"))
    (root / "latin1.txt").write_bytes("Des manifestants se sont réunis à Genève. Protesters rallied in Zürich.".encode("latin-1"))
    (root / "utf16.txt").write_bytes("Protesters gathered in København on Sunday.".encode("utf-16"))
    (root / "huge.txt").write_bytes(b"rally in Oslo. " * 3_500_000)  # 52 MB
    (root / "scripts.html").write_text(
        "<html><head><style>body{color:red}</style><script>var x = 'rally in Paris';</script></head><body>"
        + "<script>document.write('Rome')</script>" * 50
        + "<article><h1>Rally in Oslo</h1><p>Iranians rallied in Oslo on Saturday in solidarity with the protests "
          "in Iran. Hundreds gathered outside the parliament with flags and chanted slogans.</p></article>"
        + "<style>.a{}</style>" * 50 + "</body></html>", encoding="utf-8")
    (root / "broken.json").write_text('{"id": "x", "text": "rally in Oslo"', encoding="utf-8")
    (root / "mixed.jsonl").write_text(
        json.dumps({"id": "good1", "text": "Iranians rallied in Oslo on Saturday.", "published": "2020-02-13"}) + "\n"
        + "{not json}\n"
        + json.dumps({"id": "good2", "text": "Supporters gathered in Stockholm on Sunday.", "published": "2020-02-13"})
        + "\n", encoding="utf-8")
    loop = root / "loop"
    loop.mkdir()
    (loop / "again").symlink_to(root, target_is_directory=True)
    (root / "self-link.txt").symlink_to(root / "self-link.txt")
    (root / "locked.txt").write_text(RALLY, encoding="utf-8")
    (root / "locked.txt").chmod(0)
    (root / "original.txt").write_text(RALLY, encoding="utf-8")
    (root / "copy.txt").write_text(RALLY, encoding="utf-8")
    (root / "no-places.txt").write_text("A rally was held yesterday, organisers said.", encoding="utf-8")
    (root / "no-dates.txt").write_text("Iranians rallied in Oslo.", encoding="utf-8")
    cities = ["Oslo", "Stockholm", "Paris", "London", "Berlin", "Rome", "Madrid", "Vienna", "Toronto", "Sydney"] * 50
    (root / "many.txt").write_text("Rallies were held in " + ", ".join(cities) + ".", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def messy_build(messy, gazetteer):
    return build([messy], gazetteer)


def status(result):
    articles = result.dataset.articles
    return dict(zip(articles["article_id"], articles["status"]))


def test_every_file_is_accounted_for(messy, messy_build):
    states = status(messy_build)
    top = {p.stem for p in messy.iterdir() if p.name not in ("loop", "broken.json", "mixed.jsonl")}
    assert top <= set(states), top - set(states)
    assert {"broken", "good1", "good2", "mixed:2"} <= set(states)  # records of JSON files by id, bad lines by number
    assert all(s == "ok" or s.startswith("skipped: ") for s in states.values())


@pytest.mark.parametrize("article_id, expected", [
    pytest.param("empty", "skipped: empty file", id="empty"),
    pytest.param("image", "skipped: unsupported file type '.png'", id="png"),
    pytest.param("nul", "skipped: binary file, not text", id="nul-bytes"),
    pytest.param("huge", "skipped: too large (52.5 MB; the limit is 5 MB)", id="50MB"),
    pytest.param("broken", "skipped: invalid JSON at line 1: Expecting ',' delimiter", id="malformed-json"),
    pytest.param("mixed:2", "skipped: line 2: invalid JSON (Expecting property name enclosed in double quotes)",
                 id="bad-jsonl-line"),
    pytest.param("self-link", "skipped: broken or looping symbolic link", id="symlink-to-itself"),
    pytest.param("copy", "skipped: same text as copy", id="duplicate-first-one-kept"),
    pytest.param("original", "skipped: same text as copy", id="duplicate"),
])
def test_skip_reasons(messy_build, article_id, expected):
    states = status(messy_build)
    if article_id == "copy":
        assert states["copy"] == "ok"  # files are read in sorted order: copy.txt comes first
    else:
        assert states[article_id] == expected


def test_folder_loop_is_reported_once(messy_build):
    reasons = messy_build.summary["skip_reasons"]
    assert any("symbolic link loop" in r for r in reasons.values())


def test_good_content_survives(messy_build):
    states = status(messy_build)
    events = messy_build.dataset.events
    for article_id in ("cp1252", "latin1", "utf16", "scripts", "good1", "good2", "no-places", "no-dates", "many"):
        assert states[article_id] == "ok", article_id
    cities = events.groupby("article_id")["city"].apply(set).to_dict()
    assert cities["cp1252"] == {"Malmö"} and cities["utf16"] == {"Copenhagen"} and cities["scripts"] == {"Oslo"}
    assert cities["good1"] == {"Oslo"} and cities["good2"] == {"Stockholm"}
    assert "no-places" not in cities and cities["no-dates"] == {"Oslo"}
    assert len(cities["many"]) == 10  # a list of 500 names: ten cities, one report each
    no_dates = events[events["article_id"] == "no-dates"].iloc[0]
    assert no_dates["date_precision"] == "unknown" and pd.isna(no_dates["date_start"])
    duplicate = messy_build.dataset.articles.set_index("article_id").loc["original"]
    assert duplicate["duplicate_of"] == "copy"
    assert (events["article_id"] == "original").sum() == 0 and (events["article_id"] == "copy").sum() == 2


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(messy_build):
    assert status(messy_build)["locked"].startswith("skipped: cannot read")


def test_unreadable_file_reason(tmp_path, gazetteer, monkeypatch):
    (tmp_path / "locked.txt").write_text(RALLY, encoding="utf-8")

    def refuse(path, *args, **kwargs):
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return open(path, *args, **kwargs)

    monkeypatch.setattr(ingest, "open", refuse, raising=False)  # the reader's open, as root cannot be refused
    assert status(build([tmp_path], gazetteer)) == {"locked": "skipped: cannot read: Permission denied"}


def test_cli_exit_codes_and_summary(messy, tmp_path, gazetteer):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run([sys.executable, "-m", "rallymap", "build", str(messy), "--out", str(tmp_path / "out")],
                            capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "skipped empty: empty file" in result.stdout and "skipped huge: too large" in result.stdout
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = subprocess.run([sys.executable, "-m", "rallymap", "build", str(messy), "--out", str(blocker / "out")],
                            capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 2 and result.stderr.startswith("rallymap: cannot write")
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_rebuild_is_byte_identical(messy_build, messy, gazetteer, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    dataset.write(messy_build.dataset, first, messy_build.summary)
    again = build([messy], gazetteer)
    dataset.write(again.dataset, second, again.summary)
    dataset.write(again.dataset, second, again.summary)
    for path in sorted(first.iterdir()):
        assert path.read_bytes() == (second / path.name).read_bytes(), path.name
    events = dataset.read(second).events
    assert not events.duplicated(["article_id", "geonameid"]).any()


def test_interrupted_write_keeps_the_previous_tables(messy_build, tmp_path, monkeypatch):
    out = tmp_path / "data"
    dataset.write(messy_build.dataset, out, messy_build.summary)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    calls = {"n": 0}
    original = dataset.pq.write_table

    def killed(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt  # what a kill looks like half-way through the writes
        return original(*args, **kwargs)

    monkeypatch.setattr(dataset.pq, "write_table", killed)
    smaller = dataset.Dataset(messy_build.dataset.events.head(1), messy_build.dataset.articles,
                              messy_build.dataset.rallies)
    with pytest.raises(KeyboardInterrupt):
        dataset.write(smaller, out, {})
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert len(dataset.read(out).events) == len(messy_build.dataset.events)


def test_a_failed_write_waits_for_the_others_before_cleaning_up(messy_build, tmp_path, monkeypatch):
    import errno
    import time

    out = tmp_path / "data"
    dataset.write(messy_build.dataset, out, messy_build.summary)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    slow_csv = dataset._to_csv

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    def slow(table, path):
        time.sleep(0.3)  # still writing when the Parquet write has failed
        slow_csv(table, path)

    monkeypatch.setattr(dataset.pq, "write_table", full_disk)
    monkeypatch.setattr(dataset, "_to_csv", slow)
    with pytest.raises(OutputError, match="No space left"):
        dataset.write(messy_build.dataset, out, {})
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # no temporary file left behind


def test_unwritable_output_is_a_named_error(messy_build, tmp_path):
    (tmp_path / "file").write_text("")
    with pytest.raises(OutputError, match="cannot write"):
        dataset.write(messy_build.dataset, tmp_path / "file" / "out", {})


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_extractor_never_raises(tiny_gazetteer, text):
    analysis = analyse(text, tiny_gazetteer)
    for rally in analysis.rallies:
        assert 0 <= rally.place.start < rally.place.end <= len(text)


TOKENS = st.sampled_from(["Paris", "London, Ont.", "rallied in", "protest", "“", "”", "Oslo", ",", "and", "the",
                          "MP for", "Hendon", "\n", "\n\n", ".", "Washington DC", "killed in", "Tehran", ":", ";"])


@settings(max_examples=300, deadline=None)
@given(st.lists(TOKENS, max_size=30).map(" ".join))
def test_extractor_on_rally_like_text(tiny_gazetteer, text):
    analysis = analyse(text, tiny_gazetteer)
    for rally in analysis.rallies:
        assert text[rally.place.start:rally.place.end] == rally.place.surface
        assert rally.why


# Bad input, round two: files that block, never end, or nest without end, among good articles.

@pytest.fixture()
def good_folder(tmp_path):
    folder = tmp_path / "src"
    folder.mkdir()
    for seed in sorted(SEEDS.iterdir()):
        (folder / seed.name).write_bytes(seed.read_bytes())
    return folder


def _expect_seed_reports(result, skipped: dict[str, str]):
    states = status(result)
    for article_id, reason in skipped.items():
        assert states[article_id].startswith(f"skipped: {reason}"), states[article_id]
    assert len(result.dataset.events) == 23  # the seeds' reports all come out


def test_deeply_nested_json_is_skipped(good_folder, gazetteer):
    (good_folder / "deep.json").write_text("[" * 10_000 + "]" * 10_000, encoding="utf-8")
    (good_folder / "deep-lines.jsonl").write_text('{"id": "ok", "text": "Rallies in Oslo."}\n' + "[" * 5000 + "\n",
                                                  encoding="utf-8")
    result = build([good_folder], gazetteer)
    _expect_seed_reports(result, {"deep": "JSON nested deeper than 32", "deep-lines:2": "line 2: JSON nested deeper"})
    assert status(result)["ok"] == "ok"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_named_pipe_is_skipped_without_opening_it(good_folder, gazetteer):
    os.mkfifo(good_folder / "pipe.txt")
    result = build([good_folder], gazetteer)  # opening the pipe would block this test forever
    _expect_seed_reports(result, {"pipe": "not a regular file (a named pipe)"})


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_link_to_a_device_is_skipped(good_folder, gazetteer):
    (good_folder / "zero.txt").symlink_to("/dev/zero")
    result = build([good_folder], gazetteer)  # reading it would never end
    _expect_seed_reports(result, {"zero": "not a regular file (a character device)"})


def test_an_article_that_raises_is_recorded_and_the_build_goes_on(good_folder, gazetteer, monkeypatch):
    real = reports.extract

    def fails_on_one(article, *args, **kwargs):
        if article.article_id.startswith("002_"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(article, *args, **kwargs)

    monkeypatch.setattr(reports, "extract", fails_on_one)
    def read_fails_on_one(path):
        if path.name.startswith("004_"):
            raise MemoryError
        return ingest.read_file(path)

    monkeypatch.setattr(pipeline, "read_file", read_fails_on_one)
    result = build([good_folder], gazetteer)
    states = status(result)
    assert states["002_21f98a6f8f601717"] == "skipped: failed while extracting: RecursionError: maximum recursion " \
                                            "depth exceeded"
    assert states["004_54c3dc2b256ea774"] == "skipped: failed while reading: MemoryError"
    assert result.summary["failures"] == 2
    assert set(result.dataset.events["article_id"]) == {"000_d4c9b7411857badc", "001_cd678cb62480bb0f",
                                                        "003_974651feac91a017"}


def test_failures_set_the_exit_code(good_folder, tmp_path, gazetteer, monkeypatch):
    from rallymap import cli

    monkeypatch.setattr(reports, "extract", lambda *a, **k: 1 / 0)
    assert cli.main(["build", str(good_folder), "--out", str(tmp_path / "out"), "--quiet", "--no-cache"]) == 3
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert articles["status"].str.startswith("skipped: failed while extracting: ZeroDivisionError").all()
