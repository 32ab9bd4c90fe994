"""Fuzzing every input format through the path a real file takes: random and mutated bytes are
written to a file, read with `read_file` and extracted with `extract_reports`. Neither may raise;
every file yields articles or skips. `make test` tries a bounded, deterministic number of inputs
per format; `make fuzz` tries many more, randomly (RALLYMAP_FUZZ_EXAMPLES). The corrections file and a
shared link's query parameters are fuzzed the same way."""

import json
import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rallymap.build.reports import CorpusDates, extract_reports, offline_resolver
from rallymap.read.files import Article, Skipped, read_file

FUZZ_EXAMPLES = int(os.environ.get("RALLYMAP_FUZZ_EXAMPLES", "0"))
EXAMPLES = FUZZ_EXAMPLES or 40
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=not FUZZ_EXAMPLES,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

TEXT = "Paris, February 12, 2020—Iranians rallied in Paris, Oslo and Rome on Tuesday.\nPolice said it was calm."
VALID = {
    ".txt": TEXT.encode(),
    ".md": ("# Rallies\n\n- " + TEXT).encode(),
    ".html": (f"<html><head><title>Rallies</title></head><body><article><p>{TEXT}</p><p>{TEXT}</p>"
              "</article></body></html>").encode(),
    ".json": json.dumps([{"id": "a", "text": TEXT, "published": "2020-02-13", "url": "https://x.org/2020/02/13/a"}]).encode(),
    ".jsonl": (json.dumps({"id": "a", "text": TEXT}) + "\n" + json.dumps({"id": "b", "text": TEXT}) + "\n").encode(),
}


@pytest.fixture(scope="module")
def fuzz_folder(tmp_path_factory) -> Path:
    """One folder for the module's inputs, under pytest's own temporary root, which pytest prunes
    (a folder of tempfile's own outlived every run)."""
    return tmp_path_factory.mktemp("fuzz")


def mutated(valid: bytes):
    """valid bytes with random bytes replaced, inserted and deleted."""
    edit = st.tuples(st.sampled_from(["replace", "insert", "delete"]), st.integers(0, len(valid)),
                     st.binary(min_size=1, max_size=8))

    def apply(edits):
        data = bytearray(valid)
        for kind, at, chunk in edits:
            at = min(at, len(data))
            if kind == "replace":
                data[at:at + len(chunk)] = chunk
            elif kind == "insert":
                data[at:at] = chunk
            else:
                del data[at:at + len(chunk)]
        return bytes(data)

    return st.lists(edit, min_size=1, max_size=12).map(apply)


def inputs(suffix: str):
    structural = st.sampled_from([b"[" * 5000, b"{" * 5000, b'{"text": ' * 3000, b"\x00" * 100, b"\xff\xfe" + b"\x00" * 9,
                                  b"<" * 10000, b"\n" * 10000, "\u202e\u200b".encode() * 500])
    return st.one_of(st.binary(max_size=2000), mutated(VALID[suffix]), structural,
                     st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass")))


def through_the_build(tiny_gazetteer, folder: Path, suffix: str, data: bytes) -> None:
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    items = read_file(path)
    assert items and all(isinstance(i, (Article, Skipped)) for i in items)
    resolver = offline_resolver(tiny_gazetteer)
    for article in (i for i in items if isinstance(i, Article)):
        for report in extract_reports(article, tiny_gazetteer, resolver, CorpusDates(date(2020, 2, 13), None)):
            assert 0 <= report.start_char < report.end_char <= len(article.text)


@pytest.mark.parametrize("suffix", sorted(VALID))
@FUZZ
@given(data=st.data())
def test_fuzz_format(tiny_gazetteer, fuzz_folder, suffix, data):
    through_the_build(tiny_gazetteer, fuzz_folder, suffix, data.draw(inputs(suffix), label="file bytes"))


# The verdicts file: any bytes on any line give a verdict or a problem naming that line, never an
# exception, and a valid line among them still applies.
GOOD_VERDICT = json.dumps({"report_id": "0123456789abcdef", "action": "correct", "at": "2026-01-05T12:00:00+00:00",
                           "by": "ana", "date_start": "2020-02-08", "date_end": "2020-02-09",
                           "place": {"city": "Oslo", "country": "NO", "lat": 59.9, "lon": 10.7, "geonameid": 3143244}})


@FUZZ
@given(st.lists(st.one_of(mutated(GOOD_VERDICT.encode()), st.binary(max_size=300),
                          st.sampled_from([b"[" * 3000, b'{"action": ' * 500, b"\xff" * 10, b"NaN", b"1e999"])),
                max_size=6))
def test_fuzz_corrections(fuzz_folder, lines):
    from rallymap.store import review
    from rallymap.store.layout import CORRECTIONS

    body = [line.replace(b"\n", b" ").replace(b"\r", b" ") for line in lines]
    with tempfile.TemporaryDirectory(dir=fuzz_folder) as name:
        folder = Path(name)
        (folder / CORRECTIONS).write_bytes(b"\n".join([*body, GOOD_VERDICT.encode()]) + b"\n")
        verdicts, problems = review.read_verdicts(folder)
    assert verdicts and verdicts[-1].report_id == "0123456789abcdef"
    assert len(verdicts) + len(problems) == sum(1 for line in body if line.strip()) + 1
    for verdict in verdicts:
        assert verdict.date_start is None or verdict.date_start <= verdict.date_end
        assert verdict.place is None or (-90 <= verdict.place["lat"] <= 90 and -180 <= verdict.place["lon"] <= 180)


# A shared link: any query parameters give a view within the dataset's choices and notices that are
# text, never an exception.
PARAMETERS = ["from", "to", "undated", "country", "source", "language", "confidence", "window", "at", "city", "x"]


@FUZZ
@given(st.dictionaries(st.one_of(st.sampled_from(PARAMETERS), st.text(max_size=20)),
                       st.lists(st.one_of(st.text(max_size=40), st.sampled_from(
                           ["2020-02-30", "9999-12-31", "0001-01-01", "nan", "inf", "-1", "1e309", "SE", "day"])),
                           min_size=1, max_size=3), max_size=8))
def test_fuzz_query_parameters(query):
    from rallymap.app import links

    span = (date(2020, 2, 1), date(2020, 2, 29))
    choices = links.Choices(span, frozenset({"SE", "NO"}), frozenset({"example.org"}), frozenset({"en"}))
    view, notices = links.from_query(query, choices)
    assert all(isinstance(notice, str) for notice in notices)
    chosen = view.filters
    for day in (chosen.start, chosen.end, view.at):
        assert day is None or span[0] <= day <= span[1]
    assert set(chosen.countries) <= {"SE", "NO"} and set(chosen.languages) <= {"en"}
    assert 0.0 <= chosen.min_confidence <= 1.0
    assert view.window in (None, *links.WINDOWS)
