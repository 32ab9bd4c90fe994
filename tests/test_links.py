"""Shareable views: query parameters to a view and back, bad parameters to defaults with a notice."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rallymap.app.data import Filters
from rallymap.app.links import PEOPLE_STEPS, WINDOWS, Choices, SharedView, from_query, to_query

CHOICES = Choices(span=(date(2020, 1, 1), date(2020, 3, 31)), countries=frozenset({"SE", "DK", "CA"}),
                  sources=frozenset({"Wire, Inc.", "Daily"}), languages=frozenset({"en", "de"}))


def q(**params):
    """Query parameters as Streamlit gives them: every key with its list of values."""
    return {key.rstrip("_"): value if isinstance(value, list) else [value] for key, value in params.items()}


@pytest.mark.parametrize("query, expected", [
    pytest.param({}, SharedView(), id="no-parameters"),
    pytest.param(q(from_="2020-01-10", to="2020-02-01"), SharedView(Filters(date(2020, 1, 10), date(2020, 2, 1))), id="dates"),
    pytest.param(q(country=["SE", "DK"], undated="0"), SharedView(Filters(include_undated=False, countries=("SE", "DK"))),
                 id="countries-repeated"),
    pytest.param(q(source="Wire, Inc.", language="de", confidence="0.6"),
                 SharedView(Filters(sources=("Wire, Inc.",), languages=("de",), min_confidence=0.6)), id="comma-in-a-source"),
    pytest.param(q(city="2673730", window="week", at="2020-02-03"),
                 SharedView(city="2673730", window="week", at=date(2020, 2, 3)), id="city-and-playback"),
    pytest.param(q(embed="true"), SharedView(), id="streamlits-own-parameter"),
    pytest.param(q(people="1000", unsized="0"), SharedView(Filters(min_people=1000, include_unsized=False)),
                 id="crowd-size"),
])
def test_good_links(query, expected):
    assert from_query(query, CHOICES) == (expected, [])


@pytest.mark.parametrize("query, expected, says", [
    pytest.param(q(from_="2020-13-01"), SharedView(), "not a date", id="impossible-date"),
    pytest.param(q(from_="2019-06-01"), SharedView(Filters(start=date(2020, 1, 1))), "outside", id="before-the-data"),
    pytest.param(q(from_="2020-03-01", to="2020-02-01"), SharedView(), "after", id="reversed-range"),
    pytest.param(q(country=["SE", "ZZ"]), SharedView(Filters(countries=("SE",))), "country=ZZ", id="unknown-country"),
    pytest.param(q(confidence="high"), SharedView(), "0 to 1", id="confidence-not-a-number"),
    pytest.param(q(confidence="7"), SharedView(), "0 to 1", id="confidence-out-of-range"),
    pytest.param(q(undated="maybe"), SharedView(), "0 or 1", id="undated-not-a-flag"),
    pytest.param(q(window="year", at="2020-02-01"), SharedView(), "window=year", id="unknown-window"),
    pytest.param(q(colour="red"), SharedView(), "not a parameter", id="unknown-parameter"),
    pytest.param(q(city=["1", "2"]), SharedView(city="1"), "2 times", id="repeated-single-value"),
    pytest.param(q(window="day", at="2021-01-01"), SharedView(window="day", at=date(2020, 3, 31)), "outside",
                 id="playback-past-the-end"),
    pytest.param(q(people="5000"), SharedView(), "people=5000", id="a-size-the-filter-does-not-offer"),
    pytest.param(q(people="-1"), SharedView(), "people=-1", id="a-negative-size"),
    pytest.param(q(people="1000", unsized="x"), SharedView(Filters(min_people=1000)), "0 or 1", id="unsized-not-a-flag"),
])
def test_bad_parameters_fall_back_with_a_notice(query, expected, says):
    view, notices = from_query(query, CHOICES)
    assert view == expected
    assert len(notices) == 1 and says in notices[0]


def test_dates_are_dropped_from_a_dataset_without_dates():
    view, notices = from_query(q(from_="2020-01-10"), Choices(span=None))
    assert view == SharedView() and "no dated rallies" in notices[0]


days = st.dates(date(2020, 1, 1), date(2020, 3, 31))


@given(start=st.none() | days, end=st.none() | days, undated=st.booleans(),
       countries=st.lists(st.sampled_from(sorted(CHOICES.countries)), unique=True),
       sources=st.lists(st.sampled_from(sorted(CHOICES.sources)), unique=True),
       confidence=st.sampled_from([0.0, 0.05, 0.35, 1.0]), city=st.none() | st.sampled_from(["2673730", "@1.5,2.0"]),
       window=st.none() | st.sampled_from(WINDOWS), at=days, people=st.sampled_from(PEOPLE_STEPS),
       unsized=st.booleans())
def test_a_link_reopens_the_view_it_was_made_from(start, end, undated, countries, sources, confidence, city, window,
                                                  at, people, unsized):
    if start and end and start > end:
        start, end = end, start
    filters = Filters(start, end, undated, tuple(countries), tuple(sources), (), confidence, min_people=people,
                      include_unsized=unsized or people == 0)  # without a size filter the flag is moot
    view = SharedView(filters, city, window, at if window else None)
    query = {k: v if isinstance(v, list) else [v] for k, v in to_query(view).items()}
    assert from_query(query, CHOICES) == (view, [])
