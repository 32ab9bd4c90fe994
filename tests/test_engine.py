"""Engines and shards: a Dask cluster builds what the local engine builds; shards are read part by part."""

import json
from datetime import datetime

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import SEEDS

from rallymap.bench import mixed_articles, rally_cities, synthetic_articles, write_corpus, write_warc
from rallymap.build.cache import ReportCache
from rallymap.build.engine import LocalEngine
from rallymap.build.pipeline import build, read_all
from rallymap.read import files as ingest
from rallymap.read.files import Part, plan, read_part

RALLIES = ["Oslo", "Bergen", "Paris", "Lyon", "Rome", "Milan", "Madrid", "Porto"]


def records(n):
    return [{"id": f"a{i}", "text": f"On Saturday {i % 50 + 2} hundred people rallied in {RALLIES[i % 8]} for Iran.",
             "published": "2020-02-10", "source": f"s{i % 3}", "url": f"https://example.org/{i}"} for i in range(n)]


@pytest.fixture(scope="module")
def corpus(gazetteer, tmp_path_factory):
    """The seeds, 160 synthetic articles in eight languages, a JSONL shard and a web archive."""
    folder = tmp_path_factory.mktemp("corpus")
    for seed in SEEDS.iterdir():
        (folder / seed.name).write_bytes(seed.read_bytes())
    write_corpus(folder / "mixed", mixed_articles(160, rally_cities(gazetteer, 200), seed=5))
    (folder / "shard.jsonl").write_text("\n".join(json.dumps(r) for r in records(300)) + "\n", encoding="utf-8")
    write_warc(folder / "pages.warc.gz", synthetic_articles(30, rally_cities(gazetteer, 200), seed=9))
    return folder


def test_a_dask_cluster_builds_the_same_tables_as_the_local_engine(corpus, gazetteer):
    distributed = pytest.importorskip("dask.distributed")
    local = build([corpus], gazetteer, engine=LocalEngine(2)).dataset
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        from rallymap.build.engine import DaskEngine

        on_dask = build([corpus], gazetteer, engine=DaskEngine(client, partitions=5)).dataset
    assert len(local.events) > 300 and local.events["language"].nunique() >= 6
    for name in ("events", "articles", "rallies"):
        pd.testing.assert_frame_equal(getattr(on_dask, name), getattr(local, name), obj=name)


def test_a_large_jsonl_shard_is_read_in_parts_and_loses_no_line(tmp_path, monkeypatch):
    shard = tmp_path / "news.jsonl"
    lines = [json.dumps(r) for r in records(500)]
    lines[7] = "{broken"
    shard.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(ingest, "MAX_BYTES", 20_000)
    monkeypatch.setattr(ingest, "SHARD_PART_BYTES", 7_001)  # part edges fall inside lines
    parts = plan(shard)
    assert len(parts) > 5 and all(isinstance(p, Part) for p in parts)
    items = [item for part in parts for item in read_part(part)]
    assert len(items) == 500 and len({i.article_id for i in items}) == 500
    (bad,) = [i for i in items if isinstance(i, ingest.Skipped)]
    assert "invalid JSON" in bad.reason and bad.article_id.startswith("news@")
    whole = ingest.read_file(shard, max_bytes=10_000_000)
    assert [i.text for i in items if isinstance(i, ingest.Article)] == [
        i.text for i in whole if isinstance(i, ingest.Article)]


def test_a_parquet_shard_is_read_by_row_groups(tmp_path, gazetteer):
    rows = records(240)
    table = pa.Table.from_pylist(rows).set_column(3, "published", pa.array([datetime(2020, 2, 10)] * 240))
    pq.write_table(table, tmp_path / "news.parquet", row_group_size=50)
    parts = plan(tmp_path / "news.parquet")
    assert [(p.start, p.stop) for p in parts] == [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)]
    items = read_all([tmp_path], ReportCache(None))
    assert [a.article_id for a in items] == [r["id"] for r in rows]
    assert items[0].published.isoformat() == "2020-02-10" and items[0].url == "https://example.org/0"
    result = build([tmp_path], gazetteer)
    assert result.summary["articles_read"] == 240 and set(result.dataset.rallies["city"]) >= {"Oslo", "Porto"}


@pytest.mark.parametrize("make, says", [
    pytest.param(lambda p: pq.write_table(pa.table({"body": ["x"]}), p), "without a 'text' column", id="no-text"),
    pytest.param(lambda p: pq.write_table(pa.table({"text": pa.array([], pa.string())}), p), "no rows",
                 id="no-rows"),
    pytest.param(lambda p: p.write_bytes(b"PAR1 not really parquet PAR1"), "cannot read Parquet", id="damaged"),
])
def test_a_bad_parquet_file_is_accounted_for(tmp_path, make, says):
    make(tmp_path / "bad.parquet")
    (item,) = read_all([tmp_path], ReportCache(None))
    assert isinstance(item, ingest.Skipped) and says in item.reason


def test_the_partitioned_layout_reads_back_the_same_tables(corpus, gazetteer, tmp_path):
    from rallymap.store import dataset

    built = build([corpus], gazetteer).dataset
    dataset.write(built, tmp_path, {}, partitioned=True)
    months = sorted(p.name for p in (tmp_path / "events").iterdir())
    assert months[0].startswith("month=") and len(months) > 3
    assert not (tmp_path / "events.parquet").exists() and (tmp_path / "rallies.parquet").exists()
    back = dataset.read(tmp_path)
    for name in ("events", "articles", "rallies"):
        pd.testing.assert_frame_equal(getattr(back, name), getattr(built, name).reset_index(drop=True), obj=name)
    dataset.write(built, tmp_path, {})  # back to one file per table: the folders go
    assert not (tmp_path / "events").exists() and (tmp_path / "events.parquet").exists()


def test_the_cli_builds_on_a_local_dask_cluster_into_partitions(corpus, tmp_path):
    from test_cli import run

    pytest.importorskip("dask.distributed")
    result = run("build", str(SEEDS), "--out", str(tmp_path), "--engine", "dask", "--workers", "1",
                 "--layout", "partitioned")
    assert result.returncode == 0, result.stderr
    assert "rallies 23" in result.stdout and (tmp_path / "events").is_dir()
    review = run("review", "list", "--data", str(tmp_path))
    assert review.returncode == 0 and len(review.stdout.splitlines()) == 23


def where(value, resource=None):
    """A stage that says in which process it ran, with what resource."""
    import os

    return os.getpid(), resource, value


def slow_to_prepare():
    import time

    time.sleep(60)


def cannot_prepare():
    from rallymap.errors import GazetteerError

    raise GazetteerError("gazetteer data missing")


def test_a_prepared_resource_is_used_where_it_was_prepared():
    import os

    from rallymap.build.engine import PARALLEL_MINIMUM, PreparedEngine

    engine = PreparedEngine({"resource": lambda: "loaded there"}, workers=2)
    try:
        there = engine.map(where, [1, 2])
        assert [(resource, value) for _, resource, value in there] == [("loaded there", 1), ("loaded there", 2)]
        assert {pid for pid, _, _ in there} != {os.getpid()}
        assert engine.map(where, [3], resource="given") == [(os.getpid(), "given", 3)]  # a stage given it runs here
        many = engine.map(where, list(range(PARALLEL_MINIMUM)))  # forked workers of the preparing process
        assert [value for _, _, value in many] == list(range(PARALLEL_MINIMUM))
        assert all(resource == "loaded there" for _, resource, _ in many)
    finally:
        engine.close()


def test_what_stopped_the_preparation_is_raised_where_the_resource_is_needed():
    from rallymap.build.engine import PreparedEngine
    from rallymap.errors import GazetteerError

    engine = PreparedEngine({"resource": cannot_prepare})
    try:
        with pytest.raises(GazetteerError, match="gazetteer data missing"):
            engine.map(where, [1])
    finally:
        engine.close()


def test_a_preparing_process_that_ended_is_an_engine_error_and_closing_does_not_wait():
    import os
    import signal
    import time

    from rallymap.build.engine import PreparedEngine
    from rallymap.errors import EngineError

    engine = PreparedEngine({"resource": slow_to_prepare})
    started = time.monotonic()
    engine.close()  # no stage asked for it: stopped while it prepares
    assert time.monotonic() - started < 10

    engine = PreparedEngine({"resource": slow_to_prepare})
    os.kill(engine._pid, signal.SIGKILL)
    try:
        with pytest.raises(EngineError, match="ended before it answered"):
            engine.map(where, [1])
    finally:
        engine.close()


def endless_warm_up(resources):
    import itertools
    import time

    for step in itertools.count():
        resources["resource"].append(step)
        time.sleep(0.01)
        yield step


def test_warming_up_stops_when_a_stage_arrives():
    from rallymap.build.engine import PreparedEngine

    engine = PreparedEngine({"resource": list}, warm=endless_warm_up)
    try:
        (first,) = engine.map(where, [1])  # answered although the warm-up would never end
        (second,) = engine.map(where, [2])
        assert first[1] and second[1] == first[1]  # it warmed up before the first stage, and no more after
    finally:
        engine.close()


def sleeps(value, resource=None):
    import time

    time.sleep(60)


def test_closing_stops_a_process_still_at_work():
    import threading
    import time

    from rallymap.build.engine import STOP_SECONDS, PreparedEngine
    from rallymap.errors import EngineError

    engine = PreparedEngine({"resource": list})
    failures = []

    def ask():
        try:
            engine.map(sleeps, [1])
        except EngineError as exc:
            failures.append(exc)

    asking = threading.Thread(target=ask)
    asking.start()
    time.sleep(0.5)  # the stage is running there
    started = time.monotonic()
    engine.close()
    asking.join(timeout=10)
    assert time.monotonic() - started < STOP_SECONDS + 5 and failures
