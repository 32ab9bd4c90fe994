"""App: the dashboard.

Takes a built dataset folder (`store`) and the page's query parameters; gives the map, the
timeline, playback, the coverage of a chosen city and the source viewer. `data` (in memory) and
`duck` (DuckDB over Parquet, for large datasets) answer the same questions; `charts` holds the
pure builders `deck(...)` and `timeline(...)`; `links` reads and writes shareable links;
`views` draws the page with Streamlit and rebuilds through `build` in review mode.
"""
