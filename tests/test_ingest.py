"""Reading article files: formats, encodings, and metadata written in the text."""

import json
import textwrap
from datetime import date

import pytest

from rallymap.extract.lexicon import default_lexicons
from rallymap.read.files import (URL_PATH_DATE, URL_WORDS_DATE, Article, Skipped, decode, discover, metadata, read_file,
                                 unwrap_hard_lines, without_header)


# A line of an article's prose: a comments' heading under it opens the readers' section.
PROSE = ("Thousands marched in the capital against the war, and the crowd filled the main square for hours "
         "while speakers addressed it.")

@pytest.mark.parametrize("text, published, reason", [
    pytest.param(" date 2020-02-13 News : Rallies\n", date(2020, 2, 13), "header line 'date'", id="date-header"),
    pytest.param("Title here\n\nDetails Published: Thursday, 13 February 2020\n", date(2020, 2, 13), "'Published' line",
                 id="published-line"),
    pytest.param("Title\n\nWritten by Mohammad Sadat Khansari on 04 February 2020 .\n", date(2020, 2, 4),
                 "'Written by ... on' line", id="written-by"),
    pytest.param("Title of it\n\nParis, February 12, 2020—Iranians rallied in Paris.", date(2020, 2, 12), "dateline",
                 id="dateline"),
    pytest.param("Title of it\n\nNEW DELHI, March 11, 2022 (IANS) Tibetans rallied around the world on Sunday.",
                 date(2022, 3, 11), "dateline", id="dateline-an-agency-in-brackets-alone"),
    pytest.param("url: https://www.euronews.com/my-europe/2022/02/26/ukraine-war\n\nText", date(2022, 2, 26),
                 "date in the URL path", id="url-path"),
    pytest.param("PUBLISHED : Monday, 29 September, 2014, 4:29pm\n", date(2014, 9, 29), "'Published' line",
                 id="published-caps"),
    pytest.param("Wednesday, December 7, 2022\nA banner date is not a publication date.", None, "", id="bare-date-line"),
    pytest.param("Fwd: marches\n\nThe Daily Paper, August 30, 2004\n\nThousands marched yesterday.", date(2004, 8, 30),
                 "a line of a source and a date", id="source-and-date-line"),
    pytest.param("Fwd: marches\n\nDailypaper.tv – 30/08/2004\nThousands marched yesterday.", date(2004, 8, 30),
                 "a line of a source and a date", id="source-dash-and-date-line"),
    pytest.param("Title\n\nLONDON — August 30, 2004 — Thousands marched yesterday.", date(2004, 8, 30), "dateline",
                 id="dateline-with-a-dash-after-the-place"),
    # a label in title case
    pytest.param("BBC News\nLast Updated: Saturday, 20 March, 2004, 14:02 GMT\nPeace march\n\nHundreds marched.",
                 date(2004, 3, 20), "'Updated' line (no publication date given)", id="updated-label-in-title-case"),
    # a year first is year, month, day, with slashes or dots as with dashes
    pytest.param("Title\nUpdated 2021/05/15 14:23:05\n\nHundreds marched.", date(2021, 5, 15),
                 "'Updated' line (no publication date given)", id="updated-year-first-with-slashes"),
    pytest.param("Title\nPublished: 2021.05.15\n\nHundreds marched.", date(2021, 5, 15), "'Published' line",
                 id="published-year-first-with-dots"),
    pytest.param("Title\n\nDate Published: 3 March 2024\n\nHundreds marched.", date(2024, 3, 3), "'Published' line",
                 id="published-label-in-title-case"),
    # a byline whose name runs into its date, the space between lost when the page was saved
    pytest.param("Title of it\n\nJane Author19 December 2015\n\nOn Saturday, 200 people gathered in Paris.",
                 date(2015, 12, 19), "a name or a title run into its date", id="a-name-run-into-its-date"),
    pytest.param("Title of it\n\nRoom101 2015\n\nOn Saturday, 200 people gathered in Paris.", None, "",
                 id="a-name-run-into-a-number-is-no-date"),
    # the place with its region and country, the date in brackets
    pytest.param("Title\n\nLEEDS, West Yorkshire, England (June 10, 2014)—On Sunday, June 8th, a vigil was held.",
                 date(2014, 6, 10), "dateline", id="dateline-a-place-s-region-and-a-date-in-brackets"),
    pytest.param("Fwd: marches\n\nThe Daily Paper, August 30, 2004, page 3: thousands marched.", None, "",
                 id="a-date-in-a-sentence-is-no-source-line"),
    # a gathering's name and its day head the story of that gathering, whenever it was written
    pytest.param("Peace March in Paris – September 28th 2003\n\nThousands marched on.", None, "",
                 id="a-gathering-s-name-and-its-day-is-no-source-line"),
    # a site's name and the day the page was shown, then the story's own timestamp nearer the story
    pytest.param("Country, 21 September 2024\nCapital: 12:34\n\nRallies mark an anniversary\n13 May 2012 - 00:00\n\n"
                 "Thousands marched on Saturday.", date(2012, 5, 13),
                 "byline timestamp, under a line of a source and another date (2024-09-21)",
                 id="a-site-s-date-over-the-story-s-timestamp"),
    # ... but a forwarded story's source line under the forwarder's timestamp is the story's
    pytest.param("Forum\n12 September 2004 10:15\n\nThe Daily Paper, August 30, 2004\n\nThousands marched "
                 "yesterday.", date(2004, 8, 30), "a line of a source and a date",
                 id="a-source-line-under-a-forwarder-s-timestamp"),
    pytest.param("url: https://news.example.org/world/20140930/rallies-abroad.html\n\nText", date(2014, 9, 30),
                 "date in the URL path", id="url-packed-date"),
    pytest.param("url: https://news.example.org/en/202302054687\n\nText", date(2023, 2, 5), "date in the URL path",
                 id="url-packed-date-and-id"),
    pytest.param("url: https://news.example.org/actu/monde/2024-10-05/article/718682\n\nText", date(2024, 10, 5),
                 "date in the URL path", id="url-dashed-date"),
    pytest.param("url: https://news.example.org/story/1234567\n\nText", None, "", id="url-id-is-not-a-date"),
    pytest.param("url: https://news.example.org/world/2019/jun/16/rally-in-the-square\n\nText", date(2019, 6, 16),
                 "date in the URL path", id="url-month-named-between-year-and-day"),
    pytest.param("url: https://news.example.org/news/2007/oct/7/protests/\n\nText", date(2007, 10, 7),
                 "date in the URL path", id="url-month-named-day-of-one-figure"),
    pytest.param("url: https://news.example.org/world/2019/foo/16/rally\n\nText", None, "",
                 id="url-a-word-that-is-no-month"),
    pytest.param("url: https://news.example.org/cronache/2003/02_Febbraio/15/corteo.shtml\n\nTesto", date(2003, 2, 15),
                 "date in the URL path", id="url-month-s-number-and-name"),
    pytest.param("url: https://news.example.org/spain/rallies/20080319213321046545.html\n\nText", date(2008, 3, 19),
                 "date in the URL path", id="url-timestamp-to-the-microsecond"),
    pytest.param("url: https://news.example.org/articulo/201203300600001243430.html\n\nText", date(2012, 3, 30),
                 "date in the URL path", id="url-timestamp-to-the-second-and-an-id"),
    pytest.param("url: https://news.example.org/spain/rallies/20080319993321046545.html\n\nText", None, "",
                 id="url-long-number-without-a-time-of-day-is-no-date"),
    pytest.param("Title\n\nPublished: Sunday, 02/05/2023\n", date(2023, 2, 5), "'Published' line",
                 id="numeric-date-weekday-decides"),
    pytest.param("Title\nUpdated: March 9, 2023\nPublished: March 5, 2023\n", date(2023, 3, 5), "'Published' line",
                 id="published-before-updated"),
    pytest.param("Title\nUpdated on March 9, 2023\n", date(2023, 3, 9), "'Updated' line (no publication date given)",
                 id="updated-when-nothing-else"),
    # the publication's label after an update's date on its line: the page's day
    pytest.param("Title\nUpdated: March 9, 2023, Published: March 5, 2021\n", date(2021, 3, 5), "'Published' line",
                 id="published-later-on-an-update-s-line"),
    pytest.param("Title\nOriginally published March 5, 2021\n", date(2021, 3, 5), "'Published' line",
                 id="originally-published"),
    pytest.param("Title\nFirst published on Sat 15 Feb 2003\n", date(2003, 2, 15), "'Published' line",
                 id="first-published"),
    # a span under the label is an event's (an infobox's field), not the page's day; a label glued to
    # one day (text taken from a page without spaces between its parts) is the page's
    pytest.param("2019 protests\nDate7 October 2019 – October 2021\nLocation Paris\n", None, "",
                 id="an-infobox-s-span"),
    pytest.param("Title\nDate: 7 October 2019 - 9 October 2019\n", None, "", id="a-span-of-days-is-no-page-s-day"),
    pytest.param("Title\nPublished7 October 2019\n", date(2019, 10, 7), "'Published' line", id="a-glued-label"),
    pytest.param("Title\nPublished: 7 October 2019 - 14:05\n", date(2019, 10, 7), "'Published' line",
                 id="a-day-and-its-time-after-a-dash"),
    # a banner's day atop the page (the day it was shown), then the title and the post's date line
    pytest.param("Wednesday January 19, 2022\n\nThousands march in London\n\nDecember 07, 2020\n\nLONDON: Thousands "
                 "marched.", date(2020, 12, 7), "the date line under a later one (a banner's)",
                 id="a-date-line-under-a-banner-s-later-day"),
    pytest.param("December 07, 2020\n\nThousands march in London\n\nWednesday January 19, 2022\n\nText.", None, "",
                 id="a-date-line-under-an-earlier-one-is-not-read"),
    pytest.param("Wednesday January 19, 2022\n\nTitle\n\nDecember 07, 2020\n\nNovember 30, 2020\n\nText.", None, "",
                 id="three-date-lines-are-a-list"),
    # a date and a place on a line of their own: a dateline written day first, the story's day; not
    # with a weekday (a banner may give a town)
    pytest.param("Anniversary march\n\n10th March 2019, Zürich\n\nSome 1000 people took to the streets.",
                 date(2019, 3, 10), "a line of a date and a place", id="a-date-then-its-place"),
    pytest.param("Monday, March 4, 2024, Calgary\n\nTitle\n\nText.", None, "", id="a-banner-s-weekday-and-town"),
    # an update years after the first version its address dates is another version's
    pytest.param("url: https://news.example.org/2019/06/12/rally\n\nTitle\nUpdated: March 4, 2024\n",
                 date(2019, 6, 12), "date in the URL path", id="the-address-beats-a-later-update"),
    # ... and so is a header's date in another year than the one an address gives alone (its year
    # is read later); a header's in that year, or a month from it, stands
    pytest.param("url: https://news.example.org/2015/a-rally-in-the-city\n\n date 2021-10-03 Title\n", None, "",
                 id="an-address-s-year-beats-a-later-header"),
    # a reader's comment under the article, dated, is no byline: the comments' heading ('12 Comments',
    # 'Leave a Reply', 'Kommentare'; lexicon comments) ends the page's own text, after its prose
    pytest.param("Title\n\n" + PROSE + "\n\n12 Comments\n\nJohn says:\nMarch 3, 2021 at 5:12 pm\nThanks.\n", None, "",
                 id="a-comment-s-timestamp-is-no-byline"),
    pytest.param("Title\n\n" + PROSE + "\n\nLeave a Reply\n\nJohn on 3 March 2021 said:\nThanks.\n", None, "",
                 id="a-comment-under-leave-a-reply"),
    pytest.param("Home\nComments\nNews\n\nPublished: March 3, 2021\n\nThousands marched in the capital against the war.\n",
                 date(2021, 3, 3), "'Published' line",
                 id="comments-in-a-menu-atop-the-page-end-nothing"),
    # a web archive's copy: the capture's day is when it was saved, not written
    pytest.param("url: https://archive.example.org/web/20190315123456/https://news.example.org/a-rally\n\nTitle\n",
                 None, "", id="an-archive-s-capture-is-no-publication"),
    pytest.param("url: https://news.example.org/2015/a-rally-in-the-city\n\n date 2015-10-03 Title\n",
                 date(2015, 10, 3), "header line 'date'", id="a-header-in-the-address-s-year"),
    pytest.param("url: https://news.example.org/2015/a-rally-in-the-city\n\n date 2016-01-02 Title\n",
                 date(2016, 1, 2), "header line 'date'", id="a-header-a-month-after-the-address-s-year"),
])
def test_publication_date(text, published, reason):
    meta = metadata(text)
    assert (meta["published"], meta["published_reason"]) == (published, reason)


@pytest.mark.parametrize("code, text, published", [
    pytest.param("it", "Titolo\n\n date 2025-03 Roma, 1 marzo 2025 – Sono scesi in piazza.", date(2025, 3, 1),
                 id="it-dateline-after-a-month-header"),
    pytest.param("de", "Titel\n\nBerlin, 6. Januar 2018 – Hunderte demonstrierten.", date(2018, 1, 6), id="de-dateline"),
    pytest.param("fr", "Titre\n\nParis, le 5 octobre 2024 - Des milliers ont défilé.", date(2024, 10, 5),
                 id="fr-dateline-with-article"),
    pytest.param("fr", "Titre\n\nÀ Paris, le 5 octobre 2024, des milliers ont défilé.", None, id="fr-no-dash-no-dateline"),
    pytest.param("fr", "Titre\n\n12 mars 2019, Lyon\n\nDes milliers de personnes ont défilé.", date(2019, 3, 12),
                 id="fr-a-date-then-its-place"),
    pytest.param("de", "Titel\n\n6. Januar 2018, Berlin\n\nHunderte demonstrierten gestern.", date(2018, 1, 6),
                 id="de-a-date-then-its-place"),
    pytest.param("de", "Titel\n\nDie Tageszeitung, 6. Januar 2018\n\nHunderte demonstrierten gestern.", date(2018, 1, 6),
                 id="de-source-and-date-line"),
    pytest.param("de", "Titel\n\nMontag, 6. Januar 2018\n\nHunderte demonstrierten gestern.", None,
                 id="de-a-weekday-and-date-is-a-banner"),
    pytest.param("sv", "Rubrik\n\nPublicerad 26 november 2016 kl 16.47\n\nHundratals demonstrerade.", date(2016, 11, 26),
                 id="sv-published-line"),
    pytest.param("es", "Título\n\nMadrid, 12 mar 2019 (EFE).- Miles de personas se manifestaron el domingo.",
                 date(2019, 3, 12), id="es-dateline-an-agency-a-stop-and-a-dash"),
    pytest.param("it", "Titolo\n\n(ANSA) - ROMA, 12 MAR 2019 - Migliaia di persone hanno sfilato domenica.",
                 date(2019, 3, 12), id="it-dateline-its-agency-first"),
    pytest.param("en", "Title\n\nThousands rallied on Saturday.\n\nThis article was originally published on 12 March "
                 "2017.\n", date(2017, 3, 12), id="originally-published-at-the-foot"),
    # a closing line that says when the story itself went out, words after its date
    pytest.param("de", "Titel\n\nHunderte demonstrierten in der Stadt.\n\nDiese Nachricht wurde am 31.08.2025 im "
                 "Programm des Senders gesendet.\n", date(2025, 8, 31), id="de-a-story-s-broadcast-line"),
    pytest.param("en", "Title\n\nThousands rallied on Saturday.\n\nThis story was broadcast on 12 March 2017 in the "
                 "evening news.\n", date(2017, 3, 12), id="a-story-s-broadcast-line"),
    # a label of two words, glued to its date as text taken from a page without spaces may be
    pytest.param("en", "Publish date3 Mar 2024 - 17:25\nStory Code : 627035\n\nTitle\n\nThousands marched yesterday.",
                 date(2024, 3, 3), id="publish-date-label-glued"),
    pytest.param("en", "Title\n\nPublication date: 12 June 2019\n\nThousands marched.", date(2019, 6, 12),
                 id="publication-date-label"),
    # a page's date in an English template's order, in a language that writes the day first
    pytest.param("fr", "Titre\n\nPublié le février 24, 2022\n\nDes milliers ont défilé.", date(2022, 2, 24),
                 id="fr-published-line-month-first"),
    pytest.param("es", "Título\n\nPublicado el noviembre 21, 2018\n\nMiles marcharon.", date(2018, 11, 21),
                 id="es-published-line-month-first"),
    pytest.param("it", "Titolo\n\nPubblicato il 3 marzo 2021 alle 10:00\n\nCentinaia in piazza.", date(2021, 3, 3),
                 id="it-published-line"),
    # a line that says when the page was made or put online, and before it one of an update
    pytest.param("de", "Titel\n\nAktualisiert am 04.03.2024, 12:00 Uhr\nErstellt am 12.06.2019\n\nHunderte demonstrierten.",
                 date(2019, 6, 12), id="de-created-beats-updated"),
    pytest.param("fr", "Titre\n\nMis en ligne le 12 juin 2019 à 10h00\n\nDes milliers ont défilé.", date(2019, 6, 12),
                 id="fr-put-online"),
    pytest.param("nl", "Titel\n\nGeplaatst op 12 juni 2019\n\nDuizenden demonstreerden.", date(2019, 6, 12),
                 id="nl-posted"),
    # an update's line, when the page gives nothing else
    pytest.param("de", "Titel\n\nAktualisiert am 04.03.2024, 12:00 Uhr\n\nHunderte demonstrierten.", date(2024, 3, 4),
                 id="de-updated"),
    pytest.param("fr", "Titre\n\nMis à jour le 4 mars 2024 à 12h00\n\nDes milliers ont défilé.", date(2024, 3, 4),
                 id="fr-updated"),
    pytest.param("es", "Título\n\nActualizado: 04/03/2024 12:00\n\nMiles marcharon.", date(2024, 3, 4),
                 id="es-updated"),
    pytest.param("es", "Título\n\nActualizado: 04/03/2024 Publicado: 12/06/2019\n\nMiles marcharon.", date(2019, 6, 12),
                 id="es-published-after-the-update-on-its-line"),
    pytest.param("de", "Titel\n\nErstveröffentlichung: 12. Juni 2019\n\nHunderte demonstrierten.", date(2019, 6, 12),
                 id="de-first-published"),
    pytest.param("it", "Titolo\n\nAggiornato il 4 marzo 2024\n\nCentinaia in piazza.", date(2024, 3, 4),
                 id="it-updated"),
    pytest.param("sv", "Rubrik\n\nUppdaterad 4 mars 2024\n\nHundratals demonstrerade.", date(2024, 3, 4),
                 id="sv-updated"),
    pytest.param("pl", "Tytuł\n\nZaktualizowano: 04.03.2024\n\nSetki protestowały.", date(2024, 3, 4),
                 id="pl-updated"),
    # a timestamp in English on a page of another language, an update glued to its time
    pytest.param("nl", "Rubriek\n\nTitel van het verhaal\n\nA. Auteur\n19 March 2003 10:55Gewijzigd op 14 November "
                 "2020 00:12\nTekst.", date(2003, 3, 19), id="nl-an-english-timestamp-and-a-glued-update"),
    # a wire's dateline that opens with its date, the place in capitals and the agency after it
    pytest.param("en", "Title of the story\nFebruary 17, 1999 LONDON (Agency) -- Protesters marched on Tuesday.",
                 date(1999, 2, 17), id="a-dateline-opening-with-its-date"),
    # the source's credit that closes a story with its day and time (lexicon [page] source_labels), when
    # the page gives no other date
    pytest.param("de", "Titel\n\nIn Berlin finden heute Demonstrationen statt.\n\nQuelle: Sender Nachrichten, "
                 "20.03.2022 12:30 Uhr\n", date(2022, 3, 20), id="de-a-source-s-closing-credit"),
    pytest.param("en", "Title\n\nThousands marched today.\n\nSource: Agency, March 20, 2022 12:30 GMT\n© Agency",
                 date(2022, 3, 20), id="a-copyright-line-after-it"),
    pytest.param("it", "Titolo\n\nMigliaia in piazza oggi.\n\nFonte: Agenzia, 20/03/2022 12:30\n", date(2022, 3, 20),
                 id="it-fonte"),
    # ... not a date without its time (a study's, a report's), nor an event's time under another label
    pytest.param("en", "Title\n\nThousands marched today.\n\nSource: a study of 20 March 2022\n", None,
                 id="a-source-s-date-without-a-time"),
    pytest.param("en", "Title\n\nThousands will march on Sunday. " + "More text. " * 150 +
                 "\n\nWhen: 20.03.2022 12:30\n", None, id="an-event-s-time-is-no-source-s-credit"),
    pytest.param("en", "Title\n\nThousands marched today. " + "More text. " * 150 + "\n\nSource: Agency, 20.03.2022 "
                 "12:30\n", date(2022, 3, 20), id="below-a-long-story"),
    pytest.param("en", "url: https://example.org/x\n date 2022-04\nTitle\n\nThousands marched today.\n\n"
                 "Source: Agency, 20.03.2022 12:30\n", None, id="another-month-than-the-page-s"),
    # a full date alone on one of the story's last lines, after its prose: the day of the item it
    # closes, when no other line of the story is a date alone
    pytest.param("it", "Titolo\n\nOltre tremila persone hanno risposto ieri sera all'invito dei sindacati a scendere "
                 "in piazza contro la guerra.\n(10/09/2004)\n© RIPRODUZIONE RISERVATA", date(2004, 9, 10),
                 id="it-a-date-line-closing-the-story"),
    pytest.param("en", "Title\n\nHundreds of people marched through the town centre yesterday against the closure "
                 "of the hospital.\n\n12 March 2019\n", date(2019, 3, 12), id="a-date-line-closing-the-story"),
    pytest.param("en", "Rallies\n\nHundreds of people marched through the town centre against the closure of the "
                 "old hospital.\n07.09.2021\nA vigil was held outside the embassy by the members of the community "
                 "in the capital.\n11.07.2021\n", None, id="a-listing-s-items-each-closed-by-its-date"),
    pytest.param("en", "Title\n\nHundreds of people marched through the town centre on Sunday to mark the "
                 "anniversary.\n\n24 April 1950\n\nThe republic was proclaimed on that day by an assembly of the "
                 "people.\n", None, id="a-date-heading-a-part-of-the-story"),
])
def test_dateline_in_other_languages(code, text, published):
    assert metadata(text, default_lexicons()[code])["published"] == published


@pytest.mark.parametrize("text, published, month", [
    pytest.param("date 2024-09\n\nROMA, 14 SET - Migliaia di persone hanno manifestato ieri a Roma.", date(2024, 9, 14),
                 "", id="it-a-dateline-s-day-in-the-page-s-month"),
    pytest.param("date 2019-11\n\nPARIS, 23 nov (AFP) - Des milliers de personnes ont manifesté samedi à Paris.",
                 date(2019, 11, 23), "", id="fr-with-its-agency"),
    pytest.param("date 2022-03\n\nMADRID, 8 Mar. (EUROPA PRESS) -\n\nMiles de personas se han manifestado en Madrid.",
                 date(2022, 3, 8), "", id="es-on-a-line-of-its-own"),
    pytest.param("date 2019-12\n\nPARIS, 23 nov (AFP) - Des milliers de personnes ont manifesté samedi à Paris.",
                 None, "2019-12", id="another-month-s-dateline-is-not-used"),
    # ... and of the year a page's address gives alone
    pytest.param("url: https://example.org/2019/manifestations\n\nPARIS, 23 nov (AFP) - Des milliers de personnes ont "
                 "manifesté samedi à Paris.", date(2019, 11, 23), "", id="fr-in-the-address-s-year"),
    pytest.param("url: https://example.org/2019/manifestations\n\nPARIS, 29 févr. (AFP) - Des milliers de personnes "
                 "ont manifesté samedi à Paris.", None, "", id="no-such-day-in-the-address-s-year"),
    # ... and of a date line on the page of that very day, anywhere on it
    pytest.param("PARIS, 23 nov (AFP) - Des milliers de personnes ont manifesté samedi à Paris.\n\nPublié par la "
                 "rédaction\n23/11/2019\n", date(2019, 11, 23), "", id="fr-a-date-line-of-the-dateline-s-day"),
    pytest.param("BOLOGNA, 17 giu - Domani alle 17 manifesteranno in piazza Nettuno.\n\n17/06/2009\n",
                 date(2009, 6, 17), "", id="it-a-date-line-closing-the-page"),
    pytest.param("PARIS, 23 nov (AFP) - Des milliers de personnes ont manifesté samedi à Paris.\n\n24/11/2019\n",
                 None, "", id="a-date-line-of-another-day-is-not-used"),
    # ... and of a date line that closes the story, in the month the page's address gives
    pytest.param("url: https://example.org/2004/09/x\n\nOltre tremila persone hanno risposto ieri sera all'invito "
                 "dei sindacati a scendere in piazza.\n(10/09/2004)\n", date(2004, 9, 10), "",
                 id="it-a-closing-date-line-in-the-address-s-month"),
    pytest.param("url: https://example.org/2004/10/x\n\nOltre tremila persone hanno risposto ieri sera all'invito "
                 "dei sindacati a scendere in piazza.\n(10/09/2004)\n", None, "2004-10",
                 id="another-month-s-closing-date-line-is-not-used"),
    # A full date alone on a line atop a page may be a banner's (the day the page was shown); the
    # month the page gives apart from it (its address, a header) makes it the post's day
    pytest.param("url: https://example.org/2015/09/the-march.html\n\nMonday, September 7, 2015\n\nThe march\n\n"
                 "Thousands marched this afternoon.", date(2015, 9, 7), "", id="a-blog-s-date-line"),
    pytest.param("date 2019-11\n\nsamedi 23 novembre 2019\n\nDes milliers de personnes ont manifesté.",
                 date(2019, 11, 23), "", id="fr-under-a-month-header"),
    pytest.param("url: https://example.org/2015/10/the-march.html\n\nMonday, September 7, 2015\n\nThe march",
                 None, "2015-10", id="another-month-s-date-line-is-not-used"),
    # ... a header's month after it is another version's (updated, re-dated): the date line is the post's
    pytest.param("date 2018-08\n\nNews\n\nBy the desk\n\n25/05/2012\n\nThousands marched this Saturday.",
                 date(2012, 5, 25), "", id="a-date-line-before-the-header-s-month"),
    pytest.param("date 2018-08\n\nNews\n\nBy the desk\n\n12/05/2019\n\nThousands marched this Saturday.",
                 None, "2018-08", id="a-date-line-after-the-header-s-month-is-not-used"),
    # ... but a date alone on a line after the story has begun heads a part of it: no post's day
    pytest.param(" date 2020-05 Dozens of people marched on Saturday to mark the anniversary of the republic's "
                 "independence.\n\n24 April 1950\n\nThe republic was proclaimed on 24 April 1950.", None, "2020-05",
                 id="a-date-heading-in-the-story-is-no-date-line"),
    pytest.param(" date 2020-05 Enkele tientallen mensen hebben zaterdag de verjaardag van de onafhankelijkheid "
                 "herdacht.\n\n24 april 1950\n\nDe republiek werd op 24 april 1950 uitgeroepen.", None, "2020-05",
                 id="nl-a-date-heading-in-the-story-is-no-date-line"),
    # ... and an address's month, however written, is the first version's: a header's years after it is another's
    pytest.param("url: https://example.org/politics/2013-06/the-march\n\n date 2018-06 Thousands marched.",
                 None, "2013-06", id="an-address-s-year-and-month-section-beats-a-later-header-month"),
    pytest.param("url: https://example.org/2015/the-march\n\n date 2021-10 Thousands marched.",
                 None, "", id="an-address-s-year-beats-a-header-month-of-another-year"),
    pytest.param("url: https://example.org/2015/the-march\n\n date 2015-10 Thousands marched.",
                 None, "2015-10", id="a-header-month-in-the-address-s-year-stands"),
    pytest.param("url: https://example.org/2015/09/the-march.html\n\nHome | News | Monday, September 7, 2015\n\n"
                 "The march", None, "2015-09", id="a-date-among-menu-words-is-no-date-line"),
    pytest.param("url: https://example.org/2015/09/the-march.html\n\nOn September 7, 2015 we marched.\n\nThe march",
                 None, "2015-09", id="a-sentence-is-no-date-line"),
])
def test_a_dateline_or_a_date_line_dates_a_page_of_that_month(tmp_path, text, published, month):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    (article,) = read_file(path)
    assert (article.published, article.published_month) == (published, month)


@pytest.mark.parametrize("code, text, published, reason", [
    pytest.param("en", " date 2023-11-10\n\nTORONTO, September 25 – Hundreds rallied today.", date(2023, 9, 25),
                 "the dateline's day, before the page's date 2023-11-10 (header line 'date')", id="day-and-month"),
    pytest.param("en", " date 2023-11-10 Toronto/Ottawa, September 25 – Hundreds rallied today.", date(2023, 9, 25),
                 "the dateline's day, before the page's date 2023-11-10 (header line 'date')", id="two-places"),
    pytest.param("fr", "url: https://example.org/2021/03/10/marche\n\nPARIS, 3 mars (AFP) - Des milliers ont défilé.",
                 date(2021, 3, 3), "the dateline's day, before the page's date 2021-03-10 (date in the URL path)",
                 id="fr-with-its-agency"),
    pytest.param("de", " date 2024-01-05\n\nBERLIN, 30. Dezember 2023 – Hunderte demonstrierten.", date(2023, 12, 30),
                 "the dateline's day, before the page's date 2024-01-05 (header line 'date')", id="de-the-year-before"),
    pytest.param("en", " date 2023-09-25\n\nTORONTO, September 25 – Hundreds rallied today.", date(2023, 9, 25),
                 "header line 'date'", id="the-same-day"),
    pytest.param("en", " date 2023-09-24\n\nTORONTO, September 25 – Hundreds rallied today.", date(2023, 9, 24),
                 "header line 'date'", id="a-day-after-by-another-clock"),
    # no story is written after its page: a dateline's full date after the page's says the page's is wrong
    pytest.param("es", " date 2016-05-02\n\nCiudad Ejemplo, 7 de marzo de 2020.- Cientos se concentraron este sábado.",
                 date(2020, 3, 7), "the dateline's day, after the page's date 2016-05-02 (header line 'date')",
                 id="es-a-dateline-years-after-the-page-s-date"),
    pytest.param("en", " date 2016-05-02\n\nSOMETOWN, March 7, 2020 - Hundreds rallied today.", date(2020, 3, 7),
                 "the dateline's day, after the page's date 2016-05-02 (header line 'date')",
                 id="a-dateline-years-after-the-page-s-date"),
    pytest.param("en", " date 2016-05-02\n\nSOMETOWN, March 7 - Hundreds rallied today.", date(2016, 3, 7),
                 "the dateline's day, before the page's date 2016-05-02 (header line 'date')",
                 id="a-dateline-without-its-year-is-before"),
    pytest.param("en", " date 2023-11-10\n\nHundreds rallied in Toronto on September 25 – and again today.",
                 date(2023, 11, 10), "header line 'date'", id="a-date-in-a-sentence-is-no-dateline"),
])
def test_a_dateline_apart_from_the_page_s_date_is_the_day_the_story_was_written(code, text, published, reason):
    """A wire story's dateline is the day it was filed; a page shows it later (re-posted, updated),
    and the story's 'today' and 'on Monday' count from the dateline."""
    meta = metadata(text, default_lexicons()[code])
    assert (meta["published"], meta["published_reason"]) == (published, reason)


@pytest.mark.parametrize("text, published", [
    pytest.param("Marsz w mieście\n\n2021-03-07, 17:00  Redakcja\nTekst.", date(2021, 3, 7), id="iso-and-time"),
    pytest.param("Titel\n07.03.2021 17:00 Redaktion\nText.", date(2021, 3, 7), id="dotted-and-time"),
    pytest.param("Title\n24/03/2017 12:36:00\nText.", date(2017, 3, 24), id="slashed-and-time"),
    pytest.param("Title\n2019-03-03T15:45:00Z\nText.", date(2019, 3, 3), id="an-iso-timestamp"),
    pytest.param("Title\n12/03/2019 - 18:05h\nText.", date(2019, 3, 12), id="a-dash-before-the-time"),
    # the time first, then the date alone on its line
    pytest.param("15:14 Uhr | 06.06.2020\n\nTitel\n\nText.", date(2020, 6, 6), id="the-time-before-the-date"),
    pytest.param("Title\n10.45 am, 24/03/2019\nText.", date(2019, 3, 24), id="the-time-and-am-before-the-date"),
    pytest.param("Title\n15:14 | 06.06.2020 | 07.06.2020\nText.", None, id="the-time-before-two-dates"),
    pytest.param("Title of the story\nMarch 3, 2019 / 3:45 PM / Updated 5 years ago\n\nText.", date(2019, 3, 3),
                 id="slashes-between-date-time-and-update"),
    pytest.param("Title of the story\nMar. 3, 2019 at 3:45 p.m. EST\n\nText.", date(2019, 3, 3),
                 id="p-m-and-a-zone"),
    pytest.param("Title of the story\nBy Jane Doe | Mar 3, 2019\n\nText.", date(2019, 3, 3),
                 id="an-author-s-line-without-a-time"),
    pytest.param("Title of the story\nBy Jane Doe | Mar 3, 2019 | Updated Mar 5, 2019\n\nText.", date(2019, 3, 3),
                 id="an-author-s-line-and-its-update"),
    # a blog's author line, in lower case, a count of its comments after the date
    pytest.param("Title of the story\nby admin - Mar 3, 2019 0 Comment\n\nText.", date(2019, 3, 3),
                 id="a-blog-s-author-line-and-its-comments"),
    pytest.param("Title of the story\nby the river - on Mar 3, 2019 we met 12 friends\n\nText.", None,
                 id="by-in-lower-case-in-a-sentence-is-no-author-s-line"),
    pytest.param("Title of the story\nLast Modified: March 4, 2019 | Published: March 3, 2019\n\nText.",
                 date(2019, 3, 3), id="published-after-another-label"),
    pytest.param("Title of the story\nBy the way, the march of March 3, 2019 and of March 9, 2019.\n\nText.", None,
                 id="by-in-a-sentence-is-no-author-s-line"),
    pytest.param("Title\n03/24/2017 12:36\nText.", date(2017, 3, 24), id="slashed-month-first-by-a-number-over-12"),
    pytest.param("Title\n2021-03-07, 17:00 A story\n2021-03-08, 09:00 Another story\n", None,
                 id="a-list-of-stories-is-no-byline"),
    pytest.param("Title\nOn 2021-03-07 we met at 17:00.", None, id="a-date-in-the-text"),
    pytest.param("Title\n" + "Text. " * 300 + "\n2026-02-18, 19:15 Sidebar story", None, id="below-the-story"),
    # a written date and its time alone on a line, a label or a short weekday before them at most
    pytest.param("Title of the story\nTuesday 12 March 2019 16.47 GMT\n\nText.", date(2019, 3, 12),
                 id="written-with-weekday-and-zone"),
    pytest.param("Title of the story\nTuesday, 12 March, 2019, 16:47 GMT 17:47 UK\n\nText.", date(2019, 3, 12),
                 id="written-with-its-time-by-two-clocks"),
    pytest.param("Title of the story\nTue 12 Mar 2019 16.47 GMT\n\nText.", date(2019, 3, 12), id="abbreviated"),
    pytest.param("Title of the story\nMarch 12, 2019 at 2:53 pm\n\nText.", date(2019, 3, 12), id="at-a-time"),
    pytest.param("Home Saturday, November 23, 2024, 12:15 AM | Calgary | Log in\nText.", None,
                 id="a-banner-among-menu-words-is-no-byline"),
    pytest.param("Title of the story\nOn 12 March 2019 we met at 17:00.\nText.", None, id="a-sentence-is-no-byline"),
    # a source's attribution before the timestamp ('information provided by an agency')
    pytest.param("Titre\ninformation fournie par Reuters 21/11/2015 à 18:45\n\nTexte.", date(2015, 11, 21),
                 id="an-agency-s-attribution"),
    pytest.param("Title of the story\nProvided by the agency 21/11/2015 18:45\n\nText.", date(2015, 11, 21),
                 id="provided-by"),
    pytest.param("Title of the story\n[Agency, Tuesday, 07 April 2009, 01:16 GMT]\nText.", date(2009, 4, 7),
                 id="an-agency-s-bracketed-timestamp"),
    pytest.param("Title of the story\n(Agency Name, 7 April 2009, 01:16)\nText.", date(2009, 4, 7),
                 id="an-agency-s-timestamp-in-parentheses"),
    pytest.param("url: https://example.org/2015/06/story\nTitle of the story\nTuesday 12 March 2019 16.47 GMT\n",
                 None, id="another-month-than-the-address-s"),
    pytest.param("Title of the story\nJane Q. Author | March 12, 2019, 2:53 pm\n\nText.", date(2019, 3, 12),
                 id="an-author-s-name-and-a-bar"),
    pytest.param("Title of the story\nHome | News | World | March 12, 2019, 2:53 pm\n\nText.", None,
                 id="menu-words-and-bars-are-no-author"),
    # the post's tags after the time, each after a bar
    pytest.param("Title of the story\nJane Author | 09.03.2008 17:07 | Repression | Social Struggles | World\n\nText.",
                 date(2008, 3, 9), id="an-author-s-line-and-its-tags"),
    pytest.param("Title of the story\nJane Author | March 12, 2019, 2:53 pm | Politics | World\n\nText.",
                 date(2019, 3, 12), id="a-written-date-and-its-tags"),
    # a date alone over a line that is only its time ('29 Dezember 2019' over '05:16:48')
    pytest.param("Agency\nSunday\n\n29 December 2019\n\n05:16:48\n997122\n\nTitle\n\nText.", date(2019, 12, 29),
                 id="a-date-over-its-time"),
    pytest.param("Title of the story\nMarch 12, 2019\n\nThousands marched.\n14:05", None,
                 id="a-time-under-a-sentence-is-no-date-s"),
    # ... but not a line of other words under an author's line, nor a date alone atop the page
    pytest.param("Title of the story\nBy Jane Doe\nHome | News\n\nText.", None, id="menu-words-under-an-author"),
    pytest.param("Saturday, March 16, 2019\n\nTitle of the story\n\nText.", None, id="a-banner-s-date-alone"),
    # a word for 'published' between the date and its time; a timestamp that ends the headline
    pytest.param("Wednesday, February 17, 1999 Published at 12:21 GMT\n\nWorld\n\nTitle of the story\n\nText.",
                 date(1999, 2, 17), id="published-at-a-time"),
    pytest.param("Big peace march in the capital stops traffic - 22.03.2003 21:07\nMany marchers came.",
                 date(2003, 3, 22), id="a-headline-s-timestamp"),
    pytest.param("Title of the story - Site Name\nText.", None, id="a-headline-and-its-site"),
    pytest.param("Title of the story - 22 March 2003\nText.", None, id="a-headline-s-date-without-a-time"),
])
def test_a_byline_timestamp_is_the_publication_date(text, published):
    assert metadata(text)["published"] == published


@pytest.mark.parametrize("language, text", [
    pytest.param("fr", "Titre de l'article\n12 mars 2019 à 18h05\n\nTexte.", id="fr"),
    pytest.param("de", "Titel des Artikels\nStand: 12.03.2019, 18:05 Uhr\n\nText.", id="de-as-of"),
    pytest.param("da", "Artiklens titel\n12. marts 2019 kl. 14.35\n\nTekst.", id="da"),
    pytest.param("es", "Título del artículo\n12 de marzo de 2019 - 18:05\n\nTexto.", id="es"),
    pytest.param("fr", "Mercredi, 14 Novembre, 2019\n\nTitre de l'article\nA. Auteur | 12 Mars, 2019, 01:26\n\nTexte.",
                 id="fr-an-author-s-name-under-a-banner"),
    # an update's date and its author after the timestamp, on its line
    pytest.param("en", "Title of the story\nTuesday 12 March 2019 at 16:25 - Updated Wednesday 13 March 2019 at 8:30 "
                 "By Jane Doe\n\nText.", id="en-and-its-update"),
    pytest.param("fr", "Titre de l'article\nmardi 12 mars 2019 à 16:25 - Mis à jour le mercredi 13 mars 2019 à 8:30 "
                 "Par Jeanne Dupont, Radio Exemple\n\nTexte.", id="fr-and-its-update"),
    pytest.param("it", "Titolo dell'articolo\n12 marzo 2019 alle 16:25 | Aggiornato il 13 marzo 2019 alle 8:30\n\n"
                 "Testo.", id="it-and-its-update"),
    pytest.param("es", "Título del artículo\n12 de marzo de 2019 - 16:25 · Actualizado el 13 de marzo de 2019 - 8:30\n\n"
                 "Texto.", id="es-and-its-update"),
    pytest.param("sv", "Artikelns rubrik\n12 mars 2019 kl. 16.25 | Uppdaterad 13 mars 2019 kl. 08.30\n\nText.",
                 id="sv-and-its-update"),
    # ... and without a time: a day updated since is the post's, not a banner's
    pytest.param("pl", "Tytuł artykułu\nPierwszy akapit.\n12.03.2019 | aktual.: 01.03.2022 14:28\n\nTekst.",
                 id="pl-a-date-and-its-update"),
    pytest.param("en", "Title of the story\nMarch 12, 2019 - Updated March 14, 2019\n\nText.",
                 id="en-a-date-and-its-update"),
    # an author's credit after the time, on its line
    pytest.param("fr", "Titre de l'article\nmardi 12 mars 2019 à 23:39 Par Jeanne Dupont, Radio Exemple\n\nTexte.",
                 id="fr-and-its-author"),
    pytest.param("en", "Title of the story\nMarch 12, 2019 at 11:39 By Jane Doe, The Daily Example\n\nText.",
                 id="en-and-its-author"),
    pytest.param("de", "Titel des Artikels\n12.03.2019, 23:39 Von Max Muster, Radio Beispiel\n\nText.",
                 id="de-and-its-author"),
    # a year of two figures in a timestamp of figures
    pytest.param("de", "Titel des Artikels\n\n12.03.19 | 23:39 Uhr\n\nText.", id="de-a-year-of-two-figures"),
    pytest.param("de", "Titel des Artikels\nVon Hans Müller | 12. März 2019\n\nText.", id="de-an-author-s-line"),
    pytest.param("fr", "Titre de l'article\nPar Jeanne Dupont | 12 mars 2019\n\nTexte.", id="fr-an-author-s-line"),
    # the date alone on the line under an author's line: a byline's, which no banner has
    pytest.param("en", "Title of the story\nBy Jane Doe\nMarch 12, 2019\n\nText.", id="en-under-an-author-s-line"),
    pytest.param("it", "Titolo dell'articolo\ndi Mario Rossi\n12 marzo 2019\n\nTesto.", id="it-under-an-author-s-line"),
    pytest.param("de", "Titel des Artikels\nVon Max Muster\n12.03.2019\n\nText.", id="de-under-an-author-s-line"),
    pytest.param("es", "Título del artículo\nPor Juan Pérez\n12 de marzo de 2019\n\nTexto.",
                 id="es-under-an-author-s-line"),
])
def test_a_written_byline_in_each_language(language, text):
    meta = metadata(text, default_lexicons()[language])
    assert (meta["published"], meta["published_reason"]) == (date(2019, 3, 12), "byline timestamp")


@pytest.mark.parametrize("language, text", [
    pytest.param("en", "Title of the story\nTue 12 Mar 2019 14.05 GMT\nLast modified on Thu 14 Mar 2019 09.00 GMT\n\n"
                 "Text.", id="en-last-modified"),
    pytest.param("fr", "Titre de l'article\nmardi 12 mars 2019 à 14h05\nModifié le jeudi 14 mars 2019 à 09h00\n\n"
                 "Texte.", id="fr-modifie-le"),
    pytest.param("de", "Titel des Artikels\n12.03.2019, 14:05 Uhr\nZuletzt geändert: 14.03.2019, 09:00 Uhr\n\nText.",
                 id="de-zuletzt-geaendert"),
    pytest.param("en", "Title of the story\nTue 12 Mar 2019 14.05 GMT\nUpdated: Thu 14 Mar 2019 09.00 GMT\n\nText.",
                 id="en-an-update-line-under-it"),
])
def test_a_byline_timestamp_over_its_update_s_line(language, text):
    """A timestamp line, then an update's on the line below ('Last modified on …'): the post's day is
    the first; the update's neither makes two bylines nor stands in for it."""
    meta = metadata(text, default_lexicons()[language])
    assert meta["published"] == date(2019, 3, 12)
    assert meta["published_reason"].startswith("byline timestamp")


@pytest.mark.parametrize("text, url, month", [
    pytest.param(" date 2018-12 Op verschillende plaatsen", "", "2018-12", id="month-header"),
    pytest.param("Tekst", "https://news.example.org/politik/beitrag/2018/01/hunderte.html", "2018-01", id="url-month"),
    pytest.param(" date 2018-12-01 Tekst", "", "", id="full-date-wins"),
])
def test_month_of_publication(tmp_path, text, url, month):
    assert _read_record(tmp_path, {"text": text, "url": url}).published_month == month


def _read_record(tmp_path, record):
    """The one article a JSON record (id 'a', a rally sentence unless record gives a text) reads as."""
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"id": "a", "text": "Thousands rallied in the square.", **record}), encoding="utf-8")
    [article] = read_file(path)
    return article


@pytest.mark.parametrize("record, published, reason", [
    pytest.param({"url": "https://news.example.org/2019/12/06/rally-in-the-square/"}, date(2019, 12, 6),
                 URL_PATH_DATE, id="path-day"),
    pytest.param({"url": "https://news.example.org/economy/20150112trib2a636/the-square.html"}, date(2015, 1, 12),
                 URL_PATH_DATE, id="packed-day-at-an-id-s-start"),
    pytest.param({"url": "https://news.example.org/news/corteo-a-modena-28-ottobre-2020.html",
                  "text": "Migliaia di persone sono scese in piazza contro il decreto e hanno sfilato per il centro."},
                 date(2020, 10, 28),
                 URL_WORDS_DATE, id="day-in-the-slug-s-words"),
    pytest.param({"url": "https://news.example.org/2019/12/06/rally/", "published": "2019-12-07"}, date(2019, 12, 7),
                 "record field 'published'", id="the-record-s-date-wins"),
    # a timestamp atop the text months from the address's day is another version's (an update)
    pytest.param({"url": "https://news.example.org/2016/11/19/march/", "text": "Updated: March 4, 2024\n\nRally."},
                 date(2016, 11, 19), URL_PATH_DATE, id="the-address-beats-a-far-update"),
    pytest.param({"url": "https://news.example.org/2016/11/19/march/", "text": "Updated: November 20, 2016\n\nRally."},
                 date(2016, 11, 20), "'Updated' line (no publication date given)", id="a-near-update-stands"),
])
def test_the_address_a_record_comes_with_dates_it(tmp_path, record, published, reason):
    """A record's url (as a page's canonical link) is read as an address written in its text is:
    a record with no publication date of its own was only given the month of its '/2019/12/06/'."""
    article = _read_record(tmp_path, record)
    assert (article.published, article.published_reason, article.published_month) == (published, reason, "")


@pytest.mark.parametrize("record, published, month", [
    pytest.param({"published": "2018-12"}, None, "2018-12", id="a-month-alone"),
    pytest.param({"published": "2018/12"}, None, "2018-12", id="with-a-slash"),
    pytest.param({"published": "2018-12", "url": "https://news.example.org/2018/12/06/march/"}, date(2018, 12, 6), "",
                 id="the-address-s-day-in-that-month"),
    pytest.param({"published": "2018-12", "url": "https://news.example.org/2015/06/02/march/"}, None, "2018-12",
                 id="another-month-s-day-is-not-used"),
    pytest.param({"published": "2018-13"}, None, "", id="no-such-month"),
])
def test_a_record_published_in_a_month(tmp_path, record, published, month):
    """A record's 'published' may give only the month: it was no date at all, and 'today' in its
    text was unknown, not that month."""
    article = _read_record(tmp_path, record)
    assert (article.published, article.published_month) == (published, month)


@pytest.mark.parametrize("text, source", [
    pytest.param("url: https://www.hongkongfp.com/2019/09/30/x/\n", "hongkongfp.com", id="url-domain"),
    pytest.param("url: https://archive.example.org/web/20190315123456/https://www.news.example.org/x\n",
                 "news.example.org", id="an-archived-page-s-own-domain"),
    pytest.param("Text.\n\nSource » irannewsupdate\n", "irannewsupdate", id="source-arrow"),
    pytest.param("Site icon Iran Freedom\n\nText.", "Iran Freedom", id="site-icon"),
    pytest.param("Title\n\nReporting by PMOI/MEK\n\nText.", "PMOI/MEK", id="reporting-by"),
])
def test_source(text, source):
    assert metadata(text)["source"] == source


def test_title_skips_header_noise():
    assert metadata("728 x 90\n\nParis: MEK Supporters rally to mark the revolution\n")["title"] == \
        "Paris: MEK Supporters rally to mark the revolution"


@pytest.mark.parametrize("passage, shown", [
    pytest.param(" date 2022-02 Tausende protestierten in Köln.", "Tausende protestierten in Köln.", id="month"),
    pytest.param(" date 2022-02-26 Tausende protestierten.", "Tausende protestierten.", id="day"),
    pytest.param("date 2019\n\nThousands marched.", "Thousands marched.", id="year-on-its-own-line"),
    pytest.param("They set a date 2019 would not forget.", "They set a date 2019 would not forget.", id="prose-keeps-it"),
])
def test_the_sentence_shown_has_no_date_header(passage, shown):
    assert without_header(passage).strip() == shown


def test_encodings():
    assert decode("Malmö rally".encode("cp1252")) == "Malmö rally"
    assert decode("\ufeffMalmö".encode("utf-16")) == "Malmö"
    assert decode("Malmö".encode("utf-8")) == "Malmö"
    assert decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00") is None


def test_formats(tmp_path):
    (tmp_path / "a.txt").write_text("Iranians rallied in Oslo on Saturday.", encoding="utf-8")
    (tmp_path / "b.html").write_text(
        "<html><head><title>Rally in Oslo</title><script>alert(1)</script></head><body><article>"
        "<h1>Rally in Oslo</h1><p>Iranians rallied in Oslo on Saturday to support the protests in Iran. "
        "Hundreds of people gathered outside the parliament and chanted slogans for freedom.</p>"
        "</article></body></html>", encoding="utf-8")
    (tmp_path / "c.json").write_text(json.dumps([{"id": "c1", "text": "Rally in Oslo.", "published": "2020-02-13",
                                                  "source": "x.org", "title": "T"}]), encoding="utf-8")
    (tmp_path / "d.jsonl").write_text('{"id": "d1", "text": "Rally."}\n{broken\n{"id": "d3", "text": "Rally 3."}\n',
                                      encoding="utf-8")
    (tmp_path / "e.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    paths, skips = discover([tmp_path])
    assert skips == []
    results = [item for path in paths for item in read_file(path)]
    ok = {r.article_id: r for r in results if isinstance(r, Article)}
    skipped = {r.article_id: r.reason for r in results if isinstance(r, Skipped)}
    assert sorted(ok) == ["a", "b", "c1", "d1", "d3"]
    assert "alert" not in ok["b"].text and "rallied in Oslo" in ok["b"].text
    assert ok["c1"].published == date(2020, 2, 13) and ok["c1"].source == "x.org"
    assert skipped == {"d:2": "line 2: invalid JSON (Expecting property name enclosed in double quotes)",
                       "e": "unsupported file type '.png'"}


_PAGE = ("<html><head><title>March in Lyon</title>{head}</head><body><article><h1>March in Lyon</h1>"
         "<p>Thousands of people marched through Lyon on Saturday against the pension reform, the police "
         "said. The march went from the station to the city hall without incident.</p></article>{aside}"
         "<footer>{footer}</footer></body></html>")


@pytest.mark.parametrize("head, aside, footer, published", [
    pytest.param('<meta property="article:published_time" content="2019-03-17T10:00:00+01:00">', "",
                 "© 2024 Example News", date(2019, 3, 17), id="metadata-wins-over-copyright"),
    pytest.param("", "", "Copyright © 2024 Example News. All rights reserved.", None, id="copyright-year-is-no-day"),
    pytest.param("", "<aside><h3>Most read</h3><ul><li>Strike called for March 3, 2021</li></ul></aside>", "",
                 None, id="sidebar-date-is-not-the-articles"),
    pytest.param("", "", "", None, id="no-date-anywhere"),
])
def test_an_html_pages_date_is_what_its_markup_gives(tmp_path, head, aside, footer, published):
    page = tmp_path / "page.html"
    page.write_text(_PAGE.format(head=head, aside=aside, footer=footer), encoding="utf-8")
    [article] = read_file(page)
    assert "marched through Lyon" in article.text
    assert article.published == published
    assert article.published_reason == ("HTML metadata" if published else "")



# A paragraph as mail, wire copy and text archives keep it: broken at a fixed width (textwrap's, as
# such tools break lines), which splits names and dates across lines.
PARAGRAPH = ("ANYTOWN, May 4, 2007 - Thousands of people calling for the release of the prisoners held since "
             "the spring of that year marched through Springfield and rallied outside the town hall on Tuesday, "
             "blocking several streets but remaining peaceful, officials said.")
HYPHENED = ("A march of thousands of people through the old town ended in a rally on the square of the "
            "trade-unions, where speakers from many cities addressed the crowd that stayed until the evening, "
            "when the police asked the last of them to leave the square in front of the town hall.")


@pytest.mark.parametrize("text, expected", [
    pytest.param(textwrap.fill(PARAGRAPH, 70), PARAGRAPH, id="a-paragraph-wrapped-at-70-is-one-line"),
    pytest.param(textwrap.fill(PARAGRAPH, 60), PARAGRAPH, id="a-paragraph-wrapped-at-60-is-one-line"),
    pytest.param("Title of the page\n\n" + textwrap.fill(PARAGRAPH, 72), "Title of the page\n\n" + PARAGRAPH,
                 id="only-the-wrapped-paragraph-is-joined"),
    pytest.param(textwrap.fill(HYPHENED, 96), HYPHENED, id="a-hyphen-at-a-line-s-end-joins-without-a-space"),
    # lines broken on purpose: each could have taken the next one's first word
    pytest.param("Springfield\nShelbyville\nOgdenville", "Springfield\nShelbyville\nOgdenville", id="a-list"),
    pytest.param("Thousands of people marched in Springfield on Saturday afternoon.\n"
                 "Hundreds gathered in Shelbyville for a candlelight vigil later.\n"
                 "In Ogdenville a small rally was held outside the town hall.",
                 "Thousands of people marched in Springfield on Saturday afternoon.\n"
                 "Hundreds gathered in Shelbyville for a candlelight vigil later.\n"
                 "In Ogdenville a small rally was held outside the town hall.", id="a-sentence-on-each-line"),
    # ... or each a sentence of its own, though the next line's first word would not have fit
    pytest.param("Thousands of people marched through the streets of Springfield.\n"
                 "Organisers said that more than twenty thousand had taken part.\n"
                 "Police gave a lower figure.",
                 "Thousands of people marched through the streets of Springfield.\n"
                 "Organisers said that more than twenty thousand had taken part.\n"
                 "Police gave a lower figure.", id="full-lines-that-end-sentences"),
    # lines wider than any wrap are paragraphs of their own
    pytest.param(("x" * 150 + "\n") * 2 + "end", ("x" * 150 + "\n") * 2 + "end", id="long-lines"),
])
def test_a_hard_wrapped_paragraph_is_read_as_one_line(text, expected):
    assert unwrap_hard_lines(text) == expected


def test_a_place_cut_by_a_hard_wrap_is_found(tmp_path, tiny_gazetteer):
    from rallymap.build.reports import CorpusDates, extract_reports, offline_resolver
    path = tmp_path / "wrapped.txt"
    path.write_text(textwrap.fill("Thousands of people calling for the release of the prisoners held since the spring "
                                  "of that year marched through the streets of central London and rallied outside "
                                  "the embassy, blocking some streets but remaining peaceful.", 66) + "\n",
                    encoding="utf-8")
    [article] = read_file(path)
    assert "\n" not in article.text.strip()
    reports = extract_reports(article, tiny_gazetteer, offline_resolver(tiny_gazetteer), CorpusDates(None, None))
    assert [r.place.city for r in reports] == ["London"]


@pytest.mark.parametrize("code, text, published", [
    pytest.param("pt", "Mortes em X\n\nJoão Silva em Lisboa\n8 de agosto de 2025\n\nAngolanos protestaram hoje.",
                 date(2025, 8, 8), id="pt-a-correspondent-s-line-over-its-date"),
    pytest.param("en", "A title\n\nJane Doe in Springfield\nMarch 12, 2019\n\nThousands marched today.",
                 date(2019, 3, 12), id="a-correspondent-s-line-over-its-date"),
    pytest.param("de", "Ein Titel\n\nHans Müller aus Berlin\n12. März 2019\n\nTausende demonstrierten heute.",
                 date(2019, 3, 12), id="de-a-correspondent-s-line-over-its-date"),
    # ... not a sentence of the story, nor a date that is not alone on its line
    pytest.param("en", "A title\n\nThousands of people marched in Springfield\nMarch 12, 2019 and March 13, 2019\n",
                 None, id="a-sentence-over-two-dates"),
])
def test_the_date_under_a_correspondent_s_line_is_the_story_s(code, text, published):
    assert metadata(text, default_lexicons()[code])["published"] == published
