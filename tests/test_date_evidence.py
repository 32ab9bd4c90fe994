"""Dates that never mislead: a date is what all of its evidence allows (the written weekday, the
tense, the page's date or month, the years the text names, a concentrated corpus), or it says
what is unknown. Made-up sentences, one table per kind of failure, in several languages; and
properties over every date grammar of every lexicon."""

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rallymap.build.reports import CorpusDates, agreed, corpus_dates, extract_reports, offline_resolver
from rallymap.extract.dates import ANNOUNCED_DAYS, DateInterval, Reference, find_dates, grammar_for, named_years, resolve
from rallymap.extract.lexicon import calendar_of, default_lexicons
from rallymap.read.files import (
    DATE_DASH_LINE,
    UPDATED_LINE,
    URL_PATH_DATE,
    URL_WORDS_DATE,
    Article,
    header_year,
    metadata,
    read_file,
    url_day,
    url_month,
    url_year,
    url_words_day,
)

LEXICONS = default_lexicons()
NONE = CorpusDates(None, None)
SPREAD = CorpusDates(date(2015, 6, 1), date(2024, 5, 1), date(2003, 2, 1))  # twenty years: says nothing
SPRING_2023 = CorpusDates(date(2023, 5, 1), date(2023, 6, 1), date(2023, 4, 1), 12)  # all within a year
PAIR_2023 = CorpusDates(date(2023, 5, 1), date(2023, 6, 1), date(2023, 4, 1), 2)  # too few to say anything


def dates_of(gazetteer, text, language="en", published=None, month="", corpus=NONE, reason="header line 'date'"):
    """{city: (first day, last day, precision)} of the article's reports."""
    article = Article("a", "a.txt", text, "", "", "", published, reason if published else "", language, "h", month)
    reports = extract_reports(article, gazetteer, offline_resolver(gazetteer), corpus, LEXICONS)
    return {r.place.city: (r.interval.start, r.interval.end, r.interval.precision) for r in reports}


def day(text):
    d = date.fromisoformat(text)
    return d, d, "day"


YEAR_UNKNOWN = (None, None, "year-unknown")
UNKNOWN = (None, None, "unknown")
WEEK_TO_7_JUNE = (date(2020, 6, 1), date(2020, 6, 7), "approximate")  # the week before a page of 7 June 2020
NIGHT_TO_20_JULY = (date(2023, 7, 19), date(2023, 7, 20), "approximate")  # the night to Thursday 20 July 2023


@pytest.mark.parametrize("text, language, published, month, corpus, city, expected", [
    # 1. The written weekday fixes the year; the tense only prefers one.
    pytest.param("Vigils will be held in Paris on Saturday, June 30.", "en", date(2018, 6, 28), "", NONE, "Paris",
                 day("2018-06-30"), id="weekday-and-future-say-this-year"),
    pytest.param("Vigils were held in Paris on Saturday, June 30.", "en", date(2018, 7, 2), "", NONE, "Paris",
                 day("2018-06-30"), id="weekday-and-past"),
    pytest.param("Vigils took place in Paris on Saturday, June 30.", "en", date(2018, 6, 28), "", NONE, "Paris",
                 day("2018-06-30"), id="weekday-beats-a-past-verb"),
    # a crowd the organisers expect is to come; one they marched beside stays past
    pytest.param("This Saturday organisers expect thousands in Paris.", "en", date(2019, 5, 10), "", NONE, "Paris",
                 day("2019-05-11"), id="organisers-expect-a-crowd"),
    pytest.param("Thousands marched in Paris on Saturday, more than organisers expect at such events.", "en",
                 date(2019, 5, 10), "", NONE, "Paris", day("2019-05-04"), id="a-crowd-marched-beyond-expectations"),
    pytest.param("Am Samstag, 30. Juni, wird in Berlin demonstriert.", "de", date(2018, 6, 28), "", NONE, "Berlin",
                 day("2018-06-30"), id="de-weekday-and-future"),
    # a participle of coming, which no present or future form shares, tells the past beside a modal
    # of wanting ('will' wants; it announces nothing of itself)
    pytest.param("Niemand von denen, die an diesem Dienstagabend zur Kundgebung in Berlin gekommen sind, will das "
                 "hinnehmen.", "de", date(2020, 8, 12), "", NONE, "Berlin", day("2020-08-11"),
                 id="de-a-participle-of-coming-beside-a-modal"),
    # A weekday no near year puts the day on, within weeks of publication: not a year after
    # publication, but the span of both (a slip of the pen) ...
    pytest.param("Thousands marched in Paris on Saturday, March 16.", "en", date(2023, 3, 20), "", NONE, "Paris",
                 (date(2023, 3, 16), date(2023, 3, 18), "approximate"), id="a-weekday-no-near-year-has"),
    pytest.param("Am Samstag, 16. März, demonstrierten Tausende in Berlin.", "de", date(2023, 4, 10), "", NONE,
                 "Berlin", (date(2023, 3, 16), date(2023, 3, 18), "approximate"), id="de-a-weekday-no-near-year-has"),
    # ... months off, the page's date is another time's (a story reposted later): the year is not given
    pytest.param("Thousands marched in Paris on Saturday, March 16.", "en", date(2023, 11, 20), "", NONE, "Paris",
                 YEAR_UNKNOWN, id="a-weekday-no-year-months-before-publication-has"),
    pytest.param("Am Samstag, 16. März, demonstrierten Tausende in Berlin.", "de", date(2023, 6, 10), "", NONE,
                 "Berlin", YEAR_UNKNOWN, id="de-a-weekday-no-year-months-before-publication-has"),
    pytest.param("Los cubanos se manifiestan en Madrid desde el domingo 11 de julio.", "es", None, "2025-04", NONE,
                 "Madrid", YEAR_UNKNOWN, id="es-a-weekday-no-year-before-a-later-month-has"),
    pytest.param("Les Algériens ont manifesté à Paris le dimanche 11 juillet.", "fr", None, "2025-04", NONE,
                 "Paris", YEAR_UNKNOWN, id="fr-a-weekday-no-year-before-a-later-month-has"),
    pytest.param("Thousands will march in Paris on Saturday, April 14.", "en", date(2023, 4, 10), "", NONE, "Paris",
                 (date(2023, 4, 14), date(2023, 4, 15), "approximate"), id="an-announced-weekday-no-near-year-has"),
    pytest.param("On Saturday, March 16, 2023, thousands marched in Paris.", "en", date(2023, 3, 20), "", NONE,
                 "Paris", (date(2023, 3, 16), date(2023, 3, 18), "approximate"), id="a-full-date-and-its-weekday-disagree"),
    # A day-month just after publication in a sentence told in the past: last year's by the tense,
    # this year's coming day by nearness; nothing says which.
    pytest.param("Thousands marched in Paris and called for the strike on 3 October.", "en", date(2025, 10, 2), "",
                 NONE, "Paris", YEAR_UNKNOWN, id="a-past-day-just-after-publication"),
    pytest.param("Migliaia hanno sfilato a Roma, con inviti a partecipare allo sciopero del 3 ottobre.", "it",
                 date(2025, 10, 2), "", NONE, "Rome", YEAR_UNKNOWN, id="it-a-past-day-just-after-publication"),
    pytest.param("Des milliers de personnes ont défilé à Lyon le 12 octobre.", "fr", None, "2025-09", NONE, "Lyon",
                 YEAR_UNKNOWN, id="fr-a-past-day-just-after-the-page-s-month"),
    pytest.param("Thousands marched in Paris on 30 October.", "en", date(2025, 10, 2), "", NONE, "Paris",
                 YEAR_UNKNOWN, id="a-past-day-weeks-after-publication-is-of-no-known-year"),
    # A year right before a weekday makes it that year's: a day's name, not one counted from publication.
    pytest.param("Thousands gathered in London, recalling the 1965 “Bloody Sunday” march in Paris.", "en",
                 date(2013, 8, 25), "", NONE, "Paris", UNKNOWN, id="a-year-right-before-a-weekday"),
    pytest.param("Thousands gathered in London, a crowd as large as the 2003 Sunday march in Paris.", "en",
                 date(2013, 8, 25), "", NONE, "Paris", UNKNOWN, id="a-year-right-before-a-weekday-of-a-march"),
    pytest.param("Thousands marched in Paris on Sunday, as they did in 2019.", "en", date(2013, 8, 25), "", NONE,
                 "Paris", day("2013-08-25"), id="a-year-after-the-weekday-leaves-it-the-rally-s"),
    pytest.param("Thousands marched in Paris on Sunday, the largest crowd since 2011 Sunday marches began.", "en",
                 date(2013, 8, 25), "", NONE, "Paris", day("2013-08-25"), id="a-bound-s-year-before-a-weekday"),
    # A year another time is likened to ('as in', 'como en', 'net als in') is neither the sentence's nor
    # its weekday's: the rally's day is counted from publication.
    pytest.param("Como en 2015, miles de personas marcharon el sábado en Madrid.", "es", date(2019, 6, 1), "", NONE,
                 "Madrid", day("2019-06-01"), id="es-as-in-a-year-opening-the-sentence"),
    pytest.param("Come nel 2015, migliaia di persone hanno sfilato sabato a Roma.", "it", date(2019, 6, 1), "", NONE,
                 "Rome", day("2019-06-01"), id="it-as-in-a-year-opening-the-sentence"),
    pytest.param("As in 2015, thousands marched in London on Saturday.", "en", date(2019, 6, 1), "", NONE, "London",
                 day("2019-06-01"), id="as-in-a-year-opening-the-sentence"),
    pytest.param("Net als in 2015 liepen zaterdag duizenden mensen mee in Amsterdam.", "nl", date(2019, 6, 1), "",
                 NONE, "Amsterdam", day("2019-06-01"), id="nl-as-in-a-year-right-before-a-weekday"),
    pytest.param("In 2015 liepen zaterdag duizenden mensen mee in Amsterdam.", "nl", date(2019, 6, 1), "", NONE,
                 "Amsterdam", UNKNOWN, id="nl-in-a-year-right-before-a-weekday"),
    pytest.param("In 2015, thousands marched in London on Saturday.", "en", date(2019, 6, 1), "", NONE, "London",
                 UNKNOWN, id="in-a-year-opening-the-sentence"),
    # A bare day-month of the year before, months back: a date known by heart, of any year before.
    pytest.param("Hundreds gathered in Madrid, where the revolt that began on 18 October is remembered.", "en",
                 date(2021, 7, 23), "", NONE, "Madrid", YEAR_UNKNOWN, id="a-day-of-last-year-months-back"),
    pytest.param("Cientos de personas acudieron a la plaza en Madrid, bautizada así tras las protestas del 18 de "
                 "octubre.", "es", date(2021, 7, 23), "", NONE, "Madrid", YEAR_UNKNOWN,
                 id="es-a-day-of-last-year-months-back"),
    pytest.param("Tausende demonstrierten in Berlin wie am 9. November.", "de", None, "2021-06", NONE, "Berlin",
                 YEAR_UNKNOWN, id="de-a-day-of-last-year-months-before-the-page-s-month"),
    pytest.param("Thousands marched in London on 20 December.", "en", date(2021, 1, 10), "", NONE, "London",
                 day("2020-12-20"), id="a-day-of-last-year-weeks-back-is-last-year-s"),
    pytest.param("Thousands marched in London on 20 March.", "en", date(2021, 12, 10), "", NONE, "London",
                 day("2021-03-20"), id="a-day-of-this-year-months-back-is-this-year-s"),
    pytest.param("Thousands marched in London on Sunday, 18 October.", "en", date(2021, 7, 23), "", NONE, "London",
                 day("2020-10-18"), id="a-weekday-fixes-last-year-s-day"),
    pytest.param("Thousands marched in Paris on Thursday, 3 October.", "en", date(2025, 10, 2), "", NONE, "Paris",
                 day("2024-10-03"), id="a-past-day-just-after-publication-and-its-weekday"),
    pytest.param("Thousands marched in Paris on Thursday, 8 February.", "en", date(1999, 2, 7), "", NONE, "Paris",
                 YEAR_UNKNOWN, id="a-past-day-just-after-publication-and-a-weekday-no-year-has"),
    # 2. A month known from the page bounds the year the weekday picks.
    pytest.param("Thousands marched in London on Saturday, November 19.", "en", None, "2016-11", NONE, "London",
                 day("2016-11-19"), id="page-month-and-weekday"),
    pytest.param("Sabato 19 novembre migliaia di persone hanno manifestato a Roma.", "it", None, "2016-11", NONE,
                 "Rome", day("2016-11-19"), id="it-page-month-and-weekday"),
    # 3. Where nothing gives the year, none is guessed.
    pytest.param("Protesters rallied in Oslo on Friday, May 5.", "en", None, "", SPREAD, "Oslo", YEAR_UNKNOWN,
                 id="no-year-anywhere"),
    pytest.param("Sabato 3 marzo si è tenuto un corteo a Milano.", "it", None, "", SPREAD, "Milan", YEAR_UNKNOWN,
                 id="it-no-year-anywhere"),
    pytest.param("Les manifestants se sont rassemblés à Lyon ce samedi 10 janvier.", "fr", None, "", NONE, "Lyon",
                 YEAR_UNKNOWN, id="fr-no-year-anywhere"),
    pytest.param("Protesters rallied in Oslo on Friday, May 5.", "en", None, "", SPRING_2023, "Oslo",
                 day("2023-05-05"), id="a-concentrated-corpus-gives-the-year"),
    pytest.param("Protesters rallied in Oslo on Friday, May 5.", "en", None, "", PAIR_2023, "Oslo", YEAR_UNKNOWN,
                 id="two-dated-articles-are-no-corpus"),
    # ... a day and month the corpus gives its year is not after every article of it (it had been
    # the nearest year, after), and a day said with 'last' lies before the story by a span it does
    # not give: no two weeks are drawn from it ('tras el éxito de una marcha, el pasado 13 de
    # septiembre' in an undated page had dated the article's own rally to those two weeks)
    pytest.param("Thousands marched in Oslo.\n\nThe march came after the vigil on 13 September.", "en", None, "",
                 SPRING_2023, "Oslo", (date(2022, 9, 13), date(2022, 9, 26), "approximate"),
                 id="a-corpus-year-is-not-after-the-corpus"),
    pytest.param("Miles de personas se concentran en el centro de Madrid.\n\nLa protesta llega después de otra "
                 "marcha, el pasado 13 de septiembre, que reunió a muchos vecinos.", "es",
                 None, "", SPRING_2023, "Madrid", UNKNOWN, id="es-no-window-from-a-last-day"),
    pytest.param("Migliaia di persone sono in piazza a Roma.\n\nLa mobilitazione segue il corteo dello scorso 13 "
                 "settembre 2022.", "it", None, "", NONE, "Rome", UNKNOWN, id="it-no-window-from-a-last-day"),
    # 4. A year the text names is evidence against a page's banner.
    pytest.param("Monday, March 4, 2024\n\nThe 2021 summit drew protests: thousands rallied in Paris on June 12.", "en",
                 None, "", NONE, "Paris", day("2021-06-12"), id="named-year-beats-a-banner"),
    pytest.param("Montag, 4. März 2024\n\nDer Gipfel 2021 zog Proteste an: Tausende demonstrierten am 12. Juni in "
                 "Hamburg.", "de", None, "", NONE, "Hamburg", day("2021-06-12"), id="de-named-year-beats-a-banner"),
    # Another page's teaser, cut off in mid-phrase under the article, dates nothing of it.
    pytest.param("Thousands rallied in Madrid on Saturday.\nWednesday, November 20, 2024: a man of 67 fell from…\n"
                 "Thursday, November 21, 2024: a fault on the line left…", "en", None, "", NONE, "Madrid",
                 (None, None, "unknown"), id="teasers-date-nothing"),
    pytest.param("Miles de personas se han concentrado este sábado en Madrid.\nEste jueves 21 de noviembre de 2024 "
                 "una avería de...\nEste miércoles 20 de noviembre de 2024 un hombre de...", "es", None, "", NONE,
                 "Madrid", (None, None, "unknown"), id="es-teasers-date-nothing"),
    # Under a heading of other stories or of readers' comments, their dates are not the article's.
    pytest.param("Thousands rallied in Madrid to support the strikers.\n\nRelated posts\nStrike wave spreads to "
                 "the ports - 12 March 2024\nFarmers block the motorway - 2 March 2024", "en", None, "", NONE, "Madrid",
                 (None, None, "unknown"), id="other-stories-heading-dates-nothing"),
    pytest.param("Tausende demonstrierten in Berlin für die Streikenden.\n\nKommentare\nAnna, 12. März 2024: "
                 "Toll, dass so viele da waren.", "de", None, "", NONE, "Berlin", (None, None, "unknown"),
                 id="de-comments-heading-dates-nothing"),
    pytest.param("Miles de personas se manifestaron en Madrid en apoyo de los huelguistas.\n\nÚltimas noticias\n"
                 "Huelga en el puerto - 12 de marzo de 2024", "es", None, "", NONE, "Madrid", (None, None, "unknown"),
                 id="es-latest-news-heading-dates-nothing"),
    # ... nor is one the day an undated page's weekday counts from, above the article or below it.
    pytest.param("Related stories\nPolice clear the camp - 4 January 2023 10:15\n\nThousands marched in London on "
                 "Saturday.", "en", None, "", NONE, "London", (None, None, "unknown"),
                 id="a-teaser-above-anchors-no-weekday"),
    pytest.param("Les plus lus\nLa police évacue le camp - 4 janvier 2023\n\nDes milliers de personnes ont "
                 "manifesté samedi à Paris.", "fr", None, "", NONE, "Paris", (None, None, "unknown"),
                 id="fr-a-teaser-above-anchors-no-weekday"),
    pytest.param("Lesen Sie auch: Polizei räumt Camp am 4. Januar 2023\n\nTausende demonstrierten am Samstag in "
                 "Berlin.", "de", None, "", NONE, "Berlin", (None, None, "unknown"),
                 id="de-a-read-also-line-anchors-no-weekday"),
    pytest.param("Polecamy\nPolicja usuwa obóz - 4 stycznia 2023\n\nTysiące osób demonstrowały w sobotę w "
                 "Warszawie.", "pl", None, "", NONE, "Warsaw", (None, None, "unknown"),
                 id="pl-a-teaser-above-anchors-no-weekday"),
    # In a page dated by its month, too: the teaser's day is not the month's day the weekday counts from.
    pytest.param("Gerelateerde artikelen\nPolitie ontruimt kamp - 18 januari 2023\n\nDuizenden mensen "
                 "demonstreerden zaterdag in Amsterdam.", "nl", None, "2023-01", NONE, "Amsterdam",
                 (date(2022, 12, 31), date(2023, 1, 28), "approximate"), id="nl-a-teaser-in-a-month-page"),
    pytest.param("Thousands rallied in Madrid on Saturday, November 16.\nOn Thursday, November 21, 2024, the "
                 "organisers said: \"we were so many…\"", "en", None, "", NONE, "Madrid", day("2024-11-16"),
                 id="a-quote-trailing-off-is-the-article-s"),
    # A banner's day is no anchor for the weekdays of a page whose text names an earlier year.
    pytest.param("Monday, March 4, 2024\n\nThe 2021 summit drew protests: thousands rallied in Paris on Saturday.",
                 "en", None, "", NONE, "Paris", (date(2021, 1, 1), date(2021, 12, 31), "approximate"),
                 id="a-banner-anchors-no-weekday"),
    # A year named only as the start of a time that runs on ('since … 2021') is before the article,
    # not its year: it does not stand in for the date of the page's other stories under it.
    pytest.param("Thousands marched in Paris on Wednesday, as they have every year since the law of 2021 was "
                 "passed.\n2025-04-20 08:13 1178 views\n2025-04-20 07:55 198 views", "en", None, "", NONE, "Paris",
                 (None, None, "unknown"), id="a-year-since-is-no-year-of-the-article"),
    pytest.param("Tausende demonstrierten am Mittwoch in Hamburg, wie jedes Jahr seit dem Gesetz von 2021.\n"
                 "2025-04-20 08:13 1178 Aufrufe\n2025-04-20 07:55 198 Aufrufe", "de", None, "", NONE, "Hamburg",
                 (None, None, "unknown"), id="de-a-year-since-is-no-year-of-the-article"),
    pytest.param("Des milliers de personnes ont manifesté mercredi à Paris, comme chaque année depuis la loi de "
                 "2021.\n2025-04-20 08:13 1178 vues\n2025-04-20 07:55 198 vues", "fr", None, "", NONE, "Paris",
                 (None, None, "unknown"), id="fr-a-year-since-is-no-year-of-the-article"),
    # ... nor one named as what a rally commemorates ('the commemoration of the 2007 protests').
    pytest.param("19 September 2012\n\nThe first public commemoration of the 2007 protests was held in Paris on "
                 "Tuesday, attended by around 100 people.", "en", None, "", NONE, "Paris", day("2012-09-18"),
                 id="a-year-commemorated-is-no-year-of-the-article"),
    pytest.param("19 septembre 2012\n\nLa première commémoration des manifestations de 2007 a eu lieu mardi à Paris, "
                 "en présence d'une centaine de personnes.", "fr", None, "", NONE, "Paris", day("2012-09-18"),
                 id="fr-a-year-commemorated-is-no-year-of-the-article"),
    # ... nor one of what happened and is over ('sept personnes tuées en mars 2012'): history
    pytest.param("Le 21/11/2015 à 18:45\n\nDes milliers de personnes ont défilé samedi à Paris contre la barbarie, "
                 "en mémoire des sept personnes tuées en mars 2012 dans la région.", "fr", None, "", NONE, "Paris",
                 day("2015-11-21"), id="fr-a-year-of-killings-is-no-year-of-the-article"),
    pytest.param("21/11/2015 18:45\n\nThousands marched in Paris on Saturday, recalling the seven people killed in "
                 "March 2012 in the region.", "en", None, "", NONE, "Paris", day("2015-11-21"),
                 id="a-year-of-killings-is-no-year-of-the-article"),
    # ... but two days of the latest year are the article's own, not a banner.
    pytest.param("On May 27, 2023, hundreds marched in Vancouver. From 1990 to 2020, Hong Kong held vigils every year. "
                 "On June 4, 2023, people rallied in Sydney. On the afternoon of June 4, thousands gathered in Paris.",
                 "en", None, "", NONE, "Paris", day("2023-06-04"), id="two-days-of-a-year-are-no-banner"),
    pytest.param("Le 27 mai 2023, des centaines ont défilé à Lyon. De 1990 à 2020, des veillées ont eu lieu chaque "
                 "année. Le 4 juin 2023, des milliers se sont rassemblés à Nice. Le 4 juin au soir, on a manifesté "
                 "à Paris.", "fr", None, "", NONE, "Paris", day("2023-06-04"),
                 id="fr-two-days-of-a-year-are-no-banner"),
    # An anniversary: the day it is of is not the rally's; its count and its year give the year.
    pytest.param("Thousands gathered in London on Monday evening to mark the 29th anniversary of the June 4, 1989 "
                 "crackdown.", "en", date(2018, 6, 5), "", NONE, "London", day("2018-06-04"),
                 id="the-day-an-anniversary-is-of"),
    # ... and so is, in a dated page, the day a gathering marks without the word for an anniversary,
    # which returns in the week before publication; and a count of years back it marks is no history
    pytest.param("In London, more than 100 people were joined by activists to mark the protest that took place "
                 "on June 12, 2019.", "en", date(2021, 6, 13), "", NONE, "London",
                 (date(2021, 6, 11), date(2021, 6, 13), "approximate"), id="what-a-gathering-marks-returns"),
    pytest.param("À Paris, une centaine de personnes se sont rassemblées pour commémorer la manifestation du "
                 "12 juin 2019.", "fr", date(2021, 6, 13), "", NONE, "Paris",
                 (date(2021, 6, 11), date(2021, 6, 13), "approximate"), id="fr-what-a-gathering-marks-returns"),
    pytest.param("In London, more than 100 people were joined by activists to mark the protest that took place "
                 "on June 12, 2019.", "en", date(2021, 9, 13), "", NONE, "London", UNKNOWN,
                 id="what-a-gathering-marks-returning-months-before-publication"),
    # ... the verb of commemoration put last, as German and Dutch do, no comma between
    pytest.param("In Berlin versammelten sich hundert Menschen, um an den Protest vom 12. Juni 2019 zu erinnern.",
                 "de", date(2021, 6, 13), "", NONE, "Berlin", (date(2021, 6, 11), date(2021, 6, 13), "approximate"),
                 id="de-what-a-gathering-marks-its-verb-last"),
    pytest.param("In Amsterdam kwamen honderd mensen bijeen om het protest van 12 juni 2019 te herdenken.", "nl",
                 date(2021, 6, 13), "", NONE, "Amsterdam", (date(2021, 6, 11), date(2021, 6, 13), "approximate"),
                 id="nl-what-a-gathering-marks-its-verb-last"),
    pytest.param("Am 12. Juni 2019 demonstrierten Tausende in Berlin, um an den Mauerfall zu erinnern.", "de", None,
                 "", NONE, "Berlin", day("2019-06-12"), id="de-a-rally-s-day-before-the-verb-s-clause"),
    pytest.param("Overseas groups held events to mark the mass protest two years ago.\n\nIn London, more than 100 "
                 "people rallied.", "en", date(2021, 6, 13), "", NONE, "London",
                 (date(2021, 6, 7), date(2021, 6, 13), "approximate"), id="years-back-a-gathering-marks-are-no-history"),
    pytest.param("In Amsterdam nemen zo'n 300 mensen deel aan een protestmars om te herdenken dat Rusland deze week "
                 "vier jaar geleden Oekraïne binnenviel.", "nl", date(2026, 2, 22), "", NONE, "Amsterdam",
                 (date(2026, 2, 16), date(2026, 2, 22), "approximate"), id="nl-years-back-a-gathering-marks"),
    pytest.param("In Berlin marschierten 300 Menschen, um daran zu erinnern, dass Russland vor vier Jahren in die "
                 "Ukraine einmarschierte.", "de", date(2026, 2, 22), "", NONE, "Berlin",
                 (date(2026, 2, 16), date(2026, 2, 22), "approximate"), id="de-years-back-a-gathering-marks"),
    # In an undated page, a bare weekday after a day the article gave with that weekday but no year is
    # that day, its year not given either; another weekday is none that the page places
    pytest.param("Most rallies took place on Saturday, May 15.\n\nIn Paris and Lyon, rallies were held on "
                 "Saturday.", "en", None, "", NONE, "Lyon", YEAR_UNKNOWN, id="a-weekday-after-a-yearless-day-of-it"),
    pytest.param("Les rassemblements ont réuni 700 000 personnes samedi 10 janvier.\n\nÀ Lyon, 100 000 "
                 "personnes sont descendues samedi après-midi dans la rue.", "fr", None, "", NONE, "Lyon",
                 YEAR_UNKNOWN, id="fr-a-weekday-after-a-yearless-day-of-it"),
    pytest.param("Most rallies took place on Saturday, May 15.\n\nIn Paris and Lyon, rallies were held on "
                 "Sunday.", "en", None, "", NONE, "Lyon", UNKNOWN, id="another-weekday-after-a-yearless-day"),
    # A wire's dateline, its agency in brackets after the date, is the report's day, not the rally's
    pytest.param("New Delhi, March 11 (IANS) Tibetans rallied in Paris on Sunday.", "en", None, "", NONE, "Paris",
                 UNKNOWN, id="a-wire-s-dateline-is-no-rally-s-day"),
    # a dateline's date in brackets is the day of writing, no day of the rally its sentence tells of
    pytest.param("PARIS, Ile-de-France, France (June 10, 2014)—On Sunday, June 8th, a vigil was held in Paris.", "en",
                 date(2014, 6, 10), "", NONE, "Paris", day("2014-06-08"), id="a-dateline-s-date-in-brackets"),
    pytest.param("PARIS, France (June 10, 2014) — Hundreds rallied in Paris yesterday.", "en", date(2014, 6, 10), "",
                 NONE, "Paris", day("2014-06-09"), id="a-dateline-s-date-in-brackets-then-yesterday"),
    pytest.param("Madrid, 12 mar (EFE).- Miles de personas se manifestaron el domingo en Madrid.", "es", None, "",
                 NONE, "Madrid", UNKNOWN, id="es-a-wire-s-dateline-is-no-rally-s-day"),
    pytest.param("Madrid, 12 mar (EFE).- Miles de personas se manifestaron ayer en Madrid.", "es", None, "",
                 NONE, "Madrid", YEAR_UNKNOWN, id="es-yesterday-counted-from-a-wire-s-dateline"),
    pytest.param("(ANSA) - ROMA, 12 MAR - Migliaia di persone hanno sfilato ieri a Roma.", "it", None, "", NONE,
                 "Rome", YEAR_UNKNOWN, id="it-a-dateline-its-agency-first"),
    # An observance named with its year is its day of that year (lexicon named_days)
    pytest.param("Tibetans rallied around the world on Tibetan Uprising Day 2022.\n\nA rally was also held in Paris.",
                 "en", None, "", NONE, "Paris", day("2022-03-10"), id="an-observance-and-its-year"),
    # A time long before told in a later paragraph, not the lead's, is an aside: no history of the article's
    pytest.param("Thousands rallied in London to show support.\n\nAmong them was a man who took part in the protest "
                 "two years ago.\n\nIn Paris, hundreds rallied.", "en", date(2021, 6, 13), "", NONE, "Paris",
                 (date(2021, 6, 7), date(2021, 6, 13), "approximate"), id="a-later-paragraph-s-history-is-no-lead-s"),
    # A time told as a period ('last year', 'last summer'): no other sentence's day, and not the week
    # before publication; a day of its own sentence still dates it.
    pytest.param("Thousands rallied in London last year.", "en", date(2021, 7, 24), "", NONE, "London",
                 (None, None, "unknown"), id="last-year-is-not-the-week-before"),
    pytest.param("Thousands rallied in London earlier this year.", "en", date(2021, 7, 24), "", NONE, "London",
                 (None, None, "unknown"), id="earlier-this-year-is-not-the-week-before"),
    pytest.param("Tausende demonstrierten im vergangenen Jahr in Berlin.", "de", date(2021, 7, 24), "", NONE,
                 "Berlin", (None, None, "unknown"), id="de-last-year-is-not-the-week-before"),
    pytest.param("W ubiegłym roku tysiące osób protestowały w Warszawie.", "pl", date(2021, 7, 24), "", NONE,
                 "Warsaw", (None, None, "unknown"), id="pl-last-year-is-not-the-week-before"),
    pytest.param("Sabato migliaia di persone hanno manifestato a Roma. L'estate scorsa un corteo simile a Milano "
                 "aveva radunato 500 persone.", "it", date(2021, 7, 24), "", NONE, "Milan", (None, None, "unknown"),
                 id="it-last-summer-is-not-the-paragraph-s-day"),
    pytest.param("El verano pasado miles de personas se manifestaron en Madrid.", "es", date(2021, 7, 24), "", NONE,
                 "Madrid", (None, None, "unknown"), id="es-last-summer-is-not-the-week-before"),
    pytest.param("Thousands rallied in London on Saturday, more than last year.", "en", date(2021, 7, 24), "", NONE,
                 "London", day("2021-07-24"), id="a-day-of-its-own-beats-last-year"),
    # 'fanden sich … ein' (gathered) reports, whatever the sentence says is planned after it.
    pytest.param("Tausende fanden sich in Berlin ein, um gegen das Gesetz zu protestieren, das die Regierung plant.",
                 "de", date(2021, 7, 26), "", NONE, "Berlin", (date(2021, 7, 20), date(2021, 7, 26), "approximate"),
                 id="de-fanden-sich-ein-reports"),
    # A page's date that is the year an anniversary gives is no banner, however old the day it is of.
    pytest.param("Thousands held a vigil in London on Tuesday to mark the 30th anniversary of the crackdown on "
                 "June 4, 1989.", "en", date(2019, 6, 5), "", NONE, "London", day("2019-06-04"),
                 id="an-anniversary-confirms-the-page-s-date"),
    pytest.param("Protesters marched in Rome on 25 April, the 79th anniversary of the liberation of 1945.", "en", None,
                 "", NONE, "Rome", day("2024-04-25"), id="an-anniversary-gives-the-year"),
    pytest.param("Il 25 aprile, 79° anniversario della Liberazione del 1945, migliaia hanno sfilato a Roma.", "it",
                 None, "", NONE, "Rome", day("2024-04-25"), id="it-an-anniversary-gives-the-year"),
    pytest.param("Am 9. November, dem 35. Jahrestag des Mauerfalls von 1989, demonstrierten Tausende in Berlin.",
                 "de", None, "", NONE, "Berlin", day("2024-11-09"), id="de-an-anniversary-gives-the-year"),
    # ... its ordinal's ending a long one, or a dot before the ordinal's sign
    pytest.param("Decine di persone hanno manifestato il 12 aprile a Milano nel 62esimo anniversario dell'insurrezione "
                 "del 1961.", "it", None, "", NONE, "Milan", day("2023-04-12"), id="it-esimo-anniversario"),
    pytest.param("Decenas de personas se manifestaron el 12 de abril en Madrid en el 62.º aniversario del levantamiento "
                 "de 1961.", "es", None, "", NONE, "Madrid", day("2023-04-12"), id="es-dot-ordinal-aniversario"),
    pytest.param("Thousands rallied in Paris on 10 March, the 58th anniversary. Tibet was invaded in 1950.", "en", None,
                 "", NONE, "Paris", YEAR_UNKNOWN, id="a-year-of-another-sentence-is-no-anniversary-s"),
    # ... in words too (num2words' ordinals, inflected: 'dritten', 'tercer', 'trzecią')
    pytest.param("Thousands rallied in Paris on Sunday, June 12, to mark the third anniversary of the 2019 protests.",
                 "en", None, "", NONE, "Paris", day("2022-06-12"), id="an-anniversary-in-words"),
    pytest.param("Des milliers de personnes ont défilé dimanche 12 juin à Paris pour le troisième anniversaire des "
                 "manifestations de 2019.", "fr", None, "", NONE, "Paris", day("2022-06-12"),
                 id="fr-an-anniversary-in-words"),
    pytest.param("Tausende demonstrierten am Sonntag, 12. Juni, in Berlin zum dritten Jahrestag der Proteste von 2019.",
                 "de", None, "", NONE, "Berlin", day("2022-06-12"), id="de-an-anniversary-in-words"),
    pytest.param("Miles de personas marcharon el domingo 12 de junio en Madrid en el tercer aniversario de las "
                 "protestas de 2019.", "es", None, "", NONE, "Madrid", day("2022-06-12"), id="es-an-anniversary-in-words"),
    pytest.param("Tysiące osób demonstrowało w niedzielę 12 czerwca w Warszawie w trzecią rocznicę protestów z 2019 "
                 "roku.", "pl", None, "", NONE, "Warsaw", day("2022-06-12"), id="pl-an-anniversary-in-words"),
    pytest.param("Thousands rallied in Paris on Sunday, June 12, to mark the grim anniversary of the 2019 protests.",
                 "en", None, "", NONE, "Paris", YEAR_UNKNOWN, id="an-anniversary-of-no-count"),
    # ... unless the anniversary names, by its name, what the text elsewhere gives a year.
    pytest.param("Thousands rallied in Paris on Monday, April 24, for justice for the Armenian Genocide of 1915.\n\n"
                 "They marked the 102nd anniversary of the Armenian Genocide.", "en", None, "", NONE, "Paris",
                 day("2017-04-24"), id="an-anniversary-of-a-name-the-text-dates"),
    pytest.param("Miles de personas marcharon en Madrid el 14 de abril. Recordaron la Segunda República de 1931.\n\n"
                 "Celebraron el 90 aniversario de la Segunda República.", "es", None, "", NONE, "Madrid",
                 day("2021-04-14"), id="es-an-anniversary-of-a-name-the-text-dates"),
    pytest.param("Thousands rallied in Paris on 24 April, as they do every year since the Armenian Genocide of 1915 "
                 "and the Armenian Genocide of 1916.\n\nThey marked the 102nd anniversary of the Armenian Genocide.",
                 "en", None, "", NONE, "Paris", YEAR_UNKNOWN, id="a-name-of-two-years-gives-none"),
    pytest.param("Thousands rallied in Paris on 24 April against the law of 1915.\n\nThey marked the 102nd "
                 "anniversary of the protests.", "en", None, "", NONE, "Paris", YEAR_UNKNOWN,
                 id="an-anniversary-of-no-name-gives-none"),
    # An undated page that marks an anniversary whose year nothing gives: no fortnight after the
    # latest date it mentions, the day it marks returned a year or more later.
    pytest.param("People gathered in Paris to mark the three-year anniversary of the invasion.\n\nThe invasion "
                 "began on February 24, 2022.", "en", None, "", NONE, "Paris", (None, None, "unknown"),
                 id="an-anniversary-is-no-fortnight-after-its-day"),
    pytest.param("Des centaines de personnes se sont rassemblées à Paris pour le troisième anniversaire de "
                 "l'invasion.\n\nL'invasion a commencé le 24 février 2022.", "fr", None, "", NONE, "Paris",
                 (None, None, "unknown"), id="fr-an-anniversary-is-no-fortnight-after-its-day"),
    # A day's number before the word is the day the anniversary is of, not a count of years.
    pytest.param("Vigils were held in Berlin to mark the June 4 anniversary of the 1989 crackdown.", "en", None, "",
                 NONE, "Berlin", YEAR_UNKNOWN, id="a-day-s-number-counts-no-years"),
    pytest.param("Dozens rallied in Paris on Sunday to mark the March 10 anniversary of the 1959 uprising, as they "
                 "did on March 10, 2015.", "en", None, "", NONE, "Paris", YEAR_UNKNOWN,
                 id="a-day-s-number-counts-no-years-beside-a-full-date"),
    # An undated page that moves on from the history it tells: the history dates none of its rallies.
    pytest.param("It was on 10 March 1959 when thousands took to the streets. Since then, Tibetans mark the day every "
                 "year. This year, hundreds rallied in Paris.", "en", None, "", NONE, "Paris", (None, None, "unknown"),
                 id="since-then"),
    pytest.param("Il 10 marzo 1959 migliaia di persone scesero in piazza. Da allora, ogni anno, si ricorda quel "
                 "giorno. Quest'anno centinaia di persone hanno manifestato a Roma.", "it", None, "", NONE, "Rome",
                 (None, None, "unknown"), id="it-since-then"),
    # A look back at earlier gatherings leaves the next rallies of the paragraph to the lead's date.
    pytest.param("Thousands took to the streets on Sunday. The rallies drew more people than those of 12 April, "
                 "but fewer than those of 15 March. In Paris, the square was full.", "en", date(2015, 8, 17), "", NONE,
                 "Paris", (date(2015, 8, 16), date(2015, 8, 16), "day"), id="a-look-back-dates-nothing-after-it"),
    pytest.param("Milhares foram às ruas neste domingo (16). As manifestações levaram mais pessoas do que as de 12 "
                 "abril, mas menos do que as de 15 março. Em Lisboa, a avenida ficou lotada.", "pt", date(2015, 8, 17),
                 "", NONE, "Lisbon", day("2015-08-16"), id="pt-a-look-back-dates-nothing-after-it"),
    # A post's stamp (a date and its time of day alone on a line) in an undated page says when the
    # post was written, not the day of what its paragraph tells (often the day before).
    pytest.param("Report from the march\n2,000,000! | 16.02.2003 17:37\nMillions around the world demonstrated "
                 "against war. In London organisers estimated 2 million people took part.", "en", None, "", NONE,
                 "London", UNKNOWN, id="a-post-s-stamp-dates-no-paragraph"),
    pytest.param("Bericht vom Marsch\n2.000.000! | 16.02.2003 17:37\nMillionen demonstrierten weltweit gegen den "
                 "Krieg. In Berlin zählten die Veranstalter 500.000 Menschen.", "de", None, "", NONE,
                 "Berlin", UNKNOWN, id="de-a-post-s-stamp-dates-no-paragraph"),
    # In an undated page, a weekday told after a rally's full date in prose may be the one after
    # it (the story written since), not only the one before; after a post's own date line, the one before.
    pytest.param("Thousands marched in Paris on Saturday, 12 October 2019.\n\nIn Lyon, 500 people gathered on "
                 "Sunday.", "en", None, "", NONE, "Lyon", (date(2019, 10, 6), date(2019, 10, 13), "approximate"),
                 id="a-weekday-after-a-rally-s-day-either-side"),
    pytest.param("Am Samstag, 12. Oktober 2019, demonstrierten Tausende in Berlin, in Hamburg am Sonntag.", "de",
                 None, "", NONE, "Hamburg", (date(2019, 10, 6), date(2019, 10, 13), "approximate"),
                 id="de-a-weekday-after-a-rally-s-day-either-side"),
    pytest.param("Saturday, 12 October 2019\n\nIn Lyon, 500 people gathered on Friday.", "en", None, "", NONE,
                 "Lyon", day("2019-10-11"), id="a-weekday-after-a-post-s-date-line"),
    # In an undated page, the day an anniversary marks, its year not given, is not the rally's, and
    # the year of a day a count of years after stands before is not the page's
    pytest.param("abril 2, 2025\n\nCuando se conmemora el primer aniversario de las protestas del 11 de julio, "
                 "decenas de personas marcharon este domingo en Madrid.\n\nEsta marcha ocurre un año después del "
                 "histórico 11 de julio de 2021.", "es", None, "", NONE, "Madrid", UNKNOWN,
                 id="es-an-anniversary-s-day-and-a-year-after"),
    pytest.param("On the first anniversary of the protests of 11 July, dozens marched on Sunday in London.\n\nThe "
                 "march comes a year after the historic 11 July 2021.", "en", None, "", NONE, "London", UNKNOWN,
                 id="an-anniversary-s-day-and-a-year-after"),
    pytest.param("Zum 62. Jahrestag des Volksaufstandes 1959 am 10. März gedenken die Exilanten der Opfer.\n\nIn Berlin "
                 "werden Kundgebungen stattfinden.", "de", None, "", NONE, "Berlin", day("2021-03-10"),
                 id="de-the-day-of-an-anniversary-is-the-rally-s"),
    # In an undated page, a month after what a gathering recalls, its year not given, is the recalled
    # event's: neither its rally's nor the lead's of the article's other rallies
    pytest.param("In London, the rally recalled the murder of the councillor, in March.\n\nIn Paris, 250 people "
                 "protested on the square.", "en", None, "2018-10", NONE, "Paris",
                 (date(2018, 9, 25), date(2018, 10, 31), "approximate"), id="a-month-a-rally-recalls"),
    pytest.param("Em Londres, a manifestação lembrou o assassinato da vereadora, em março.\n\nEm Lisboa, cerca de "
                 "250 pessoas protestaram na praça.", "pt", None, "2018-10", NONE, "Lisbon",
                 (date(2018, 9, 25), date(2018, 10, 31), "approximate"), id="pt-a-month-a-rally-recalls"),
    pytest.param("In March, thousands rallied in London to remember the victims.", "en", None, "2018-10", NONE,
                 "London", (date(2018, 3, 1), date(2018, 3, 31), "month"), id="a-month-before-what-is-remembered"),
    # A weekday in brackets right after a day restates it: another event's day it stays
    pytest.param("Hundreds rallied in Paris, a day before the vote scheduled for October 29, (Sunday).", "en",
                 date(2023, 10, 30), "", NONE, "Paris", (date(2023, 10, 24), date(2023, 10, 30), "approximate"),
                 id="a-weekday-in-brackets-restates-a-day"),
    pytest.param("Des centaines de personnes ont manifesté à Paris, la veille du vote prévu le 29 octobre "
                 "(dimanche).", "fr", date(2023, 10, 30), "", NONE, "Paris", UNKNOWN,
                 id="fr-a-weekday-in-brackets-restates-a-day"),
    # A town getting ready for a gathering announces it
    pytest.param("Paris se prépare à une grande manifestation samedi.", "fr", date(2025, 10, 2), "", NONE, "Paris",
                 day("2025-10-04"), id="fr-a-town-prepares-for"),
    pytest.param("Roma si prepara a una grande manifestazione sabato.", "it", date(2025, 10, 2), "", NONE, "Rome",
                 day("2025-10-04"), id="it-a-town-prepares-for"),
    # An undated page's own stamp years after the story (a repost's) leaves a full date its rally's
    # sentence gives the rally's
    pytest.param("septiembre 14, 2025\n\nMarcha en Madrid\n\nCientos de manifestantes reclamaron este domingo "
                 "(25.07.2021) en Madrid libertad y democracia.", "es", None, "", NONE, "Madrid", day("2021-07-25"),
                 id="es-a-repost-s-stamp-over-the-story-s-date"),
    pytest.param("September 14, 2025\n\nMarch in London\n\nHundreds of protesters rallied on Sunday, 25 July 2021, "
                 "in London.", "en", None, "", NONE, "London", day("2021-07-25"),
                 id="a-repost-s-stamp-over-the-story-s-date"),
    # A day another event is set for, in a sentence that tells the gathering in the past, dates
    # none of the paragraph's next rallies
    pytest.param("Tens of thousands gathered today in Berlin.\nThe gathering coincided with the vote, where two "
                 "candidates advanced to a second round set for July 5.\nIn Paris, a senator welcomed the protesters.",
                 "en", date(2024, 6, 30), "", NONE, "Paris", day("2024-06-30"), id="another-event-s-day-to-come"),
    pytest.param("Des milliers de personnes se sont rassemblées aujourd'hui à Berlin.\nLe rassemblement coïncidait "
                 "avec le vote, où deux candidats se sont qualifiés pour un second tour qui aura lieu le 7 juillet.\nÀ "
                 "Paris, un sénateur a accueilli les manifestants.", "fr", date(2024, 6, 30), "", NONE, "Paris",
                 day("2024-06-30"), id="fr-another-event-s-day-to-come"),
    # ... and a weekday to come counts from the latest day it told as past, not from an earlier
    # day told after it: the page was written on or after the latest
    pytest.param("Thousands marched in Paris on 6 January 2019.\n\nOn 28 December, experts had warned of "
                 "violence.\n\nOn Wednesday, a march will take place in Lyon.", "en", None, "", NONE, "Lyon",
                 day("2019-01-09"), id="a-weekday-to-come-after-an-earlier-day"),
    pytest.param("Am 6. Januar 2019 demonstrierten Tausende in Berlin.\n\nAm 28. Dezember hatten Experten "
                 "gewarnt.\n\nAm Mittwoch wird in Hamburg eine Kundgebung stattfinden.", "de", None, "", NONE,
                 "Hamburg", day("2019-01-09"), id="de-a-weekday-to-come-after-an-earlier-day"),
    # A day of the month as an ordinal, its month left out, is that day, not the week before publication.
    pytest.param("The march in Paris on the 2nd drew thousands.", "en", date(2023, 3, 22), "", NONE, "Paris",
                 day("2023-03-02"), id="en-an-ordinal-day-without-its-month"),
    pytest.param("Thousands will rally in Paris on the 15th, organisers said.", "en", date(2023, 3, 22), "", NONE,
                 "Paris", day("2023-04-15"), id="en-an-announced-ordinal-day"),
    pytest.param("In February, thousands rallied in Paris. Another rally was held in London on the 15th.", "en",
                 date(2023, 3, 22), "", NONE, "London", day("2023-02-15"), id="en-an-ordinal-day-of-the-month-named"),
    pytest.param("Thousands rallied in Paris on the 15th anniversary of the uprising.", "en", date(2023, 3, 22), "",
                 NONE, "Paris", (date(2023, 3, 16), date(2023, 3, 22), "approximate"),
                 id="en-an-ordinal-before-a-noun-is-no-day"),
    # ... and so is one after the word for 'last' ('lo scorso 15', 'el pasado 15'), or after the day's
    # article with that word after it ('il 15 scorso', 'le 15 dernier'); not before a noun
    pytest.param("Migliaia di persone hanno manifestato a Roma il 15 scorso.", "it", date(2023, 3, 20), "", NONE,
                 "Rome", day("2023-03-15"), id="it-il-15-scorso"),
    pytest.param("Lo scorso 15, migliaia di persone hanno manifestato a Roma.", "it", date(2023, 3, 10), "", NONE,
                 "Rome", day("2023-02-15"), id="it-lo-scorso-15"),
    pytest.param("Des milliers de personnes ont manifesté à Paris le 15 dernier.", "fr", date(2023, 3, 20), "", NONE,
                 "Paris", day("2023-03-15"), id="fr-le-15-dernier"),
    pytest.param("Miles de personas se manifestaron en Madrid el pasado 15.", "es", date(2023, 3, 20), "", NONE,
                 "Madrid", day("2023-03-15"), id="es-el-pasado-15"),
    pytest.param("Milhares de pessoas manifestaram-se em Lisboa no passado 15.", "pt", date(2023, 3, 20), "", NONE,
                 "Lisbon", day("2023-03-15"), id="pt-no-passado-15"),
    pytest.param("Lo scorso 15 attivisti hanno manifestato a Roma.", "it", date(2023, 3, 20), "", NONE, "Rome",
                 (date(2023, 3, 14), date(2023, 3, 20), "approximate"), id="it-lo-scorso-before-a-noun-is-no-day"),
    # Of a sentence's days, the paragraph's next rallies take the gathering's, not the last named.
    pytest.param("Rallies on Saturday across France against the law the Senate passed on Thursday. In Paris, 5,000 "
                 "people gathered.", "en", date(2023, 9, 29), "", NONE, "Paris", day("2023-09-23"),
                 id="the-gathering-s-day-not-the-law-s"),
    pytest.param("Kundgebungen am Samstag in ganz Deutschland gegen das am Donnerstag beschlossene Gesetz. In Hamburg "
                 "kamen 5000 Menschen.", "de", date(2023, 9, 29), "", NONE, "Hamburg", day("2023-09-23"),
                 id="de-the-gathering-s-day-not-the-law-s"),
    pytest.param("Manifestaciones multitudinarias este jueves en toda España contra la detención de los activistas "
                 "este miércoles. En Roma, miles de personas se han concentrado.", "es", date(2025, 10, 2), "", NONE,
                 "Rome", day("2025-10-02"), id="es-the-gathering-s-day-not-the-arrest-s"),
    pytest.param("Demonstrationer i lördags i hela Sverige mot lagen som riksdagen antog i torsdags. I Göteborg "
                 "samlades 5000 personer.", "sv", date(2023, 9, 29), "", NONE, "Gothenburg", day("2023-09-23"),
                 id="sv-the-gathering-s-day-not-the-law-s"),
    # ... and with no gathering's word before any of them, the last the sentence names.
    pytest.param("The Senate debated the law on Tuesday and voted on Thursday, and protests followed. In Paris, "
                 "5,000 people gathered.", "en", date(2023, 9, 29), "", NONE, "Paris", day("2023-09-28"),
                 id="no-gathering-s-day-the-last"),
    # ... but not a day before another event's the sentence names last (a deed done to a thing:
    # lexicon deeds_on_things): the rallies after came after that event, on no day it gives
    pytest.param("The Senate debated the law on Tuesday and passed it on Thursday, and protests followed. In Paris, "
                 "5,000 people gathered.", "en", date(2023, 9, 29), "", NONE, "Paris",
                 (date(2023, 9, 23), date(2023, 9, 29), "approximate"), id="no-day-before-another-event-s-last"),
    # A compound whose last part is definite names the day the story is about, not the coming one.
    pytest.param("Demonstrationen ägde rum i Stockholm på lördageftermiddagen.", "sv", date(2016, 11, 27), "", NONE,
                 "Stockholm", day("2016-11-26"), id="sv-a-definite-compound-weekday"),
    # 5. A day announced for later is not the day the article was written.
    pytest.param("Thousands gathered in Rome today. The vote will be held on 9 October 2024.", "en", None, "", NONE,
                 "Rome", (None, None, "unknown"), id="a-future-date-is-not-today"),
    # A lead that announces its day dates the rally placed after it in the same tense.
    pytest.param("The union will hold a march this Friday.\n\nThe march will leave the park in Lyon at 3 pm.", "en",
                 date(2020, 6, 10), "", NONE, "Lyon", day("2020-06-12"), id="an-announcing-lead-s-weekday-is-coming"),
    pytest.param("Le syndicat organisera une marche ce vendredi.\n\nLe cortège partira du parc à Lyon à 15 heures.",
                 "fr", date(2020, 6, 10), "", NONE, "Lyon", day("2020-06-12"), id="fr-an-announcing-lead"),
    pytest.param("The union held a march on Friday.\n\nThe march left the park in Lyon at 3 pm.", "en",
                 date(2020, 6, 10), "", NONE, "Lyon", day("2020-06-05"), id="a-reporting-lead-s-weekday-is-past"),
    # A day a sentence announces, or tells as going on, dates no gathering told in the past after it
    # (though a page dated by its month was written by that day).
    pytest.param("A big rally will be held on Saturday 24 January. In Paris a demonstration was held at the square.",
                 "en", None, "2009-01", NONE, "Paris", (date(2008, 12, 26), date(2009, 1, 24), "approximate"),
                 id="an-announced-day-dates-no-past-gathering"),
    pytest.param("Une grande manifestation aura lieu le samedi 24 janvier. À Lyon, une manifestation s'est tenue sur "
                 "la place.", "fr", None, "2009-01", NONE, "Lyon", (date(2008, 12, 26), date(2009, 1, 24), "approximate"),
                 id="fr-an-announced-day-dates-no-past-gathering"),
    pytest.param("Eine große Kundgebung wird am Samstag, 24. Januar, stattfinden. In Hamburg demonstrierten 500 "
                 "Menschen.", "de", None, "2009-01", NONE, "Hamburg", (date(2008, 12, 26), date(2009, 1, 24), "approximate"),
                 id="de-an-announced-day-dates-no-past-gathering"),
    pytest.param("In Oslo, 2,000 people gathered to protest. Mobilisations are under way for a big rally on Saturday 24 "
                 "January.\nIn Paris a demonstration was held at the square.", "en", None, "2009-01", NONE, "Paris",
                 (date(2008, 12, 26), date(2009, 1, 31), "approximate"), id="a-day-told-as-going-on-dates-no-past-gathering"),
    # An announced rally's day is not one before publication, nor the same day a year later.
    pytest.param("They will rally in Rome on Saturday to demand the repeal of the decrees of 18 and 24 October.", "en",
                 date(2020, 10, 29), "", NONE, "Rome", day("2020-10-31"), id="announced-day-not-a-recent-date"),
    pytest.param("Sabato saranno in piazza a Roma per chiedere di cancellare i decreti del 18 e 24 ottobre.", "it",
                 date(2020, 10, 29), "", NONE, "Rome", day("2020-10-31"), id="it-announced-day-not-a-recent-date"),
    pytest.param("They will rally in Rome to demand the repeal of the decree of 24 October.", "en", date(2020, 10, 29),
                 "", NONE, "Rome", (None, None, "unknown"), id="announced-with-only-a-recent-date"),
    pytest.param("Am Samstag wird in Berlin gegen das Gesetz vom 24. Oktober demonstriert.", "de", date(2020, 10, 29),
                 "", NONE, "Berlin", day("2020-10-31"), id="de-announced-day-not-a-recent-date"),
    # A one-sentence paragraph is no headline: a later sentence's date (another event's) is not its.
    pytest.param("Hundreds rallied outside parliament in Oslo.\n\nThe demonstration comes after the attack on "
                 "civilians abroad on 7 October.", "en", None, "2023-10", NONE, "Oslo",
                 (date(2023, 9, 25), date(2023, 10, 31), "approximate"), id="a-paragraph-of-one-sentence-is-no-headline"),
    pytest.param("Fleire hundre møtte laurdag til ein fredsdemonstrasjon i Oslo.", "no", date(2023, 10, 16), "", NONE,
                 "Oslo", day("2023-10-14"), id="nn-nynorsk-weekday"),
    # An undated page whose lead gives a weekday nothing places: a later sentence's history is not its day.
    pytest.param("Thousands rallied in Bergen on Sunday.\n\nRallies were also held elsewhere, inspired by the "
                 "historic march on August 23, 1989.\n\nOrganisers said 20,000 attended the rally in Bergen.", "en",
                 None, "", NONE, "Bergen", (None, None, "unknown"), id="an-unplaced-lead-is-not-a-later-history-s"),
    pytest.param("Des milliers de personnes ont manifesté dimanche à Lyon.\n\nD'autres rassemblements ont eu lieu, "
                 "en souvenir de la marche du 23 août 1989.\n\nLes organisateurs ont compté 20 000 personnes "
                 "à Lyon.",
                 "fr", None, "", NONE, "Lyon", (None, None, "unknown"), id="fr-an-unplaced-lead"),
    # A numbered list's items tell of gatherings of their own: the first item's day leads no other.
    pytest.param("Five protests of this winter.\n1. Thousands protested in Paris on January 20th.\n\n2. Hundreds "
                 "demonstrated in London against the ban.", "en", date(2017, 3, 10), "", NONE, "London",
                 (date(2017, 3, 4), date(2017, 3, 10), "approximate"), id="a-numbered-item-leads-no-other"),
    pytest.param("Fünf Proteste dieses Winters.\n1) Tausende protestierten am 20. Januar in Paris.\n\n2) Hunderte "
                 "demonstrierten in London gegen das Verbot.", "de", date(2017, 3, 10), "", NONE, "London",
                 (date(2017, 3, 4), date(2017, 3, 10), "approximate"), id="de-a-numbered-item-leads-no-other"),
    pytest.param("Five protests of this winter.\nThousands protested in Paris on January 20th.\n\nHundreds "
                 "demonstrated in London against the ban.", "en", date(2017, 3, 10), "", NONE, "London",
                 day("2017-01-20"), id="an-unnumbered-lead-leads"),
    # In an undated page, what a rally commemorates is not when it was.
    pytest.param("Thousands marched through Oslo in remembrance of the civilians killed in May 2009.", "en", None, "",
                 NONE, "Oslo", (None, None, "unknown"), id="what-is-remembered-is-not-the-rally-s-month"),
    pytest.param("Thousands marched through Oslo on Sunday in memory of those killed on 18 May 2009.", "en", None, "",
                 NONE, "Oslo", (None, None, "unknown"), id="nor-the-day-a-weekday-is-read-against"),
    pytest.param("Des milliers de personnes ont défilé à Lyon en mémoire des victimes du 18 mai 2009.", "fr", None,
                 "", NONE, "Lyon", (None, None, "unknown"), id="fr-what-is-remembered"),
    pytest.param("Tausende zogen zum Gedenken an die Opfer vom 18. Mai 2009 durch Berlin.", "de", None, "", NONE,
                 "Berlin", (None, None, "unknown"), id="de-what-is-remembered"),
    # ... its article elided into the name of what it remembers ("dell'insurrezione", "de l'", "des")
    pytest.param("Decine di persone hanno manifestato a Milano per l'anniversario dell'insurrezione del 12 aprile 1961.",
                 "it", None, "", NONE, "Milan", (None, None, "unknown"), id="it-an-elided-anniversary-s-day"),
    pytest.param("Des dizaines de personnes ont manifesté à Lyon pour l'anniversaire des massacres du 12 avril 1961.",
                 "fr", None, "", NONE, "Lyon", (None, None, "unknown"), id="fr-anniversaire-des"),
    pytest.param("Dutzende demonstrierten in Berlin anlässlich des Jahrestags der Proteste vom 12. April 1961.", "de",
                 None, "", NONE, "Berlin", (None, None, "unknown"), id="de-jahrestags-der"),
    pytest.param("On 18 May 2014, thousands marched through Oslo in memory of those killed in 2009.", "en", None, "",
                 NONE, "Oslo", day("2014-05-18"), id="the-rally-s-own-date-before-the-phrase-stays"),
    # ... nor what it recalls or evokes
    pytest.param("The protests in Oslo recalled the spirit of the uprising, evoking the marches of 11 July 2021.",
                 "en", None, "", NONE, "Oslo", (None, None, "unknown"), id="what-a-rally-evokes"),
    pytest.param("Las protestas en Madrid han recordado el espíritu de las históricas protestas del 11 de julio de "
                 "2021.", "es", None, "", NONE, "Madrid", (None, None, "unknown"), id="es-ha-recordado"),
    pytest.param("La marche à Lyon, rappelant les manifestations du 11 juillet 2021, a réuni des milliers de "
                 "personnes.", "fr", None, "", NONE, "Lyon", (None, None, "unknown"), id="fr-rappelant"),
    pytest.param("Die Demonstration in Berlin erinnerte an die Proteste vom 11. Juli 2021.", "de", None, "", NONE,
                 "Berlin", (None, None, "unknown"), id="de-erinnerte-an"),
    # A site's banner (a weekday and a date among a line's chrome) is the day the page was shown.
    pytest.param("Home | Saturday, November 23, 2024, 12:15 AM | Weather | Login\n\nHundreds of demonstrators sat in a "
                 "street in Paris on Sunday to support protesters abroad.", "en", None, "", NONE, "Paris",
                 (None, None, "unknown"), id="a-banner-is-no-day-of-writing"),
    pytest.param("Accueil | samedi 23 novembre 2024, 00h15 | Météo\n\nDes centaines de manifestants se sont "
                 "rassemblés dimanche à Lyon.", "fr", None, "", NONE, "Lyon", (None, None, "unknown"),
                 id="fr-a-banner-is-no-day-of-writing"),
    # ... but a weekday and a date alone on their line with a clock or two are the post's stamp.
    pytest.param("Top Page\n\nSaturday, 10 March, 2012, 17:32 GMT 18:32 UK\nMarching for peace\nCrowds gathered "
                 "in Paris on Saturday for a rally.", "en", None, "", NONE, "Paris", day("2012-03-10"),
                 id="a-date-and-its-clocks-are-a-stamp"),
    pytest.param("dimanche 11 mars 2012, 17h32 CET\nDes milliers de manifestants se sont rassemblés samedi à Lyon.",
                 "fr", None, "", NONE, "Lyon", day("2012-03-10"), id="fr-a-date-and-its-clock-are-a-stamp"),
    # A date under the label 'today' is the day the page was shown; the date alone on its line is the post's.
    pytest.param("Today: July 26, 2024\n\nVigil at the embassy\n\nDecember 30, 2005\n\nThe vigil in front of the "
                 "embassy in Paris went on through the night of Dec 29.", "en", None, "", NONE, "Paris",
                 day("2005-12-29"), id="a-today-label-is-no-day-of-writing"),
    pytest.param("Oggi: 26 luglio 2024\n\nFiaccolata davanti all'ambasciata\n\n30 dicembre 2005\n\nLa fiaccolata "
                 "a Roma è proseguita per tutta la notte del 29 dicembre.", "it", None, "", NONE, "Rome",
                 day("2005-12-29"), id="it-a-today-label-is-no-day-of-writing"),
    pytest.param("Heute: 26. Juli 2024\n\nHunderte demonstrierten am 29. Dezember in Berlin.", "de", None, "", NONE,
                 "Berlin", (None, None, "year-unknown"), id="de-a-today-label-gives-no-year"),
    # The page's own date on a line of its own is no history, however long before the corpus's.
    pytest.param("Vigil at the embassy\nDan | 22.01.1998 09:16\nA vigil was held on Saturday in front of the embassy "
                 "in London.", "en", None, "", SPRING_2023, "London", day("1998-01-17"),
                 id="a-byline-date-is-no-history"),
    pytest.param("Veglia davanti all'ambasciata\nRedazione | 22.01.1998 09:16\nSabato si è tenuta una veglia a Roma.",
                 "it", None, "", SPRING_2023, "Rome", day("1998-01-17"), id="it-a-byline-date-is-no-history"),
    # A rally announced takes no other sentence's date that lies before publication.
    pytest.param("Dozens of protesters were injured last weekend in clashes with police. More rallies are planned in "
                 "London and Paris.", "en", date(2023, 3, 30), "", NONE, "London", (None, None, "unknown"),
                 id="an-announced-rally-takes-no-earlier-paragraph-date"),
    pytest.param("Des dizaines de manifestants ont été blessés le week-end dernier lors de heurts. Des rassemblements "
                 "sont annoncés à Paris et à Lyon.", "fr", date(2023, 3, 30), "", NONE, "Lyon", (None, None, "unknown"),
                 id="fr-an-announced-rally-takes-no-earlier-paragraph-date"),
    pytest.param("Decine di manifestanti sono stati feriti lo scorso fine settimana negli scontri. Altri presidi sono "
                 "annunciati a Roma e a Milano.", "it", date(2023, 3, 30), "", NONE, "Rome", (None, None, "unknown"),
                 id="it-an-announced-rally-takes-no-earlier-paragraph-date"),
    pytest.param("Des rassemblements ont eu lieu jeudi devant les préfectures. Des rassemblements sont annoncés ce "
                 "samedi à Paris et à Lyon.", "fr", date(2023, 3, 30), "", NONE, "Lyon", day("2023-04-01"),
                 id="fr-an-announced-rally-takes-its-own-date"),
    # organised or called in the present of a plan ('est organisée', 'è organizzato', 'está convocada'):
    # announced, the weekday after the date it is read against
    pytest.param("Des milliers de personnes se sont rassemblées le mardi 17 novembre 2015 à Paris. Samedi une marche "
                 "est également organisée à Lyon.", "fr", None, "", NONE, "Lyon", day("2015-11-21"),
                 id="fr-est-organisee-announces"),
    pytest.param("Sabato è organizzato un corteo a Roma.", "it", date(2023, 3, 16), "", NONE, "Rome",
                 day("2023-03-18"), id="it-e-organizzato-announces"),
    pytest.param("El sábado está convocada una marcha en Madrid.", "es", date(2023, 3, 16), "", NONE, "Madrid",
                 day("2023-03-18"), id="es-esta-convocada-announces"),
    pytest.param("Samedi, une marche était organisée à Lyon.", "fr", date(2023, 3, 20), "", NONE, "Lyon",
                 day("2023-03-18"), id="fr-etait-organisee-reports"),
    # a gathering told in the pluperfect with its day and month is an earlier rally: the story's own
    # mention of the town dates it
    pytest.param("Des milliers de personnes se sont rassemblées samedi à Lyon. Le 10 janvier, 120.000 personnes "
                 "avaient manifesté dans les rues de Lyon.", "fr", date(2023, 3, 20), "", NONE, "Lyon",
                 day("2023-03-18"), id="fr-an-earlier-rally-in-the-pluperfect"),
    pytest.param("On 10 January, 20,000 people had marched in London.", "en", date(2023, 3, 20), "", NONE,
                 "London", day("2023-01-10"), id="a-pluperfect-rally-alone-keeps-its-day"),
    # A rally nothing dates in a page of a month that tells of days weeks before that month: from the
    # earliest of them on, not only the week before the month (an analysis of April, of March's protests)
    pytest.param("Was steckte hinter den Protesten in Berlin?\n\nTausende hatten sich vor dem Parlament versammelt. "
                 "Weitere Demonstranten kamen am Abend des 9. März hinzu.", "de", None, "2023-04", NONE, "Berlin",
                 (date(2023, 3, 9), date(2023, 4, 30), "approximate"), id="de-a-month-page-tells-of-earlier-days"),
    pytest.param("What lay behind the protests in London?\n\nThousands had gathered outside parliament. More joined "
                 "on the evening of March 9.", "en", None, "2023-04", NONE, "London",
                 (date(2023, 3, 9), date(2023, 4, 30), "approximate"), id="a-month-page-tells-of-earlier-days"),
    pytest.param("What lay behind the protests in London?\n\nThousands had gathered outside parliament. More joined "
                 "on the evening of January 9.", "en", None, "2023-04", NONE, "London",
                 (date(2023, 3, 26), date(2023, 4, 30), "approximate"), id="a-month-page-tells-of-days-long-before"),
    # A photo's caption dates its photo: an archive photo's day is not the day the story tells
    pytest.param("Demonstrators in Paris on 12 January 2019. Photo: Agency\n\nOn Saturday, thousands marched in Paris "
                 "against the reform.", "en", date(2019, 3, 18), "", NONE, "Paris", day("2019-03-16"),
                 id="an-archive-photo-s-caption"),
    pytest.param("Demonstranten in Berlin am 12. Januar 2019. Foto: Agentur\n\nAm Samstag demonstrierten Tausende in "
                 "Berlin gegen die Reform.", "de", date(2019, 3, 18), "", NONE, "Berlin", day("2019-03-16"),
                 id="de-an-archive-photo-s-caption"),
    pytest.param("Des manifestants à Paris, le 12 janvier 2019. Photo : Agence\n\nSamedi, des milliers de personnes "
                 "ont défilé à Paris contre la réforme.", "fr", date(2019, 3, 18), "", NONE, "Paris", day("2019-03-16"),
                 id="fr-an-archive-photo-s-caption"),
    pytest.param("Manifestantes en Madrid el 12 de enero de 2019. Foto: Agencia\n\nEl sábado, miles de personas se "
                 "manifestaron en Madrid contra la reforma.", "es", date(2019, 3, 18), "", NONE, "Madrid",
                 day("2019-03-16"), id="es-an-archive-photo-s-caption"),
    pytest.param("Protesters outside the embassy in London, Wednesday, Jan. 25, 2012. (Photo: Agency)\n\nOn Saturday, "
                 "hundreds of people rallied in London.", "en", date(2012, 1, 26), "", NONE, "London",
                 (date(2012, 1, 21), date(2012, 1, 25), "approximate"), id="a-caption-days-off-the-text-is-kept"),
    pytest.param("Thousands marched in Paris on Saturday, March 16. Photo: Agency\n\nOn Saturday, thousands marched "
                 "in Paris against the reform.", "en", date(2019, 3, 18), "", NONE, "Paris", day("2019-03-16"),
                 id="a-caption-of-the-story-s-day"),
    # ... its verb split around the subject, as German and Dutch write it
    pytest.param("Tausende demonstrierten am Samstag in Berlin. Am 10. Januar waren 20.000 Menschen in Berlin auf die "
                 "Straße gegangen.", "de", date(2023, 3, 20), "", NONE, "Berlin", day("2023-03-18"),
                 id="de-an-earlier-rally-in-the-split-pluperfect"),
    pytest.param("Duizenden mensen demonstreerden zaterdag in Amsterdam. Op 10 januari hadden 20.000 mensen in "
                 "Amsterdam gedemonstreerd.", "nl", date(2023, 3, 20), "", NONE, "Amsterdam", day("2023-03-18"),
                 id="nl-an-earlier-rally-in-the-split-pluperfect"),
    pytest.param("Tausende demonstrierten am Samstag in Berlin. Am 10. Januar waren 20.000 Menschen da. Dann sind "
                 "sie in Berlin auf die Straße gegangen.", "de", date(2023, 3, 20), "", NONE, "Berlin",
                 day("2023-03-18"), id="de-no-pluperfect-across-sentences"),
    # A day of writing a count of whole years back stands next to is that day so many years back,
    # an earlier rally's: 'Ten years ago today' had been the publication day
    pytest.param("Ten years ago today, a million people marched in London.", "en", date(2013, 2, 15), "", NONE,
                 "London", day("2003-02-15"), id="years-ago-today"),
    pytest.param("A year ago today, thousands marched in London.", "en", date(2013, 2, 15), "", NONE, "London",
                 day("2012-02-15"), id="a-year-ago-today"),
    pytest.param("Four years ago today, thousands marched in London.", "en", date(2012, 2, 29), "", NONE, "London",
                 day("2008-02-29"), id="years-ago-today-on-29-february"),
    pytest.param("Heute vor zehn Jahren demonstrierten Tausende in Berlin.", "de", date(2013, 2, 15), "", NONE,
                 "Berlin", day("2003-02-15"), id="de-heute-vor-zehn-jahren"),
    pytest.param("Hoy hace diez años miles de personas marcharon en Madrid.", "es", date(2013, 2, 15), "", NONE,
                 "Madrid", day("2003-02-15"), id="es-hoy-hace-diez-anos"),
    pytest.param("Oggi, dieci anni fa, migliaia di persone sfilavano a Roma.", "it", date(2013, 2, 15), "", NONE,
                 "Rome", day("2003-02-15"), id="it-oggi-dieci-anni-fa"),
    pytest.param("Vandaag tien jaar geleden demonstreerden duizenden mensen in Amsterdam.", "nl", date(2013, 2, 15),
                 "", NONE, "Amsterdam", day("2003-02-15"), id="nl-vandaag-tien-jaar-geleden"),
    pytest.param("Ten years ago today, a million people marched in London.", "en", None, "2013-02", NONE, "London",
                 UNKNOWN, id="years-ago-today-on-a-month-page"),
    # ... a count of years spelled out, round as anniversaries count them ('Twenty years ago': the
    # day had been this year's), and 'this week' or 'this weekend' that many years back
    pytest.param("Twenty years ago today, millions marched in London against the war.", "en", date(2023, 2, 15), "",
                 NONE, "London", day("2003-02-15"), id="twenty-years-ago-today"),
    pytest.param("Vor zwanzig Jahren, am 15. Februar, demonstrierten in Berlin eine halbe Million Menschen.", "de",
                 date(2023, 2, 20), "", NONE, "Berlin", day("2003-02-15"), id="de-vor-zwanzig-jahren"),
    pytest.param("Il y a vingt ans, le 15 février, des millions de personnes défilaient à Paris.", "fr",
                 date(2023, 2, 20), "", NONE, "Paris", day("2003-02-15"), id="fr-il-y-a-vingt-ans"),
    pytest.param("Hace veinte años, el 15 de febrero, millones de personas se manifestaron en Madrid.", "es",
                 date(2023, 2, 20), "", NONE, "Madrid", day("2003-02-15"), id="es-hace-veinte-anos"),
    pytest.param("Vent'anni fa, il 15 febbraio, tre milioni di persone sfilarono a Roma.", "it", date(2023, 2, 20), "",
                 NONE, "Rome", day("2003-02-15"), id="it-vent-anni-fa"),
    pytest.param("Ten years ago this week, hundreds gathered in Paris for a vigil.", "en", date(2023, 2, 15), "",
                 NONE, "Paris", (date(2013, 2, 9), date(2013, 2, 21), "approximate"), id="years-ago-this-week"),
    pytest.param("Ten years ago today, a million people marched in London. Today, a few hundred gathered again "
                 "in London.", "en", date(2013, 2, 15), "", NONE, "London", day("2013-02-15"),
                 id="years-ago-today-gives-way-to-today"),
    pytest.param("Thousands marched last year, today only hundreds gathered in London.", "en", date(2013, 2, 15), "",
                 NONE, "London", day("2013-02-15"), id="last-year-then-today-is-no-count"),
    # ... so is one that had taken place, compared with the story's
    pytest.param("Des centaines de personnes ont défilé dimanche à Lyon, plus qu'au précédent rassemblement, qui "
                 "avait eu lieu à Lyon le 5 juillet.", "fr", date(2023, 3, 20), "", NONE, "Lyon", day("2023-03-19"),
                 id="fr-an-earlier-rally-that-had-taken-place"),
    pytest.param("Hundreds marched in London on Sunday, more than at the previous rally, which had taken place in "
                 "London on 5 March.", "en", date(2023, 3, 20), "", NONE, "London", day("2023-03-19"),
                 id="an-earlier-rally-that-had-taken-place"),
    pytest.param("Cientos de personas marcharon el domingo en Madrid, más que en la concentración anterior, que "
                 "había tenido lugar en Madrid el 5 de marzo.", "es", date(2023, 3, 20), "", NONE, "Madrid",
                 day("2023-03-19"), id="es-an-earlier-rally-that-had-taken-place"),
    # A wire dateline's date, with its agency before the dash, is the wire's day, not a rally's.
    pytest.param("Exiles protest in Lyon\n\nMarch 13, 2008\n\nLYON, March 11 (AP) - Exiles vowed to make Lyon the "
                 "focal point of demonstrations against the Games.\n\nDemonstrators on Monday unfurled a flag over the "
                 "steps of the city hall.\n\nExiles also demonstrated in Nice.", "en", None, "", NONE, "Nice",
                 day("2008-03-10"), id="a-wire-dateline-with-its-agency"),
    # The page's own dates (posted, saved, shown) come on or after the day of writing: no window after them.
    pytest.param("Sunday, July 9, 2017\n\nCreated: 08 July 2017\n\nThousands of people gathered in Paris to urge a "
                 "firm approach.", "en", None, "", NONE, "Paris", (None, None, "unknown"),
                 id="no-window-after-the-page-s-own-date"),
    # ... so are those under the language's label of an update, whatever stands before it on its line
    # (a re-dated page: the rally's own Saturday may be years earlier)
    pytest.param("Rassemblement citoyen\n\n, Mise à jour le 27/11/2020 à 08:37\n\nLa foule s'est réunie devant la "
                 "mairie de Paris. Après l'appel à un rassemblement ce samedi 14 novembre, 400 personnes ont répondu.",
                 "fr", None, "", NONE, "Paris", (None, None, "unknown"), id="fr-no-window-after-an-update-line"),
    pytest.param("Vigil\n\n| Last updated 27/11/2020 08:37\n\nA crowd gathered in London.", "en", None, "", NONE,
                 "London", (None, None, "unknown"), id="no-window-after-an-update-line"),
    pytest.param("Thousands of people gathered in Paris on 1 July 2017.\n\nMore marched in Lyon.", "en", None, "", NONE,
                 "Lyon", day("2017-07-01"), id="a-text-s-date-still-leads"),
    # Of a sentence's dates, one that says what else happened then is not the rally's.
    pytest.param("In Paris, where police killed a man on 12 March, hundreds rallied on Saturday.", "en",
                 date(2023, 3, 20), "", NONE, "Paris", day("2023-03-18"), id="the-day-of-a-killing-is-not-the-rally-s"),
    pytest.param("On Saturday, a week after the crackdown of 12 March, hundreds rallied in Lyon.", "en",
                 date(2023, 3, 20), "", NONE, "Lyon", day("2023-03-18"), id="nor-the-day-of-a-crackdown"),
    pytest.param("In Berlin, wo die Polizei am 12. März einen Mann getötet hatte, demonstrierten am Samstag Hunderte.",
                 "de", date(2023, 3, 20), "", NONE, "Berlin", day("2023-03-18"), id="de-the-verb-after-the-date"),
    pytest.param("À Lyon, où la police a tué un homme le 12 mars, des centaines de personnes ont manifesté samedi.",
                 "fr", date(2023, 3, 20), "", NONE, "Lyon", day("2023-03-18"), id="fr-the-day-of-a-killing"),
    # A month told by its relation to the publication: 'last month', 'earlier this month', 'le mois dernier'.
    pytest.param("Hundreds rallied in London last month.", "en", date(2023, 4, 12), "", NONE, "London",
                 (date(2023, 3, 1), date(2023, 3, 31), "month"), id="last-month"),
    pytest.param("Hundreds held a vigil in London earlier this month.", "en", date(2023, 4, 12), "", NONE, "London",
                 (date(2023, 4, 1), date(2023, 4, 12), "approximate"), id="earlier-this-month"),
    pytest.param("Hundreds rallied in London late last month.", "en", date(2023, 4, 12), "", NONE, "London",
                 (date(2023, 3, 21), date(2023, 3, 31), "approximate"), id="late-last-month"),
    pytest.param("Fin du mois dernier, des centaines de personnes ont manifesté à Lyon.", "fr", date(2023, 4, 12), "",
                 NONE, "Lyon", (date(2023, 3, 21), date(2023, 3, 31), "approximate"), id="fr-fin-du-mois-dernier"),
    pytest.param("Im vergangenen Monat demonstrierten Hunderte in Berlin.", "de", date(2023, 4, 12), "", NONE,
                 "Berlin", (date(2023, 3, 1), date(2023, 3, 31), "month"), id="de-im-vergangenen-monat"),
    pytest.param("W zeszłym miesiącu setki osób protestowały w Warszawie.", "pl", date(2023, 4, 12), "", NONE,
                 "Warsaw", (date(2023, 3, 1), date(2023, 3, 31), "month"), id="pl-w-zeszlym-miesiacu"),
    pytest.param("Hundreds rallied in London last month.", "en", None, "2023-04", NONE, "London",
                 (date(2023, 3, 1), date(2023, 3, 31), "month"), id="last-month-of-the-page-s-month"),
    pytest.param("Hundreds rallied in London last month.", "en", None, "", NONE, "London", (None, None, "unknown"),
                 id="last-month-of-an-undated-page"),
    # A weekday with its day of the month, the month left out: the month is the page's.
    pytest.param("Sabato 26 migliaia di persone hanno manifestato a Roma.", "it", None, "2024-10", NONE, "Rome",
                 day("2024-10-26"), id="it-sabato-26-in-the-page-s-month"),
    pytest.param("Milhares foram às ruas neste domingo (16) em Lisboa.", "pt", date(2015, 8, 17), "", NONE, "Lisbon",
                 day("2015-08-16"), id="pt-domingo-16"),
    pytest.param("Miles de personas se manifestaron el pasado sábado 14 en Madrid.", "es", date(2023, 10, 20), "",
                 NONE, "Madrid", day("2023-10-14"), id="es-el-pasado-sabado-14"),
    pytest.param("Sabato 26 migliaia di persone hanno manifestato a Roma.", "it", None, "2024-11", NONE, "Rome",
                 day("2024-10-26"), id="it-a-report-of-the-days-before-the-page-s-month"),
    # A page dated by its month that announces a day of it as to come was written by that day.
    pytest.param("Am Freitag demonstrierten Tausende in Hamburg. Für den 15. März ist ein globaler Aktionstag "
                 "geplant.", "de", None, "2019-03", NONE, "Hamburg", (date(2019, 3, 1), date(2019, 3, 15), "approximate"),
                 id="de-a-month-page-announcing-a-day-of-it"),
    pytest.param("Thousands marched in London. A global day of action is planned for 15 March.", "en", None,
                 "2019-03", NONE, "London", (date(2019, 2, 23), date(2019, 3, 15), "approximate"),
                 id="an-undated-rally-of-a-month-page-announcing-a-day-of-it"),
    pytest.param("Thousands marched in London on Friday. Another march had taken place on 15 March.", "en", None,
                 "2019-03", NONE, "London", (date(2019, 3, 1), date(2019, 3, 29), "approximate"),
                 id="a-month-page-s-past-day-bounds-nothing"),
    # A weekday and day that no day near the page's month is: the month is not the story's.
    pytest.param("Sabato 27 migliaia di persone hanno manifestato a Roma.", "it", None, "2024-10", NONE, "Rome",
                 (None, None, "unknown"), id="it-no-such-saturday-in-the-month"),
    pytest.param("Manifestantes foram às ruas na manhã deste sábado, 19, em protesto em Lisboa.", "pt", None,
                 "2021-06", NONE, "Lisbon", day("2021-06-19"), id="pt-sabado-comma-19"),
    pytest.param("Manifestantes foram às ruas na manhã deste sábado, 19, em protesto. Em Lisboa, o ato começa às 16h "
                 "deste sábado.", "pt", None, "2021-12", NONE, "Lisbon", (None, None, "unknown"),
                 id="pt-no-such-saturday-in-the-page-s-month"),
    pytest.param("Miles de personas marcharon el sábado, 14, en Madrid.", "es", None, "2022-08", NONE, "Madrid",
                 (None, None, "unknown"), id="es-no-such-saturday-in-the-page-s-month"),
    # ... unless as many of the text's weekdays and days fit it: the one that does not is a slip.
    pytest.param("Une marche aura lieu samedi 11 à Lyon. Des incidents ont éclaté mardi 9 près de la gare. Les "
                 "marcheurs arriveront samedi 11 à Lyon.", "fr", None, "2017-02", NONE, "Lyon", day("2017-02-11"),
                 id="fr-one-weekday-that-fits-the-page-s-month-and-one-that-does-not"),
    pytest.param("Une marche a eu lieu samedi 12 à Lyon. Des incidents ont éclaté mardi 9 près de la gare.", "fr",
                 None, "2017-02", NONE, "Lyon", (None, None, "unknown"),
                 id="fr-two-weekdays-that-do-not-fit-the-page-s-month"),
    pytest.param("No sábado, 19 manifestantes foram detidos durante o protesto em Lisboa.", "pt", date(2021, 7, 1),
                 "", NONE, "Lisbon", day("2021-06-26"), id="pt-a-count-after-a-comma"),
    pytest.param("Milhares foram às ruas neste domingo (16) em Lisboa.", "pt", None, "", NONE, "Lisbon",
                 (None, None, "unknown"), id="pt-domingo-16-undated"),
    # Days counted from the date before: 'a day later', 'le lendemain', 'zwei Tage später'.
    pytest.param("Thousands marched in London on Saturday. A day later, protesters gathered in Rome.", "en",
                 date(2023, 3, 20), "", NONE, "Rome", day("2023-03-19"), id="a-day-later"),
    pytest.param("Des milliers de personnes ont manifesté à Paris samedi. Le lendemain, des centaines se sont "
                 "rassemblées à Lyon.", "fr", date(2023, 3, 20), "", NONE, "Lyon", day("2023-03-19"),
                 id="fr-le-lendemain"),
    pytest.param("Am Samstag demonstrierten Tausende in Berlin. Zwei Tage später versammelten sich Hunderte in "
                 "Hamburg.", "de", date(2023, 3, 20), "", NONE, "Hamburg", day("2023-03-20"),
                 id="de-zwei-tage-spaeter"),
    pytest.param("A day later, hundreds rallied in Rome.", "en", date(2023, 3, 20), "", NONE, "Rome",
                 (None, None, "unknown"), id="a-day-later-than-nothing"),
    # ... in the other words for the day after ('am Tag danach', 'il giorno dopo', 'de dag daarna',
    # 'Dagen etter', 'the day after.'), a verb after them too; not when they take an object ('the day
    # after the election', 'il giorno dopo la strage')
    pytest.param("Am Samstagabend (15.06.2013) ließ die Regierung das Lager räumen. In mehreren Städten gab es am Tag "
                 "danach Kundgebungen gegen die Regierung, etwa in Köln.", "de", date(2013, 6, 16), "", NONE, "Köln",
                 day("2013-06-16"), id="de-am-tag-danach"),
    pytest.param("Il 15 giugno 2013 migliaia di persone hanno manifestato a Roma. Il giorno dopo centinaia hanno "
                 "sfilato a Milano.", "it", None, "", NONE, "Milan", day("2013-06-16"), id="it-il-giorno-dopo"),
    pytest.param("Op 15 juni 2013 demonstreerden duizenden in Amsterdam. De dag daarna demonstreerden honderden in "
                 "Rotterdam.", "nl", None, "", NONE, "Rotterdam", day("2013-06-16"), id="nl-de-dag-daarna"),
    pytest.param("15. juni 2013 demonstrerte tusenvis i Oslo. Dagen etter samlet hundrevis seg i Bergen.", "no", None,
                 "", NONE, "Bergen", day("2013-06-16"), id="no-dagen-etter-a-verb-after-it"),
    pytest.param("Den 15 juni 2013 demonstrerade tusentals i Stockholm. Dagen efter samlades hundratals i Göteborg.",
                 "sv", None, "", NONE, "Gothenburg", day("2013-06-16"), id="sv-dagen-efter-a-verb-after-it"),
    pytest.param("On June 15, 2013 thousands marched in Berlin. Hundreds rallied in Paris the day after.", "en", None,
                 "", NONE, "Paris", day("2013-06-16"), id="the-day-after-at-a-sentence-s-end"),
    pytest.param("Le 15 juin 2013, des milliers ont défilé à Paris. Le surlendemain, des centaines se sont rassemblées "
                 "à Lyon.", "fr", None, "", NONE, "Lyon", day("2013-06-17"), id="fr-le-surlendemain"),
    pytest.param("On June 15, 2013 thousands marched in Berlin. Hundreds rallied in Paris the day after the vote.",
                 "en", None, "", NONE, "Paris", (None, None, "unknown"), id="the-day-after-another-event"),
    pytest.param("Den 15 juni 2013 demonstrerade tusentals i Stockholm. Dagen efter valet samlades hundratals i "
                 "Göteborg.", "sv", None, "", NONE, "Gothenburg", (None, None, "unknown"),
                 id="sv-dagen-efter-another-event"),
    # ... and a gathering told as what the rally came a day after, with an indefinite article ('einen
    # Tag nach einer Kundgebung in X', 'au lendemain d'un rassemblement à X'): X's day is not given
    pytest.param("Tausende demonstrierten am Sonntag in Berlin, einen Tag nach einer Kundgebung in Hamburg.", "de",
                 date(2024, 3, 11), "", NONE, "Hamburg", (None, None, "unknown"), id="de-nach-einer-kundgebung"),
    pytest.param("Des milliers de personnes ont défilé dimanche à Paris, au lendemain d’un rassemblement à Lyon.", "fr",
                 date(2024, 3, 11), "", NONE, "Lyon", (None, None, "unknown"), id="fr-au-lendemain-d-un-rassemblement"),
    pytest.param("Miles de personas marcharon el domingo en Madrid, un día después de una concentración en Barcelona.",
                 "es", date(2024, 3, 11), "", NONE, "Barcelona", (None, None, "unknown"),
                 id="es-despues-de-una-concentracion"),
    pytest.param("Migliaia di persone hanno sfilato domenica a Roma, il giorno dopo un presidio a Milano.", "it",
                 date(2024, 3, 11), "", NONE, "Milan", (None, None, "unknown"), id="it-dopo-un-presidio"),
    pytest.param("Milhares de pessoas marcharam no domingo em Lisboa, um dia depois de uma concentração no Porto.", "pt",
                 date(2024, 3, 11), "", NONE, "Porto", (None, None, "unknown"), id="pt-depois-de-uma-concentracao"),
    pytest.param("Duizenden mensen demonstreerden zondag in Amsterdam, een dag na een betoging in Rotterdam.", "nl",
                 date(2024, 3, 11), "", NONE, "Rotterdam", (None, None, "unknown"), id="nl-na-een-betoging"),
    pytest.param("Migliaia di persone hanno sfilato domenica a Roma, il giorno dopo un presidio a Milano.", "it",
                 date(2024, 3, 11), "", NONE, "Rome", day("2024-03-10"), id="it-the-rally-s-own-day-before-it"),
    pytest.param("Il 15 giugno 2013 migliaia di persone hanno manifestato a Roma. Il giorno dopo la strage centinaia "
                 "hanno sfilato a Milano.", "it", None, "", NONE, "Milan", (None, None, "unknown"),
                 id="it-il-giorno-dopo-another-event"),
    # A weekday as an adjective, in any case: Polish 'niedzielna manifestacja' is Sunday's.
    pytest.param("Tysiące osób wzięły udział w niedzielnej manifestacji w Warszawie.", "pl", date(2023, 6, 5), "",
                 NONE, "Warsaw", day("2023-06-04"), id="pl-sunday-s-demonstration"),
    pytest.param("W sobotnim marszu w Krakowie wzięły udział tysiące osób.", "pl", date(2023, 6, 5), "", NONE,
                 "Kraków", day("2023-06-03"), id="pl-in-saturday-s-march"),
    # ... and the day before: 'the day before', 'la veille', 'na véspera', 'tags zuvor', 'dagen innan'.
    pytest.param("Thousands marched in London on 12 March 2019. The day before, hundreds had gathered in Rome.", "en",
                 None, "", NONE, "Rome", day("2019-03-11"), id="the-day-before"),
    pytest.param("Des milliers de personnes ont défilé à Paris le 12 mars 2019. La veille, des centaines s'étaient "
                 "rassemblées à Lyon.", "fr", None, "", NONE, "Lyon", day("2019-03-11"), id="fr-la-veille"),
    pytest.param("Centenas concentraram-se no Porto nesta quinta-feira. Na véspera, um grupo desfilou em Lisboa.",
                 "pt", date(2015, 6, 26), "", NONE, "Lisbon", day("2015-06-24"), id="pt-na-vespera"),
    pytest.param("Tausende demonstrierten am 12. März 2019 in Berlin. Tags zuvor hatten sich Hunderte in Hamburg "
                 "versammelt.", "de", None, "", NONE, "Hamburg", day("2019-03-11"), id="de-tags-zuvor"),
    pytest.param("Tusentals demonstrerade i Stockholm den 12 mars 2019. Dagen innan samlades hundratals i Göteborg.",
                 "sv", None, "", NONE, "Gothenburg", day("2019-03-11"), id="sv-dagen-innan"),
    pytest.param("Des milliers de personnes ont défilé à Paris le 12 mars 2019. À la veille des élections, des "
                 "centaines s'étaient rassemblées à Lyon.", "fr", None, "", NONE, "Lyon", (None, None, "unknown"),
                 id="fr-the-eve-of-another-event"),
    pytest.param("Des milliers de personnes ont manifesté à Paris samedi. Le lendemain de l'attentat, des centaines "
                 "se sont rassemblées à Lyon.", "fr", date(2023, 3, 20), "", NONE, "Lyon", (None, None, "unknown"),
                 id="fr-the-day-after-another-event"),
    pytest.param("Il 1 febbraio migliaia di persone hanno manifestato a Roma. Una settimana dopo il golpe, centinaia "
                 "hanno sfilato a Milano.", "it", date(2021, 2, 20), "", NONE, "Milan", (None, None, "unknown"),
                 id="it-a-week-after-another-event"),
    pytest.param("El 1 de febrero miles de personas marcharon en Madrid. Una semana después del golpe, cientos se "
                 "concentraron en Barcelona.", "es", date(2021, 2, 20), "", NONE, "Barcelona", (None, None, "unknown"),
                 id="es-a-week-after-another-event"),
    pytest.param("Il 1 febbraio migliaia di persone hanno manifestato a Roma. Una settimana dopo, centinaia hanno "
                 "sfilato a Milano.", "it", date(2021, 2, 20), "", NONE, "Milan", day("2021-02-08"),
                 id="it-a-week-later"),
    # A word of an address or a handle is no date of the text.
    pytest.param("url: https://en.immigrant.today/rallies\n\nHundreds rallied in Paris on Sunday.", "en", None, "",
                 NONE, "Paris", (None, None, "unknown"), id="a-domain-s-today-is-no-today"),
    # A day that recurs is no date: the lead's date stays the rally's.
    pytest.param("Thousands rallied in Oslo on Saturday, 4 March. The group has rallied there every Friday since.",
                 "en", date(2023, 3, 6), "", NONE, "Oslo", day("2023-03-04"), id="every-friday-is-no-date"),
    pytest.param("Hundrevis demonstrerte i Oslo. Aksjonene fortsetter hver fredag.", "no", date(2023, 3, 6), "", NONE,
                 "Oslo", (date(2023, 2, 28), date(2023, 3, 6), "approximate"), id="no-every-friday-is-no-date"),
    pytest.param("Chaque samedi, des centaines de personnes manifestent à Lyon.", "fr", date(2023, 3, 8), "", NONE,
                 "Lyon", (date(2023, 3, 2), date(2023, 3, 8), "approximate"), id="fr-every-saturday-is-no-date"),
    # 8. Named days.
    pytest.param("Women marched in London on International Women's Day.", "en", date(2019, 3, 11), "", NONE, "London",
                 day("2019-03-08"), id="international-womens-day"),
    pytest.param("Miles de mujeres marcharon en Madrid por el 8M.", "es", date(2019, 3, 10), "", NONE, "Madrid",
                 day("2019-03-08"), id="es-8m"),
    pytest.param("Cortei a Milano per la Festa della Liberazione.", "it", date(2025, 4, 26), "", NONE, "Milan",
                 day("2025-04-25"), id="it-liberation-day"),
    pytest.param("Zum Internationalen Frauentag demonstrierten Tausende in Berlin.", "de", date(2020, 3, 9), "", NONE,
                 "Berlin", day("2020-03-08"), id="de-womens-day"),
    pytest.param("Marches took place in Paris on May Day 2017.", "en", None, "", NONE, "Paris", day("2017-05-01"),
                 id="named-day-with-its-year"),
    # what a rally commemorates is the earlier year its phrase names, not a later day after it
    pytest.param("Thousands rallied in London, commemorating the displacement of Palestinians in 1948, 15 May 2012.",
                 "en", None, "", NONE, "London", day("2012-05-15"), id="a-later-day-than-what-is-commemorated"),
    pytest.param("Thousands rallied in London in remembrance of those killed in May 2009.", "en", None, "", NONE,
                 "London", UNKNOWN, id="the-day-commemorated"),
    # in a page that gives only its month, a weekday alone is the one day of that month the article
    # writes with it ('jeudi' … 'jeudi 30 mars'); two such days leave it the month's
    pytest.param("Des manifestations avaient lieu jeudi à Paris.\n\nDes organisations ont appelé à des rassemblements "
                 "jeudi 30 mars à 19h.", "fr", None, "2023-03", NONE, "Paris", day("2023-03-30"),
                 id="fr-a-weekday-the-article-names-with-its-day"),
    pytest.param("Am Samstag demonstrierten Tausende in Berlin.\n\nDer Aufruf galt für Samstag, den 11. März.", "de",
                 None, "2023-03", NONE, "Berlin", day("2023-03-11"), id="de-a-weekday-the-article-names-with-its-day"),
    pytest.param("Des manifestations avaient lieu jeudi à Paris.\n\nAprès celles du jeudi 23 mars, d'autres sont "
                 "prévues jeudi 30 mars.", "fr", None, "2023-03", NONE, "Paris",
                 (date(2023, 2, 23), date(2023, 3, 30), "approximate"), id="fr-two-days-of-the-weekday-leave-the-month"),
    # in an undated page, a weekday of a sentence that marks an anniversary or says 'this year' is
    # not read against an earlier sentence's date: a day years after it, of a year not given
    pytest.param("It was on 10 March 1959 that Tibetans rose up. On Saturday, thousands marched in London to mark the "
                 "anniversary.", "en", None, "", NONE, "London", UNKNOWN, id="an-anniversary-s-weekday-is-no-anchored-day"),
    pytest.param("Tibetans rose up on 10 March 1959. This year, on Saturday, hundreds rallied in Paris.", "en", None, "",
                 NONE, "Paris", UNKNOWN, id="this-year-s-weekday-is-no-anchored-day"),
    pytest.param("Am 10. März 1959 erhoben sich die Tibeter. Am Samstag demonstrierten in Berlin Hunderte zum Jahrestag.",
                 "de", None, "", NONE, "Berlin", UNKNOWN, id="de-an-anniversary-s-weekday-is-no-anchored-day"),
    pytest.param("On 8 March 2023 the strike began. On Friday, thousands marched in London.", "en", None, "", NONE,
                 "London", day("2023-03-03"), id="a-weekday-after-a-date-is-still-read-against-it"),
    # ... and against another event's day, told in a sentence of no rally, it may be the one before
    # that day or the one after: the span of both
    pytest.param("The war began on 20 March 2003. On Saturday, thousands marched in London against it.", "en", None,
                 "", NONE, "London", (date(2003, 3, 15), date(2003, 3, 22), "approximate"),
                 id="a-weekday-after-another-event-s-day"),
    pytest.param("Der Krieg begann am 20. März 2003. Am Samstag demonstrierten Tausende in Berlin.", "de", None, "",
                 NONE, "Berlin", (date(2003, 3, 15), date(2003, 3, 22), "approximate"),
                 id="de-a-weekday-after-another-event-s-day"),
    # ... but not against the day a period began that its sentence says runs on to the day of
    # writing: the article is written an unknown time after it
    pytest.param("Launched on 22 February 2019, the movement still demands a radical change.\nOn Thursday, hundreds "
                 "rallied in London.", "en", None, "", NONE, "London", UNKNOWN, id="a-weekday-after-a-start-that-runs-on"),
    pytest.param("The protests, which began on 16 September 2022, continue to this day. On Saturday, thousands rallied "
                 "in Berlin.", "en", None, "", NONE, "Berlin", UNKNOWN, id="a-weekday-after-a-period-that-continues"),
    pytest.param("Lancé le 22 février 2019, le mouvement ne cesse de réclamer un changement radical.\nJeudi, une "
                 "manifestation a rassemblé à Paris des membres de la diaspora.", "fr", None, "", NONE, "Paris",
                 UNKNOWN, id="fr-a-weekday-after-a-start-that-runs-on"),
    pytest.param("Le 22 février 2019, la grève a commencé.\nJeudi, une manifestation a rassemblé à Paris des membres "
                 "de la diaspora.", "fr", None, "", NONE, "Paris", day("2019-02-21"),
                 id="fr-a-weekday-after-a-start-told-as-past-is-read-against-it"),
    pytest.param("Die Proteste, gestartet am 16. September 2022, dauern bis heute an. Am Samstag demonstrierten "
                 "Tausende in Berlin.", "de", None, "", NONE, "Berlin", UNKNOWN,
                 id="de-a-weekday-after-a-period-that-lasts-to-this-day"),
    pytest.param("Iniciado el 18 de abril de 2018, el movimiento sigue exigiendo justicia. El domingo, cientos "
                 "marcharon en Madrid.", "es", None, "", NONE, "Madrid", UNKNOWN,
                 id="es-a-weekday-after-a-start-that-runs-on"),
    # a day in a group's name ('the Initiative 19 February'; lexicon date_names) is no lead's day
    pytest.param("5 Jahre nach Anschlag: Gedenken in Hamburg\nHAMBURG. Am Mittwoch jährt sich der Anschlag zum fünften "
                 "Mal.\nAm Nachmittag startete eine Demonstration auf dem Marktplatz in Hamburg. Am Abend hatte die "
                 "„Initiative 19. Februar“ zu einem Gedenken eingeladen.", "de", None, "", NONE, "Hamburg", UNKNOWN,
                 id="de-a-day-in-an-initiative-s-name"),
    pytest.param("Five years on: vigils in London\nLONDON. On Wednesday it will be five years since the attack.\nIn the "
                 "afternoon a march set off from the square in London. In the evening the Initiative 19 February held "
                 "a vigil.", "en", None, "", NONE, "London", UNKNOWN, id="a-day-in-an-initiative-s-name"),
    pytest.param("Cinco años después: vigilias en Madrid\nMADRID. El miércoles se cumplen cinco años del atentado.\nPor "
                 "la tarde partió una marcha desde la plaza en Madrid. Por la noche, la Iniciativa 11 de Marzo convocó "
                 "una vigilia.", "es", None, "", NONE, "Madrid", UNKNOWN, id="es-a-day-in-an-initiative-s-name"),
    # the day of a statement the organisers quote ('wypowiedź premiera z 6 stycznia'; lexicon
    # other_events) is no paragraph's day
    pytest.param("Około 300 osób protestowało w poniedziałek w Warszawie.\nW liście otwartym organizatorzy protestu "
                 "napisali, że kulminacją była wypowiedź premiera z 6 stycznia.\nDemonstrację poprzedził przejazd "
                 "motocyklistów pod parlament w Warszawie.", "pl", None, "", NONE, "Warsaw", UNKNOWN,
                 id="pl-a-statement-s-day-is-no-paragraph-s"),
    pytest.param("Około 300 osób protestowało w poniedziałek w Warszawie.\nW liście otwartym organizatorzy protestu "
                 "napisali, że kulminacją była wypowiedź premiera Jana Kowalskiego z 6 stycznia.\nDemonstrację "
                 "poprzedził przejazd motocyklistów pod parlament w Warszawie.", "pl", None, "", NONE, "Warsaw",
                 UNKNOWN, id="pl-a-statement-s-day-after-whose-it-is"),
    pytest.param("Rund 300 Menschen protestierten am Montag in Hamburg.\nIn einem offenen Brief schrieben die "
                 "Organisatoren des Protests, der Höhepunkt sei die Äußerung des Premiers vom 6. Januar gewesen.\nDer "
                 "Demonstration ging eine Fahrt von Motorradfahrern in Hamburg voraus.", "de", None, "", NONE,
                 "Hamburg", UNKNOWN, id="de-a-statement-s-day-after-whose-it-is"),
    # the month of the assault that set a protest off (lexicon dated_events) is no lead's month
    pytest.param("Warszawa: protest przeciw rasizmowi\nManifestację przed siedzibą rządu w Warszawie zorganizowało "
                 "stowarzyszenie.\nBezpośrednim powodem protestu stało się poturbowanie w styczniu, przez chuliganów, "
                 "studenta w Hendon.", "pl", date(2014, 2, 24), "", NONE, "Warsaw",
                 (date(2014, 2, 18), date(2014, 2, 24), "approximate"), id="pl-the-month-of-an-assault-is-no-lead-s"),
    pytest.param("London: Poles protest against racism\nThe rally outside Downing Street in London was organised by an "
                 "association.\nThe direct reason for the protest was the beating in January, by hooligans, of a Pole "
                 "in Hendon.", "en", date(2014, 2, 24), "", NONE, "London",
                 (date(2014, 2, 18), date(2014, 2, 24), "approximate"), id="the-month-of-an-assault-is-no-lead-s"),
    # a day counted from the sentence's date after a preposition ('come quella del giorno prima a
    # Roma'; lexicon days_later): not that date itself
    pytest.param("Per domenica 23 ottobre è prevista una manifestazione a Milano (come quella del giorno prima a Roma) "
                 "contro la Russia.", "it", None, "2022-10", NONE, "Rome", day("2022-10-22"),
                 id="it-the-day-before-after-a-preposition"),
    pytest.param("Para el domingo 23 de octubre está prevista una manifestación en Madrid, como la del día anterior en "
                 "Barcelona.", "es", None, "2022-10", NONE, "Barcelona", day("2022-10-22"),
                 id="es-the-day-before-after-a-preposition"),
    pytest.param("Para domingo, 23 de outubro, está prevista uma manifestação em Lisboa, como a do dia anterior no "
                 "Porto.", "pt", None, "2022-10", NONE, "Porto", day("2022-10-22"),
                 id="pt-the-day-before-after-a-preposition"),
    pytest.param("Für Sonntag, den 23. Oktober, ist eine Kundgebung in Berlin geplant, wie die vom Vortag in Hamburg.",
                 "de", None, "2022-10", NONE, "Hamburg", day("2022-10-22"), id="de-the-day-before-after-a-preposition"),
    pytest.param("Samedi 22 octobre, une manifestation a eu lieu à Paris, avant celle du lendemain à Lyon.", "fr", None,
                 "2022-10", NONE, "Lyon", day("2022-10-23"), id="fr-the-day-after-after-a-preposition"),
    pytest.param("Voor zondag 23 oktober staat een betoging in Amsterdam gepland, zoals die van de dag erna in "
                 "Rotterdam.", "nl", None, "2022-10", NONE, "Rotterdam", day("2022-10-24"), id="nl-the-day-after"),
    # the year of what a gathering commemorates is no year its day is told in
    # a German participle after the date says what the gathering remembered (lexicon commemoration_after)
    pytest.param("Mehr als 150.000 Menschen haben auf dem Augustusplatz in Berlin an den Aufstand im Oktober 1989 "
                 "erinnert.", "de", None, "", NONE, "Berlin", UNKNOWN, id="de-a-month-the-gathering-remembered"),
    # ... and in an undated page, not the fortnight after the latest day its history tells
    pytest.param("Mehr als 150.000 Menschen haben auf dem Augustusplatz in Berlin an den Aufstand im Oktober 1989 "
                 "erinnert.\nAm 9. Oktober 1989 waren in Berlin mehr als 70.000 Menschen auf die Straße gegangen. Nur "
                 "einen Monat später, am 9. November, fiel die Mauer.", "de", None, "", NONE, "Berlin", UNKNOWN,
                 id="de-a-gathering-that-remembers-is-no-fortnight-after-its-history"),
    pytest.param("Hundreds gathered in Paris in memory of the uprising of March 1959.\nOn 10 March 1959, thousands "
                 "rose up. A week later, on 17 March, the leader fled.", "en", None, "", NONE, "Paris", UNKNOWN,
                 id="a-gathering-that-remembers-is-no-fortnight-after-its-history"),
    pytest.param("Hundreds gathered in Paris in memory of the victims.\nGunmen killed 130 people on 13 November 2015.",
                 "en", None, "", NONE, "Paris", (date(2015, 11, 13), date(2015, 11, 26), "approximate"),
                 id="a-vigil-in-memory-of-no-dated-time-keeps-its-fortnight"),
    pytest.param("Thousands filled the streets of London to celebrate the 25th of April in the parade commemorating "
                 "the 1974 revolution.", "en", date(2025, 4, 25), "", NONE, "London", day("2025-04-25"),
                 id="the-year-a-parade-commemorates"),
    pytest.param("Milhares de pessoas enchem a Avenida da Liberdade em Lisboa para celebrar o 25 de Abril no desfile "
                 "comemorativo da Revolução de 1974.", "pt", date(2025, 4, 25), "", NONE, "Lisbon", day("2025-04-25"),
                 id="pt-the-year-a-parade-commemorates"),
    pytest.param("La celebración de la Diada en Barcelona reunió a centenares de miles de manifestantes.", "es", None,
                 "2017-09", NONE, "Barcelona", day("2017-09-11"), id="es-a-regional-national-day"),
    pytest.param("Miles de personas se manifestaron en Barcelona en la Diada de Sant Jordi.", "es", None, "2017-09", NONE,
                 "Barcelona", day("2017-04-23"), id="es-a-longer-name-opening-as-a-named-day"),
    pytest.param("Las columnas que convocaron a la marcha por el Día de la Memoria, la Verdad y la Justicia ya "
                 "pueblan las calles de Madrid.", "es", None, "2025-03", NONE, "Madrid", day("2025-03-24"),
                 id="es-a-day-of-remembrance-by-its-full-name"),
    # A capitalised word before a named day makes it another day's longer name ('a Holocaust
    # Remembrance Day vigil' is not 11 November); not at a sentence's start, nor a possessive.
    pytest.param("Hundreds gathered in Paris for a Holocaust Remembrance Day vigil.", "en", date(2021, 4, 12), "", NONE,
                 "Paris", (date(2021, 4, 6), date(2021, 4, 12), "approximate"), id="a-longer-name-ending-in-a-named-day"),
    pytest.param("Last May Day, thousands marched in Paris.", "en", date(2021, 12, 1), "", NONE, "Paris",
                 day("2021-05-01"), id="a-named-day-after-a-sentence-s-first-word"),
    pytest.param("Labour's May Day rally drew thousands in Paris.", "en", date(2021, 12, 1), "", NONE, "Paris",
                 day("2021-05-01"), id="a-named-day-after-a-possessive"),
    pytest.param("Thousands gathered in Paris for the Armenian Genocide Remembrance Day rally.", "en", date(2021, 4, 26),
                 "", NONE, "Paris", day("2021-04-24"), id="a-longer-name-the-lexicon-knows"),
    # A possessive or a people's adjective beside a named day makes it another calendar's day, which
    # falls elsewhere in the year (lexicon other_calendars)
    pytest.param("Centinaia di persone hanno manifestato a Roma per festeggiare il loro capodanno.", "it",
                 date(2021, 3, 22), "", NONE, "Rome", (date(2021, 3, 16), date(2021, 3, 22), "approximate"),
                 id="it-a-people-s-own-new-year"),
    pytest.param("Cientos de personas desfilaron en Madrid por el Año Nuevo chino.", "es", date(2021, 2, 14), "", NONE,
                 "Madrid", (date(2021, 2, 8), date(2021, 2, 14), "approximate"), id="es-a-lunar-new-year"),
    pytest.param("Hunderte feierten in Berlin das kurdische Neujahr mit einer Kundgebung.", "de", date(2021, 3, 22),
                 "", NONE, "Berlin", (date(2021, 3, 16), date(2021, 3, 22), "approximate"),
                 id="de-a-people-s-new-year-by-its-adjective"),
    pytest.param("Des centaines de personnes ont défilé à Paris pour la Fête nationale kurde.", "fr", date(2021, 3, 22),
                 "", NONE, "Paris", (date(2021, 3, 16), date(2021, 3, 22), "approximate"),
                 id="fr-a-people-s-national-day"),
    pytest.param("Hundreds marched in Paris to celebrate their New Year's Day.", "en", date(2021, 3, 22), "", NONE,
                 "Paris", (date(2021, 3, 16), date(2021, 3, 22), "approximate"), id="a-new-year-that-is-theirs"),
    pytest.param("Centinaia di persone hanno manifestato a Roma a Capodanno.", "it", date(2021, 1, 3), "", NONE,
                 "Rome", day("2021-01-01"), id="it-the-new-year-of-the-calendar"),
    # A time's number after a month is no day: '10 March 2pm' is the 10th, not the 2nd.
    pytest.param("Hundreds of Tibetans will march in London (10 March 2pm-5pm).", "en", date(2017, 3, 9), "", NONE,
                 "London", day("2017-03-10"), id="a-time-after-a-day-and-month"),
    pytest.param("Hundreds will march in London on Friday, 10 March 2 p.m.", "en", date(2017, 3, 9), "", NONE,
                 "London", day("2017-03-10"), id="a-time-with-its-points"),
    # An invitation announces: its weekday is the coming one
    pytest.param("Välkommen att delta vid manifestationen onsdag kl 12.30 utanför ambassaden i Stockholm.", "sv",
                 date(2025, 9, 16), "", NONE, "Stockholm", day("2025-09-17"), id="sv-an-invitation"),
    pytest.param("Everyone is welcome to join the vigil on Wednesday in London.", "en", date(2025, 9, 16), "", NONE,
                 "London", day("2025-09-17"), id="an-invitation"),
    pytest.param("Alle er velkomne til at deltage i demonstrationen onsdag i København.", "da", date(2025, 9, 16), "",
                 NONE, "Copenhagen", day("2025-09-17"), id="da-an-invitation"),
    # 9. Weekdays inside compounds, and live reports.
    pytest.param("Zondagavond demonstreerden duizenden mensen in Amsterdam.", "nl", date(2021, 3, 16), "", NONE,
                 "Amsterdam", day("2021-03-14"), id="nl-sunday-evening"),
    # 'de straat opgegaan' (took to the streets) tells a gathering: its day is the paragraph's
    pytest.param("Zondag zijn in verschillende plaatsen mensen de straat opgegaan. Een demonstratie in Amsterdam "
                 "trok zo'n 5000 deelnemers.", "nl", date(2023, 10, 22), "", NONE, "Amsterdam", day("2023-10-22"),
                 id="nl-de-straat-opgegaan"),
    pytest.param("Am Sonntagnachmittag demonstrierten Tausende in Hamburg.", "de", date(2020, 9, 22), "", NONE,
                 "Hamburg", day("2020-09-20"), id="de-sunday-afternoon"),
    pytest.param("Am Sonnabendnachmittag protestierten Dutzende vor der Botschaft in Berlin.", "de", date(2021, 1, 25),
                 "", NONE, "Berlin", day("2021-01-23"), id="de-sonnabend-is-saturday"),
    # Austria's 'Feber' is February, which CLDR leaves out
    pytest.param("Rund 2000 Menschen demonstrierten am Samstag, 16. Feber in Berlin.", "de", date(2013, 2, 28), "",
                 NONE, "Berlin", day("2013-02-16"), id="de-feber-is-february"),
    pytest.param("Under lördagskvällen samlades hundratals i Stockholm för att demonstrera.", "sv", date(2019, 3, 11), "",
                 NONE, "Stockholm", day("2019-03-09"), id="sv-saturday-evening"),
    # A weekday or 'yesterday' as the adjective of the gathering ('Saturday's march'): its day.
    pytest.param("Tusentals deltog i lördagens demonstration i Stockholm.", "sv", date(2020, 6, 4), "", NONE,
                 "Stockholm", day("2020-05-30"), id="sv-saturday-s-demonstration"),
    pytest.param("Omkring 500 var mødt op til onsdagens demonstration i Copenhagen.", "da", date(2020, 6, 4), "",
                 NONE, "Copenhagen", day("2020-06-03"), id="da-wednesday-s-demonstration"),
    pytest.param("Tusenvis deltok i laurdagens demonstrasjon i Oslo.", "no", date(2020, 6, 4), "", NONE, "Oslo",
                 day("2020-05-30"), id="nn-saturday-s-demonstration"),
    pytest.param("Tusentals deltog i gårdagens demonstration i Stockholm.", "sv", date(2020, 6, 4), "", NONE,
                 "Stockholm", day("2020-06-03"), id="sv-yesterday-s-demonstration"),
    pytest.param("Tusenvis deltok i gårsdagens demonstrasjon i Oslo.", "no", date(2020, 6, 4), "", NONE, "Oslo",
                 day("2020-06-03"), id="no-yesterday-s-demonstration"),
    pytest.param("An der gestrigen Demonstration in Berlin nahmen 8000 Menschen teil.", "de", date(2020, 6, 4), "",
                 NONE, "Berlin", day("2020-06-03"), id="de-yesterday-s-demonstration"),
    pytest.param("Tysiące osób wzięły udział we wczorajszej manifestacji w Warszawie.", "pl", date(2020, 6, 4), "",
                 NONE, "Warsaw", day("2020-06-03"), id="pl-yesterday-s-demonstration"),
    pytest.param("W dzisiejszej manifestacji w Warszawie wzięło udział tysiące osób.", "pl", date(2020, 6, 4), "",
                 NONE, "Warsaw", day("2020-06-04"), id="pl-today-s-demonstration"),
    pytest.param("Til morgendagens demonstration i Copenhagen ventes tusinder.", "da", date(2020, 6, 4), "",
                 NONE, "Copenhagen", day("2020-06-05"), id="da-tomorrow-s-demonstration"),
    # ... whatever bound stands before it ('from', 'til': to), unless the day recurs.
    pytest.param("Pictures from Saturday's march in London show thousands.", "en", date(2020, 6, 4), "", NONE,
                 "London", day("2020-05-30"), id="from-saturday-s-march"),
    pytest.param("Bilder från lördagens demonstration i Stockholm visar tusentals.", "sv", date(2020, 6, 4), "",
                 NONE, "Stockholm", day("2020-05-30"), id="sv-from-saturday-s-demonstration"),
    pytest.param("Every Saturday's march in London draws thousands.", "en", date(2020, 6, 4), "", NONE, "London",
                 (date(2020, 5, 29), date(2020, 6, 4), "approximate"), id="every-saturday-s-march-recurs"),
    pytest.param("Rallies are under way in Oslo and Bergen.", "en", date(2022, 3, 5), "", NONE, "Oslo",
                 day("2022-03-05"), id="live-report-is-the-day-of-publication"),
    # ... and its day is the lead's: a later sentence's day of something said is not ('Yesterday the
    # organisers had said …'), whether or not the page's address line names a march
    pytest.param("Thousands are gathered in Oslo to protest the war. Yesterday the organisers had said that the march "
                 "would be peaceful.\n\nRallies were also held in Bergen.", "en", date(2019, 3, 2), "", NONE, "Bergen",
                 day("2019-03-02"), id="a-live-lead-is-the-lead-s-day"),
    pytest.param("url: https://example.org/2019/03/02/oslo-march\n\nThousands are gathered in Oslo to protest the war. "
                 "Yesterday the organisers had said that the march would be peaceful.\n\nRallies were also held in "
                 "Bergen.", "en", date(2019, 3, 2), "", NONE, "Bergen", day("2019-03-02"),
                 id="a-live-lead-under-an-address-naming-a-march"),
    pytest.param("È partito a Roma il corteo degli studenti. Ieri gli organizzatori avevano detto che la protesta sarebbe "
                 "stata pacifica.\n\nHanno aderito molti comuni, tra cui Torino che è in piazza con il suo stendardo.",
                 "it", date(2019, 3, 2), "", NONE, "Turin",
                 day("2019-03-02"), id="it-a-live-lead-is-the-lead-s-day"),
    pytest.param("Thousands of people have been gathering in Oslo city centre for its annual march.", "en",
                 date(2022, 3, 5), "", NONE, "Oslo", day("2022-03-05"), id="have-been-gathering-is-still-going-on"),
    # ... still going on ('è ancora in corso', 'dauert noch an'): the word of time between the verb's parts
    pytest.param("E' ancora in corso il sit-in degli eritrei in piazza a Roma.", "it", date(2022, 3, 5), "", NONE,
                 "Rome", day("2022-03-05"), id="it-still-going-on"),
    pytest.param("The sit-in outside parliament in Oslo is still under way.", "en", date(2022, 3, 5), "", NONE, "Oslo",
                 day("2022-03-05"), id="still-under-way"),
    pytest.param("Die Kundgebung in Berlin dauert noch an.", "de", date(2022, 3, 5), "", NONE, "Berlin",
                 day("2022-03-05"), id="de-still-going-on"),
    pytest.param("Le rassemblement à Paris est toujours en cours.", "fr", date(2022, 3, 5), "", NONE, "Paris",
                 day("2022-03-05"), id="fr-still-going-on"),
    pytest.param("Protesten i Stockholm pågår fortfarande.", "sv", date(2022, 3, 5), "", NONE, "Stockholm",
                 day("2022-03-05"), id="sv-still-going-on"),
    pytest.param("Protest w Warszawie wciąż trwa.", "pl", date(2022, 3, 5), "", NONE, "Warsaw",
                 day("2022-03-05"), id="pl-still-going-on"),
    # The moment of writing said apart from the verb ('Just nu är tusentals samlade'): live, whatever the verb.
    pytest.param("Im Moment sind Tausende Menschen in Berlin versammelt.", "de", date(2022, 3, 5), "", NONE, "Berlin",
                 day("2022-03-05"), id="de-im-moment-is-the-day-of-publication"),
    pytest.param("Des milliers de personnes sont rassemblées en ce moment à Paris.", "fr", date(2022, 3, 5), "", NONE,
                 "Paris", day("2022-03-05"), id="fr-en-ce-moment-is-the-day-of-publication"),
    pytest.param("Migliaia di persone sono radunate in questo momento a Roma.", "it", date(2022, 3, 5), "", NONE,
                 "Rome", day("2022-03-05"), id="it-in-questo-momento-is-the-day-of-publication"),
    pytest.param("Op dit moment zijn duizenden mensen in Amsterdam bijeengekomen.", "nl", date(2022, 3, 5), "", NONE,
                 "Amsterdam", day("2022-03-05"), id="nl-op-dit-moment-is-the-day-of-publication"),
    pytest.param("Just nu är tusentals människor samlade i Stockholm.", "sv", date(2022, 3, 5), "", NONE, "Stockholm",
                 day("2022-03-05"), id="sv-just-nu-is-the-day-of-publication"),
    pytest.param("Akkurat nå demonstrerer tusenvis av mennesker i Oslo.", "no", date(2022, 3, 5), "", NONE, "Oslo",
                 day("2022-03-05"), id="no-akkurat-naa-is-the-day-of-publication"),
    pytest.param("Lige nu demonstrerer tusindvis af mennesker i København.", "da", date(2022, 3, 5), "", NONE,
                 "Copenhagen", day("2022-03-05"), id="da-lige-nu-is-the-day-of-publication"),
    pytest.param("Tysiące osób zgromadziły się w tym momencie w Warszawie.", "pl", date(2022, 3, 5), "", NONE, "Warsaw",
                 day("2022-03-05"), id="pl-w-tym-momencie-is-the-day-of-publication"),
    # A day after the word for 'since' and the day's article bounds a time that runs on to the day
    # of writing ('detida desde o passado dia 1'): not the rally's day, which is some day from it
    pytest.param("A irmã, detida em Israel desde o passado dia 1, desfilou na concentração em Lisboa.", "pt",
                 date(2025, 10, 4), "", NONE, "Lisbon", (date(2025, 10, 1), date(2025, 10, 4), "approximate"),
                 id="pt-since-the-day-s-article-and-last"),
    pytest.param("La sorella, detenuta dallo scorso 1 ottobre, ha sfilato al corteo a Roma.", "it",
                 date(2025, 10, 4), "", NONE, "Rome", (date(2025, 10, 1), date(2025, 10, 4), "approximate"),
                 id="it-since-dallo-scorso"),
    # ... and since a time of the day of writing ('since noon'): the gathering goes on as it is written
    pytest.param("Hundreds have gathered in London since noon to celebrate.", "en", date(2026, 1, 3), "", NONE, "London",
                 day("2026-01-03"), id="since-noon-is-the-day-of-publication"),
    pytest.param("En Madrid se han concentrado desde el mediodía decenas de personas.", "es", date(2026, 1, 3), "", NONE,
                 "Madrid", day("2026-01-03"), id="es-desde-el-mediodia-is-the-day-of-publication"),
    pytest.param("Seit dem Mittag haben sich in Berlin Hunderte Menschen versammelt.", "de", date(2026, 1, 3), "", NONE,
                 "Berlin", day("2026-01-03"), id="de-seit-dem-mittag-is-the-day-of-publication"),
    pytest.param("Yesterday hundreds had gathered in London since noon.", "en", date(2026, 1, 3), "", NONE, "London",
                 day("2026-01-02"), id="since-noon-of-a-day-told"),
    pytest.param("Right now, thousands of people are in Trafalgar Square in London, protesting.", "en",
                 date(2022, 3, 5), "", NONE, "London", day("2022-03-05"), id="right-now-is-the-day-of-publication"),
    pytest.param("I partecipanti al corteo odierno a Roma sono migliaia.", "it", date(2021, 11, 6), "", NONE, "Rome",
                 day("2021-11-06"), id="it-today-s-march"),
    # ... but a reflexive verb's perfect is the past every report is told in.
    pytest.param("Il 30 settembre è iniziata la protesta. A Roma migliaia di attivisti si sono radunati in piazza.",
                 "it", date(2025, 10, 2), "", NONE, "Rome", day("2025-09-30"), id="it-si-sono-radunati-is-past"),
    pytest.param("An der heutigen Demonstration in Berlin nahmen 8000 Menschen teil.", "de", date(2021, 11, 6), "",
                 NONE, "Berlin", day("2021-11-06"), id="de-today-s-demonstration"),
    # A sentence that tells of an earlier year is not dated by the publication.
    pytest.param("In 2003, millions marched in London against the war.", "en", date(2023, 2, 15), "", NONE,
                 "London", (None, None, "unknown"), id="an-earlier-year-is-not-the-week-of-publication"),
    pytest.param("Im Jahr 2003 demonstrierten Hunderttausende in Berlin.", "de", date(2023, 2, 15), "", NONE,
                 "Berlin", (None, None, "unknown"), id="de-an-earlier-year"),
    # ... unless it announces: the gathering is to come, whatever year the sentence names
    pytest.param("Rallies are planned in many cities on Saturday. The winner of the 1997 prize will speak at the "
                 "London rally.", "en", date(2009, 7, 24), "", NONE, "London", day("2009-07-25"),
                 id="an-earlier-year-in-an-announcement"),
    pytest.param("Am Samstag sind Kundgebungen in vielen Städten geplant. Die Trägerin des Preises von 1997 wird bei "
                 "der Kundgebung in Berlin sprechen.", "de", date(2009, 7, 24), "", NONE, "Berlin", day("2009-07-25"),
                 id="de-an-earlier-year-in-an-announcement"),
    pytest.param("Des rassemblements sont prévus samedi dans de nombreuses villes. La lauréate du prix 1997 prendra "
                 "la parole lors du rassemblement à Paris.", "fr", date(2009, 7, 24), "", NONE, "Paris",
                 day("2009-07-25"), id="fr-an-earlier-year-in-an-announcement"),
    # 'Last year', 'next year' give a day without its year the year before or after the reference.
    pytest.param("Last year on 8 June, thousands marched in Paris.", "en", date(2019, 6, 10), "", NONE, "Paris",
                 day("2018-06-08"), id="last-year"),
    pytest.param("Next year on 8 June, thousands will march in Paris.", "en", date(2019, 6, 10), "", NONE, "Paris",
                 day("2020-06-08"), id="next-year"),
    pytest.param("L'année dernière, le 14 juillet, des milliers de personnes ont défilé à Paris.", "fr",
                 date(2021, 9, 1), "", NONE, "Paris", day("2020-07-14"), id="fr-last-year"),
    pytest.param("Im vergangenen Jahr demonstrierten am 3. Oktober Tausende in Berlin.", "de", date(2021, 9, 1), "",
                 NONE, "Berlin", day("2020-10-03"), id="de-last-year"),
    # ... and so do the abbreviations that say it ('br.', this year's; 'ub.r.', 'v. J.', last year's)
    pytest.param("Tysiące osób protestowało 9 marca br. w Warszawie.", "pl", date(2024, 3, 5), "", NONE, "Warsaw",
                 day("2024-03-09"), id="pl-this-year-abbreviated"),
    pytest.param("Tysiące osób protestowało 9 marca ub.r. w Warszawie.", "pl", date(2024, 3, 5), "", NONE,
                 "Warsaw", day("2023-03-09"), id="pl-last-year-abbreviated"),
    pytest.param("Tausende demonstrierten am 9. März v. J. in Berlin.", "de", date(2024, 3, 5), "", NONE, "Berlin",
                 day("2023-03-09"), id="de-last-year-abbreviated"),
    pytest.param("Miles marcharon el 9 de marzo del año en curso en Madrid.", "es", date(2024, 3, 5), "", NONE,
                 "Madrid", day("2024-03-09"), id="es-the-current-year"),
    # A day and month in parentheses, as day-first writers date an event in passing.
    pytest.param("Der Marsch zog am Samstag (7.3.) durch Berlin.", "de", date(2020, 3, 8), "", NONE, "Berlin",
                 day("2020-03-07"), id="de-day-month-in-parentheses"),
    pytest.param("In Berlin stieg die Zahl der Demonstranten (7.35) deutlich.", "de", date(2020, 3, 8), "", NONE,
                 "Berlin", (date(2020, 3, 2), date(2020, 3, 8), "approximate"), id="de-a-decimal-is-no-date"),
    # 'På lördag' is the coming Saturday; 'på lördagen', the Saturday the story is about.
    pytest.param("Lördag 14 mars 2020\nI Stockholm samlades tusentals demonstranter på lördagen.", "sv", None, "",
                 NONE, "Stockholm", day("2020-03-14"), id="sv-the-saturday-told-of-is-not-the-next"),
    pytest.param("Demonstranterna samlas i Stockholm på lördag.", "sv", date(2020, 3, 12), "", NONE, "Stockholm",
                 day("2020-03-14"), id="sv-the-coming-saturday"),
    # A count of days back from the day of writing.
    pytest.param("Due giorni fa migliaia di persone hanno manifestato a Torino.", "it", date(2021, 7, 24), "", NONE,
                 "Turin", day("2021-07-22"), id="it-two-days-ago"),
    pytest.param("Vor drei Tagen demonstrierten Tausende in Hamburg.", "de", date(2021, 7, 24), "", NONE,
                 "Hamburg", day("2021-07-21"), id="de-three-days-ago"),
    pytest.param("Il y a 4 jours, des milliers de personnes ont défilé à Lyon.", "fr", date(2021, 7, 24), "", NONE,
                 "Lyon", day("2021-07-20"), id="fr-days-ago-in-digits"),
    pytest.param("För två dagar sedan demonstrerade tusentals i Stockholm.", "sv", date(2021, 7, 24), "", NONE,
                 "Stockholm", day("2021-07-22"), id="sv-a-count-with-a-letter-folding-changes"),
    # ... read against some day of the page's month: a page of 1 July reports 29 June's
    pytest.param("Two days ago, thousands marched in Oslo.", "en", None, "2021-07", NONE, "Oslo",
                 (date(2021, 6, 29), date(2021, 7, 29), "approximate"), id="days-ago-in-a-month-is-from-some-day-of-it"),
    # A count of weeks or months back is a round figure: a span around it, not the week before
    # publication; in a page dated by its month, as far back from any day of it.
    pytest.param("Two weeks ago, thousands marched in London.", "en", date(2021, 7, 24), "", NONE, "London",
                 (date(2021, 7, 7), date(2021, 7, 13), "approximate"), id="two-weeks-ago"),
    pytest.param("Vor zwei Wochen demonstrierten Tausende in Berlin.", "de", date(2021, 7, 24), "", NONE, "Berlin",
                 (date(2021, 7, 7), date(2021, 7, 13), "approximate"), id="de-two-weeks-ago"),
    pytest.param("Há três semanas, milhares de pessoas protestaram em Lisboa.", "pt", date(2021, 7, 24), "", NONE,
                 "Lisbon", (date(2021, 6, 30), date(2021, 7, 6), "approximate"), id="pt-three-weeks-ago"),
    pytest.param("För några veckor sedan demonstrerade tusentals i Stockholm.", "sv", date(2021, 7, 24), "", NONE,
                 "Stockholm", (date(2021, 6, 23), date(2021, 7, 13), "approximate"), id="sv-a-few-weeks-ago"),
    pytest.param("Hace un mes, miles de personas se manifestaron en Madrid.", "es", date(2021, 7, 24), "", NONE,
                 "Madrid", (date(2021, 6, 14), date(2021, 7, 4), "approximate"), id="es-a-month-ago"),
    pytest.param("Two weeks ago, thousands marched in Oslo.", "en", None, "2021-07", NONE, "Oslo",
                 (date(2021, 6, 14), date(2021, 7, 20), "approximate"), id="weeks-ago-in-a-month-page"),
    # Such a count dates its own sentence's rallies only: 'fewer than those held a month ago' looks
    # back from the news, which is of the days since.
    pytest.param("Fewer people turned out than at the rallies held a month ago. In London, 5,000 people marched.",
                 "en", date(2021, 7, 24), "", NONE, "London", (date(2021, 7, 18), date(2021, 7, 24), "approximate"),
                 id="a-month-ago-is-not-the-lead-s-date"),
    pytest.param("Miles de personas volvieron a manifestarse, aunque menos que en las marchas celebradas hace un "
                 "mes. En Madrid se concentraron 5.000 personas.", "es", date(2021, 7, 24), "", NONE, "Madrid",
                 (date(2021, 7, 18), date(2021, 7, 24), "approximate"), id="es-a-month-ago-is-not-the-lead-s-date"),
    # In a page dated only by its month, a weekday after an explicit date is read against it,
    # never against the month's last day, and only inside that month.
    pytest.param("Zum Internationalen Frauentag gab es viele Aktionen. In Berlin demonstrierten am Freitagnachmittag "
                 "Tausende.", "de", None, "2019-03", NONE, "Berlin", day("2019-03-08"),
                 id="de-a-weekday-after-a-named-day-in-a-month-page"),
    pytest.param("Am 28. Februar wurde das Gesetz beschlossen. In Berlin demonstrierten am Samstag Tausende.", "de",
                 None, "2019-03", NONE, "Berlin", (date(2019, 2, 23), date(2019, 3, 30), "approximate"),
                 id="de-a-weekday-read-against-another-month-is-read-against-the-page-month"),
    # An announced day does not date what a later sentence tells in the past.
    pytest.param("Millions will march in Paris on Saturday. Demonstrators have since been protesting in Lyon.", "en",
                 date(2025, 6, 13), "", NONE, "Lyon", (date(2025, 6, 7), date(2025, 6, 13), "approximate"),
                 id="an-announced-day-does-not-date-a-report"),
    # A sentence that is little but a full date dates its paragraph.
    pytest.param("Paris, France. 3rd May 2019. Students meet at the square to march through Paris.", "en", None, "",
                 NONE, "Paris", day("2019-05-03"), id="a-date-line-dates-its-paragraph"),
    pytest.param("Students gathered.\n— A. Name (@aname) March 14, 2019\nIn Paris, students will march at noon.",
                 "en", None, "", NONE, "Paris", (None, None, "unknown"), id="a-posts-signature-dates-nothing"),
    pytest.param("Monday, March 4, 2024\nProtesters rallied in Paris on the square.", "en", date(2019, 6, 1), "",
                 NONE, "Paris", (date(2019, 5, 26), date(2019, 6, 1), "approximate"),
                 id="a-banner-after-publication-dates-nothing"),
    # A day and month in brackets with a slash, and a photo credit in brackets inside the lead
    # that does not make it a caption.
    pytest.param("Manifestações (foto: Agência / AFP) Está marcada para o próximo sábado (2/10) uma manifestação.\n\n"
                 "Confira os locais das manifestações:\n\nLisboa (PT) - Praça do Comércio - 15h30", "pt",
                 date(2021, 10, 1), "", NONE, "Lisbon", day("2021-10-02"), id="pt-a-bracketed-day-and-credit"),
    # A look back ('had already marched') dates its own sentence, not the news after it.
    pytest.param("Yesterday, 700,000 people had already marched across France. Crowds also rally in Lyon.", "en",
                 date(2015, 1, 11), "", NONE, "Lyon", (date(2015, 1, 5), date(2015, 1, 11), "approximate"),
                 id="an-earlier-day-already-told"),
    pytest.param("Hier, 700 000 personnes avaient déjà manifesté dans toute la France. Les Français se mobilisent "
                 "aussi à Lyon.", "fr", date(2015, 1, 11), "", NONE, "Lyon",
                 (date(2015, 1, 5), date(2015, 1, 11), "approximate"), id="fr-an-earlier-day-already-told"),
    pytest.param("Schon am Samstag hatten 20.000 Menschen demonstriert. Auch in Berlin gehen Tausende auf die "
                 "Straße.", "de", date(2015, 1, 11), "", NONE, "Berlin",
                 (date(2015, 1, 5), date(2015, 1, 11), "approximate"), id="de-an-earlier-day-already-told"),
    # The day that names another event ('the June 3rd massacre') is not a gathering's; an
    # announcement's 'When:' line gives the day of the gathering it announces.
    pytest.param("Vigil in Paris to honour the victims of the June 3rd Sudan massacre\n\nWhen: Saturday June 29, "
                 "2019. 5 p.m.", "en", date(2019, 6, 28), "", NONE, "Paris", day("2019-06-29"),
                 id="another-events-day-and-a-when-line"),
    pytest.param("Protesters marched in Paris to honour the victims of the June 3rd massacre.", "en",
                 date(2019, 6, 28), "", NONE, "Paris", (date(2019, 6, 22), date(2019, 6, 28), "approximate"),
                 id="another-events-day-dates-no-rally"),
    pytest.param("The June 26 march in Paris drew thousands.", "en", date(2019, 6, 28), "", NONE, "Paris",
                 day("2019-06-26"), id="a-marchs-own-day"),
    pytest.param("Rassemblement à Lyon en hommage aux victimes du massacre du 3 juin.\n\nQuand : samedi 29 juin "
                 "2019, 17 h.", "fr", date(2019, 6, 28), "", NONE, "Lyon", day("2019-06-29"),
                 id="fr-another-events-day-and-a-when-line"),
    pytest.param("Mahnwache in Berlin für die Opfer vom Anschlag vom 3. Juni.\n\nWann: Samstag, 29. Juni 2019, "
                 "17 Uhr", "de", date(2019, 6, 28), "", NONE, "Berlin", day("2019-06-29"),
                 id="de-another-events-day-and-a-when-line"),
    # ... and so does its line of the time, the hour before the day
    pytest.param("The rally, which will be held in Trafalgar Square, London, will remember the victims.\n\nTime: "
                 "4-8pm, Sunday 18 May 2014", "en", None, "", NONE, "London", day("2014-05-18"),
                 id="an-undated-notice-s-time-line"),
    pytest.param("Die Kundgebung findet auf dem Marktplatz in Berlin statt.\n\nUhrzeit: 14 Uhr, Samstag, 18. Mai "
                 "2019", "de", None, "", NONE, "Berlin", day("2019-05-18"), id="de-an-undated-notice-s-time-line"),
    pytest.param("Le rassemblement aura lieu place de la République à Paris.\n\nHeure : 14h, samedi 18 mai 2019",
                 "fr", date(2019, 5, 10), "", NONE, "Paris", day("2019-05-18"), id="fr-a-notice-s-time-line"),
    pytest.param("El sábado ya se habían manifestado 20.000 personas. También en Madrid se concentran miles de "
                 "personas.", "es", date(2015, 1, 11), "", NONE, "Madrid",
                 (date(2015, 1, 5), date(2015, 1, 11), "approximate"), id="es-an-earlier-day-already-told"),
    pytest.param("Miles de personas se manifestaron el sábado en Barcelona, ya que el Gobierno no cede. También en "
                 "Madrid hubo protestas.", "es", date(2015, 1, 11), "", NONE, "Madrid", day("2015-01-10"),
                 id="es-since-is-no-look-back"),
    # A caption, known by the credit that follows it on its line, dates a picture, not the lead.
    pytest.param("Teilnehmer einer Demonstration im Juli in Hamburg. Foto: A. Name\n\nIn Berlin demonstrierten am "
                 "Samstag Tausende.", "de", None, "", NONE, "Berlin", (None, None, "unknown"),
                 id="de-a-caption-before-the-lead"),
    pytest.param("Uczestnicy demonstracji w lipcu w Krakowie. Fot. A. Nazwisko\n\nW Warszawie w sobotę protestowały tysiące "
                 "osób.", "pl", None, "", NONE, "Warsaw", (None, None, "unknown"),
                 id="pl-a-caption-before-the-lead"),
    pytest.param("BOLOGNA – È partita intorno alle 15.40 la manifestazione a Torino.", "it", date(2021, 12, 4), "",
                 NONE, "Turin", day("2021-12-04"), id="it-has-set-off-is-the-day-of-publication"),
    # A sentence that dates itself long before takes neither the lead's date nor the paragraph's.
    pytest.param("Thousands marched in Paris on Saturday. In March 2021, a march in Lyon drew crowds too.", "en",
                 date(2024, 3, 10), "", NONE, "Lyon", (None, None, "unknown"), id="an-earlier-year-takes-no-lead-date"),
    # A day long before every publication of the corpus is history, not the day of writing.
    pytest.param("Exiled activists protested in Oslo on Friday. The uprising began on 10 March 1959.", "en", None,
                 "", SPREAD, "Oslo", (None, None, "unknown"), id="history-is-no-reference"),
    # A dated sentence that opens the report dates the paragraph's rallies.
    pytest.param("Thousands flocked to the square on Saturday, Jan. 23, waving signs. The rally drew 3,000 in "
                 "Toronto.", "en", date(2010, 1, 25), "", NONE, "Toronto", day("2010-01-23"),
                 id="flocked-dates-the-paragraph"),
    # A crowd awaited announces: the weekday is the coming one; a crowd that had been awaited does not.
    pytest.param("Hundreds of people are expected to attend a march Saturday afternoon in London.", "en",
                 date(2020, 6, 19), "", NONE, "London", day("2020-06-20"), id="a-crowd-awaited"),
    pytest.param("Sabato a Roma sono attesi migliaia di manifestanti al corteo.", "it", date(2020, 6, 19), "", NONE,
                 "Rome", day("2020-06-20"), id="it-a-crowd-awaited"),
    pytest.param("Samedi, des milliers de manifestants sont attendus à Lyon.", "fr", date(2020, 6, 19), "", NONE,
                 "Lyon", day("2020-06-20"), id="fr-a-crowd-awaited"),
    pytest.param("Tusentals demonstranter förväntas samlas i Malmö den 12 juni.", "sv", date(2020, 6, 9), "", NONE,
                 "Malmö", day("2020-06-12"), id="sv-a-crowd-expected"),
    pytest.param("I Malmö förväntas tusentals demonstranter.", "sv", date(2020, 6, 9), "", NONE,
                 "Malmö", (None, None, "unknown"), id="sv-a-crowd-expected-no-day"),
    pytest.param("Organisers had expected 5,000 people, but only 300 rallied in London on Saturday.", "en",
                 date(2020, 6, 22), "", NONE, "London", day("2020-06-20"), id="a-crowd-that-had-been-awaited"),
    # The future tense by its endings announces: the weekday is the coming one.
    pytest.param("I manifestanti che sabato pomeriggio attraverseranno le strade di Roma partiranno alle 14.", "it",
                 date(2015, 2, 24), "", NONE, "Rome", day("2015-02-28"), id="it-a-future-ending-announces"),
    pytest.param("Los manifestantes recorrerán el sábado las calles de Madrid.", "es", date(2015, 2, 24), "", NONE,
                 "Madrid", day("2015-02-28"), id="es-a-future-ending-announces"),
    pytest.param("Les manifestants défileront samedi dans les rues de Paris.", "fr", date(2015, 2, 24), "", NONE,
                 "Paris", day("2015-02-28"), id="fr-a-future-ending-announces"),
    pytest.param("Miles de personas marcharon el sábado en Madrid en apoyo de Irán.", "es", date(2015, 2, 24), "",
                 NONE, "Madrid", day("2015-02-21"), id="es-a-country-is-no-future-ending"),
    # 'this Saturday' counts from the day of writing, not from the day a story told before it; a
    # bare weekday may count from that day ('On 8 March … on Friday').
    pytest.param("The last big march, on 12 March 2011, drew more people. This Saturday, thousands marched again in "
                 "Lisbon.", "en", None, "", NONE, "Lisbon", (None, None, "unknown"), id="this-weekday-is-the-writer-s"),
    pytest.param("A última grande manifestação, a 12 de março de 2011, juntou mais gente. Este sábado, milhares "
                 "desfilaram em Lisboa.", "pt", None, "", NONE, "Lisbon", (None, None, "unknown"),
                 id="pt-this-weekday-is-the-writer-s"),
    pytest.param("La dernière grande marche, le 12 mars 2011, avait réuni plus de monde. Ce samedi, des milliers de "
                 "personnes ont défilé à Lyon.", "fr", None, "", NONE, "Lyon", (None, None, "unknown"),
                 id="fr-this-weekday-is-the-writer-s"),
    pytest.param("Die letzte große Demo am 12. März 2011 zog mehr Menschen an. An diesem Samstag demonstrierten "
                 "Tausende in Berlin.", "de", None, "", NONE, "Berlin", (None, None, "unknown"),
                 id="de-this-weekday-is-the-writer-s"),
    pytest.param("On 8 March 2019, women struck across the country. On Friday, thousands rallied in Madrid.", "en",
                 None, "", NONE, "Madrid", day("2019-03-08"), id="a-bare-weekday-counts-from-the-story"),
    pytest.param("El sábado 12 de mayo hubo protestas en toda España. Este sábado, miles se concentraron en Madrid.",
                 "es", None, "2012-05", NONE, "Madrid", day("2012-05-12"), id="es-this-weekday-in-the-page-s-month"),
    # A paragraph that moves on to a day nothing places leaves its earlier date behind.
    pytest.param("The last big march, on 12 March, drew more people. This Saturday the protest spread to 80 "
                 "countries. In Lisbon, thousands marched; in Porto, 10,000.", "en", None, "", NONE, "Porto",
                 (None, None, "unknown"), id="a-paragraph-moves-on-to-a-day-nothing-places"),
    pytest.param("A última grande manifestação foi no dia 12 de março. O protesto espalhou-se este sábado por 80 "
                 "países. Em Lisboa, milhares desfilaram; no Porto, 10 mil.", "pt", None, "", NONE, "Lisbon",
                 (None, None, "unknown"), id="pt-a-paragraph-moves-on-to-a-day-nothing-places"),
    # A date in the name of a square or street is no day ('Platz des 18. März', 'Avenida 5 de Outubro').
    pytest.param("Am Samstag demonstrierten in Berlin Tausende am Platz des 18. März.", "de", None, "", NONE,
                 "Berlin", (None, None, "unknown"), id="de-a-square-named-for-a-day"),
    pytest.param("Milhares de pessoas desfilaram no sábado no Porto, na Avenida 5 de Outubro.", "pt", None, "", NONE,
                 "Porto", (None, None, "unknown"), id="pt-a-street-named-for-a-day"),
    pytest.param("Des milliers de personnes se sont rassemblées samedi à Lyon, place du 8 mai.", "fr", None, "",
                 NONE, "Lyon", (None, None, "unknown"), id="fr-a-square-named-for-a-day"),
    pytest.param("Miles de personas se concentraron en Madrid, en la Plaza 2 de Mayo.", "es", date(2019, 5, 20), "",
                 NONE, "Madrid", (date(2019, 5, 14), date(2019, 5, 20), "approximate"),
                 id="es-a-square-named-for-a-day"),
    pytest.param("Migliaia di persone in piazza 25 aprile a Milano.", "it", date(2019, 4, 26), "", NONE, "Milan",
                 day("2019-04-25"), id="it-a-day-on-a-square"),
    # In a page without its date, another event's day written again without its year is that
    # event's anniversary, not its day; the page's month, or a day the article only names, fixes it.
    pytest.param("The massacre took place on 4 June 1989.\n\nOn 4 June, thousands held a vigil in London.", "en",
                 None, "", NONE, "London", YEAR_UNKNOWN, id="another-event-s-day-again-is-its-anniversary"),
    pytest.param("Das Massaker vom 4. Juni 1989 ist unvergessen. Am 4. Juni versammelten sich Tausende in Berlin.",
                 "de", None, "", NONE, "Berlin", YEAR_UNKNOWN, id="de-another-event-s-day-again-is-its-anniversary"),
    pytest.param("La strage del 2 agosto 1980 è ancora senza verità. Il 2 agosto migliaia di persone hanno sfilato "
                 "a Milano.", "it", None, "", NONE, "Milan", YEAR_UNKNOWN,
                 id="it-another-event-s-day-again-is-its-anniversary"),
    pytest.param("Le massacre du 17 octobre 1961 reste dans les mémoires. Le 17 octobre, des centaines de personnes "
                 "se sont rassemblées à Paris.", "fr", None, "", NONE, "Paris", YEAR_UNKNOWN,
                 id="fr-another-event-s-day-again-is-its-anniversary"),
    pytest.param("Das Massaker vom 4. Juni 1989 ist unvergessen. Am 4. Juni versammelten sich Tausende in Berlin.",
                 "de", None, "2019-06", NONE, "Berlin", day("2019-06-04"), id="de-an-anniversary-in-the-page-s-month"),
    pytest.param("Il 25 aprile 2025 segna un anniversario. Il 25 aprile migliaia di persone hanno sfilato a Milano.",
                 "it", None, "", NONE, "Milan", day("2025-04-25"), id="it-a-day-named-twice-is-one-day"),
    # A sentence that tells no tense of its own is told in its paragraph's: a rally reported in the
    # past takes no day after publication that an announcement before it gave.
    pytest.param("The Friday strike comes ahead of tomorrow's planned march in Paris. More than 200 rallies were "
                 "held in Germany. In Berlin, 2,000 pupils paraded through the centre.", "en", date(2019, 3, 16), "",
                 NONE, "Berlin", (date(2019, 3, 10), date(2019, 3, 16), "approximate"),
                 id="a-paragraph-s-past-tense-takes-no-announced-day"),
    pytest.param("Der Streik vom Freitag geht dem geplanten morgigen Marsch in Paris voraus. In Deutschland gingen "
                 "mehr als 200.000 Menschen auf die Straße. In Berlin marschierten Tausende Schüler mit Plakaten durch "
                 "die Innenstadt.", "de", date(2019, 3, 16), "", NONE, "Berlin", day("2019-03-15"),
                 id="de-a-paragraph-s-past-tense-takes-no-announced-day"),
    pytest.param("La grève de vendredi précède la marche prévue demain à Paris. Plus de 200 rassemblements ont eu "
                 "lieu en Allemagne. À Berlin, des milliers d'élèves en cortège dans le centre.", "fr",
                 date(2019, 3, 16), "", NONE, "Berlin", (date(2019, 3, 10), date(2019, 3, 16), "approximate"),
                 id="fr-a-paragraph-s-past-tense-takes-no-announced-day"),
    pytest.param("Rallies are planned in 20 cities on Saturday. In Berlin, protesters meet at noon.", "en",
                 date(2019, 3, 14), "", NONE, "Berlin", day("2019-03-16"), id="a-paragraph-s-future-keeps-its-day"),
    # A rally sentence's other event's day ('the coup that started Feb. 1') is neither its day nor
    # the lead's; in an undated page, its weekday nothing places is its day.
    pytest.param("In Paris, where police killed a man on 12 March, hundreds rallied on Saturday.\n\nIn Lyon, crowds "
                 "marched too.", "en", date(2024, 3, 18), "", NONE, "Lyon", day("2024-03-16"),
                 id="another-event-s-day-is-not-the-lead-s"),
    pytest.param("Tausende versammelten sich am Mittwoch gegen den Militärputsch vom 1. Februar.\n\nIn Berlin "
                 "demonstrierten Tausende.", "de", None, "", NONE, "Berlin", (None, None, "unknown"),
                 id="de-an-unplaced-weekday-beside-another-event-s-day"),
    pytest.param("Miles de personas se concentraron el miércoles en Madrid contra el golpe del 1 de febrero.", "es",
                 None, "", NONE, "Madrid", (None, None, "unknown"), id="es-an-unplaced-weekday-beside-another-event-s-day"),
    pytest.param("Thousands of protesters gathered in London on Wednesday against the military coup that started "
                 "Feb. 1.", "en", None, "", NONE, "London", (None, None, "unknown"),
                 id="an-unplaced-weekday-beside-another-event-s-day"),
    # A day without its year takes the year the text gives it: 'of that year' after it, or a year
    # its sentence opens with; a sentence that names an earlier year leaves its year unknown.
    pytest.param("Ante la invasión de Irak en 2003, hubo protestas. Las protestas se realizaron el 15 de febrero de "
                 "ese año en Roma.", "es", None, "", NONE, "Rome", day("2003-02-15"), id="es-of-that-year"),
    pytest.param("The invasion began in 2003. On February 15 of that year, millions marched in London.", "en",
                 date(2009, 2, 20), "", NONE, "London", (None, None, "unknown"), id="of-that-year-is-history"),
    pytest.param("Im Jahr 2003 demonstrierten am 15. Februar Millionen in Berlin.", "de", None, "", NONE, "Berlin",
                 day("2003-02-15"), id="de-a-year-the-sentence-opens-with"),
    pytest.param("Nel 2003, il 15 febbraio, milioni di persone hanno manifestato a Roma.", "it", None, "", NONE,
                 "Rome", day("2003-02-15"), id="it-a-year-the-sentence-opens-with"),
    pytest.param("In 2003, on February 15, millions marched in London.", "en", date(2009, 2, 20), "", NONE, "London",
                 (None, None, "unknown"), id="a-year-the-sentence-opens-with-is-history"),
    pytest.param("On February 15, millions marched in London, as they had in 2003.", "en", date(2009, 2, 20), "",
                 NONE, "London", YEAR_UNKNOWN, id="a-sentence-names-an-earlier-year"),
    pytest.param("Le 15 février, des milliers de personnes ont défilé à Paris, comme en 2003.", "fr",
                 date(2009, 2, 20), "", NONE, "Paris", YEAR_UNKNOWN, id="fr-a-sentence-names-an-earlier-year"),
    pytest.param("On February 15, thousands marched in London, the biggest march since 2003.", "en",
                 date(2009, 2, 20), "", NONE, "London", day("2009-02-15"), id="a-year-a-bound-says-nothing"),
    pytest.param("Ante la invasión de Irak en 2003, hubo protestas. Las protestas se realizaron el 15 de febrero de "
                 "ese año en 800 ciudades. La mayor concentración se dio en Roma.", "es", date(2009, 2, 15), "", NONE,
                 "Rome", (None, None, "unknown"), id="es-a-paragraph-that-tells-of-history"),
    # A sentence whose dates and places alternate pairs them in that order, however near a place is
    # to the next date.
    pytest.param("Protesters marched on Monday outside the parliament building in London and on Tuesday in Paris.",
                 "en", date(2020, 6, 3), "", NONE, "London", day("2020-06-01"), id="dates-and-places-alternate"),
    pytest.param("De actiegroep heeft voor dinsdag een demonstratie in Amsterdam aangekondigd en woensdag in Rotterdam.",
                 "nl", date(2020, 6, 1), "", NONE, "Amsterdam", day("2020-06-02"), id="nl-dates-and-places-alternate"),
    pytest.param("Le collectif appelle à manifester mardi devant le palais de justice de Paris et mercredi à Lyon.",
                 "fr", date(2020, 6, 1), "", NONE, "Paris", day("2020-06-02"), id="fr-dates-and-places-alternate"),
    # ... places with no date between them counting as one: each list takes its own clause's day
    # (the day nearest it had been the other clause's: 'and in Paris' lay nearer 'on Saturday' than
    # its own 'on Sunday'), and a day nothing places dates its own list, no other (Lyon and Nice
    # took Marseille's 13 May)
    pytest.param("In Lyon and Nice people marched on Saturday, while Marseille took to the streets on Thursday, "
                 "May 13.", "en", date(2021, 5, 17), "", NONE, "Marseille", day("2021-05-13"),
                 id="lists-and-dates-alternate"),
    pytest.param("Thousands marched in London on Saturday and in Paris, Lyon and Nice on Sunday.", "en",
                 date(2021, 5, 17), "", NONE, "Paris", day("2021-05-16"), id="a-date-then-a-list-alternate"),
    pytest.param("On Saturday, marches were held in London and Paris, and on Sunday in Berlin.", "en",
                 date(2021, 5, 17), "", NONE, "Paris", day("2021-05-15"), id="dates-first-then-lists-alternate"),
    pytest.param("In Lyon and Nice people marched on Saturday, while Marseille took to the streets on Thursday, "
                 "May 13.", "en", None, "", NONE, "Nice", (None, None, "unknown"),
                 id="a-day-nothing-places-dates-its-own-list"),
    # ... and leaves the paragraph's next rallies no one day of its own (the motorcade in the first
    # list's town took the other clause's 13 May)
    pytest.param("In Lyon and Nice people marched on Saturday, while Marseille took to the streets on Thursday, "
                 "May 13.\nDozens of cars took part in a demonstration in Perth.", "en", date(2021, 5, 17), "",
                 NONE, "Perth", (None, None, "unknown"), id="a-split-sentence-dates-no-paragraph"),
    # A place whose own sentence names a weekday nothing places takes no other mention's day on
    # another weekday (an undated page: the paragraph's 'Thursday, May 13', another town's, had
    # dated the town's later mention)
    pytest.param("Rallies were held across France. In Lyon and Nice people had motorcades on Saturday, while in "
                 "Toulouse rallies were held. Marseille took to the streets on Thursday, May 13, a newspaper "
                 "reported.\nThe demonstration in Lyon drew hundreds of cars.", "en", None, "", NONE, "Lyon",
                 (None, None, "unknown"), id="a-weekday-nothing-places-against-another-day"),
    # ... and keeps one on its weekday
    pytest.param("Rallies were held across France. In Lyon and Nice people had motorcades on Saturday, while in "
                 "Toulouse rallies were held. Marseille took to the streets on Saturday, May 15, a newspaper "
                 "reported.\nThe demonstration in Lyon drew hundreds of cars.", "en", None, "", NONE, "Lyon",
                 YEAR_UNKNOWN, id="a-weekday-nothing-places-and-a-day-on-it"),
    pytest.param("In Lyon und Nizza demonstrierten am Samstag Tausende, in Marseille am Donnerstag, dem 13. Mai.", "de",
                 date(2021, 5, 17), "", NONE, "Lyon", day("2021-05-15"), id="de-lists-and-dates-alternate"),
    # The imperfect reports a gathering seen under way: a past one, whatever its sentence announces.
    pytest.param("Environ 500 personnes défilaient samedi midi à Marseille, alors que 80 marches sont prévues.", "fr",
                 date(2018, 10, 15), "", NONE, "Marseille", day("2018-10-13"), id="fr-the-imperfect-is-past"),
    pytest.param("Centinaia di persone sfilavano sabato a Milano, mentre altri cortei sono previsti.", "it",
                 date(2018, 10, 15), "", NONE, "Milan", day("2018-10-13"), id="it-the-imperfect-is-past"),
    # A weekday before a day and month in parentheses is theirs; without a publication date, one that
    # no year near the article's latest date puts the day on leaves the year unknown.
    pytest.param("Quinta-feira, 19 de junho de 2025\nMenu\n\nBrasileiros protestaram neste sábado (02/10) em Lisboa.",
                 "pt", None, "", NONE, "Lisbon", YEAR_UNKNOWN, id="pt-a-weekday-no-year-near-a-banner-has"),
    pytest.param("Am Samstag (7.3.) demonstrierten Tausende in Berlin.", "de", date(2020, 3, 10), "", NONE, "Berlin",
                 day("2020-03-07"), id="de-a-weekday-and-a-day-in-parentheses"),
    # The day of a figure set against the rally's is another gathering's: the rally keeps its own.
    pytest.param("Les manifestations de samedi ont moins mobilisé. 18 000 personnes à Paris, contre 90 000 le 22 "
                 "mars.", "fr", date(2003, 3, 31), "", NONE, "Paris", day("2003-03-29"), id="fr-against-a-figure-s-day"),
    pytest.param("The marches on Saturday drew fewer. 18,000 people marched in London, compared with 90,000 people "
                 "on March 22.", "en", date(2003, 3, 31), "", NONE, "London", day("2003-03-29"),
                 id="compared-with-a-figure-s-day"),
    pytest.param("Die Demonstrationen am Samstag waren kleiner. In Berlin demonstrierten 18.000 Menschen, gegenüber 90.000 am 22. März.",
                 "de", date(2003, 3, 31), "", NONE, "Berlin", day("2003-03-29"), id="de-against-a-figure-s-day"),
    pytest.param("Sabato i cortei erano meno affollati. A Roma hanno sfilato 18 mila persone, rispetto ai 90 mila "
                 "del 22 marzo.", "it", date(2003, 3, 31), "", NONE, "Rome", day("2003-03-29"),
                 id="it-against-a-figure-s-day"),
    pytest.param("Las manifestaciones del sábado fueron menores. En Madrid se manifestaron 18.000 personas, frente "
                 "a 90.000 el 22 de marzo.", "es", date(2003, 3, 31), "", NONE, "Madrid", day("2003-03-29"),
                 id="es-against-a-figure-s-day"),
    # A day announced in another clause than a rally told in the past is the other gathering's; a
    # day of a clause that announces is one to come.
    pytest.param("Vigils were held on Sunday night. More than 100 people participated in a vigil in London, with "
                 "another planned for Thursday.", "en", date(2016, 6, 13), "", NONE, "London", day("2016-06-12"),
                 id="another-gathering-s-announced-day"),
    pytest.param("Am Sonntagabend gab es Mahnwachen. An einer Mahnwache in Berlin nahmen mehr als 100 Menschen teil, "
                 "eine weitere ist für Donnerstag geplant.", "de", date(2016, 6, 13), "", NONE, "Berlin",
                 day("2016-06-12"), id="de-another-gathering-s-announced-day"),
    pytest.param("Dimanche soir, des veillées ont eu lieu. Plus de 100 personnes ont participé à une veillée à Paris, "
                 "et une autre est prévue jeudi.", "fr", date(2016, 6, 13), "", NONE, "Paris", day("2016-06-12"),
                 id="fr-another-gathering-s-announced-day"),
    pytest.param("Thousands marched on Saturday, and another march is planned for Sunday in Paris.", "en",
                 date(2016, 6, 13), "", NONE, "Paris", day("2016-06-19"), id="a-clause-that-announces-its-day"),
    pytest.param("Residents are invited to attend a candlelight vigil Sunday night in London.", "en",
                 date(2019, 8, 10), "", NONE, "London", day("2019-08-11"), id="invited-to-attend-announces"),
    pytest.param("A Milano in centinaia si sono dati appuntamento nel tardo pomeriggio di giovedì per protestare.",
                 "it", date(2025, 8, 22), "", NONE, "Milan", day("2025-08-21"), id="it-met-on-thursday-is-past"),
    # Protests that broke out, or a weekday told back ('last Wednesday', 'i onsdags'), are past, though
    # a word of another gathering ('fresh', 'nouvelles') stands before them: not the Wednesday to come.
    pytest.param("Fresh protests erupted on Wednesday in Paris.", "en", date(2020, 10, 9), "", NONE, "Paris", day("2020-10-07"),
                 id="fresh-protests-erupted-are-past"),
    pytest.param("New protests broke out on Wednesday in London.", "en", date(2020, 10, 9), "", NONE, "London", day("2020-10-07"),
                 id="new-protests-broke-out-are-past"),
    pytest.param("Fresh protests in Paris last Wednesday.", "en", date(2020, 10, 9), "", NONE, "Paris", day("2020-10-07"),
                 id="last-wednesday-of-fresh-protests-is-past"),
    pytest.param("De nouvelles manifestations ont éclaté mercredi à Lyon.", "fr", date(2020, 10, 9), "", NONE, "Lyon", day("2020-10-07"),
                 id="fr-ont-eclate-is-past"),
    pytest.param("Nuevas protestas estallaron el miércoles en Madrid.", "es", date(2020, 10, 9), "", NONE, "Madrid", day("2020-10-07"),
                 id="es-estallaron-is-past"),
    pytest.param("Nuove proteste sono scoppiate mercoledì a Roma.", "it", date(2020, 10, 9), "", NONE, "Rome", day("2020-10-07"),
                 id="it-sono-scoppiate-is-past"),
    pytest.param("Novos protestos eclodiram na quarta-feira em Lisboa.", "pt", date(2020, 10, 9), "", NONE, "Lisbon", day("2020-10-07"),
                 id="pt-eclodiram-is-past"),
    pytest.param("Nya protester i Stockholm i onsdags.", "sv", date(2020, 10, 9), "", NONE, "Stockholm", day("2020-10-07"),
                 id="sv-i-onsdags-is-last-wednesday"),
    pytest.param("Nye protester brøt ut i Oslo onsdag.", "no", date(2020, 10, 9), "", NONE, "Oslo", day("2020-10-07"),
                 id="no-brot-ut-is-past"),
    pytest.param("Nye protester brød ud i København onsdag.", "da", date(2020, 10, 9), "", NONE, "Copenhagen", day("2020-10-07"),
                 id="da-brod-ud-is-past"),
    # A place a headline names and the article then announces a rally in: not the week before.
    pytest.param("Police on alert for protests in London.\n\nIn London, thousands will march on the embassy.", "en",
                 date(2026, 1, 30), "", NONE, "London", (None, None, "unknown"),
                 id="a-headline-place-the-article-announces"),
    pytest.param("Allerta cortei, massima attenzione a Torino.\n\nA Torino sono attese diecimila persone che si "
                 "riuniranno in piazza.", "it", date(2026, 1, 30), "", NONE, "Turin", (None, None, "unknown"),
                 id="it-a-headline-place-the-article-announces"),
    # In an undated page, a day-month well after a weekday nothing places is another time's; the
    # same day named twice, or a dateline's, is the rally's, its year unknown.
    pytest.param("Demonstrations took place across the world on Saturday to mark the 100th day of the war, which "
                 "began with the attacks carried out by the group on October 7 of last year. In London, 500,000 "
                 "people marched.", "en", None, "", NONE, "London", (None, None, "unknown"),
                 id="a-day-month-well-after-an-unplaced-weekday"),
    pytest.param("W sobotę, tj. dnia 8 marca br. przed ambasadą w Krakowie odbyła się pikieta.", "pl", None, "", NONE,
                 "Kraków", YEAR_UNKNOWN, id="pl-a-weekday-and-its-day-month"),
    pytest.param("Barcelona, 10 mar (EFE).- Unas 300 personas se han manifestado esta noche en Barcelona.", "es",
                 None, "", NONE, "Barcelona", YEAR_UNKNOWN, id="es-a-dateline-s-day-month-before-tonight"),
    # 'There will be' in its impersonal forms announces, as a verb's future does: the coming Saturday
    pytest.param("Haverá concentrações em seis cidades no sábado, incluindo Lisboa.", "pt", date(2018, 6, 28), "",
                 NONE, "Lisbon", day("2018-06-30"), id="pt-havera-announces"),
    pytest.param("Il y aura des rassemblements samedi dans six villes, dont Paris.", "fr", date(2018, 6, 28), "",
                 NONE, "Paris", day("2018-06-30"), id="fr-il-y-aura-announces"),
    pytest.param("Habrá concentraciones en seis ciudades el sábado, incluida Madrid.", "es", date(2018, 6, 28), "",
                 NONE, "Madrid", day("2018-06-30"), id="es-habra-announces"),
    pytest.param("Det blir demonstrasjoner i seks byer lørdag, blant annet i Oslo.", "no", date(2018, 6, 28), "",
                 NONE, "Oslo", day("2018-06-30"), id="no-det-blir-announces"),
    pytest.param("Der bliver demonstrationer i seks byer lørdag, blandt andet i København.", "da", date(2018, 6, 28),
                 "", NONE, "Copenhagen", day("2018-06-30"), id="da-der-bliver-announces"),
    pytest.param("The council is preparing for thousands of people to take part in Saturday's march in London.",
                 "en", date(2003, 2, 14), "", NONE, "London", day("2003-02-15"), id="preparing-for-saturday-s-march"),
    # A day a sentence prepares for is to come: no past rally of the paragraph takes it
    pytest.param("Hier, des milliers ont manifesté à Lyon. Tous veulent le retrait de la loi, en préparation de la "
                 "grande manifestation nationale du 7 mars. 1.700 personnes ont manifesté à Paris.", "fr",
                 date(2006, 2, 15), "", NONE, "Paris", day("2006-02-14"), id="fr-in-preparation-for-a-day"),
    # ... and a march that sets off on a weekday is told in the present, which is either side
    pytest.param("De mars vertrekt zaterdag vanaf het Museumplein in Amsterdam.", "nl", date(2018, 6, 28), "", NONE,
                 "Amsterdam", (date(2018, 6, 23), date(2018, 6, 30), "approximate"), id="nl-a-march-sets-off"),
    # ... as a gathering's infinitive after 'going to' and its future are gatherings to come
    pytest.param("Los sindicatos van a marchar el sábado en Madrid.", "es", date(2018, 6, 28), "", NONE, "Madrid",
                 day("2018-06-30"), id="es-van-a-marchar"),
    pytest.param("Os sindicatos vão marchar no sábado em Lisboa.", "pt", date(2018, 6, 28), "", NONE, "Lisbon",
                 day("2018-06-30"), id="pt-vao-marchar"),
    pytest.param("Związkowcy będą demonstrować w sobotę w Warszawie.", "pl", date(2018, 6, 28), "", NONE, "Warsaw",
                 day("2018-06-30"), id="pl-beda-demonstrowac"),
    pytest.param("Vigils will be held in six cities on Saturday, among them London and Leeds.", "en",
                 date(2018, 6, 28), "", NONE, "London", day("2018-06-30"), id="a-list-after-among-them"),
    # A range that spans years is a period (or a page's archive of itself), its bounds no day of writing
    pytest.param("Protesters march in London\n\n13 Apr 2009 - 02 Feb 2021\n\nThousands of protesters marched in "
                 "London on Saturday.", "en", None, "", NONE, "London", (None, None, "unknown"),
                 id="a-range-of-years-is-no-day-of-writing"),
    pytest.param("Vom 3. Januar 2003 bis zum 12. April 2005 stand das Lager. Tausende demonstrierten am Samstag in "
                 "Berlin.", "de", None, "", NONE, "Berlin", (None, None, "unknown"),
                 id="de-a-range-of-years-is-no-day-of-writing"),
    # ... and every rally after it is still read (the count of its day had ended the article's reading)
    pytest.param("MADRID, 12 mar (AGENCIA) -\nMiles de personas se han manifestado hoy en Madrid.\nEn Barcelona, "
                 "miles de personas se manifestaron esta tarde.", "es", None, "", NONE, "Barcelona", YEAR_UNKNOWN,
                 id="es-rallies-after-a-dateline-s-day-counted"),
    # Days of one month joined into a range: the range, its opening word no bound.
    pytest.param("Protests were held in London on 12-14 February.", "en", date(2020, 2, 20), "", NONE, "London",
                 (date(2020, 2, 12), date(2020, 2, 14), "range"), id="a-range-of-days"),
    pytest.param("Protests were held in London from February 12 to 14.", "en", date(2020, 2, 20), "", NONE,
                 "London", (date(2020, 2, 12), date(2020, 2, 14), "range"), id="a-range-of-days-month-first"),
    pytest.param("Vom 12. bis zum 14. Februar wurde in Berlin demonstriert.", "de", date(2020, 2, 20), "", NONE,
                 "Berlin", (date(2020, 2, 12), date(2020, 2, 14), "range"), id="de-a-range-of-days"),
    pytest.param("Du 12 au 14 février, des milliers ont manifesté à Paris.", "fr", date(2020, 2, 20), "", NONE,
                 "Paris", (date(2020, 2, 12), date(2020, 2, 14), "range"), id="fr-a-range-of-days"),
    pytest.param("Dal 12 al 14 febbraio migliaia hanno manifestato a Roma.", "it", date(2020, 2, 20), "", NONE,
                 "Rome", (date(2020, 2, 12), date(2020, 2, 14), "range"), id="it-a-range-of-days"),
    pytest.param("Van 12 tot 14 februari demonstreerden duizenden in Amsterdam.", "nl", date(2020, 2, 20), "", NONE,
                 "Amsterdam", (date(2020, 2, 12), date(2020, 2, 14), "range"), id="nl-a-range-of-days"),
    pytest.param("Od 12 do 14 lutego tysiące protestowały w Warszawie.", "pl", date(2020, 2, 20), "", NONE,
                 "Warsaw", (date(2020, 2, 12), date(2020, 2, 14), "range"), id="pl-a-range-of-days"),
    pytest.param("Entre el 12 y el 14 de febrero miles se manifestaron en Madrid.", "es", date(2020, 2, 20), "",
                 NONE, "Madrid", (date(2020, 2, 12), date(2020, 2, 14), "range"), id="es-a-range-of-days-with-articles"),
    pytest.param("Tra il 12 e il 14 febbraio migliaia hanno manifestato a Roma.", "it", date(2020, 2, 20), "", NONE,
                 "Rome", (date(2020, 2, 12), date(2020, 2, 14), "range"), id="it-a-range-of-days-with-articles"),
    pytest.param("Millions marched in London on 15 and 16 February.", "en", date(2003, 2, 20), "", NONE, "London",
                 (date(2003, 2, 15), date(2003, 2, 16), "weekend"), id="a-saturday-and-sunday-are-a-weekend"),
    # A weekday and its day after the day's article, the month left out: that day on that weekday.
    pytest.param("Thousands marched in London on Saturday, the 9th, against the law.", "en", date(2024, 3, 18), "",
                 NONE, "London", day("2024-03-09"), id="a-weekday-the-day"),
    pytest.param("Thousands will march in London on Saturday the 16th.", "en", date(2024, 3, 12), "", NONE,
                 "London", day("2024-03-16"), id="a-weekday-the-day-announced"),
    pytest.param("Tausende demonstrierten am Samstag, den 9., in Berlin.", "de", date(2024, 3, 18), "", NONE,
                 "Berlin", day("2024-03-09"), id="de-a-weekday-the-day"),
    pytest.param("Tusentals demonstrerade i Stockholm lördagen den 9:e.", "sv", date(2024, 3, 18), "", NONE,
                 "Stockholm", day("2024-03-09"), id="sv-a-weekday-the-day"),
    pytest.param("On Saturday 15 people marched in London.", "en", date(2024, 3, 18), "", NONE, "London",
                 day("2024-03-16"), id="a-weekday-and-a-count-is-no-day"),
    # The day before yesterday, not yesterday ('avant-hier', 'l'altro ieri' hold 'hier', 'ieri').
    pytest.param("Des milliers de personnes ont manifesté avant-hier à Paris.", "fr", date(2024, 3, 18), "", NONE,
                 "Paris", day("2024-03-16"), id="fr-the-day-before-yesterday"),
    pytest.param("Migliaia di persone hanno manifestato l'altro ieri a Roma.", "it", date(2024, 3, 18), "", NONE,
                 "Rome", day("2024-03-16"), id="it-the-day-before-yesterday"),
    pytest.param("Thousands marched in London the day before yesterday.", "en", date(2024, 3, 18), "", NONE,
                 "London", day("2024-03-16"), id="the-day-before-yesterday"),
    pytest.param("Tausende demonstrierten vorgestern in Berlin.", "de", date(2024, 3, 18), "", NONE, "Berlin",
                 day("2024-03-16"), id="de-the-day-before-yesterday"),
    pytest.param("Miles de personas se manifestaron anteayer en Madrid.", "es", date(2024, 3, 18), "", NONE,
                 "Madrid", day("2024-03-16"), id="es-the-day-before-yesterday"),
    pytest.param("Tysiące osób protestowało przedwczoraj w Warszawie.", "pl", date(2024, 3, 18), "", NONE, "Warsaw",
                 day("2024-03-16"), id="pl-the-day-before-yesterday"),
    pytest.param("Tusentals demonstrerade i förrgår i Stockholm.", "sv", date(2024, 3, 18), "", NONE, "Stockholm",
                 day("2024-03-16"), id="sv-the-day-before-yesterday"),
    # ... and the day after tomorrow, not tomorrow ('après-demain', 'pasado mañana')
    pytest.param("Des milliers de personnes manifesteront après-demain à Paris.", "fr", date(2024, 3, 14), "", NONE,
                 "Paris", day("2024-03-16"), id="fr-the-day-after-tomorrow"),
    pytest.param("Miles de personas se manifestarán pasado mañana en Madrid.", "es", date(2024, 3, 14), "", NONE,
                 "Madrid", day("2024-03-16"), id="es-the-day-after-tomorrow"),
    pytest.param("Thousands will march in London the day after tomorrow.", "en", date(2024, 3, 14), "", NONE,
                 "London", day("2024-03-16"), id="the-day-after-tomorrow"),
    pytest.param("Tausende werden übermorgen in Berlin demonstrieren.", "de", date(2024, 3, 14), "", NONE, "Berlin",
                 day("2024-03-16"), id="de-the-day-after-tomorrow"),
    # ... each day perhaps with its weekday, or its ordinal ending
    pytest.param("Thousands marched in London on Saturday 9 and Sunday 10 March.", "en", date(2024, 3, 18), "",
                 NONE, "London", (date(2024, 3, 9), date(2024, 3, 10), "weekend"), id="two-days-each-with-its-weekday"),
    pytest.param("Thousands marched in London on the 9th and 10th of March.", "en", date(2024, 3, 18), "", NONE,
                 "London", (date(2024, 3, 9), date(2024, 3, 10), "weekend"), id="two-ordinal-days"),
    pytest.param("Tausende demonstrierten am Samstag, 9., und Sonntag, 10. März, in Berlin.", "de",
                 date(2024, 3, 18), "", NONE, "Berlin", (date(2024, 3, 9), date(2024, 3, 10), "weekend"),
                 id="de-two-days-each-with-its-weekday"),
    pytest.param("Miles de personas marcharon en Madrid el sábado 9 y el domingo 10 de marzo.", "es",
                 date(2024, 3, 18), "", NONE, "Madrid", (date(2024, 3, 9), date(2024, 3, 10), "weekend"),
                 id="es-two-days-each-with-its-weekday"),
    pytest.param("Duizenden mensen demonstreerden op zaterdag 9 en zondag 10 maart in Amsterdam.", "nl",
                 date(2024, 3, 18), "", NONE, "Amsterdam", (date(2024, 3, 9), date(2024, 3, 10), "weekend"),
                 id="nl-two-days-each-with-its-weekday"),
    pytest.param("Tysiące osób protestowało w Warszawie w sobotę 9 i niedzielę 10 marca.", "pl", date(2024, 3, 18), "",
                 NONE, "Warsaw", (date(2024, 3, 9), date(2024, 3, 10), "weekend"), id="pl-two-days-each-with-its-weekday"),
    pytest.param("Des milliers de personnes ont manifesté à Paris samedi 9 et dimanche 10 mars.", "fr",
                 date(2024, 3, 18), "", NONE, "Paris", (date(2024, 3, 9), date(2024, 3, 10), "weekend"),
                 id="fr-two-days-each-with-its-weekday"),
    # ... not a figure after a day
    pytest.param("Em Lisboa marcharam cerca de 30 a 15 de fevereiro.", "pt", date(2020, 2, 20), "", NONE, "Lisbon",
                 day("2020-02-15"), id="pt-a-count-then-a-day-is-no-range"),
    pytest.param("On February 12 - 2,000 people marched in London.", "en", date(2020, 2, 20), "", NONE, "London",
                 day("2020-02-12"), id="a-day-then-a-figure-is-no-range"),
    # A day after a word that compares, with only gathering nouns and function words between, is
    # the other gathering's ('more than at the march of 15 September'): not the rally's.
    pytest.param("More people marched in London than at the march of 15 September.", "en", date(2013, 3, 4), "",
                 NONE, "London", (date(2013, 2, 26), date(2013, 3, 4), "approximate"), id="than-at-the-march-of-a-day"),
    pytest.param("Mais de um milhão saiu às ruas em Lisboa, mais do que na manifestação de 15 de setembro.", "pt",
                 date(2013, 3, 4), "", NONE, "Lisbon", (date(2013, 2, 26), date(2013, 3, 4), "approximate"), id="pt-more-than-at-the-march-of-a-day"),
    # ... and so is the day a figure is likened to ('soit le chiffre du 28 mars', 'the same as on')
    pytest.param("À Paris, 250.000 manifestants ont défilé, soit le chiffre du 15 septembre.", "fr", date(2013, 3, 4),
                 "", NONE, "Paris", (date(2013, 2, 26), date(2013, 3, 4), "approximate"), id="fr-the-figure-of-a-day"),
    pytest.param("In London, 20,000 people marched, the same as on 15 September.", "en", date(2013, 3, 4), "", NONE,
                 "London", (date(2013, 2, 26), date(2013, 3, 4), "approximate"), id="the-same-as-on-a-day"),
    pytest.param("Ils étaient plus nombreux à Paris qu'à la manifestation du 15 septembre.", "fr",
                 date(2013, 3, 4), "", NONE, "Paris", (date(2013, 2, 26), date(2013, 3, 4), "approximate"), id="fr-than-at-the-march-of-a-day"),
    pytest.param("In Berlin gingen mehr Menschen auf die Straße als bei der Demonstration am 15. September.", "de",
                 date(2013, 3, 4), "", NONE, "Berlin", (date(2013, 2, 26), date(2013, 3, 4), "approximate"), id="de-than-at-the-march-of-a-day"),
    pytest.param("W Warszawie protestowało więcej osób niż na manifestacji 15 września.", "pl",
                 date(2013, 3, 4), "", NONE, "Warsaw", (date(2013, 2, 26), date(2013, 3, 4), "approximate"), id="pl-than-at-the-march-of-a-day"),
    pytest.param("Flere demonstrerede i Copenhagen end ved demonstrationen den 15. september.", "da",
                 date(2013, 3, 4), "", NONE, "Copenhagen", (date(2013, 2, 26), date(2013, 3, 4), "approximate"), id="da-than-at-the-march-of-a-day"),
    # ... or with words that say the other gathering's figure was counted ('higher than that recorded
    # in April', 'superior ao registrado em abril'; lexicon tallied), the day told in another sentence
    pytest.param("Protests were held on Sunday. In London, 35,000 people marched, a figure higher than that "
                 "recorded in April.", "en", date(2013, 3, 4), "", NONE, "London", day("2013-03-03"),
                 id="higher-than-that-recorded-in-a-month"),
    pytest.param("Protests were held on Sunday. In London, 35,000 people marched, more than were counted in April.",
                 "en", date(2013, 3, 4), "", NONE, "London", day("2013-03-03"), id="more-than-were-counted-in-a-month"),
    pytest.param("Neste domingo houve protestos. Em Lisboa, 35 mil pessoas marcharam, número superior ao registrado "
                 "em abril.", "pt", date(2013, 3, 4), "", NONE, "Lisbon", day("2013-03-03"),
                 id="pt-higher-than-that-recorded-in-a-month"),
    pytest.param("Neste domingo houve protestos. Em Lisboa, 35 mil pessoas marcharam, abaixo da marcha registrada "
                 "em 15 de fevereiro.", "pt", date(2013, 3, 4), "", NONE, "Lisbon", day("2013-03-03"),
                 id="pt-below-the-march-recorded-on-a-day"),
    pytest.param("Este domingo hubo protestas. En Madrid, 35.000 personas marcharon, una cifra superior a la "
                 "registrada en abril.", "es", date(2013, 3, 4), "", NONE, "Madrid", day("2013-03-03"),
                 id="es-higher-than-that-recorded-in-a-month"),
    pytest.param("Dimanche, des manifestations ont eu lieu. À Paris, 35 000 personnes ont défilé, un chiffre "
                 "supérieur à celui enregistré en avril.", "fr", date(2013, 3, 4), "", NONE, "Paris",
                 day("2013-03-03"), id="fr-higher-than-that-recorded-in-a-month"),
    pytest.param("Domenica ci sono state manifestazioni. A Roma 35 mila persone hanno sfilato, un numero superiore a "
                 "quello registrato ad aprile.", "it", date(2013, 3, 4), "", NONE, "Rome", day("2013-03-03"),
                 id="it-higher-than-that-recorded-in-a-month"),
    # ... but after a figure the word counts the rally's crowd, and the day is the rally's.
    pytest.param("More than 10,000 people marched in London on 15 February.", "en", date(2013, 3, 4), "", NONE,
                 "London", day("2013-02-15"), id="more-than-a-figure-on-a-day"),
    pytest.param("Em Lisboa marcharam mais do que 10 mil pessoas a 15 de fevereiro.", "pt", date(2013, 3, 4), "",
                 NONE, "Lisbon", day("2013-02-15"), id="pt-more-than-a-figure-on-a-day"),
    pytest.param("Protesters marched in London against 2 new laws on Saturday.", "en", date(2003, 3, 31), "", NONE,
                 "London", day("2003-03-29"), id="against-a-number-of-things-is-no-figure"),
    # 'la mañana', 'am Morgen' is the morning, not tomorrow's ('mañana', 'morgen'): it announces nothing
    pytest.param("El sábado por la mañana, miles de personas recorrieron las calles de Madrid.", "es",
                 date(2003, 3, 16), "", NONE, "Madrid", day("2003-03-15"), id="es-the-morning-is-not-tomorrow"),
    pytest.param("Ayer por la mañana, miles de personas recorrieron las calles de Madrid.", "es", date(2003, 3, 16),
                 "", NONE, "Madrid", day("2003-03-15"), id="es-yesterday-morning"),
    pytest.param("Am Samstag versammelten sich am Morgen Tausende in Berlin.", "de", date(2003, 3, 16), "", NONE,
                 "Berlin", day("2003-03-15"), id="de-the-morning-is-not-tomorrow"),
    # 'overnight' is last night, unless it names a kind of gathering ('an overnight vigil')
    pytest.param("Thousands marched through London overnight.", "en", date(2009, 4, 12), "", NONE, "London",
                 day("2009-04-11"), id="marched-overnight"),
    pytest.param("Protesters held an overnight vigil in London.", "en", date(2009, 4, 13), "", NONE, "London",
                 (date(2009, 4, 7), date(2009, 4, 13), "approximate"), id="an-overnight-vigil-is-no-day"),
    # ... nor does a noun ('against the will of'), or 'near to' ('próxima al', 'próxima à')
    pytest.param("On Saturday, thousands came out in London, against the will of the authorities.", "en",
                 date(2024, 3, 18), "", NONE, "London", day("2024-03-16"), id="the-will-of-is-no-future"),
    pytest.param("El sábado miles de personas llenaron la plaza próxima al Congreso en Madrid para protestar.", "es",
                 date(2024, 3, 18), "", NONE, "Madrid", day("2024-03-16"), id="es-near-to-is-not-next"),
    pytest.param("No sábado, milhares de manifestantes na praça próxima à Assembleia, em Lisboa.", "pt",
                 date(2024, 3, 18), "", NONE, "Lisbon", day("2024-03-16"), id="pt-near-to-is-not-next"),
    # ... nor a wish ('zij willen dat'), what something is about ('het gaat om'), what they call
    # something ('ce qu'ils appellent'), a name ('Planned Parenthood', 'Vera' is no verb in '-era')
    pytest.param("Zaterdag hebben duizenden mensen in Amsterdam betoogd; zij willen dat de wet verdwijnt.", "nl",
                 date(2024, 3, 18), "", NONE, "Amsterdam", day("2024-03-16"), id="nl-a-wish-is-no-future"),
    pytest.param("Zaterdag duizenden mensen op de Dam in Amsterdam, het gaat om een protest tegen de wet.", "nl",
                 date(2024, 3, 18), "", NONE, "Amsterdam", day("2024-03-16"), id="nl-what-it-is-about-is-no-future"),
    pytest.param("Samedi, des milliers de personnes à Paris contre ce qu'ils appellent une loi injuste.", "fr",
                 date(2024, 3, 18), "", NONE, "Paris", day("2024-03-16"), id="fr-what-they-call-is-no-call"),
    pytest.param("Samedi, des milliers de manifestants à Paris, dont Vera, une retraitée.", "fr", date(2024, 3, 18),
                 "", NONE, "Paris", day("2024-03-16"), id="fr-a-name-is-no-verb-ending"),
    pytest.param("Hundreds rally outside Planned Parenthood in Paris on Saturday.", "en", date(2024, 3, 18), "",
                 NONE, "Paris", day("2024-03-16"), id="a-name-is-no-plan"),
    pytest.param("El sábado, la marcha de miles de personas va a la Puerta del Sol en Madrid.", "es",
                 date(2024, 3, 18), "", NONE, "Madrid", day("2024-03-16"), id="es-a-route-is-no-future"),
    pytest.param("No sábado, a marcha de milhares de pessoas vai da Praça do Comércio até ao Rossio em Lisboa.", "pt",
                 date(2024, 3, 18), "", NONE, "Lisbon", day("2024-03-16"), id="pt-a-route-is-no-future"),
    pytest.param("Samedi, le cortège de milliers de personnes, qui va de la Bastille à la Nation, à Paris.", "fr",
                 date(2024, 3, 18), "", NONE, "Paris", day("2024-03-16"), id="fr-a-route-is-no-future"),
    pytest.param("El sábado miles de personas van a marchar en Madrid.", "es", date(2024, 3, 14), "", NONE,
                 "Madrid", day("2024-03-16"), id="es-going-to-march"),
    pytest.param("On Saturday, thousands of protesters in London, who say the police are to blame.", "en",
                 date(2024, 3, 18), "", NONE, "London", day("2024-03-16"), id="to-blame-is-no-future"),
    # 'than planned', 'que prévu', 'als angemeldet', 'más de lo previsto': a crowd set against what
    # was expected looks back; it announces nothing
    pytest.param("On Saturday the march in London drew more people than planned.", "en", date(2024, 3, 18), "",
                 NONE, "London", day("2024-03-16"), id="than-planned-is-no-future"),
    pytest.param("Samedi à Paris, des milliers de manifestants, plus nombreux que prévu.", "fr", date(2024, 3, 18),
                 "", NONE, "Paris", day("2024-03-16"), id="fr-than-expected-is-no-future"),
    pytest.param("Am Samstag in Berlin: deutlich mehr Demonstranten als angemeldet.", "de", date(2024, 3, 18), "",
                 NONE, "Berlin", day("2024-03-16"), id="de-than-registered-is-no-future"),
    pytest.param("El sábado en Madrid, miles de manifestantes, más de lo previsto.", "es", date(2024, 3, 18), "",
                 NONE, "Madrid", day("2024-03-16"), id="es-than-expected-is-no-future"),
    pytest.param("Sabato a Roma migliaia di manifestanti, più del previsto.", "it", date(2024, 3, 18), "", NONE,
                 "Rome", day("2024-03-16"), id="it-than-expected-is-no-future"),
    pytest.param("No sábado em Lisboa, milhares de manifestantes, mais do que o previsto.", "pt", date(2024, 3, 18),
                 "", NONE, "Lisbon", day("2024-03-16"), id="pt-than-expected-is-no-future"),
    pytest.param("Zaterdag in Amsterdam duizenden demonstranten, meer dan gepland.", "nl", date(2024, 3, 18), "",
                 NONE, "Amsterdam", day("2024-03-16"), id="nl-than-planned-is-no-future"),
    # ... while the future still announces
    pytest.param("Samedi, des milliers de personnes défileront à Paris.", "fr", date(2024, 3, 14), "", NONE, "Paris",
                 day("2024-03-16"), id="fr-a-verb-s-future-ending"),
    pytest.param("Zaterdag gaan duizenden mensen demonstreren in Amsterdam.", "nl", date(2024, 3, 14), "", NONE,
                 "Amsterdam", day("2024-03-16"), id="nl-going-to-march"),
    pytest.param("Mañana se manifestarán miles de personas en Madrid.", "es", date(2003, 3, 14), "", NONE,
                 "Madrid", day("2003-03-15"), id="es-tomorrow-still-announces"),
    # A weekend that a day after it says which it is ('the weekend of 9 March') is that day's
    # weekend, not the latest one before publication.
    pytest.param("Thousands marched in London on the weekend of March 9.", "en", date(2024, 3, 20), "", NONE,
                 "London", (date(2024, 3, 9), date(2024, 3, 10), "weekend"), id="the-weekend-of-a-day"),
    pytest.param("Thousands marched in London over the weekend of 9 and 10 March.", "en", date(2024, 3, 20), "",
                 NONE, "London", (date(2024, 3, 9), date(2024, 3, 10), "weekend"), id="the-weekend-of-two-days"),
    pytest.param("Des milliers de personnes ont manifesté à Paris le week-end du 9 mars.", "fr", date(2024, 3, 20),
                 "", NONE, "Paris", (date(2024, 3, 9), date(2024, 3, 10), "weekend"), id="fr-the-weekend-of-a-day"),
    pytest.param("Tausende haben am Wochenende vom 10. März in Berlin demonstriert.", "de", date(2024, 3, 20), "",
                 NONE, "Berlin", (date(2024, 3, 9), date(2024, 3, 10), "weekend"), id="de-the-weekend-of-a-sunday"),
    pytest.param("Miles se manifestaron en Madrid el fin de semana del 8 de marzo.", "es", date(2024, 3, 20), "",
                 NONE, "Madrid", (date(2024, 3, 8), date(2024, 3, 10), "range"), id="es-the-weekend-of-a-friday"),
    pytest.param("Tusentals demonstrerade i Stockholm helgen den 9–10 mars.", "sv", date(2024, 3, 20), "", NONE,
                 "Stockholm", (date(2024, 3, 9), date(2024, 3, 10), "weekend"), id="sv-the-weekend-of-two-days"),
    pytest.param("Tysiące osób protestowało w weekend 9-10 marca w Warszawie.", "pl", date(2024, 3, 20), "", NONE,
                 "Warsaw", (date(2024, 3, 9), date(2024, 3, 10), "weekend"), id="pl-the-weekend-of-two-days"),
    # 'at the weekend' without a modifier is the latest weekend, or the coming one if announced.
    pytest.param("Tausende Menschen haben am Wochenende in Berlin gegen das Gesetz demonstriert.", "de",
                 date(2024, 3, 18), "", NONE, "Berlin", (date(2024, 3, 16), date(2024, 3, 17), "weekend"),
                 id="de-at-the-weekend"),
    # ... and 'last weekend' in the neuter ('das Wochenende': 'vergangenes', 'letztes')
    pytest.param("Vergangenes Wochenende demonstrierten Tausende in Berlin gegen das Gesetz.", "de", date(2024, 3, 20),
                 "", NONE, "Berlin", (date(2024, 3, 16), date(2024, 3, 17), "weekend"), id="de-vergangenes-wochenende"),
    pytest.param("Letztes Wochenende demonstrierten Tausende in Berlin gegen das Gesetz.", "de", date(2024, 3, 20),
                 "", NONE, "Berlin", (date(2024, 3, 16), date(2024, 3, 17), "weekend"), id="de-letztes-wochenende"),
    pytest.param("Duizenden mensen demonstreerden dit weekend in Amsterdam tegen de wet.", "nl", date(2024, 3, 18),
                 "", NONE, "Amsterdam", (date(2024, 3, 16), date(2024, 3, 17), "weekend"), id="nl-this-weekend"),
    pytest.param("Migliaia di persone hanno manifestato nel fine settimana a Roma.", "it", date(2024, 3, 18), "",
                 NONE, "Rome", (date(2024, 3, 16), date(2024, 3, 17), "weekend"), id="it-at-the-weekend"),
    pytest.param("Tysiące osób protestowało w weekend w Warszawie.", "pl", date(2024, 3, 18), "", NONE, "Warsaw",
                 (date(2024, 3, 16), date(2024, 3, 17), "weekend"), id="pl-at-the-weekend"),
    pytest.param("Milhares protestaram no fim de semana em Lisboa.", "pt", date(2024, 3, 18), "", NONE, "Lisbon",
                 (date(2024, 3, 16), date(2024, 3, 17), "weekend"), id="pt-at-the-weekend"),
    pytest.param("Miles de personas se manifestarán el fin de semana en Madrid.", "es", date(2024, 3, 14), "", NONE,
                 "Madrid", (date(2024, 3, 16), date(2024, 3, 17), "weekend"), id="es-at-the-coming-weekend"),
    # A day of the month, the month left out ('el pasado día 15'): the latest such day on or
    # before publication for a report, the first after it for an announcement; the month the
    # text named just before it, if it named one.
    pytest.param("Miles de personas se manifestaron el pasado día 15 en Madrid.", "es", date(2024, 3, 10), "", NONE,
                 "Madrid", day("2024-02-15"), id="es-the-past-day-15"),
    pytest.param("Miles de personas se manifestarán el próximo día 15 en Madrid.", "es", date(2024, 3, 10), "",
                 NONE, "Madrid", day("2024-03-15"), id="es-the-coming-day-15"),
    pytest.param("Milhares de pessoas protestaram no dia 15 em Lisboa.", "pt", date(2024, 3, 20), "", NONE,
                 "Lisbon", day("2024-03-15"), id="pt-on-day-15"),
    pytest.param("Migliaia di persone hanno manifestato il giorno 15 a Roma.", "it", date(2024, 3, 20), "", NONE,
                 "Rome", day("2024-03-15"), id="it-on-day-15"),
    pytest.param("Milhares de pessoas protestaram no dia 15 em Lisboa.", "pt", None, "2024-03", NONE, "Lisbon",
                 (date(2024, 2, 15), date(2024, 3, 15), "approximate"), id="pt-on-day-15-in-a-page-of-a-month"),
    pytest.param("Las marchas de marzo fueron masivas. El día 15, miles de personas se manifestaron en Madrid.",
                 "es", date(2024, 5, 20), "", NONE, "Madrid", day("2024-03-15"), id="es-day-15-of-the-month-named-before"),
    pytest.param("Em 10 de março de 2023 houve uma greve. No dia 15, milhares de pessoas protestaram em Lisboa.",
                 "pt", date(2024, 5, 20), "", NONE, "Lisbon", day("2023-03-15"), id="pt-day-15-of-the-date-before"),
    pytest.param("En el día 15 de huelga, miles de personas se manifestaron en Madrid.", "es", date(2024, 3, 20), "",
                 NONE, "Madrid", (date(2024, 3, 14), date(2024, 3, 20), "approximate"), id="es-day-15-of-a-strike-is-no-date"),
    # A year set against the day's after it ('than last year'): the day keeps its own year. Before
    # it, a year the sentence tells its day in ('recalled that last year, on 9 March').
    pytest.param("On 9 March, more people marched in London than last year.", "en", date(2024, 3, 14), "", NONE,
                 "London", day("2024-03-09"), id="more-than-last-year"),
    pytest.param("On 9 March, thousands marched in London, twice as many as a year ago.", "en", date(2024, 3, 14),
                 "", NONE, "London", day("2024-03-09"), id="as-many-as-a-year-ago"),
    pytest.param("Am 9. März demonstrierten in Berlin mehr Menschen als im vergangenen Jahr.", "de",
                 date(2024, 3, 14), "", NONE, "Berlin", day("2024-03-09"), id="de-more-than-last-year"),
    pytest.param("Le 9 mars, des milliers de personnes ont manifesté à Paris, plus nombreuses que l'an dernier.",
                 "fr", date(2024, 3, 14), "", NONE, "Paris", day("2024-03-09"), id="fr-more-than-last-year"),
    pytest.param("El 9 de marzo se manifestaron en Madrid más personas que el año pasado.", "es", date(2024, 3, 14),
                 "", NONE, "Madrid", day("2024-03-09"), id="es-more-than-last-year"),
    pytest.param("Op 9 maart demonstreerden in Amsterdam meer mensen dan vorig jaar.", "nl", date(2024, 3, 14), "",
                 NONE, "Amsterdam", day("2024-03-09"), id="nl-more-than-last-year"),
    pytest.param("9 marca w Warszawie demonstrowało więcej osób niż w zeszłym roku.", "pl", date(2024, 3, 14), "",
                 NONE, "Warsaw", day("2024-03-09"), id="pl-more-than-last-year"),
    pytest.param("Den 9. mars demonstrerte flere i Oslo enn i fjor.", "no", date(2024, 3, 14), "", NONE, "Oslo",
                 day("2024-03-09"), id="no-more-than-last-year"),
    # ... and so is one set against it before it ('Like last year, … on 9 March'), but not a thing of
    # that year named before the day ('as last year's rally on 9 March showed')
    pytest.param("Like last year, thousands marched in London on 9 March.", "en", date(2024, 3, 14), "", NONE,
                 "London", day("2024-03-09"), id="like-last-year-before-the-day"),
    pytest.param("Wie im Vorjahr zogen am 9. März Tausende durch Berlin.", "de", date(2024, 3, 14), "", NONE,
                 "Berlin", day("2024-03-09"), id="de-like-last-year-before-the-day"),
    pytest.param("Comme l'an dernier, des milliers de personnes ont défilé à Paris le 9 mars.", "fr",
                 date(2024, 3, 14), "", NONE, "Paris", day("2024-03-09"), id="fr-like-last-year-before-the-day"),
    pytest.param("As last year's rally in London on 9 March showed, crowds keep growing.", "en", date(2024, 3, 14),
                 "", NONE, "London", day("2023-03-09"), id="last-year-s-rally-before-the-day"),
    # ... and a year after the day that tells when something else happened ('who died last year'):
    # that death's year, not the day's
    pytest.param("On 9 March, thousands marched in London for a student who was killed last year.", "en",
                 date(2024, 3, 14), "", NONE, "London", day("2024-03-09"), id="a-death-last-year-after-the-day"),
    pytest.param("Le 9 mars, des milliers de personnes ont manifesté à Paris pour un étudiant tué l'an dernier.",
                 "fr", date(2024, 3, 14), "", NONE, "Paris", day("2024-03-09"), id="fr-tue-l-an-dernier"),
    pytest.param("Am 9. März demonstrierten in Berlin Tausende für einen Studenten, der im vergangenen Jahr "
                 "getötet wurde.", "de", date(2024, 3, 14), "", NONE, "Berlin", day("2024-03-09"),
                 id="de-im-vergangenen-jahr-getoetet"),
    pytest.param("Am 9. März vergangenen Jahres demonstrierten in Berlin Tausende, nachdem ein Student getötet "
                 "wurde.", "de", date(2024, 3, 14), "", NONE, "Berlin", day("2023-03-09"),
                 id="de-the-day-s-own-last-year-before-a-death"),
    pytest.param("Last year, on 9 March, a student was killed. Thousands marched in London on 9 March.", "en",
                 date(2024, 3, 14), "", NONE, "London", day("2024-03-09"), id="a-death-last-year-before-the-day"),
    pytest.param("Recordó que el año pasado, el 9 de marzo, miles de personas se manifestaron en Madrid.", "es",
                 date(2024, 3, 14), "", NONE, "Madrid", day("2023-03-09"), id="es-recalled-that-last-year"),
    pytest.param("A year ago on 9 June, thousands marched in London.", "en", date(2024, 3, 14), "", NONE, "London",
                 day("2023-06-09"), id="a-year-ago-on-a-day"),
    pytest.param("Vor einem Jahr, am 9. Juni, demonstrierten Tausende in Berlin.", "de", date(2024, 3, 14), "", NONE,
                 "Berlin", day("2023-06-09"), id="de-a-year-ago-on-a-day"),
    # A count of years back ('two years ago'): long before publication, no day of the week before it.
    pytest.param("Two years ago, thousands marched in London.", "en", date(2024, 3, 14), "", NONE, "London",
                 (None, None, "unknown"), id="two-years-ago"),
    pytest.param("20 years ago, thousands marched in London.", "en", date(2024, 3, 14), "", NONE, "London",
                 (None, None, "unknown"), id="twenty-years-ago-in-figures"),
    pytest.param("Il y a deux ans, des milliers de personnes ont manifesté à Paris.", "fr", date(2024, 3, 14), "",
                 NONE, "Paris", (None, None, "unknown"), id="fr-two-years-ago"),
    pytest.param("Vor zwei Jahren demonstrierten Tausende in Berlin.", "de", date(2024, 3, 14), "", NONE, "Berlin",
                 (None, None, "unknown"), id="de-two-years-ago"),
    pytest.param("Hace dos años miles de personas se manifestaron en Madrid.", "es", date(2024, 3, 14), "", NONE,
                 "Madrid", (None, None, "unknown"), id="es-two-years-ago"),
    # ... as is one told as the time since it ('It's been a year since thousands marched'); the day
    # of the rally the sentence tells after such a clause is its own
    pytest.param("It's been one year since thousands marched in London.", "en", date(2024, 3, 14), "", NONE, "London",
                 (None, None, "unknown"), id="it-s-been-a-year-since"),
    pytest.param("It has been two years since thousands marched in London.", "en", date(2024, 3, 14), "", NONE,
                 "London", (None, None, "unknown"), id="it-has-been-two-years-since"),
    pytest.param("It's been a year since the shooting, and on Sunday thousands marched in London.", "en",
                 date(2024, 3, 14), "", NONE, "London", day("2024-03-10"), id="a-year-since-another-event"),
    pytest.param("Es ist ein Jahr her, dass Tausende in Berlin demonstrierten.", "de", date(2024, 3, 14), "", NONE,
                 "Berlin", (None, None, "unknown"), id="de-ist-ein-jahr-her"),
    pytest.param("Cela fait deux ans que des milliers de personnes ont manifesté à Paris.", "fr", date(2024, 3, 14),
                 "", NONE, "Paris", (None, None, "unknown"), id="fr-cela-fait-deux-ans-que"),
    pytest.param("Sono passati tre anni da quando migliaia di persone hanno manifestato a Roma.", "it",
                 date(2024, 3, 14), "", NONE, "Rome", (None, None, "unknown"), id="it-sono-passati-tre-anni"),
    # The page's own date on a line of its own (the publication day, a time of day or not) says when
    # the article was written, not that what it tells next happened that day: often the evening before
    pytest.param("Sábado, 28 de mayo 2011, 11:10\nMiles de personas se manifestaron en Madrid.", "es",
                 date(2011, 5, 28), "", NONE, "Madrid", (date(2011, 5, 22), date(2011, 5, 28), "approximate"),
                 id="es-a-timestamp-line-dates-nothing"),
    pytest.param("Saturday 28 May 2011, 11:10 GMT\nThousands marched in London.", "en", date(2011, 5, 28), "", NONE,
                 "London", (date(2011, 5, 22), date(2011, 5, 28), "approximate"), id="a-timestamp-line-dates-nothing"),
    pytest.param("Saturday, May 28, 2011\nThousands marched in London.", "en", date(2011, 5, 28), "", NONE,
                 "London", (date(2011, 5, 22), date(2011, 5, 28), "approximate"), id="the-page-s-date-line-dates-nothing"),
    pytest.param("London, UK. 28th May 2011. Thousands marched in London.", "en", date(2011, 5, 30), "", NONE,
                 "London", day("2011-05-28"), id="a-date-line-before-publication-dates-its-paragraph"),
    pytest.param("Dwa lata temu tysiące ludzi demonstrowały w Warszawie.", "pl", date(2024, 3, 14), "", NONE,
                 "Warsaw", (None, None, "unknown"), id="pl-two-years-ago"),
    pytest.param("För två år sedan demonstrerade tusentals i Stockholm.", "sv", date(2024, 3, 14), "", NONE,
                 "Stockholm", (None, None, "unknown"), id="sv-two-years-ago"),
    pytest.param("Thousands marched in London 30 days ago.", "en", date(2024, 3, 14), "", NONE, "London",
                 day("2024-02-13"), id="thirty-days-ago"),
    # A sentence that opens with an earlier year ('In 2019, …'): its weekday is one of that year,
    # its month is that year's.
    pytest.param("In 2019, thousands marched in London on Saturday.", "en", date(2024, 3, 14), "", NONE, "London",
                 (None, None, "unknown"), id="a-weekday-in-a-sentence-of-2019"),
    pytest.param("Im Jahr 2019 demonstrierten am Samstag Tausende in Berlin.", "de", date(2024, 3, 14), "", NONE,
                 "Berlin", (None, None, "unknown"), id="de-a-weekday-in-a-sentence-of-2019"),
    pytest.param("En 2019, samedi, des milliers de personnes ont manifesté à Paris.", "fr", date(2024, 3, 14), "",
                 NONE, "Paris", (None, None, "unknown"), id="fr-a-weekday-in-a-sentence-of-2019"),
    pytest.param("In 2023, thousands marched in London in June.", "en", date(2024, 3, 14), "", NONE, "London",
                 (date(2023, 6, 1), date(2023, 6, 30), "month"), id="a-month-in-a-sentence-of-last-year"),
    pytest.param("In 2024, thousands marched in London on Saturday.", "en", date(2024, 3, 14), "", NONE, "London",
                 day("2024-03-09"), id="a-weekday-in-a-sentence-of-this-year"),
    pytest.param("On Saturday, thousands marched in London, the largest march since 2019.", "en", date(2024, 3, 14),
                 "", NONE, "London", day("2024-03-09"), id="a-weekday-and-a-year-compared"),
    # Two days joined into a range by a bound's word ('from Friday to Sunday'): the range, not
    # its last day alone (the opening word is no bound, nor the closing one).
    pytest.param("Thousands marched in London from Friday to Sunday.", "en", date(2024, 3, 14), "", NONE, "London",
                 (date(2024, 3, 8), date(2024, 3, 10), "range"), id="from-friday-to-sunday"),
    pytest.param("Von Freitag bis Sonntag demonstrierten Tausende in Berlin.", "de", date(2024, 3, 14), "", NONE,
                 "Berlin", (date(2024, 3, 8), date(2024, 3, 10), "range"), id="de-from-friday-to-sunday"),
    pytest.param("De vendredi à dimanche, des milliers de personnes ont manifesté à Paris.", "fr", date(2024, 3, 14),
                 "", NONE, "Paris", (date(2024, 3, 8), date(2024, 3, 10), "range"), id="fr-from-friday-to-sunday"),
    pytest.param("Dal venerdì alla domenica migliaia di persone hanno manifestato a Roma.", "it", date(2024, 3, 14),
                 "", NONE, "Rome", (date(2024, 3, 8), date(2024, 3, 10), "range"), id="it-from-friday-to-sunday"),
    pytest.param("Od piątku do niedzieli tysiące ludzi demonstrowało w Warszawie.", "pl", date(2024, 3, 14), "",
                 NONE, "Warsaw", (date(2024, 3, 8), date(2024, 3, 10), "range"), id="pl-from-friday-to-sunday"),
    pytest.param("Thousands marched in London from 8 March to 10 March.", "en", date(2024, 3, 14), "", NONE,
                 "London", (date(2024, 3, 8), date(2024, 3, 10), "range"), id="from-a-day-to-a-day"),
    pytest.param("The strike has lasted since Friday. Thousands marched in London on Sunday.", "en",
                 date(2024, 3, 14), "", NONE, "London", day("2024-03-10"), id="a-bound-alone-is-still-one"),
    # A year a bound or an anniversary names ('the largest since 2019', 'the anniversary of the
    # 1959 uprising') tells no other time of the rally's sentence; nor does a date of a bound
    # ('since 3 May 2019') hold a month of its own ('May 2019').
    pytest.param("Thousands marched in London, the largest protest since 2019.", "en", date(2024, 3, 14), "", NONE,
                 "London", (date(2024, 3, 8), date(2024, 3, 14), "approximate"), id="the-largest-since-a-year"),
    pytest.param("Thousands marched in London, marking the anniversary of the 1959 uprising.", "en",
                 date(2024, 3, 14), "", NONE, "London", (date(2024, 3, 8), date(2024, 3, 14), "approximate"),
                 id="the-anniversary-of-a-year"),
    pytest.param("Thousands have protested in London since 3 May 2019.", "en", date(2024, 3, 14), "", NONE, "London",
                 (None, None, "unknown"), id="since-a-day-of-a-year-before"),
    # A modal with a perfect infinitive tells what is said to have happened, not what is to come.
    pytest.param("Am Samstag sollen 5000 Menschen in Berlin gewesen sein.", "de", date(2024, 3, 14), "", NONE,
                 "Berlin", day("2024-03-09"), id="de-said-to-have-been"),
    pytest.param("Laut Polizei sollen am Samstag rund 5000 Menschen an der Demonstration in Berlin teilgenommen "
                 "haben.", "de", date(2024, 3, 14), "", NONE, "Berlin", day("2024-03-09"),
                 id="de-said-to-have-taken-part"),
    pytest.param("Am Samstag sollen in Berlin 5000 Menschen demonstrieren.", "de", date(2024, 3, 14), "", NONE,
                 "Berlin", day("2024-03-16"), id="de-are-to-march"),
    # A rally told in the past takes no day after publication when its sentence gives one before:
    # 'next week' there is another event's ('the reform to be voted next week').
    pytest.param("Sabato migliaia di persone hanno manifestato a Roma contro la riforma che sarà votata la prossima "
                 "settimana.", "it", date(2024, 3, 14), "", NONE, "Rome", day("2024-03-09"),
                 id="it-a-report-and-next-week-s-vote"),
    pytest.param("Zaterdag demonstreerden duizenden mensen in Amsterdam tegen de wet die volgende week wordt gestemd.",
                 "nl", date(2024, 3, 14), "", NONE, "Amsterdam", day("2024-03-09"), id="nl-a-report-and-next-week-s-vote"),
    pytest.param("No sábado, milhares de pessoas protestaram em Lisboa contra a lei que será votada na próxima "
                 "semana.", "pt", date(2024, 3, 14), "", NONE, "Lisbon", day("2024-03-09"),
                 id="pt-a-report-and-next-week-s-vote"),
    pytest.param("In Rome, a march next week against the reform.", "en", date(2024, 3, 14), "", NONE, "Rome",
                 (date(2024, 3, 18), date(2024, 3, 24), "week"), id="no-tense-next-week"),
    # The day a period began ('The protests began on 16 September'), in a sentence without a rally,
    # dates none of the rallies its paragraph tells after it.
    pytest.param("The protests began on 16 September. Thousands rallied in Berlin in solidarity.", "en",
                 date(2022, 10, 24), "", NONE, "Berlin", (date(2022, 10, 18), date(2022, 10, 24), "approximate"), id="the-day-protests-began"),
    pytest.param("The protests, which began on 16 September, have spread abroad. Thousands rallied in Berlin.", "en",
                 date(2022, 10, 24), "", NONE, "Berlin", (date(2022, 10, 18), date(2022, 10, 24), "approximate"), id="the-day-protests-began-in-a-clause"),
    pytest.param("Die Proteste begannen am 16. September. Tausende demonstrierten in Berlin.", "de",
                 date(2022, 10, 24), "", NONE, "Berlin", (date(2022, 10, 18), date(2022, 10, 24), "approximate"), id="de-the-day-protests-began"),
    pytest.param("Les manifestations ont commencé le 16 septembre. Des milliers de personnes ont manifesté à Paris.",
                 "fr", date(2022, 10, 24), "", NONE, "Paris", (date(2022, 10, 18), date(2022, 10, 24), "approximate"), id="fr-the-day-protests-began"),
    pytest.param("Le proteste sono iniziate il 16 settembre. Migliaia di persone hanno manifestato a Roma.", "it",
                 date(2022, 10, 24), "", NONE, "Rome", (date(2022, 10, 18), date(2022, 10, 24), "approximate"), id="it-the-day-protests-began"),
    pytest.param("Las protestas comenzaron el 16 de septiembre. Miles de personas se manifestaron en Madrid.", "es",
                 date(2022, 10, 24), "", NONE, "Madrid", (date(2022, 10, 18), date(2022, 10, 24), "approximate"), id="es-the-day-protests-began"),
    pytest.param("Protesty wybuchły 16 września. Tysiące ludzi demonstrowało w Warszawie.", "pl",
                 date(2022, 10, 24), "", NONE, "Warsaw", (date(2022, 10, 18), date(2022, 10, 24), "approximate"), id="pl-the-day-protests-began"),
    pytest.param("The vigil was held on 16 October. Thousands rallied in Berlin.", "en", date(2022, 10, 24), "", NONE,
                 "Berlin", day("2022-10-16"), id="a-day-held-still-dates-its-paragraph"),
    # The day of a call to rally, the call after it ('On 2 March, the group called for protests'),
    # in a sentence without a rally: none of the rallies' after it. A day after the call is theirs.
    pytest.param("On 2 March, the group called for protests worldwide. Thousands rallied in Berlin.", "en",
                 date(2024, 3, 14), "", NONE, "Berlin", (date(2024, 3, 8), date(2024, 3, 14), "approximate"), id="the-day-of-a-call"),
    pytest.param("Le 2 mars, le collectif a appelé à manifester. Des milliers de personnes ont manifesté à Paris.",
                 "fr", date(2024, 3, 14), "", NONE, "Paris", (date(2024, 3, 8), date(2024, 3, 14), "approximate"), id="fr-the-day-of-a-call"),
    pytest.param("El 2 de marzo la plataforma hizo un llamamiento a protestar. Miles de personas se manifestaron en "
                 "Madrid.", "es", date(2024, 3, 14), "", NONE, "Madrid", (date(2024, 3, 8), date(2024, 3, 14), "approximate"), id="es-the-day-of-a-call"),
    pytest.param("2 marca organizatorzy wezwali do protestów. Tysiące ludzi demonstrowało w Warszawie.", "pl",
                 date(2024, 3, 14), "", NONE, "Warsaw", (date(2024, 3, 8), date(2024, 3, 14), "approximate"), id="pl-the-day-of-a-call"),
    pytest.param("On Saturday, the protest organisers urged calm. Thousands marched in London.", "en",
                 date(2024, 3, 14), "", NONE, "London", day("2024-03-09"), id="an-urging-is-no-call-to-rally"),
    pytest.param("On Saturday, police called for calm at the protest. Thousands marched in London.", "en",
                 date(2024, 3, 14), "", NONE, "London", day("2024-03-09"), id="a-call-for-calm-is-no-call-to-rally"),
    pytest.param("El sábado, la policía llamó a la calma durante la protesta. Miles de personas se manifestaron en "
                 "Madrid.", "es", date(2024, 3, 14), "", NONE, "Madrid", day("2024-03-09"),
                 id="es-a-call-for-calm-is-no-call-to-rally"),
    pytest.param("W sobotę policja wezwała do spokoju podczas protestu. Tysiące ludzi demonstrowało w Warszawie.", "pl",
                 date(2024, 3, 14), "", NONE, "Warsaw", day("2024-03-09"), id="pl-a-call-for-calm-is-no-call-to-rally"),
    pytest.param("The group called for protests on 9 March. Thousands rallied in Berlin.", "en", date(2024, 3, 14),
                 "", NONE, "Berlin", day("2024-03-09"), id="a-call-for-a-day"),
    pytest.param("Este sábado la plataforma ha convocado movilizaciones. Miles de personas se manifestaron en "
                 "Madrid.", "es", date(2024, 3, 11), "", NONE, "Madrid", day("2024-03-09"),
                 id="es-a-day-a-rally-is-organised-for"),
    # The day a rally was announced, a few words after the announcing ('announced it in mid-April'),
    # in a sentence without a rally: none of the rallies' after it. A day set for it is theirs.
    pytest.param("The march was held on Sunday, June 4.\n\nThe party leader announced it in mid-April as a "
                 "protest against prices. He spoke to the crowd gathered on a square in Warsaw.", "en", None, "2023-06",
                 NONE, "Warsaw", day("2023-06-04"), id="the-day-a-rally-was-announced"),
    pytest.param("Marsz odbył się w niedzielę 4 czerwca.\n\nLider partii zapowiedział go w połowie kwietnia jako "
                 "protest przeciwko drożyźnie. Przemawiał do ludzi zgromadzonych na placu w Warszawie.", "pl", None,
                 "2023-06", NONE, "Warsaw", day("2023-06-04"), id="pl-the-day-a-rally-was-announced"),
    pytest.param("La marche a eu lieu le dimanche 4 juin.\n\nLe syndicat l'a annoncée à la mi-avril comme une "
                 "protestation contre la vie chère. Des milliers de personnes ont manifesté à Paris.", "fr", None,
                 "2023-06", NONE, "Paris", day("2023-06-04"), id="fr-the-day-a-rally-was-announced"),
    pytest.param("Der Marsch fand am Sonntag, 4. Juni, statt.\n\nDie Partei kündigte ihn Mitte April als Protest "
                 "gegen die Preise an. Tausende demonstrierten in Berlin.", "de", None, "2023-06", NONE, "Berlin",
                 day("2023-06-04"), id="de-the-day-a-rally-was-announced"),
    pytest.param("The union announced a march for Saturday, June 10. Thousands are expected to gather in London.",
                 "en", date(2023, 6, 5), "", NONE, "London", day("2023-06-10"), id="a-day-announced-for-a-rally"),
    pytest.param("The union announced a march on Saturday, June 10. Thousands are expected to gather in London.",
                 "en", date(2023, 6, 5), "", NONE, "London", day("2023-06-10"), id="an-announced-day-to-come"),
    pytest.param("Le syndicat a annoncé pour le samedi 10 juin une marche. Des milliers de personnes sont attendues "
                 "à Paris.", "fr", date(2023, 6, 5), "", NONE, "Paris", day("2023-06-10"), id="fr-a-day-announced-for-a-rally"),
    # A quote that opens the next sentence with a guillemet is its own sentence: its future tense
    # does not make the weekend before it one to come.
    pytest.param("Marche blanche à Marseille\nCe week-end, des centaines de personnes se sont réunies pour une marche "
                 "blanche. « Le sang continuera de couler », a averti un organisateur.", "fr", date(2025, 6, 13), "",
                 NONE, "Marseille", (date(2025, 6, 7), date(2025, 6, 8), "weekend"), id="fr-a-quote-after-the-lead"),
    # Of two dates of the lead's sentence, a later one within the first names its day ('the Sunday
    # march on June 4'); one on another weekday does not ('the Sunday march … the vote on June 9').
    pytest.param("The leader opened the Sunday march on June 4.\n\nHe spoke to the people gathered on a square in "
                 "Warsaw.", "en", None, "2023-06", NONE, "Warsaw", day("2023-06-04"), id="a-weekday-and-its-day-in-the-lead"),
    pytest.param("Lider otworzył niedzielny marsz 4 czerwca.\n\nPrzemawiał do ludzi zgromadzonych na placu w "
                 "Warszawie.", "pl", None, "2023-06", NONE, "Warsaw", day("2023-06-04"),
                 id="pl-a-weekday-and-its-day-in-the-lead"),
    pytest.param("The leader opened the Sunday march ahead of the vote on June 9.\n\nHe spoke to the people gathered "
                 "on a square in Warsaw.", "en", None, "2023-06", NONE, "Warsaw",
                 (date(2023, 5, 28), date(2023, 6, 25), "approximate"), id="a-weekday-and-another-weekday-s-day-in-the-lead"),
    # An abbreviated weekday before a day and month (CLDR's abbreviations: 'sam.', 'Sa.', 'sáb.'):
    # its period ends no sentence, and it fixes the day's year. Alone, it is no date ('They sat.').
    pytest.param("Rassemblement à Paris sam. 9 mars à 14h place de la République.", "fr", date(2024, 3, 5), "",
                 NONE, "Paris", day("2024-03-09"), id="fr-an-abbreviated-weekday"),
    pytest.param("Kundgebung in Berlin am Sa. 9. März um 14 Uhr.", "de", date(2024, 3, 5), "", NONE, "Berlin",
                 day("2024-03-09"), id="de-an-abbreviated-weekday"),
    pytest.param("Rally in London on Sat. March 9 at 2pm.", "en", date(2024, 3, 5), "", NONE, "London", day("2024-03-09"),
                 id="an-abbreviated-weekday"),
    pytest.param("Concentración en Madrid el sáb. 9 de marzo a las 12h.", "es", date(2024, 3, 5), "", NONE,
                 "Madrid", day("2024-03-09"), id="es-an-abbreviated-weekday"),
    pytest.param("Demonstratie in Amsterdam op za. 9 maart om 14 uur.", "nl", date(2024, 3, 5), "", NONE,
                 "Amsterdam", day("2024-03-09"), id="nl-an-abbreviated-weekday"),
    pytest.param("Manifestacja w Warszawie sob. 9 marca o 14.", "pl", date(2024, 3, 5), "", NONE, "Warsaw", day("2024-03-09"),
                 id="pl-an-abbreviated-weekday"),
    pytest.param("Protesters rallied in London, where they sat. The police watched.", "en", date(2024, 3, 14), "",
                 NONE, "London", (date(2024, 3, 8), date(2024, 3, 14), "approximate"),
                 id="an-abbreviation-alone-is-no-date"),
    # A day and month in figures after its weekday ('Sa., 9.3.', 'sábado 9/3'): that day. A dot
    # between them needs one after them: 'um 10.12 Uhr' is a time.
    pytest.param("Kundgebung in Berlin am Sa., 9.3. um 14 Uhr.", "de", date(2024, 3, 5), "", NONE, "Berlin", day("2024-03-09"),
                 id="de-a-weekday-and-figures"),
    pytest.param("Am Samstag, 9.3., demonstrierten Tausende in Berlin.", "de", date(2024, 3, 12), "", NONE,
                 "Berlin", day("2024-03-09"), id="de-a-weekday-and-figures-reported"),
    pytest.param("Concentración en Madrid el sábado 9/3 a las 12h.", "es", date(2024, 3, 5), "", NONE, "Madrid",
                 day("2024-03-09"), id="es-a-weekday-and-figures"),
    pytest.param("Kundgebung in Berlin am Sa. (9.3.) um 14 Uhr.", "de", date(2024, 3, 5), "", NONE, "Berlin", day("2024-03-09"),
                 id="de-an-abbreviated-weekday-and-figures-in-brackets"),
    pytest.param("Am Samstag um 10.12 Uhr versammelten sich Tausende in Berlin.", "de", date(2024, 3, 12), "", NONE,
                 "Berlin", day("2024-03-09"), id="de-a-weekday-and-a-time"),
    # ... or after a word only a day follows ('am 9.3.', 'den 9/3'; lexicon figures_prefixes).
    pytest.param("Am 9.3. demonstrierten Tausende in Berlin.", "de", date(2024, 3, 12), "", NONE, "Berlin", day("2024-03-09"),
                 id="de-on-figures"),
    pytest.param("Demo am 9.3. in Berlin gegen Rechts.", "de", date(2024, 3, 5), "", NONE, "Berlin",
                 (None, None, "year-unknown"), id="de-on-figures-just-after-publication"),
    pytest.param("Tusentals demonstrerade den 9/3 i Stockholm.", "sv", date(2024, 3, 12), "", NONE, "Stockholm",
                 day("2024-03-09"), id="sv-on-figures"),
    pytest.param("Seit dem 9.3. demonstrieren Tausende in Berlin.", "de", date(2024, 3, 12), "", NONE, "Berlin",
                 (date(2024, 3, 6), date(2024, 3, 12), "approximate"), id="de-since-figures-is-a-bound"),
    # A year of two figures after a day and month with dots or slashes ('9.3.24', '9/3-24'), as
    # strptime's '%y' reads it; not with dashes ('12-03-45'), nor with dots in English ('1.2.24').
    pytest.param("Am 9.3.24 demonstrierten Tausende in Berlin.", "de", date(2024, 3, 20), "", NONE, "Berlin",
                 day("2024-03-09"), id="de-a-year-of-two-figures"),
    pytest.param("Tusentals demonstrerade i Stockholm den 9/3-24.", "sv", date(2024, 3, 20), "", NONE, "Stockholm",
                 day("2024-03-09"), id="sv-a-year-of-two-figures"),
    pytest.param("Am 9.3.98 demonstrierten Tausende in Berlin.", "de", date(2024, 3, 20), "", NONE, "Berlin",
                 day("1998-03-09"), id="de-a-year-of-two-figures-last-century"),
    pytest.param("Thousands marched in London, chanting slogans from version 1.2.24 of the manifesto.", "en",
                 date(2024, 3, 20), "", NONE, "London", (date(2024, 3, 14), date(2024, 3, 20), "approximate"),
                 id="a-version-is-no-date"),
    # Two days joined by a slash ('9/10 March', 'am 9./10. März'): their range.
    pytest.param("Thousands marched in London on 9/10 March.", "en", date(2024, 3, 20), "", NONE, "London", (date(2024, 3, 9), date(2024, 3, 10), "weekend"),
                 id="days-joined-by-a-slash"),
    pytest.param("Tausende demonstrierten am 9./10. März in Berlin.", "de", date(2024, 3, 20), "", NONE, "Berlin",
                 (date(2024, 3, 9), date(2024, 3, 10), "weekend"), id="de-days-joined-by-a-slash"),
    pytest.param("Miles de personas se manifestaron el 9/10 de marzo en Madrid.", "es", date(2024, 3, 20), "", NONE,
                 "Madrid", (date(2024, 3, 9), date(2024, 3, 10), "weekend"), id="es-days-joined-by-a-slash"),
    pytest.param("Thousands marched in London on March 9/10.", "en", date(2024, 3, 20), "", NONE, "London", (date(2024, 3, 9), date(2024, 3, 10), "weekend"),
                 id="month-first-days-joined-by-a-slash"),
    # A bare 'mañana', 'morgen' is tomorrow; after a determiner it is the morning ('por la mañana',
    # 'am Morgen', 'in de morgen'; lexicon not_relative).
    pytest.param("Mañana, miles de personas recorrerán las calles de Madrid.", "es", date(2024, 3, 14), "", NONE,
                 "Madrid", day("2024-03-15"), id="es-a-bare-tomorrow"),
    pytest.param("Morgen gehen Tausende in Berlin auf die Straße.", "de", date(2024, 3, 14), "", NONE, "Berlin",
                 day("2024-03-15"), id="de-a-bare-tomorrow"),
    pytest.param("Tausende wollen morgen in Berlin demonstrieren.", "de", date(2024, 3, 14), "", NONE, "Berlin",
                 day("2024-03-15"), id="de-tomorrow-mid-sentence"),
    pytest.param("Am Morgen versammelten sich Tausende in Berlin.", "de", date(2024, 3, 14), "", NONE, "Berlin",
                 (date(2024, 3, 8), date(2024, 3, 14), "approximate"), id="de-in-the-morning"),
    pytest.param("Am Samstag versammelten sich am frühen Morgen Tausende in Berlin.", "de", date(2024, 3, 14), "",
                 NONE, "Berlin", day("2024-03-09"), id="de-early-in-the-morning"),
    pytest.param("Op zaterdag verzamelden zich in de morgen duizenden mensen in Amsterdam.", "nl", date(2024, 3, 14),
                 "", NONE, "Amsterdam", day("2024-03-09"), id="nl-in-the-morning"),
    # A weekday or a day without one in a page that gives only its month: what it means on some day
    # of that month, not the calendar month (a page of early October reports late September's).
    pytest.param("Des milliers de personnes ont manifesté samedi à Paris.", "fr", None, "2024-10", NONE, "Paris",
                 (date(2024, 9, 28), date(2024, 10, 26), "approximate"), id="fr-a-reported-weekday-in-a-month-page"),
    pytest.param("Des milliers de personnes manifesteront samedi à Paris.", "fr", None, "2024-10", NONE, "Paris",
                 (date(2024, 10, 5), date(2024, 11, 2), "approximate"), id="fr-an-announced-weekday-in-a-month-page"),
    pytest.param("Tausende demonstrierten gestern in Berlin.", "de", None, "2024-10", NONE, "Berlin",
                 (date(2024, 9, 30), date(2024, 10, 30), "approximate"), id="de-yesterday-in-a-month-page"),
    pytest.param("Migliaia di persone manifestano oggi a Roma.", "it", None, "2024-10", NONE, "Rome",
                 (date(2024, 10, 1), date(2024, 10, 31), "month"), id="it-today-in-a-month-page"),
    pytest.param("Thousands rallied in London against the war.", "en", None, "2024-10", NONE, "London",
                 (date(2024, 9, 25), date(2024, 10, 31), "approximate"), id="no-date-in-a-month-page"),
    # A day and month in a group's name ('the 26th of July Movement', 'le Mouvement du 22 mars';
    # lexicon date_names) is no rally's day.
    pytest.param("Supporters of the 26th of July Movement marched in London.", "en", date(2024, 3, 14), "", NONE,
                 "London", (date(2024, 3, 8), date(2024, 3, 14), "approximate"), id="a-movement-named-after-a-day"),
    pytest.param("Members of the April 6 Youth Movement rallied in London on Saturday.", "en", date(2024, 3, 14), "",
                 NONE, "London", day("2024-03-09"), id="a-movement-named-after-a-day-and-a-weekday"),
    pytest.param("Le Mouvement du 22 mars a manifesté à Paris.", "fr", date(2024, 3, 14), "", NONE, "Paris", (date(2024, 3, 8), date(2024, 3, 14), "approximate"),
                 id="fr-a-movement-named-after-a-day"),
    pytest.param("El Movimiento 26 de Julio se manifestó en Madrid.", "es", date(2024, 3, 14), "", NONE, "Madrid",
                 (date(2024, 3, 8), date(2024, 3, 14), "approximate"), id="es-a-movement-named-after-a-day"),
    pytest.param("Thousands marched in London as the Umbrella Movement marked its anniversary this weekend.", "en",
                 date(2024, 3, 14), "", NONE, "London", (date(2024, 3, 9), date(2024, 3, 10), "weekend"),
                 id="a-movement-and-a-time-after-it"),
    # 'Last week', 'next week', 'this week' where the week is feminine or in another case ('la semaine
    # dernière', 'vergangene Woche', 'w zeszłym tygodniu'): that week, not the week before publication.
    pytest.param("La semaine dernière, des milliers de personnes ont manifesté à Paris.", "fr", date(2024, 3, 14), "",
                 NONE, "Paris", (date(2024, 3, 4), date(2024, 3, 10), "week"), id="fr-last-week"),
    pytest.param("Vergangene Woche demonstrierten Tausende in Berlin.", "de", date(2024, 3, 14), "", NONE, "Berlin",
                 (date(2024, 3, 4), date(2024, 3, 10), "week"), id="de-last-week"),
    pytest.param("La semana pasada miles de personas se manifestaron en Madrid.", "es", date(2024, 3, 14), "", NONE,
                 "Madrid", (date(2024, 3, 4), date(2024, 3, 10), "week"), id="es-last-week"),
    pytest.param("W zeszłym tygodniu tysiące ludzi demonstrowało w Warszawie.", "pl", date(2024, 3, 14), "", NONE,
                 "Warsaw", (date(2024, 3, 4), date(2024, 3, 10), "week"), id="pl-last-week"),
    pytest.param("La semaine prochaine, des milliers de personnes manifesteront à Paris.", "fr", date(2024, 3, 14),
                 "", NONE, "Paris", (date(2024, 3, 18), date(2024, 3, 24), "week"), id="fr-next-week"),
    pytest.param("La próxima semana miles de personas se manifestarán en Madrid.", "es", date(2024, 3, 14), "", NONE,
                 "Madrid", (date(2024, 3, 18), date(2024, 3, 24), "week"), id="es-next-week"),
    pytest.param("Diese Woche demonstrierten Tausende in Berlin.", "de", date(2024, 3, 14), "", NONE, "Berlin", (date(2024, 3, 11), date(2024, 3, 14), "week"),
                 id="de-this-week"),
    pytest.param("W ubiegły weekend tysiące ludzi demonstrowało w Warszawie.", "pl", date(2024, 3, 14), "", NONE,
                 "Warsaw", (date(2024, 3, 9), date(2024, 3, 10), "weekend"), id="pl-the-past-weekend"),
    # 'In recent weeks' ('ces dernières semaines', 'in den vergangenen Wochen'): the month before
    # publication, not its last week.
    pytest.param("In recent weeks, thousands have marched in London.", "en", date(2024, 6, 14), "", NONE, "London",
                 (date(2024, 5, 14), date(2024, 6, 14), "approximate"), id="in-recent-weeks"),
    pytest.param("Ces dernières semaines, des milliers de personnes ont manifesté à Paris.", "fr", date(2024, 6, 14),
                 "", NONE, "Paris", (date(2024, 5, 14), date(2024, 6, 14), "approximate"), id="fr-in-recent-weeks"),
    pytest.param("In den vergangenen Wochen demonstrierten Tausende in Berlin.", "de", date(2024, 6, 14), "", NONE,
                 "Berlin", (date(2024, 5, 14), date(2024, 6, 14), "approximate"), id="de-in-recent-weeks"),
    pytest.param("W ostatnich tygodniach tysiące ludzi demonstrowało w Warszawie.", "pl", date(2024, 6, 14), "",
                 NONE, "Warsaw", (date(2024, 5, 14), date(2024, 6, 14), "approximate"), id="pl-in-recent-weeks"),
    # The end of last month with the month in another case or after a contracted article ('Ende
    # letzten Monats', 'a finales del mes pasado', 'pod koniec zeszłego miesiąca').
    pytest.param("Ende letzten Monats demonstrierten Tausende in Berlin.", "de", date(2024, 3, 14), "", NONE,
                 "Berlin", (date(2024, 2, 21), date(2024, 2, 29), "approximate"), id="de-the-end-of-last-month"),
    pytest.param("A finales del mes pasado miles de personas se manifestaron en Madrid.", "es", date(2024, 3, 14), "",
                 NONE, "Madrid", (date(2024, 2, 21), date(2024, 2, 29), "approximate"), id="es-the-end-of-last-month"),
    pytest.param("Alla fine del mese scorso migliaia di persone hanno manifestato a Roma.", "it", date(2024, 3, 14),
                 "", NONE, "Rome", (date(2024, 2, 21), date(2024, 2, 29), "approximate"), id="it-the-end-of-last-month"),
    pytest.param("No final do mês passado, milhares de pessoas protestaram em Lisboa.", "pt", date(2024, 3, 14), "",
                 NONE, "Lisbon", (date(2024, 2, 21), date(2024, 2, 29), "approximate"), id="pt-the-end-of-last-month"),
    pytest.param("Pod koniec zeszłego miesiąca tysiące ludzi demonstrowało w Warszawie.", "pl", date(2024, 3, 14), "",
                 NONE, "Warsaw", (date(2024, 2, 21), date(2024, 2, 29), "approximate"), id="pl-the-end-of-last-month"),
    # 'The month of' between a part of a month and its name ('a finales del mes de febrero', 'à la
    # fin du mois de février'; lexicon month_nouns), or after a preposition ('en el mes de febrero').
    pytest.param("A finales del mes de febrero miles de personas se manifestaron en Madrid.", "es", date(2024, 3, 14),
                 "", NONE, "Madrid", (date(2024, 2, 21), date(2024, 2, 29), "approximate"), id="es-the-end-of-the-month-of"),
    pytest.param("À la fin du mois de février, des milliers de personnes ont manifesté à Paris.", "fr",
                 date(2024, 3, 14), "", NONE, "Paris", (date(2024, 2, 21), date(2024, 2, 29), "approximate"), id="fr-the-end-of-the-month-of"),
    pytest.param("Alla fine del mese di febbraio migliaia di persone hanno manifestato a Roma.", "it",
                 date(2024, 3, 14), "", NONE, "Rome", (date(2024, 2, 21), date(2024, 2, 29), "approximate"), id="it-the-end-of-the-month-of"),
    pytest.param("Ende des Monats Februar demonstrierten Tausende in Berlin.", "de", date(2024, 3, 14), "", NONE,
                 "Berlin", (date(2024, 2, 21), date(2024, 2, 29), "approximate"), id="de-the-end-of-the-month-of"),
    pytest.param("En el mes de febrero miles de personas se manifestaron en Madrid.", "es", date(2024, 3, 14), "",
                 NONE, "Madrid", (date(2024, 2, 1), date(2024, 2, 29), "month"), id="es-in-the-month-of"),
    pytest.param("No mês de fevereiro, milhares de pessoas protestaram em Lisboa.", "pt", date(2024, 3, 14), "", NONE,
                 "Lisbon", (date(2024, 2, 1), date(2024, 2, 29), "month"), id="pt-in-the-month-of"),
    # Read against a date the article gives, a day's weekday that only a year later fits says the
    # year is not known: an announcement is not a year ahead, there or from a publication day.
    pytest.param("Vigils were held in Paris on 2 June 2014. Another vigil will be held in London on Tuesday, June 2.",
                 "en", None, "", NONE, "London", YEAR_UNKNOWN, id="a-weekday-a-year-after-the-anchor"),
    pytest.param("Am 2. Juni 2014 demonstrierten Tausende in Paris. Eine weitere Kundgebung wird am Dienstag, "
                 "2. Juni, in Berlin stattfinden.", "de", None, "", NONE, "Berlin", YEAR_UNKNOWN,
                 id="de-a-weekday-a-year-after-the-anchor"),
    # A page that gives its month, and a date of that month atop it: 'this Monday' is read against
    # that date, which the month bounds (it was undated: the date had displaced the month).
    pytest.param("lunes, 2 de junio de 2014\n\nLa abdicación del rey tendrá reacciones en la calle: habrá "
                 "concentraciones este lunes en Madrid.", "es", None, "2014-06", NONE, "Madrid", day("2014-06-02"),
                 id="es-this-monday-under-a-date-of-the-page-s-month"),
    pytest.param("Samstag, 9. März 2024\n\nAn diesem Samstag werden Tausende in Berlin demonstrieren.", "de", None,
                 "2024-03", NONE, "Berlin", day("2024-03-09"), id="de-this-saturday-under-a-date-of-the-page-s-month"),
    # The future in the singular ('habrá', 'haverá', 'realizará'), in reported speech ('werde'), in a
    # subordinate clause's present ('stattfindet'), and 'there will be' ('blir det', 'bliver der')
    # announce: the coming Saturday, not the last one. Danish 'på lørdag' is the coming one.
    pytest.param("El sábado habrá una manifestación en Madrid.", "es", date(2024, 3, 13), "", NONE,
                 "Madrid", day("2024-03-16"), id="es-habra"),
    pytest.param("Los organizadores anunciaron que el sábado habrá una manifestación en Madrid.", "es",
                 date(2024, 3, 13), "", NONE, "Madrid", day("2024-03-16"), id="es-announced-that-there-will-be"),
    pytest.param("No sábado haverá uma manifestação em Lisboa.", "pt", date(2024, 3, 13), "", NONE,
                 "Lisbon", day("2024-03-16"), id="pt-havera"),
    pytest.param("O sindicato realizará uma manifestação no sábado em Lisboa.", "pt", date(2024, 3, 13), "", NONE,
                 "Lisbon", day("2024-03-16"), id="pt-realizara"),
    pytest.param("Die Veranstalter teilten mit, dass am Samstag eine Demonstration in Berlin stattfinden werde.", "de",
                 date(2024, 3, 13), "", NONE, "Berlin", day("2024-03-16"), id="de-reported-speech-werde"),
    pytest.param("Die Demonstration, die am Samstag in Berlin stattfindet, richtet sich gegen den Krieg.", "de",
                 date(2024, 3, 13), "", NONE, "Berlin", day("2024-03-16"), id="de-stattfindet"),
    pytest.param("Sabato si farà una manifestazione a Roma.", "it", date(2024, 3, 13), "", NONE,
                 "Rome", day("2024-03-16"), id="it-si-fara"),
    pytest.param("På lørdag blir det demonstrasjon i Oslo.", "no", date(2024, 3, 13), "", NONE,
                 "Oslo", day("2024-03-16"), id="no-blir-det"),
    pytest.param("På lørdag bliver der demonstration i København.", "da", date(2024, 3, 13), "", NONE,
                 "Copenhagen", day("2024-03-16"), id="da-paa-loerdag-is-the-coming-one"),
    # A weekday told in the future of the past ('would be held', 'aurait lieu', 'stattfinden würde';
    # lexicon future_past) may have come by the day of writing or not: the span from the one before
    # publication to the one after, not the one before stated as a day.
    pytest.param("Organisers said a march would be held in London on Saturday.", "en", date(2024, 3, 13), "", NONE,
                 "London", (date(2024, 3, 9), date(2024, 3, 16), "approximate"), id="future-past"),
    pytest.param("Les organisateurs ont annoncé qu'une manifestation aurait lieu samedi à Paris.", "fr",
                 date(2024, 3, 13), "", NONE, "Paris", (date(2024, 3, 9), date(2024, 3, 16), "approximate"),
                 id="fr-future-past"),
    pytest.param("Die Veranstalter teilten mit, dass die Demonstration am Samstag in Berlin stattfinden würde.", "de",
                 date(2024, 3, 13), "", NONE, "Berlin", (date(2024, 3, 9), date(2024, 3, 16), "approximate"),
                 id="de-future-past"),
    pytest.param("Gli organizzatori hanno detto che sabato si sarebbe tenuta una manifestazione a Roma.", "it",
                 date(2024, 3, 13), "", NONE, "Rome", (date(2024, 3, 9), date(2024, 3, 16), "approximate"),
                 id="it-future-past"),
    pytest.param("Los organizadores dijeron que el sábado se celebraría una manifestación en Madrid.", "es",
                 date(2024, 3, 13), "", NONE, "Madrid", (date(2024, 3, 9), date(2024, 3, 16), "approximate"),
                 id="es-future-past"),
    pytest.param("De organisatoren zeiden dat de demonstratie zaterdag in Amsterdam zou plaatsvinden.", "nl",
                 date(2024, 3, 13), "", NONE, "Amsterdam", (date(2024, 3, 9), date(2024, 3, 16), "approximate"),
                 id="nl-future-past"),
    pytest.param("Organizatorzy mówili, że manifestacja w Warszawie miała się odbyć w sobotę.", "pl", date(2024, 3, 13),
                 "", NONE, "Warsaw", (date(2024, 3, 9), date(2024, 3, 16), "approximate"), id="pl-future-past"),
    # So is a plan told in the past ('were planned', 'était prévue', 'war geplant'): it may have been
    # held by the day of writing, or not ...
    pytest.param("A march in London was planned for Saturday.", "en", date(2024, 3, 13), "", NONE,
                 "London", (date(2024, 3, 9), date(2024, 3, 16), "approximate"), id="planned-in-the-past"),
    pytest.param("Une manifestation était prévue samedi à Paris.", "fr", date(2024, 3, 13), "", NONE,
                 "Paris", (date(2024, 3, 9), date(2024, 3, 16), "approximate"), id="fr-etait-prevue"),
    pytest.param("Es hieß, dass am Samstag in Berlin eine Mahnwache geplant war.", "de", date(2024, 3, 13), "", NONE,
                 "Berlin", (date(2024, 3, 9), date(2024, 3, 16), "approximate"), id="de-war-geplant"),
    pytest.param("Sabato era prevista una manifestazione a Roma.", "it", date(2024, 3, 13), "", NONE,
                 "Rome", (date(2024, 3, 9), date(2024, 3, 16), "approximate"), id="it-era-prevista"),
    # ... and announces nothing: told in another clause than its weekday, it leaves the weekday to
    # the report ('On Wednesday, vigils were planned', the Wednesday before publication, not after).
    pytest.param("On Wednesday, more than a thousand vigils were planned across the country, one of them in London.",
                 "en", date(2024, 3, 14), "", NONE, "London", day("2024-03-13"), id="planned-in-another-clause"),
    pytest.param("Mercredi, des centaines de veillées étaient prévues dans le pays, dont une à Paris.", "fr",
                 date(2024, 3, 14), "", NONE, "Paris", day("2024-03-13"), id="fr-prevues-in-another-clause"),
    # ... but a clause that tells the gathering in the past, or a weekday told as the next, is not one.
    pytest.param("Thousands marched in London on Saturday in what organisers said would be the first of many.", "en",
                 date(2024, 3, 13), "", NONE, "London", day("2024-03-09"), id="future-past-beside-a-past"),
    pytest.param("Organisers said that a march would be held in London next Saturday.", "en", date(2024, 3, 13), "",
                 NONE, "London", day("2024-03-16"), id="future-past-next-saturday"),
    # ... while a report keeps its Saturday.
    pytest.param("Tusindvis demonstrerede i København i lørdags.", "da", date(2024, 3, 13), "", NONE,
                 "Copenhagen", day("2024-03-09"), id="da-i-loerdags-is-the-last-one"),
    pytest.param("Miles de personas se manifestaron el sábado en Madrid, y la policía dijo que investigará los incidentes.",
                 "es", date(2024, 3, 13), "", NONE, "Madrid", day("2024-03-09"),
                 id="es-a-later-future-leaves-the-report"),
    pytest.param("Milhares de pessoas protestaram no sábado em Lisboa, como no Pará.", "pt", date(2024, 3, 13), "",
                 NONE, "Lisbon", day("2024-03-09"), id="pt-a-capitalised-ending-is-no-future"),
    # A fortnight or a week counted as a writer counts it in days ('a fortnight ago', 'il y a quinze
    # jours', 'vor vierzehn Tagen', 'il y a huit jours'; lexicon weeks_ago) is a round figure, some days
    # either side: not the week before publication, nor a day stated as exact.
    pytest.param("A fortnight ago, thousands marched in London.", "en", date(2024, 3, 13), "", NONE,
                 "London", (date(2024, 2, 25), date(2024, 3, 2), "approximate"), id="a-fortnight-ago"),
    pytest.param("Il y a quinze jours, des milliers de personnes ont manifesté à Paris.", "fr", date(2024, 3, 13), "",
                 NONE, "Paris", (date(2024, 2, 25), date(2024, 3, 2), "approximate"), id="fr-il-y-a-quinze-jours"),
    pytest.param("Il y a 15 jours, des milliers de personnes ont manifesté à Paris.", "fr", date(2024, 3, 13), "", NONE,
                 "Paris", (date(2024, 2, 25), date(2024, 3, 2), "approximate"), id="fr-il-y-a-15-jours"),
    pytest.param("Hace quince días miles de personas se manifestaron en Madrid.", "es", date(2024, 3, 13), "", NONE,
                 "Madrid", (date(2024, 2, 25), date(2024, 3, 2), "approximate"), id="es-hace-quince-dias"),
    pytest.param("Quindici giorni fa migliaia di persone hanno manifestato a Roma.", "it", date(2024, 3, 13), "", NONE,
                 "Rome", (date(2024, 2, 25), date(2024, 3, 2), "approximate"), id="it-quindici-giorni-fa"),
    pytest.param("Há quinze dias, milhares de pessoas manifestaram-se em Lisboa.", "pt", date(2024, 3, 13), "", NONE,
                 "Lisbon", (date(2024, 2, 25), date(2024, 3, 2), "approximate"), id="pt-ha-quinze-dias"),
    pytest.param("Vor vierzehn Tagen demonstrierten Tausende in Berlin.", "de", date(2024, 3, 13), "", NONE,
                 "Berlin", (date(2024, 2, 25), date(2024, 3, 2), "approximate"), id="de-vor-vierzehn-tagen"),
    pytest.param("Veertien dagen geleden demonstreerden duizenden mensen in Amsterdam.", "nl", date(2024, 3, 13), "",
                 NONE, "Amsterdam", (date(2024, 2, 25), date(2024, 3, 2), "approximate"),
                 id="nl-veertien-dagen-geleden"),
    pytest.param("För fjorton dagar sedan demonstrerade tusentals människor i Stockholm.", "sv", date(2024, 3, 13), "",
                 NONE, "Stockholm", (date(2024, 2, 25), date(2024, 3, 2), "approximate"), id="sv-fjorton-dagar"),
    pytest.param("Il y a huit jours, des milliers de personnes ont manifesté à Paris.", "fr", date(2024, 3, 13), "",
                 NONE, "Paris", (date(2024, 3, 3), date(2024, 3, 9), "approximate"),
                 id="fr-il-y-a-huit-jours-is-a-week"),
    # ... while a count of a few days is that day.
    pytest.param("Il y a trois jours, des milliers de personnes ont manifesté à Paris.", "fr", date(2024, 3, 13), "",
                 NONE, "Paris", day("2024-03-10"), id="fr-il-y-a-trois-jours"),
    # The day of an event the rally came before ("ahead of Sunday's election", 'in vista del voto di
    # domenica', 'im Vorfeld der Wahl am Sonntag'; lexicon ahead_of) is not the rally's: it was the
    # Sunday before publication, stated as a day.
    pytest.param("Thousands rallied in London ahead of Sunday's election.", "en", date(2024, 10, 2), "", NONE,
                 "London", (date(2024, 9, 26), date(2024, 10, 2), "approximate"), id="ahead-of-sunday-s-election"),
    pytest.param("Thousands rallied in London on the eve of the election on 6 October.", "en", date(2024, 10, 2), "",
                 NONE, "London", (date(2024, 9, 26), date(2024, 10, 2), "approximate"),
                 id="on-the-eve-of-the-election-on-a-day"),
    pytest.param("À quelques jours du vote de dimanche, des milliers de personnes ont manifesté à Paris.", "fr",
                 date(2024, 10, 2), "", NONE, "Paris", (date(2024, 9, 26), date(2024, 10, 2), "approximate"),
                 id="fr-a-quelques-jours-du-vote"),
    pytest.param("In vista del voto di domenica, migliaia di persone hanno manifestato a Roma.", "it",
                 date(2024, 10, 2), "", NONE, "Rome", (date(2024, 9, 26), date(2024, 10, 2), "approximate"),
                 id="it-in-vista-del-voto"),
    pytest.param("De cara a las elecciones del domingo, miles de personas se manifestaron en Madrid.", "es",
                 date(2024, 10, 2), "", NONE, "Madrid", (date(2024, 9, 26), date(2024, 10, 2), "approximate"),
                 id="es-de-cara-a-las-elecciones"),
    pytest.param("Às vésperas da eleição de domingo, milhares de pessoas manifestaram-se em Lisboa.", "pt",
                 date(2024, 10, 2), "", NONE, "Lisbon", (date(2024, 9, 26), date(2024, 10, 2), "approximate"),
                 id="pt-as-vesperas-da-eleicao"),
    pytest.param("In aanloop naar de verkiezingen van zondag demonstreerden duizenden mensen in Amsterdam.", "nl",
                 date(2024, 10, 2), "", NONE, "Amsterdam", (date(2024, 9, 26), date(2024, 10, 2), "approximate"),
                 id="nl-in-aanloop-naar"),
    pytest.param("Im Vorfeld der Wahl am Sonntag demonstrierten Tausende in Berlin.", "de", date(2024, 10, 2), "", NONE,
                 "Berlin", (date(2024, 9, 26), date(2024, 10, 2), "approximate"), id="de-im-vorfeld-der-wahl"),
    # ... unless that event is a gathering ("ahead of Saturday's march"), or a named day of
    # gatherings, or the words stand in another sentence.
    pytest.param("Police were deployed in London ahead of Saturday's march.", "en", date(2024, 10, 2), "", NONE,
                 "London", day("2024-09-28"), id="ahead-of-saturday-s-march"),
    pytest.param("Police prepared ahead of it. On Sunday, thousands rallied in London.", "en", date(2024, 10, 2), "",
                 NONE, "London", day("2024-09-29"), id="ahead-of-in-the-sentence-before"),
    pytest.param("A Roma, alla vigilia della Festa della Liberazione, migliaia di persone hanno sfilato in corteo.",
                 "it", date(2025, 4, 26), "", NONE, "Rome", day("2025-04-25"), id="it-the-eve-of-a-named-day"),
    # The day of an event the rally came after ("after Sunday's election", 'tras las elecciones del
    # domingo', 'nach der Wahl am Sonntag'; lexicon after_event) is the earliest the rally can be: from
    # it to publication. It was that Sunday, stated as a day.
    pytest.param("Thousands rallied in London after Sunday's election.", "en", date(2024, 10, 2), "",
                 NONE, "London", (date(2024, 9, 29), date(2024, 10, 2), "approximate"), id="after-sunday-s-election"),
    pytest.param("Thousands rallied in London after the killing of a teenager on 29 September.", "en", date(2024, 10, 2), "",
                 NONE, "London", (date(2024, 9, 29), date(2024, 10, 2), "approximate"), id="after-a-killing-on-a-day"),
    pytest.param("Nach der Wahl am Sonntag demonstrierten Tausende in Berlin.", "de", date(2024, 10, 2), "",
                 NONE, "Berlin", (date(2024, 9, 29), date(2024, 10, 2), "approximate"), id="de-nach-der-wahl"),
    pytest.param("Après le vote de dimanche, des milliers de personnes ont manifesté à Paris.", "fr", date(2024, 10, 2), "",
                 NONE, "Paris", (date(2024, 9, 29), date(2024, 10, 2), "approximate"), id="fr-apres-le-vote"),
    pytest.param("Dopo il voto di domenica, migliaia di persone hanno manifestato a Roma.", "it", date(2024, 10, 2), "",
                 NONE, "Rome", (date(2024, 9, 29), date(2024, 10, 2), "approximate"), id="it-dopo-il-voto"),
    pytest.param("Tras las elecciones del domingo, miles de personas se manifestaron en Madrid.", "es", date(2024, 10, 2), "",
                 NONE, "Madrid", (date(2024, 9, 29), date(2024, 10, 2), "approximate"), id="es-tras-las-elecciones"),
    pytest.param("Na de verkiezingen van zondag demonstreerden duizenden mensen in Amsterdam.", "nl", date(2024, 10, 2), "",
                 NONE, "Amsterdam", (date(2024, 9, 29), date(2024, 10, 2), "approximate"), id="nl-na-de-verkiezingen"),
    # ... unless that event is a gathering, or the rally has a day of its own.
    pytest.param("Thousands gathered in London after Saturday's march to hear the speeches.", "en", date(2024, 10, 2), "",
                 NONE, "London", day("2024-09-28"), id="after-saturday-s-march"),
    pytest.param("After the march of 14 September in Turin, organisers counted 5,000 people.", "en", date(2024, 10, 2),
                 "", NONE, "Turin", day("2024-09-14"), id="after-the-march-of-a-day-in-a-town"),
    # A gathering the sentence tells after that one's day is a later one: from that day on.
    pytest.param("In Turin, after the march of 14 September, a sit-in was held in the main square.", "en",
                 date(2024, 10, 2), "", NONE, "Turin", (date(2024, 9, 14), date(2024, 10, 2), "approximate"),
                 id="a-sit-in-after-the-march-of-a-day"),
    pytest.param("A Torino, dopo il corteo dello scorso 14 settembre, era stato organizzato un presidio in piazza.",
                 "it", date(2024, 10, 2), "", NONE, "Turin", (date(2024, 9, 14), date(2024, 10, 2), "approximate"),
                 id="it-un-presidio-dopo-il-corteo"),
    pytest.param("À Lyon, après la marche du 14 septembre, un rassemblement a eu lieu place Bellecour.", "fr",
                 date(2024, 10, 2), "", NONE, "Lyon", (date(2024, 9, 14), date(2024, 10, 2), "approximate"),
                 id="fr-un-rassemblement-apres-la-marche"),
    pytest.param("In München fand nach der Demonstration vom 14. September eine Kundgebung statt.", "de",
                 date(2024, 10, 2), "", NONE, "Munich", (date(2024, 9, 14), date(2024, 10, 2), "approximate"),
                 id="de-eine-kundgebung-nach-der-demonstration"),
    pytest.param("En Barcelona, tras la marcha del 14 de septiembre, se celebró una concentración frente al "
                 "ayuntamiento.", "es", date(2024, 10, 2), "", NONE, "Barcelona",
                 (date(2024, 9, 14), date(2024, 10, 2), "approximate"), id="es-una-concentracion-tras-la-marcha"),
    # ... and so is one the sentence told before the words that introduce the earlier gathering, and
    # the day they give it ('following the demonstrations that crossed … yesterday'): from that day on
    pytest.param("A new day of protest took place in Oslo, following the demonstrations that crossed many cities "
                 "yesterday.", "en", date(2025, 10, 4), "", NONE, "Oslo",
                 (date(2025, 10, 3), date(2025, 10, 4), "approximate"), id="following-the-demonstrations-of-yesterday"),
    pytest.param("Thousands marched in Oslo, a day after the demonstrations that crossed many cities on Friday.",
                 "en", date(2025, 10, 4), "", NONE, "Oslo", (date(2025, 10, 3), date(2025, 10, 4), "approximate"),
                 id="a-day-after-the-demonstrations-on-friday"),
    pytest.param("Thousands marched in Oslo, continuing the protests that began in Bergen on Friday.", "en",
                 date(2025, 10, 4), "", NONE, "Oslo", (date(2025, 10, 3), date(2025, 10, 4), "approximate"),
                 id="continuing-the-protests-of-friday"),
    pytest.param("Milano - Si è tenuta una nuova giornata di protesta, proseguendo i cortei che ieri hanno attraversato "
                 "molte città.", "it", date(2025, 10, 4), "", NONE, "Milan",
                 (date(2025, 10, 3), date(2025, 10, 4), "approximate"), id="it-proseguendo-le-manifestazioni-di-ieri"),
    pytest.param("Migliaia di persone hanno sfilato a Torino, dopo le manifestazioni che ieri hanno attraversato molte "
                 "città.", "it", date(2025, 10, 4), "", NONE, "Turin", (date(2025, 10, 3), date(2025, 10, 4), "approximate"),
                 id="it-dopo-le-manifestazioni-di-ieri"),
    pytest.param("Des milliers de personnes ont défilé à Lyon, après les manifestations qui ont traversé hier de "
                 "nombreuses villes.", "fr", date(2025, 10, 4), "", NONE, "Lyon",
                 (date(2025, 10, 3), date(2025, 10, 4), "approximate"), id="fr-apres-les-manifestations-d-hier"),
    pytest.param("Tausende demonstrierten in Berlin nach den Protesten vom Freitag in vielen Städten.", "de",
                 date(2025, 10, 4), "", NONE, "Berlin", (date(2025, 10, 3), date(2025, 10, 4), "approximate"),
                 id="de-nach-den-protesten-vom-freitag"),
    # ... but a date with its year there is left to say whether it is history ('est née … après le
    # défilé ayant réuni en octobre 1996 … à Bruxelles' had taken the lead's day)
    pytest.param("Ce vendredi 25 novembre aura lieu un rassemblement à Lyon.\n\nLe mouvement est né après le défilé "
                 "ayant réuni en octobre 1996 plusieurs milliers de personnes à Paris.", "fr",
                 date(2022, 11, 25), "", NONE, "Paris", UNKNOWN, id="fr-after-a-march-of-long-ago-is-history"),
    # ... not after a weekday's: the story's own gathering, then its sequel that day
    pytest.param("After the rally on Saturday, protesters marched through London.", "en", date(2024, 10, 2), "",
                 NONE, "London", day("2024-09-28"), id="a-march-after-saturday-s-rally"),
    # In a page without its date, that day is of no year the article gives: it dates nothing.
    pytest.param("A Torino, dopo il corteo dello scorso 14 settembre, era stato organizzato un presidio in piazza.",
                 "it", None, "", NONE, "Turin", UNKNOWN, id="it-un-presidio-dopo-il-corteo-undated"),
    pytest.param("Thousands rallied in London on Monday after Sunday's election.", "en", date(2024, 10, 2), "",
                 NONE, "London", day("2024-09-30"), id="after-an-event-with-a-day-of-its-own"),
    # The start of the week (lexicon early, or earlier_this, before a week: 'Anfang der Woche', 'a
    # principios de semana', 'i början av veckan') is earlier this week, Monday to publication: it
    # was the week before publication.
    pytest.param("Anfang der Woche demonstrierten Tausende in Berlin.", "de", date(2024, 3, 14), "",
                 NONE, "Berlin", (date(2024, 3, 11), date(2024, 3, 14), "week"), id="de-anfang-der-woche"),
    pytest.param("A principios de semana miles de personas se manifestaron en Madrid.", "es", date(2024, 3, 14), "",
                 NONE, "Madrid", (date(2024, 3, 11), date(2024, 3, 14), "week"), id="es-a-principios-de-semana"),
    pytest.param("All'inizio della settimana migliaia di persone hanno manifestato a Roma.", "it", date(2024, 3, 14), "",
                 NONE, "Rome", (date(2024, 3, 11), date(2024, 3, 14), "week"), id="it-all-inizio-della-settimana"),
    pytest.param("Begin deze week demonstreerden duizenden mensen in Amsterdam.", "nl", date(2024, 3, 14), "",
                 NONE, "Amsterdam", (date(2024, 3, 11), date(2024, 3, 14), "week"), id="nl-begin-deze-week"),
    pytest.param("No início da semana, milhares de pessoas manifestaram-se em Lisboa.", "pt", date(2024, 3, 14), "",
                 NONE, "Lisbon", (date(2024, 3, 11), date(2024, 3, 14), "week"), id="pt-no-inicio-da-semana"),
    pytest.param("Na początku tygodnia tysiące osób demonstrowały w Warszawie.", "pl", date(2024, 3, 14), "",
                 NONE, "Warsaw", (date(2024, 3, 11), date(2024, 3, 14), "week"), id="pl-na-poczatku-tygodnia"),
    pytest.param("I början av veckan demonstrerade tusentals människor i Stockholm.", "sv", date(2024, 3, 14), "",
                 NONE, "Stockholm", (date(2024, 3, 11), date(2024, 3, 14), "week"), id="sv-i-borjan-av-veckan"),
    pytest.param("Tidlig i uken demonstrerte tusenvis av mennesker i Oslo.", "no", date(2024, 3, 14), "",
                 NONE, "Oslo", (date(2024, 3, 11), date(2024, 3, 14), "week"), id="no-tidlig-i-uken"),
    pytest.param("I starten af ugen demonstrerede tusindvis af mennesker i København.", "da", date(2024, 3, 14), "",
                 NONE, "Copenhagen", (date(2024, 3, 11), date(2024, 3, 14), "week"), id="da-i-starten-af-ugen"),
    # ... while the start of a month is still its first ten days.
    pytest.param("Na początku marca tysiące osób demonstrowały w Warszawie.", "pl", date(2024, 3, 14), "",
                 NONE, "Warsaw", (date(2024, 3, 1), date(2024, 3, 10), "approximate"), id="pl-na-poczatku-marca"),
    pytest.param("A principios de mayo de 2023 miles de personas se manifestaron en Madrid.", "es", date(2024, 3, 14),
                 "", NONE, "Madrid", (date(2023, 5, 1), date(2023, 5, 10), "approximate"), id="es-a-principios-de-mayo"),
    # A weekday with the week that says which it is ('Saturday next week', 'am Samstag nächster
    # Woche', 'samedi de la semaine prochaine', 'volgende week zaterdag') is that week's day: it was
    # the coming Saturday, or the week.
    pytest.param("A march will be held in London on Saturday next week.", "en", date(2024, 3, 13), "",
                 NONE, "London", day("2024-03-23"), id="saturday-next-week"),
    pytest.param("Am Samstag nächster Woche wird in Berlin demonstriert.", "de", date(2024, 3, 13), "",
                 NONE, "Berlin", day("2024-03-23"), id="de-samstag-naechster-woche"),
    pytest.param("Nächste Woche Samstag wird in Berlin demonstriert.", "de", date(2024, 3, 13), "",
                 NONE, "Berlin", day("2024-03-23"), id="de-naechste-woche-samstag"),
    pytest.param("Une manifestation aura lieu à Paris samedi de la semaine prochaine.", "fr", date(2024, 3, 13), "",
                 NONE, "Paris", day("2024-03-23"), id="fr-samedi-de-la-semaine-prochaine"),
    pytest.param("Sabato della prossima settimana si terrà una manifestazione a Roma.", "it", date(2024, 3, 13), "",
                 NONE, "Rome", day("2024-03-23"), id="it-sabato-della-prossima-settimana"),
    pytest.param("El sábado de la próxima semana habrá una manifestación en Madrid.", "es", date(2024, 3, 13), "",
                 NONE, "Madrid", day("2024-03-23"), id="es-el-sabado-de-la-proxima-semana"),
    pytest.param("Volgende week zaterdag wordt er gedemonstreerd in Amsterdam.", "nl", date(2024, 3, 13), "",
                 NONE, "Amsterdam", day("2024-03-23"), id="nl-volgende-week-zaterdag"),
    pytest.param("Am Samstag vergangener Woche demonstrierten Tausende in Berlin.", "de", date(2024, 3, 13), "",
                 NONE, "Berlin", day("2024-03-09"), id="de-samstag-vergangener-woche"),
    pytest.param("Thousands marched in London on Tuesday last week.", "en", date(2024, 3, 13), "",
                 NONE, "London", day("2024-03-05"), id="tuesday-last-week"),
    # ... but 'and' keeps a weekday and a week apart.
    pytest.param("Thousands marched in London on Saturday. Next week, another march is planned.", "en",
                 date(2024, 3, 13), "", NONE, "London", day("2024-03-09"), id="a-weekday-then-next-week"),
    pytest.param("Des milliers de personnes ont manifesté samedi à Paris et la semaine prochaine d'autres manifestations "
                 "sont prévues.", "fr", date(2024, 3, 13), "", NONE, "Paris", day("2024-03-09"),
                 id="fr-a-weekday-and-next-week"),
    # Two months joined ('in March and April', 'im März und April', 'en mars et avril'; lexicon
    # range_joiners) are both: the first alone was read, wrong for a rally of the second.
    pytest.param("Thousands marched in London in March and April.", "en", date(2024, 5, 13), "", NONE, "London",
                 (date(2024, 3, 1), date(2024, 4, 30), "approximate"), id="two-months"),
    pytest.param("Im März und April demonstrierten Tausende in Berlin.", "de", date(2024, 5, 13), "", NONE, "Berlin",
                 (date(2024, 3, 1), date(2024, 4, 30), "approximate"), id="de-two-months"),
    pytest.param("Des milliers de personnes ont manifesté à Paris en mars et avril.", "fr", date(2024, 5, 13), "",
                 NONE, "Paris", (date(2024, 3, 1), date(2024, 4, 30), "approximate"), id="fr-two-months"),
    pytest.param("Miles de personas se manifestaron en Madrid en marzo y abril.", "es", date(2024, 5, 13), "", NONE,
                 "Madrid", (date(2024, 3, 1), date(2024, 4, 30), "approximate"), id="es-two-months"),
    pytest.param("Thousands marched in London in December and January.", "en", date(2024, 2, 13), "", NONE,
                 "London", (date(2023, 12, 1), date(2024, 1, 31), "approximate"), id="two-months-across-a-new-year"),
    # ... and a day and a span of another kind are no range ('on Saturday and next week').
    pytest.param("Thousands marched in London on Saturday and next week more marches are planned.", "en",
                 date(2024, 3, 13), "", NONE, "London", day("2024-03-09"), id="a-day-and-next-week-are-no-range"),
    pytest.param("Tra oggi e il 7 novembre altre manifestazioni sono state convocate a Roma.", "it",
                 date(2021, 10, 29), "", NONE, "Rome", (date(2021, 10, 29), date(2021, 10, 29), "day"),
                 id="it-today-and-a-day-are-a-range"),
    # A list of days of one month ('9, 10 and 11 March', 'March 9, 10 and 11', 'am 9., 10. und 11.
    # März') is their range: the last two were read ('10 and 11 March'), or the first alone.
    pytest.param("Rallies were held in Paris, London and Berlin on March 9, 10 and 11 respectively.", "en", date(2024, 3, 13), "",
                 NONE, "Berlin", (date(2024, 3, 9), date(2024, 3, 11), "range"), id="days-listed-month-first"),
    pytest.param("Thousands marched in London on 9, 10 and 11 March.", "en", date(2024, 3, 13), "",
                 NONE, "London", (date(2024, 3, 9), date(2024, 3, 11), "range"), id="days-listed"),
    pytest.param("Am 9., 10. und 11. März demonstrierten Tausende in Berlin.", "de", date(2024, 3, 13), "",
                 NONE, "Berlin", (date(2024, 3, 9), date(2024, 3, 11), "range"), id="de-days-listed"),
    pytest.param("Des milliers de personnes ont manifesté à Paris les 9, 10 et 11 mars.", "fr", date(2024, 3, 13), "",
                 NONE, "Paris", (date(2024, 3, 9), date(2024, 3, 11), "range"), id="fr-days-listed"),
    pytest.param("Miles de personas se manifestaron en Madrid los días 9, 10 y 11 de marzo.", "es", date(2024, 3, 13), "",
                 NONE, "Madrid", (date(2024, 3, 9), date(2024, 3, 11), "range"), id="es-days-listed"),
    # ... but a year or a count after a day is no day of the list.
    pytest.param("On March 9, 2024, 10 and 11 people were arrested at the march in London.", "en",
                 date(2024, 3, 13), "", NONE, "London", day("2024-03-09"), id="a-year-then-counts"),
    pytest.param("On March 9, 10 people were arrested at the march in London.", "en", date(2024, 3, 13), "", NONE,
                 "London", day("2024-03-09"), id="a-day-then-a-count"),
    # A list of weekdays ('on Friday, Saturday and Sunday', 'Saturday or Sunday') is their span: the
    # first alone was read (or the last two).
    pytest.param("Thousands marched in London on Friday, Saturday and Sunday.", "en", date(2024, 3, 13), "",
                 NONE, "London", (date(2024, 3, 8), date(2024, 3, 10), "range"), id="weekdays-listed"),
    pytest.param("Am Freitag, Samstag und Sonntag demonstrierten Tausende in Berlin.", "de", date(2024, 3, 13), "",
                 NONE, "Berlin", (date(2024, 3, 8), date(2024, 3, 10), "range"), id="de-weekdays-listed"),
    pytest.param("Des milliers de personnes ont manifesté à Paris vendredi, samedi et dimanche.", "fr", date(2024, 3, 13), "",
                 NONE, "Paris", (date(2024, 3, 8), date(2024, 3, 10), "range"), id="fr-weekdays-listed"),
    pytest.param("Thousands marched in London on Saturday or Sunday.", "en", date(2024, 3, 13), "",
                 NONE, "London", (date(2024, 3, 9), date(2024, 3, 10), "weekend"), id="saturday-or-sunday"),
    # ... but not two weekdays a clause apart.
    pytest.param("On Friday, police said that thousands had marched in London on Sunday.", "en", date(2024, 3, 13),
                 "", NONE, "London", day("2024-03-10"), id="weekdays-a-clause-apart"),
    # German and Dutch news tell what is to come in the present ('Am Samstag demonstrieren Tausende',
    # 'Zaterdag demonstreren duizenden'; lexicon present): the Saturday before publication or the
    # one after, not the one before stated as a day; on a Saturday, that day.
    pytest.param("Am Samstag demonstrieren Tausende in Berlin gegen den Krieg.", "de", date(2024, 3, 13), "", NONE,
                 "Berlin", (date(2024, 3, 9), date(2024, 3, 16), "approximate"), id="de-present"),
    pytest.param("Am Samstag gehen in Berlin Tausende auf die Straße.", "de", date(2024, 3, 13), "", NONE,
                 "Berlin", (date(2024, 3, 9), date(2024, 3, 16), "approximate"), id="de-present-split-verb"),
    pytest.param("Zaterdag demonstreren duizenden mensen in Amsterdam.", "nl", date(2024, 3, 13), "", NONE,
                 "Amsterdam", (date(2024, 3, 9), date(2024, 3, 16), "approximate"), id="nl-present"),
    pytest.param("Am Samstag demonstrieren Tausende in Berlin.", "de", date(2024, 3, 9), "", NONE, "Berlin",
                 day("2024-03-09"), id="de-present-on-the-day"),
    pytest.param("Lördag demonstrerar tusentals människor i Stockholm.", "sv", date(2024, 3, 13), "", NONE,
                 "Stockholm", (date(2024, 3, 9), date(2024, 3, 16), "approximate"), id="sv-present"),
    pytest.param("Lørdag demonstrerer tusenvis av mennesker i Oslo.", "no", date(2024, 3, 13), "", NONE, "Oslo",
                 (date(2024, 3, 9), date(2024, 3, 16), "approximate"), id="no-present"),
    pytest.param("Lørdag demonstrerer tusindvis af mennesker i København.", "da", date(2024, 3, 13), "", NONE,
                 "Copenhagen", (date(2024, 3, 9), date(2024, 3, 16), "approximate"), id="da-present"),
    pytest.param("I lørdags samles tusindvis af mennesker i København.", "da", date(2024, 3, 13), "", NONE,
                 "Copenhagen", day("2024-03-09"), id="da-present-beside-the-last-saturday"),
    # ... while the past, or a future form, keeps its side.
    pytest.param("Am Samstag gingen in Berlin Tausende auf die Straße.", "de", date(2024, 3, 13), "", NONE,
                 "Berlin", day("2024-03-09"), id="de-past-beside-a-present-word"),
    pytest.param("Am Samstag wollen Tausende in Berlin demonstrieren.", "de", date(2024, 3, 13), "", NONE, "Berlin",
                 day("2024-03-16"), id="de-a-future-form-beside-a-present"),
    # ... and an infinitive ('um zu demonstrieren', 'om te protesteren'; lexicon infinitive_marks) is no present.
    pytest.param("Tausende haben sich am Samstag in Berlin versammelt, um gegen den Krieg zu demonstrieren.", "de",
                 date(2024, 3, 13), "", NONE, "Berlin", day("2024-03-09"), id="de-an-infinitive-is-no-present"),
    pytest.param("Tientallen mensen zijn zaterdag de straat opgegaan om te protesteren in Amsterdam.", "nl",
                 date(2024, 3, 13), "", NONE, "Amsterdam", day("2024-03-09"), id="nl-an-infinitive-is-no-present"),
    # A start or a taking place told in the present is a schedule's ('The march starts on Saturday
    # at 2pm'; lexicon present, in English and the Romance languages only these verbs): the Saturday
    # before publication or the one after, not the one before stated as a day.
    pytest.param("The march in London starts on Saturday at 2pm.", "en", date(2024, 3, 13), "", NONE, "London",
                 (date(2024, 3, 9), date(2024, 3, 16), "approximate"), id="en-a-start-told-in-the-present"),
    pytest.param("The vigil in London takes place on Saturday evening.", "en", date(2024, 3, 13), "", NONE, "London",
                 (date(2024, 3, 9), date(2024, 3, 16), "approximate"), id="en-taking-place-in-the-present"),
    pytest.param("La manifestation à Paris commence samedi à 14 heures.", "fr", date(2024, 3, 13), "", NONE, "Paris",
                 (date(2024, 3, 9), date(2024, 3, 16), "approximate"), id="fr-a-start-in-the-present"),
    pytest.param("La marcha en Madrid comienza el sábado a las 12.", "es", date(2024, 3, 13), "", NONE, "Madrid",
                 (date(2024, 3, 9), date(2024, 3, 16), "approximate"), id="es-a-start-in-the-present"),
    pytest.param("Il corteo a Roma inizia sabato alle 15.", "it", date(2024, 3, 13), "", NONE, "Rome",
                 (date(2024, 3, 9), date(2024, 3, 16), "approximate"), id="it-a-start-in-the-present"),
    pytest.param("A manifestação em Lisboa começa no sábado às 15h.", "pt", date(2024, 3, 13), "", NONE, "Lisbon",
                 (date(2024, 3, 9), date(2024, 3, 16), "approximate"), id="pt-a-start-in-the-present"),
    pytest.param("Manifestacja w Warszawie rozpoczyna się w sobotę o 12.", "pl", date(2024, 3, 13), "", NONE, "Warsaw",
                 (date(2024, 3, 9), date(2024, 3, 16), "approximate"), id="pl-a-start-in-the-present"),
    pytest.param("Die Kundgebung in Berlin beginnt am Samstag um 14 Uhr.", "de", date(2024, 3, 13), "", NONE, "Berlin",
                 (date(2024, 3, 9), date(2024, 3, 16), "approximate"), id="de-a-start-in-the-present"),
    pytest.param("De demonstratie in Amsterdam start zaterdag om 14.00 uur.", "nl", date(2024, 3, 13), "", NONE, "Amsterdam",
                 (date(2024, 3, 9), date(2024, 3, 16), "approximate"), id="nl-a-start-in-the-present"),
    pytest.param("The march in London started on Saturday at 2pm.", "en", date(2024, 3, 13), "", NONE, "London",
                 day("2024-03-09"), id="en-a-start-told-in-the-past"),
    # Dutch tells what is to come in the present passive too ('wordt … gedemonstreerd'), whose
    # participle is no past; the past's auxiliary keeps its side
    pytest.param("Zaterdag wordt er in Amsterdam gedemonstreerd.", "nl", date(2024, 3, 13), "", NONE, "Amsterdam",
                 (date(2024, 3, 9), date(2024, 3, 16), "approximate"), id="nl-the-present-passive"),
    pytest.param("Zaterdag werd er in Amsterdam gedemonstreerd.", "nl", date(2024, 3, 13), "", NONE, "Amsterdam",
                 day("2024-03-09"), id="nl-the-past-passive"),
    # ... and on a page that gives only its month, from the one before its first day to the one after
    # its last: a page of late March announces a Saturday of April.
    # A sentence with no place of its own that announces a day for the gathering told before it
    # ('The rally will be held on Saturday') dates that gathering, a paragraph or more later too;
    # not one told in the past, nor when it announces another ('The next protest …').
    pytest.param("Organisers have called a rally in London against the bill. Tickets are free. The rally will be "
                 "held on Saturday at the square.", "en", date(2024, 3, 13), "", NONE, "London", day("2024-03-16"),
                 id="en-the-day-a-later-sentence-announces"),
    pytest.param("Un rassemblement contre la loi est organisé à Lyon.\n\nLe rassemblement aura lieu samedi à 14 "
                 "heures.", "fr", date(2024, 3, 13), "", NONE, "Lyon", day("2024-03-16"),
                 id="fr-the-day-a-later-paragraph-announces"),
    pytest.param("Gegen das Gesetz ist eine Kundgebung in Berlin angemeldet. Die Polizei rechnet mit Hunderten. "
                 "Die Kundgebung beginnt am Samstag um 14 Uhr.", "de", date(2024, 3, 13), "", NONE, "Berlin",
                 (date(2024, 3, 9), date(2024, 3, 16), "approximate"), id="de-the-day-a-later-sentence-announces"),
    pytest.param("Het protest in Amsterdam wordt verplaatst. Dit laat de organisatie weten. De demonstratie start "
                 "woensdag om 16.00 uur.", "nl", None, "2024-03", NONE, "Amsterdam",
                 (date(2024, 2, 28), date(2024, 4, 3), "approximate"), id="nl-the-day-a-later-sentence-announces"),
    pytest.param("Thousands marched in London against the bill. The next protest starts on Saturday at 2pm.", "en",
                 date(2024, 3, 13), "", NONE, "London",
                 (date(2024, 3, 7), date(2024, 3, 13), "approximate"), id="en-the-next-gathering-s-day"),
    pytest.param("Thousands marched in London against the bill. The march will be repeated on Saturday.", "en",
                 date(2024, 3, 13), "", NONE, "London",
                 (date(2024, 3, 7), date(2024, 3, 13), "approximate"), id="en-a-day-announced-after-a-past-one"),
    pytest.param("De demonstratie in Amsterdam start zaterdag om 14.00 uur.", "nl", None, "2024-03", NONE,
                 "Amsterdam", (date(2024, 2, 24), date(2024, 4, 6), "approximate"), id="nl-a-start-on-a-month-page"),
    pytest.param("Am Samstag demonstrieren Tausende in Berlin.", "de", None, "2024-03", NONE,
                 "Berlin", (date(2024, 2, 24), date(2024, 4, 6), "approximate"), id="de-present-on-a-month-page"),
    # 'The following Saturday' ('le samedi suivant', 'am darauffolgenden Samstag'; lexicon following,
    # following_after) is the first Saturday after the date before it: it was the Saturday before
    # publication, stated as a day.
    pytest.param("A march was held in Paris on 2 March. The following Saturday, thousands marched in London.",
                 "en", date(2024, 3, 20), "", NONE, "London", day("2024-03-09"), id="following-saturday"),
    pytest.param("Une marche a eu lieu à Paris le 2 mars. Le samedi suivant, des milliers de personnes ont manifesté à Lyon.",
                 "fr", date(2024, 3, 20), "", NONE, "Lyon", day("2024-03-09"), id="fr-le-samedi-suivant"),
    pytest.param("Il 2 marzo si è tenuto un corteo a Roma. Il sabato successivo migliaia di persone hanno manifestato a Milano.",
                 "it", date(2024, 3, 20), "", NONE, "Milan", day("2024-03-09"), id="it-il-sabato-successivo"),
    pytest.param("El 2 de marzo hubo una marcha en Madrid. El sábado siguiente miles de personas se manifestaron en Barcelona.",
                 "es", date(2024, 3, 20), "", NONE, "Barcelona", day("2024-03-09"), id="es-el-sabado-siguiente"),
    pytest.param("Am 2. März gab es eine Demonstration in Berlin. Am darauffolgenden Samstag demonstrierten Tausende in Hamburg.",
                 "de", date(2024, 3, 20), "", NONE, "Hamburg", day("2024-03-09"), id="de-am-darauffolgenden-samstag"),
    # ... 'the previous Saturday' ('le samedi précédent', 'am vorherigen Samstag'; lexicon preceding,
    # preceding_after) the last Saturday before it.
    pytest.param("Thousands marched in London on 9 March. The previous Saturday, a march was held in Paris.",
                 "en", date(2024, 3, 20), "", NONE, "Paris", day("2024-03-02"), id="previous-saturday"),
    pytest.param("Des milliers de personnes ont manifesté à Lyon le 9 mars. Le samedi précédent, une marche avait eu lieu à Paris.",
                 "fr", date(2024, 3, 20), "", NONE, "Paris", day("2024-03-02"), id="fr-le-samedi-precedent"),
    pytest.param("El 9 de marzo miles de personas se manifestaron en Barcelona. El sábado anterior hubo una marcha en Madrid.",
                 "es", date(2024, 3, 20), "", NONE, "Madrid", day("2024-03-02"), id="es-el-sabado-anterior"),
    pytest.param("Am 9. März demonstrierten Tausende in Hamburg. Am vorherigen Samstag hatte es eine Demonstration in Berlin gegeben.",
                 "de", date(2024, 3, 20), "", NONE, "Berlin", day("2024-03-02"), id="de-am-vorherigen-samstag"),
    pytest.param("A march was held in Paris on Wednesday, 6 March. The following Saturday, thousands marched in London.",
                 "en", date(2024, 3, 20), "", NONE, "London", day("2024-03-09"), id="following-saturday-of-a-wednesday"),
    # ... and so are a weekend or a week ('the following weekend', 'le week-end suivant', 'am
    # darauffolgenden Wochenende', 'la semana siguiente', 'the previous week'): they were the
    # paragraph's day, or the weekend before publication.
    pytest.param("A march was held in Paris on 2 March. The following weekend, thousands marched in London.", "en",
                 date(2024, 3, 27), "", NONE, "London", (date(2024, 3, 9), date(2024, 3, 10), "weekend"), id="following-weekend"),
    pytest.param("Une marche a eu lieu à Paris le 2 mars. Le week-end suivant, des milliers de personnes ont manifesté "
                 "à Lyon.", "fr", date(2024, 3, 27), "", NONE, "Lyon", (date(2024, 3, 9), date(2024, 3, 10), "weekend"), id="fr-le-week-end-suivant"),
    pytest.param("Am 2. März gab es eine Demonstration in Berlin. Am darauffolgenden Wochenende demonstrierten "
                 "Tausende in Hamburg.", "de", date(2024, 3, 27), "", NONE, "Hamburg", (date(2024, 3, 9), date(2024, 3, 10), "weekend"),
                 id="de-am-darauffolgenden-wochenende"),
    pytest.param("El 2 de marzo hubo una marcha en Madrid. La semana siguiente miles de personas se manifestaron en "
                 "Barcelona.", "es", date(2024, 3, 27), "", NONE, "Barcelona", (date(2024, 3, 4), date(2024, 3, 10), "week"), id="es-la-semana-siguiente"),
    pytest.param("Thousands marched in London on 9 March. The previous week, a march was held in Paris.", "en",
                 date(2024, 3, 27), "", NONE, "Paris", (date(2024, 2, 26), date(2024, 3, 3), "week"),
                 id="previous-week"),
    # A weekday of the date before it ('an jenem Samstag', 'quel sabato', 'aquel sábado'; lexicon that)
    # is that day, or the one before it and the one after: it was the one before, stated as a day.
    pytest.param("Am 6. März 2023 verbot die Polizei den Marsch. An jenem Samstag demonstrierten dennoch Tausende in "
                 "Berlin.", "de", date(2024, 3, 27), "", NONE, "Berlin", (date(2023, 3, 4), date(2023, 3, 11), "approximate"), id="de-an-jenem-samstag"),
    pytest.param("Il 6 marzo 2023 la polizia ha vietato il corteo. Quel sabato migliaia di persone hanno manifestato "
                 "a Roma.", "it", date(2024, 3, 27), "", NONE, "Rome", (date(2023, 3, 4), date(2023, 3, 11), "approximate"), id="it-quel-sabato"),
    pytest.param("El 6 de marzo de 2023 la policía prohibió la marcha. Aquel sábado miles de personas se manifestaron "
                 "en Madrid.", "es", date(2024, 3, 27), "", NONE, "Madrid", (date(2023, 3, 4), date(2023, 3, 11), "approximate"), id="es-aquel-sabado"),
    pytest.param("Sabato 4 marzo 2023 migliaia di persone erano in piazza a Milano. Quel sabato migliaia di persone "
                 "hanno manifestato anche a Roma.", "it", date(2024, 3, 27), "", NONE, "Rome", day("2023-03-04"),
                 id="it-quel-sabato-of-a-saturday"),
    pytest.param("Am 5. März 2023 verbot die Polizei den Marsch. An jenem Wochenende demonstrierten dennoch Tausende "
                 "in Berlin.", "de", date(2024, 3, 27), "", NONE, "Berlin",
                 (date(2023, 3, 4), date(2023, 3, 5), "weekend"), id="de-an-jenem-wochenende-of-a-sunday"),
    pytest.param("Am 6. März 2023 verbot die Polizei den Marsch. An jenem Wochenende demonstrierten dennoch Tausende "
                 "in Berlin.", "de", date(2024, 3, 27), "", NONE, "Berlin",
                 (date(2023, 3, 4), date(2023, 3, 12), "approximate"), id="de-an-jenem-wochenende-of-a-monday"),
    # ... and with no date before it, nothing.
    pytest.param("Thousands marched in London the following Saturday.", "en", date(2024, 3, 20), "", NONE, "London",
                 (None, None, "unknown"), id="following-saturday-after-nothing"),
    # A month of last (or next) year ('in March of last year', 'im März letzten Jahres', 'en marzo
    # del año pasado', 'nel marzo dello scorso anno') is that year's: it was this year's month.
    pytest.param("Thousands marched in London in March of last year.", "en", date(2024, 5, 13), "",
                 NONE, "London", (date(2023, 3, 1), date(2023, 3, 31), "month"), id="a-month-of-last-year"),
    pytest.param("Im März letzten Jahres demonstrierten Tausende in Berlin.", "de", date(2024, 5, 13), "",
                 NONE, "Berlin", (date(2023, 3, 1), date(2023, 3, 31), "month"), id="de-a-month-of-last-year"),
    pytest.param("En mars de l'année dernière, des milliers de personnes ont manifesté à Paris.", "fr", date(2024, 5, 13), "",
                 NONE, "Paris", (date(2023, 3, 1), date(2023, 3, 31), "month"), id="fr-a-month-of-last-year"),
    pytest.param("En marzo del año pasado miles de personas se manifestaron en Madrid.", "es", date(2024, 5, 13), "",
                 NONE, "Madrid", (date(2023, 3, 1), date(2023, 3, 31), "month"), id="es-a-month-of-last-year"),
    pytest.param("Nel marzo dello scorso anno migliaia di persone hanno manifestato a Roma.", "it", date(2024, 5, 13), "",
                 NONE, "Rome", (date(2023, 3, 1), date(2023, 3, 31), "month"), id="it-a-month-of-last-year"),
    pytest.param("W marcu ubiegłego roku tysiące osób demonstrowały w Warszawie.", "pl", date(2024, 5, 13), "",
                 NONE, "Warsaw", (date(2023, 3, 1), date(2023, 3, 31), "month"), id="pl-a-month-of-last-year"),
    pytest.param("In maart vorig jaar demonstreerden duizenden mensen in Amsterdam.", "nl", date(2024, 5, 13), "",
                 NONE, "Amsterdam", (date(2023, 3, 1), date(2023, 3, 31), "month"), id="nl-a-month-of-last-year"),
    pytest.param("Am 9. März vergangenen Jahres demonstrierten Tausende in Berlin.", "de", date(2024, 5, 13), "",
                 NONE, "Berlin", day("2023-03-09"), id="de-vergangenen-jahres"),
    pytest.param("Thousands will march in London in March next year.", "en", date(2024, 5, 13), "",
                 NONE, "London", (date(2025, 3, 1), date(2025, 3, 31), "month"), id="a-month-of-next-year"),
    # ... but a year set against the month's is not its own.
    pytest.param("In March, more people marched in London than last year.", "en", date(2024, 5, 13), "", NONE,
                 "London", (date(2024, 3, 1), date(2024, 3, 31), "month"), id="a-month-compared-with-last-year"),
    # A month after 'last', 'this' or 'next' ('last March', 'im vergangenen März', 'lo scorso marzo', 'el
    # pasado mes de marzo') is that month before, of or after the month of writing (published
    # February 2024): 'last March' was the week before publication, 'el pasado mes de marzo' January.
    pytest.param("Thousands marched in London last March.", "en", date(2024, 2, 13), "",
                 NONE, "London", (date(2023, 3, 1), date(2023, 3, 31), "month"), id="last-march"),
    pytest.param("Thousands marched in London this past March.", "en", date(2024, 2, 13), "",
                 NONE, "London", (date(2023, 3, 1), date(2023, 3, 31), "month"), id="this-past-march"),
    pytest.param("Im vergangenen März demonstrierten Tausende in Berlin.", "de", date(2024, 2, 13), "",
                 NONE, "Berlin", (date(2023, 3, 1), date(2023, 3, 31), "month"), id="de-im-vergangenen-maerz"),
    pytest.param("El pasado mes de marzo miles de personas se manifestaron en Madrid.", "es", date(2024, 2, 13), "",
                 NONE, "Madrid", (date(2023, 3, 1), date(2023, 3, 31), "month"), id="es-el-pasado-mes-de-marzo"),
    pytest.param("Lo scorso marzo migliaia di persone hanno manifestato a Roma.", "it", date(2024, 2, 13), "",
                 NONE, "Rome", (date(2023, 3, 1), date(2023, 3, 31), "month"), id="it-lo-scorso-marzo"),
    pytest.param("Afgelopen maart demonstreerden duizenden mensen in Amsterdam.", "nl", date(2024, 2, 13), "",
                 NONE, "Amsterdam", (date(2023, 3, 1), date(2023, 3, 31), "month"), id="nl-afgelopen-maart"),
    pytest.param("Thousands will march in London next March.", "en", date(2024, 2, 13), "",
                 NONE, "London", (date(2024, 3, 1), date(2024, 3, 31), "month"), id="next-march"),
    pytest.param("Thousands marched in London last March.", "en", date(2024, 5, 13), "", NONE, "London",
                 (date(2024, 3, 1), date(2024, 3, 31), "month"), id="last-march-of-this-year"),
    # ... but 'March' in a march's name is none ('the last March for Life'), and a month the text
    # compares the rally's time with is another time's ('as happened last December').
    pytest.param("The last March for Life drew thousands in London.", "en", date(2024, 2, 13), "", NONE, "London",
                 (date(2024, 2, 7), date(2024, 2, 13), "approximate"), id="the-last-march-for-life"),
    pytest.param("A Torino sono attese diecimila persone in piazza. Il timore è che il raduno di Torino si trasformi in "
                 "una guerriglia urbana, come successo lo scorso dicembre.", "it", date(2026, 1, 30), "", NONE,
                 "Turin", (None, None, "unknown"), id="it-as-happened-last-december"),
    # A day 0 is no day: 'On 0 May 2010' raised (ValueError) in an undated page, and the article's
    # rallies were lost; it is May 2010.
    pytest.param("On 0 May 2010, thousands marched in London.", "en", None, "", NONE, "London",
                 (date(2010, 5, 1), date(2010, 5, 31), "month"), id="a-day-0-raised"),
    pytest.param("Am 0. Mai 2010 demonstrierten Tausende in Berlin.", "de", None, "", NONE, "Berlin",
                 (date(2010, 5, 1), date(2010, 5, 31), "month"), id="de-a-day-0-raised"),
    # A lead that sends people to the streets, in any form of the verb, is about a gathering: its
    # day dates the rallies after it. 'vão … para as ruas', 'saldrán a la calle' were no gathering
    # words, and the city in the next paragraph took the week before publication.
    pytest.param("Milhares de portugueses vão, este sábado, para as ruas contestar as medidas do Governo.\n\n"
                 "Nas ruas de Lisboa já é possível ver os manifestantes.", "pt", date(2023, 3, 29), "", NONE, "Lisbon",
                 day("2023-04-01"), id="pt-a-lead-to-the-streets"),
    pytest.param("Miles de personas saldrán a la calle este sábado contra la ley de vivienda.\n\n"
                 "En Madrid, la marcha partirá de Atocha a las 12.", "es", date(2023, 3, 29), "", NONE, "Madrid",
                 day("2023-04-01"), id="es-a-lead-out-to-the-street"),
    pytest.param("Cientos de miles de personas se han manifestado este sábado en unas 80 localidades.\n\n"
                 "Las marchas se sucedieron en Madrid y otras capitales.", "es", date(2023, 4, 1), "", NONE, "Madrid",
                 day("2023-04-01"), id="es-a-lead-in-the-perfect"),
    # A date in a relative clause after a comma that tells no gathering is its noun's: 'against the
    # law, which parliament passed on Thursday' put the rally on that Thursday (published Monday).
    pytest.param("On Saturday thousands marched in London against the law, which parliament passed on Thursday.", "en",
                 date(2023, 11, 20), "", NONE, "London", day("2023-11-18"), id="a-relative-clause-s-day"),
    pytest.param("Este sábado miles de personas se manifestaron en Madrid contra la ley, que se aprobó el jueves.", "es",
                 date(2023, 11, 20), "", NONE, "Madrid", day("2023-11-18"), id="es-a-relative-clause-s-day"),
    pytest.param("Samedi, des milliers de personnes ont manifesté à Paris contre la loi, qui a été adoptée jeudi.", "fr",
                 date(2023, 11, 20), "", NONE, "Paris", day("2023-11-18"), id="fr-a-relative-clause-s-day"),
    pytest.param("Sabato migliaia di persone hanno manifestato a Roma contro la legge, che è stata approvata giovedì.", "it",
                 date(2023, 11, 20), "", NONE, "Rome", day("2023-11-18"), id="it-a-relative-clause-s-day"),
    pytest.param("Am Samstag demonstrierten Tausende in Berlin gegen das Gesetz, das am Donnerstag beschlossen wurde.", "de",
                 date(2023, 11, 20), "", NONE, "Berlin", day("2023-11-18"), id="de-a-relative-clause-s-day"),
    pytest.param("No sábado, milhares de pessoas protestaram em Lisboa contra a lei, que foi aprovada na quinta-feira.", "pt",
                 date(2023, 11, 20), "", NONE, "Lisbon", day("2023-11-18"), id="pt-a-relative-clause-s-day"),
    pytest.param("Zaterdag demonstreerden duizenden mensen in Amsterdam tegen de wet, die donderdag werd aangenomen.", "nl",
                 date(2023, 11, 20), "", NONE, "Amsterdam", day("2023-11-18"), id="nl-a-relative-clause-s-day"),
    pytest.param("På lördagen demonstrerade tusentals i Stockholm mot lagen, som antogs i torsdags.", "sv",
                 date(2023, 11, 20), "", NONE, "Stockholm", day("2023-11-18"), id="sv-a-relative-clause-s-day"),
    pytest.param("W sobotę tysiące osób protestowały w Warszawie przeciwko ustawie, którą Sejm przyjął w czwartek.", "pl",
                 date(2023, 11, 20), "", NONE, "Warsaw", day("2023-11-18"), id="pl-a-relative-clause-s-day"),
    # ... even when it is the sentence's only date: the week before publication, not that Thursday
    pytest.param("Miles de personas se manifestaron en Madrid contra la ley, que se aprobó el jueves.", "es",
                 date(2023, 11, 20), "", NONE, "Madrid", (date(2023, 11, 14), date(2023, 11, 20), "approximate"),
                 id="es-a-relative-clause-s-only-day"),
    # ... but a clause said of a gathering, or that tells one, is the gathering's
    pytest.param("The march, which started on Saturday at noon, drew thousands in London.", "en", date(2023, 11, 20), "",
                 NONE, "London", day("2023-11-18"), id="a-relative-clause-of-a-gathering"),
    # ... and so is a clause said of a gathering and its adjective, as Romance languages write them
    pytest.param("Il corteo nazionale, che si terrà sabato 25 novembre a Roma, partirà alle 14.", "it",
                 date(2023, 11, 20), "", NONE, "Rome", day("2023-11-25"), id="it-a-relative-clause-of-a-gathering-s-adjective"),
    pytest.param("La marcha multitudinaria, que se celebrará el sábado 25 de noviembre en Madrid, saldrá de Atocha.",
                 "es", date(2023, 11, 20), "", NONE, "Madrid", day("2023-11-25"),
                 id="es-a-relative-clause-of-a-gathering-s-adjective"),
    pytest.param("La manifestation nationale, qui aura lieu samedi 25 novembre à Paris, partira de la Bastille.", "fr",
                 date(2023, 11, 20), "", NONE, "Paris", day("2023-11-25"),
                 id="fr-a-relative-clause-of-a-gathering-s-adjective"),
    pytest.param("Sabato migliaia di persone hanno manifestato a Roma contro la legge nazionale, che è stata approvata "
                 "giovedì.", "it", date(2023, 11, 20), "", NONE, "Rome", day("2023-11-18"),
                 id="it-a-relative-clause-of-another-noun-s-adjective"),
    pytest.param("Miles de personas se manifestaron en Madrid contra la ley, que reunió el jueves a miles de "
                 "manifestantes.", "es", date(2023, 11, 20), "", NONE, "Madrid", day("2023-11-16"),
                 id="es-a-relative-clause-that-tells-a-gathering"),
    pytest.param("Tausende demonstrierten in Berlin, die Polizei zählte am Samstag 5000 Teilnehmer.", "de",
                 date(2023, 11, 20), "", NONE, "Berlin", day("2023-11-18"), id="de-an-article-opens-no-relative-clause"),
    # A crowd awaited, in the words each language splits or phrases it with, announces: the coming
    # Saturday (published Wednesday), not the last one
    pytest.param("Voor de demonstratie van zaterdag in Amsterdam worden duizenden mensen verwacht.", "nl",
                 date(2023, 11, 22), "", NONE, "Amsterdam", day("2023-11-25"), id="nl-a-crowd-awaited-verb-last"),
    pytest.param("Zaterdag kwamen in Amsterdam meer mensen dan verwacht naar de demonstratie.", "nl",
                 date(2023, 11, 22), "", NONE, "Amsterdam", day("2023-11-18"), id="nl-more-than-expected"),
    pytest.param("Na sobotnią manifestację w Warszawie ma przyjść kilka tysięcy osób.", "pl", date(2023, 11, 22), "",
                 NONE, "Warsaw", day("2023-11-25"), id="pl-is-to-come"),
    pytest.param("W sobotę w Warszawie ma się odbyć manifestacja.", "pl", date(2023, 11, 22), "", NONE, "Warsaw",
                 day("2023-11-25"), id="pl-is-to-take-place"),
    pytest.param("Sabato a Roma si attendono migliaia di manifestanti.", "it", date(2023, 11, 22), "", NONE, "Rome",
                 day("2023-11-25"), id="it-si-attendono"),
    # A day a gathering is set for ('for Saturday', 'per sabato', 'na sobotę') is one to come: a call
    # told in the past ('hanno indetto', 'zapowiedzieli') put it on the Saturday before publication
    pytest.param("I sindacati hanno indetto una manifestazione per sabato a Roma.", "it", date(2023, 11, 22), "", NONE,
                 "Rome", day("2023-11-25"), id="it-per-sabato"),
    pytest.param("Os sindicatos convocaram uma manifestação para sábado em Lisboa.", "pt", date(2023, 11, 22), "",
                 NONE, "Lisbon", day("2023-11-25"), id="pt-para-sabado"),
    pytest.param("Die Gewerkschaften rufen für Samstag zu einer Demonstration in Berlin auf.", "de", date(2023, 11, 22),
                 "", NONE, "Berlin", day("2023-11-25"), id="de-fur-samstag"),
    pytest.param("Związkowcy zapowiedzieli manifestację w Warszawie na sobotę.", "pl", date(2023, 11, 22), "", NONE,
                 "Warsaw", day("2023-11-25"), id="pl-na-sobote"),
    pytest.param("Les syndicats appellent à une manifestation pour samedi à Paris.", "fr", date(2023, 11, 22), "", NONE,
                 "Paris", day("2023-11-25"), id="fr-pour-samedi"),
    pytest.param("Unions called a march for Saturday in London.", "en", date(2023, 11, 22), "", NONE, "London",
                 day("2023-11-25"), id="for-saturday"),
    # A call to gather told in the present is a call for what is to come
    pytest.param("Activists are calling for a march in London on Saturday.", "en", date(2023, 11, 22), "", NONE,
                 "London", day("2023-11-25"), id="are-calling-for"),
    pytest.param("I sindacati convocano una manifestazione sabato a Roma.", "it", date(2023, 11, 22), "", NONE, "Rome",
                 day("2023-11-25"), id="it-convocano"),
    pytest.param("De vakbonden roepen zaterdag op tot een demonstratie in Amsterdam.", "nl", date(2023, 11, 22), "",
                 NONE, "Amsterdam", day("2023-11-25"), id="nl-roepen-op-tot"),
    pytest.param("Związkowcy wzywają do manifestacji w Warszawie w sobotę.", "pl", date(2023, 11, 22), "", NONE,
                 "Warsaw", day("2023-11-25"), id="pl-wzywaja-do"),
    pytest.param("El sindicato llama a manifestarse el sábado en Madrid.", "es", date(2023, 11, 22), "", NONE,
                 "Madrid", day("2023-11-25"), id="es-llama-a"),
    pytest.param("Fagforeningene inviterer til demonstrasjon i Oslo lørdag.", "no", date(2023, 11, 22), "", NONE,
                 "Oslo", day("2023-11-25"), id="no-inviterer-til"),
    pytest.param("Fagforeningerne opfordrer til demonstration i København lørdag.", "da", date(2023, 11, 22), "",
                 NONE, "Copenhagen", day("2023-11-25"), id="da-opfordrer-til"),
    pytest.param("Die Gewerkschaften rufen zu einer Demonstration am Samstag in Berlin auf.", "de", date(2023, 11, 22),
                 "", NONE, "Berlin", day("2023-11-25"), id="de-rufen-zu"),
    # ... but a gathering told in the past keeps its day
    pytest.param("On Saturday thousands marched in London, answering the unions that are calling for a general strike.",
                 "en", date(2023, 11, 22), "", NONE, "London", day("2023-11-18"), id="marched-answering-a-call"),
    # A rally told with the date its period opens ('since February') and no day of its own is some
    # day from that date to publication, not the week before publication
    pytest.param("Since February, similar protests have taken place in London.", "en", date(2024, 3, 4), "", NONE,
                 "London", (date(2024, 2, 1), date(2024, 3, 4), "approximate"), id="since-a-month"),
    pytest.param("Depuis février, des manifestations similaires ont eu lieu à Paris.", "fr", date(2024, 3, 4), "",
                 NONE, "Paris", (date(2024, 2, 1), date(2024, 3, 4), "approximate"), id="fr-depuis-un-mois"),
    pytest.param("Dal 3 febbraio si sono svolte manifestazioni simili a Roma.", "it", date(2024, 3, 4), "", NONE,
                 "Rome", (date(2024, 2, 3), date(2024, 3, 4), "approximate"), id="it-dal-3-febbraio"),
    pytest.param("Seit Februar gab es ähnliche Proteste in Berlin.", "de", date(2024, 3, 4), "", NONE, "Berlin",
                 (date(2024, 2, 1), date(2024, 3, 4), "approximate"), id="de-seit-februar"),
    pytest.param("Od lutego w Warszawie odbywają się podobne protesty.", "pl", date(2024, 3, 4), "", NONE, "Warsaw",
                 (date(2024, 2, 1), date(2024, 3, 4), "approximate"), id="pl-od-lutego"),
    pytest.param("Sinds zaterdag demonstreren elke dag honderden mensen in Amsterdam.", "nl", date(2024, 3, 4), "",
                 NONE, "Amsterdam", (date(2024, 3, 2), date(2024, 3, 4), "approximate"), id="nl-sinds-zaterdag"),
    # ... unless it lies further back than a season: a state of things, which the week before
    # publication dates as before
    pytest.param("It was the largest protest in London since 2003.", "en", date(2024, 3, 4), "", NONE, "London",
                 (date(2024, 2, 27), date(2024, 3, 4), "approximate"), id="since-a-year-long-ago"),
    # A count of years back gives a day-month its year: 'Two years ago … on 12 June' was this year's
    # 12 June, stated as a day; a vague count gives no one year
    pytest.param("Two years ago, thousands marched in London on 12 June.", "en", date(2024, 6, 20), "", NONE, "London",
                 day("2022-06-12"), id="years-ago-and-a-day"),
    pytest.param("Vor zwei Jahren demonstrierten am 12. Juni Tausende in Berlin.", "de", date(2024, 6, 20), "", NONE,
                 "Berlin", day("2022-06-12"), id="de-vor-zwei-jahren"),
    pytest.param("Il y a deux ans, le 12 juin, des milliers de personnes ont défilé à Paris.", "fr", date(2024, 6, 20),
                 "", NONE, "Paris", day("2022-06-12"), id="fr-il-y-a-deux-ans"),
    pytest.param("Tre anni fa, il 12 giugno, migliaia di persone hanno sfilato a Roma.", "it", date(2024, 6, 20), "",
                 NONE, "Rome", day("2021-06-12"), id="it-tre-anni-fa"),
    pytest.param("Two years ago, thousands marched in London in June.", "en", date(2024, 6, 20), "", NONE, "London",
                 (date(2022, 6, 1), date(2022, 6, 30), "month"), id="years-ago-and-a-month"),
    pytest.param("A few years ago, thousands marched in London on 12 June.", "en", date(2024, 6, 20), "", NONE,
                 "London", YEAR_UNKNOWN, id="a-few-years-ago-and-a-day"),
    # A day a count of years back places is an earlier rally's: the place's rally of the article's
    # own time takes its own day, or none, and the page is no banner for being that much later
    pytest.param("Hundreds rallied in London this afternoon.\nA year ago, on 5 September 2021, thousands also "
                 "marched in London.", "en", None, "", NONE, "London", (None, None, "unknown"),
                 id="a-year-ago-on-a-day-undated-page"),
    pytest.param("Honderden mensen demonstreren vanmiddag in Amsterdam.\nEen jaar geleden, op 5 september 2021, "
                 "hielden de clubs ook een grote mars in Amsterdam.", "nl", None, "", NONE, "Amsterdam",
                 (None, None, "unknown"), id="nl-een-jaar-geleden-undated-page"),
    pytest.param("Centinaia di persone manifestano oggi a Roma.\nUn anno fa, il 5 settembre 2021, migliaia avevano "
                 "sfilato a Roma.", "it", None, "", NONE, "Rome", (None, None, "unknown"),
                 id="it-un-anno-fa-undated-page"),
    pytest.param("Hunderte demonstrierten am Samstag in Berlin.\nVor zwei Jahren, am 5. September 2020, "
                 "marschierten Tausende in Berlin.", "de", date(2022, 9, 6), "", NONE, "Berlin", day("2022-09-03"),
                 id="de-vor-zwei-jahren-am-tag"),
    pytest.param("Des centaines de personnes ont manifesté samedi à Paris.\nLe 5 septembre 2020, il y a deux ans, "
                 "des milliers avaient défilé à Paris.", "fr", date(2022, 9, 6), "", NONE, "Paris", day("2022-09-03"),
                 id="fr-il-y-a-deux-ans-after-the-day"),
    pytest.param("Cientos de personas se manifestaron el sábado en Madrid.\nHace dos años, el 5 de septiembre de "
                 "2020, miles marcharon en Madrid.", "es", date(2022, 9, 6), "", NONE, "Madrid", day("2022-09-03"),
                 id="es-hace-dos-anos-el-dia"),
    pytest.param("Setki osób protestowały w sobotę w Warszawie.\nDwa lata temu, 5 września 2020, tysiące "
                 "maszerowały w Warszawie.", "pl", date(2022, 9, 6), "", NONE, "Warsaw", day("2022-09-03"),
                 id="pl-dwa-lata-temu-dnia"),
    # ... not a day the count stands away from: 'as they did two years ago' is no day's
    pytest.param("Thousands marched in London on Saturday, 3 September 2022, as they did two years ago.", "en",
                 date(2022, 9, 6), "", NONE, "London", day("2022-09-03"), id="as-they-did-two-years-ago"),
    # A count of years after another event's day: the rally's is that day that many years on (it was
    # the other event's, a year early, stated as a day); a weekday the sentence writes fixes it, in a
    # page with no date as well; without one, some days either side
    pytest.param("Thousands rallied in London on Saturday, a year after the violent rally of August 10, 2018.", "en",
                 None, "", NONE, "London", day("2019-08-10"), id="a-year-after-a-day"),
    pytest.param("Thousands rallied in London on Saturday to mark one year since the violent rally of August 10, "
                 "2018.", "en", None, "", NONE, "London", day("2019-08-10"), id="one-year-since-a-day"),
    pytest.param("Tausende demonstrierten am Samstag in Berlin, ein Jahr nach der Demonstration vom 10. August 2018.",
                 "de", None, "", NONE, "Berlin", day("2019-08-10"), id="de-ein-jahr-nach"),
    pytest.param("Des milliers de personnes ont manifesté samedi à Paris, un an après la manifestation du 10 août "
                 "2018.", "fr", None, "", NONE, "Paris", day("2019-08-10"), id="fr-un-an-apres"),
    pytest.param("Miles de personas se manifestaron el sábado en Madrid, un año después de la marcha del 10 de agosto "
                 "de 2018.", "es", None, "", NONE, "Madrid", day("2019-08-10"), id="es-un-ano-despues"),
    pytest.param("Migliaia di persone hanno manifestato sabato a Roma, a un anno dal corteo del 10 agosto 2018.", "it",
                 None, "", NONE, "Rome", day("2019-08-10"), id="it-a-un-anno-dal"),
    pytest.param("Tysiące osób protestowały w sobotę w Warszawie, rok po marszu z 10 sierpnia 2018.", "pl", None, "",
                 NONE, "Warsaw", day("2019-08-10"), id="pl-rok-po"),
    pytest.param("Duizenden mensen demonstreerden zaterdag in Amsterdam, een jaar na de mars van 10 augustus 2018.",
                 "nl", None, "", NONE, "Amsterdam", day("2019-08-10"), id="nl-een-jaar-na"),
    pytest.param("Thousands rallied in London, two years after the violent rally of August 10, 2017.", "en",
                 date(2019, 8, 12), "", NONE, "London", (date(2019, 8, 7), date(2019, 8, 12), "approximate"),
                 id="two-years-after-no-weekday"),
    # ... and a weekday of another day among the days either side is that one ('Four years after
    # the invasion of March 20, 2003, … on Saturday' in a page of its month had been any Saturday
    # of it), even after the other event's noun ('l'invasion du 20 mars 2003')
    pytest.param("Four years after the invasion on March 20, 2003, thousands marched on Saturday in London.", "en",
                 None, "2007-03", NONE, "London", day("2007-03-17"), id="years-after-and-another-weekday"),
    pytest.param("Quatre ans après l'invasion du 20 mars 2003, des milliers de personnes ont manifesté samedi à "
                 "Paris.", "fr", None, "2007-03", NONE, "Paris", day("2007-03-17"),
                 id="fr-years-after-an-event-s-day-and-another-weekday"),
    pytest.param("Vier Jahre nach dem Einmarsch vom 20. März 2003 demonstrierten am Samstag Tausende in Berlin.", "de",
                 None, "", NONE, "Berlin", day("2007-03-17"), id="de-years-after-and-another-weekday-no-page-date"),
    # ... and that weekday alone later in a page of its month is that day too
    pytest.param("Four years after the invasion on March 20, 2003, protests took place on Saturday across the world."
                 "\n\nIn London, thousands marched on Saturday.", "en", None, "2007-03", NONE, "London",
                 day("2007-03-17"), id="the-weekday-again-in-a-later-paragraph"),
    pytest.param("Quatre ans après l'invasion du 20 mars 2003, des manifestations ont eu lieu samedi dans le monde."
                 "\n\nDes rassemblements semblables ont été organisés samedi. À Paris, des milliers ont défilé.", "fr",
                 None, "2007-03", NONE, "Paris", day("2007-03-17"), id="fr-the-weekday-again-in-a-later-paragraph"),
    # A rally that marks the anniversary of a day long past, with no day of its own: that day's
    # return, when it falls in the week before publication (or, announced, after it); the page's
    # date, years after the day remembered, is no banner for that
    pytest.param("Thousands marched in London to mark the 64th anniversary of the Tibetan uprising of March 10, 1959.",
                 "en", date(2023, 3, 11), "", NONE, "London", (date(2023, 3, 9), date(2023, 3, 11), "approximate"),
                 id="the-anniversary-s-day"),
    pytest.param("Tausende demonstrierten in Berlin zum 64. Jahrestag des Aufstands vom 10. März 1959.", "de",
                 date(2023, 3, 11), "", NONE, "Berlin", (date(2023, 3, 9), date(2023, 3, 11), "approximate"),
                 id="de-jahrestag"),
    pytest.param("Des milliers de personnes défileront à Paris pour le 64e anniversaire du soulèvement du 10 mars "
                 "1959.", "fr", date(2023, 3, 8), "", NONE, "Paris", (date(2023, 3, 9), date(2023, 3, 11), "approximate"),
                 id="fr-an-anniversary-announced"),
    pytest.param("Thousands marched in London to mark the 64th anniversary of the Tibetan uprising of March 10, 1959.",
                 "en", date(2023, 3, 30), "", NONE, "London", (None, None, "unknown"),
                 id="an-anniversary-weeks-before-publication"),
    pytest.param("Thousands marched in London on Friday to mark the anniversary of the uprising of March 10, 1959.",
                 "en", date(2023, 3, 11), "", NONE, "London", day("2023-03-10"), id="an-anniversary-is-no-banner"),
    # Another event's noun may stand some adjectives before the word that links it to its day
    pytest.param("Cientos de personas se manifestaron en Madrid contra las elecciones locales y regionales del "
                 "próximo domingo.", "es", date(2011, 5, 21), "", NONE, "Madrid", (date(2011, 5, 15), date(2011, 5, 21), "approximate"),
                 id="es-an-election-s-day-after-its-adjectives"),
    # In a page with no date, a weekday read against the date before it, when the page gives a date
    # some days later too (a caption of the next days), may be the one before either: it was the
    # Monday before 28 May, a week early, though the page was written on 1 June or later; with a
    # later date weeks on, the one before or the one after the rally's day told before it
    pytest.param("Flash mob in Milan on 28 May 2020 to protest.\n\nProtests were held in Paris on Monday.\n\n"
                 "Protestors march in London on June 01, 2020.", "en", None, "", NONE, "Paris",
                 (date(2020, 5, 25), date(2020, 6, 1), "approximate"), id="an-undated-page-s-later-date-days-on"),
    pytest.param("Flash mob in Milan on 28 May 2020 to protest.\n\nProtests were held in Paris on Monday.\n\n"
                 "Protestors march in London on June 29, 2020.", "en", None, "", NONE, "Paris",
                 (date(2020, 5, 25), date(2020, 6, 1), "approximate"), id="an-undated-page-s-later-date-weeks-on"),
    # A date right after what else happened on it (an attack, a killing; lexicon dated_events) is
    # that event's, though it is the sentence's only date: it was the Wednesday before publication,
    # as a day, for a march of the Sunday
    pytest.param("A Lyon, 60.000 personnes ont marché en hommage aux victimes d'un attentat mercredi.", "fr",
                 date(2015, 1, 11), "", NONE, "Lyon", (date(2015, 1, 5), date(2015, 1, 11), "approximate"),
                 id="fr-an-attack-s-weekday"),
    pytest.param("Thousands marched in London for the man killed on Friday.", "en", date(2024, 3, 18), "", NONE,
                 "London", (date(2024, 3, 12), date(2024, 3, 18), "approximate"), id="killed-on-friday"),
    pytest.param("Tausende demonstrierten in Berlin gegen den Anschlag am Mittwoch.", "de", date(2024, 3, 18), "",
                 NONE, "Berlin", (date(2024, 3, 12), date(2024, 3, 18), "approximate"), id="de-den-anschlag-am-mittwoch"),
    pytest.param("Migliaia di persone hanno manifestato a Roma per le vittime della sparatoria venerdì.", "it",
                 date(2024, 3, 18), "", NONE, "Rome", (date(2024, 3, 12), date(2024, 3, 18), "approximate"),
                 id="it-the-shooting-friday"),
    pytest.param("Thousands marched in London on Saturday for the man killed on Friday.", "en", date(2024, 3, 18), "",
                 NONE, "London", day("2024-03-16"), id="the-rally-s-day-beside-a-killing-s"),
    # ... as is a weekday alone that qualifies such a noun ("at Monday's briefing"): the Monday after
    # a Sunday's march was the march's, a day late
    pytest.param("Half a million people marched in Warsaw, the mayor said at Monday's briefing.", "en",
                 date(2023, 6, 5), "", NONE, "Warsaw", (date(2023, 5, 30), date(2023, 6, 5), "approximate"),
                 id="at-monday-s-briefing"),
    # A deed done to a person ('the candidate defeated by Jones in October last year': lexicon
    # dated_events), its agent perhaps between (lexicon deed_agents): that deed's day, and the period
    # after it its year, not the sentence's time.
    pytest.param("Protests were held on Sunday. In London, Senator Smith, the candidate defeated by Jones in October "
                 "last year, climbed on a truck and addressed the protesters.", "en", date(2015, 8, 17), "", NONE,
                 "London", day("2015-08-16"), id="the-candidate-defeated-by-someone-in-a-month"),
    pytest.param("Protests were held on Sunday. In London, Mayor Smith, who was elected in October last year, "
                 "addressed the protesters.", "en", date(2015, 8, 17), "", NONE, "London", day("2015-08-16"),
                 id="who-was-elected-in-a-month-last-year"),
    pytest.param("Neste domingo houve protestos. Em Lisboa, o senador Silva, candidato derrotado por Souza em "
                 "outubro do ano passado, subiu em um carro de som e discursou aos manifestantes.", "pt",
                 date(2015, 8, 17), "", NONE, "Lisbon", day("2015-08-16"), id="pt-the-candidate-defeated-in-a-month"),
    pytest.param("Este domingo hubo protestas. En Madrid, el senador García, candidato derrotado en octubre del año "
                 "pasado, se subió a un camión y habló a los manifestantes.", "es", date(2015, 8, 17), "", NONE,
                 "Madrid", day("2015-08-16"), id="es-the-candidate-defeated-in-a-month"),
    pytest.param("Dimanche, des manifestations ont eu lieu. À Paris, le sénateur Martin, candidat battu par Durand "
                 "en octobre dernier, a pris la parole devant les manifestants.", "fr", date(2015, 8, 17), "", NONE,
                 "Paris", day("2015-08-16"), id="fr-the-candidate-defeated-in-a-month"),
    pytest.param("Domenica ci sono state manifestazioni. A Roma il senatore Rossi, candidato sconfitto a ottobre "
                 "dell'anno scorso, ha parlato ai manifestanti.", "it", date(2015, 8, 17), "", NONE, "Rome",
                 day("2015-08-16"), id="it-the-candidate-defeated-in-a-month"),
    # ... and a relative month's, week's or day's possessive before one ("last month's disputed
    # presidential election"): not the day of the rallies the lead tells
    pytest.param("Iranians protesting last month's disputed presidential election won support across the world "
                 "Saturday as sympathizers rallied in dozens of cities.\n\nIn Paris, hundreds of protesters gathered "
                 "outside the embassy.", "en", date(2009, 7, 26), "", NONE, "Paris", day("2009-07-25"),
                 id="last-month-s-election"),
    pytest.param("Thousands marched in Paris against yesterday's verdict.", "en", date(2009, 7, 26), "", NONE,
                 "Paris", (date(2009, 7, 20), date(2009, 7, 26), "approximate"), id="yesterday-s-verdict"),
    pytest.param("Last week's march in Paris drew thousands.", "en", date(2009, 7, 26), "", NONE, "Paris",
                 (date(2009, 7, 13), date(2009, 7, 19), "week"), id="last-week-s-march-is-the-rally-s"),
    pytest.param("Pół miliona osób na demonstracji w Warszawie - powiedział podczas poniedziałkowego briefingu "
                 "prasowego prezydent.", "pl", date(2023, 6, 5), "", NONE, "Warsaw",
                 (date(2023, 5, 30), date(2023, 6, 5), "approximate"), id="pl-podczas-poniedzialkowego-briefingu"),
    pytest.param("Half a million people marched in Warsaw on Sunday, the mayor said at Monday's press briefing.", "en",
                 date(2023, 6, 5), "", NONE, "Warsaw", day("2023-06-04"), id="the-march-s-sunday-and-monday-s-briefing"),
    pytest.param("Saturday's march drew thousands in London.", "en", date(2023, 11, 22), "", NONE, "London",
                 day("2023-11-18"), id="saturday-s-march-is-the-rally-s"),
    # A year an event of which opens a period to the day of writing ('since the protests of 2015') is
    # a bound, as 'since 2015' is: the sentence does not tell of that year (it was left undated)
    pytest.param("In London, thousands marched, the largest crowd since the protests of 2015.", "en",
                 date(2016, 3, 14), "", NONE, "London", (date(2016, 3, 8), date(2016, 3, 14), "approximate"),
                 id="since-the-protests-of-a-year"),
    pytest.param("Domingo, milhares foram às ruas.\nEm Lisboa, 1 milhão marcharam, a maior cifra desde os protestos de "
                 "2015.", "pt", date(2016, 3, 14), "", NONE, "Lisbon", day("2016-03-13"),
                 id="pt-desde-os-protestos-de-um-ano"),
    pytest.param("In London, thousands marched during the protests of 2015.", "en", date(2016, 3, 14), "", NONE,
                 "London", (None, None, "unknown"), id="during-the-protests-of-a-year"),
    pytest.param("In London, thousands marched on May 12, the largest crowd since the 2015 march.", "en",
                 date(2016, 5, 20), "", NONE, "London", day("2016-05-12"), id="since-the-year-s-march"),
    # The night to a weekday is that weekday's and the evening before it ('natten til torsdag'):
    # 'til' bounds nothing there, nor sets a day to come (it had been no date, and once its bound
    # was read, next Thursday; then Thursday alone, though the night opens the day before)
    pytest.param("Vrede demonstranter trængte natten til torsdag ind på ambassaden i København under en "
                 "demonstration.", "da", date(2023, 7, 21), "", NONE, "Copenhagen", NIGHT_TO_20_JULY,
                 id="da-natten-til-torsdag"),
    pytest.param("Arga demonstranter tog sig natten till torsdag in på ambassaden i Stockholm under en demonstration.",
                 "sv", date(2023, 7, 21), "", NONE, "Stockholm", NIGHT_TO_20_JULY, id="sv-natten-till-torsdag"),
    pytest.param("Sinte demonstranter tok seg natt til torsdag inn på ambassaden i Bergen under en demonstrasjon.",
                 "no", date(2023, 7, 21), "", NONE, "Bergen", NIGHT_TO_20_JULY, id="no-natt-til-torsdag"),
    # ... a sentence may open with it ('Natten till söndagen'), and German, Dutch and Polish write it too
    pytest.param("Natten till söndagen samlades hundratals i Stockholm.", "sv", date(2020, 3, 16), "", NONE,
                 "Stockholm", (date(2020, 3, 14), date(2020, 3, 15), "approximate"), id="sv-a-sentence-opening-night"),
    pytest.param("In der Nacht zum Sonntag versammelten sich Hunderte in Berlin.", "de", date(2020, 3, 16), "", NONE,
                 "Berlin", (date(2020, 3, 14), date(2020, 3, 15), "approximate"), id="de-in-der-nacht-zum-sonntag"),
    pytest.param("Honderden mensen demonstreerden in de nacht naar zondag in Amsterdam.", "nl", date(2020, 3, 16), "",
                 NONE, "Amsterdam", (date(2020, 3, 14), date(2020, 3, 15), "approximate"), id="nl-de-nacht-naar-zondag"),
    pytest.param("Setki osób protestowały w Warszawie w nocy na niedzielę.", "pl", date(2020, 3, 16), "", NONE,
                 "Warsaw", (date(2020, 3, 14), date(2020, 3, 15), "approximate"), id="pl-w-nocy-na-niedziele"),
    # ... while 'til' before a date alone still bounds ('indtil torsdag', until Thursday)
    pytest.param("Demonstranterne blev i København indtil torsdag.", "da", date(2023, 7, 21), "", NONE,
                 "Copenhagen", (date(2023, 7, 15), date(2023, 7, 21), "approximate"), id="da-indtil-torsdag-bounds"),
    # A date in an English template's order where days come first, with its comma and year
    # ('février 11, 2021' atop a page): the day its weekday counts from (it had left 'jeudi' unplaced)
    pytest.param("février 11, 2021\nÀ Lyon, des manifestants ont protesté jeudi contre la loi.", "fr", None,
                 "", NONE, "Lyon", day("2021-02-11"), id="fr-a-date-written-month-first"),
    pytest.param("Actualizado: noviembre 21, 2018\nMiles de personas marcharon el miércoles en Madrid.", "es", None,
                 "", NONE, "Madrid", day("2018-11-21"), id="es-a-date-written-month-first"),
    # ... not a month and a number without them ('En mars 24 personnes'): a count
    pytest.param("En mars 24 personnes ont manifesté à Paris.", "fr", date(2022, 6, 10), "", NONE, "Paris",
                 (date(2022, 3, 1), date(2022, 3, 31), "month"), id="fr-a-month-then-a-count"),
    # The one year a sentence writes as its gathering's ('The 2019 climate march took place in X on
    # September 28', 'la marcha de 2019 … el 8 de marzo') is the year of the day it tells after it
    # (an undated page's 'The 1963 March on Washington … on August 28' was 28 August, year unknown)
    pytest.param("The 2019 climate march took place in Paris on September 28 and drew thousands.", "en", None, "",
                 NONE, "Paris", day("2019-09-28"), id="the-year-s-march-on-a-day"),
    pytest.param("La marcha de 2019 recorrió las calles de Madrid el 8 de marzo.", "es", None, "", NONE, "Madrid",
                 day("2019-03-08"), id="es-la-marcha-de-un-ano"),
    pytest.param("Die Demonstration von 2019 zog am 15. Februar tausende Menschen in Berlin auf die Straße.", "de",
                 None, "", NONE, "Berlin", day("2019-02-15"), id="de-die-demonstration-von-einem-jahr"),
    pytest.param("Il corteo del 2019 ha sfilato a Milano il 25 aprile.", "it", None, "", NONE, "Milan",
                 day("2019-04-25"), id="it-il-corteo-del-un-anno"),
    # ... not one another gathering's word stands between ('recalled the 2003 march, and marched
    # again on 15 February'), nor a year that bounds or is likened to
    pytest.param("Protesters in Paris recalled the 2003 march against the war, and marched again on 15 February.",
                 "en", None, "", NONE, "Paris", YEAR_UNKNOWN, id="another-gathering-between-the-year-and-the-day"),
    pytest.param("Since the 2019 march, activists in Paris have gathered every year on September 28.", "en", None, "",
                 NONE, "Paris", YEAR_UNKNOWN, id="since-the-year-s-march-gives-no-year"),
    pytest.param("Unlike the 2019 march, the rally in Paris on May 12 drew only hundreds.", "en", None, "", NONE,
                 "Paris", YEAR_UNKNOWN, id="unlike-the-year-s-march-gives-no-year"),
    # A number like a year before a crowd's noun counts the crowd ('ungefähr 2000 Menschen'): it
    # neither told of the year 2000 (the rally was left undated) nor, in an undated page, gave the
    # year its weekdays fit ('Saturday, 10 January' was 2015-01-10, a day)
    pytest.param("In Berlin demonstrierten ungefähr 2000 Menschen.", "de", date(2020, 4, 26), "", NONE,
                 "Berlin", (date(2020, 4, 20), date(2020, 4, 26), "approximate"), id="de-a-count-like-a-year"),
    pytest.param("In London about 2010 people marched.", "en", date(2024, 3, 18), "", NONE,
                 "London", (date(2024, 3, 12), date(2024, 3, 18), "approximate"), id="a-count-like-a-year"),
    pytest.param("On Saturday, 10 January, about 2015 people marched in Paris.", "en", None, "", NONE, "Paris",
                 YEAR_UNKNOWN, id="an-undated-page-s-count-like-a-year"),
    pytest.param("Montag, 18. März 2024\n\nIn Berlin demonstrierten am Samstag 2023 Menschen.", "de", None, "", NONE,
                 "Berlin", day("2024-03-16"), id="de-a-count-like-a-year-makes-no-banner"),
    # ... and so does a rounded one before what the crowd did ('while about 2000 turned out in X'):
    # the sentence had been history, undated
    pytest.param("About 500 protesters marched through central Oslo, while about 2000 turned out in London.", "en",
                 date(2006, 3, 18), "", NONE, "London", (date(2006, 3, 12), date(2006, 3, 18), "approximate"),
                 id="a-rounded-count-like-a-year-before-a-past-verb"),
    pytest.param("Rund 2000 demonstrierten in Berlin gegen den Krieg.", "de", date(2006, 3, 18), "", NONE, "Berlin",
                 (date(2006, 3, 12), date(2006, 3, 18), "approximate"), id="de-a-rounded-count-like-a-year"),
    pytest.param("In 2019 protesters marched in London.", "en", date(2024, 3, 18), "", NONE, "London",
                 (None, None, "unknown"), id="in-a-year-before-a-crowd-s-noun-is-a-year"),
    # A weekday's name written with a capital beside another capitalised word, in a language that
    # writes weekdays in lower case, is part of a name: no day (a Saturday's page, 'Domingo' was the
    # Sunday before, stated as a day)
    pytest.param("Grupos de jóvenes protestaron en Madrid, Barcelona o Santo Domingo frente a las embajadas.", "es",
                 date(2011, 5, 21), "", NONE, "Madrid", (date(2011, 5, 15), date(2011, 5, 21), "approximate"),
                 id="es-a-weekday-in-a-town-s-name"),
    pytest.param("Milhares de pessoas protestaram em Lisboa, com o tenor Plácido Domingo.", "pt", date(2024, 3, 20), "",
                 NONE, "Lisbon", (date(2024, 3, 14), date(2024, 3, 20), "approximate"),
                 id="pt-a-weekday-in-a-person-s-name"),
    pytest.param("Honderden mensen demonstreerden in Amsterdam op uitnodiging van de stichting Goede Vrijdag.", "nl",
                 date(2024, 3, 27), "", NONE, "Amsterdam", (date(2024, 3, 21), date(2024, 3, 27), "approximate"),
                 id="nl-a-weekday-in-a-group-s-name"),
    # ... not one alone, however written
    pytest.param("Miles de personas marcharon el Domingo en Madrid.", "es", date(2024, 3, 20), "", NONE, "Madrid",
                 day("2024-03-17"), id="es-a-capitalised-weekday-alone"),
    # A weekday, weekend or week before last is a week before the last one (published Thursday 20 June)
    pytest.param("Thousands marched in London on the Saturday before last.", "en", date(2024, 6, 20), "", NONE,
                 "London", day("2024-06-08"), id="the-saturday-before-last"),
    pytest.param("Am vorletzten Samstag demonstrierten Tausende in Berlin.", "de", date(2024, 6, 20), "", NONE,
                 "Berlin", day("2024-06-08"), id="de-vorletzten-samstag"),
    pytest.param("El sábado antepasado miles de personas se manifestaron en Madrid.", "es", date(2024, 6, 20), "",
                 NONE, "Madrid", day("2024-06-08"), id="es-el-sabado-antepasado"),
    pytest.param("The weekend before last, thousands marched in London.", "en", date(2024, 6, 20), "", NONE, "London",
                 (date(2024, 6, 8), date(2024, 6, 9), "weekend"), id="the-weekend-before-last"),
    pytest.param("The week before last, thousands marched in London.", "en", date(2024, 6, 20), "", NONE, "London",
                 (date(2024, 6, 3), date(2024, 6, 9), "week"), id="the-week-before-last"),
    pytest.param("I förrförra veckan demonstrerade tusentals i Stockholm.", "sv", date(2024, 6, 20), "", NONE,
                 "Stockholm", (date(2024, 6, 3), date(2024, 6, 9), "week"), id="sv-forrforra-veckan"),
    # A day and month in figures after a day's article, one of them of two digits, is that day: it
    # was no date, and the rally took the week before publication, which misses the 12th
    pytest.param("Le 12/06, des milliers de personnes ont défilé à Paris.", "fr", date(2024, 6, 20), "", NONE, "Paris",
                 day("2024-06-12"), id="fr-le-12-06"),
    pytest.param("Il 12/6 migliaia di persone hanno sfilato a Roma.", "it", date(2024, 6, 20), "", NONE, "Rome",
                 day("2024-06-12"), id="it-il-12-6"),
    pytest.param("El 12/06 miles de personas se manifestaron en Madrid.", "es", date(2024, 6, 20), "", NONE, "Madrid",
                 day("2024-06-12"), id="es-el-12-06"),
    pytest.param("No dia 12/6, milhares de pessoas manifestaram-se em Lisboa.", "pt", date(2024, 6, 20), "", NONE,
                 "Lisbon", day("2024-06-12"), id="pt-no-dia-12-6"),
    # ... not a fraction ('le 3/4 des manifestants': Saturday's rally)
    pytest.param("Samedi, le 3/4 des manifestants ont défilé à Paris.", "fr", date(2024, 6, 20), "", NONE, "Paris",
                 day("2024-06-15"), id="fr-a-fraction-is-no-date"),
    # Yesterday and today in one word, and Danish 'i aftes' (last evening), in Norwegian and Danish as in Swedish
    pytest.param("Igår demonstrerte tusenvis i Oslo.", "no", date(2024, 6, 20), "", NONE, "Oslo", day("2024-06-19"),
                 id="no-igar"),
    pytest.param("I aftes demonstrerede tusinder i København.", "da", date(2024, 6, 20), "", NONE, "Copenhagen",
                 day("2024-06-19"), id="da-i-aftes"),
    pytest.param("Idag demonstrerer tusenvis i Oslo.", "no", date(2024, 6, 20), "", NONE, "Oslo", day("2024-06-20"),
                 id="no-idag"),
    # The weekday the article writes a day with is that day's wherever the article names it: under a
    # page date of 18 March 2024, '8M' was 8 March 2024, stated as a day, though 'lunes 8 de marzo'
    # says no year near 2024
    pytest.param("Noticias\nlunes, 18 marzo, 2024\n\nLa ciudad tendrá su marcha por el 8M\n\nAgrupaciones sociales "
                 "convocan a una manifestación en Madrid. La cita es el lunes 8 de marzo, en la plaza principal.", "es",
                 None, "", NONE, "Madrid", YEAR_UNKNOWN, id="es-a-named-day-and-its-written-weekday"),
    pytest.param("The march on International Women's Day drew thousands in London. It was held on Monday, March 8.",
                 "en", None, "", NONE, "London", YEAR_UNKNOWN, id="a-named-day-and-its-weekday-no-page-date"),
    pytest.param("La ciudad tendrá su marcha por el 8M\n\nAgrupaciones sociales convocan a una manifestación en "
                 "Madrid. La cita es el lunes 8 de marzo, en la plaza principal.", "es", date(2021, 3, 5), "", NONE,
                 "Madrid", day("2021-03-08"), id="es-a-named-day-and-its-weekday-agree"),
    # The day an election or a summit is named for is the event's, not a rally's: 'las próximas
    # elecciones del 2 de junio' dated the rallies of its paragraph
    pytest.param("Miles de personas se manifestaron en Madrid contra el resultado de las elecciones del 2 de junio.",
                 "es", date(2024, 6, 5), "", NONE, "Madrid", (date(2024, 5, 30), date(2024, 6, 5), "approximate"),
                 id="es-the-elections-of-a-day"),
    pytest.param("Tausende demonstrierten in Berlin gegen das Ergebnis der Wahl vom 2. Juni.", "de", date(2024, 6, 5),
                 "", NONE, "Berlin", (date(2024, 5, 30), date(2024, 6, 5), "approximate"), id="de-die-wahl-vom"),
    pytest.param("Thousands marched in London against the verdict of 12 May.", "en", date(2024, 5, 16), "", NONE,
                 "London", (date(2024, 5, 10), date(2024, 5, 16), "approximate"), id="the-verdict-of-a-day"),
    # ... and after such a word, long before publication, no span to publication
    pytest.param("After the summit of 4 February, thousands marched in London.", "en", date(2024, 6, 20), "", NONE,
                 "London", (date(2024, 6, 14), date(2024, 6, 20), "approximate"), id="after-an-event-long-before"),
    # In an undated page, the one year the text names in which its weekdays fall is its year
    pytest.param("Este domingo 19 de mayo se realiza la marcha ciudadana en Madrid.\nMarcha por la Democracia 2024.",
                 "es", None, "", NONE, "Madrid", day("2024-05-19"), id="es-the-year-its-weekdays-fall-in"),
    pytest.param("Thousands gathered in London on Saturday, June 12, the largest march since 2021.", "en", None, "",
                 NONE, "London", YEAR_UNKNOWN, id="a-year-after-since-is-another-time-s"),
    pytest.param("Thousands gathered in London on Saturday, June 12, as in 2019 and in 2020.", "en", None, "",
                 NONE, "London", YEAR_UNKNOWN, id="a-year-its-weekday-rules-out"),
    pytest.param("Thousands marched in London on Saturday, March 16, the third march since the election in December "
                 "2019.", "en", None, "", NONE, "London", YEAR_UNKNOWN, id="a-year-looked-back-to-is-another-time-s"),
    # ... nor is the year of the day a rally commemorates, on whose return it falls, years on
    pytest.param("On Thursday, October 3, the group rallied in London in memory of the victims of the shipwreck of "
                 "October 3, 2013.", "en", None, "", NONE, "London", YEAR_UNKNOWN,
                 id="the-year-of-the-day-commemorated"),
    pytest.param("Il gruppo, che giovedì 3 ottobre ha manifestato a Roma, in ricordo delle vittime del naufragio "
                 "avvenuto il 3 ottobre 2013.", "it", None, "", NONE, "Rome", YEAR_UNKNOWN,
                 id="it-the-year-of-the-day-commemorated"),
    # The day of an assault that set the protests off dates neither the town it happened in nor the
    # rallies the paragraph tells next
    pytest.param("Bezpośrednim powodem protestu stało się poturbowanie w styczniu Polaka w Krakowie. W demonstracji w "
                 "Warszawie wzięło udział kilkaset osób.", "pl", date(2024, 2, 24), "", NONE, "Warsaw",
                 (date(2024, 2, 18), date(2024, 2, 24), "approximate"), id="pl-an-assault-s-month"),
    # A Polish perfective verb in the present form tells what is to come ('przejdzie marsz'), and a
    # town in the genitive after 'ulicami' is read back to its name ('ulicami Warszawy')
    pytest.param("W sobotę ulicami Warszawy przejdzie marsz w obronie jedności Europy.", "pl", date(2017, 3, 22), "",
                 NONE, "Warsaw", day("2017-03-25"), id="pl-a-perfective-future"),
    pytest.param("W sobotę tysiące osób zbiorą się w Warszawie na proteście.", "pl", date(2017, 3, 22), "", NONE,
                 "Warsaw", day("2017-03-25"), id="pl-zbiora-sie"),
    # A rally told without a day takes the day the next sentence gives the gathering it points back to
    # ('The protest, held on Saturday'), within the month before publication and of no other time
    pytest.param("Hundreds rallied in Berlin. The protest, organised by students, took place on Saturday.", "en",
                 date(2024, 10, 2), "", NONE, "Berlin", day("2024-09-28"), id="the-next-sentence-s-day-of-it"),
    pytest.param("Des centaines de personnes se sont rassemblées à Lyon. La manifestation, organisée par les "
                 "syndicats, a eu lieu samedi.", "fr", date(2024, 10, 2), "", NONE, "Lyon", day("2024-09-28"),
                 id="fr-the-next-sentence-s-day-of-it"),
    pytest.param("Ethnic Uyghurs gathered in Amsterdam's Dam Square to demand justice. This powerful protest, held on "
                 "September 29, 2024, drew international attention.", "en", None, "", NONE, "Amsterdam",
                 day("2024-09-29"), id="an-undated-page-s-next-sentence"),
    pytest.param("Hundreds rallied in Berlin. The protest last year, on 12 October 2023, drew more.", "en",
                 date(2024, 10, 2), "", NONE, "Berlin", (date(2024, 9, 26), date(2024, 10, 2), "approximate"),
                 id="the-next-sentence-of-another-year"),
    # A rally sentence's only date, after words that say something else happened then and long before
    # the page's date, is another time's ('the end of war in May', in a page of October 2009); one with
    # such words after it only stays the rally's ('on 2 March after police killed a man')
    pytest.param("More than 30,000 people marched in London to draw attention to the camps despite pledges to release "
                 "within 180 days from the end of war in May.", "en", None, "2009-10", NONE, "London",
                 (date(2009, 9, 25), date(2009, 10, 31), "approximate"), id="the-end-of-a-war-months-before"),
    pytest.param("Thousands rallied in London on 2 March after police killed a man.", "en", date(2024, 6, 20), "",
                 NONE, "London", day("2024-03-02"), id="a-rally-s-day-before-what-set-it-off"),
    # Italian 'da venerdì a domenica' is the range of days, as 'von Freitag bis Sonntag' is; it was the Sunday
    pytest.param("Da venerdì a domenica migliaia di persone hanno manifestato a Roma.", "it", date(2024, 6, 20), "",
                 NONE, "Rome", (date(2024, 6, 14), date(2024, 6, 16), "range"), id="it-da-venerdi-a-domenica"),
    pytest.param("Sabato a Roma e domenica a Milano migliaia di persone hanno manifestato.", "it", date(2024, 6, 20),
                 "", NONE, "Milan", day("2024-06-16"), id="it-a-before-a-town-joins-no-days"),
    # A weekday and its date with no space after the comma (a scraped page's): 'Saturday,March 9' was
    # the last Saturday before publication, stated as a day
    pytest.param("Thousands marched in London on Saturday,March 9.", "en", date(2024, 3, 20), "", NONE, "London",
                 day("2024-03-09"), id="a-comma-without-its-space"),
    pytest.param("Des milliers de personnes ont défilé à Paris samedi,9 mars.", "fr", date(2024, 3, 20), "", NONE,
                 "Paris", day("2024-03-09"), id="fr-a-comma-without-its-space"),
    # ... but not a possessive's day, nor one a gathering told in the past was set for
    pytest.param("A vigil for Saturday's victims drew thousands in London.", "en", date(2023, 11, 22), "", NONE,
                 "London", day("2023-11-18"), id="for-saturday-s-victims"),
    pytest.param("Thousands marched in London in a rally called for Saturday by the unions.", "en", date(2023, 11, 22),
                 "", NONE, "London", day("2023-11-18"), id="a-past-gathering-set-for-saturday"),
    # the day someone died or was killed, its preposition between, is that death's, not the rally's
    pytest.param("Thousands rallied in London to remember a 46-year-old man killed on May 25 by police.", "en",
                 date(2020, 6, 7), "", NONE, "London", WEEK_TO_7_JUNE, id="killed-on-a-day"),
    pytest.param("Thousands rallied in London to remember a man who died on 25 May in custody.", "en",
                 date(2020, 6, 7), "", NONE, "London", WEEK_TO_7_JUNE, id="died-on-a-day"),
    pytest.param("Migliaia hanno manifestato a Roma per ricordare un giovane di 46 anni morto il 25 maggio durante "
                 "un fermo.", "it", date(2020, 6, 7), "", NONE, "Rome", WEEK_TO_7_JUNE, id="it-morto-il"),
    pytest.param("Miles de personas se manifestaron en Madrid por un joven muerto el 25 de mayo en una comisaría.",
                 "es", date(2020, 6, 7), "", NONE, "Madrid", WEEK_TO_7_JUNE, id="es-muerto-el"),
    pytest.param("Des milliers de personnes ont manifesté à Paris pour un jeune homme mort le 25 mai en garde à vue.",
                 "fr", date(2020, 6, 7), "", NONE, "Paris", WEEK_TO_7_JUNE, id="fr-mort-le"),
    pytest.param("Thousands marched in London on Saturday for a man who was shot dead on May 25.", "en",
                 date(2020, 6, 7), "", NONE, "London", day("2020-06-06"), id="the-rally-s-own-day-stays"),
    # another event's crowd the rally's is compared with: its day is that event's
    pytest.param("The rally in London alone drew over 500,000 people, more than the President's inauguration drew "
                 "on Friday.", "en", date(2017, 1, 22), "", NONE, "London", (date(2017, 1, 16), date(2017, 1, 22),
                                                                            "approximate"),
                 id="more-than-another-event-drew"),
    pytest.param("More people turned out in London than expected on Saturday.", "en", date(2017, 1, 22), "", NONE,
                 "London", day("2017-01-21"), id="more-than-expected-on-a-day"),
    # 'the eve of' a gathering names no day before the last date: it is the day before that gathering
    pytest.param("Des milliers de personnes ont manifesté samedi 10 janvier à Lyon. Ces manifestations se sont "
                 "déroulées à la veille d'une grande marche à Paris.", "fr", date(2015, 1, 12), "", NONE, "Paris",
                 UNKNOWN, id="fr-a-la-veille-d-une-marche"),
    pytest.param("Miles de personas se manifestaron el sábado 10 de enero en Sevilla. Las protestas tuvieron lugar la "
                 "víspera de una gran marcha en Madrid.", "es", date(2015, 1, 12), "", NONE, "Madrid", UNKNOWN,
                 id="es-la-vispera-de-una-marcha"),
    pytest.param("Milhares de pessoas manifestaram-se no sábado, 10 de janeiro, no Porto. Os protestos decorreram na "
                 "véspera de uma grande marcha em Lisboa.", "pt", date(2015, 1, 12), "", NONE, "Lisbon", UNKNOWN,
                 id="pt-na-vespera-de-uma-marcha"),
    pytest.param("Des milliers de personnes ont manifesté samedi 10 janvier à Lyon. La veille, des centaines avaient "
                 "défilé à Paris.", "fr", date(2015, 1, 12), "", NONE, "Paris", day("2015-01-09"),
                 id="fr-la-veille-alone-is-the-day-before"),
    # A day right after the gathering's words is the gathering's, whatever it was against ('over
    # the death of …'); a later day in the sentence tells of that death
    pytest.param("People in Toronto protested on Saturday over the death of a woman police visited on Wednesday.",
                 "en", date(2020, 5, 31), "", NONE, "Toronto", day("2020-05-30"), id="protested-over-a-death"),
    pytest.param("Des centaines de personnes ont manifesté à Paris samedi contre la mort d'une femme que la police "
                 "avait contrôlée mercredi.", "fr", date(2020, 5, 31), "", NONE, "Paris", day("2020-05-30"),
                 id="fr-manifeste-contre-la-mort"),
    pytest.param("Hunderte demonstrierten in Berlin am Samstag gegen den Tod einer Frau, die die Polizei am Mittwoch "
                 "kontrolliert hatte.", "de", date(2020, 5, 31), "", NONE, "Berlin", day("2020-05-30"),
                 id="de-gegen-den-tod"),
    # A weekday that qualifies a court's decision ('a Friday ruling') is the ruling's day
    pytest.param("Thousands rallied on Saturday across Europe. In Sydney, protesters won an appeal against a Friday "
                 "ruling declaring their rally unauthorised.", "en", date(2020, 6, 6), "", NONE, "Sydney",
                 day("2020-06-06"), id="a-friday-ruling"),
    pytest.param("Des milliers de personnes ont manifesté samedi en Europe. À Lyon, les manifestants ont contesté une "
                 "décision vendredi interdisant leur rassemblement.", "fr", date(2020, 6, 6), "", NONE, "Lyon",
                 day("2020-06-06"), id="fr-une-decision-vendredi"),
    # A town its sentence names again after the rally's day is that rally's, or another story's:
    # a day told with the second naming is not the rally's
    pytest.param("About 4,000 people in Toronto protested on Saturday over the death of a woman in Toronto whose "
                 "home police were called to on Wednesday.", "en", date(2020, 5, 31), "", NONE, "Toronto",
                 day("2020-05-30"), id="a-town-named-again-with-another-day"),
    pytest.param("Des milliers de personnes ont manifesté samedi à Paris pour une femme de Paris tuée mercredi "
                 "à Paris.", "fr", date(2020, 5, 31), "", NONE, "Paris", day("2020-05-30"),
                 id="fr-a-town-named-again-with-another-day"),
    # A gathering that went off ('verlief ruhig') is over, whatever a passive after a modal of the
    # past ('mussten ermahnt werden') says
    pytest.param("Die Demonstration in Berlin verlief ruhig, nur einzelne Teilnehmer mussten ermahnt werden.", "de",
                 date(2021, 4, 14), "", NONE, "Berlin", (date(2021, 4, 8), date(2021, 4, 14), "approximate"),
                 id="de-verlief-ruhig"),
    pytest.param("De demonstratie in Amsterdam verliep rustig, al moesten enkele deelnemers worden aangesproken.",
                 "nl", date(2021, 4, 14), "", NONE, "Amsterdam", (date(2021, 4, 8), date(2021, 4, 14), "approximate"),
                 id="nl-verliep-rustig"),
    # A date inside a quotation its clause calls a banner's, a sign's or a chant's words names a
    # day (a commemoration's, a movement's), not the day it was carried.
    pytest.param('In London, protesters carried banners reading "June 4, never forget".', "en", date(2019, 8, 10), "",
                 NONE, "London", (date(2019, 8, 4), date(2019, 8, 10), "approximate"), id="a-banner-s-date"),
    pytest.param('Na praça, em Lisboa, viam-se cartazes com frases como "25 de Abril Sempre!".', "pt",
                 date(2019, 8, 10), "", NONE, "Lisbon", (date(2019, 8, 4), date(2019, 8, 10), "approximate"),
                 id="pt-cartazes-com-frases"),
    pytest.param('Des centaines de personnes ont manifesté à Lyon. « 17 octobre, on n\'oublie pas », pouvait-on lire '
                 'sur une pancarte.', "fr", date(2019, 8, 10), "", NONE, "Lyon",
                 (date(2019, 8, 4), date(2019, 8, 10), "approximate"), id="fr-pouvait-on-lire"),
    pytest.param('In Berlin demonstrierten Hunderte mit Transparenten mit der Aufschrift „9. November: Nie wieder“.', "de",
                 date(2019, 8, 10), "", NONE, "Berlin", (date(2019, 8, 4), date(2019, 8, 10), "approximate"),
                 id="de-transparente-mit-der-aufschrift"),
    pytest.param('Hundreds marched in London on June 1 under the slogan "Never again".', "en", date(2019, 8, 10), "",
                 NONE, "London", day("2019-06-01"), id="a-day-outside-the-slogan-stays"),
    # A town's rally told as past on a day nothing places, and its next one announced: the day
    # announced is not the past rally's, and one report of the town holds both
    pytest.param("Hundreds of people gathered outside Toronto City Hall on Sunday. Organisers said another rally "
                 "will be held on June 6 outside Toronto City Hall.", "en", None, "", NONE, "Toronto", UNKNOWN,
                 id="a-past-rally-and-an-announced-one"),
    pytest.param("Des centaines de personnes se sont rassemblées dimanche à Lyon. Un autre rassemblement aura lieu "
                 "le 6 juin à Lyon.", "fr", None, "", NONE, "Lyon", UNKNOWN, id="fr-a-past-rally-and-an-announced-one"),
    pytest.param("Hunderte Menschen versammelten sich am Sonntag in Berlin. Eine weitere Kundgebung soll am 6. Juni "
                 "in Berlin stattfinden.", "de", None, "", NONE, "Berlin", UNKNOWN,
                 id="de-a-past-rally-and-an-announced-one"),
    pytest.param("Organisers said a rally will be held on June 6 outside Toronto City Hall. Its organisers gathered "
                 "in Toronto last year.", "en", None, "", NONE, "Toronto", YEAR_UNKNOWN,
                 id="an-announced-rally-and-a-past-year"),
    # A day in a clause about another gathering ('another march', 'une nouvelle mobilisation'),
    # with no past form there, is that gathering's: neither the rally the sentence reports nor the
    # lead's rally for the article's other sentences
    pytest.param("Tens of thousands rallied in London, a success ahead of another march they hope to make bigger on "
                 "June 26.\n\nOrganisers counted 100,000 people in London.", "en", date(2021, 6, 2), "", NONE, "London",
                 (date(2021, 5, 27), date(2021, 6, 2), "approximate"), id="another-gathering-s-day"),
    pytest.param("La manifestation a rassemblé des dizaines de milliers de personnes à Paris, un succès avant une "
                 "nouvelle mobilisation qu'ils espèrent massive le 26 mai.\n\nLes organisateurs ont compté 100.000 "
                 "personnes à Paris.", "fr", None, "2018-05", NONE, "Paris",
                 (date(2018, 4, 25), date(2018, 5, 31), "approximate"), id="fr-une-nouvelle-mobilisation"),
    pytest.param("In Berlin demonstrierten am Samstag Tausende, eine weitere Kundgebung am 26. Juni soll noch größer "
                 "werden.", "de", date(2021, 6, 2), "", NONE, "Berlin", day("2021-05-29"),
                 id="de-eine-weitere-kundgebung"),
    pytest.param("Another rally was held in London on Saturday.", "en", date(2021, 6, 2), "", NONE, "London",
                 day("2021-05-29"), id="another-rally-told-in-the-past-is-the-rally"),
    # An earlier gathering's town takes no other sentence's day ('previous', 'vorige', 'précédentes';
    # lexicon earlier_gathering next to a gathering's word)
    pytest.param("At least 250,000 people marched in Amsterdam on Sunday. The turnout was higher than at the previous "
                 "two marches in The Hague.", "en", date(2025, 10, 5), "", NONE, "The Hague", UNKNOWN,
                 id="the-previous-two-marches"),
    pytest.param("Zeker 250.000 mensen demonstreerden zondag in Amsterdam. De opkomst was hoger dan bij de vorige twee "
                 "demonstraties in Den Haag.", "nl", date(2025, 10, 5), "", NONE, "The Hague", UNKNOWN,
                 id="nl-de-vorige-demonstraties"),
    pytest.param("Mindestens 250.000 Menschen demonstrierten am Sonntag in Berlin, mehr als bei den vorigen "
                 "Demonstrationen in Hamburg.", "de", date(2025, 10, 5), "", NONE, "Hamburg", UNKNOWN,
                 id="de-die-vorigen-demonstrationen"),
    pytest.param("Au moins 250 000 personnes ont manifesté dimanche à Paris. C'est plus que lors des deux "
                 "manifestations précédentes à Lyon.", "fr", date(2025, 10, 5), "", NONE, "Lyon", UNKNOWN,
                 id="fr-les-manifestations-precedentes"),
    pytest.param("W niedzielę w Warszawie protestowało 5000 osób, więcej niż podczas poprzednich protestów w "
                 "Krakowie.", "pl", date(2025, 10, 5), "", NONE, "Kraków", UNKNOWN, id="pl-poprzednie-protesty"),
    pytest.param("Tusentals demonstrerade i Stockholm i lördags, fler än vid förra demonstrationen i Göteborg.", "sv",
                 date(2025, 10, 5), "", NONE, "Gothenburg", UNKNOWN, id="sv-forra-demonstrationen"),
    # ... not a word for an earlier time before a gathering's verb
    pytest.param("Am 12. März demonstrierten Tausende in Rom. Am vorigen Tag demonstrierten Tausende in Berlin.",
                 "de", date(2025, 3, 20), "", NONE, "Berlin", day("2025-03-11"), id="de-am-vorigen-tag"),
    pytest.param("Thousands rallied in Rome on 12 March. The previous day, thousands marched in Paris.", "en",
                 date(2025, 3, 20), "", NONE, "Paris", day("2025-03-11"), id="the-previous-day-they-marched"),
    # ... and its own sentence's day stays its own
    pytest.param("The previous march was held in London on 14 September.", "en", date(2025, 10, 5), "", NONE,
                 "London", day("2025-09-14"), id="the-previous-march-s-own-day"),
    # ... but not the town's, when the article tells of a rally there in its own time ('original'
    # added to earlier_gathering)
    pytest.param("A huge crowd took part in the annual march in London on the anniversary of the war. It was bigger "
                 "than at the original march in London on 15 February 2003.", "en", None, "", NONE, "London",
                 UNKNOWN, id="the-original-march-s-day-is-not-the-annual-one-s"),
    pytest.param("Thousands marched in London against the war. It was bigger than at the previous march in London "
                 "on 15 February 2003.", "en", None, "", NONE, "London", UNKNOWN,
                 id="the-previous-march-s-day-is-not-the-story-s"),
    # ... nor, told in a sentence without a place of its own, the paragraph's next rallies' ('Bij de
    # vorige blokkades, in maart en in mei, … Toen stonden honderden mensen … in X' had put X in
    # March to May, in a page of September)
    pytest.param("Klimaatactivisten betogen zaterdag opnieuw.\n\nBij de vorige betogingen, in maart en in mei, was het "
                 "rustig. Toen stonden honderden mensen op het plein in Rotterdam.", "nl",
                 date(2023, 9, 9), "", NONE, "Rotterdam", day("2023-09-09"),
                 id="nl-the-previous-blockades-months-date-no-next-rally"),
    pytest.param("Climate activists marched again on Saturday.\n\nThe previous marches, in March and May, drew "
                 "hundreds. Then hundreds of people protested in Oslo.", "en", date(2023, 9, 9), "", NONE, "Oslo",
                 day("2023-09-09"), id="the-previous-marches-months-date-no-next-rally"),
    # After a page's own 'date' header the article begins: its first words' days are the text's,
    # unlike those right after a label's date ('Published May 4, 2020 10:15')
    pytest.param(" date 2026-02-28 In Oslo zijn zaterdag meerdere demonstraties.", "nl", date(2026, 2, 28), "", NONE,
                 "Oslo", day("2026-02-28"), id="nl-a-weekday-right-after-the-date-header"),
    pytest.param(" date 2021-06-02 In Oslo on Saturday thousands rallied.", "en", date(2021, 6, 2), "", NONE,
                 "Oslo", day("2021-05-29"), id="a-weekday-right-after-the-date-header"),
    # a line that is a date alone, in another language than the article's, is a site's banner: its
    # year is none the text names ('dimanche 10 mars' was also a Sunday in 2024, and in 2019)
    pytest.param("Manifestation place de la République\n\nTuesday, 2 July 2024\n\nDes milliers de personnes ont "
                 "manifesté ce dimanche 10 mars à Paris.", "fr", None, "", NONE, "Paris", YEAR_UNKNOWN,
                 id="fr-a-banner-line-in-another-language-names-no-year"),
    pytest.param("Manifestation place de la République\n\nDes milliers de personnes ont manifesté ce dimanche "
                 "10 mars à Paris, pour la Marche 2024.", "fr", None, "", NONE, "Paris", day("2024-03-10"),
                 id="fr-a-year-the-text-names-where-its-weekday-falls"),
    # a gathering reported as it happens, on a page that gives only its month: some day of it
    pytest.param("Hundreds are gathered in Paris outside the embassy.", "en", None, "2022-02", NONE, "Paris",
                 (date(2022, 2, 1), date(2022, 2, 28), "month"), id="live-on-a-month-page"),
    # One day said twice, the second naming it more closely ('this afternoon, Saturday 2 March'): in a
    # page that gives only its month, the day the second names (it had been the whole month)
    pytest.param("In Oslo this afternoon, Saturday March 2, thousands marched against racism.", "en", None, "2019-03",
                 NONE, "Oslo", day("2019-03-02"), id="this-afternoon-that-is-a-day"),
    pytest.param("A Torino questo pomeriggio, sabato 2 marzo, si sono ritrovati in migliaia per sfilare nella "
                 "manifestazione.", "it", None, "2019-03", NONE, "Turin", day("2019-03-02"),
                 id="it-questo-pomeriggio-that-is-a-day"),
    pytest.param("Heute, am Samstag, den 2. März, demonstrierten Tausende in Berlin.", "de", None, "2019-03", NONE,
                 "Berlin", day("2019-03-02"), id="de-heute-that-is-a-day"),
    pytest.param("This week, on Tuesday, thousands rallied in Oslo.", "en", date(2024, 3, 14), "", NONE, "Oslo",
                 day("2024-03-12"), id="this-week-that-is-tuesday"),
    # A march that reached its end is told in the past, whatever the clause after it says is to come
    # ('…, where the rally will end'): it had been an announcement, undated
    pytest.param("The long march through Oslo arrived at the main square, where the rally will end.", "en",
                 date(2019, 6, 22), "", NONE, "Oslo", (date(2019, 6, 16), date(2019, 6, 22), "approximate"),
                 id="arrived-where-it-will-end"),
    pytest.param("Il lungo corteo è arrivato in piazza a Torino, dove la mobilitazione si concluderà.", "it",
                 date(2019, 6, 22), "", NONE, "Turin", (date(2019, 6, 16), date(2019, 6, 22), "approximate"),
                 id="it-e-arrivato-dove-si-concludera"),
    pytest.param("Przed ambasadą w Warszawie trwa demonstracja.", "pl", date(2022, 2, 24), "", NONE, "Warsaw",
                 day("2022-02-24"), id="pl-trwa-demonstracja-is-live"),
    pytest.param(" date 2022-09-07 Oslo September 7/2022/AGENCY/ A demonstration was held in Paris on 6 September.",
                 "en", date(2022, 9, 7), "", NONE, "Paris", day("2022-09-06"),
                 id="a-dateline-restating-the-date-header"),
    pytest.param(" date 2022-09-07 7 September 2022 — A demonstration was held in Paris.", "en", date(2022, 9, 7), "",
                 NONE, "Paris", (date(2022, 9, 1), date(2022, 9, 7), "approximate"),
                 id="a-date-alone-restating-the-date-header"),
    # a sentence that goes on after the header's day tells what happened that day
    pytest.param(" date 2010-07-10 Samedi 10 juillet, à Lyon, 3000 personnes ont manifesté.", "fr",
                 date(2010, 7, 10), "", NONE, "Lyon", day("2010-07-10"), id="fr-a-report-of-the-day-of-publication"),
    pytest.param(" date 2010-07-10 W sobotę 10 lipca w Krakowie manifestowało 3000 osób.", "pl",
                 date(2010, 7, 10), "", NONE, "Kraków", day("2010-07-10"), id="pl-a-report-of-the-day-of-publication"),
    pytest.param(" date 2010-07-10 On 10 July thousands marched in Berlin.", "en",
                 date(2010, 7, 10), "", NONE, "Berlin", day("2010-07-10"), id="a-report-of-the-day-of-publication"),
    # A day and month told as the last one ('El pasado 8 de marzo', 'le 8 mars dernier') is the latest
    # such day, however far back; without the word it is a day of a year not given, ten months back
    pytest.param("El pasado 8 de marzo, miles de mujeres marcharon en Madrid.", "es", date(2019, 1, 10), "", NONE,
                 "Madrid", day("2018-03-08"), id="es-el-pasado-day"),
    pytest.param("No passado dia 8 de março, milhares de mulheres marcharam em Lisboa.", "pt", date(2019, 1, 10), "",
                 NONE, "Lisbon", day("2018-03-08"), id="pt-no-passado-dia"),
    pytest.param("Le 8 mars dernier, des milliers de femmes ont défilé à Paris.", "fr", date(2019, 1, 10), "", NONE,
                 "Paris", day("2018-03-08"), id="fr-day-dernier"),
    pytest.param("Lo scorso 8 marzo migliaia di donne hanno sfilato a Roma.", "it", date(2019, 1, 10), "", NONE,
                 "Rome", day("2018-03-08"), id="it-lo-scorso-day"),
    pytest.param("Last March 8, thousands of women marched in London.", "en", date(2019, 1, 10), "", NONE, "London",
                 day("2018-03-08"), id="last-day-and-month"),
    pytest.param("Am vergangenen 8. März demonstrierten Tausende in Berlin.", "de", date(2019, 1, 10), "", NONE,
                 "Berlin", day("2018-03-08"), id="de-am-vergangenen-day"),
    pytest.param("Thousands of women marched in London on March 8.", "en", date(2019, 1, 10), "", NONE, "London",
                 (None, None, "year-unknown"), id="a-day-ten-months-back-without-last"),
    # The day a deed was done to something (a law passed, a decree signed) is that deed's, not the
    # gathering's against it: the week before publication; the gathering's own day stays
    pytest.param("Thousands marched in Paris against the law passed on 12 March.", "en", date(2023, 3, 20), "", NONE,
                 "Paris", (date(2023, 3, 14), date(2023, 3, 20), "approximate"), id="a-law-passed-on-a-day"),
    pytest.param("Des milliers de personnes ont manifesté à Paris contre la loi adoptée le 12 mars.", "fr",
                 date(2023, 3, 20), "", NONE, "Paris", (date(2023, 3, 14), date(2023, 3, 20), "approximate"), id="fr-une-loi-adoptee-le"),
    pytest.param("Miles de personas marcharon en Madrid contra la ley aprobada el 12 de marzo.", "es", date(2023, 3, 20),
                 "", NONE, "Madrid", (date(2023, 3, 14), date(2023, 3, 20), "approximate"), id="es-una-ley-aprobada-el"),
    pytest.param("Migliaia di persone hanno sfilato a Roma contro la legge approvata il 12 marzo.", "it",
                 date(2023, 3, 20), "", NONE, "Rome", (date(2023, 3, 14), date(2023, 3, 20), "approximate"), id="it-una-legge-approvata-il"),
    pytest.param("Tausende demonstrierten in Berlin gegen das Gesetz, beschlossen am 12. März.", "de",
                 date(2023, 3, 20), "", NONE, "Berlin", (date(2023, 3, 14), date(2023, 3, 20), "approximate"), id="de-beschlossen-am"),
    pytest.param("Milhares de pessoas protestaram em Lisboa contra a lei aprovada a 12 de março.", "pt",
                 date(2023, 3, 20), "", NONE, "Lisbon", (date(2023, 3, 14), date(2023, 3, 20), "approximate"), id="pt-aprovada-a"),
    pytest.param("Tysiące osób protestowały w Warszawie przeciw ustawie uchwalonej 12 marca.", "pl",
                 date(2023, 3, 20), "", NONE, "Warsaw", (date(2023, 3, 14), date(2023, 3, 20), "approximate"), id="pl-uchwalonej"),
    pytest.param("Thousands marched in Paris on 12 March against the law.", "en", date(2023, 3, 20), "", NONE, "Paris",
                 day("2023-03-12"), id="a-gathering-s-own-day-against-a-law"),
    # ... whatever the day's form ('on Thursday', 'last week', 'in March'), its participle after the
    # day ('die im März verabschiedeten Gesetze', 'de in maart aangenomen wet'), or the deed's object
    # between them ('passing disputed farm laws in March', 'adopted the bill on Thursday')
    pytest.param("Thousands marched in Paris against the law passed on Thursday.", "en", date(2023, 3, 20), "", NONE,
                 "Paris", (date(2023, 3, 14), date(2023, 3, 20), "approximate"), id="a-law-passed-on-a-weekday"),
    pytest.param("Thousands marched in Paris against the law that was passed last week.", "en", date(2023, 3, 20), "",
                 NONE, "Paris", (date(2023, 3, 14), date(2023, 3, 20), "approximate"), id="a-law-passed-last-week"),
    pytest.param("Rallies were held in Paris and Toronto against the government passing disputed farm laws in March.",
                 "en", date(2023, 3, 20), "", NONE, "Toronto", (date(2023, 3, 14), date(2023, 3, 20), "approximate"),
                 id="a-deed-s-object-between-it-and-its-month"),
    pytest.param("Tausende demonstrierten in Berlin gegen die im März verabschiedeten Gesetze.", "de", date(2023, 3, 20),
                 "", NONE, "Berlin", (date(2023, 3, 14), date(2023, 3, 20), "approximate"), id="de-die-im-maerz-verabschiedeten"),
    pytest.param("In Berlin wurde gegen das Gesetz demonstriert, das am Donnerstag beschlossen wurde.", "de",
                 date(2023, 3, 20), "", NONE, "Berlin", (date(2023, 3, 14), date(2023, 3, 20), "approximate"), id="de-das-am-donnerstag-beschlossen-wurde"),
    pytest.param("Duizenden mensen demonstreerden in Amsterdam tegen de in maart aangenomen wet.", "nl",
                 date(2023, 3, 20), "", NONE, "Amsterdam", (date(2023, 3, 14), date(2023, 3, 20), "approximate"), id="nl-de-in-maart-aangenomen-wet"),
    pytest.param("Thousands marched in Paris on Thursday against the bill parliament passed.", "en", date(2023, 3, 20),
                 "", NONE, "Paris", day("2023-03-16"), id="a-gathering-s-own-weekday-before-a-deed"),
    # ... or a crime committed on that day ('du crime commis le 15 mars 1960' had dated the rally
    # in 1960, a day)
    pytest.param("La manifestation pour la reconnaissance du crime commis le 15 mars 1960 a rassemblé 6000 "
                 "personnes à Lyon.", "fr", date(2010, 3, 15), "", NONE, "Lyon", UNKNOWN,
                 id="fr-un-crime-commis-le"),
    pytest.param("Thousands marched in Lyon to remember the crime committed on 15 March 1960.", "en",
                 date(2010, 3, 15), "", NONE, "Lyon", (date(2010, 3, 9), date(2010, 3, 15), "approximate"),
                 id="a-crime-committed-on"),
    # An anniversary counts from the year of what it remembers, not from that of the day it falls on,
    # written before it
    pytest.param("Several thousand people attended a rally in London on Sunday 18 May 2014 to mark the fifth "
                 "anniversary of the massacre.", "en", None, "", NONE, "London", day("2014-05-18"),
                 id="an-anniversary-on-its-own-day"),
    pytest.param("El domingo 18 de mayo de 2014 miles de personas marcharon en Madrid para conmemorar el quinto "
                 "aniversario de la masacre.", "es", None, "", NONE, "Madrid", day("2014-05-18"),
                 id="es-an-anniversary-on-its-own-day"),
    pytest.param("Am Samstag, 16. September 2023, demonstrierten Hunderte in Berlin zum ersten Jahrestag des Todes.",
                 "de", None, "", NONE, "Berlin", day("2023-09-16"), id="de-an-anniversary-on-its-own-day"),
    # ... and in a page it gives only that year, the day's return in it: some days either side (it
    # had been the whole year), the day itself when a weekday of the sentence falls on it, none
    # when one does not (a day beside it)
    pytest.param("Thousands marched in London to mark the 64th anniversary of the uprising of March 10, 1959.", "en",
                 None, "", NONE, "London", (date(2023, 3, 7), date(2023, 3, 13), "approximate"),
                 id="an-anniversary-of-a-day-after-it"),
    pytest.param("Thousands marched in Lyon on Monday for the 50th anniversary of the massacre of 15 March 1960.",
                 "en", None, "", NONE, "Lyon", day("2010-03-15"), id="an-anniversary-on-its-weekday"),
    # An event's day told after where it happened ('the massacre at a gay nightclub one week ago') is
    # the event's, not the vigil's
    pytest.param("Thousands took part in a vigil in Paris to remember the victims of the massacre at a gay nightclub "
                 "one week ago.", "en", date(2016, 6, 20), "", NONE, "Paris",
                 (date(2016, 6, 14), date(2016, 6, 20), "approximate"), id="an-event-s-place-then-its-day"),
    pytest.param("Hundreds held a vigil in Paris for the two victims of a stabbing attack in the southern city of "
                 "Lyon on Sunday.", "en", date(2017, 10, 3), "", NONE, "Paris",
                 (date(2017, 9, 27), date(2017, 10, 3), "approximate"), id="an-event-s-town-in-apposition-then-its-day"),
    # Another gathering's clause that tells it in the perfect ('han tenido lugar', Spain's tense for
    # the day's news) reports it: 'este sábado' there is the one before publication, not the next
    pytest.param("Miles de personas se han dado cita en Roma este sábado, en otra concentración de las muchas que "
                 "han tenido lugar este sábado en Europa y en la que ha destacado la protesta de Paris.", "es",
                 date(2017, 1, 22), "", NONE, "Paris", day("2017-01-21"), id="es-another-gathering-in-the-perfect"),
    pytest.param("Des milliers de personnes manifestaient lundi soir à Lyon pour le 50e anniversaire de la répression "
                 "du 15 mars 1960.", "fr", None, "", NONE, "Lyon", day("2010-03-15"),
                 id="fr-an-anniversary-on-its-weekday"),
    pytest.param("Thousands marched in Lyon on Saturday for the 50th anniversary of the massacre of 15 March 1960.",
                 "en", None, "", NONE, "Lyon", (date(2010, 1, 1), date(2010, 12, 31), "approximate"),
                 id="an-anniversary-on-another-weekday"),    # ... and so is the day an anniversary in the next sentence of its paragraph marks, when it returns
    # on the rally's weekday (a day long before, of any year: 1939's as 1960's)
    pytest.param("Thousands marched in Lyon on Monday. They marked the 50th anniversary of the massacre of 15 March "
                 "1960.", "en", None, "", NONE, "Lyon", day("2010-03-15"), id="an-anniversary-in-the-next-sentence"),
    pytest.param("Thousands marched in Lyon on Saturday. They marked the 50th anniversary of the massacre of 15 March "
                 "1960.", "en", None, "", NONE, "Lyon", (date(2010, 1, 1), date(2010, 12, 31), "approximate"),
                 id="an-anniversary-in-the-next-sentence-on-another-weekday"),
    pytest.param("Około tysiąca osób demonstrowało w sobotę wieczorem w Warszawie. Uczestnicy chcieli uczcić 72. "
                 "rocznicę wkroczenia wojsk do kraju 17 września 1939 roku.", "pl", None, "", NONE, "Warsaw",
                 day("2011-09-17"), id="pl-an-anniversary-of-a-day-before-1950"),
    # A day without its year or weekday right after a sentence that counts years back is of that
    # year or of the page's: its year is not known (not the latest such day by publication)
    pytest.param("Thirty years ago, history was made. On October 9, thousands marched around the old town of "
                 "London.", "en", date(2019, 10, 10), "", NONE, "London", YEAR_UNKNOWN,
                 id="a-day-after-a-sentence-of-years-back"),
    pytest.param("Vor 30 Jahren wurde Geschichte geschrieben.\n\nAm 9. Oktober zogen Tausende durch Berlin.", "de",
                 date(2019, 10, 10), "", NONE, "Berlin", YEAR_UNKNOWN,
                 id="de-a-day-after-a-paragraph-of-years-back"),
    pytest.param("12.09.2019\nHeute vor 30 Jahren versammelten sich erstmals Menschen in Berlin. Seit 1981 trafen "
                 "sich Gruppen in einer Kirche.\nIn den folgenden Wochen kamen immer mehr, am 9. Oktober über 70.000 "
                 "Demonstranten in Berlin.", "de", None, "", NONE, "Berlin", YEAR_UNKNOWN,
                 id="de-an-undated-page-that-counts-years-back-before-a-day"),
    # ... but a weekday, a future or the sentence's own year still places it
    pytest.param("Thirty years ago, history was made. On Wednesday, October 9, thousands marched in London.", "en",
                 date(2019, 10, 10), "", NONE, "London", day("2019-10-09"),
                 id="a-weekday-day-after-a-sentence-of-years-back"),
    pytest.param("Thirty years ago, history was made. On October 19, thousands will march in London.", "en",
                 date(2019, 10, 10), "", NONE, "London", day("2019-10-19"),
                 id="an-announced-day-after-a-sentence-of-years-back"),
    pytest.param("Thirty years ago, history was made. On Saturday, thousands marched in London.", "en",
                 date(2019, 10, 14), "", NONE, "London", day("2019-10-12"),
                 id="a-weekday-after-a-sentence-of-years-back"),
    # A day of writing that marks an anniversary ('Today marks the 56th anniversary of …'; lexicon
    # anniversary_today) is that day the count of years back, the gathering's in the anniversary's
    # words; the year the sentence names counts them when no ordinal does
    pytest.param("Today marks the 56th anniversary of the day when thousands gathered in London to march against the "
                 "war.", "en", date(2025, 11, 15), "", NONE, "London", day("1969-11-15"),
                 id="today-marks-an-anniversary"),
    pytest.param("Today, 15 November 2025, marks the 56th anniversary of the day when thousands gathered in London to "
                 "march against the war.", "en", None, "", NONE, "London", day("1969-11-15"),
                 id="today-written-in-full-marks-an-anniversary"),
    pytest.param("Today is the anniversary of the anti-war march held in London 1969.", "en", date(2015, 11, 13), "",
                 NONE, "London", day("1969-11-13"), id="today-is-the-anniversary-of-a-year-named"),
    pytest.param("Aujourd'hui marque le 50e anniversaire de la marche qui avait réuni des milliers de personnes à "
                 "Paris.", "fr", date(2023, 12, 3), "", NONE, "Paris", day("1973-12-03"),
                 id="fr-today-marks-an-anniversary"),
    pytest.param("Heute ist der 50. Jahrestag der Demonstration, bei der Tausende in Berlin marschierten.", "de",
                 date(2023, 12, 3), "", NONE, "Berlin", day("1973-12-03"), id="de-today-marks-an-anniversary"),
    # ... not a gathering of the day that marks it, nor one in a clause of its own
    pytest.param("Today, thousands marched in London to mark the 56th anniversary of the moratorium.", "en",
                 date(2025, 11, 15), "", NONE, "London", day("2025-11-15"), id="a-gathering-today-marks-an-anniversary"),
    pytest.param("Today marks the first anniversary of the attack, and thousands gathered in London to remember the "
                 "victims.", "en", date(2025, 11, 15), "", NONE, "London", day("2025-11-15"),
                 id="a-gathering-today-in-a-clause-of-its-own"),
    # A day and month that opens its sentence as what it speaks of ('Le 20 février est un phénomène …';
    # lexicon date_subject) is a name or a day of remembrance: months before publication, its year
    # is not the page's; within weeks of it, or written with 'this', it is the page's own time
    pytest.param("Le 20 février est un phénomène contestataire.\nLe 20 février, vague massive, a mis fin aux petits "
                 "sit-in : à Paris, des dizaines de milliers de personnes ont afflué.", "fr", date(2012, 4, 24), "",
                 NONE, "Paris", YEAR_UNKNOWN, id="fr-a-day-spoken-of-as-a-thing"),
    pytest.param("June 4 is a solemn day for many. Thousands gathered in London on June 4.", "en",
                 date(2019, 9, 5), "", NONE, "London", YEAR_UNKNOWN, id="a-day-spoken-of-as-a-thing-months-before"),
    pytest.param("June 4 is a solemn day for many. Thousands gathered in London on June 4.", "en",
                 date(2019, 6, 5), "", NONE, "London", day("2019-06-04"),
                 id="a-day-spoken-of-as-a-thing-the-day-before"),
    pytest.param("Le 8 mars est la journée internationale des droits des femmes. Ce 8 mars, des milliers de personnes "
                 "ont défilé à Paris.", "fr", date(2019, 3, 9), "", NONE, "Paris", day("2019-03-08"),
                 id="fr-this-day-spoken-of-as-a-thing"),
    # The day another thing than a gathering began ('the war that broke out on October 7'; lexicon
    # began after a noun of not_the_rally) is that thing's, even as its sentence's only date
    pytest.param("Thousands took to the streets of London in solidarity with the people hit by the war that broke out "
                 "on October 7.", "en", date(2023, 10, 21), "", NONE, "London",
                 (date(2023, 10, 15), date(2023, 10, 21), "approximate"), id="the-day-a-war-broke-out"),
    pytest.param("Migliaia di persone sono scese in strada a Milano per il popolo colpito dalla guerra scoppiata il 7 "
                 "ottobre scorso.", "it", date(2023, 10, 21), "", NONE, "Milan",
                 (date(2023, 10, 15), date(2023, 10, 21), "approximate"), id="it-the-day-a-war-broke-out"),
    pytest.param("Protests erupted in London on October 7 against the government.", "en", date(2023, 10, 21), "",
                 NONE, "London", day("2023-10-07"), id="the-day-protests-erupted"),
    # A gathering in a clause after a day a count of years after names ('a year after the protests of
    # 11 July 2021, when crowds took to the streets'; lexicon when_clauses) is of that day itself
    pytest.param("Thousands marched in London on Sunday.\n\nThe march took place a year after the protests of 11 July "
                 "2021, when crowds took to the streets of Paris.", "en", None, "", NONE, "Paris", day("2021-07-11"),
                 id="a-gathering-in-a-when-clause-after-a-day-counted-on"),
    pytest.param("Miles de cubanos marcharon este domingo en Madrid.\n\nEsta manifestación ocurre un año después del "
                 "histórico 11 de julio de 2021, cuando miles salieron a las calles de Barcelona.", "es", None, "", NONE,
                 "Barcelona", day("2021-07-11"), id="es-a-gathering-in-a-when-clause-after-a-day-counted-on"),
    # A date beside a weather reading is a site's widget, the day the page was shown: no day of the
    # article takes its year from it; a date alone atop the page may be the post's own
    pytest.param("12.3 C\nSpringfield\nvrijdag, 29 maart 2024\n\nStille tocht\n\nOp vrijdagavond 22 maart liepen "
                 "duizenden mensen in Amsterdam mee in een stille tocht.", "nl", None, "", NONE, "Amsterdam",
                 YEAR_UNKNOWN, id="nl-a-date-beside-the-weather-is-a-banner"),
    pytest.param("vrijdag, 29 maart 2024\n\nStille tocht\n\nOp vrijdagavond 22 maart liepen duizenden mensen in "
                 "Amsterdam mee in een stille tocht.", "nl", None, "", NONE, "Amsterdam", day("2024-03-22"),
                 id="nl-a-date-alone-atop-the-page-may-be-the-post-s"),
    # A gathering told as what came before ('after 30 deaths in protests and riots in X'; lexicon
    # after_event) is an earlier one: no other clause's day is its
    pytest.param("Hundreds protested today outside the consulate in London. They accuse the government of having "
                 "blood on its hands, after 30 deaths in protests and riots in Paris.", "en", date(2025, 8, 8), "",
                 NONE, "Paris", UNKNOWN, id="a-gathering-after-which-the-rally-came"),
    pytest.param("Centenas protestaram hoje diante do consulado em Lisboa. Acusam o governo de ter sangue nas mãos, "
                 "após 30 mortes em protestos e tumultos em Porto.", "pt", date(2025, 8, 8), "", NONE, "Porto",
                 UNKNOWN, id="pt-a-gathering-after-which-the-rally-came"),
    pytest.param("Hundreds protested today outside the consulate in London. They accuse the government of having "
                 "blood on its hands, after 30 deaths in protests and riots in Paris.", "en", date(2025, 8, 8), "",
                 NONE, "London", day("2025-08-08"), id="the-rally-that-came-after-a-gathering"),
    # A listing whose items each end with a date alone on a line (a tag page): each date is its
    # item's, not the next item's, and the days an item tells are read against its own
    pytest.param("Solidarity\n\nA rally of solidarity was held in Warsaw.\n07.09.2021\nA picket of solidarity was held in Kraków.\n11.07.2021\n" "Hundreds rallied in Berlin on Sunday.\n08.02.2021\n", "en", None, "", NONE, "Kraków",
                 (date(2021, 7, 5), date(2021, 7, 11), "approximate"), id="a-listing-s-item-closed-by-its-date"),
    pytest.param("Solidarity\n\nA rally of solidarity was held in Warsaw.\n07.09.2021\nA picket of solidarity was held in Kraków.\n11.07.2021\n" "Hundreds rallied in Berlin on Sunday.\n08.02.2021\n", "en", None, "", NONE, "Berlin",
                 day("2021-02-07"), id="a-listing-s-weekday-read-against-its-item-s-date"),
    pytest.param("Solidarity\n\nA rally of solidarity was held in Warsaw.\n07.09.2021\nA picket of solidarity was held in Kraków.\n11.07.2021\n" "Starting December 26, pickets will be held in Berlin.\n26.12.2020\n", "en", None, "", NONE,
                 "Berlin", day("2020-12-26"), id="a-listing-s-day-of-its-item-s-year"),
    # ... not a page whose date lines head what follows, nor one dated atop and below its story
    pytest.param("Solidarity\n\n07.09.2021\nA rally of solidarity was held in Warsaw.\n11.07.2021\nA picket of "
                 "solidarity was held in Kraków.\n", "en", None, "", NONE, "Kraków", day("2021-07-11"),
                 id="date-lines-heading-their-items"),
    pytest.param("Rallies\n12.03.2021\nA picket of solidarity was held in Kraków on Saturday.\n12.03.2021\n", "en", None,
                 "", NONE, "Kraków", day("2021-03-06"), id="a-story-dated-atop-and-below"),
    # The weekend to come in more words ('Komend weekend', 'Volgend weekend', 'This coming weekend'),
    # and a weekend told in the present that tells what is to come as well as what went on ('Dit
    # weekend demonstreren duizenden'): the one before publication or the one after
    pytest.param("Komend weekend wordt er gedemonstreerd in Amsterdam.", "nl", date(2024, 3, 13), "", NONE, "Amsterdam",
                 (date(2024, 3, 16), date(2024, 3, 17), "weekend"), id="nl-komend-weekend"),
    pytest.param("Volgend weekend wordt er gedemonstreerd in Amsterdam.", "nl", date(2024, 3, 13), "", NONE, "Amsterdam",
                 (date(2024, 3, 16), date(2024, 3, 17), "weekend"), id="nl-volgend-weekend"),
    pytest.param("This coming weekend, thousands will march in London.", "en", date(2024, 3, 13), "", NONE, "London",
                 (date(2024, 3, 16), date(2024, 3, 17), "weekend"), id="this-coming-weekend"),
    pytest.param("Dit weekend demonstreren duizenden in Amsterdam.", "nl", date(2024, 3, 13), "", NONE, "Amsterdam",
                 (date(2024, 3, 9), date(2024, 3, 17), "approximate"), id="nl-dit-weekend-in-the-present"),
    pytest.param("Dieses Wochenende demonstrieren Tausende in Berlin.", "de", date(2024, 3, 13), "", NONE, "Berlin",
                 (date(2024, 3, 9), date(2024, 3, 17), "approximate"), id="de-dieses-wochenende-in-the-present"),
    pytest.param("Thousands marched in London this weekend.", "en", date(2024, 3, 11), "", NONE, "London",
                 (date(2024, 3, 9), date(2024, 3, 10), "weekend"), id="this-weekend-told-in-the-past"),
    # A date after the word for a street corner is a street's name ('la esquina de 5 de Mayo y Palma',
    # 'na esquina da 25 de Março'), not the rally's day
    pytest.param("La marcha avanzó este lunes desde la plaza hasta la esquina de 5 de Mayo y Palma en Madrid.", "es",
                 date(2025, 11, 24), "", NONE, "Madrid", day("2025-11-24"), id="es-la-esquina-de-5-de-mayo"),
    pytest.param("A marcha seguiu nesta segunda-feira até a esquina da 25 de Março em Lisboa.", "pt",
                 date(2025, 11, 24), "", NONE, "Lisbon", day("2025-11-24"), id="pt-a-esquina-da-25-de-marco"),
    # A time of the day, and no day named before it, in a page dated by its publication ('in the
    # afternoon', 'am Nachmittag', 'dans l'après-midi'): the day of writing, or, put out the morning
    # after, the one before; after a day another sentence names, that day's, which is not known here
    pytest.param("Hundreds of protesters gathered outside the embassy in London in the afternoon.", "en",
                 date(2022, 2, 24), "", NONE, "London", (date(2022, 2, 23), date(2022, 2, 24), "approximate"),
                 id="in-the-afternoon"),
    pytest.param("Im Zentrum von Hamburg versammelten sich am Nachmittag rund 9000 Menschen.", "de",
                 date(2020, 6, 6), "", NONE, "Hamburg", (date(2020, 6, 5), date(2020, 6, 6), "approximate"),
                 id="de-am-nachmittag"),
    pytest.param("Plusieurs centaines de manifestants se sont rassemblés dans l'après-midi à Lyon.", "fr",
                 date(2014, 11, 22), "", NONE, "Lyon", (date(2014, 11, 21), date(2014, 11, 22), "approximate"),
                 id="fr-dans-l-apres-midi"),
    pytest.param("Nel pomeriggio migliaia di persone hanno sfilato per le strade di Milano.", "it",
                 date(2023, 2, 26), "", NONE, "Milan", (date(2023, 2, 25), date(2023, 2, 26), "approximate"),
                 id="it-nel-pomeriggio"),
    pytest.param("Por la mañana, varios miles de personas recorrieron las calles de Madrid.", "es",
                 date(2003, 3, 16), "", NONE, "Madrid", (date(2003, 3, 15), date(2003, 3, 16), "approximate"),
                 id="es-por-la-manana"),
    pytest.param("Po południu w Warszawie odbył się protest przeciwników lockdownu.", "pl",
                 date(2021, 3, 20), "", NONE, "Warsaw", (date(2021, 3, 19), date(2021, 3, 20), "approximate"),
                 id="pl-po-poludniu"),
    pytest.param("Hundratals personer samlades på eftermiddagen i Stockholm.", "sv",
                 date(2021, 3, 20), "", NONE, "Stockholm", (date(2021, 3, 19), date(2021, 3, 20), "approximate"),
                 id="sv-pa-eftermiddagen"),
    pytest.param("On Friday the government passed the law.\n\nHundreds of protesters gathered outside the "
                 "parliament in London in the afternoon.", "en", date(2022, 2, 24), "", NONE, "London",
                 (date(2022, 2, 18), date(2022, 2, 24), "approximate"), id="in-the-afternoon-after-another-day"),
    pytest.param("Hundreds of protesters will gather outside the parliament in London in the afternoon.", "en",
                 date(2022, 2, 24), "", NONE, "London", UNKNOWN, id="in-the-afternoon-to-come"),
    # A count of days or weeks back in other words: a feminine count ('há duas semanas'), a hedge
    # between the word for 'ago' and the count ('il y a près de deux semaines', 'vor gut zwei
    # Wochen': lexicon [size] about, more_than, …), a collective number ('il y a une quinzaine de
    # jours', 'una decina di giorni fa'): about that many days before publication, not the week before
    pytest.param("Milhares de pessoas manifestaram-se em Lisboa há duas semanas.", "pt", date(2024, 3, 13), "", NONE,
                 "Lisbon", (date(2024, 2, 25), date(2024, 3, 2), "approximate"), id="pt-ha-duas-semanas"),
    pytest.param("Il y a près de deux semaines, des milliers de personnes ont manifesté à Paris.", "fr",
                 date(2024, 3, 13), "", NONE, "Paris", (date(2024, 2, 25), date(2024, 3, 2), "approximate"), id="fr-il-y-a-pres-de-deux-semaines"),
    pytest.param("Vor gut zwei Wochen demonstrierten Tausende in Berlin.", "de", date(2024, 3, 13), "", NONE,
                 "Berlin", (date(2024, 2, 25), date(2024, 3, 2), "approximate"), id="de-vor-gut-zwei-wochen"),
    pytest.param("För drygt två veckor sedan demonstrerade tusentals i Stockholm.", "sv", date(2024, 3, 13), "", NONE,
                 "Stockholm", (date(2024, 2, 25), date(2024, 3, 2), "approximate"), id="sv-for-drygt-tva-veckor-sedan"),
    pytest.param("Il y a une quinzaine de jours, des milliers de personnes ont manifesté à Paris.", "fr",
                 date(2024, 3, 13), "", NONE, "Paris", (date(2024, 2, 25), date(2024, 3, 2), "approximate"), id="fr-il-y-a-une-quinzaine-de-jours"),
    pytest.param("Hace una quincena miles de personas marcharon en Madrid.", "es", date(2024, 3, 13), "", NONE,
                 "Madrid", (date(2024, 2, 25), date(2024, 3, 2), "approximate"), id="es-hace-una-quincena"),
    pytest.param("Una decina di giorni fa migliaia di persone hanno manifestato a Roma.", "it", date(2024, 3, 13), "",
                 NONE, "Rome", (date(2024, 3, 1), date(2024, 3, 5), "approximate"), id="it-una-decina-di-giorni-fa"),
    pytest.param("Kilkanaście dni temu w Warszawie protestowały tysiące osób.", "pl", date(2024, 3, 13), "", NONE,
                 "Warsaw", (date(2024, 2, 23), date(2024, 3, 2), "approximate"), id="pl-kilkanascie-dni-temu"),
    pytest.param("Voilà deux semaines, des milliers de personnes ont manifesté à Paris.", "fr", date(2024, 3, 13), "",
                 NONE, "Paris", (date(2024, 2, 25), date(2024, 3, 2), "approximate"), id="fr-voila-deux-semaines"),
    # ... and a hedge before no count is no count ('hace unos días': a few days, the week before)
    pytest.param("Hace unos días miles de personas marcharon en Madrid.", "es", date(2024, 3, 13), "", NONE,
                 "Madrid", (date(2024, 3, 7), date(2024, 3, 13), "approximate"), id="es-hace-unos-dias"),
    # Month and weekday names written without their accents, or with an umlaut's two letters, as
    # ASCII-only pages and hurried posts write them ('15 fevrier 2003', 'Venerdi', 'sabado',
    # '3 wrzesnia 2020', '3. Maerz 2020'); a month so written is read after a day only
    pytest.param("Le 15 fevrier 2003, des milliers de personnes ont manifesté à Paris.", "fr", None, "", NONE,
                 "Paris", day("2003-02-15"), id="fr-fevrier-without-its-accent"),
    pytest.param("Milhares de pessoas marcharam a 15 de marco de 2003 em Lisboa.", "pt", None, "", NONE, "Lisbon",
                 day("2003-03-15"), id="pt-marco-without-its-cedilla"),
    pytest.param("Tysiące osób protestowały 3 wrzesnia 2020 w Warszawie.", "pl", None, "", NONE, "Warsaw",
                 day("2020-09-03"), id="pl-wrzesnia-without-its-accent"),
    pytest.param("Am 3. Maerz 2020 demonstrierten Tausende in Berlin.", "de", None, "", NONE, "Berlin",
                 day("2020-03-03"), id="de-maerz-with-the-umlaut-s-two-letters"),
    pytest.param("Venerdi migliaia di persone hanno manifestato a Roma.", "it", date(2024, 3, 13), "", NONE, "Rome",
                 day("2024-03-08"), id="it-venerdi-without-its-accent"),
    pytest.param("El sabado miles de personas marcharon en Madrid.", "es", date(2024, 3, 13), "", NONE, "Madrid",
                 day("2024-03-09"), id="es-sabado-without-its-accent"),
    pytest.param("Na terca-feira milhares de pessoas marcharam em Lisboa.", "pt", date(2024, 3, 13), "", NONE,
                 "Lisbon", day("2024-03-12"), id="pt-terca-feira-without-its-cedilla"),
    pytest.param("Tusenvis demonstrerte i Oslo lordag.", "no", date(2024, 3, 13), "", NONE, "Oslo",
                 day("2024-03-09"), id="no-lordag-without-its-slash"),
    # A date with its weekday that ends the page's first line after a paper's name or motto and a
    # dash or bar ('Giornale di informazione di Roma - Mercoledi 23 luglio 2014') is a masthead's,
    # the day the page was shown: no weekday of the story counts from it (unless the words before it
    # name a gathering: 'Corteo per la pace a Roma - sabato 15 febbraio 2003' is its day)
    pytest.param("Giornale di informazione di Roma - Mercoledi 23 luglio 2014\n\nGli studenti in piazza\n\n"
                 "Oltre 150 persone si sono riunite sabato a Milano.", "it", None, "", NONE, "Milan", UNKNOWN,
                 id="it-a-masthead-s-date"),
    pytest.param("News of the world - Wednesday, July 23, 2014\n\nOver 150 people gathered on Saturday in London.",
                 "en", None, "", NONE, "London", UNKNOWN, id="a-masthead-s-date"),
    pytest.param("Corteo per la pace a Roma - sabato 15 febbraio 2003\n\nMigliaia di persone hanno sfilato sabato a "
                 "Milano.", "it", None, "", NONE, "Milan", day("2003-02-15"), id="it-a-gathering-s-title-and-its-day"),
    # A date in a clause said of a place ('…, where', '…, donde', '…, où', '…, wo') is that place's: a
    # place before it outside a list of them ('first in X, and the latest in Y, where …') takes
    # another day; places of one list share it
    pytest.param("Primero fue en Barcelona, y la más reciente ha tenido lugar en Madrid, donde miles de personas se "
                 "congregaron el jueves 6 de mayo.", "es", date(2021, 5, 7), "", NONE, "Barcelona",
                 (date(2021, 5, 1), date(2021, 5, 7), "approximate"), id="es-a-day-of-a-clause-said-of-another-place"),
    pytest.param("The first rally was in Barcelona, and the latest took place in Madrid, where thousands gathered on "
                 "Thursday, May 6.", "en", date(2021, 5, 7), "", NONE, "Madrid", day("2021-05-06"),
                 id="a-day-of-a-clause-said-of-its-place"),
    pytest.param("La mobilisation a d'abord eu lieu à Lyon, puis à Paris, où des milliers de personnes ont défilé "
                 "jeudi.", "fr", date(2021, 5, 7), "", NONE, "Lyon", (date(2021, 5, 1), date(2021, 5, 7), "approximate"),
                 id="fr-a-day-of-a-clause-said-of-another-place"),
    pytest.param("Zuerst gab es Proteste in Hamburg, dann in Berlin, wo am Donnerstag Tausende demonstrierten.", "de",
                 date(2021, 5, 7), "", NONE, "Hamburg", (date(2021, 5, 1), date(2021, 5, 7), "approximate"),
                 id="de-a-day-of-a-clause-said-of-another-place"),
    pytest.param("Kundgebungen gab es in Köln, Hamburg und München, wo am Samstag 5000 Menschen zusammenkamen.", "de",
                 date(2021, 5, 7), "", NONE, "Hamburg", day("2021-05-01"), id="de-a-list-s-places-share-its-day"),
    pytest.param("Hubo marchas en Madrid y en Barcelona, donde el sábado se reunieron miles de personas.", "es",
                 date(2021, 5, 7), "", NONE, "Madrid", day("2021-05-01"), id="es-a-list-s-places-share-its-day"),
    # What sets a gathering for a day as its noun's attribute ('convocada para el sábado', 'programmée
    # samedi'; lexicon planned, for_day) announces nothing when a gathering verb in the past follows
    # it ('… reunió a miles'): the day before publication; before no such verb it announces
    pytest.param("La marcha convocada para el sábado se celebró con miles de personas en Madrid.", "es",
                 date(2017, 10, 30), "", NONE, "Madrid", day("2017-10-28"), id="es-set-for-a-day-told-in-the-past"),
    pytest.param("La manifestation programmée samedi a rassemblé des milliers de personnes à Paris.", "fr",
                 date(2017, 10, 30), "", NONE, "Paris", day("2017-10-28"), id="fr-set-for-a-day-told-in-the-past"),
    pytest.param("The march planned for Saturday took place in London with thousands of people.", "en",
                 date(2017, 10, 30), "", NONE, "London", day("2017-10-28"), id="set-for-a-day-told-in-the-past"),
    pytest.param("The march planned for Saturday in London was announced by the unions.", "en", date(2017, 10, 30),
                 "", NONE, "London", day("2017-11-04"), id="set-for-a-day-and-announced"),
    # ... and such words are announcements ('marcada para 28 de outubro', 'indetto per il 28 ottobre',
    # 'fijada para el 28 de octubre', 'fixée au 28 octobre', 'für den 28. Oktober angesetzt')
    pytest.param("Uma manifestação em Lisboa está marcada para 28 de outubro.", "pt", date(2017, 10, 12), "", NONE,
                 "Lisbon", day("2017-10-28"), id="pt-marcada-para"),
    pytest.param("Un corteo a Roma è stato indetto per il 28 ottobre.", "it", date(2017, 10, 12), "", NONE, "Rome",
                 day("2017-10-28"), id="it-indetto-per"),
    pytest.param("Una manifestazione a Roma è fissata per il 28 ottobre.", "it", date(2017, 10, 12), "", NONE, "Rome",
                 day("2017-10-28"), id="it-fissata-per"),
    pytest.param("Una marcha en Madrid fijada para el 28 de octubre.", "es", date(2017, 10, 12), "", NONE, "Madrid",
                 day("2017-10-28"), id="es-fijada-para"),
    pytest.param("Une manifestation à Paris est fixée au 28 octobre.", "fr", date(2017, 10, 12), "", NONE, "Paris",
                 day("2017-10-28"), id="fr-fixee-au"),
    pytest.param("Eine Demonstration in Berlin ist für den 28. Oktober angesetzt.", "de", date(2017, 10, 12), "", NONE,
                 "Berlin", day("2017-10-28"), id="de-angesetzt"),
    # A month in Roman numerals between a day and a year ('12 III 2019', '12.III.2019', '25 IV 1994'),
    # as Polish and Italian write it, is a date; a numeral after a name is none ('Jan III')
    pytest.param("Dnia 12 III 2019 w Warszawie protestowały tysiące osób.", "pl", None, "", NONE, "Warsaw",
                 day("2019-03-12"), id="pl-a-month-in-roman-numerals"),
    pytest.param("12.III.2019 r. w Warszawie protestowały tysiące osób.", "pl", None, "", NONE, "Warsaw",
                 day("2019-03-12"), id="pl-a-month-in-roman-numerals-between-dots"),
    pytest.param("Il 25 IV 1994 migliaia di persone hanno manifestato a Milano.", "it", None, "", NONE, "Milan",
                 day("1994-04-25"), id="it-a-month-in-roman-numerals"),
    # A day written right after a weekday, where no pattern reads both (a bracket, a comma and the
    # day's noun), is the weekday's own day: not the weekday counted from the day of writing
    pytest.param("Hundreds protested in London on Tuesday (April 25).", "en", date(2023, 5, 3), "", NONE, "London",
                 day("2023-04-25"), id="a-day-in-brackets-after-its-weekday"),
    pytest.param("Hundreds protested in London on Tuesday (25 April).", "en", date(2023, 5, 3), "", NONE, "London",
                 day("2023-04-25"), id="a-day-first-in-brackets-after-its-weekday"),
    pytest.param("Hunderte demonstrierten am Dienstag, den 25.4., in Berlin.", "de", date(2023, 5, 3), "", NONE,
                 "Berlin", day("2023-04-25"), id="de-den-and-figures-after-a-weekday"),
    pytest.param("Hundrevis demonstrerte i Oslo tirsdag den 25/4.", "no", date(2023, 5, 3), "", NONE, "Oslo",
                 day("2023-04-25"), id="no-den-and-figures-after-a-weekday"),
    pytest.param("Hundredvis demonstrerede i København tirsdag den 25/4.", "da", date(2023, 5, 3), "", NONE,
                 "Copenhagen", day("2023-04-25"), id="da-den-and-figures-after-a-weekday"),
    pytest.param("Centenas concentraram-se em Lisboa na terça-feira, dia 25.", "pt", date(2023, 5, 3), "", NONE,
                 "Lisbon", day("2023-04-25"), id="pt-weekday-comma-dia"),
    pytest.param("Cientos de personas se concentraron en Madrid el martes, día 25.", "es", date(2023, 5, 3), "", NONE,
                 "Madrid", day("2023-04-25"), id="es-weekday-comma-dia"),
    pytest.param("Centinaia di persone hanno manifestato a Roma martedì, giorno 25.", "it", date(2023, 5, 3), "",
                 NONE, "Rome", day("2023-04-25"), id="it-weekday-comma-giorno"),
    # ... and a count after a weekday's comma is no day ('on Saturday, 25 people')
    pytest.param("In London on Saturday, 25 people were arrested at the protest.", "en", date(2023, 5, 3), "", NONE,
                 "London", day("2023-04-29"), id="a-count-after-a-weekday-s-comma"),
    # A year tied by a link to a noun that is no gathering's is that noun's, and a year the clause
    # does not open is no time of the past verb after it: the day stays without a year
    pytest.param("Zehn Jahre nach den Anschlägen von 2015 versammelten sich am 13. November Hunderte in Paris.",
                 "de", None, "", NONE, "Paris", YEAR_UNKNOWN, id="de-a-year-linked-to-another-noun"),
    pytest.param("Tien jaar na de aanslagen van 2015 verzamelden zich op 13 november honderden mensen in Amsterdam.",
                 "nl", None, "", NONE, "Amsterdam", YEAR_UNKNOWN, id="nl-a-year-linked-to-another-noun"),
    pytest.param("Tio år efter attackerna 2015 samlades hundratals människor i Paris den 13 november.", "sv", None,
                 "", NONE, "Paris", YEAR_UNKNOWN, id="sv-a-year-after-another-noun-before-a-verb"),
    pytest.param("Ten years after the attacks in 2015 hundreds gathered in Paris on 13 November.", "en", None, "",
                 NONE, "Paris", YEAR_UNKNOWN, id="a-year-after-another-noun-before-a-verb"),
    # ... the year that opens its clause is the verb's, and a gathering's noun linked to it owns it
    pytest.param("2019 demonstrierten am 12. Juni Tausende in Berlin.", "de", None, "", NONE, "Berlin",
                 day("2019-06-12"), id="de-a-year-opening-its-clause-before-a-verb"),
    pytest.param("Schon 2019 demonstrierten am 12. Juni Tausende in Berlin.", "de", None, "", NONE, "Berlin",
                 day("2019-06-12"), id="de-a-year-after-one-word-before-a-verb"),
    pytest.param("2019 demonstrerade tusentals i Stockholm den 12 juni.", "sv", None, "", NONE, "Stockholm",
                 day("2019-06-12"), id="sv-a-year-opening-its-clause-before-a-verb"),
    # A day of the month written in words (lexicon day_words: num2words' cardinals, ordinals, or
    # the ordinal of the first) is that day, not the week before publication
    pytest.param("Miles de personas marcharon en Madrid el pasado cinco de octubre.", "es", date(2016, 10, 20), "",
                 NONE, "Madrid", day("2016-10-05"), id="es-a-day-in-words"),
    pytest.param("Miles de personas marcharon en Madrid el treinta y uno de agosto.", "es", date(2016, 10, 20), "",
                 NONE, "Madrid", day("2016-08-31"), id="es-a-day-in-several-words"),
    pytest.param("Milhares de pessoas marcharam em Lisboa no dia cinco de outubro.", "pt", date(2016, 10, 20), "",
                 NONE, "Lisbon", day("2016-10-05"), id="pt-a-day-in-words"),
    pytest.param("Des milliers de personnes ont défilé à Paris le premier octobre.", "fr", date(2016, 10, 20), "",
                 NONE, "Paris", day("2016-10-01"), id="fr-the-first-in-words"),
    pytest.param("Migliaia di persone hanno sfilato a Roma il cinque ottobre.", "it", date(2016, 10, 20), "", NONE,
                 "Rome", day("2016-10-05"), id="it-a-day-in-words"),
    pytest.param("Tausende demonstrierten am fünften Oktober in Berlin.", "de", date(2016, 10, 20), "", NONE,
                 "Berlin", day("2016-10-05"), id="de-an-inflected-ordinal-day"),
    pytest.param("Tusentals demonstrerade i Stockholm den femte oktober.", "sv", date(2016, 10, 20), "", NONE,
                 "Stockholm", day("2016-10-05"), id="sv-an-ordinal-day"),
    pytest.param("Thousands marched in London on the fifth of October.", "en", date(2016, 10, 20), "", NONE,
                 "London", day("2016-10-05"), id="the-fifth-of-a-month"),
    pytest.param("Thousands marched in London on October fifth.", "en", date(2016, 10, 20), "", NONE, "London",
                 day("2016-10-05"), id="a-month-then-its-day-in-words"),
    pytest.param("Miles de personas marcharon en Madrid el 1.º de octubre.", "es", date(2016, 10, 20), "", NONE,
                 "Madrid", day("2016-10-01"), id="es-an-ordinal-indicator-after-a-period"),
    # ... where months come first, an ordinal before a month needs the word between: a march's name
    pytest.param("The first March for Life in London drew thousands on Saturday.", "en", date(2016, 10, 20), "",
                 NONE, "London", day("2016-10-15"), id="an-ordinal-before-a-march-s-name"),
    # A day a gathering was first set for, in a clause set off after its noun, is the plan's when
    # the sentence tells it in the past on another day (lexicon plan_words)
    pytest.param("The rally in Paris, originally planned for 12 March, took place on Saturday.", "en",
                 date(2020, 3, 23), "", NONE, "Paris", day("2020-03-21"), id="a-day-first-planned"),
    pytest.param("Le rassemblement à Paris, initialement prévu le 12 mars, a eu lieu samedi.", "fr",
                 date(2020, 3, 23), "", NONE, "Paris", day("2020-03-21"), id="fr-a-day-first-planned"),
    pytest.param("Die Kundgebung in Berlin, ursprünglich für den 12. März geplant, fand am Samstag statt.", "de",
                 date(2020, 3, 23), "", NONE, "Berlin", day("2020-03-21"), id="de-a-day-first-planned-verb-last"),
    pytest.param("La concentración en Madrid, prevista inicialmente para el 12 de marzo, se celebró el sábado.", "es",
                 date(2020, 3, 23), "", NONE, "Madrid", day("2020-03-21"), id="es-a-day-first-planned"),
    pytest.param("The march in London, postponed from 12 March, drew thousands on Saturday.", "en",
                 date(2020, 3, 23), "", NONE, "London", day("2020-03-21"), id="a-day-a-march-was-moved-from"),
    # ... and the day such a clause alone sets, in a sentence told in the past, is the rally's
    pytest.param("The march in London, planned for Saturday, drew thousands.", "en", date(2020, 3, 23), "", NONE,
                 "London", day("2020-03-21"), id="a-set-off-plan-s-day-told-in-the-past"),
    # A count back right after another event's noun is that event's ('the flood a month ago'; a
    # noun of lexicon other_events or not_the_rally, its link perhaps between)
    pytest.param("The vigil in London remembered the victims of the flood a month ago. Hundreds walked through the "
                 "streets.", "en", date(2020, 11, 20), "", NONE, "London",
                 (date(2020, 11, 14), date(2020, 11, 20), "approximate"), id="a-count-back-after-another-event"),
    pytest.param("Die Mahnwache in Berlin erinnerte an die Opfer der Flut vor einem Monat. Hunderte zogen durch die "
                 "Straßen.", "de", date(2020, 11, 20), "", NONE, "Berlin",
                 (date(2020, 11, 14), date(2020, 11, 20), "approximate"), id="de-a-count-back-after-another-event"),
    pytest.param("La marche blanche à Paris rendait hommage aux victimes de l'inondation d'il y a un mois. Des "
                 "centaines de personnes ont défilé.", "fr", date(2020, 11, 20), "", NONE, "Paris",
                 (date(2020, 11, 14), date(2020, 11, 20), "approximate"), id="fr-a-count-back-after-an-elided-link"),
    pytest.param("La marcha en Madrid recordó a las víctimas de la inundación de hace un mes. Cientos de personas "
                 "recorrieron las calles.", "es", date(2020, 11, 20), "", NONE, "Madrid",
                 (date(2020, 11, 14), date(2020, 11, 20), "approximate"), id="es-a-count-back-after-its-link"),
    # ... a count back after the gathering's own noun stays the gathering's
    pytest.param("The vigil in London a month ago drew hundreds.", "en", date(2020, 11, 20), "", NONE, "London",
                 (date(2020, 10, 11), date(2020, 10, 31), "approximate"), id="a-count-back-after-the-gathering"),
    # A day and month a plan told in the past set ('was scheduled for', 'a été fixée au', 'fue
    # convocada para'; lexicon future_past), or a present that tells what is to come as well: the
    # latest such day before publication or the first after it, the nearer, within a season
    pytest.param("A march in London was scheduled for 28 October.", "en", date(2017, 10, 12), "", NONE, "London",
                 day("2017-10-28"), id="a-day-a-plan-told-in-the-past-set"),
    pytest.param("La manifestation à Paris a été fixée au 28 octobre.", "fr", date(2017, 10, 12), "", NONE, "Paris",
                 day("2017-10-28"), id="fr-a-day-a-plan-told-in-the-past-set"),
    pytest.param("La marcha en Madrid fue convocada para el 28 de octubre.", "es", date(2017, 10, 12), "", NONE,
                 "Madrid", day("2017-10-28"), id="es-a-day-a-plan-told-in-the-past-set"),
    pytest.param("A manifestação em Lisboa foi marcada para 28 de outubro.", "pt", date(2017, 10, 12), "", NONE,
                 "Lisbon", day("2017-10-28"), id="pt-a-day-a-plan-told-in-the-past-set"),
    pytest.param("Am 28. Oktober demonstrieren Tausende in Berlin.", "de", date(2017, 10, 12), "", NONE, "Berlin",
                 day("2017-10-28"), id="de-a-day-told-in-the-present-to-come"),
    # ... half a year off either way, of a year the text does not give
    pytest.param("La marcha en Madrid fue convocada para el 28 de octubre.", "es", date(2018, 4, 20), "", NONE,
                 "Madrid", YEAR_UNKNOWN, id="es-a-planned-day-half-a-year-off"),
    # A past form with a word inside it ('were also held', 'a finalement eu lieu', 'si è infine
    # svolto'; lexicon inserted_adverbs) is past: no day announced before it, no Saturday to come
    pytest.param("A rally will be held in London on Saturday, 25 March. Rallies were also held in Paris.", "en",
                 date(2023, 3, 20), "", NONE, "Paris", (date(2023, 3, 14), date(2023, 3, 20), "approximate"),
                 id="were-also-held-is-past"),
    pytest.param("Le rassemblement à Paris, interdit le 12 mars, a finalement eu lieu samedi.", "fr", date(2023, 3, 20),
                 "", NONE, "Paris", day("2023-03-18"), id="fr-a-finalement-eu-lieu-is-past"),
    pytest.param("Il corteo a Milano, previsto per il 12 marzo, si è infine svolto sabato.", "it", date(2023, 3, 20),
                 "", NONE, "Milan", day("2023-03-18"), id="it-si-e-infine-svolto-is-past"),
    pytest.param("Eine Kundgebung ist für Samstag, den 25. März, in Hamburg angekündigt. In Berlin wurde auch "
                 "demonstriert.", "de", date(2023, 3, 20), "", NONE, "Berlin",
                 (date(2023, 3, 14), date(2023, 3, 20), "approximate"), id="de-wurde-auch-demonstriert-is-past"),
    # The day of a relative clause set off by commas that tells no gathering is the noun's, though
    # the month is named like one ('banned on 12 March' had been the march's day)
    pytest.param("The march in London, which had been banned on 12 March, went ahead on Saturday.", "en",
                 date(2023, 3, 20), "", NONE, "London", day("2023-03-18"), id="a-month-named-march-in-a-relative-clause"),
    # 'till', 'til' (also 'until') after a word that sets a gathering for a day is 'for': the day set
    pytest.param("En manifestation har utlysts till lördagen den 25 mars i Stockholm.", "sv", date(2023, 3, 20), "",
                 NONE, "Stockholm", day("2023-03-25"), id="sv-utlyst-till-a-day"),
    pytest.param("En demonstration er annonceret til lørdag den 25. marts i Copenhagen.", "da", date(2023, 3, 20), "",
                 NONE, "Copenhagen", day("2023-03-25"), id="da-annonceret-til-a-day"),
    pytest.param("En demonstrasjon er varslet til lørdag 25. mars i Oslo.", "no", date(2023, 3, 20), "", NONE, "Oslo",
                 day("2023-03-25"), id="no-varslet-til-a-day"),
    # A German or Dutch perfect with its halves apart ('haben Hunderte demonstriert') is past
    pytest.param("Eine Kundgebung ist für Samstag, den 25. März, in Hamburg angekündigt. In Berlin haben Hunderte "
                 "Menschen demonstriert.", "de", date(2023, 3, 20), "", NONE, "Berlin",
                 (date(2023, 3, 14), date(2023, 3, 20), "approximate"), id="de-a-perfect-with-its-halves-apart"),
    pytest.param("Eine Kundgebung ist für Samstag, den 25. März, in Hamburg angekündigt. In Berlin hat eine Mahnwache "
                 "stattgefunden.", "de", date(2023, 3, 20), "", NONE, "Berlin",
                 (date(2023, 3, 14), date(2023, 3, 20), "approximate"), id="de-hat-stattgefunden-apart"),
    pytest.param("Een betoging is aangekondigd voor zaterdag 25 maart in Rotterdam. In Amsterdam heeft een wake "
                 "plaatsgevonden.", "nl", date(2023, 3, 20), "", NONE, "Amsterdam",
                 (date(2023, 3, 14), date(2023, 3, 20), "approximate"), id="nl-heeft-plaatsgevonden-apart"),
    # A day of another gathering the rally echoes ('echoing the one of October 1967', 'faisant écho à
    # celle d'octobre 1967'; lexicon than) is that gathering's: no history that undates the rally
    pytest.param("Rallies took place across the country on Saturday.\n\nIn London, 20,000 protesters gathered for a march, echoing the one of October 1967.", "en", date(2007, 3, 19), "", NONE, "London", day("2007-03-17"),
                 id="echoing-the-one-of-another-year"),
    pytest.param("Des manifestations ont eu lieu samedi dans tout le pays.\n\nÀ Paris, 20 000 manifestants se sont rassemblés, faisant écho à celle d'octobre 1967.", "fr", date(2007, 3, 19), "", NONE, "Paris", day("2007-03-17"),
                 id="fr-faisant-echo-a-celle-d-another-year"),
    pytest.param("Sabato si sono svolte manifestazioni in tutto il paese.\n\nA Milano 20.000 manifestanti si sono radunati, richiamando quella dell'ottobre 1967.", "it", date(2007, 3, 19), "", NONE, "Milan", day("2007-03-17"),
                 id="it-richiamando-quella-dell-another-year"),
    pytest.param("Am Samstag gab es im ganzen Land Kundgebungen.\n\nIn Berlin versammelten sich 20.000 Demonstranten, in Anlehnung an die vom Oktober 1967.", "de", date(2007, 3, 19), "", NONE, "Berlin", day("2007-03-17"),
                 id="de-in-anlehnung-an-die-vom-another-year"),
    pytest.param("El sábado hubo manifestaciones en todo el país.\n\nEn Madrid se concentraron 20.000 manifestantes, evocando la de octubre de 1967.", "es", date(2007, 3, 19), "", NONE, "Madrid", day("2007-03-17"),
                 id="es-evocando-la-de-another-year"),
    # A night from one weekday to the next ('von Samstag auf Sonntag', 'de sábado para domingo', 'van
    # zaterdag op zondag', 'z soboty na niedzielę'; lexicon range_joiners) is both days, not the second
    pytest.param("In der Nacht von Samstag auf Sonntag demonstrierten Hunderte in Berlin.", "de", date(2023, 3, 20), "", NONE, "Berlin",
                 (date(2023, 3, 18), date(2023, 3, 19), "weekend"), id="de-von-samstag-auf-sonntag"),
    pytest.param("Na noite de sábado para domingo centenas de pessoas manifestaram-se em Lisboa.", "pt", date(2023, 3, 20), "", NONE, "Lisbon",
                 (date(2023, 3, 18), date(2023, 3, 19), "weekend"), id="pt-de-sabado-para-domingo"),
    pytest.param("In de nacht van zaterdag op zondag demonstreerden honderden mensen in Amsterdam.", "nl", date(2023, 3, 20), "", NONE, "Amsterdam",
                 (date(2023, 3, 18), date(2023, 3, 19), "weekend"), id="nl-van-zaterdag-op-zondag"),
    pytest.param("W nocy z soboty na niedzielę setki osób protestowały w Warszawie.", "pl", date(2023, 3, 20), "", NONE, "Warsaw",
                 (date(2023, 3, 18), date(2023, 3, 19), "weekend"), id="pl-z-soboty-na-niedziele"),
    # A day and month in figures after their weekday, in English, when one of them cannot be a month
    # ('Tuesday 25/4', 'Tuesday 4/25'): that day, not the Tuesday of the week of writing (a week off)
    pytest.param("Hundreds rallied in London on Tuesday 25/4 against the closure.", "en", date(2023, 5, 3), "", NONE,
                 "London", day("2023-04-25"), id="a-weekday-and-its-day-and-month-in-figures"),
    pytest.param("Hundreds rallied in London on Tuesday (4/25) against the closure.", "en", date(2023, 5, 3), "", NONE,
                 "London", day("2023-04-25"), id="a-weekday-and-its-month-and-day-in-figures"),
    # ... and only the weekday where either may be the month ('Tuesday 4/5')
    pytest.param("Hundreds rallied in London on Tuesday 4/5 against the closure.", "en", date(2023, 5, 3), "", NONE,
                 "London", day("2023-05-02"), id="a-weekday-and-figures-either-way"),
    # The day an anniversary counts from, written right after its words ('the 61st anniversary of the
    # March 10, 1959 uprising', 'le 61e anniversaire du 10 mars 1959'), returns in the year the count
    # gives, the day itself when the sentence's weekday falls on it (it had been read as a bound of
    # a period, lexicon not_an_event, and the rally was some day of 2020)
    pytest.param("Exiles rallied in London on Tuesday to mark the 61st anniversary of the March 10, 1959 uprising.", "en", None, "", NONE, "London", day("2020-03-10"),
                 id="the-anniversary-of-the-day-written-after-the"),
    pytest.param("Des exilés ont manifesté mardi à Paris pour le 61e anniversaire du 10 mars 1959.", "fr", None, "", NONE, "Paris", day("2020-03-10"),
                 id="fr-the-anniversary-du-day"),
    pytest.param("Los exiliados se manifestaron el martes en Madrid en el 61 aniversario del 10 de marzo de 1959.", "es", None, "", NONE, "Madrid", day("2020-03-10"),
                 id="es-the-anniversary-del-day"),
    pytest.param("Exilanten demonstrierten am Dienstag in Berlin zum 61. Jahrestag des 10. März 1959.", "de", None, "", NONE, "Berlin", day("2020-03-10"),
                 id="de-the-anniversary-des-day"),
    pytest.param("Os exilados manifestaram-se na terça-feira em Lisboa no 61.º aniversário do 10 de março de 1959.", "pt", None, "", NONE, "Lisbon", day("2020-03-10"),
                 id="pt-the-anniversary-do-day"),
    # ... and so is, in a lead with no place of its own, the day its rallies mark, for the rallies
    # the article places after it (they had been some day of 2020)
    pytest.param("Exiles around the world on Tuesday observed the 61st anniversary of a March 10, 1959 uprising, holding protest rallies outside embassies.\n\nIn London, exiles gathered outside the embassy with placards.", "en", None, "", NONE, "London", day("2020-03-10"),
                 id="a-lead-marks-an-anniversary-without-a-place"),
    pytest.param("Des exilés du monde entier ont marqué mardi le 61e anniversaire du 10 mars 1959 par des rassemblements devant les ambassades.\n\nÀ Paris, des exilés se sont rassemblés devant l'ambassade.", "fr", None, "", NONE, "Paris", day("2020-03-10"),
                 id="fr-a-lead-marks-an-anniversary-without-a-place"),
    pytest.param("Exilanten in aller Welt begingen am Dienstag mit Kundgebungen vor Botschaften den 61. Jahrestag des 10. März 1959.\n\nIn Berlin versammelten sich Exilanten vor der Botschaft.", "de", None, "", NONE, "Berlin", day("2020-03-10"),
                 id="de-a-lead-marks-an-anniversary-without-a-place"),
    # The day another event opened a period that lasts to the day of writing ('every year since his
    # arrest on 15 February 1999'), wherever the text names it, says no undated page was written
    # near it (the rally had been put in the two weeks after it, twenty years off)
    pytest.param("About 7,000 Kurds took to the streets in London to call for the release of their leader. The rally has been held every year since his arrest on 15 February 1999.", "en", None, "", NONE, "London", UNKNOWN, id="since-an-arrest-on-a-day"),
    pytest.param("Quelque 7000 Kurdes ont défilé à Paris pour réclamer la libération de leur chef. Le rassemblement a lieu chaque année depuis son arrestation le 15 février 1999.", "fr", None, "", NONE, "Paris", UNKNOWN, id="fr-depuis-son-arrestation-le-jour"),
    pytest.param("Rund 7000 Kurden gingen in Berlin auf die Straße, um die Freilassung ihres Anführers zu fordern. Die Kundgebung findet seit seiner Festnahme am 15. Februar 1999 jedes Jahr statt.", "de", None, "", NONE, "Berlin", UNKNOWN, id="de-seit-seiner-festnahme-am-tag"),
    pytest.param("Ongeveer 7000 Koerden zijn in Amsterdam de straat op gegaan. De bijeenkomst wordt sinds de arrestatie van hun leider op 15 februari 1999 jaarlijks gehouden. Hij werd gearresteerd op 15 februari 1999.", "nl", None, "", NONE, "Amsterdam", UNKNOWN, id="nl-sinds-de-arrestatie-op-de-dag"),
    # A count of years back after a verb of a lasting state in the present is how long it has lasted
    # ('mora há 20 anos', has lived there for 20 years; lexicon durative), no time 20 years back
    pytest.param("Centenas de brasileiros reuniram-se neste domingo em Lisboa.\nEm Porto, onde a organizadora mora "
                 "há 20 anos, também houve protesto.", "pt", date(2015, 3, 15), "", NONE, "Porto", day("2015-03-15"),
                 id="pt-a-state-lasting-for-years-is-no-time-back"),
    pytest.param("Cientos de venezolanos se concentraron este domingo en Madrid.\nEn Barcelona, donde la "
                 "organizadora reside hace diez años, también hubo protesta.", "es", date(2015, 3, 15), "", NONE,
                 "Barcelona", day("2015-03-15"),
                 id="es-a-state-lasting-for-years-is-no-time-back"),
    pytest.param("Há 20 anos, milhares de pessoas protestaram em Porto.", "pt", date(2015, 3, 15), "", NONE, "Porto",
                 UNKNOWN, id="pt-a-deed-years-back-stays-back"),
])
def test_dates_agree_with_their_evidence(tiny_gazetteer, text, language, published, month, corpus, city, expected):
    assert dates_of(tiny_gazetteer, text, language, published, month, corpus)[city] == expected


@pytest.mark.parametrize("text, published", [
    pytest.param("On February 15, 2003, millions marched in London against the war.\n\nIn Paris, three million "
                 "joined the march.", date(2016, 7, 7), id="a-lead-long-before-publication"),
    pytest.param("On June 4, 1989, troops fired on protesters in London. Hundreds gathered in Paris for a vigil.",
                 date(2019, 6, 5), id="a-paragraph-long-before-publication"),
    # ... or whose opening (a title, a sentence of no rally) gives a day long before and nothing
    # nearer publication: an 'on this day' story (the week before publication had dated its rallies)
    pytest.param("February 15, 2003 - the day the world said no\n\nThe protest in Paris drew the most people.",
                 date(2017, 2, 15), id="an-on-this-day-title"),
    pytest.param("On February 15, 2003, the world said no to war.\n\nThe protest in Paris drew the most people.",
                 date(2017, 2, 15), id="an-opening-sentence-of-no-rally"),
    # ... whatever count of years back says how long ago that day was, and whatever title over it
    pytest.param("If ever there was such a day, it was Saturday 15 February 2003, 20 years ago this week. That was "
                 "the day when a million people took to the streets of Paris.", date(2023, 2, 11),
                 id="an-opening-day-and-how-long-ago"),
    pytest.param("Some of the million people who took part in the demonstration in Paris in 2003.\n\nDid the biggest "
                 "protest ever change the world?\n\nIn February 2003, a million people protested in Paris.\n\nIt "
                 "was Saturday 15 February 2003, 20 years ago this week. That was the day when a million people took "
                 "to the streets of Paris.", date(2023, 2, 11), id="an-opening-month-under-a-caption-and-a-title"),
])
def test_rallies_after_a_lead_long_before_publication_stay_undated(tiny_gazetteer, text, published):
    """A page dated by its address whose lead tells of a time long before: the rallies after it
    without a date of their own are of then or of now, neither the lead's day nor the week before
    publication."""
    assert dates_of(tiny_gazetteer, text, "en", published, reason=URL_PATH_DATE)["Paris"] == UNKNOWN


@pytest.mark.parametrize("text, language, expected", [
    pytest.param("15 febbraio 2003 - Il giorno in cui il mondo disse no\n\nÈ proprio la protesta di Roma ad "
                 "aggiudicarsi il maggior numero di partecipanti.", "it", UNKNOWN, id="it-an-on-this-day-title"),
    pytest.param("15. Februar 2003 – der Tag, an dem die Welt Nein sagte\n\nDie Demonstration in Berlin war die "
                 "größte.", "de", UNKNOWN, id="de-an-on-this-day-title"),
    # ... but a page that gives a date or a year near publication, or a weekday counted from it, is of now
    pytest.param("On February 15, 2003, the world said no to war. In 2017 it says no again.\n\nThe protest in "
                 "Paris drew the most people.", "en", (date(2017, 2, 9), date(2017, 2, 15), "approximate"),
                 id="a-year-near-publication-is-named"),
    pytest.param("On February 15, 2003, the world said no to war.\n\nOn Saturday, the protest in Paris drew the "
                 "most people.", "en", day("2017-02-11"), id="a-weekday-is-counted-from-publication"),
])
def test_an_opening_long_before_publication_dates_no_rally_of_now(tiny_gazetteer, text, language, expected):
    city = {"it": "Rome", "de": "Berlin"}.get(language, "Paris")
    assert dates_of(tiny_gazetteer, text, language, date(2017, 2, 15), reason=URL_PATH_DATE)[city] == expected


@pytest.mark.parametrize("text, language, city, expected", [
    pytest.param("Thousands rallied in Paris on Saturday, November 14.", "en", "Paris", YEAR_UNKNOWN,
                 id="a-weekday-no-year-near-the-update-fits"),
    pytest.param("Des milliers de personnes se sont rassemblées samedi 14 novembre à Paris.", "fr", "Paris",
                 YEAR_UNKNOWN, id="fr-a-weekday-no-year-near-the-update-fits"),
    pytest.param("Thousands rallied in Paris on Saturday, March 2.", "en", "Paris", day("2024-03-02"),
                 id="a-weekday-near-the-update-fits"),
])
def test_an_update_alone_bounds_the_day_of_writing(tiny_gazetteer, text, language, city, expected):
    """A page that gives only when it was updated was written on or before that day, maybe years
    before: a day whose written weekday no year near the update puts it on is of a year not given,
    not a slip of the pen (a publication date would span the day and the weekday's)."""
    assert dates_of(tiny_gazetteer, text, language, date(2024, 3, 4), reason=UPDATED_LINE)[city] == expected


@pytest.mark.parametrize("text", [
    pytest.param("Vigils were held on June 4 across Europe. On June 4, thousands rallied in London.", id="a-second-day"),
    pytest.param("June 4 vigils overseas\n\nOn June 4, thousands rallied in London and Paris.", id="after-a-headline"),
])
def test_a_day_whose_year_only_the_corpus_gives_says_so(tiny_gazetteer, text):
    """A day and month in an undated page take their year from a concentrated corpus, and say so:
    a later day read against the first is not one whose year the article gave."""
    article = Article("a", "a.txt", text, "", "", "", None, "", "en", "h")
    reports = extract_reports(article, tiny_gazetteer, offline_resolver(tiny_gazetteer), SPRING_2023, LEXICONS)
    assert reports and all(r.interval.start == date(2023, 6, 4) and "from the corpus" in r.interval.reason
                           for r in reports), [r.interval.reason for r in reports]


def test_pages_that_give_only_their_month_widen_the_corpus():
    """A corpus is concentrated only when all its pages are: three dated in 2012-2013 and one that
    gives only October 2022 say nothing of an undated article's year."""
    dated = [Article(str(k), "a.txt", "", "", "", "", day, "header line 'date'", "en", "h")
             for k, day in enumerate((date(2012, 9, 13), date(2013, 4, 19), date(2013, 4, 19)))]
    assert corpus_dates(dated).concentrated
    month = Article("m", "m.txt", "", "", "", "", None, "", "en", "h", "2022-10")
    corpus = corpus_dates([*dated, month])
    assert not corpus.concentrated
    assert (corpus.earliest, corpus.latest, corpus.dated) == (date(2012, 9, 13), date(2022, 10, 31), 3)


def test_the_reason_says_which_day_a_year_unknown_date_names(tiny_gazetteer):
    article = Article("a", "a.txt", "Protesters rallied in Oslo on Friday, May 5.", "", "", "", None, "", "en", "h")
    (report,) = extract_reports(article, tiny_gazetteer, offline_resolver(tiny_gazetteer), SPREAD, LEXICONS)
    assert "5 May (a Friday), year not given" in report.interval.reason


@pytest.mark.parametrize("text, language, published, cities", [
    pytest.param("Hundreds rallied in London on Saturday to mark the anniversary of the uprising in Paris in 1961.",
                 "en", date(2021, 10, 18), {"London"}, id="the-place-of-the-history-a-rally-recalls"),
    pytest.param("Des centaines de personnes se sont rassemblées à Lyon samedi pour l'anniversaire de la révolte "
                 "à Paris en 1961.", "fr", date(2021, 10, 18), {"Lyon"}, id="fr-the-place-of-the-history-a-rally-recalls"),
    pytest.param("Hundreds rallied in London on Saturday, as they did in Paris in 2021.", "en", date(2021, 10, 18),
                 {"London", "Paris"}, id="a-place-of-the-article-s-own-year"),
    pytest.param("Hundreds rallied in London on Saturday to mark the anniversary of the uprising in Paris in 1961.",
                 "en", None, {"London", "Paris"}, id="an-undated-page-has-no-history-to-tell-apart"),
    # ... and so is a place a count of years back stands next to, whether the page is dated or not
    pytest.param("Tibetans rallied in Paris on Thursday to mark the uprising that began 63 years ago in Tehran.", "en",
                 date(2022, 3, 11), {"Paris"}, id="years-back-before-the-place"),
    pytest.param("Tibetans rallied in Paris on Thursday to mark the uprising that began in Tehran 63 years ago.", "en",
                 None, {"Paris"}, id="years-back-after-the-place"),
    pytest.param("Des Tibétains se sont rassemblés jeudi à Lyon pour marquer le soulèvement qui a commencé il y a "
                 "63 ans, à Paris.", "fr", date(2022, 3, 11), {"Lyon"}, id="fr-years-back-before-the-place"),
    pytest.param("Tibeter demonstrierten am Donnerstag in Berlin zum Gedenken an den Aufstand, der vor 63 Jahren in "
                 "Hamburg begann.", "de", date(2022, 3, 11), {"Berlin"}, id="de-years-back-before-the-place"),
    pytest.param("Cientos de tibetanos se manifestaron el jueves en Madrid para recordar el levantamiento que empezó "
                 "hace 63 años en Barcelona.", "es", None, {"Madrid"}, id="es-years-back-before-the-place"),
    pytest.param("Two days ago in Paris, thousands marched.", "en", date(2022, 3, 11), {"Paris"},
                 id="days-back-are-the-story-s"),
    # ... and so is a place its own day follows, its year long before the article
    pytest.param("In London, hundreds rallied to mark the protest that took place in Paris on June 12, 2019.", "en",
                 date(2021, 6, 13), {"London"}, id="a-place-s-own-day-long-before"),
    pytest.param("In London, hundreds rallied to mark the protest that took place in Paris's Latin Quarter on June "
                 "12, 2019.", "en", date(2021, 6, 13), {"London"}, id="a-place-s-part-and-its-day-long-before"),
    pytest.param("Des centaines de personnes ont manifesté à Lyon en mémoire des militantes tuées à Paris le 9 janvier "
                 "2013.", "fr", date(2023, 1, 7), {"Lyon"}, id="fr-a-place-s-own-day-long-before"),
    pytest.param("In London, hundreds rallied on Saturday, as thousands did in Paris on June 5, 2021.", "en",
                 date(2021, 6, 13), {"London", "Paris"}, id="a-place-s-own-day-of-the-article-s-time"),
])
def test_a_place_long_before_the_article_is_no_rally_s(tiny_gazetteer, text, language, published, cities):
    """A place its own year follows, long before the article ('in Lhasa in 1959'), or a count of
    years back ('63 years ago in Lhasa'), is where the history happened that a rally recalls."""
    assert set(dates_of(tiny_gazetteer, text, language, published)) == cities


@pytest.mark.parametrize("text, language, reason, expected", [
    pytest.param("Thousands rallied in Berlin on Sunday.", "en", URL_PATH_DATE,
                 (date(2022, 2, 20), date(2022, 2, 27), "approximate"), id="the-address-s-day-may-be-updated-since"),
    pytest.param("Am Sonntag demonstrierten Tausende in Berlin.", "de", URL_WORDS_DATE,
                 (date(2022, 2, 20), date(2022, 2, 27), "approximate"), id="de-the-address-s-day"),
    pytest.param("Thousands rallied in Berlin on Sunday.", "en", "header line 'date'", day("2022-02-20"),
                 id="a-page-s-own-date-is-firm"),
    pytest.param("Thousands rallied in Berlin on Thursday.", "en", URL_PATH_DATE, day("2022-02-24"),
                 id="a-weekday-just-before-the-address-s-day"),
])
def test_a_publication_day_from_the_address_is_the_first_version_s(tiny_gazetteer, text, language, reason, expected):
    """Published Saturday 26 February 2022 by the page's address, whose page may have been updated
    since: 'on Sunday' is the Sunday before or the one after."""
    assert dates_of(tiny_gazetteer, text, language, date(2022, 2, 26), reason=reason)["Berlin"] == expected


@pytest.mark.parametrize("text, language, published, reason, expected", [
    # an address whose words name the day an anniversary the text counts counts from
    # ('/15-march-1960-thousands-march'): that day is no page's ('on Monday' had been 14 March
    # 1960), and the anniversary's year is the page's
    pytest.param("Thousands marched in Lyon on Monday for the 50th anniversary of the massacre of 15 March 1960.",
                 "en", date(1960, 3, 15), URL_WORDS_DATE, day("2010-03-15"), id="the-address-names-the-remembered-day"),
    # a page's date years after the only day its article gives, another event's, is no banner for
    # that ('against the crackdown of 4 June 1990' had made the page of 1990, its rally with it)
    pytest.param("Thousands rallied in Lyon on Tuesday against the crackdown of 4 June 1990.", "en",
                 date(2019, 6, 5), "header line 'date'", day("2019-06-04"), id="another-event-s-old-day-is-no-banner"),
])
def test_the_page_s_date_against_the_days_its_article_remembers(tiny_gazetteer, text, language, published, reason,
                                                                 expected):
    assert dates_of(tiny_gazetteer, text, language, published, reason=reason)["Lyon"] == expected


@pytest.mark.parametrize("text, language, expected", [
    pytest.param("on 03/20/2024", "en", [(3, 20)], id="a-number-over-twelve-fixes-month-first"),
    pytest.param("le 20/03/2024", "fr", [(3, 20)], id="a-number-over-twelve-fixes-day-first"),
    pytest.param("lørdag d. 9/10-2021", "da", [(None, None), (10, 9)], id="da-day-slash-month-dash-year"),
    pytest.param("3/6.2020", "en", [], id="mixed-separators-are-no-date"),
    pytest.param("Op 15-2-2003 in Amsterdam", "nl", [(2, 15)], id="nl-day-dash-month-dash-year"),
    pytest.param("il 06-07-2024 a Roma", "it", [(7, 6)], id="it-dashes-day-first"),
    pytest.param("ticket 12-15-2003-44", "en", [], id="dashes-inside-a-longer-number-are-no-date"),
    pytest.param("Friday 06/07/2024", "en", [(6, 7)], id="the-weekday-fixes-the-order"),
    pytest.param("Freitag, 06.07.2024", "de", [(6, 7)], id="the-weekday-fixes-the-order-against-custom"),
    pytest.param("Published 03/20/2024. The march: 06/07/2024.", "no", [(3, 20), (6, 7)],
                 id="the-page-s-order-reads-the-ambiguous-one"),
    pytest.param("Posted 20/03/2024. The march: 06/07/2024.", "en", [(3, 20), (7, 6)],
                 id="en-page-written-day-first"),
    pytest.param("On 20/03/2024 and 03/21/2024. The march: 06/07/2024.", "en", [(3, 20), (3, 21), (6, 7)],
                 id="a-page-of-both-orders-keeps-the-custom"),
    pytest.param("Updated: 06-07-2024 01:11 | Created: 06-07-2024 01:09", "en", [(7, 6), (7, 6)],
                 id="en-dashes-are-written-day-first"),
    pytest.param("Posted 06.07.2024 at noon", "en", [(7, 6)], id="en-dots-are-written-day-first"),
    pytest.param("On 03/20/2024 the call; the march on 06-07-2024.", "en", [(3, 20), (6, 7)],
                 id="a-page-written-month-first-reads-its-dashes-so"),
])
def test_the_order_of_a_numeric_date(text, language, expected):
    mentions = find_dates(text, lexicon=LEXICONS[language])
    assert [(m.month, m.day) for m in mentions] == expected


@pytest.mark.parametrize("text, published, month", [
    pytest.param("url: https://example.org/news/20111015/a-slug/1.html\ndate 2021-03\nText.", date(2011, 10, 15), "",
                 id="the-addresss-day-over-a-header-month-years-away"),
    pytest.param("url: https://example.org/2011/10/rally.html\ndate 2021-03-05\nText.", None, "2011-10",
                 id="the-addresss-month-over-a-header-day-years-away"),
    pytest.param("url: https://example.org/2011/10/rally.html\ndate 2011-10-05\nText.", date(2011, 10, 5), "",
                 id="a-header-day-in-the-addresss-month"),
    pytest.param("url: https://example.org/2011/10/rally.html\ndate 2011-11\nText.", None, "2011-11",
                 id="a-header-month-next-to-the-addresss"),
])
def test_a_page_header_months_from_its_address_is_another_versions(text, published, month):
    found = metadata(text)
    assert (found["published"], found["published_month"]) == (published, month)


@pytest.mark.parametrize("url, published", [
    pytest.param("https://www.example.com/news/story", date(2019, 12, 3), id="english-writes-the-month-first"),
    pytest.param("https://www.example.co.uk/news/story", date(2019, 3, 12), id="on-a-british-domain-the-day"),
    pytest.param("https://www.example.com.au/news/story", date(2019, 3, 12), id="on-an-australian-domain-the-day"),
    pytest.param("https://www.example.ca/news/story", date(2019, 12, 3), id="a-country-that-writes-the-year-first"),
])
def test_a_date_in_figures_as_the_page_s_country_writes_it(url, published):
    """CLDR's short date format of the language in the country of the address's domain orders
    the day and month of a date in figures."""
    text = f"url: {url}\n\nPosted on 12/03/2019 by the editors\n\nThousands rallied in London on Saturday."
    assert metadata(text, LEXICONS["en"])["published"] == published


@pytest.mark.parametrize("text, language, city, expected", [
    pytest.param("Protest and candlelight vigil Saturday\n\nA spokeswoman said the group would meet in front of city "
                 "hall on Saturday, December 17th, from noon.\n\nParticipants will gather on the lawn of City Hall in "
                 "Paris.", "en", "Paris", day("2011-12-17"), id="a-weekday-written-with-its-day"),
    pytest.param("Mahnwache am Samstag\n\nDie Gruppe trifft sich am Samstag, 17. Dezember, vor dem Rathaus.\n\nDie "
                 "Teilnehmer versammeln sich vor dem Rathaus in Berlin.", "de", "Berlin", day("2011-12-17"),
                 id="de-a-weekday-written-with-its-day"),
    pytest.param("Veillée samedi\n\nLe collectif se retrouvera devant la mairie le samedi 17 décembre à midi.\n\n"
                 "Les participants se rassembleront devant la mairie de Paris.", "fr", "Paris", day("2011-12-17"),
                 id="fr-a-weekday-written-with-its-day"),
    # ... not a day the weekday does not fall on that year
    pytest.param("Protest and candlelight vigil Saturday\n\nA spokeswoman said the group would meet in front of city "
                 "hall on Saturday, December 18th, from noon.\n\nParticipants will gather on the lawn of City Hall in "
                 "Paris.", "en", "Paris", (date(2011, 1, 1), date(2011, 12, 31), "approximate"),
                 id="a-weekday-written-with-a-day-it-does-not-fall-on"),
])
def test_a_weekday_alone_in_a_page_of_its_year_is_the_day_written_with_it(tiny_gazetteer, text, language, city,
                                                                          expected):
    """In a page that gives only its year ('/2011/news/…'), a weekday alone ('vigil Saturday') is
    the day the article writes that weekday with ('Saturday, December 17th'), when it falls on it
    that year; it had been some day of the year."""
    url = "https://example.org/2011/news/a-slug"
    article = Article("a", "a.txt", text, "", "", url, None, "", language, "h", url_month(url))
    reports = extract_reports(article, tiny_gazetteer, offline_resolver(tiny_gazetteer), NONE, LEXICONS)
    assert {r.place.city: (r.interval.start, r.interval.end, r.interval.precision) for r in reports}[city] == expected


def test_the_rally_s_date_in_figures_as_the_page_s_country_writes_it(tiny_gazetteer):
    text = "Thousands rallied in London on 12/03/2019."
    for url, expected in [("https://www.example.co.uk/a", day("2019-03-12")), ("https://www.example.com/a",
                                                                                day("2019-12-03"))]:
        article = Article("a", "a.txt", text, "", "", url, date(2019, 12, 20), "header line 'date'", "en", "h", "")
        reports = extract_reports(article, tiny_gazetteer, offline_resolver(tiny_gazetteer), NONE, LEXICONS)
        assert {r.place.city: (r.interval.start, r.interval.end, r.interval.precision) for r in reports} == {
            "London": expected}


@pytest.mark.parametrize("url, text, expected", [
    pytest.param("https://example.org/2019/a-slug", "Thousands marched in London on Saturday, March 9.",
                 day("2019-03-09"), id="the-year-of-a-day-and-month"),
    pytest.param("https://example.org/2018/a-slug", "Thousands marched in London on Saturday, March 9.",
                 YEAR_UNKNOWN, id="a-weekday-the-year-does-not-have"),
    pytest.param("https://example.org/2019/a-slug", "Thousands marched in London in March.",
                 (date(2019, 3, 1), date(2019, 3, 31), "month"), id="the-year-of-a-month"),
    pytest.param("https://example.org/blog/archive/2016/09", "On 24 September, thousands marched in London.",
                 day("2016-09-24"), id="a-month-s-archive"),
])
def test_a_year_or_month_alone_in_an_address_dates_an_undated_page(tiny_gazetteer, url, text, expected):
    """In a page with no date, a year its address gives alone ('/2019/a-slug') is the year of a day
    and month the text gives; a month's archive ('/archive/2016/09') is the page's month. Both were
    year-unknown."""
    article = Article("a", "a.txt", text, "", "", url, None, "", "en", "h", url_month(url))
    reports = extract_reports(article, tiny_gazetteer, offline_resolver(tiny_gazetteer), NONE, LEXICONS)
    assert {r.place.city: (r.interval.start, r.interval.end, r.interval.precision) for r in reports} == {
        "London": expected}


@pytest.mark.parametrize("text, published, city, expected", [
    pytest.param("On 28 September 2003, thousands marched in London. Between 3 January and 12 April 2003, rallies "
                 "were held in Paris.", None, "Paris", (date(2003, 1, 3), date(2003, 4, 12), "range"),
                 id="the-year-written-at-the-end"),
    pytest.param("On 28 September 2003, thousands marched in London. From 20 December to 5 January 2004, rallies "
                 "were held in Paris.", None, "Paris", (date(2003, 12, 20), date(2004, 1, 5), "range"),
                 id="the-year-written-at-the-end-of-a-range-across-new-year"),
    pytest.param("Rallies were held in Paris from 3 January 2003 to 12 April.", date(2003, 9, 28), "Paris",
                 (date(2003, 1, 3), date(2003, 4, 12), "range"), id="the-year-written-at-the-start"),
])
def test_a_range_s_year_written_once_is_both_ends(tiny_gazetteer, text, published, city, expected):
    """'between 3 January and 12 April 2003': the year is both ends'. The first end without it had
    taken the year nearest a later date the article gave (2004), which made the range run from 12
    April 2003 to 3 January 2004."""
    assert dates_of(tiny_gazetteer, text, "en", published)[city] == expected


@pytest.mark.parametrize("text, published, expected", [
    pytest.param("Photos of the great march\n\nOver a million people went to the march against the war\n\n"
                 "February 15, 2003, marked a day of protests across the world.\n\nOver a million people in London "
                 "came together.", date(2016, 7, 7), (None, None, "unknown"), id="a-standfirst-over-a-history-lead"),
    pytest.param("Photos of the great march\n\nOver a million people went to the march against the war\n\n"
                 "On 2 July, a day of protests took place across the world.\n\nOver a million people in London "
                 "came together.", date(2016, 7, 7), day("2016-07-02"), id="a-standfirst-over-a-lead-of-its-week"),
])
def test_a_lead_is_told_in_prose_not_in_a_headline(tiny_gazetteer, text, published, expected):
    """The article's lead, whose history is the article's, is its first paragraph of prose about a
    gathering, not a headline or a standfirst over it: under 'Over a million people went to the march
    against the war', a lead that tells of 15 February 2003 had been passed over for the standfirst,
    and London's undated rally was one of the week before an address's date of 2016."""
    assert dates_of(tiny_gazetteer, text, "en", published, reason="date in the URL path")["London"] == expected


@pytest.mark.parametrize("text, language, expected", [
    pytest.param("On 12 April thousands marched in Paris. This Sunday, thousands protested in London.", "en",
                 {"Paris": day("2015-04-12"), "London": (date(2015, 1, 1), date(2015, 12, 31), "approximate")},
                 id="this-weekday-is-not-counted-from-the-day-before-it"),
    pytest.param("Les manifestations du 12 avril étaient plus grandes. La police a compté 8000 manifestants ce "
                 "dimanche.\nÀ Paris, la place était pleine.", "fr",
                 {"Paris": (date(2015, 1, 1), date(2015, 12, 31), "approximate")},
                 id="the-paragraph-moved-on-to-a-day-nothing-places"),
    pytest.param("As manifestações de 12 abril foram maiores. A PM contou 8 mil manifestantes deste domingo.\n"
                 "Em Paris, a praça ficou cheia.", "pt",
                 {"Paris": (date(2015, 1, 1), date(2015, 12, 31), "approximate")}, id="deste-is-this"),
    pytest.param("On 12 April thousands marched in Paris. On Sunday, thousands protested in London.", "en",
                 {"Paris": day("2015-04-12"), "London": day("2015-04-12")}, id="a-bare-weekday-counts-from-it"),
    pytest.param("Milhares foram às ruas neste domingo (16) em Paris.", "pt", {"Paris": day("2015-08-16")},
                 id="the-one-weekday-and-day-of-the-year"),
    pytest.param("Milhares foram às ruas neste sábado (14) em Paris.", "pt",
                 {"Paris": (date(2015, 1, 1), date(2015, 12, 31), "approximate")},
                 id="a-weekday-and-day-the-year-has-twice"),
])
def test_a_page_that_gives_only_its_year_places_no_weekday(tiny_gazetteer, text, language, expected):
    """In a page whose address gives only its year, 'this Sunday', 'deste domingo' are some day of
    that year, not the Sunday of a day the text gave before (which was 12 April for a page of August,
    and dated the paragraph's rallies so); a bare 'on Sunday' still counts from that day, and a
    weekday with its day of the month ('neste domingo (16)') is the one such day of the year when
    there is one."""
    url = "https://example.org/2015/a-slug"
    article = Article("a", "a.txt", text, "", "", url, None, "", language, "h", url_month(url))
    reports = extract_reports(article, tiny_gazetteer, offline_resolver(tiny_gazetteer), NONE, LEXICONS)
    assert {r.place.city: (r.interval.start, r.interval.end, r.interval.precision) for r in reports} == expected


@pytest.mark.parametrize("url, published, month", [
    pytest.param("https://example.org/news/march-for-peace-20170415", date(2017, 4, 15), "", id="slug-packed"),
    pytest.param("https://example.org/noticias/geral,a-march-in-a-town,20020928p49531", date(2002, 9, 28), "",
                 id="packed-after-a-comma-an-id-after-it"),
    pytest.param("https://example.org/noticias/geral,a-march,20021399p49531", None, "", id="packed-no-such-day"),
    pytest.param("https://example.org/a/rally_2017-04-15.html", date(2017, 4, 15), "", id="slug-with-hyphens"),
    pytest.param("https://example.org/news/a-crowd-marches-20170122030759.html", date(2017, 1, 22), "",
                 id="slug-packed-with-a-time"),
    pytest.param("https://example.org/news/a-crowd-marches-2017012299.html", None, "", id="slug-no-such-time"),
    pytest.param("https://example.org/news/20230205468", date(2023, 2, 5), "", id="path-packed"),
    pytest.param("https://example.org/bilder/20190318324361360-a-slug/", date(2019, 3, 18), "",
                 id="path-packed-then-an-id-s-digits"),
    pytest.param("https://example.org/2019/09/30/rallies/", date(2019, 9, 30), "2019-09", id="path-parts"),
    # an archive's day before 1990, which htmldate's rules leave out
    pytest.param("https://example.org/diario/1983/09/06/internacional/123_456.html", date(1983, 9, 6), "1983-09",
                 id="path-parts-of-an-archive"),
    pytest.param("https://example.org/diario/1983/09/31/internacional/", None, "1983-09", id="archive-no-such-day"),
    pytest.param("https://example.org/photos/protest-in-the-city-2010-11", None, "2010-11", id="slug-month"),
    pytest.param("https://example.org/2018/01/rallies.html", None, "2018-01", id="path-month"),
    pytest.param("https://example.org/item-123456789", None, "", id="an-id-is-no-date"),
    pytest.param("https://example.org/france/20150111trib2a636269d/a-slug.html", date(2015, 1, 11), "",
                 id="packed-before-an-id"),
    pytest.param("https://example.org/archives/france/200602156abcde/a-slug.html", date(2006, 2, 15), "",
                 id="packed-before-a-figure-and-an-id"),
    pytest.param("https://example.org/news/b170414xqzt/a-slug", date(2017, 4, 14), "", id="short-in-an-id"),
    pytest.param("https://example.org/amp/a-slug/ab20190316104512345", date(2019, 3, 16), "",
                 id="a-timestamp-after-an-id-s-letters"),
    pytest.param("https://example.org/amp/a-slug/ab20190316994512345", None, "", id="letters-then-no-time-of-day"),
    pytest.param("https://example.org/2019/NEWS/europe/03/16/a-slug/index.html", date(2019, 3, 16), "",
                 id="the-month-and-day-sections-after-the-year"),
    pytest.param("https://example.org/2011/page/13/29/a-slug/", None, "", id="sections-then-no-such-month"),
    pytest.param("https://example.org/news/b171314xqzt/a-slug", None, "", id="short-no-such-month"),
    pytest.param("https://example.org/news/ab170414/a-slug", None, "", id="short-needs-an-ids-letters"),
    pytest.param("https://example.org/news/201501119876trib/a-slug", None, "", id="packed-then-more-digits"),
    pytest.param("https://example.org/news/99991231-x", None, "", id="no-such-year"),
    pytest.param("https://example.org/04-12-2021/12345-a-slug/", date(2021, 12, 4), "", id="year-last-day-first"),
    pytest.param("https://example.org/04/12/2021/news/a-slug", date(2021, 12, 4), "",
                 id="year-last-in-three-directories"),
    pytest.param("https://example.org/04-12/2021/news/a-slug", None, "", id="year-last-two-separators"),
    pytest.param("https://example.org/31-13-2021/a/", None, "", id="year-last-no-such-month"),
    pytest.param("https://example.org/news/2012/0515/321059-a-slug", date(2012, 5, 15), "", id="month-and-day-one-part"),
    pytest.param("https://example.org/news/2012/1234/321059-a-slug", None, "", id="month-and-day-no-such-day"),
    # a NewsML URN's date id: the day a provider's identifiers count from, not the page's
    pytest.param("https://example.org/news/a-slug-agency.urn-newsml-agency-example-20090101-180317-99-123456", None, "",
                 id="a-urn-s-date-id-in-a-slug"),
    pytest.param("https://example.org/item/urn:newsml:agency.example:20090101:nl0042:1", None, "",
                 id="a-urn-s-date-id"),
    pytest.param("https://example.org/news/a-rally-20170415/urn-newsml-agency-20090101-1", date(2017, 4, 15), "",
                 id="a-slug-s-date-beside-a-urn"),
    # a web archive's copy: the capture's timestamp is when the page was saved; the page's own
    # address, after it, gives the dates
    pytest.param("https://archive.example.org/web/20190315123456/https://example.org/news/a-rally", None, "",
                 id="a-capture-s-timestamp-is-no-page-s-date"),
    pytest.param("https://archive.example.org/web/20190315123456if_/http://example.org/2003/02/15/a-rally",
                 date(2003, 2, 15), "2003-02", id="the-archived-page-s-own-address"),
    pytest.param("https://archive.example.org/2019.03.15-123456/https://example.org/news/a-rally", None, "",
                 id="a-capture-s-dotted-timestamp"),
])
def test_dates_in_addresses(url, published, month):
    assert url_day(url) == published
    assert url_month(url) == month


@pytest.mark.parametrize("url, month, year", [
    pytest.param("https://example.org/2015/a-crowd-in-the-streets", "", 2015, id="a-year-alone"),
    pytest.param("https://example.org/news/2015/a-crowd.html", "", 2015, id="a-year-in-the-path"),
    pytest.param("https://example.org/blog/archive/2016/09", "2016-09", None, id="a-month-s-archive"),
    pytest.param("https://example.org/2016/09/a-slug", "2016-09", None, id="a-month-is-no-year-alone"),
    pytest.param("https://example.org/politics/2016-09/a-slug", "2016-09", None, id="a-section-of-year-and-month"),
    pytest.param("https://example.org/news/2016-09/24/a-slug", "2016-09", None, id="a-section-of-year-and-month-then-a-day"),
    pytest.param("https://example.org/news/2016/2016_09/nt1/a-slug", "2016-09", 2016,
                 id="a-section-of-year-and-month-by-an-underscore"),
    pytest.param("https://example.org/news/2016-09-24/a-slug", "", None, id="a-section-of-a-day"),
    pytest.param("https://example.org/news/2016-13/a-slug", "", None, id="a-section-of-no-such-month"),
    pytest.param("https://example.org/world-cup-2019/a-slug", "", None, id="a-year-in-a-word"),
    pytest.param("https://example.org/tag/2019", "", None, id="a-year-last-is-a-listing"),
    pytest.param("https://example.org/dossiers/2022/the-war/2024/live/123.html", "", 2024,
                 id="of-a-section-s-year-and-a-page-s-the-later"),
])
def test_a_year_or_month_alone_in_an_address(url, month, year):
    assert url_month(url) == month
    assert url_year(url) == year


@pytest.mark.parametrize("text, year", [
    pytest.param(" date 2019 Thousands marched in Berlin.", 2019, id="a-year-alone"),
    pytest.param("url: https://example.org/a\n\n date 2019 Thousands marched.", 2019, id="under-the-address"),
    pytest.param(" date 2019-03 Thousands marched.", None, id="a-month-is-no-year-alone"),
    pytest.param(" date 2019-03-12 Thousands marched.", None, id="a-day-is-no-year-alone"),
    pytest.param("Thousands marched, a date 2019 will remember.", None, id="not-a-header-line"),
])
def test_a_year_alone_in_a_date_header(text, year):
    assert header_year(text) == year


@pytest.mark.parametrize("text, city, expected", [
    # a 'date' header that gives only the year is the page's year: a day and month take it
    pytest.param(" date 2019 On 12 March thousands rallied in Berlin.", "Berlin", day("2019-03-12"),
                 id="a-day-takes-the-header-s-year"),
    pytest.param(" date 2019 Am Samstag, 14. März, demonstrierten Tausende in Berlin.", "Berlin", YEAR_UNKNOWN,
                 id="a-weekday-the-header-s-year-does-not-have"),
    pytest.param(" date 2019 Thousands marched in Berlin on Saturday.", "Berlin",
                 (date(2019, 1, 1), date(2019, 12, 31), "approximate"), id="a-weekday-alone-some-day-of-the-year"),
])
def test_a_date_header_s_year_alone(tiny_gazetteer, text, city, expected):
    language = "de" if "demonstrierten" in text else "en"
    assert dates_of(tiny_gazetteer, text, language)[city] == expected


@pytest.mark.parametrize("url, published, month", [
    pytest.param("http://reader.example/r.php?q=12&u=https%3A%2F%2Fexample.org%2F2017%2F01%2F21%2Frallies%2F",
                 date(2017, 1, 21), "", id="a-feed-reader-s-address"),
    pytest.param("https://search.example/url?q=https://example.org/2018/01/rallies.html&sa=D", None, "2018-01",
                 id="a-redirector-s-address"),
    pytest.param("https://example.org/rallies?ref=https://social.example/2016/05/04/post", None, "",
                 id="a-referrer-is-not-the-article"),
])
def test_an_address_carried_in_another_is_the_article_s(tmp_path, url, published, month):
    path = tmp_path / "article.txt"
    path.write_text(f"url: {url}\n\nThousands rallied in Paris.", encoding="utf-8")
    [article] = read_file(path)
    assert (article.published, article.published_month) == (published, month)


@pytest.mark.parametrize("text, published, expected", [
    pytest.param("Title of it\n\n2019-08-16 -- Tens of thousands of people gathered in London on Thursday to call on "
                 "the world to stand with them.\n\nIn Paris, a rally was disrupted.", date(2019, 8, 16),
                 {"London": day("2019-08-15"), "Paris": day("2019-08-15")}, id="a-date-and-a-dash"),
    pytest.param("Title of it\n\n16.08.2019 - Tausende Menschen versammelten sich am Donnerstag in Berlin, um gegen "
                 "den Krieg zu protestieren.", date(2019, 8, 16), {"Berlin": day("2019-08-15")}, id="de-a-date-and-a-dash"),
    # a chronology's items each open so: none is the day of writing
    pytest.param("Timeline\n\n2019-08-16 -- Thousands gathered in London.\n2019-08-18 -- Thousands gathered in Paris.",
                 None, {"London": day("2019-08-16"), "Paris": day("2019-08-18")}, id="a-chronology"),
])
def test_a_date_opening_the_story_is_the_day_it_was_written(tmp_path, tiny_gazetteer, text, published, expected):
    """'2019-08-16 -- Tens of thousands gathered …': a date and a dash opening the story's first line
    is a dateline without its place, the day the story was written ('on Thursday' counts from it),
    and no day a rally took place on (an undated rally in Paris had taken it as the lead's date)."""
    path = tmp_path / "article.txt"
    path.write_text(f"url: https://example.org/news/a-slug\n\n{text}\n", encoding="utf-8")
    [article] = read_file(path)
    assert (article.published, article.published_reason) == (published, DATE_DASH_LINE if published else "")
    reports = extract_reports(article, tiny_gazetteer, offline_resolver(tiny_gazetteer), NONE, LEXICONS)
    assert {r.place.city: (r.interval.start, r.interval.end, r.interval.precision) for r in reports} == expected


@pytest.mark.parametrize("url, language, published", [
    pytest.param("https://example.org/cronaca/corteo-a-modena-28-ottobre-2020.html", "it", date(2020, 10, 28),
                 id="it-words"),
    pytest.param("https://city.example.it/notizie/cronaca/18_ottobre_01/corteo-in-piazza-2584c8a6.shtml", "it",
                 date(2018, 10, 1), id="it-a-segment-of-year-month-and-day"),
    pytest.param("https://city.example.it/notizie/cronaca/18_foo_01/corteo.shtml", "it", None,
                 id="it-no-month-no-segment-date"),
    pytest.param("https://example.org/news/rally-on-april-15-2017", "en", date(2017, 4, 15), id="en-month-first"),
    pytest.param("https://example.se/2024/26-februari-2024/tusentals-demonstrerade", "sv", date(2024, 2, 26),
                 id="sv-a-directory-of-a-date-in-words"),
    pytest.param("https://example.de/2024/31-februar-2024/tausende-demonstrierten", "de", None,
                 id="de-no-such-day-in-a-directory"),
    pytest.param("https://example.se/2024/februari-2024/tusentals-demonstrerade", "sv", None,
                 id="sv-a-directory-of-a-month-is-no-day"),
    pytest.param("https://example.org/actualidad/marcha-8-de-marzo-de-2019/", "es", date(2019, 3, 8), id="es-words"),
    pytest.param("https://example.org/2021/demo-am-3-6-2020-in-der-stadt/", "de", date(2020, 6, 3),
                 id="de-numbers-day-first"),
    pytest.param("https://example.org/rally-6-3-2020-downtown", "en", date(2020, 6, 3), id="en-numbers-month-first"),
    pytest.param("https://example.org/region/liveticker-am-13.08.2020", "de", date(2020, 8, 13), id="de-dotted-numbers"),
    pytest.param("https://example.org/2023/les-manifestants-defilent,20-11-2023.html", "fr", date(2023, 11, 20),
                 id="fr-numbers-after-a-comma"),
    # a last segment of a few letters after the slug is a variant of the page ('amp', 'embed')
    pytest.param("https://example.org/2023/les-manifestants-defilent,20-11-2023.html/embed", "fr",
                 date(2023, 11, 20), id="fr-the-slug-before-an-embed-segment"),
    pytest.param("https://example.org/news/rally-on-april-15-2017/amp", "en", date(2017, 4, 15),
                 id="the-slug-before-an-amp-segment"),
    pytest.param("https://example.org/news/v1.2.3-release", "en", None, id="a-version-is-no-date"),
    pytest.param("https://example.org/rallies-april-15-2017-and-may-1-2017", "en", None, id="two-days-say-none"),
    pytest.param("https://example.org/news/31-13-2021-rally", "de", None, id="no-such-month"),
    # the other order where the language's gives no day: the 30th is no month
    pytest.param("https://example.org/en/news/30-08-2021-actions-of-solidarity", "en", date(2021, 8, 30),
                 id="en-day-first-where-the-month-cannot-be"),
    pytest.param("https://example.org/news/demo-08-30-2021-in-der-stadt", "de", date(2021, 8, 30),
                 id="de-month-first-where-the-day-first-cannot-be"),
    pytest.param("https://example.org/news/march-for-peace", "en", None, id="a-month-word-alone"),
    pytest.param("https://example.org/news/item-2021", "en", None, id="a-year-alone"),
    pytest.param("https://example.org/kraj/manifestacje-w-polsce-piatek-25022022-r-561", "pl", date(2022, 2, 25),
                 id="pl-eight-figures-year-last"),
    pytest.param("https://example.org/news/march-02152009-story", "en", date(2009, 2, 15),
                 id="en-eight-figures-month-first"),
    pytest.param("https://example.org/news/march-20170415", "en", None, id="eight-figures-year-first-is-the-path-s"),
    pytest.param("https://example.org/news/rally-31139999", "en", None, id="eight-figures-no-such-month"),
    # a day and month without a year take the path's year: in its month, or up to a month before it
    pytest.param("https://example.org/2018/07/march-rally-june-30.html", "en", date(2018, 6, 30),
                 id="a-slug-s-day-before-the-path-s-month"),
    pytest.param("https://example.org/2018/01/vigil-december-31", "en", date(2017, 12, 31),
                 id="a-slug-s-day-of-the-year-before"),
    pytest.param("https://example.org/2018/07/marcia-4-luglio", "it", date(2018, 7, 4), id="it-a-slug-s-day-in-its-month"),
    pytest.param("https://example.org/2018/07/after-the-coup-of-december-7", "en", None,
                 id="a-slug-s-day-months-before-the-path-s-is-another-time-s"),
    pytest.param("https://example.org/news/march-june-30", "en", None, id="a-slug-s-day-without-a-path-s-month"),
    # month names as an address spells them: without their accents, or an umlaut as two letters
    pytest.param("https://example.org/manifestation-samedi-11-fevrier-2023", "fr", date(2023, 2, 11),
                 id="fr-a-month-without-its-accent"),
    pytest.param("https://example.org/manif-15-aout-2020", "fr", date(2020, 8, 15), id="fr-aout"),
    pytest.param("https://example.org/demo-am-3-maerz-2020", "de", date(2020, 3, 3), id="de-an-umlaut-as-two-letters"),
    pytest.param("https://example.org/demo-am-3-marz-2020", "de", date(2020, 3, 3), id="de-an-umlaut-dropped"),
    pytest.param("https://example.org/marcha-8-marco-2020", "pt", date(2020, 3, 8), id="pt-a-cedilla-dropped"),
    pytest.param("https://example.org/manifestacja-3-wrzesnia-2020", "pl", date(2020, 9, 3), id="pl-wrzesnia"),
])
def test_dates_in_the_words_of_addresses(url, language, published):
    assert url_words_day(url, LEXICONS[language]) == published


R = lambda a, b, p="day": DateInterval(date.fromisoformat(a), date.fromisoformat(b), p, f"{a}..{b}")  # noqa: E731


@pytest.mark.parametrize("intervals, expected", [
    pytest.param([R("2023-03-01", "2023-03-31", "month"), R("2023-03-12", "2023-03-12")],
                 ("2023-03-12", "2023-03-12", "day"), id="a-day-inside-a-month-is-the-day"),
    pytest.param([R("2023-03-11", "2023-03-12", "weekend"), R("2023-03-06", "2023-03-12", "week")],
                 ("2023-03-11", "2023-03-12", "weekend"), id="the-weekend-of-a-week"),
    pytest.param([R("2023-03-12", "2023-03-12"), R("2023-05-12", "2023-05-12")],
                 ("2023-03-12", "2023-05-12", "approximate"), id="disagreeing-mentions-widen"),
    # two windows that only partly overlap may be two times in the town ('on Sunday' read against a
    # month, and 'in February' of another action there): the span of both, not the sliver they share
    pytest.param([R("2023-03-01", "2023-03-10", "approximate"), R("2023-03-05", "2023-03-20", "approximate")],
                 ("2023-03-01", "2023-03-20", "approximate"), id="partly-overlapping-mentions-widen"),
    pytest.param([R("2019-02-24", "2019-03-31", "approximate"), R("2019-02-01", "2019-02-28", "month")],
                 ("2019-02-01", "2019-03-31", "approximate"), id="a-month-and-a-window-across-its-end"),
    # 'am Samstag' and 'am Sonntag' read against a month: the Saturdays and the Sundays of their
    # spans, which share no day however their spans overlap
    pytest.param([replace(R("2020-07-26", "2020-08-30", "approximate"), weekday=6),
                  replace(R("2020-08-01", "2020-08-29", "approximate"), weekday=5)],
                 ("2020-07-26", "2020-08-30", "approximate"), id="two-weekdays-of-a-month-widen"),
])
def test_a_place_dated_twice_takes_what_both_allow(intervals, expected):
    found = agreed(intervals)
    assert (found.start.isoformat(), found.end.isoformat(), found.precision) == expected
    if expected[2] == "approximate":
        assert "agree" in found.reason


@pytest.mark.parametrize("intervals, expected", [
    # a day and month told twice in a year nothing gives (a headline and its lead) is that day still
    pytest.param([DateInterval(None, None, "year-unknown", "'April 24': 24 April, year not given"),
                  DateInterval(None, None, "year-unknown", "'April 24': 24 April, year not given")],
                 "year-unknown", id="one-day-month-told-twice"),
    pytest.param([DateInterval(None, None, "year-unknown", "'April 24': 24 April, year not given"),
                  DateInterval.unknown("no date for this rally in the article")],
                 "year-unknown", id="a-day-month-and-no-date"),
    pytest.param([DateInterval(None, None, "year-unknown", "'April 24': 24 April, year not given"),
                  DateInterval(None, None, "year-unknown", "'May 1': 1 May, year not given")],
                 "unknown", id="two-day-months-disagree"),
])
def test_a_place_dated_twice_without_a_year(intervals, expected):
    assert agreed(intervals).precision == expected


# ---------------------------------------------------------------------------------------------
# Properties over every date grammar: any numbers, weekdays and separators resolve to an interval
# or to nothing, never raise, and a day with a written weekday falls on it.

def _expressions(language: str):
    grammar = grammar_for(LEXICONS[language])
    months = sorted(grammar.months)
    weekdays = sorted(grammar.weekdays)
    number = st.integers(0, 40).map(str)
    year = st.integers(1890, 2110).map(str)
    separator = st.sampled_from([" ", ", ", ". ", "/", "-", ".", " de ", " den ", ""])
    part = st.one_of(number, year, st.sampled_from(months), st.sampled_from(weekdays), separator,
                     st.sampled_from(["the", "on", "last", "next", "this", "8M", "May Day", "Frauentag", " days ago",
                                      " giorni fa", "vor ", " Tagen", "il y a ", " jours", " dni temu",
                                      " weeks ago", " semanas", "hace ", " months ago", " Wochen", " weekend of ",
                                      " week-end du ", " día ", " dia ", " giorno ", " pasado ", " years ago",
                                      " Jahren", " anni fa", "than last year", " que l'an dernier", " and ",
                                      " und ", " et ", " y ", " or ", "in ", "im ", "en ", " next week",
                                      " nächster Woche", " de la semaine prochaine", "a fortnight ago",
                                      "il y a quinze jours", "Anfang der Woche", "th", "st", "nd", "rd",
                                      " of the month"]))
    return st.lists(part, min_size=1, max_size=8).map("".join)


@settings(max_examples=60, deadline=None)
@given(st.data(), st.sampled_from(sorted(LEXICONS)),
       st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31))),
       st.sampled_from(["published", "month", "inferred", "year"]), st.booleans())
def test_any_expression_resolves_to_an_interval_or_nothing(data, language, day_of, kind, scheduled):
    text = data.draw(_expressions(language), label="text")
    reference = None if day_of is None else Reference(day_of, kind, "test")
    for mention in find_dates(text, lexicon=LEXICONS[language]):
        interval = resolve(mention, reference, scheduled)
        if interval is None or interval.start is None:
            continue
        assert interval.start <= interval.end
        if mention.kind in ("day", "week") and mention.weekday is not None and interval.precision == "day" \
                and "weekday does not match" not in interval.reason and "not used" not in interval.reason:
            assert interval.start.weekday() == mention.weekday, (text, mention, interval)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(LEXICONS)), st.dates(date(1990, 1, 1), date(2030, 12, 31)),
       st.integers(1, 12), st.integers(1, 31), st.integers(0, 6), st.booleans())
def test_a_written_weekday_is_never_contradicted_near_publication(language, published, month, day_number, weekday,
                                                                  abbreviated):
    """'<weekday> <day> <month>' in any language, the weekday written out or abbreviated ('sam.
    9 mars'): the day chosen falls on that weekday whenever a year near publication allows it
    (an announcement no more than ANNOUNCED_DAYS ahead), and is near publication; where none
    does, the span holds the day and its weekday's nearest day."""
    grammar = grammar_for(LEXICONS[language])
    short = {number: f"{name}." for name, number in calendar_of(LEXICONS[language]).short_weekdays.items()}
    weekday_name = short[weekday] if abbreviated and weekday in short else next(
        name for name, number in grammar.weekdays.items() if number == weekday)
    month_name = next(name for name, number in grammar.months.items() if number == month)
    text = f"{weekday_name} {day_number} {month_name}" if not LEXICONS[language].month_first else \
        f"{weekday_name}, {month_name} {day_number}"
    reference = Reference(published, "published", "test")
    for mention in find_dates(text, lexicon=LEXICONS[language]):
        if mention.kind != "day":
            continue
        interval = resolve(mention, reference)
        if interval is None or interval.start is None:
            continue
        assert abs((interval.start - published).days) <= 366
        possible = [d for y in (published.year - 1, published.year, published.year + 1)
                    for d in [_day(y, month, day_number)] if d and abs((d - published).days) <= 366
                    and d <= published + timedelta(days=ANNOUNCED_DAYS) and d.weekday() == weekday]
        if possible and mention.weekday == weekday:
            assert interval.start in possible
        elif mention.weekday == weekday and interval.precision == "approximate":
            assert (interval.end - interval.start).days <= 3
            assert any(d.weekday() == weekday for d in (interval.start, interval.end))


def _day(year, month, day_number):
    try:
        return date(year, month, day_number)
    except ValueError:
        return None


def test_a_bad_month_number_never_raises():
    for text in ("30/30/2020", "Tuesday, 31/13/2019", "0/0/2000", "99.99.2020"):
        for language in LEXICONS:
            for mention in find_dates(text, lexicon=LEXICONS[language]):
                resolve(mention, Reference(date(2020, 1, 1), "published", "test"))


@pytest.mark.parametrize("text, language", [
    pytest.param("on 24-29 February", "en", id="a-range"),
    pytest.param("on 24, 25 and 29 February", "en", id="a-list"),
    pytest.param("vom 24. bis 29. Februar", "de", id="de-a-range"),
    pytest.param("24, 26 til 29 februar", "da", id="da-a-list"),
])
def test_a_range_to_29_february_of_a_common_year_ends_with_the_month(text, language):
    """It raised (ValueError: day is out of range for month), and the article's rallies were lost."""
    (mention,) = find_dates(text, lexicon=LEXICONS[language])
    interval = resolve(mention, Reference(date(2023, 3, 10), "published", "test"))
    assert (interval.start, interval.end, interval.precision) == (date(2023, 2, 24), date(2023, 2, 28), "range")


@pytest.mark.parametrize("text, expected", [
    pytest.param("Rally report\nurl: https://example.org/a-b 2019\n\nThousands marched in 2021.", [2021],
                 id="an-address-line-after-a-title"),
    pytest.param("Rally report\n\nTuesday, 2 July 2024\n\nThousands marched in 2021.", [2021],
                 id="a-line-that-is-a-date-alone"),
    pytest.param("Marcha por la Democracia 2024\n\nThousands marched in 2021.", [2024, 2021],
                 id="a-title-s-year-is-the-text-s"),
])
def test_the_years_a_text_names_leave_out_its_page_lines(text, expected):
    """An address line wherever it stands and a line that is a date alone name no year of the text."""
    assert named_years(text) == expected


@pytest.mark.parametrize("comments, expected", [
    pytest.param("12 Comments\n\nJohn says:\nMarch 3, 2021 at 5:12 pm\nI marched in Paris too.",
                 {"London": YEAR_UNKNOWN}, id="comments-heading-with-a-count"),
    pytest.param("Leave a Reply\n\nJohn on 3 March 2021 said:\nI marched in Paris too.", {"London": YEAR_UNKNOWN},
                 id="leave-a-reply"),
])
def test_readers_comments_date_nothing_and_report_no_rally(tiny_gazetteer, tmp_path, comments, expected):
    """Under the article, the readers' comments (lexicon comments) are theirs: a comment's timestamp
    is no publication date and no latest date of the article, and a town a reader names no rally."""
    path = tmp_path / "article.txt"
    path.write_text("url: https://blog.example.org/a-rally\n\nThousands marched in London on 15 February against "
                    "the war, and the crowd filled the main square for hours while speakers addressed it.\n\n"
                    + comments + "\n", encoding="utf-8")
    [article] = read_file(path)
    assert article.published is None
    reports = extract_reports(article, tiny_gazetteer, offline_resolver(tiny_gazetteer), NONE, LEXICONS)
    assert {r.place.city: (r.interval.start, r.interval.end, r.interval.precision) for r in reports} == expected
