"""The dashboard's views: small functions that draw one part and return what the user chose.

`main` composes them; `dashboard.py` only calls `main`. Article text is always shown as text:
markdown syntax in it is escaped, and no HTML from an article is ever rendered.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import streamlit as st

from .. import dataset, pipeline
from ..errors import RallymapError
from ..gazetteer import load_gazetteer
from . import charts
from .data import Filters, Prepared, View, apply_filters, coverage, exports, figures, narrowed, prepare, span

CITY_KEY = "city"
MAP_KEY = "map"
TIMELINE_KEY = "timeline"
LAST_MAP_PICK = "_last_map_pick"
DISPLAY_LIMIT = 200_000  # characters of an article drawn at once; longer texts are cut with a note
REBUILD_HINT = "rallymap build seeds --out data"
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$&=\"'^@%])")


def escape_markdown(text: str) -> str:
    """Text that Streamlit's markdown shows literally: every markdown-significant character
    backslash-escaped (links, images, HTML, emphasis, emoji shortcodes, LaTeX), line breaks kept."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("\n", "  \n")


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
def _read(data_dir: str, stamp: tuple) -> Prepared:
    data = dataset.read(Path(data_dir))
    return prepare(data.events, data.rallies, data.articles)


def load(data_dir: Path) -> Prepared:
    """The dataset in data_dir, prepared for the views, cached until one of its files changes."""
    stamp = tuple((p.name, p.stat().st_mtime_ns) for p in sorted(Path(data_dir).glob("*.parquet")))
    return _read(str(data_dir), stamp)


def ensure_built(data_dir: Path, seeds_dir: Path) -> None:
    """Build data_dir from seeds_dir when it has no dataset yet (first run)."""
    if (data_dir / "events.parquet").exists():
        return
    with st.spinner(f"Building {data_dir.name}/ from {seeds_dir.name}/ (the first run also indexes the "
                    "gazetteer, about 10 s)…"):
        result = pipeline.build([seeds_dir], load_gazetteer())
        dataset.write(result.dataset, data_dir, result.summary)


def filters_ui(data: Prepared) -> Filters:
    """Sidebar: date range, unknown dates, countries, sources."""
    sidebar = st.sidebar
    sidebar.header("Filters")
    bounds = span(data.rallies)
    start = end = None
    if bounds is not None:
        low, high = bounds
        if low == high:
            high = low + timedelta(days=1)
        start, end = sidebar.slider("Dates", min_value=low, max_value=high, value=(low, high), format="YYYY-MM-DD",
                                    key="dates")
        if (start, end) == (low, high):
            start = end = None
    include_undated = sidebar.checkbox("Include rallies with unknown dates", value=True, key="undated")
    countries = sidebar.multiselect("Countries", sorted(data.rallies["country"].dropna().unique()), key="countries")
    sources = sidebar.multiselect("Sources", sorted(s for s in data.events["source"].dropna().unique() if s),
                                  key="sources")
    languages = sidebar.multiselect("Article languages", sorted(data.events["language"].dropna().unique()),
                                    key="languages", format_func=language_name)
    min_confidence = sidebar.slider("Hide reports below this confidence", 0.0, 1.0, 0.0, 0.05, key="min_confidence",
                                    help="Confidence combines how firmly the sentence ties the place to a gathering "
                                         "with how sure the gazetteer is of the place.")
    return Filters(start, end, include_undated, tuple(countries), tuple(sources), tuple(languages), min_confidence)


def language_name(code: str) -> str:
    """'de' -> 'German (de)', from CLDR; the code alone when CLDR does not know it."""
    from babel import Locale, UnknownLocaleError

    try:
        return f"{Locale('en').languages.get(code, code)} ({code})"
    except UnknownLocaleError:
        return code


def figures_ui(view: View) -> None:
    for column, (name, value) in zip(st.columns(5), figures(view).items()):
        column.metric(name.capitalize(), value)


def map_ui(view: View, basemap: bool) -> str | None:
    """The map; returns the place key of the city clicked, if any."""
    if view.cities.empty:
        st.info("No rallies in this range. Widen the dates or clear the filters.")
        return None
    event = st.pydeck_chart(charts.deck(view.cities, basemap=basemap), on_select="rerun",
                            selection_mode="single-object", key=MAP_KEY, height=520)
    selection = event["selection"] if isinstance(event, dict) or hasattr(event, "__getitem__") else {}
    objects = (selection.get("objects") or {}).get(charts.CITY_LAYER) or []
    return objects[0].get("place_key") if objects else None


def timeline_ui(view: View) -> tuple[date, date] | None:
    """The timeline; returns the brushed date range, if any."""
    if view.rallies["date_start"].notna().sum() == 0:
        st.caption("No dated rallies to draw on a timeline.")
        return None
    event = st.altair_chart(charts.timeline(view.rallies), on_select="rerun", key=TIMELINE_KEY, width="stretch")
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


def city_ui(view: View, clicked: str | None) -> str | None:
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


def _dates(start, end) -> str:
    if pd.isna(start):
        return "date unknown"
    a, b = pd.Timestamp(start).strftime("%Y-%m-%d"), pd.Timestamp(end).strftime("%Y-%m-%d")
    return a if a == b else f"{a} to {b}"


def coverage_ui(place_key: str, view: View, articles: pd.DataFrame) -> None:
    """Coverage of one city: its rallies in range and, under each, the articles reporting it."""
    city = view.cities.set_index("place_key").loc[place_key]
    st.subheader(f"Coverage: {city['label']}")
    for rally, reports in coverage(place_key, view, articles):
        scheduled = " · announced" if rally["scheduled"] else ""
        st.markdown(f"**Rally {escape_markdown(_dates(rally['date_start'], rally['date_end']))}** · "
                    f"{rally['date_precision']}{scheduled} · {len(reports)} report(s)")
        for report in reports.itertuples(index=False):
            with st.container(border=True):
                title = report.title if isinstance(report.title, str) and report.title else report.article_id
                st.markdown(f"**{escape_markdown(title)}**")
                source = report.source if isinstance(report.source, str) and report.source else "unknown source"
                published = "no publication date" if pd.isna(report.published) else \
                    pd.Timestamp(report.published).strftime("%Y-%m-%d")
                st.caption(f"{source} · {published} · {language_name(report.language)} · {report.article_id} · "
                           f"dated {_dates(report.date_start, report.date_end)} ({report.date_precision}) · "
                           f"confidence {report.confidence:.2f}")
                text = report.text if isinstance(report.text, str) else ""
                where = text.find(report.evidence, max(0, report.start_char - len(report.evidence)))
                if where >= 0:
                    offset = report.start_char - where
                    st.markdown(highlight(report.evidence, [(offset, offset + report.end_char - report.start_char)]))
                else:
                    st.markdown(escape_markdown(report.evidence))
                st.caption(f"Why: {report.rally_reason}; place ({report.geocoder}): {report.geo_reason}; "
                           f"date: {report.date_reason}")
                with st.expander("Read the whole article"):
                    _article_text(text, [(report.start_char, report.end_char)])


def _article_text(text: str, spans: list[tuple[int, int]]) -> None:
    if len(text) > DISPLAY_LIMIT:
        st.caption(f"Showing the first {DISPLAY_LIMIT:,} of {len(text):,} characters.")
        text = text[:DISPLAY_LIMIT]
    st.markdown(highlight(text, spans))


def _select_city(place_key: str) -> None:
    st.session_state[CITY_KEY] = place_key


def source_viewer_ui(view: View, data: Prepared) -> None:
    """Read articles source by source, every extracted rally place highlighted."""
    if not data.by_source:
        st.info("No readable articles in this dataset.")
        return
    source = st.selectbox("Source", list(data.by_source), key="viewer_source")
    article_ids = data.by_source[source]
    article_id = st.selectbox("Article", article_ids, key="viewer_article",
                              format_func=lambda k: f"{data.article(k)['title'] or k} ({k})")
    article = data.article(article_id)
    reports = view.events[view.events["article_id"] == article_id].sort_values("start_char")
    st.caption(f"{source} · " + ("no publication date" if pd.isna(article["published"])
                                 else pd.Timestamp(article["published"]).strftime("%Y-%m-%d"))
               + f" · {language_name(article['language'])}"
               + f" · {len(reports)} rally report(s) in the current filters")
    for number, report in enumerate(reports.itertuples(index=False)):
        label = f"{report.city}, {report.country}: {_dates(report.date_start, report.date_end)}"
        st.button(f"Show {label} on the map", key=f"show-{article_id}-{number}",
                  on_click=_select_city, args=(report.place_key,))
    _article_text(article["text"], list(zip(reports["start_char"], reports["end_char"])))


def export_ui(view: View) -> None:
    """Download the filtered reports and rallies as CSV and GeoJSON."""
    for column, (name, (make, mime)) in zip(st.columns(4), exports(view).items()):
        column.download_button(name, make, name, mime, key=f"export-{name}")


def main(data_dir: Path, seeds_dir: Path) -> None:
    """The whole page."""
    st.title("rallymap")
    try:
        ensure_built(data_dir, seeds_dir)
        data = load(data_dir)
    except RallymapError as exc:
        st.error(f"The dataset cannot be loaded: {exc}. Rebuild it with `{REBUILD_HINT}`.")
        st.stop()
    filters = filters_ui(data)
    basemap = st.sidebar.toggle("Carto basemap (online)", value=False, key="basemap")
    if data.events.empty:
        st.info(f"This dataset has no rallies yet ({len(data.articles)} article(s) read). Add articles to "
                f"{seeds_dir.name}/ and run `{REBUILD_HINT}`.")
    ranged = apply_filters(data, filters)
    figures_placeholder = st.container()
    map_column, coverage_column = st.columns([3, 2])
    with st.container():
        brushed = timeline_ui(ranged)
    view = ranged if brushed is None else apply_filters(data, narrowed(filters, brushed))
    with figures_placeholder:
        figures_ui(view)
    with map_column:
        clicked = map_ui(view, basemap)
    with coverage_column:
        place_key = city_ui(view, clicked)
        if place_key:
            coverage_ui(place_key, view, data.articles)
        else:
            st.caption("Click a city on the map to read its coverage.")
    viewer, export = st.tabs(["Articles by source", "Export"])
    with viewer:
        source_viewer_ui(view, data)
    with export:
        export_ui(view)
