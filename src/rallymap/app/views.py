"""The dashboard's views: small functions that draw one part and return what the user chose.

`main` composes them; `dashboard.py` only calls `main`. Article text is always shown as text:
markdown syntax in it is escaped, and no HTML from an article is ever rendered.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote, urlsplit

import pandas as pd
import streamlit as st

from ..build import pipeline, workspace
from ..errors import FetchError, RallymapError
from ..extract.dates import YEAR_UNKNOWN
from ..extract.gazetteer import load_gazetteer
from ..limits import plausible_range
from ..read import web
from ..read.files import SUPPORTED
from ..store import accounts, dataset, review
from ..store.layout import SUMMARY
from . import access, charts, links
from .data import COVERAGE_PAGE, Filters, PandasSource, narrowed, next_window_start, people, playback_window, prepare
from .duck import DuckSource, use_duckdb
from .markdown import escape_markdown

Source = PandasSource | DuckSource  # the same methods: the views do not know which they have

CITY_KEY = "city"
COVERAGE_PAGE_KEY = "coverage_page"
MAP_KEY = "map"
TIMELINE_KEY = "timeline"
DATES_KEY = "dates"
UNDATED_KEY = "undated"
COUNTRIES_KEY = "countries"
SOURCES_KEY = "sources"
LANGUAGES_KEY = "languages"
CONFIDENCE_KEY = "min_confidence"
PEOPLE_KEY = "min_people"
UNSIZED_KEY = "unsized"
MEASURE_KEY = "measure"
WINDOW_KEY = "window"
PLAY_AT_KEY = "play_at"
PLAYING = "_playing"
ADVANCE = "_advance"
TICK_ARMED = "_tick_armed"
LINK_READ = "_link_read"
LINK_CITY = "_link_city"
FILTER_KEYS = (DATES_KEY, UNDATED_KEY, COUNTRIES_KEY, SOURCES_KEY, LANGUAGES_KEY, CONFIDENCE_KEY, PEOPLE_KEY,
               UNSIZED_KEY, WINDOW_KEY, PLAY_AT_KEY, CITY_KEY)
PLAY_INTERVAL = 1.5  # seconds between playback steps: time for the map to redraw and be read
COVERAGE_HEIGHT = 700  # pixels; the coverage panel scrolls inside this, beside the map and timeline
LAST_MAP_PICK = "_last_map_pick"
REVIEW_KEY = "review_mode"
REVIEWER_KEY = "reviewer"
REVIEW_FILTER_KEY = "review_filter"
REVIEW_MESSAGE = "_review_message"
UPLOADS_ROUND = "_uploads_round"
LINKS_KEY = "links"
MAX_LINKS = 50  # links fetched at once from the dashboard (more: rallymap fetch --urls FILE)
USER_AGENT_ENV = "RALLYMAP_USER_AGENT"
AUDIT_SHOWN = 200  # audit-log entries a reviewer sees, newest first
NOTICE_CHARS = 300  # characters of a notice about a link shown at most (a parameter may be of any length)
DISPLAY_LIMIT = 200_000  # characters of an article drawn at once; longer texts are cut with a note
REBUILD_HINT = "rallymap build seeds --out data"


PAGE_STYLE = """<style>
/* The first screen holds the map, the timeline and the coverage: less space above the title. */
[data-testid="stMainBlockContainer"] { padding-top: 3.2rem; }
[data-testid="stMainBlockContainer"] h1 { padding-top: 0; }
/* On narrow screens the map and the coverage panel stack instead of squeezing side by side. */
@media (max-width: 1100px) {
  [data-testid="stHorizontalBlock"]:has([data-testid="stDeckGlJsonChart"]) { flex-direction: column; }
  [data-testid="stHorizontalBlock"]:has([data-testid="stDeckGlJsonChart"]) > [data-testid="stColumn"] {
    width: 100% !important; flex: 1 1 100% !important; }
}
</style>"""
_URL_SAFE = ":/?#[]@!$&*+,;=%-._~"  # RFC 3986 reserved and unreserved, minus quotes and brackets


def safe_url(url: object) -> str | None:
    """url fit to be a link: http(s) with a host, quotes, spaces, brackets and the like
    percent-encoded; None for anything else (javascript:, data:, relative, malformed)."""
    if not isinstance(url, str) or any(ord(c) < 32 or c.isspace() for c in url.strip()):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return quote(url, safe=_URL_SAFE)


def link_markdown(url: object, text: str) -> str:
    """Markdown for text linked to url (Streamlit opens it in a new tab, rel="noopener
    noreferrer"), or the text alone when url is not a safe web address."""
    target = safe_url(url)
    return f"[{escape_markdown(text)}]({target})" if target else escape_markdown(text)


def clipped(text: str, width: int = NOTICE_CHARS) -> str:
    """text cut to width characters (a query parameter may be of any length)."""
    return text if len(text) <= width else text[:width - 1] + "…"


def highlight(text: str, spans: list[tuple[int, int]]) -> str:
    """Escaped markdown of text with the given character spans highlighted."""
    out, position = [], 0
    for start, end in sorted(s for s in spans if 0 <= s[0] < s[1] <= len(text)):
        if start < position:
            continue
        out.append(escape_markdown(text[position:start]))
        out.append(f"**:orange-background[{escape_markdown(text[start:end])}]**")
        position = end
    out.append(escape_markdown(text[position:]))
    return "".join(out)


# cache_resource, not cache_data: cache_data unpickles a fresh copy on every access, which for a
# dataset of 100,000 reports and their article texts costs more than the whole rerun should.
# The prepared dataset is shared, so nothing may modify it: filters build new frames.
@st.cache_resource(show_spinner="Loading the dataset…", max_entries=2)
def _read(data_dir: str, stamp: tuple) -> PandasSource | DuckSource:
    if use_duckdb(Path(data_dir)):
        return DuckSource(Path(data_dir))
    data = dataset.read(Path(data_dir))
    return PandasSource(prepare(data.events, data.rallies, data.articles))


def load(data_dir: Path) -> PandasSource | DuckSource:
    """The dataset in data_dir, ready for the views (in memory, or through DuckDB when it is
    large), cached until one of its files changes."""
    # build.json is rewritten with every write of the tables, whatever their layout.
    stamp = tuple((p.name, p.stat().st_mtime_ns) for p in sorted(Path(data_dir).glob("*.parquet"))
                  + [Path(data_dir) / SUMMARY] if p.exists())
    return _read(str(data_dir), stamp)


def ensure_built(data_dir: Path, seeds_dir: Path) -> None:
    """Build data_dir from seeds_dir when it has no dataset yet (first run)."""
    if dataset.table_path(data_dir, "events").exists():
        return
    with st.spinner(f"Building {data_dir.name}/ from {seeds_dir.name}/ (the first run also indexes the "
                    "gazetteer, about 10 s)…"):
        result = pipeline.build([seeds_dir], _gazetteer())
        with review.locked(data_dir):
            dataset.write(result.dataset, data_dir, result.summary)


def filters_ui(data: Source) -> Filters:
    """Sidebar: date range, unknown dates, countries, sources, languages, confidence. Widgets take
    their first values from session state (read_link may have put a shared view there)."""
    sidebar = st.sidebar
    sidebar.header("Filters")
    bounds = data.span()
    start = end = None
    if bounds is not None:
        low, high = bounds
        if low == high:
            high = low + timedelta(days=1)
        st.session_state.setdefault(DATES_KEY, (low, high))
        start, end = sidebar.slider("Dates", min_value=low, max_value=high, format="YYYY-MM-DD", key=DATES_KEY)
        if (start, end) == (low, high):
            start = end = None
    for key, default in ((UNDATED_KEY, True), (COUNTRIES_KEY, []), (SOURCES_KEY, []), (LANGUAGES_KEY, []),
                         (CONFIDENCE_KEY, 0.0), (PEOPLE_KEY, 0), (UNSIZED_KEY, True)):
        st.session_state.setdefault(key, default)
    include_undated = sidebar.checkbox("Include rallies with unknown dates", key=UNDATED_KEY)
    countries = sidebar.multiselect("Countries", data.options("country"), key=COUNTRIES_KEY)
    sources = sidebar.multiselect("Sources", data.options("source"), key=SOURCES_KEY)
    languages = sidebar.multiselect("Article languages", data.options("language"), key=LANGUAGES_KEY,
                                    format_func=language_name)
    min_confidence = sidebar.slider("Hide reports below this confidence", 0.0, 1.0, step=0.05, key=CONFIDENCE_KEY,
                                    help="Confidence combines how firmly the sentence ties the place to a gathering "
                                         "with how sure the gazetteer is of the place.")
    if st.session_state[PEOPLE_KEY] not in links.PEOPLE_STEPS:
        st.session_state[PEOPLE_KEY] = 0
    min_people = sidebar.select_slider("Crowd size: at least", links.PEOPLE_STEPS, key=PEOPLE_KEY,
                                       format_func=lambda n: "any" if n == 0 else f"{n:,} people",
                                       help="A rally's size is the low end of the range its articles state.")
    include_unsized = sidebar.checkbox("Include rallies without a stated size", key=UNSIZED_KEY,
                                       disabled=min_people == 0)
    return Filters(start, end, include_undated, tuple(countries), tuple(sources), tuple(languages), min_confidence,
                   min_people=min_people, include_unsized=include_unsized)


def read_link(data: Source) -> list[str]:
    """Once per browser session, before any widget is drawn: the view the page's query
    parameters ask for, put into the widgets' state. Returns notices about what was ignored."""
    if st.session_state.get(LINK_READ):
        return []
    st.session_state[LINK_READ] = True
    query = {key: st.query_params.get_all(key) for key in st.query_params}
    choices = links.Choices(data.span(), frozenset(data.options("country")), frozenset(data.options("source")),
                            frozenset(data.options("language")))
    shared, notices = links.from_query(query, choices)
    chosen = shared.filters
    if choices.span is not None and (chosen.start or chosen.end):
        low, high = choices.span
        st.session_state[DATES_KEY] = (chosen.start or low, chosen.end or high)
    st.session_state[UNDATED_KEY] = chosen.include_undated
    st.session_state[COUNTRIES_KEY] = list(chosen.countries)
    st.session_state[SOURCES_KEY] = list(chosen.sources)
    st.session_state[LANGUAGES_KEY] = list(chosen.languages)
    st.session_state[CONFIDENCE_KEY] = chosen.min_confidence
    st.session_state[PEOPLE_KEY] = chosen.min_people
    st.session_state[UNSIZED_KEY] = chosen.include_unsized
    if shared.window and choices.span is not None:
        st.session_state[WINDOW_KEY] = shared.window
        st.session_state[PLAY_AT_KEY] = shared.at or choices.span[0]
    if shared.city:
        st.session_state[CITY_KEY] = st.session_state[LINK_CITY] = shared.city
    return notices


def write_link(filters: Filters, city: str | None) -> None:
    """Put the current view in the page's query parameters, so its URL reopens it."""
    playing_window = st.session_state.get(WINDOW_KEY)
    shared = links.SharedView(replace(filters, review="all"), city, playing_window,
                              st.session_state.get(PLAY_AT_KEY) if playing_window else None)
    query = links.to_query(shared)
    current = {key: st.query_params.get_all(key) for key in st.query_params}
    wanted = {key: value if isinstance(value, list) else [value] for key, value in query.items()}
    if current != wanted:
        st.query_params.from_dict(query)


def reset_filters() -> None:
    for key in FILTER_KEYS:
        st.session_state.pop(key, None)
    st.session_state[PLAYING] = False


def playback_ui(bounds: tuple[date, date] | None) -> tuple[date, date] | None:
    """Playback: a window of a day, a week or a month that moves over the date range, with
    play/pause and a slider to move it by hand. Returns the window in view, if playback is on."""
    if bounds is None:
        return None
    low, high = bounds
    row = st.container(horizontal=True, vertical_alignment="center", gap="small")
    size = row.segmented_control("Playback window", list(links.WINDOWS), key=WINDOW_KEY, label_visibility="collapsed",
                                 format_func=lambda w: f"by {w}")
    if not size:
        st.session_state[PLAYING] = False
        row.caption("Play the rallies back by day, week or month.")
        return None
    if not low <= st.session_state.get(PLAY_AT_KEY, low) <= high:
        st.session_state[PLAY_AT_KEY] = low
    playing = bool(st.session_state.get(PLAYING))
    row.button("Pause" if playing else "Play", key="play", icon=":material/pause:" if playing else
               ":material/play_arrow:", on_click=_toggle_playing, args=(low, high, size))
    caption = row.empty()
    start = st.slider("Window opens on", min_value=low, max_value=max(high, low + timedelta(days=1)),
                      key=PLAY_AT_KEY, format="YYYY-MM-DD", label_visibility="collapsed")
    window = playback_window(start, size)
    caption.caption(f"{window[0]:%Y-%m-%d} to {window[1]:%Y-%m-%d}" + (" · playing" if playing else ""))
    _playback_clock(playing)
    return window


def _toggle_playing(low: date, high: date, size: str) -> None:
    playing = not st.session_state.get(PLAYING)
    if playing and next_window_start(st.session_state.get(PLAY_AT_KEY, low), size, high) is None:
        st.session_state[PLAY_AT_KEY] = low  # at the end: play again from the start
    st.session_state[PLAYING] = playing


def advance_playback(bounds: tuple[date, date] | None) -> None:
    """When the playback clock asked for it: move the window on by its size, and stop at the end.
    Runs before the widgets are drawn, so the slider shows the new position."""
    if not st.session_state.pop(ADVANCE, False) or bounds is None or not st.session_state.get(WINDOW_KEY):
        return
    following = next_window_start(st.session_state.get(PLAY_AT_KEY, bounds[0]), st.session_state[WINDOW_KEY],
                                  bounds[1])
    if following is None:
        st.session_state[PLAYING] = False
    else:
        st.session_state[PLAY_AT_KEY] = following


def _playback_clock(playing: bool) -> None:
    """While playing: a fragment that reruns on its own every PLAY_INTERVAL seconds and asks the
    whole page to rerun one window on. Its first run is part of the page's run and only arms it."""
    if not playing:
        return

    @st.fragment(run_every=PLAY_INTERVAL)
    def tick() -> None:
        if st.session_state.get(TICK_ARMED):
            st.session_state[ADVANCE] = True
            st.rerun()
        st.session_state[TICK_ARMED] = True

    st.session_state[TICK_ARMED] = False
    tick()


def language_name(code: str) -> str:
    """'de' -> 'German (de)', from CLDR; the code alone when CLDR does not know it."""
    from babel import Locale, UnknownLocaleError

    try:
        return f"{Locale('en').languages.get(code, code)} ({code})"
    except UnknownLocaleError:
        return code


FIGURE_NAMES = {"people": "People (sized rallies, low estimates)", "unsized": "Rallies without a size"}


def figures_ui(data: Source, view) -> None:
    figures = data.figures(view)
    for column, (name, value) in zip(st.columns(len(figures)), figures.items()):
        column.metric(FIGURE_NAMES.get(name, name.capitalize()), f"{value:,}")


def measure_ui() -> str:
    """What the map's circles and the timeline's bars measure: 'rallies' or 'people'."""
    st.session_state.setdefault(MEASURE_KEY, "rallies")
    return st.radio("Size by", list(charts.MEASURES), key=MEASURE_KEY, horizontal=True,
                    format_func=lambda m: "rallies" if m == "rallies" else "people (stated crowd sizes)")


def map_ui(view, frame, basemap: bool, measure: str = "rallies") -> str | None:
    """The map of view's cities, framed on frame's (so that playback and brushing do not move
    it), circles sized by measure, and its legend; returns the place key of the city clicked, if any."""
    deck = charts.deck(view.cities, basemap=basemap, view=charts.view_for(frame.cities), size_by=measure)
    event = st.pydeck_chart(deck, on_select="rerun",
                            selection_mode="single-object", key=MAP_KEY, height=charts.MAP_HEIGHT)
    st.html(charts.legend_html(view.cities, measure))
    selection = event["selection"] if isinstance(event, dict) or hasattr(event, "__getitem__") else {}
    objects = (selection.get("objects") or {}).get(charts.CITY_LAYER) or []
    return objects[0].get("place_key") if objects else None


def timeline_ui(data: Source, view, window: tuple[date, date] | None = None,
                measure: str = "rallies") -> tuple[date, date] | None:
    """The timeline of measure (the playback window, if any, in full colour); returns the brushed
    date range, if any."""
    counts, unit = data.timeline(view)
    if counts.empty:
        st.caption("No dated rallies to draw on a timeline.")
        return None
    event = st.altair_chart(charts.timeline_chart(counts, unit, window, measure), on_select="rerun", key=TIMELINE_KEY,
                            width="stretch")
    return brush_range(event)


def brush_range(event) -> tuple[date, date] | None:
    """The interval of the timeline brush in a Streamlit selection event."""
    try:
        interval = event["selection"][charts.BRUSH]
    except (KeyError, TypeError):
        return None
    values = next(iter(interval.values()), None) if isinstance(interval, dict) else None
    if not values or len(values) != 2:
        return None
    days = [pd.Timestamp(v, unit="ms") if isinstance(v, (int, float)) else pd.Timestamp(v) for v in values]
    return min(days).date(), max(days).date()


def city_ui(view, clicked: str | None) -> str | None:
    """The city selectbox, which mirrors the map: a click on a new city selects it here."""
    labels = dict(zip(view.cities["place_key"], view.cities["label"]))
    if clicked and clicked != st.session_state.get(LAST_MAP_PICK):
        st.session_state[LAST_MAP_PICK] = clicked
        st.session_state[CITY_KEY] = clicked
    if st.session_state.get(CITY_KEY) not in labels:
        st.session_state[CITY_KEY] = ""
    options = [""] + sorted(labels, key=labels.get)
    choice = st.selectbox("City", options, key=CITY_KEY,
                          format_func=lambda k: labels.get(k, "Click a city on the map, or choose one"))
    return choice or None


def _dates(start, end, precision: str = "") -> str:
    """A rally's or report's dates as a reader sees them."""
    if pd.isna(start):
        # the article names the day (the reason says which) but nothing fixes its year
        return "day given, year not given" if precision == YEAR_UNKNOWN else "date unknown"
    a, b = pd.Timestamp(start).strftime("%Y-%m-%d"), pd.Timestamp(end).strftime("%Y-%m-%d")
    return a if a == b else f"{a} to {b}"


def coverage_page_ui(place_key: str, rallies: int) -> int:
    """Which page of a city's rallies to show (COVERAGE_PAGE at a time); no control for one page.
    Each city keeps its page; a page the filters left empty goes back to the first."""
    pages = -(-rallies // COVERAGE_PAGE)
    if pages <= 1:
        return 0
    key = f"{COVERAGE_PAGE_KEY}-{place_key}"
    if st.session_state.get(key, 0) >= pages:
        st.session_state[key] = 0
    return st.selectbox("Rallies", range(pages), key=key, format_func=lambda p: (
        f"{p * COVERAGE_PAGE + 1}–{min((p + 1) * COVERAGE_PAGE, rallies)} of {rallies}, by date"))


def coverage_ui(place_key: str, view, data: Source, reviewing: ReviewContext | None = None) -> None:
    """Coverage of one city: its rallies in range and, under each, the articles reporting it; in
    review mode, a verdict's controls on every report and the city's rejected reports."""
    city = view.cities.set_index("place_key").loc[place_key]
    st.subheader(f"Coverage: {escape_markdown(str(city['label']))}")
    for rally, reports in data.coverage(place_key, view, coverage_page_ui(place_key, int(city["rallies"]))):
        scheduled = " · announced" if rally["scheduled"] else ""
        when = _dates(rally["date_start"], rally["date_end"], rally["date_precision"])
        size = "" if pd.isna(rally["size_low"]) else " · " + escape_markdown(people(rally["size_low"],
                                                                                        rally["size_high"]))
        st.markdown(f"**Rally {escape_markdown(when)}** · "
                    f"{escape_markdown(str(rally['date_precision']))}{scheduled}{size} · {len(reports)} report(s)")
        for report in reports.itertuples(index=False):
            with st.container(border=True):
                title = report.title if isinstance(report.title, str) and report.title else report.article_id
                st.markdown(f"**{escape_markdown(title)}**")
                source = report.source if isinstance(report.source, str) and report.source else "unknown source"
                published = "no publication date" if pd.isna(report.published) else \
                    pd.Timestamp(report.published).strftime("%Y-%m-%d")
                when = _dates(report.date_start, report.date_end, report.date_precision)
                st.caption(f"{link_markdown(report.url, source)} · {published} · "
                           + escape_markdown(f"{language_name(report.language)} · {report.article_id} · "
                                             f"dated {when} "
                                             f"({report.date_precision}) · confidence {report.confidence:.2f}"))
                text = report.text if isinstance(report.text, str) else ""
                spans = [(report.start_char, report.end_char)]
                sized = not pd.isna(report.size_low)
                if sized:
                    spans.append((int(report.size_start), int(report.size_end)))
                    st.caption(escape_markdown(f"Size: {people(report.size_low, report.size_high)}, "
                                               f"from '{report.size_text}' ({report.size_source})"))
                where = text.find(report.evidence, max(0, report.start_char - len(report.evidence)))
                if where >= 0:
                    st.markdown(highlight(report.evidence, [(a - where, b - where) for a, b in spans]))
                else:
                    st.markdown(escape_markdown(report.evidence))
                st.caption(escape_markdown(f"Why: {report.rally_reason}; place ({report.geocoder}): "
                                           f"{report.geo_reason}; date: {report.date_reason}"))
                with st.expander("Read the whole article"):
                    _article_text(text, spans)
                if reviewing is not None:
                    verdict_ui(report, reviewing)
    if reviewing is not None:
        here = data.rejected(place_key)
        if not here.empty:
            with st.expander(f"Rejected reports of this city ({len(here)})"):
                rejected_ui(here, reviewing)


@dataclass(frozen=True)
class ReviewContext:
    """What review controls need: the dataset folder and the reviewer's name."""

    data_dir: Path
    reviewer: str


def review_ui(data_dir: Path) -> tuple[ReviewContext | None, str]:
    """Sidebar: who may review (access.access_ui: sign-in with a users file; open on a laptop;
    off on a shared server without accounts), then, for a reviewer, the review-mode toggle, the
    name (typed only on a laptop without accounts), which reports to show ('all', 'unreviewed'
    or 'reviewed') and the audit log. Returns the review context (None when off) and that choice."""
    sidebar = st.sidebar
    sidebar.divider()
    who = access.access_ui(data_dir)
    if not who.reviews:
        return None, "all"
    if not sidebar.toggle("Review mode", key=REVIEW_KEY, help="Accept, reject or correct reports, and add articles. "
                          "Verdicts are kept in corrections.jsonl beside the tables and applied by every build."):
        return None, "all"
    if who.open_review:
        name = sidebar.text_input("Your name", key=REVIEWER_KEY, placeholder="recorded with each verdict").strip()
    else:
        name = who.name or ""
        audit_ui(data_dir)
    shown = sidebar.radio("Show reports", ["all", "unreviewed", "reviewed"], key=REVIEW_FILTER_KEY, horizontal=True)
    return ReviewContext(data_dir, name), shown


def audit_ui(data_dir: Path) -> None:
    """Sidebar, for a signed-in reviewer: the newest entries of the audit log."""
    with st.sidebar.expander("Audit log"):
        try:
            entries = accounts.read_audit(data_dir, AUDIT_SHOWN)
        except RallymapError as exc:
            st.caption(escape_markdown(str(exc)))
            return
        if not entries:
            st.caption("Nothing recorded yet.")
            return
        st.dataframe(pd.DataFrame([e.__dict__ for e in entries]), hide_index=True, width="stretch")


def _acting_reviewer(reviewing: ReviewContext) -> str | None:
    """The name an action runs under, checked when it runs (access.reviewer_of): the signed-in
    reviewer's, or the typed one on an open laptop; None (refused, and said so) otherwise."""
    allowed = access.reviewer_of(reviewing.data_dir)
    if allowed is None:
        st.session_state[REVIEW_MESSAGE] = ("error", "Only a signed-in reviewer can do that.")
        try:
            accounts.audit(reviewing.data_dir, reviewing.reviewer or "anonymous", "action refused", "not a reviewer")
        except RallymapError:
            pass  # the refusal stands whether or not the log could be written
        return None
    return allowed or reviewing.reviewer


def _status_line(report) -> str:
    if report.review_status == "machine":
        return "Review: not reviewed yet"
    line = f"Review: {report.review_status} by {report.reviewed_by} at {report.reviewed_at}"
    return line + (f" ({report.review_note})" if isinstance(report.review_note, str) and report.review_note else "")


def verdict_ui(report, reviewing: ReviewContext) -> None:
    """Accept, reject and correct controls for one report; each verdict is recorded at once."""
    st.caption(escape_markdown(_status_line(report)))
    nameless = not reviewing.reviewer
    hint = "Type your name in the sidebar first." if nameless else None
    row = st.container(horizontal=True, gap="small")
    for action, icon in (("accept", ":material/check:"), ("reject", ":material/close:")):
        row.button(action.capitalize(), key=f"{action}-{report.report_id}", icon=icon, disabled=nameless, help=hint,
                   on_click=_record, args=(reviewing, report.report_id, action))
    with st.expander("Correct the city or the dates"):
        query = st.text_input("City", key=f"city-query-{report.report_id}", placeholder="type a few letters")
        matches = _search(query) if query else []
        place = st.selectbox("Place", matches, key=f"place-{report.report_id}", index=None,
                             format_func=lambda c: f"{c.name}, {c.country} ({c.population:,} people)",
                             placeholder="no change" if not query else f"{len(matches)} place(s) found")
        low, high = plausible_range()
        dated = not pd.isna(report.date_start) and low <= report.date_start.date() <= report.date_end.date() <= high
        days = st.date_input("Dates", value=(report.date_start.date(), report.date_end.date()) if dated else (),
                             min_value=low, max_value=high, key=f"dates-{report.report_id}", format="YYYY-MM-DD")
        note = st.text_input("Note", key=f"note-{report.report_id}")
        st.button("Save correction", key=f"correct-{report.report_id}", disabled=nameless, help=hint,
                  on_click=_record_correction, args=(reviewing, report, place, days, note))


def rejected_ui(rejected: pd.DataFrame, reviewing: ReviewContext) -> None:
    """Rejected reports, each with a button that restores it (a verdict of accept)."""
    if rejected.empty:
        st.caption("No report has been rejected.")
    for report in rejected.itertuples(index=False):
        st.caption(escape_markdown(f"{report.city}, {report.country} · {report.article_id}: {report.evidence[:200]} · "
                                   f"{_status_line(report)}"))
        st.button("Restore (accept)", key=f"restore-{report.report_id}", disabled=not reviewing.reviewer,
                  on_click=_record, args=(reviewing, report.report_id, "accept"))


@st.cache_resource(show_spinner="Loading the gazetteer…")
def _gazetteer():
    return load_gazetteer()


def _search(query: str) -> list:
    return _gazetteer().search(query, limit=12)


def _record(reviewing: ReviewContext, report_id: str, action: str, note: str | None = None, place=None,
            dates=None) -> None:
    reviewer = _acting_reviewer(reviewing)
    if reviewer is None:
        return
    try:
        verdict = review.make_verdict(report_id, action, reviewer, note, place, dates)
        review.record(reviewing.data_dir, verdict)
    except RallymapError as exc:
        st.session_state[REVIEW_MESSAGE] = ("error", f"The verdict was not recorded: {exc}")
        return
    try:
        accounts.audit(reviewing.data_dir, reviewer, "verdict", f"{action} {report_id}")
    except RallymapError as exc:
        st.session_state[REVIEW_MESSAGE] = ("warning", f"The verdict was recorded, but not in the audit log: {exc}")
        return
    st.session_state[REVIEW_MESSAGE] = ("toast", f"Report {report_id}: {review.STATUS_OF[action]}.")


def _record_correction(reviewing: ReviewContext, report, place, days, note: str) -> None:
    dates = tuple(days) if isinstance(days, (tuple, list)) and len(days) == 2 else None
    if isinstance(days, (tuple, list)) and len(days) == 1:
        dates = (days[0], days[0])
    unchanged = dates is not None and not pd.isna(report.date_start) and dates == (
        report.date_start.date(), report.date_end.date())
    _record(reviewing, report.report_id, "correct", note, place, None if unchanged else dates)


def add_articles_ui(reviewing: ReviewContext) -> None:
    """Sidebar, in review mode: upload article files or paste one; they are saved beside the
    tables and the dataset is rebuilt incrementally."""
    uploader = f"uploads-{st.session_state.get(UPLOADS_ROUND, 0)}"  # a new key empties the uploader
    with st.sidebar.expander("Add articles"):
        st.file_uploader("Article files", accept_multiple_files=True, key=uploader,
                         type=sorted(s.lstrip(".") for s in SUPPORTED))
        st.text_area("…or links to articles, one a line", key=LINKS_KEY, height=80,
                     help="Fetched politely (robots.txt obeyed, one request a second per site) into "
                          "sources/web/ as a web archive. Needs a User-Agent: the one `rallymap fetch` recorded, "
                          f"or the {USER_AGENT_ENV} environment variable.")
        st.text_area("…or paste an article's text", key="pasted", height=120)
        st.text_input("Its URL", key="pasted_url")
        first, last = plausible_range()
        st.date_input("Published on", value=None, key="pasted_date", format="YYYY-MM-DD", min_value=first,
                      max_value=last)
        st.button("Add and rebuild", key="add", icon=":material/library_add:", on_click=_add_and_rebuild,
                  args=(reviewing, uploader))


def fetch_links(data_dir: Path, links: list[str]):
    """Fetch links into DIR/sources/web as `rallymap fetch` does, with the User-Agent it recorded
    (or RALLYMAP_USER_AGENT), never from this server's own network (a visitor's link must not
    reach the server's neighbours)."""
    recorded = web.read_subscriptions(data_dir)
    user_agent = os.environ.get(USER_AGENT_ENV, "") or recorded.user_agent
    if not user_agent:
        raise FetchError(f"no User-Agent: set {USER_AGENT_ENV} (a name and a contact), or run `rallymap fetch` once")
    policy = web.FetchPolicy(user_agent, delay=recorded.delay if recorded.user_agent else 1.0, allow_private=False)
    return web.fetch(links, Path(data_dir) / web.WEB_FOLDER, policy)


def _add_and_rebuild(reviewing: ReviewContext, uploader: str) -> None:
    """Save what the user gave, rebuild, and say what came of it; empties the inputs. Only for
    a reviewer (checked here, when it runs)."""
    reviewer = _acting_reviewer(reviewing)
    if reviewer is None:
        return
    data_dir = reviewing.data_dir
    uploads = st.session_state.get(uploader) or []
    pasted, url, published = (st.session_state.get(k) for k in ("pasted", "pasted_url", "pasted_date"))
    links = [line.strip() for line in (st.session_state.get(LINKS_KEY) or "").splitlines() if line.strip()]
    st.session_state[UPLOADS_ROUND] = st.session_state.get(UPLOADS_ROUND, 0) + 1
    st.session_state.update({"pasted": "", "pasted_url": "", "pasted_date": None, LINKS_KEY: ""})
    pasted, url = pasted or "", url or ""
    saved, refused = [], []
    for upload in uploads:
        try:
            saved.append(workspace.save_upload(data_dir, upload.name, upload.getvalue()))
        except RallymapError as exc:
            refused.append(str(exc))
    if pasted.strip():
        saved.append(workspace.save_pasted(data_dir, pasted, url, published))
    fetched_lines = []
    if links:
        try:
            with st.spinner(f"Fetching {len(links)} link(s)…"):
                report = fetch_links(data_dir, links[:MAX_LINKS])
        except RallymapError as exc:
            refused.append(f"the links were not fetched: {exc}")
        else:
            if report.archive is not None:
                saved.append(report.archive)
            fetched_lines = [f"{o.url}: {o.reason}" for o in report.outcomes] + [
                f"{u}: already fetched" for u in report.already]
            refused += [f"{o.url}: {o.reason}" for o in report.outcomes if o.status != "fetched"]
    if not saved:
        st.session_state[REVIEW_MESSAGE] = ("error", "Nothing was added: " + (
            " ".join(refused) if refused else "choose article files or paste a text first."))
        return
    try:
        with st.spinner(f"Rebuilding with {len(saved)} new file(s)…"):
            result = workspace.rebuild(data_dir, _gazetteer())
    except RallymapError as exc:
        st.session_state[REVIEW_MESSAGE] = ("error", f"The rebuild failed: {exc}")
        return
    accounts.audit(data_dir, reviewer, "articles added", ", ".join(p.name for p in saved))
    names = {str(p.resolve()) for p in saved}
    articles = result.dataset.articles
    mine = articles[articles["path"].isin(names)]
    skipped = [f"{Path(r.path).name}: {r.status.removeprefix('skipped: ')}" for r in mine.itertuples()
               if r.status != "ok"]
    message = (f"Added {len(saved)} file(s){f' ({len(fetched_lines)} link(s) fetched or tried)' if links else ''}: "
               f"{int((mine['status'] == 'ok').sum())} article(s) read, "
               f"{int(mine['n_reports'].sum())} report(s); the dataset now has {result.summary['rallies']} rallies.")
    problems = refused + skipped
    st.session_state[REVIEW_MESSAGE] = ("warning" if problems else "toast",
                                        message + ("" if not problems else " Not read: " + "; ".join(problems)))


def _article_text(text: str, spans: list[tuple[int, int]]) -> None:
    if len(text) > DISPLAY_LIMIT:
        st.caption(f"Showing the first {DISPLAY_LIMIT:,} of {len(text):,} characters.")
        text = text[:DISPLAY_LIMIT]
    st.markdown(highlight(text, spans))


def _select_city(place_key: str) -> None:
    st.session_state[CITY_KEY] = place_key


def source_viewer_ui(view, data: Source) -> None:
    """Read articles source by source, every extracted rally place highlighted."""
    sources = data.sources()
    if not sources:
        st.info("No readable articles in this dataset.")
        return
    source = st.selectbox("Source", sources, key="viewer_source")
    titles = data.articles_of(source)
    article_id = st.selectbox("Article", list(titles), key="viewer_article",
                              format_func=lambda k: f"{titles.get(k) or k} ({k})")
    article = data.article(article_id)
    reports = data.article_reports(view, article_id)
    st.caption(link_markdown(article["url"], source) + " · "
               + escape_markdown(("no publication date" if pd.isna(article["published"])
                                  else pd.Timestamp(article["published"]).strftime("%Y-%m-%d"))
                                 + f" · {language_name(article['language'])}"
                                 + f" · {len(reports)} rally report(s) in the current filters"))
    for number, report in enumerate(reports.itertuples(index=False)):
        label = f"{report.city}, {report.country}: {_dates(report.date_start, report.date_end)}"
        st.button(f"Show {label} on the map", key=f"show-{article_id}-{number}",
                  on_click=_select_city, args=(report.place_key,))
    _article_text(article["text"], list(zip(reports["start_char"], reports["end_char"])))


def export_ui(data: Source, view) -> None:
    """Download the filtered reports and rallies as CSV and GeoJSON."""
    for column, (name, (make, mime)) in zip(st.columns(4), data.exports(view).items()):
        column.download_button(name, make, name, mime, key=f"export-{name}")


def empty_ui(data: Source, seeds_dir: Path) -> None:
    """What to say when there is nothing to draw: an empty dataset, or filters that leave nothing."""
    if not data.has_reports():
        st.info(f"This dataset has no rallies yet ({data.n_articles()} article(s) read). Add articles to "
                f"{seeds_dir.name}/ and run `{REBUILD_HINT}`.")
        return
    st.info("No rallies match these filters. Widen the dates, move the playback window, or clear the filters.")
    st.button("Clear all filters", key="reset", on_click=reset_filters, icon=":material/filter_alt_off:")


def main(data_dir: Path, seeds_dir: Path) -> None:
    """The whole page: filters in the sidebar; figures; the map with the timeline under it and the
    chosen city's coverage beside them, on one screen; then the source viewer and exports."""
    st.html(PAGE_STYLE)
    st.title("rallymap")
    try:
        ensure_built(data_dir, seeds_dir)
        data = load(data_dir)
    except RallymapError as exc:
        st.error(f"The dataset cannot be loaded: {escape_markdown(str(exc))}. Rebuild it with `{REBUILD_HINT}`.")
        st.stop()
    notices = read_link(data)
    bounds = data.span()
    advance_playback(bounds)
    filters = filters_ui(data)
    basemap = st.sidebar.toggle("Carto basemap (online)", value=False, key="basemap")
    reviewing, shown = review_ui(data_dir)
    filters = replace(filters, review=shown)
    if reviewing is not None:
        add_articles_ui(reviewing)
    notice_area = st.container()
    ranged = data.select(filters)
    figures_placeholder = st.container()
    map_column, coverage_column = st.columns([3, 2])
    with map_column:
        window = playback_ui(bounds)
        current = filters if window is None else narrowed(filters, window)
        measure = measure_ui()
        map_area = st.container()
        brushed = timeline_ui(data, ranged, window, measure) if not ranged.cities.empty else None
    chosen = current if brushed is None else narrowed(current, brushed)
    view = ranged if chosen == filters else data.select(chosen)
    with figures_placeholder:
        figures_ui(data, view)
    with map_area:  # an empty playback window or brushed span keeps the map, with no circles on it
        clicked = None if ranged.cities.empty else map_ui(view, ranged, basemap, measure)
        if ranged.cities.empty:
            empty_ui(data, seeds_dir)
    link_city = st.session_state.pop(LINK_CITY, None)
    if link_city and link_city not in set(view.cities["place_key"]):
        notices.append(f"'city={link_city}' has no rallies in this view; no city is open.")
    with coverage_column:
        place_key = city_ui(view, clicked)
        with st.container(height=COVERAGE_HEIGHT, border=False):
            if place_key:
                coverage_ui(place_key, view, data, reviewing)
            else:
                st.caption("Click a city on the map to read its coverage.")
    with notice_area:
        if REVIEW_MESSAGE in st.session_state:
            kind, message = st.session_state.pop(REVIEW_MESSAGE)
            getattr(st, kind)(escape_markdown(message))
        if notices:
            st.warning("This link asked for a view that does not fit this dataset, so part of it was not "
                       "restored:\n\n" + "\n".join(f"- {escape_markdown(clipped(notice))}" for notice in notices))
    write_link(filters, place_key)
    tabs = st.tabs(["Articles by source", "Export", *(["Rejected reports"] if reviewing else [])])
    with tabs[0]:
        source_viewer_ui(view, data)
    with tabs[1]:
        export_ui(data, view)
    if reviewing is not None:
        with tabs[2]:
            rejected_ui(data.rejected(), reviewing)
