"""A rebuild with the report cache gives the tables a build from nothing gives, and extracts only
what it must: new articles, and undated ones whose reference date the grown corpus changes."""

from pathlib import Path

import pandas as pd

from rallymap.build.cache import ReportCache
from rallymap.build.pipeline import build

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
    folder, cache_file = tmp_path / "articles", tmp_path / "cache.msgpack"
    folder.mkdir()
    for name, text in UNDATED.items():
        write(folder, name, text)
    published(folder, ["2020-03-18", "2020-03-20", "2020-04-02"])
    first = rebuild(folder, cache_file, gazetteer)
    assert (first.processed, first.reused) == (5, 0)
    assert weekday_rally(first) == "2020-03-14"

    published(folder, ["2020-03-25"])  # the median moves, the year nearest it does not
    second = rebuild(folder, cache_file, gazetteer)
    assert (second.processed, second.reused) == (1, 5)
    assert weekday_rally(second) == "2020-03-14"

    published(folder, ["2026-04-01", "2026-04-02", "2026-04-03", "2026-04-04", "2026-04-05"], city="Berlin")
    # The corpus now spans six years: it says nothing of the undated article's year, which is
    # extracted again and no longer given one.
    third = rebuild(folder, cache_file, gazetteer)
    assert (third.processed, third.reused) == (6, 5)
    assert weekday_rally(third) == "NaT"


def saved_cache(path: Path, entries: int, prefix: str = "old") -> Path:
    """A cache file of entries made-up entries of about 100 bytes."""
    cache = ReportCache(path, list[str])
    for k in range(entries):
        cache.put(f"{prefix}{k}", ["x" * 100])
    cache.save()
    return path


def test_the_cache_appends_what_a_build_adds(tmp_path):
    path = saved_cache(tmp_path / "reports.msgpack", 40)
    written = path.read_bytes()

    second = ReportCache(path, list[str])
    assert all(second.get(f"old{k}") for k in range(40))
    second.put("new", ["y"])
    second.save()  # a small addition goes to the journal; the cache file stays as it was
    assert path.read_bytes() == written and second.journal.exists()
    assert ReportCache(path, list[str]).get("new") == ["y"]

    whole = second.journal.stat().st_size
    with open(second.journal, "ab") as handle:
        handle.write(b"\x80\x05 cut short by a crash")
    third = ReportCache(path, list[str])
    assert third.get("new") == ["y"]  # the damaged tail is lost, nothing before it
    for k in range(40):
        third.get(f"old{k}")
    third.put("newer", ["z"])
    third.save()
    assert second.journal.stat().st_size > whole and ReportCache(path, list[str]).get("newer") == ["z"]


def test_the_cache_is_rewritten_when_the_journal_grows_or_entries_go_unused(tmp_path):
    path = saved_cache(tmp_path / "reports.msgpack", 8, "k")
    grown = ReportCache(path, list[str])
    for k in range(8):
        grown.get(f"k{k}")
    grown.put("big", ["y" * 10_000])  # more than a quarter of the cache: one file again
    grown.save()
    assert not grown.journal.exists() and ReportCache(path, list[str]).get("big")

    fewer = ReportCache(path, list[str])
    fewer.get("big")  # the other eight belong to articles no longer given
    fewer.save()
    kept = ReportCache(path, list[str])
    assert kept.get("big") and kept.get("k0") is None and not kept.journal.exists()


def test_a_journal_without_its_cache_file_is_ignored(tmp_path):
    path = saved_cache(tmp_path / "reports.msgpack", 40)
    again = ReportCache(path, list[str])
    again.put("new", ["y"])
    again.save()
    path.write_bytes(b"damaged")
    assert ReportCache(path, list[str]).get("new") is None


def rows_file(cache_file: Path) -> list[Path]:
    return sorted(cache_file.parent.glob(f"{cache_file.name}.rows-*.arrow"))


def test_report_rows_come_back_from_the_cache_and_a_lost_rows_file_costs_only_time(tmp_path, gazetteer):
    folder, cache_file = tmp_path / "articles", tmp_path / "cache.msgpack"
    folder.mkdir()
    published(folder, ["2020-03-20", "2020-04-02"])
    write(folder, "no-rally", "The city council met on Tuesday to discuss the budget.")
    assert rebuild(folder, cache_file, gazetteer).processed == 3
    assert len(rows_file(cache_file)) == 2  # the reports, and the files' articles rows
    published(folder, ["2020-04-09"], city="Lyon")
    again = rebuild(folder, cache_file, gazetteer)  # the stored rows and the new article's, in article order
    assert (again.processed, again.reused) == (1, 3)

    for lost in rows_file(cache_file):
        lost.unlink()
    after_loss = rebuild(folder, cache_file, gazetteer)
    # Articles with reports are extracted again; the one without any kept no rows, and lost none.
    assert (after_loss.processed, after_loss.reused) == (3, 1)


def test_rows_kept_by_many_builds_are_rewritten_as_one_file(tmp_path):
    import pyarrow as pa

    from rallymap.build.cache import MAX_ROW_FILES

    path = saved_cache(tmp_path / "reports.msgpack", 400)  # a large cache file: small batches go to the journal
    schemas = {"t": pa.schema([("n", pa.int64())])}
    for build_number in range(MAX_ROW_FILES + 1):
        cache = ReportCache(path, list[str], schemas)
        for k in range(400):
            cache.get(f"old{k}")
        for done in range(build_number):
            cache.get(f"b{done}")
        cache.put(f"b{build_number}", ["value"])
        cache.keep_rows("t", pa.table({"n": [build_number, build_number]}), [f"b{build_number}"] * 2)
        cache.save()
        assert len(rows_file(path)) == (build_number + 1 if build_number < MAX_ROW_FILES else 1)
    stored = ReportCache(path, list[str], schemas).rows("t", ["b3", "missing", "b0"])
    values = stored.rows.take(pa.array(stored.indices))["n"].to_pylist()
    assert list(zip(stored.positions.tolist(), values)) == [(0, 3), (0, 3), (2, 0), (2, 0)]


def test_files_of_one_name_in_two_folders_keep_their_own_reports(tmp_path, gazetteer):
    for folder, text in (("a", "Hundreds rallied in Oslo on 8 February 2020 against the war."),
                         ("b", "Thousands marched in Lyon on 9 February 2020 for the climate."),
                         ("c", "Hundreds rallied in Oslo on 8 February 2020 against the war.")):
        (tmp_path / folder).mkdir()
        write(tmp_path / folder, "report", text)
    result = build([tmp_path], gazetteer)
    assert sorted(result.dataset.events["city"]) == ["Lyon", "Oslo"]
    assert result.dataset.articles["status"].tolist() == ["ok", "ok", "skipped: same text as report"]
    assert result.dataset.articles["n_reports"].tolist() == [1, 1, 0]


def test_the_first_build_keeps_its_merge_for_the_next(tmp_path, gazetteer):
    folder = tmp_path / "articles"
    folder.mkdir()
    published(folder, ["2020-03-20"])
    cache_file = tmp_path / "new-folder" / "cache.msgpack"  # the cache's folder does not exist yet
    cache = ReportCache(cache_file)
    build([folder], gazetteer, cache=cache)
    cache.save()
    assert ReportCache(cache_file).merge is not None


def test_an_undated_article_is_extracted_again_when_the_corpus_sets_aside_other_dates(gazetteer):
    """Its history (a date years before every dated article) is set aside only while the corpus
    says so: a corpus that reaches back to it gives the article another reading."""
    from datetime import date

    from rallymap.build.reports import CorpusDates, extract, offline_resolver
    from rallymap.read.files import Article

    text = "Exiled activists protested in Paris on Friday. The uprising began on 10 March 1959."
    article = Article("a", "a.txt", text, "", "", "", None, "", "en", "h")
    recent = CorpusDates(date(2017, 1, 1), date(2024, 1, 1), date(2010, 1, 1))
    _, used = extract(article, gazetteer, offline_resolver(gazetteer), recent)
    assert used.outside and used.still_holds(article, recent)
    reaching_back = CorpusDates(date(1990, 1, 1), date(2024, 1, 1), date(1955, 1, 1))
    assert not used.still_holds(article, reaching_back)
