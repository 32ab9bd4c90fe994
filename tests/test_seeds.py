"""The five seed articles end to end: every rally they report, where and when."""

import pandas as pd
import pytest
from conftest import SEEDS

from rallymap.build.pipeline import build

WEEKEND_0208 = ("2020-02-08", "2020-02-09")
WEEKEND_0201 = ("2020-02-01", "2020-02-02")
# (article, city, country, date_start, date_end, date_precision)
EXPECTED = [
    *[("000_d4c9b7411857badc", city, cc, *WEEKEND_0208, "weekend") for city, cc in [
        ("Brussels", "BE"), ("Geneva", "CH"), ("London", "GB"), ("Oslo", "NO"), ("Rome", "IT"),
        ("Stockholm", "SE"), ("Toronto", "CA"), ("Washington", "US")]],
    *[("001_cd678cb62480bb0f", city, cc, *WEEKEND_0201, "weekend") for city, cc in [
        ("Ottawa", "CA"), ("Toronto", "CA"), ("Oslo", "NO"), ("Gothenburg", "SE"), ("Malmö", "SE"),
        ("Århus", "DK")]],
    ("002_21f98a6f8f601717", "Paris", "FR", "2020-02-11", "2020-02-11", "day"),
    ("003_974651feac91a017", "Stockholm", "SE", "2020-01-18", "2020-01-18", "day"),
    ("003_974651feac91a017", "Washington", "US", "2020-01-18", "2020-01-18", "day"),
    *[("003_974651feac91a017", city, cc, "2020-01-18", "2020-01-22", "approximate") for city, cc in [
        ("The Hague", "NL"), ("Hamburg", "DE"), ("Copenhagen", "DK")]],
    *[("004_54c3dc2b256ea774", city, cc, "2019-12-15", "2019-12-28", "approximate") for city, cc in [
        ("Toronto", "CA"), ("Oslo", "NO"), ("Baden", "CH")]],
]


@pytest.fixture(scope="module")
def seeds_build(gazetteer):
    return build([SEEDS], gazetteer)


def test_every_seed_rally(seeds_build):
    events = seeds_build.dataset.events
    got = sorted(zip(events["article_id"], events["city"], events["country"],
                     events["date_start"].dt.strftime("%Y-%m-%d"), events["date_end"].dt.strftime("%Y-%m-%d"),
                     events["date_precision"]))
    assert got == sorted(EXPECTED)


def test_rallies_and_traceability(seeds_build):
    events, rallies = seeds_build.dataset.events, seeds_build.dataset.rallies
    assert len(rallies) == 23 and rallies["n_reports"].sum() == len(events)
    assert events["city"].nunique() == 17
    articles = seeds_build.dataset.articles.set_index("article_id")
    for row in events.itertuples():
        text = articles.loc[row.article_id, "text"]
        assert row.evidence in text
        assert text[row.start_char:row.end_char] in row.evidence
        assert row.geo_reason and row.date_reason and row.rally_reason


def test_not_rallies(seeds_build):
    cities = set(seeds_build.dataset.events["city"])
    assert not cities & {"Tehran", "Hendon", "Baghdad"}


def test_baden_is_the_swiss_one(seeds_build):
    baden = seeds_build.dataset.events.query("city == 'Baden'").iloc[0]
    assert (baden.country, baden.admin1) == ("CH", "AG")
    assert "country written after it" in baden.geo_reason


def test_publication_dates(seeds_build):
    articles = seeds_build.dataset.articles.set_index("article_id")["published"]
    assert articles.dt.strftime("%Y-%m-%d").fillna("").to_dict() == {
        "000_d4c9b7411857badc": "2020-02-13", "001_cd678cb62480bb0f": "2020-02-04",
        "002_21f98a6f8f601717": "2020-02-12", "003_974651feac91a017": "", "004_54c3dc2b256ea774": ""}


def test_same_rally_from_two_articles_is_one(gazetteer, tmp_path):
    (tmp_path / "a.txt").write_text(" date 2020-02-13 Rally\n\nIranians rallied in Oslo on Saturday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(" date 2020-02-10 Report\n\nA protest was held in Oslo over the weekend.\n",
                                    encoding="utf-8")
    result = build([tmp_path], gazetteer)
    rallies = result.dataset.rallies
    assert len(result.dataset.events) == 2 and len(rallies) == 1
    rally = rallies.iloc[0]
    assert (rally.city, rally.n_reports, rally.article_ids) == ("Oslo", 2, "a|b")
    assert (rally.date_start, rally.date_end) == (pd.Timestamp("2020-02-08"), pd.Timestamp("2020-02-08"))
