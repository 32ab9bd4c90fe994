"""Bounds that keep one hostile input from costing a whole build: a time budget per article, and
the range of dates a build believes.

A build reads whatever a user's folder holds. Every pattern the extraction runs is linear in its
input, but an article may still be very long, and a date field may hold any number: these bounds
turn both into a recorded reason instead of a hung build or a page that cannot be drawn.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from .errors import TimeLimitError

# An article that takes longer than this to read or extract is skipped with a reason (the CLI's
# --article-timeout). The slowest real page of the dev set and the seeds takes about 50 ms.
ARTICLE_SECONDS = 10.0

# The skip reason of an article that ran out of time starts with this.
TOOK_LONGER = "took longer than "

# Dates a build believes: news of rallies from before this year is outside what it is for (and a
# year written as 0001 or 1066 is a typo or a zero value), and a date more than a year after
# today is no publication date and no announced rally.
EARLIEST_YEAR = 1900
LATEST_AHEAD_DAYS = 366


def plausible_range(today: date | None = None) -> tuple[date, date]:
    """The first and last day a publication, rally or corrected date may fall on."""
    today = today or date.today()
    return date(EARLIEST_YEAR, 1, 1), date.fromordinal(today.toordinal() + LATEST_AHEAD_DAYS)


def implausible(day: date | None, today: date | None = None) -> str | None:
    """Why day is not a date a build uses (outside plausible_range), or None when it is (or is None)."""
    if day is None:
        return None
    first, last = plausible_range(today)
    if day < first:
        return f"{day.isoformat()} is before {first.year}"
    if day > last:
        return f"{day.isoformat()} is more than a year after today"
    return None


@contextmanager
def time_limit(seconds: float | None, what: str) -> Iterator[None]:
    """Raise TimeLimitError in the block when it runs longer than seconds (None or 0: no limit).

    The limit is a timer signal, so it interrupts a regular expression or a parser in the middle
    of its work; signals reach only a process's main thread, so in another thread (a Dask
    worker's, the dashboard's) the block runs without a limit, and only the linear patterns bound
    it."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise TimeLimitError(f"{TOOK_LONGER}{seconds:g} s to {what}")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
