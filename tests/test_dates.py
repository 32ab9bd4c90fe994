"""Date expressions resolved against a reference: a table of cases and properties."""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rallymap.build.reports import CorpusDates, reference_for
from rallymap.extract.dates import (
    DatedTarget,
    Reference,
    clip_to_publication,
    date_targets,
    find_dates,
    infer_reference,
    resolve,
)
from rallymap.extract.lexicon import default_lexicons
from rallymap.extract.text import sentences
from rallymap.read.files import URL_PATH_DATE, URL_WORDS_DATE, Article

THU = Reference(date(2020, 2, 13), "published", "test")  # a Thursday
SAT = Reference(date(2022, 2, 26), "published", "test")


def only(text, reference, scheduled=False, anchor=None):
    mentions = find_dates(text)
    assert len(mentions) == 1, mentions
    interval = resolve(mentions[0], reference, scheduled, anchor)
    if interval is None or interval.start is None:
        return None if interval is None else (None, None, interval.precision)
    return interval.start.isoformat(), interval.end.isoformat(), interval.precision


@pytest.mark.parametrize("text, reference, expected", [
    pytest.param("over the weekend", THU, ("2020-02-08", "2020-02-09", "weekend"), id="weekend-before-thursday"),
    pytest.param("over the weekend", SAT, ("2022-02-26", "2022-02-26", "weekend"), id="weekend-clipped-on-saturday"),
    pytest.param("last weekend", SAT, ("2022-02-19", "2022-02-20", "weekend"), id="last-weekend-on-saturday"),
    pytest.param("on Saturday", THU, ("2020-02-08", "2020-02-08", "day"), id="saturday-before"),
    pytest.param("on Thursday", THU, ("2020-02-13", "2020-02-13", "day"), id="weekday-of-publication-is-that-day"),
    pytest.param("last Thursday", THU, ("2020-02-06", "2020-02-06", "day"), id="last-thursday"),
    pytest.param("on Tuesday, February 11", THU, ("2020-02-11", "2020-02-11", "day"), id="weekday-and-date"),
    pytest.param("January 18", THU, ("2020-01-18", "2020-01-18", "day"), id="publication-year"),
    pytest.param("December 15", THU, ("2019-12-15", "2019-12-15", "day"), id="past-date-not-after-publication"),
    pytest.param("around January 20", THU, ("2020-01-18", "2020-01-22", "approximate"), id="around"),
    pytest.param("the 6th of July, 2019", THU, ("2019-07-06", "2019-07-06", "day"), id="ordinal-of-month"),
    pytest.param("28 May 2020", THU, ("2020-05-28", "2020-05-28", "day"), id="day-month-year"),
    pytest.param("Sept. 7, 2022", THU, ("2022-09-07", "2022-09-07", "day"), id="abbreviated-month"),
    pytest.param("mid-November", THU, ("2019-11-11", "2019-11-20", "approximate"), id="mid-month"),
    pytest.param("in November 2019", THU, ("2019-11-01", "2019-11-30", "month"), id="month"),
    pytest.param("earlier this week", THU, ("2020-02-10", "2020-02-13", "week"), id="this-week"),
    pytest.param("yesterday", THU, ("2020-02-12", "2020-02-12", "day"), id="yesterday"),
    pytest.param("on SundayFILIPPO", SAT, ("2022-02-20", "2022-02-20", "day"), id="weekday-glued-to-a-credit"),
])
def test_resolve(text, reference, expected):
    assert only(text, reference) == expected


def test_scheduled_dates_look_forward():
    assert only("on Monday", THU, scheduled=True) == ("2020-02-17", "2020-02-17", "day")
    assert only("October 1st", THU, scheduled=True) == ("2020-10-01", "2020-10-01", "day")


def test_weekday_without_publication_reads_against_the_last_date_given():
    inferred = Reference(date(2022, 12, 7), "inferred", "test")
    assert only("On Friday", inferred, anchor=date(2022, 10, 1)) == ("2022-09-30", "2022-09-30", "day")


def test_weekday_fixes_the_year_without_publication():
    mentions = find_dates("On Saturday, January 18, supporters gathered. Rajavi was freed on January 20, 1979.")
    reference = infer_reference(mentions, corpus_reference=date(2020, 2, 8))
    assert reference.day == date(2020, 1, 18) and reference.kind == "inferred"


def test_no_reference_means_no_guess():
    assert only("on Saturday", None) is None
    assert only("January 18", None) == (None, None, "year-unknown")  # the day is said, its year is not
    assert only("January 18, 2020", None) == ("2020-01-18", "2020-01-18", "day")


@pytest.mark.parametrize("language, text", [
    # A bound dates no event, with its article or the word for 'last' before the date too.
    pytest.param("en", "Since June, protests have grown; they will last until Friday.", id="since-and-until"),
    pytest.param("de", "Seit dem 9. August wird in Leipzig jede Woche demonstriert.", id="de-seit-dem"),
    pytest.param("de", "Ab dem 9. August wurde in Leipzig jede Woche demonstriert.", id="de-ab-dem"),
    pytest.param("it", "Dallo scorso 9 agosto si manifesta a Bari ogni settimana.", id="it-dallo-scorso"),
    pytest.param("it", "Dall'8 agosto si manifesta a Bari ogni settimana.", id="it-dall-elided"),
    pytest.param("es", "Desde el pasado 9 de agosto se marcha en Vigo cada semana.", id="es-desde-el-pasado"),
    pytest.param("pt", "Detida desde o passado dia 1, marchou em Lisboa.", id="pt-desde-o-passado-dia"),
    pytest.param("pt", "Detida desde o dia 1, marchou em Lisboa.", id="pt-desde-o-dia"),
    pytest.param("es", "Detenida desde el día 1, marchó en Vigo.", id="es-desde-el-dia"),
    # A month's name inside a longer word is none.
    pytest.param("no", "Flere hundre demonstrerte i Marseille.", id="no-mars-in-a-town"),
    pytest.param("en", "Hundreds rallied in Mayfield.", id="en-may-in-a-town"),
    pytest.param("sv", "Hundratals samlades i Marstrand.", id="sv-mars-in-a-town"),
    pytest.param("fr", "Des centaines de personnes en Avrillé.", id="fr-abbreviated-month-in-a-town"),
    pytest.param("de", "Hunderte kamen am 3. Märzenbecher zusammen.", id="de-day-before-a-longer-word"),
    # English 'March' after a possessive is a march, and the year after it that march's.
    pytest.param("en", "The Women's March 2019 drew thousands to London.", id="a-march-s-name-and-year"),
    pytest.param("en", "The People’s March 2017 drew thousands to London.", id="a-march-s-name-curly"),
    # a tag that runs a month into its day and a word is no date ('#March4Justice')
    pytest.param("en", "Rallies under #March4Justice drew thousands.", id="a-tag-is-no-glued-day"),
])
def test_what_dates_no_event(language, text):
    assert find_dates(text, lexicon=default_lexicons()[language]) == []


def test_a_possessive_before_a_month_s_day_leaves_it_a_day():
    """'this year's March 8 rallies': a day and month, which a possessive does not make a name."""
    assert [(m.kind, m.month, m.day) for m in find_dates("This year's March 8 rallies drew thousands.")] == [
        ("day", 3, 8)]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Iranians rallied over the weekend.\n\nThey gathered in Oslo.\n\nThe rally in Rome was big.",
                 [("2020-02-08", "2020-02-09")] * 2, id="lead-date-carries"),
    pytest.param("On Saturday, January 18, they gathered in Stockholm. That same day, they gathered in Paris.",
                 [("2020-01-18", "2020-01-18")] * 2, id="that-same-day"),
    pytest.param("They gathered in Oslo.", [("2020-02-07", "2020-02-13")], id="undated-is-the-week-before"),
])
def test_article_dates(text, expected):
    spans = sentences(text)
    positions = [i for i in (text.find("Oslo"), text.find("Rome"), text.find("Stockholm"), text.find("Paris")) if i >= 0]
    targets = [DatedTarget(p, next(s.index for s in spans if s.start <= p < s.end), False) for p in sorted(positions)]
    rally_sentences = frozenset(s.index for s in spans)
    got = date_targets(text, spans, rally_sentences, targets, THU)
    assert [(i.start.isoformat(), i.end.isoformat()) for i, _ in got] == expected
    assert all(i.reason for i, _ in got)


PUBLISHED = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), PUBLISHED)
def test_never_raises_and_intervals_are_ordered(text, published):
    reference = Reference(published, "published", "test")
    for mention in find_dates(text):
        interval = resolve(mention, reference)
        if interval is not None and interval.start is not None:
            assert interval.start <= interval.end


WORDS = st.sampled_from(["on Saturday", "over the weekend", "last week", "January 18", "December 31", "Feb. 29",
                         "this past week", "on Sunday and Monday", "yesterday", "mid-March", "around May 5",
                         "Tuesday, February 11", "in June", "earlier this week", "rallied", "in", "Paris", ","])


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=12).map(" ".join), PUBLISHED)
def test_past_reports_never_after_publication(text, published):
    reference = Reference(published, "published", "test")
    for mention in find_dates(text):
        interval = resolve(mention, reference)
        if interval is None or interval.start is None:
            continue
        interval = clip_to_publication(interval, reference)
        assert interval.start <= interval.end
        assert interval.scheduled or interval.end <= published


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=12).map(" ".join), PUBLISHED)
def test_scheduled_reports_never_before_publication(text, published):
    reference = Reference(published, "published", "test")
    for mention in find_dates(text):
        interval = resolve(mention, reference, scheduled=True)
        if interval is not None and interval.start is not None and mention.kind in ("weekday", "weekend"):
            assert interval.start >= published - timedelta(days=0)


def test_a_page_date_long_after_the_article_is_not_its_publication_date():
    text = "Iranians rallied in Paris on Saturday, June 15, 2019, and again on Sunday."
    mentions = find_dates(text)

    def article(reason):
        return Article("a", "a.txt", text, "", "", "", date(2024, 3, 2), reason, "en", "h")

    banner = reference_for(article("header line 'date'"), CorpusDates(None, None), mentions)
    assert (banner.kind, banner.day) == ("inferred", date(2019, 6, 15)) and "long after" in banner.reason
    stated = reference_for(article("record field 'published'"), CorpusDates(None, None), mentions)
    assert (stated.kind, stated.day) == ("published", date(2024, 3, 2))  # a date the user gave is kept
    # ... and so is the day the page's address gives: set when it was published, its old dates are
    # history the article tells
    for reason in (URL_PATH_DATE, URL_WORDS_DATE):
        addressed = reference_for(article(reason), CorpusDates(None, None), mentions)
        assert (addressed.kind, addressed.day) == ("published", date(2024, 3, 2))


# Words of date expressions in several languages, with what may stand between them.
DATE_WORDS = st.sampled_from([
    "on", "Saturday", "SATURDAY", "saturday", "Sat.", "earlier", "this", "last", "next", "past", "the", "over",
    "weekend", "week", "weeks", "Weekend", "March", "May", "mid", "early", "late", "in", "during", "2020", "18",
    "3rd", "today", "tonight", "yesterday", "tomorrow", "that", "same", "day", "samedi", "dimanche", "week-end",
    "mars", "ce", "le", "Samstag", "am", "Wochenende", "März", "zaterdag", "weekeinde", "sabato", "fine",
    "settimana", "maggio", "Paris", "rallied", "-", "–", ",", ".", "\n", "  ", "\n\n",
    # whole expressions, so that long ones occur often
    "in March 2020", "in early March, 2020", "earlier this week", "later this\n  month", "that same day",
    "this past weekend", "over the weekend", "on Saturday, March 14", "Saturday 14 March 2020", "tomorrow night",
    "ce samedi 21 novembre", "le week-end dernier", "am vergangenen Wochenende", "am Samstag, 3. März",
    "afgelopen zaterdag", "sabato 26 ottobre", "la settimana scorsa", "fin de semaine", "il fine settimana"])
LEXICONS = st.sampled_from(["en", "fr", "de", "nl", "it", "es", "sv", "pl"])


@settings(max_examples=400, deadline=None)
@given(st.lists(DATE_WORDS, max_size=40).map(" ".join), LEXICONS)
def test_seeking_only_near_the_words_they_need_finds_what_the_whole_text_gives(text, language):
    from unittest import mock

    from rallymap.extract import dates

    lexicon = default_lexicons()[language]
    near = find_dates(text, lexicon=lexicon)
    with mock.patch.object(dates, "windows_near", return_value=None):  # every pattern over the whole text
        everywhere = find_dates(text, lexicon=lexicon)
    assert near == everywhere
