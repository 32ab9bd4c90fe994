"""rallymap: news articles about rallies in, a geocoded, dated event dataset out."""

__version__ = "0.1.0"
