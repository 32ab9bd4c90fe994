"""Review: stable report ids, verdicts applied after every build, the CLI, concurrent writers."""

import json
import multiprocessing
import shutil
from datetime import UTC, date, datetime

import pandas as pd
import pytest
from conftest import SEEDS
from test_cli import run

from rallymap.app.data import Filters, apply_filters, prepare
from rallymap.build import workspace
from rallymap.build.pipeline import build
from rallymap.errors import InputError, ReviewError
from rallymap.extract.gazetteer import City
from rallymap.store import dataset, review
from rallymap.store.layout import ADDED, CORRECTIONS

NOON = datetime(2026, 1, 5, 12, tzinfo=UTC)
STOCKHOLM = City(2673730, "Stockholm", 59.32938, 18.06871, "SE", "26", 1515017)


@pytest.fixture(scope="module")
def seeds(gazetteer):
    return build([SEEDS], gazetteer).dataset


@pytest.fixture
def built(seeds, tmp_path):
    """The seeds build written to a folder, as `rallymap build` leaves it."""
    dataset.write(seeds, tmp_path, {"sources": [str(SEEDS)]})
    return tmp_path


def report(data, city, day=None):
    events = data.events[data.events["city"] == city]
    if day:
        events = events[events["date_start"] <= pd.Timestamp(day)]
        events = events[events["date_end"] >= pd.Timestamp(day)]
    assert len(events) == 1, events[["city", "date_start"]]
    return events.iloc[0]


def test_report_ids_are_stable_across_rebuilds_and_file_names(seeds, gazetteer, tmp_path):
    for seed in sorted(SEEDS.iterdir()):
        shutil.copy(seed, tmp_path / f"renamed-{seed.name}")
    again = build([tmp_path], gazetteer).dataset
    assert again.events["report_id"].is_unique
    assert set(again.events["report_id"]) == set(seeds.events["report_id"])
    assert set(again.events["article_id"]).isdisjoint(seeds.events["article_id"])  # other names, same ids


def test_a_verdict_survives_a_rebuild(seeds, gazetteer, tmp_path):
    oslo = report(seeds, "Oslo", "2020-02-08")
    verdicts = [review.make_verdict(oslo["report_id"], "reject", "ana", "a page footer", now=NOON)]
    for source in (SEEDS, tmp_path):
        shutil.copytree(SEEDS, tmp_path, dirs_exist_ok=True)
        rebuilt = build([source], gazetteer, verdicts=verdicts)
        row = rebuilt.dataset.events.set_index("report_id").loc[oslo["report_id"]]
        assert row["review_status"] == "rejected" and row["reviewed_by"] == "ana" and pd.isna(row["rally_id"])
        assert rebuilt.summary["review"]["review_status"] == {"machine": 22, "rejected": 1}


def test_rejected_reports_leave_the_rallies_and_the_map(seeds):
    oslo = report(seeds, "Oslo", "2020-02-08")
    rome = report(seeds, "Rome")
    data, unmatched = review.reviewed(seeds, [review.make_verdict(oslo["report_id"], "reject", "ana", now=NOON),
                                              review.make_verdict(rome["report_id"], "reject", "ana", now=NOON)])
    assert unmatched == [] and len(data.events) == len(seeds.events)  # kept for audit
    assert len(data.rallies) == len(seeds.rallies) - 2 and "Rome" not in set(data.rallies["city"])
    cities = apply_filters(prepare(data.events, data.rallies, data.articles), Filters()).cities
    assert "Rome" not in set(cities["city"]) and cities.set_index("city").loc["Oslo", "rallies"] == 2


def test_a_correction_moves_the_report_and_merges_it_into_that_citys_rally(seeds):
    oslo = report(seeds, "Oslo", "2020-02-08")
    fix = review.make_verdict(oslo["report_id"], "correct", "ana", "it says Stockholm", STOCKHOLM, now=NOON)
    data, _ = review.reviewed(seeds, [fix])
    row = data.events.set_index("report_id").loc[oslo["report_id"]]
    assert (row["city"], row["country"], row["geonameid"]) == ("Stockholm", "SE", 2673730)
    assert (row["machine_city"], row["machine_country"], row["machine_geonameid"]) == ("Oslo", "NO", 3143244)
    assert row["review_status"] == "corrected" and "corrected by ana" in row["geo_reason"]
    stockholm = data.rallies[(data.rallies["city"] == "Stockholm") & (data.rallies["date_start"] == "2020-02-08")]
    assert stockholm["n_reports"].tolist() == [2]
    assert len(data.rallies) == len(seeds.rallies) - 1


def test_corrected_dates_and_the_last_verdict_wins(seeds):
    oslo = report(seeds, "Oslo", "2020-02-08")
    first = review.make_verdict(oslo["report_id"], "correct", "ana", dates=(date(2020, 2, 8), date(2020, 2, 8)),
                                now=NOON)
    data, _ = review.reviewed(seeds, [first])
    row = data.events.set_index("report_id").loc[oslo["report_id"]]
    assert (row["date_start"], row["date_end"], row["date_precision"]) == (
        pd.Timestamp("2020-02-08"), pd.Timestamp("2020-02-08"), "day")
    assert row["machine_date_end"] == pd.Timestamp("2020-02-09") and row["machine_date_precision"] == "weekend"
    then = review.make_verdict(oslo["report_id"], "accept", "bo", now=NOON)
    again, _ = review.reviewed(data, [first, then])  # applied from the machine's values, not on top
    row = again.events.set_index("report_id").loc[oslo["report_id"]]
    assert row["review_status"] == "accepted" and row["date_end"] == pd.Timestamp("2020-02-09")
    assert pd.isna(row["machine_date_end"])


def test_a_verdict_whose_report_is_gone_is_listed(seeds, gazetteer):
    gone = review.make_verdict("0123456789abcdef", "accept", "ana", now=NOON)
    result = build([SEEDS], gazetteer, verdicts=[gone])
    assert result.summary["review"]["unmatched_verdicts"] == [
        "0123456789abcdef (accept by ana at 2026-01-05T12:00:00+00:00)"]


_CORRECT = '{"report_id": "x", "action": "correct", "at": "t", "by": "b", '
_ACCEPT = '{"report_id": "x", "action": "accept", "at": "t", "by": "b", '


@pytest.mark.parametrize("line, says", [
    pytest.param("{not json", "JSON is malformed", id="not-json"),
    pytest.param('["a list"]', "Expected `object`, got `array`", id="not-an-object"),
    pytest.param('{"report_id": "x", "at": "t", "by": "b"}', "missing required field `action`", id="no-action"),
    pytest.param('{"report_id": "x", "action": "delete", "at": "t", "by": "b"}', "Invalid enum value 'delete'",
                 id="bad-action"),
    pytest.param('{"report_id": "x", "action": "correct", "at": "t", "by": "b"}', "nothing to correct",
                 id="empty-correction"),
    pytest.param(_CORRECT + '"date_start": "2020-02-30"}', "Invalid RFC3339 encoded date", id="impossible-date"),
    pytest.param(_CORRECT + '"place": {"city": "X"}}', "missing required field", id="place-without-coordinates"),
    pytest.param(_ACCEPT + '"note": 5}', "Expected `str | null`, got `int` - at `$.note`", id="note-a-number"),
    pytest.param(_ACCEPT + '"note": {"a": 1}}', "got `object` - at `$.note`", id="note-an-object"),
    pytest.param(_CORRECT + '"place": {"city": "X", "country": "FR", "lat": "abc", "lon": 2}}',
                 "Expected `float`, got `str` - at `$.place.lat`", id="latitude-a-word"),
    pytest.param(_CORRECT + '"place": {"city": "X", "country": "FR", "lat": 999, "lon": 2}}',
                 "<= 90.0 - at `$.place.lat`", id="latitude-out-of-range"),
    pytest.param(_CORRECT + '"place": {"city": "X", "country": "FR", "lat": NaN, "lon": 2}}', "JSON is malformed",
                 id="latitude-nan"),
    pytest.param(_CORRECT + '"place": {"city": "X", "country": "FR", "lat": 1, "lon": 2, "geonameid": 1e30}}',
                 "at `$.place.geonameid`", id="geonameid-huge"),
    pytest.param(_CORRECT + '"date_start": "0001-01-01", "date_end": "9999-12-31"}', "is before 1900",
                 id="dates-unbounded"),
    pytest.param(_CORRECT + '"date_end": "2020-02-03"}', "date_end without a date_start", id="end-without-start"),
    pytest.param("[" * 20_000 + "]" * 20_000, "Expected `object`", id="nested-deep"),
    pytest.param(_ACCEPT + '"note": "' + "x" * 70_000 + '"}', "longer than 65,536 bytes", id="line-too-long"),
    pytest.param(_ACCEPT + '"by": "' + "x" * 300 + '"}', "Expected `str` of length <= 200", id="name-too-long"),
])
def test_a_corrupt_line_is_reported_and_the_others_apply(tmp_path, line, says):
    good = review.make_verdict("a", "accept", "ana", now=NOON)
    (tmp_path / CORRECTIONS).write_text(f"{good.line()}\n{line}\n\n{good.line()}\n", encoding="utf-8")
    verdicts, problems = review.read_verdicts(tmp_path)
    assert verdicts == [good, good]
    assert len(problems) == 1 and problems[0].startswith("corrections.jsonl line 2:") and says in problems[0]


@pytest.mark.parametrize("kwargs, says", [
    pytest.param({"action": "delete"}, "unknown action", id="unknown-action"),
    pytest.param({"by": "  "}, "reviewer's name", id="no-name"),
    pytest.param({"action": "correct"}, "needs a new city", id="nothing-to-correct"),
    pytest.param({"action": "reject", "place": STOCKHOLM}, "only a correction", id="reject-with-a-city"),
    pytest.param({"action": "correct", "dates": (date(2020, 2, 9), date(2020, 2, 8))}, "backwards", id="backwards"),
])
def test_bad_verdicts_are_refused(kwargs, says):
    arguments = {"report": "a", "action": "accept", "by": "ana", **kwargs}
    with pytest.raises(ReviewError, match=says):
        review.make_verdict(**arguments)


def _reject(directory, report_id):
    review.record(directory, review.make_verdict(report_id, "reject", f"writer-{report_id[:4]}"))


def test_two_writers_at_once_lose_nothing(built, seeds):
    ids = seeds.events["report_id"].tolist()[:8]
    context = multiprocessing.get_context("fork")
    writers = [context.Process(target=_reject, args=(built, rid)) for rid in ids]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(60)
    assert [w.exitcode for w in writers] == [0] * len(ids)
    verdicts, problems = review.read_verdicts(built)
    assert sorted(v.report_id for v in verdicts) == sorted(ids) and problems == []
    events = dataset.read(built).events.set_index("report_id")
    assert (events.loc[ids, "review_status"] == "rejected").all()


def test_the_cli_reviews_the_seeds_build_as_documented(built, seeds):
    oslo, rome, paris = (report(seeds, "Oslo", "2020-02-08")["report_id"], report(seeds, "Rome")["report_id"],
                         report(seeds, "Paris")["report_id"])
    accepted = run("review", "accept", paris, "--data", str(built), "--note", "checked")
    assert accepted.returncode == 0 and f"{paris}: accepted" in accepted.stdout
    assert run("review", "reject", rome, "--data", str(built)).returncode == 0
    corrected = run("review", "correct", oslo, "--city", "Stockholm, SE", "--date", "2020-02-08..2020-02-09",
                    "--data", str(built))
    assert corrected.returncode == 0 and "now Stockholm, SE, 2020-02-08..2020-02-09" in corrected.stdout
    listed = run("review", "list", "--data", str(built))
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == len(seeds.events)
    assert f"{rome}  rejected" in listed.stdout and f"{oslo}  corrected  Stockholm, SE" in listed.stdout
    summary = json.loads((built / "build.json").read_text())
    assert summary["review"]["review_status"] == {"accepted": 1, "corrected": 1, "machine": 20, "rejected": 1}
    assert summary["sources"] == [str(SEEDS)] and summary["rallies"] == len(seeds.rallies) - 2
    rebuilt = run("build", str(SEEDS), "--out", str(built))  # a rebuild keeps every verdict
    assert rebuilt.returncode == 0 and "review verdicts applied: accepted 1, corrected 1, rejected 1" in rebuilt.stdout


@pytest.mark.parametrize("args, says", [
    pytest.param(["accept", "0000000000000000"], "no report 0000000000000000", id="unknown-report"),
    pytest.param(["correct", "{oslo}", "--city", "Atlantis, ZZ"], "no place called", id="unknown-city"),
    pytest.param(["correct", "{oslo}", "--date", "2020-02-31"], "not a date", id="impossible-date"),
    pytest.param(["correct", "{oslo}"], "--city, --date", id="nothing-to-correct"),
])
def test_the_cli_says_what_is_wrong(built, seeds, args, says):
    oslo = report(seeds, "Oslo", "2020-02-08")["report_id"]
    result = run("review", *[a.format(oslo=oslo) for a in args], "--data", str(built))
    assert result.returncode == 2 and says in result.stderr and "Traceback" not in result.stderr
    assert not (built / CORRECTIONS).exists()


def test_the_cli_reports_a_corrupt_corrections_file(built, seeds):
    (built / CORRECTIONS).write_text("garbage\n", encoding="utf-8")
    result = run("review", "accept", report(seeds, "Rome")["report_id"], "--data", str(built))
    assert result.returncode == 3 and "line 1" in result.stderr
    assert len(review.read_verdicts(built)[0]) == 1


@pytest.mark.parametrize("name, content, says", [
    pytest.param("notes.pdf", b"%PDF", "not .pdf", id="unread-format"),
    pytest.param("huge.txt", b"x" * 5_000_001, "over the", id="over-the-limit"),
])
def test_an_upload_the_build_cannot_read_is_refused(tmp_path, name, content, says):
    with pytest.raises(InputError, match=says):
        workspace.save_upload(tmp_path, name, content)
    assert not (tmp_path / ADDED).exists()


def test_uploads_are_saved_under_safe_names_and_never_overwrite(tmp_path):
    first = workspace.save_upload(tmp_path, "../../etc/Rally in Oslo!.txt", b"one")
    again = workspace.save_upload(tmp_path, "Rally in Oslo!.txt", b"one")
    other = workspace.save_upload(tmp_path, "Rally in Oslo!.txt", b"two")
    assert first == again == tmp_path / "sources" / "Rally-in-Oslo.txt"
    assert other.parent == first.parent and other != first and other.read_bytes() == b"two"


def test_a_rebuild_reads_the_old_sources_and_the_added_files(built, gazetteer):
    review.record(built, review.make_verdict(report(dataset.read(built), "Rome")["report_id"], "reject", "ana"))
    workspace.save_upload(built, "bergen.txt", b" date 2020-02-10 Bergen\n\nHundreds rallied in Bergen on Saturday.")
    workspace.save_upload(built, "empty.json", b"{}")
    result = workspace.rebuild(built, gazetteer)
    articles = result.dataset.articles.set_index("article_id")
    assert articles.loc["bergen", "status"] == "ok" and articles.loc["empty:1", "status"].startswith("skipped")
    assert len(articles) == 7  # five seeds, one article, one file accounted for as skipped
    assert "Bergen" in set(result.dataset.rallies["city"]) and "Rome" not in set(result.dataset.rallies["city"])
    assert dataset.read(built).events["review_status"].eq("rejected").sum() == 1
