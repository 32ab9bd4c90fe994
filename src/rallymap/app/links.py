"""Shareable views: what the user chose, as URL query parameters and back.

Pure functions, no Streamlit. Parsing never fails: a parameter that does not fit the dataset
falls back to its default and adds a notice saying which and why, so a stale or hand-edited
link still opens, and says what it could not restore.

    ?from=2020-01-15&to=2020-01-25&country=SE&country=DK&people=1000&city=2673730&window=week&at=2020-01-18
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from .data import Filters

WINDOWS = ("day", "week", "month")
# The crowd sizes the size filter offers (at least this many people; 0: no size filter).
PEOPLE_STEPS = (0, 100, 1_000, 10_000, 100_000)
# Parameters Streamlit itself puts in app URLs; they are not the view's and are left alone.
STREAMLIT_PARAMETERS = frozenset({"embed", "embed_options"})


@dataclass(frozen=True)
class SharedView:
    """The part of the dashboard's state a link carries: the sidebar's filters (not the review
    filter, which belongs to a reviewer's session), the open city and playback. None and empty
    mean the default."""

    filters: Filters = Filters()
    city: str | None = None
    window: str | None = None  # playback window size, when playback is on
    at: date | None = None  # playback window start


@dataclass(frozen=True)
class Choices:
    """What a link may name in this dataset: its date span and the values the filters offer."""

    span: tuple[date, date] | None
    countries: frozenset[str] = field(default_factory=frozenset)
    sources: frozenset[str] = field(default_factory=frozenset)
    languages: frozenset[str] = field(default_factory=frozenset)


def to_query(view: SharedView) -> dict[str, str | list[str]]:
    """Query parameters for view: only what differs from the default, lists as repeated keys."""
    query: dict[str, str | list[str]] = {}
    filters = view.filters
    if filters.start is not None:
        query["from"] = filters.start.isoformat()
    if filters.end is not None:
        query["to"] = filters.end.isoformat()
    if not filters.include_undated:
        query["undated"] = "0"
    for key, values in (("country", filters.countries), ("source", filters.sources),
                        ("language", filters.languages)):
        if values:
            query[key] = list(values)
    if filters.min_confidence > 0:
        query["confidence"] = f"{filters.min_confidence:g}"
    if filters.min_people > 0:
        query["people"] = str(filters.min_people)
        if not filters.include_unsized:
            query["unsized"] = "0"
    if view.city:
        query["city"] = view.city
    if view.window:
        query["window"] = view.window
        if view.at is not None:
            query["at"] = view.at.isoformat()
    return query


def from_query(query: Mapping[str, Sequence[str]], choices: Choices) -> tuple[SharedView, list[str]]:
    """The view a link's parameters ask for (each key with all its values), and a notice for
    every parameter that was ignored or adjusted. The city is not checked here: whether it has
    rallies depends on the other filters, so the caller checks it against the filtered view."""
    notices: list[str] = []
    values: dict[str, object] = {}

    def one(key: str) -> str | None:
        got = [v for v in query.get(key, ()) if v != ""]
        if len(got) > 1:
            notices.append(f"'{key}' was given {len(got)} times; the first value is used.")
        return got[0] if got else None

    for key in query:
        if key not in _KNOWN and key not in STREAMLIT_PARAMETERS:
            notices.append(f"'{key}' is not a parameter of this dashboard; it was ignored.")

    start, end = _day(one("from"), "from", notices), _day(one("to"), "to", notices)
    if choices.span is None and (start or end):
        notices.append("This dataset has no dated rallies; the link's dates were ignored.")
        start = end = None
    elif choices.span is not None:
        low, high = choices.span
        start, end = _clamp(start, low, high, "from", notices), _clamp(end, low, high, "to", notices)
        if start and end and start > end:
            notices.append(f"'from' ({start}) is after 'to' ({end}); the whole date range is shown.")
            start = end = None
    values.update(start=start, end=end)

    undated = one("undated")
    if undated is not None and undated not in ("0", "1"):
        notices.append(f"'undated={undated}' is not 0 or 1; rallies with unknown dates are shown.")
    values["include_undated"] = undated != "0"

    for key, name, allowed in (("country", "countries", choices.countries), ("source", "sources", choices.sources),
                               ("language", "languages", choices.languages)):
        given = list(dict.fromkeys(v for v in query.get(key, ()) if v != ""))
        notices.extend(f"'{key}={v}': this dataset has no rallies with that {key}; ignored."
                       for v in given if v not in allowed)
        values[name] = tuple(v for v in given if v in allowed)

    confidence = one("confidence")
    values["min_confidence"] = 0.0
    if confidence is not None:
        try:
            number = float(confidence)
        except ValueError:
            number = -1.0
        if 0.0 <= number <= 1.0:
            values["min_confidence"] = number
        else:
            notices.append(f"'confidence={confidence}' is not a number from 0 to 1; every report is shown.")

    people, unsized = one("people"), one("unsized")
    values["min_people"] = 0
    if people is not None:
        if people.isdigit() and int(people) in PEOPLE_STEPS:
            values["min_people"] = int(people)
        else:
            notices.append(f"'people={people}' is not one of {', '.join(map(str, PEOPLE_STEPS[1:]))}; "
                           "rallies of every size are shown.")
    if unsized is not None and unsized not in ("0", "1"):
        notices.append(f"'unsized={unsized}' is not 0 or 1; rallies without a stated size are shown.")
    values["include_unsized"] = unsized != "0"

    city = one("city")
    window = one("window")
    if window is not None and window not in WINDOWS:
        notices.append(f"'window={window}' is not one of {', '.join(WINDOWS)}; playback is off.")
        window = None
    at = _day(one("at"), "at", notices)
    if window and at and choices.span is not None:
        at = _clamp(at, *choices.span, "at", notices)
    return SharedView(Filters(**values), city, window, at if window else None), notices


_KNOWN = frozenset({"from", "to", "undated", "country", "source", "language", "confidence", "people", "unsized", "city",
                    "window", "at"})


def _day(text: str | None, key: str, notices: list[str]) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        notices.append(f"'{key}={text}' is not a date (YYYY-MM-DD); it was ignored.")
        return None


def _clamp(day: date | None, low: date, high: date, key: str, notices: list[str]) -> date | None:
    if day is None or low <= day <= high:
        return day
    near = low if day < low else high
    notices.append(f"'{key}={day}' is outside this dataset's dates ({low} to {high}); {near} is used.")
    return near
