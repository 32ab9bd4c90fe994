"""Schema validation, rally merging and writes."""

from datetime import date

import pandas as pd
import pytest

from rallymap.dataset import (
    EVENTS,
    Dataset,
    frame,
    merge_rallies,
    read,
    validate,
    write,
)
from rallymap.errors import DataError, SchemaError


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
    from rallymap.dataset import ARTICLES
    articles = frame([{"article_id": "a", "status": "ok", "n_reports": 1}], ARTICLES)
    write(Dataset(events, articles, rallies), tmp_path, {"reports": 1})
    loaded = read(tmp_path)
    assert len(loaded.events) == 1 and loaded.events["date_start"].iloc[0] == pd.Timestamp("2020-02-08")
    assert not list(tmp_path.glob(".*tmp"))
    (tmp_path / "rallies.parquet").write_bytes(b"not parquet")
    with pytest.raises(DataError, match="rallies.parquet cannot be read"):
        read(tmp_path)
