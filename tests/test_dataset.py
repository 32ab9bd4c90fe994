"""Schema validation, rally merging and writes."""

from datetime import date, timedelta

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rallymap.errors import DataError, SchemaError
from rallymap.store.dataset import (
    EVENTS,
    PRECISIONS,
    Dataset,
    frame,
    merge_rallies,
    merge_rallies_since,
    place_keys,
    read,
    validate,
    write,
)


def event(article, start, end, geonameid=1, city="Oslo", source="s"):
    return {"report_id": f"{article}-{geonameid}", "review_status": "machine", "article_id": article, "source": source, "city": city, "country": "NO", "lat": 59.9, "lon": 10.7,
            "geonameid": geonameid, "date_start": start, "date_end": end, "date_precision": "day",
            "evidence": "e", "scheduled": False}


def test_overlapping_reports_merge_and_narrow():
    events = frame([event("a", date(2020, 2, 8), date(2020, 2, 9)), event("b", date(2020, 2, 9), date(2020, 2, 9)),
                    event("c", date(2020, 2, 1), date(2020, 2, 2)), event("d", None, None),
                    event("e", date(2020, 2, 8), date(2020, 2, 8), geonameid=2, city="Bergen")], EVENTS)
    rallies, ids = merge_rallies(events)
    table = {(r.city, str(r.date_start)[:10], str(r.date_end)[:10], r.n_reports) for r in rallies.itertuples()}
    assert table == {("Oslo", "2020-02-01", "2020-02-02", 1), ("Oslo", "2020-02-09", "2020-02-09", 2),
                     ("Oslo", "NaT", "NaT", 1), ("Bergen", "2020-02-08", "2020-02-08", 1)}
    assert ids[0] == ids[1] and len(set(ids)) == 4


REPORTS = st.lists(st.tuples(
    st.sampled_from("abcdef"),  # article
    st.sampled_from([1, 2, None]),  # geonameid (None: placed online, by coordinates)
    st.one_of(st.none(), st.tuples(st.integers(0, 12), st.integers(0, 3))),  # first day and length, or undated
    st.sampled_from(["s1", "s2", "", None]),  # source
    st.sampled_from(PRECISIONS),
    st.booleans(),  # scheduled
), max_size=30)


def report_rows(reports, ids=None):
    rows = []
    for k, (article, geonameid, days, source, precision, scheduled) in enumerate(reports):
        start = None if days is None else date(2020, 2, 1) + timedelta(days=days[0])
        rows.append({**event(article, start, None if start is None else start + timedelta(days=days[1]), geonameid,
                             source=source), "report_id": str(k if ids is None else ids[k]),
                     "lat": 59.9 + (geonameid or 0),
                     "date_precision": "unknown" if start is None else precision, "scheduled": scheduled})
    return frame(rows, EVENTS)


@settings(max_examples=150, deadline=None)
@given(REPORTS)
def test_rallies_are_reports_of_one_place_sharing_a_day(reports):
    events = report_rows(reports)
    rallies, ids = merge_rallies(events)
    assert len(ids) == len(events) and rallies["n_reports"].sum() == len(events)
    assert rallies["rally_id"].is_unique and set(rallies["rally_id"]) == set(ids)
    events = events.assign(rally_id=ids, place=place_keys(events))
    for rally in rallies.itertuples():
        members = events[events["rally_id"] == rally.rally_id]
        assert members["place"].nunique() == 1 and len(members) == rally.n_reports
        assert rally.article_ids == "|".join(sorted(set(members["article_id"])))
        assert rally.n_sources == len({s or a for s, a in zip(members["source"].fillna(""), members["article_id"])})
        assert rally.scheduled == members["scheduled"].all()
        if pd.isna(rally.date_start):
            assert members["date_start"].isna().all()
        else:  # the rally's days lie in every report's interval
            assert (members["date_start"] <= rally.date_start).all() and (members["date_end"] >= rally.date_end).all()
            assert rally.date_precision == ("day" if rally.date_start == rally.date_end else min(
                members["date_precision"], key=PRECISIONS.index))
    for _, place in events.groupby("place"):  # a place's dated rallies do not overlap: each report joined one
        dated = rallies[rallies["rally_id"].isin(place["rally_id"]) & rallies["date_start"].notna()]
        dated = dated.sort_values("date_start")
        assert (dated["date_start"].iloc[1:].to_numpy() > dated["date_end"].iloc[:-1].to_numpy()).all()


@settings(max_examples=150, deadline=None)
@given(REPORTS, REPORTS, st.randoms(use_true_random=False))
def test_a_merge_since_the_last_gives_what_merging_everything_gives(before, added, random):
    # The next build's reports: some of the last build's gone, others added, in another order.
    kept = [(k, report) for k, report in enumerate(before) if random.random() < 0.7]
    after = [*kept, *((len(before) + k, report) for k, report in enumerate(added))]
    random.shuffle(after)
    last = report_rows(before)
    _, _, merge = merge_rallies_since(last, None)
    events = report_rows([report for _, report in after], ids=[k for k, _ in after])
    rallies, ids, _ = merge_rallies_since(events, merge)
    everything, everything_ids = merge_rallies(events)
    pd.testing.assert_frame_equal(rallies, everything)
    assert ids == everything_ids


def test_validation_names_the_problem():
    events = frame([event("a", date(2020, 2, 9), date(2020, 2, 8))], EVENTS)
    with pytest.raises(SchemaError, match="date_start after date_end"):
        validate(events, "events")
    with pytest.raises(SchemaError, match="missing"):
        validate(events.drop(columns=["evidence"]), "events")


def test_write_then_read(tmp_path):
    events = frame([event("a", date(2020, 2, 8), date(2020, 2, 9))], EVENTS)
    rallies, ids = merge_rallies(events)
    events["rally_id"] = pd.array(ids, dtype="string")
    from rallymap.store.dataset import ARTICLES
    articles = frame([{"article_id": "a", "status": "ok", "n_reports": 1}], ARTICLES)
    write(Dataset(events, articles, rallies), tmp_path, {"reports": 1})
    loaded = read(tmp_path)
    assert len(loaded.events) == 1 and loaded.events["date_start"].iloc[0] == pd.Timestamp("2020-02-08")
    assert not list(tmp_path.glob(".*tmp"))
    (tmp_path / "rallies.parquet").write_bytes(b"not parquet")
    with pytest.raises(DataError, match="rallies.parquet cannot be read"):
        read(tmp_path)


@pytest.mark.parametrize("value", [
    pytest.param(date(2020, 2, 8), id="a-date"),
    pytest.param("2020-02-08", id="an-iso-string"),
    pytest.param(pd.Timestamp("2020-02-08"), id="a-timestamp"),
])
def test_frame_gives_the_schema_types_whatever_the_values_type(value):
    table = frame([event("a", value, value), event("b", None, None)], EVENTS)
    expected = frame([event("a", date(2020, 2, 8), date(2020, 2, 8)), event("b", None, None)], EVENTS)
    pd.testing.assert_frame_equal(table, expected)
    assert str(table["date_start"].dtype) == "datetime64[s]" and str(table["geonameid"].dtype) == "Int64"
