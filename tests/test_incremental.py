"""A rebuild with the report cache gives the tables a build from nothing gives, and extracts only
what it must: new articles, and undated ones whose reference date the grown corpus changes."""

from pathlib import Path

import pandas as pd

from rallymap.cache import ReportCache
from rallymap.pipeline import build

# Made-up reports. The undated ones are read against the corpus: a day with its year does not
# depend on it; a weekday with no year takes the year nearest the corpus's median date.
PUBLISHED = "Published: {day}\n\nSupporters rally in {city}\n\nHundreds rallied in {city} on Saturday against the war."
UNDATED = {
    "undated-with-year": "Hundreds rallied in Lyon on 3 May 2021 against the crackdown.",
    "undated-weekday": "On Saturday, 14 March, hundreds rallied in Marseille against the war.",
}


def write(folder: Path, name: str, text: str) -> None:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def published(folder: Path, days: list[str], city: str = "Paris") -> None:
    for day in days:
        write(folder, f"published-{day}", PUBLISHED.format(day=day, city=city))


def rebuild(folder: Path, cache_file: Path, gazetteer):
    cached = ReportCache(cache_file)
    result = build([folder], gazetteer, cache=cached)
    cached.save()
    fresh = build([folder], gazetteer)
    for name in ("events", "articles", "rallies"):
        pd.testing.assert_frame_equal(getattr(result.dataset, name), getattr(fresh.dataset, name))
    return result


def weekday_rally(result) -> str:
    events = result.dataset.events
    return str(events.loc[events["city"] == "Marseille", "date_start"].iloc[0].date())


def test_a_rebuild_extracts_only_what_the_new_articles_change(tmp_path, gazetteer):
    folder, cache_file = tmp_path / "articles", tmp_path / "cache.pickle"
    folder.mkdir()
    for name, text in UNDATED.items():
        write(folder, name, text)
    published(folder, ["2020-03-20", "2020-04-02"])
    first = rebuild(folder, cache_file, gazetteer)
    assert (first.processed, first.reused) == (4, 0)
    assert weekday_rally(first) == "2020-03-14"

    published(folder, ["2020-03-25"])  # the median moves, the year nearest it does not
    second = rebuild(folder, cache_file, gazetteer)
    assert (second.processed, second.reused) == (1, 4)
    assert weekday_rally(second) == "2020-03-14"

    published(folder, ["2026-04-01", "2026-04-02", "2026-04-03", "2026-04-04", "2026-04-05"], city="Berlin")
    third = rebuild(folder, cache_file, gazetteer)  # the median is now in 2026: 14 March 2026 is a Saturday
    assert (third.processed, third.reused) == (6, 4)
    assert weekday_rally(third) == "2026-03-14"
