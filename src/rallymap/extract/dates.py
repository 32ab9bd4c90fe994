"""Date expressions in English news text, resolved to honest intervals.

`find_dates` finds expressions ('on Saturday', 'Tuesday, February 11', 'over the weekend',
'around January 20', 'mid-November', '28 May 2020') in a span of text. `resolve` turns one into a
`DateInterval` against a `Reference`: the publication date when the article has one, otherwise a
date inferred from the article (`infer_reference`). Every interval carries a precision and the
reason it was chosen; the resolver returns None rather than guess.
"""

from __future__ import annotations

import bisect
import calendar
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

from .lexicon import Lexicon, announces, calendar_of, english, prefix_trie, word_heads, word_pattern
from .resources import spelled_numbers
from .text import WORD, LineStarts, fold, quoted_spans, windows_near, word_automaton

# The precision of a day (or month) the article gives without a year, where nothing the article or
# its page says fixes the year: its dates stay empty, and its reason says which day it names.
YEAR_UNKNOWN = "year-unknown"
# How far from the reference a day-month without a year may fall: a report or an announcement is
# about the year around it, never one further away.
NEAR_DAYS = 366
# A rally report dated more than this before the reference is history (a 1982 attack, a 1979
# release from prison), not the rally the article reports.
HISTORY_DAYS = 366
# A weekday told this many days or more before a publication day read from the page's address
# may as well be one of the UPDATED_DAYS after it, told by the page updated since.
UPDATED_WEEKDAY_DAYS = 5
UPDATED_DAYS = 2
# How far after the reference an announcement's day-month without a year may fall: a rally may
# be announced months ahead, but a future sentence's day of the last two months is another
# thing's recent date ('to repeal the decrees of 18 and 24 October'), not next year's.
ANNOUNCED_DAYS = 300
# A day-month without a year no more than this many days after the reference, in a sentence told
# in the past: the last year's day (the tense) or this year's coming one (nearness: 'invited to
# the strike of 3 October', a publication date a day early); nothing tells which.
SOON_DAYS = 14
# A day-month without a year or a weekday, told in the past, that falls in the year before the
# reference's and more than this many days before it: a writer names last year's day with its
# year or as 'last October'; a bare '18 October' that far back is a date known by heart (a
# revolt's first day, an attack's), of any year before.
LAST_YEAR_DAYS = 92
# A day-month on a weekday no near year puts it on, no more than this many days from its page's
# publication day or month: a slip of the pen (the day or the weekday is the rally's); further off,
# the page's date is another time's (a story reposted months later) and the year is not known.
SLIP_DAYS = 31
YEAR_RANGE = (1950, 2100)
# The first year a day written in full may be of: an older day is no rally's, but what one marks
# ('the anniversary of the invasion of 17 September 1939') is read as a day, as its month is.
FIRST_DAY_YEAR = 1900

YEAR_PATTERN = r"(?P<{g}>(?:19|20)\d\d)(?!\d)"
# A day's number: not one of a time ('2:30', '2pm', '2 p.m.'; '2 am' is German's 'on' too)
DAY_PATTERN = (r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th|er|e|\.?º|°)?(?!\d|:\d|[.,]\d|(?i:[ap]\.?m\.?)(?![^\W\d_])"
               r"|\s(?i:p\.?m\.?|a\.m\.)(?![^\W\d_]))")


def _first_letters(words) -> str:
    """A regex character class body of the letters (both cases) and digits the words start with."""
    chars = set()
    for word in words:
        for ch in word[:1] if not word[:1].isdigit() else word:
            chars.update({ch.lower(), ch.upper()})
    return "".join(re.escape(c) for c in sorted(chars))


def _alternation(entries, flags: str = "i") -> str:
    """Lexicon entries as one regex alternation, longest first, spaces as any whitespace."""
    parts = sorted({e.strip() for e in entries if e.strip()}, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in parts)
    return f"(?{flags}:{body})" if body else "(?!)"


@dataclass(frozen=True)
class DateGrammar:
    """The date patterns of one language, built from its lexicon and CLDR names."""

    language: str
    patterns: tuple[tuple[str, re.Pattern, tuple[str, ...]], ...]  # kind, pattern, words one of which it needs
    months: dict[str, int]  # folded name -> month
    weekdays: dict[str, int]  # folded name -> weekday
    short_weekdays: dict[str, int]  # folded abbreviation ('sam', 'sab') -> weekday: before a day and month only
    modifiers: dict[str, str]  # folded modifier words -> last / this / next / earlier this / ...
    month_first: bool  # a date in figures writes the month first (Lexicon.figures_month_first)
    today: frozenset[str]
    yesterday: frozenset[str]
    tomorrow: frozenset[str]
    named_days: dict[str, tuple[int, int]]  # named_key(name) -> (month, day): 'may day' -> (5, 1)
    live: re.Pattern | None  # a gathering reported as it happens ('are gathered'): the day of publication
    # a day of the month written in words ('cinco', 'fifth', 'fünften'; lexicon day_words), folded -> day
    spelled_days: dict[str, int]
    # the night before a weekday, right before it ('in der Nacht zum', 'natten till'; lexicon night_before)
    night_before: re.Pattern | None
    # a time of the day that names no day ('in the afternoon', 'am Nachmittag', 'dans la soirée'):
    # in a page dated by its publication, of the day of writing or the one before (_time_of_day_alone)
    times_of_day: re.Pattern | None
    # ', where', ', donde', ', où' after a place (lexicon where_clauses): a clause said of that place,
    # whose date is not the day of the places before it that are not listed with it (_told_of_another)
    where_clause: re.Pattern | None
    # the words that may stand between places of one list ('and', 'in'; lexicon [place] list_joiners,
    # locatives), folded
    list_words: frozenset[str]
    # 'since then', 'every year': the text moves on from the dates before to another time
    another_time: re.Pattern | None
    # 'already' ('Yesterday, 700,000 had already marched'): a look back before the article's news
    already: re.Pattern | None
    # 'began', 'erupted', 'begannen' right before a date: the start of a period ('The protests began
    # on 16 September'), which dates no rally after it (lexicon began)
    began: re.Pattern | None
    # 'called for', 'a appelé', 'wezwali' after a date: the day of a call to rally ('On 2 March, the
    # group called for protests'), which dates no rally after it (lexicon called)
    called: re.Pattern | None
    # 'announced', 'zapowiedział' a few words before a date: the day a rally was announced ('The
    # party announced it in mid-April'), unless a word of for_day sets the date for it ('announced
    # a march for Saturday'); lexicon announced, see _an_announcement
    announced: re.Pattern | None
    set_for: re.Pattern | None
    # words linking an event to its day ('the massacre of 3 June'): lexicon event_links
    event_links: frozenset[str]
    # the participles that set a gathering for a day ('planned', 'prévu', 'geplant'; lexicon plan_words)
    plan_words: re.Pattern | None
    # nouns of events other than gatherings whose day a date names, besides not_the_rally's ('the
    # elections of 2 June', 'le sommet du 12 juin'): lexicon other_events, lower case
    other_events: frozenset[str]
    # what else happens on a day, and other_events: a date right after one is its own ('killed on
    # Friday', 'un attentat mercredi'); lexicon dated_events, lower case
    dated_events: frozenset[str]
    # lexicon dated_events alone, lower case: what happens on a day and is over (an attack, a
    # killing, a statement); a year after one is history (years_looked_back)
    happenings: frozenset[str]
    # nouns of a group named after a day ('the April 6 Youth Movement', 'le Mouvement du 22 mars'):
    # lexicon date_names, folded
    date_names: frozenset[str]
    # 'against', 'contre', 'gegenüber' before a figure: what it sets against the rally's (lexicon
    # compared), and the words a figure may take ('90 thousand people on'): see _compared_day
    compared: re.Pattern | None
    figure_words: re.Pattern | None
    # 'than', 'mais do que', 'mehr als' (lexicon than), and the words that may stand between it
    # and a day it compares the rally with ('than at the march of 15 September', 'than that
    # recorded in April': gathering nouns, function words, lexicon tallied): see _compared_day
    than: re.Pattern | None
    than_words: re.Pattern | None
    # an announcement's date line ('When: Saturday June 29'): lexicon when_labels, with their colon
    when_label: re.Pattern | None
    # a month's full name as a word ('marzo', 'março'; not 'mar'): see _months_named_before
    month_word: re.Pattern | None
    # what may stand between a weekend and the day that says which it is ('the weekend of 9 March',
    # 'le week-end du 9 mars', 'helgen 9–10 mars'): a comma, and a link word of lexicon weekend_of
    weekend_of: re.Pattern
    # 'in remembrance of', 'zum Gedenken an': a dated year after it is what a rally commemorates
    commemoration: re.Pattern | None
    # 'zu erinnern', 'te herdenken' after a dated day in its clause: the verb of commemoration a
    # language puts last ('um an den Protest vom 12. Juni 2019 zu erinnern'; lexicon commemoration_after)
    commemoration_after: re.Pattern | None
    # 'last year', 'this year', 'next year' in a sentence: its day without a year lies in the year
    # before, of or after the reference's (a group named last, this or next)
    relative_year: re.Pattern | None
    # 'than', 'als', 'que' right before such a phrase: a year set against the day's (lexicon
    # year_compared; 'On 9 March, more marched than last year')
    year_compared: re.Pattern | None
    # 'like', 'wie', 'comme' right before such a phrase, before the day (lexicon year_like; 'Like
    # last year, thousands marched on 9 March'): a year set against the day's too
    year_like: re.Pattern | None
    # 'of that year', 'de ese año' right after a day without its year: the year the text last named
    year_that: re.Pattern | None
    # 'in', 'im Jahr', 'nel' right before a year: the year is when the sentence's events were
    # ('In 2003, on 15 February, millions marched'); lexicon year_preps
    year_prep: re.Pattern | None
    # ... and right after a place, a year of its own: 'in Lhasa in 1959' (see place_year)
    place_year: re.Pattern | None
    # Weekday forms that name the day a story is about ('på lördagen'): a prefix that makes the
    # bare form a coming day ('på lördag') does not make them one.
    definite: frozenset[str]
    small_numbers: dict[str, int]  # folded 'due' -> 2: counts of days ('due giorni fa')
    # folded 'two weeks ago' with '{n}' for its count -> (days per count, days either side, fewest
    # and most counts): 'a few weeks ago' -> (7, 3, 2, 4); lexicon days_ago, weeks_ago, months_ago,
    # and days_ahead, whose days per count are negative ('the day after tomorrow' -> (-1, 0, 2, 2))
    ago: dict[str, tuple[int, int, int, int]]
    later: dict[str, int]  # folded 'the next day' -> 1, '{n} days later' -> 1: days after the date before
    relative_months: dict[str, str]  # folded 'last month' -> 'last', 'earlier this month' -> 'earlier this'
    caption: re.Pattern | None  # a photo credit ('Photo', 'Foto:', '©'): its sentence is a caption
    # 'last summer', 'earlier this year', 'last year': a time told as a period no day gives (lexicon
    # periods, year_last, year_next); its sentence's rallies take no other sentence's day
    other_period: re.Pattern | None
    # 'ahead of', 'in vista del', 'im Vorfeld der' (lexicon ahead_of): the event after them is one the
    # rally came before ('ahead of Sunday's election')
    ahead_of: re.Pattern | None
    # 'after', 'following', 'nach der', 'tras el' (lexicon after_event): ... one the rally came after
    after_event: re.Pattern | None
    # 'would be held', 'aurait lieu', 'stattfinden würde': a gathering to come as someone saw it
    # before (lexicon future_past), which may have come by the day of writing or not
    future_past: re.Pattern | None
    # ', which', ', que', ', die', ', som', ', która' and the lower-case word after (lexicon
    # relative_pronouns): a clause said of the noun before the comma
    relative_clause: re.Pattern | None
    # 'since', 'depuis', 'seit', 'desde' (lexicon since) at the end of what precedes a date: the
    # period that date opens lasts to the day of writing
    since: re.Pattern | None
    # 'this', 'the', 'cette', 'diese' opening a sentence about the gathering just told (lexicon
    # [gathering] anaphora), folded
    anaphora: frozenset[str]
    # 'a year after', 'two years since', 'ein Jahr nach', 'un an après' (lexicon years_after): a day
    # with its year after them is another event's, and the rally's lies that many years on; folded
    # phrase ('{n}' for a count) -> years for each count
    years_after: re.Pattern | None
    years_after_counts: dict[str, int]
    # the nouns a crowd is counted in ('people', 'Menschen'; lexicon [size] crowd_nouns): a number
    # like a year before one counts it ('ungefähr 2000 Menschen')
    crowd: re.Pattern | None
    # What the patterns without a number need, lower-cased (of a phrase, its longest word: the
    # rarest, most likely), each with the kinds that need it: one Aho-Corasick pass over an article
    # finds where those patterns can match.
    words: object  # an ahocorasick.Automaton of word -> (length, kinds): see text.windows_near
    # the labels of a page's own dates ('Published', 'Mis à jour le'; lexicon [page] published and
    # updated, with English's), folded: such a label before a date keeps its line one of no prose
    page_labels: frozenset[str] = frozenset()
    # the words that say a quotation is a banner's, a sign's or a chant's ('banners reading',
    # 'cartazes com frases como'; lexicon slogans): a date inside it is a name, not a day
    slogans: re.Pattern | None = None
    # 'another', 'a new', 'the next', 'une nouvelle', 'eine weitere' (lexicon another_gathering):
    # before a gathering's noun, another gathering than the one its sentence reports
    another_gathering: re.Pattern | None = None
    # 'previous', 'vorige', 'précédentes' (lexicon earlier_gathering): next to a gathering's noun,
    # an earlier gathering than the one the story reports
    earlier_gathering: re.Pattern | None = None
    # the word for 'last' right before a day and month, or right after it ('El pasado 8 de marzo',
    # 'le 8 mars dernier', 'Last March 8'; lexicon last, last_after): the latest such day
    last_before_day: re.Pattern | None = None
    last_after_day: re.Pattern | None = None
    # the word that names who did a deed ('by', 'par', 'por'; lexicon deed_agents): 'defeated by
    # Jones in October' is the deed's day, its agent between
    deed_agents: frozenset[str] = frozenset()
    # a word that rounds a figure right before four digits like a year, and a past form of a
    # gathering right after them ('about 2000 turned out', lexicon [size] about and [gathering]
    # past): a crowd that did it, not a year
    crowd_about: re.Pattern | None = None
    crowd_did: re.Pattern | None = None
    # a possessive or a people's or a faith's adjective right before or after a named day ('il loro
    # capodanno', 'la Fête nationale kurde', 'lunar New Year's Day'; lexicon other_calendars), folded:
    # the day of another calendar, which falls elsewhere in the year
    other_calendars: frozenset[str] = frozenset()
    # 'continues', 'ne cesse', 'bis heute', 'sigue' (lexicon ongoing): in the sentence of the day a
    # period began ('Launched on 22 February 2019, the movement still demands …'), that the period
    # runs on to the day of writing, an unknown time after its start
    ongoing: re.Pattern | None = None
    # 'mora', 'vive', 'reside' (lexicon durative): a verb of a state that lasts, in the present,
    # which makes the count of years back after it in its clause how long the state has lasted
    # ('mora em Lisboa há 20 anos': has lived there for 20 years), not a time 20 years ago
    durative: re.Pattern | None = None
    # ', November 15, 2025, marks', ' ist' (lexicon anniversary_today): right after the day of
    # writing, the words that make it the subject of an anniversary ('Today marks the 56th
    # anniversary of …'), a day in apposition between
    anniversary_today: re.Pattern | None = None
    # ' est', ' is' (lexicon date_subject): after a day and month that opens its sentence, the words
    # that make it what the sentence speaks of ('Le 20 février est un phénomène contestataire')
    date_subject: re.Pattern | None = None
    # ', when', ', cuando' (lexicon when_clauses): right after a date, a clause that tells what
    # happened on that day ('un año después del 11 de julio de 2021, cuando miles salieron …')
    when_clause: re.Pattern | None = None
    # a deed done to a thing, its object between it and a date ('passing disputed farm laws in
    # September'; lexicon deeds_on_things): the deed's day
    deeds_on_things: frozenset[str] = frozenset()


# The months in Roman numerals ('12 III 2019').
_ROMAN_MONTHS = {numeral: number for number, numeral in enumerate(
    ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), start=1)}

# The counts of days, weeks or years a text may spell out ('zwei Tage später', 'twenty years ago',
# 'il y a cinquante ans'): the small ones, and the round ones anniversaries count.
SPELLED_COUNTS = (*range(2, 21), 25, 30, 40, 50, 60, 70, 75, 80, 90, 100)


# The forms a lexicon's day_words name, as num2words spells numbers: the days' cardinals, their
# ordinals, or the ordinal of the first alone ('primero', 'premier'); an ending after a '+' is
# added to each ('ordinal+n': 'fünften').
_DAY_WORD_FORMS = {"cardinal": ("cardinal", range(2, 32)), "ordinal": ("ordinal", range(1, 32)),
                   "first": ("ordinal", range(1, 2))}


def _spelled_days(lexicon: Lexicon) -> dict[str, int]:
    """A day of the month in words as the language writes it before or after its month (lexicon
    day_words), as num2words writes it in lower case and folded -> day: 'cinco' -> 5, 'fifth' -> 5,
    'fünften' and 'funften' -> 5. The cardinal of one is left out: 'un octobre', 'one March' say
    no day."""
    days: dict[str, int] = {}
    for entry in lexicon.get("time", "day_words"):
        form, _, ending = entry.partition("+")
        to, numbers = _DAY_WORD_FORMS[form]
        for word, number in spelled_numbers(lexicon.language, tuple(numbers), to).items():
            days.setdefault(word + ending, number)
            days.setdefault(fold(word + ending), number)
    return days


@lru_cache(maxsize=32)
def grammar_for(lexicon: Lexicon) -> DateGrammar:
    """The date grammar of a lexicon's language, built once."""
    calendar = calendar_of(lexicon)
    t = lambda key: lexicon.get("time", key)  # noqa: E731
    case = "" if calendar.capitalised else "i"
    written_months = [n for n in calendar.written if fold(n) in calendar.months]
    # (a name without its accents, 'fevrier', 'wrzesnia', is read as a weekday, or as a month
    # after a day: alone it may be a word or a name, Portuguese 'marco')
    written_weekdays = [*(n for n in calendar.written if fold(n) in calendar.weekdays),
                        *(n for n, name in calendar.respelled.items() if name in calendar.weekdays)]
    dated_months = [*written_months, *(n for n, name in calendar.respelled.items() if name in calendar.months)]
    # ... each read as its name ('maerz' as 'märz')
    month_numbers = calendar.months | {fold(n): calendar.months[name] for n, name in calendar.respelled.items()
                                       if name in calendar.months}
    weekday_numbers = calendar.weekdays | {fold(n): calendar.weekdays[name] for n, name in calendar.respelled.items()
                                           if name in calendar.weekdays}
    folded = [fold(n) for n in written_months]
    wide = [n for n, f in zip(written_months, folded)
            if not any(o != f and o.startswith(f) and calendar.months[o] == calendar.months[f] for o in folded)]
    # A month's name ends its word ('i mars', not 'i Marseille'), or a dot abbreviates it.
    month = lambda g, names=dated_months: (f"(?P<{g}>" + _alternation(names, case)  # noqa: E731
                                           + r")(?:\.|(?![^\W\d_]))")
    # A weekday may run into a capitalised credit ('SundayFILIPPO'), or into a part of the day
    # ('Sonntagnachmittag', 'zondagavond', 'lördagskvällen'), not into more of a word.
    compounds = t("weekday_compounds")
    compound = "(?:" + _alternation(compounds) + ")?" if compounds else ""
    # ... and a holiday's name may be fused before the weekday it falls on ('Rosenmontag',
    # 'Ostermontag', 'Paasmaandag', 'Langfredag'; lexicon weekday_heads): that weekday, in lower case
    heads = t("weekday_heads")
    weekday = lambda g: ((f"(?P<{g}h>" + _alternation(heads) + f")?(?P<{g}>(?({g}h)"  # noqa: E731
                          + _alternation(written_weekdays) + "|" + _alternation(written_weekdays, case) + "))")
                         if heads else f"(?P<{g}>" + _alternation(written_weekdays, case) + ")") + compound \
        + r"(?![^\W\d_](?<![A-Z]))"
    named_days = {}
    for entry in t("named_days"):
        name, _, day = entry.rpartition("=")
        month_number, _, day_number = day.partition("-")
        named_days[named_key(name)] = (int(month_number), int(day_number))
    # 'last month=last', 'le mois dernier=last': a month told by its relation to the reference
    relative_months = {phrase: modifier for entry in t("months_relative")
                       for phrase, _, modifier in [entry.rpartition("=")]}
    # Small numbers in words ('due', 'zwei', 'deux'), as num2words writes them: 'two days ago'.
    # 'two days ago', 'a week ago', 'a few weeks ago', 'vor zwei Monaten': a count of days, weeks
    # or months back from the day of writing. A count of weeks or months is a writer's round
    # figure: the day lies some days either side of it.
    ago: dict[str, tuple[int, int, int, int]] = {}
    # 'the day after tomorrow' (days_ahead) counts the other way.
    for key, unit, spread in (("days_ago", 1, 0), ("weeks_ago", 7, 3), ("months_ago", 30, 10),
                              ("years_ago", 365, 182), ("days_ahead", -1, 0)):
        for entry in t(key):
            phrase, _, counts = entry.partition("=")
            fewest, _, most = counts.partition("-")
            ago[" ".join(w if w == "{n}" or w.isdigit() else fold(w) for w in phrase.split())] = (
                unit, spread, int(fewest or 1), int(most or fewest or 1))
    ago_phrases = [entry.partition("=")[0] for key in ("days_ago", "weeks_ago", "months_ago", "years_ago", "days_ahead")
                   for entry in t(key)]
    # (one word each, as a count is read word by word: 'twenty-five', not 'twenty five'); the
    # feminine forms num2words leaves out are the crowd counts' ('há duas semanas': lexicon
    # [size] number_words)
    small_numbers = {word: number for word, number in [
        *spelled_numbers(lexicon.language, SPELLED_COUNTS).items(),
        *((word, int(number)) for word, _, number in (e.rpartition("=") for e in lexicon.get("size", "number_words"))
          if int(number) in SPELLED_COUNTS)] if " " not in word} if ago or t("days_later") or t("years_after") else {}
    small = sorted(small_numbers)
    spellings = [variant for entry in t("named_days") for name in [entry.rpartition("=")[0]]
                 for variant in {name, name.replace("'", "’")}]
    day, year = DAY_PATTERN, YEAR_PATTERN
    glue = _alternation(t("day_month_glue"))
    # ... and between a month and its year, where a language may write more ('febrero del 2003')
    year_glue = _alternation([*t("day_month_glue"), *t("year_glue")])
    around = r"(?P<approx>" + _alternation(t("around")) + r"\s+)?"
    # ... or, before a day and month only, abbreviated ('sam. 9 mars', 'Sa., 9. März', 'Sat, March 9'):
    # many abbreviations are words too ('mar', 'sat', 'do')
    short = list(calendar.short_weekdays)
    written_weekday = r"(?:" + weekday("wd") + (r"|(?P<wds>" + _alternation(short, case) + r")(?![^\W\d_])\.?"
                                                if short else "") + ")"
    # a comma without its space after a weekday is a scraped page's ('Saturday,March 9')
    weekday_lead = r"(?:" + written_weekday + r"(?:,\s*|\s+)(?:\w{1,4}\s+)?)?"
    year_tail = r"(?:,?\s+(?:" + year_glue + r"\s+)?" + year.format(g="year") + ")?"
    modifiers: dict[str, str] = {}
    for canonical, key in (("last", "last"), ("this", "this"), ("next", "next"), ("earlier this", "earlier_this"),
                           ("later this", "later_this"), ("the past", "recent"), ("last", "last_after"),
                           ("next", "next_after"), ("early", "early"), ("mid", "mid"), ("late", "late"),
                           ("following", "following"), ("following", "following_after"),
                           ("preceding", "preceding"), ("preceding", "preceding_after"), ("that", "that"),
                           ("before last", "before_last"), ("before last", "before_last_after")):
        for entry in t(key):
            modifiers.setdefault(fold(entry), canonical)
    mods = [*t("last"), *t("this"), *t("next"), *t("earlier_this"), *t("later_this"), *t("recent"), *t("before_last")]
    before = _alternation(mods)
    # ... and 'the following Saturday', 'le samedi suivant', 'am darauffolgenden Wochenende' (lexicon
    # following, following_after): the first such weekday, weekend or week after the date before it;
    # 'the previous Saturday', 'le samedi précédent' (preceding, preceding_after): the last one before
    # it; 'an jenem Samstag', 'quel sabato' (that): the one of that date, on either side of it
    counted_before = _alternation([*mods, *t("following"), *t("preceding"), *t("that")])
    counted_after = _alternation([*t("last_after"), *t("next_after"), *t("following_after"), *t("preceding_after"),
                                  *t("before_last_after")])
    prefixes = _alternation(t("weekday_prefixes"))
    articles = t("day_articles")
    # days of one month joined into a range: '12-14 February', 'vom 12. bis zum 14. Februar',
    # 'du 12 au 14 février', 'entre el 12 y el 14 de febrero', 'February 12 to 14'
    day_joiner = r"\s*(?:" + _alternation([*t("range_joiners"), "-", "–", "—", "/"]) + r")\s*"
    # ... each day perhaps with its weekday ('samedi 9 et dimanche 10 mars', 'am Samstag, 9., und
    # Sonntag, 10. März'): the first's is the pattern's, the last's is not read
    last_weekday = r"(?:" + _alternation(written_weekdays, case) + r",?\s+)?"
    # ... or a list of them: '9, 10 and 11 March', 'March 9, 10 and 11', 'am 9., 10. und 11. März'
    listed_days = r"(?:,\s*[0-3]?\d(?:st|nd|rd|th|er|e|º|°)?\.?(?!\d)){0,5}"
    first_day = (r"(?:(?P<first>[0-3]?\d)(?:st|nd|rd|th|er|e|º|°)?\.?" + listed_days + ",?" + day_joiner
                 + r"(?:" + _alternation(articles) + r"\s+)?" + last_weekday + ")?")
    last_day = r"(?:" + listed_days + day_joiner + r"(?P<last>[0-3]?\d)(?!\d|[.,:]\d))?"
    # What each pattern may start with (for a lookahead that skips every other position) and the
    # words one of which the text must contain for the pattern to be tried at all.
    weekday_starts = [*written_weekdays, *heads]
    spelled_days = _spelled_days(lexicon)
    starts = {
        "iso": ["0123456789"], "roman": ["0123456789"], "numeric": ["0123456789", *weekday_starts, *short],
        "paren": ["(", *weekday_starts, *short],
        "figures": [*weekday_starts, *short, *t("figures_prefixes"), *t("figures_articles")],
        "md": [*t("around"), *weekday_starts, *short, *dated_months],
        "dm": ["0123456789", *t("around"), *weekday_starts, *short, *articles],
        "spelled": [*t("around"), *weekday_starts, *short, *articles, *spelled_days, *dated_months],
        "month": [*t("early"), *t("mid"), *t("late"), *t("month_preps"), *mods, *wide],
        "weekday": [*mods, *t("following"), *t("preceding"), *t("that"), *t("weekday_prefixes"), *weekday_starts],
        "weekday_day": [*mods, *t("weekday_prefixes"), *weekday_starts],
        "monthday": [*mods, *t("day_nouns"), *t("weekday_prefixes"), *t("day_last_before"),
                     *(articles if t("day_last_after") else ())],
        "relative": [*t("today"), *t("yesterday"), *t("tomorrow")], "sameday": list(t("same_day")),
        "ago": [*"0123456789", *small, *(entry.split()[0] for entry in ago_phrases if not entry.startswith("{n}"))],
        "later": [*"0123456789", *small, *(entry.rpartition("=")[0].split()[0] for entry in t("days_later")
                                           if not entry.startswith("{n}"))],
        "named": spellings,
        "relmonth": [*t("early"), *t("mid"), *t("late"), *relative_months],
    }
    needs = {"md": dated_months, "dm": dated_months, "spelled": dated_months, "month": wide,
             "weekday": written_weekdays, "weekday_day": written_weekdays,
             "monthday": [*t("day_nouns"), *t("ordinal_day_articles"), *t("day_last_before"), *t("day_last_after")],
             "weekend": t("weekend"), "week": t("week"),
             "relmonth": [max(phrase.split(), key=len) for phrase in relative_months],
             "relative": starts["relative"], "sameday": starts["sameday"],
             "named": spellings, "ago": [entry.replace("{n}", " ").strip() for entry in ago_phrases],
             "later": [max(entry.rpartition("=")[0].replace("{n}", " ").split(), key=len) for entry in t("days_later")]}
    patterns = [
        ("iso", r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),
        # a month in Roman numerals between a day and a year, as Polish and Italian write it ('12
        # III 2019', '3.V.2020')
        ("roman", r"(?<![\d.])(?P<d>[0-3]?\d)\.?[ \t]?(?P<m>XI{0,2}|IX|IV|VI{0,3}|I{1,3})[ \t.][ \t]?"
                  r"(?P<y>(?:19|20)\d\d)(?!\d)"),
        # '13.08.2020', '06/07/2024', the Nordic '9/10-2021', and '15-2-2003' (Dutch, Italian …);
        # with dots or slashes, a year of two figures too ('9.3.24', '09/03/24', '9/3-24')
        ("numeric", r"(?:" + written_weekday + r",?\s+)?(?<![\d/.-])(?P<a>[0-3]?\d)"
                    r"(?:\.(?P<b1>[0-3]?\d)\.|/(?P<b>[0-3]?\d)[/-]|-(?P<b2>[0-3]?\d)-)"
                    r"(?:(?P<y>(?:19|20)\d\d)|(?P<yy>\d\d)(?!\d))(?![\d/.-]\d)"),
    ]
    if not lexicon.month_first:
        # A day and month alone in parentheses after what happened ('przeszła (7.03) ulicami', 'am
        # Samstag (7.3.)', 'sábado (2/10)'): the way day-first writers date an event in passing.
        # Only in parentheses: '7.03' elsewhere may be a number.
        # the weekday written before them is theirs ('neste sábado (02/10)')
        patterns.append(("paren", r"(?:" + written_weekday + r",?\s+)?\((?P<a>[0-3]?\d)[./](?P<b>[01]?\d)\.?\)"))
        # ... or after its weekday, written out or abbreviated ('Sa., 9.3.', 'Samstag, 09.03.',
        # 'sábado 9/3'): the weekday says the figures are a day and a month. With a dot between them,
        # a dot closes them too: 'Samstag, 10.12 Uhr' is a time
        # So does a word that only a day follows ('am 9.3.', 'den 9/3'; lexicon figures_prefixes),
        # and a day's article before figures one of which has two digits ('le 12/06'; lexicon
        # figures_articles): 'le 3/4 des manifestants' is a fraction
        leads = [written_weekday + r",?"]
        if t("figures_prefixes"):
            leads.append(_alternation(t("figures_prefixes")))
        if t("figures_articles"):
            leads.append(_alternation(t("figures_articles")) + r"(?=\s+(?:\d\d/|\d/\d\d))")
        figures_lead = r"(?:" + "|".join(leads) + ")"
        # ... not two days of the month named after them ('el 9/10 de marzo')
        patterns.append(("figures", figures_lead + r"\s+(?<![\d/.-])(?P<a>[0-3]?\d)(?:\.(?P<b1>[01]?\d)\.|"
                                                   r"/(?P<b>[01]?\d))(?![\d/]|[.,]\d)"
                                                   r"(?!\s+(?:[^\W\d_]{1,3}\s+)?"
                                                   + _alternation(dated_months, case) + ")"))
    if lexicon.month_first:
        # a day and month in figures without a year after their weekday ('on Tuesday 4/25', 'Tuesday
        # (25/4)'): read only when one of them cannot be a month (_mention), as the custom is not known
        patterns.append(("figures", written_weekday + r",?\s+\(?(?<![\d/.-])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)\)?"
                                                      r"(?![\d/]|[.,]\d)"))
        # 'Tuesday, February 11, 2020', 'Saturday, January 18', 'Friday, Aug 28'
        patterns.append(("md", around + r"(?:" + written_weekday + r"(?:,\s*|\s+)(?:" + _alternation(articles) + r"\s+)?)?" + month("mon")
                         + r"\s+" + day.format(g="day") + last_day + year_tail))
        # ... its day glued to it as a page's text may run them together, its year after a comma
        # ('(Review.net, Mar19, 2014)')
        patterns.append(("md", month("mon") + day.format(g="day") + r",[ \t]*" + year.format(g="year")))
    # 'Thursday, 13 February 2020', '10. Januar 2015', 'sábado 10 de enero de 2015', 'lördagen den 10 januari'
    patterns.append(("dm", around + weekday_lead + r"(?:" + _alternation(articles) + r"\s+)?" + first_day
                     + day.format(g="day")
                     # ('5. Juli', '5 de julio', and '5.Juli': a period may join the day to its month)
                     + r"(?:\.(?:\s+" + glue + r")?\s*|(?:\s+" + glue + r")?\s+)" + month("mon") + year_tail))
    # a day in words before its month ('el cinco de octubre', 'le cinq octobre', 'am fünften
    # Oktober', 'the fifth of October') and, where months come first, after it ('October fifth')
    if spelled_days:
        spelled_day = r"(?P<dayw>" + _alternation(spelled_days) + r")(?!\w)"
        # (where months come first, only with the word between, 'the fifth of October': 'the first
        # March for Life' is a march)
        patterns.append(("spelled", around + weekday_lead + r"(?:" + _alternation(articles) + r"\s+)?" + spelled_day
                         + r"(?:\s+" + glue + r")" + ("" if lexicon.month_first else "?") + r"\s+" + month("mon")
                         + year_tail))
        if lexicon.month_first:
            patterns.append(("spelled", around + r"(?:" + written_weekday + r"(?:,\s*|\s+))?" + month("mon")
                             + r"\s+(?:" + _alternation(articles) + r"\s+)?" + spelled_day + year_tail))
    if not lexicon.month_first:
        # ... and, where days come first, a page's date in an English template's order, with its
        # comma and its year ('février 24, 2022', 'vendredi, avril 26, 2024', 'noviembre 21,
        # 2018'): no writer of the language orders a day so otherwise
        patterns.append(("md", around + r"(?:" + written_weekday + r"(?:,\s*|\s+))?" + month("mon") + r"\s+"
                         + day.format(g="day") + r",[ \t]*" + year.format(g="year")))
    parts = r"(?P<part>" + _alternation([*t("early"), *t("mid"), *t("late")]) + r")"
    # 'the month of' before the month's name, after a part or a preposition ('a finales del mes de
    # febrero', 'en el mes de febrero', 'in the month of February'; lexicon month_nouns)
    month_noun = r"(?:" + _alternation(t("month_nouns")) + r"\s+)?" if t("month_nouns") else ""
    # ... and a second month joined to it ('in March and April', 'im März und April'): both
    joined_month = (r"(?:\s+" + _alternation(t("range_joiners")) + r"\s+" + month("until", wide) + ")?"
                    if t("range_joiners") else "")
    # ... or after 'last', 'this', 'next' ('last March', 'im vergangenen März', 'lo scorso marzo', 'el
    # pasado mes de marzo'): the latest such month before the month of writing, its own, the next
    patterns.append(("month", r"(?:" + parts + r"[-\s]+(?:" + glue + r"\s+)?|(?P<prep>" + _alternation(t("month_preps"))
                     + r")\s+|(?:" + _alternation(t("month_preps")) + r"\s+)?(?P<mmod>" + before + r")\s+)" + month_noun
                     + month("mon", wide) + joined_month
                     + r"(?:,?\s+(?:" + year_glue + r"\s+)?"
                     + year.format(g="year") + ")?"
                     + r"|" + month("mon2", wide) + r"\s+(?:" + year_glue + r"\s+)?" + year.format(g="year2")))
    if relative_months:  # 'last month', 'earlier this month', 'late last month', 'le mois dernier'
        patterns.append(("relmonth", r"(?:" + parts + r"[-\s]+(?:\w{1,3}\s+)?)?(?P<phrase>"
                         + _alternation(sorted(relative_months)) + r")(?!\w)"))
    if ago_phrases:  # 'two days ago', 'a week ago', 'vor zwei Wochen': before 'week' ('a week' alone is no time)
        # (a crowd count's hedge may stand before the count, inside the phrase: 'il y a près de
        # deux semaines', 'vor gut zwei Wochen'; lexicon [size] about, more_than, at_least, less_than)
        patterns.append(("ago", _counted_pattern(ago_phrases, small, [
            *(w for key in ("about", "more_than", "at_least", "less_than") for w in lexicon.get("size", key))])))
    # 'early' before a week is its start, which the week of writing has had ('Anfang der Woche', 'a
    # principios de semana', 'i början av veckan': earlier this week)
    for kind, words, prefixes_of in (("weekend", t("weekend"), [*t("week_prefixes"), *t("weekend_prefixes")]),
                                     ("week", t("week"), [*t("week_prefixes"), *t("early")])):
        patterns.append((kind, r"(?:(?P<mod>" + counted_before + r"|" + _alternation(prefixes_of) + r")\s+)?"
                         r"(?:\w{1,3}\s+)?" + _alternation(words) + r"(?!\w)(?:\s+(?P<after>" + counted_after + r"))?"))
    # a weekday and what may stand before it ('el pasado sábado', 'on Saturday'), and what may not
    # follow the day after it: more of a number, or the month (a full day-month)
    weekday_head = r"(?:(?P<mod>" + before + r"|" + prefixes + r")\s+)?" + weekday("wd")
    no_month = r"(?![\d:.,/]\d|\w|\s*\.?\s*(?:" + glue + r"\s+)?" + month("mon") + r")"
    if lexicon.weekday_day:
        # 'sabato 14', 'el pasado sábado 14', 'neste domingo (16)', 'deste sábado, 19,': the month
        # left out (after a comma only as an aside of its own: 'sábado, 19 pessoas' is a count)
        patterns.append(("weekday_day", weekday_head + r"(?P<comma>,)?\s+(?P<paren>\()?(?P<day>[0-3]?\d)(?(paren)\))"
                         r"(?(comma)(?=[,;]))" + no_month))
    elif articles:
        # 'Saturday the 9th', 'Samstag, den 9.', 'lördagen den 9:e': where a number after a weekday
        # is a count ('on Saturday 15 people were arrested'), only after the day's article
        patterns.append(("weekday_day", weekday_head + r",?\s+" + _alternation(articles) + r"\s+"
                         + day.format(g="day") + no_month))
    if t("day_nouns"):
        # 'el pasado día 15', 'no dia 15', 'il giorno 15': a day of the month, the month left out
        # ('día 15 de huelga', day 15 of a strike, and 'dia 15 de março' are not)
        patterns.append(("monthday", r"(?:(?P<mod>" + before + r")\s+)?" + _alternation(t("day_nouns")) + r"\s+"
                         + day.format(g="day") + r"(?!\w|\s*[-–/]\s*\d|\s+" + glue + r"(?!\w))"))
    # what may follow a day of the month whose month is left out: a mark, a locative, a joiner, a
    # verb of a gathering ('drew', 'took place') or a word that keeps it a day ('of the month'):
    # before a noun it is none ('on the 15th anniversary', 'on the 2nd floor', 'lo scorso 15 anni')
    followers = _alternation([*lexicon.get("place", "locatives"), *lexicon.get("place", "list_joiners"),
                              *lexicon.get("place", "host_verbs"), *lexicon.get("gathering", "past"),
                              *t("ordinal_day_followers")])
    day_follows = r"(?=\s*(?:[.,;:!?)\]–—]|$)|\s+(?:" + followers + r")(?!\w))"
    if t("ordinal_day_articles"):
        # 'on the 15th', 'on the 2nd, thousands …': a day of the month as an ordinal after a weekday
        # prefix and an article, the month left out
        patterns.append(("monthday", r"(?:(?P<mod>" + before + r")|" + prefixes + r")\s+" + _alternation(
            t("ordinal_day_articles")) + r"\s+(?P<day>[0-3]?\d)" + _alternation(t("ordinal_day_endings"))
                         + day_follows))
    if t("day_last_before"):
        # 'lo scorso 15', 'el pasado 15': the word for 'last' right before a day of the month, the
        # month left out (lexicon day_last_before)
        patterns.append(("monthday", r"(?P<mod>" + _alternation(t("day_last_before")) + r")\s+(?P<day>[0-3]?\d)"
                         r"(?![\d:.,/]\d)" + day_follows))
    if t("day_last_after") and articles:
        # 'il 15 scorso', 'le 15 dernier': the day's article, its number and the word for 'last'
        # after it (lexicon day_last_after)
        patterns.append(("monthday", _alternation(articles) + r"\s+(?P<day>[0-3]?\d)\s+(?P<mod>"
                         + _alternation(t("day_last_after")) + r")(?!\w)"))
    patterns.append(("weekday", r"(?:(?P<mod>" + counted_before + r"|" + prefixes + r")\s+)?" + weekday("wd")
                     + r"(?:\s+(?P<after>" + counted_after + r")(?!\w))?"))
    if spellings:  # 'International Women's Day', '8M', 'Festa della Liberazione 2025', '1er-Mai 2018'
        # first: a name that holds a month ('1.º de Maio de 2018') is the day, not the month
        patterns.insert(0, ("named", r"(?P<name>" + _alternation(spellings) + r")(?!\w)(?:,?\s+(?:" + glue
                            + r"\s+)?" + year.format(g="year") + ")?"))
    later: dict[str, int] = {}  # 'the next day' -> 1, '{n} days later' -> 1 (days for each n)
    for entry in t("days_later"):  # 'a day later', 'le lendemain', 'zwei Tage später': from the date before
        phrase, _, days = entry.rpartition("=")
        later[" ".join(w if w == "{n}" else fold(w) for w in phrase.split())] = int(days)
    if later:
        patterns.append(("later", _counted_pattern([entry.rpartition("=")[0] for entry in t("days_later")], small)))
    years_after = {" ".join(w if w == "{n}" else fold(w) for w in phrase.split()): int(years)
                   for phrase, _, years in (entry.rpartition("=") for entry in t("years_after"))}
    # 'mañana' and 'morgen' are tomorrow, but not in 'por la mañana', 'am Morgen' (the morning;
    # lexicon not_relative)
    relative_words = word_pattern(starts["relative"], unless_in=t("not_relative"))
    patterns.append(("relative", r"(?P<word>(?i:" + relative_words.pattern + "))"))
    patterns.append(("sameday", _alternation(starts["sameday"]) + r"(?!\w)"))
    compiled = []
    for kind, body in patterns:
        first = _first_letters(starts[kind]) if kind in starts else ""
        lookahead = f"(?=[{first}])" if first else ""
        compiled.append((kind, re.compile(r"(?<!\w)" + lookahead + "(?:" + body + ")"),
                         tuple(sorted({w.lower() for w in needs.get(kind, ())}))))
    patterns = compiled
    kinds_of: dict[str, set[str]] = {}
    for kind, _, words in patterns:
        if kind not in _NEEDS_DIGIT:
            for word in words:
                # a named day's words are common ('May Day'): it is sought by its whole name
                kinds_of.setdefault(word if kind == "named" else max(word.split(), key=len), set()).add(kind)
    live = word_pattern(t("live"))
    another_time = word_pattern(t("another_time"))
    already = word_pattern(t("already"))
    when_label = re.compile(r"[ \t]*(?:" + "|".join(re.escape(w) for w in t("when_labels")) + r")[ \t]*:",
                            re.IGNORECASE) if t("when_labels") else None
    commemoration = word_pattern(t("commemoration"))
    years = [(name, word_pattern(t(f"year_{name}"))) for name in ("last", "this", "next") if t(f"year_{name}")]
    # each alternative looks ahead for its own first words: one look for all of them first
    year_heads = word_heads([e for name in ("last", "this", "next") for e in t(f"year_{name}")])
    relative_year = re.compile(r"(?<!\w)" + (f"(?={prefix_trie(year_heads)})" if year_heads else "") + "(?:" +
                               "|".join(f"(?P<{name}>{p.pattern})" for name, p in years) + ")", re.IGNORECASE) \
        if years else None
    return DateGrammar(lexicon.language, tuple(patterns), month_numbers, weekday_numbers,
                       {fold(name): number for name, number in calendar.short_weekdays.items()}, modifiers,
                       lexicon.figures_month_first, frozenset(fold(w) for w in t("today")),
                       frozenset(fold(w) for w in t("yesterday")),
                       frozenset(fold(w) for w in t("tomorrow")), named_days, live, spelled_days,
                       re.compile(r"(?<!\w)(?:" + _alternation(t("night_before")) + r")\s+$") if t("night_before")
                       else None,
                       word_pattern(t("times_of_day")),
                       re.compile(r",[ \t]*(?:" + _alternation(t("where_clauses")) + r")(?!\w)") if t("where_clauses")
                       else None,
                       frozenset(fold(word) for key in ("list_joiners", "locatives")
                                 for entry in lexicon.get("place", key) for word in entry.split()),
                       another_time, already,
                       word_pattern(t("began")), word_pattern(t("called"), unless_in=t("not_called")),
                       word_pattern(t("announced")), word_pattern(t("for_day"), unless_in=t("night_before")),
                       frozenset(w.lower() for w in t("event_links")), lexicon.plan_words,
                       frozenset(w.lower() for w in (*t("other_events"), *lexicon.get("place", "not_the_rally"))),
                       frozenset(w.lower() for w in (*t("other_events"), *t("dated_events"))),
                       frozenset(w.lower() for w in t("dated_events")),
                       frozenset(fold(w) for w in t("date_names")),
                       word_pattern(t("compared")),
                       word_pattern([*(w.partition("=")[0] for w in lexicon.get("size", "multipliers")),
                                     *lexicon.get("size", "crowd_nouns"), *lexicon.get("place", "function_words")]),
                       word_pattern(t("than")),
                       # (and the words that link an event to its day, an elided one as the text's words
                       # read it: 'celle d'octobre 1967', 'quella dell'ottobre 1967')
                       word_pattern([*lexicon.get("gathering", "event_nouns"), *lexicon.get("place", "function_words"),
                                     *t("tallied"), *(w.rstrip("'’") for w in t("event_links"))]),
                       when_label, re.compile(r"(?<!\w)" + _alternation([n for n in written_months if len(n) > 3])
                                              + r"(?!\w)", re.IGNORECASE) if t("day_nouns") else None,
                       re.compile(r"\s*,?\s*(?:" + _alternation(t("weekend_of")) + r"\s+)?"),
                       commemoration, word_pattern(t("commemoration_after")), relative_year,
                       re.compile(r"(?<!\w)" + _alternation(t("year_compared")) + r"\s*$") if t("year_compared") else None,
                       re.compile(r"(?<!\w)" + _alternation(t("year_like")) + r"\s*$") if t("year_like") else None,
                       word_pattern(t("year_that")),
                       re.compile(r"(?<!\w)" + _alternation(t("year_preps")) + r"\s+$") if t("year_preps") else None,
                       re.compile(r"[ \t]*,?[ \t]+" + _alternation(t("year_preps"))
                                  + r"[ \t]+((?:1[5-9]|20)\d\d)(?!\w)", re.IGNORECASE) if t("year_preps") else None,
                       frozenset(fold(w) for w in t("weekday_definite")),
                       {fold(w): n for w, n in small_numbers.items()}, ago, later,
                       {" ".join(fold(p).split()): m for p, m in relative_months.items()},
                       word_pattern(lexicon.get("page", "captions")),
                       word_pattern([*t("periods"), *t("year_last"), *t("year_next")]),
                       word_pattern(t("ahead_of")), word_pattern(t("after_event")),
                       word_pattern(t("future_past")),
                       # not case-blind: the word after the pronoun opens in lower case (', die
                       # Polizei' opens a clause of its own)
                       re.compile(r",[ \t]*(?:" + _alternation(t("relative_pronouns")) + r")[ \t]+(?=[a-zß-öø-ÿ])")
                       if t("relative_pronouns") else None,
                       word_pattern(t("since")),
                       frozenset(fold(w) for w in lexicon.get("gathering", "anaphora")),
                       re.compile(_counted_pattern([e.rpartition("=")[0] for e in t("years_after")], small))
                       if years_after else None, years_after,
                       word_pattern(lexicon.get("size", "crowd_nouns")),
                       word_automaton(kinds_of),
                       frozenset(fold(w) for w in (*(f"{w}{on}" for w in (*PUBLISHED_LABELS, *UPDATED_LABELS)
                                                     for on in ("", " on")),
                                                   *lexicon.get("page", "published"), *lexicon.get("page", "updated"))),
                       word_pattern(t("slogans")), word_pattern(t("another_gathering")),
                       word_pattern(t("earlier_gathering")),
                       # (words of two letters or more: Nordic 'i' makes 'i fredags' a past weekday, not a day)
                       re.compile(r"(?<!\w)(?:" + _alternation([w for w in t("last") if len(w) > 1])
                                  + r")[ \t]+" + (r"(?:(?:" + _alternation(t("day_nouns")) + r")[ \t]+)?"
                                                   if t("day_nouns") else "") + "$", re.IGNORECASE)
                       if any(len(w) > 1 for w in t("last")) else None,
                       re.compile(r"[ \t]*(?:" + _alternation(t("last_after")) + r")(?!\w)", re.IGNORECASE)
                       if t("last_after") else None, frozenset(w.lower() for w in t("deed_agents")),
                       re.compile(r"(?<!\w)(?:" + _alternation(lexicon.get("size", "about")) + r")[ \t]+$", re.IGNORECASE)
                       if lexicon.get("size", "about") else None,
                       word_pattern(lexicon.get("gathering", "past")),
                       frozenset(fold(w) for w in t("other_calendars")), word_pattern(t("ongoing")),
                       word_pattern(t("durative")),
                       re.compile(r"(?:[ \t]*,[^.;:!?\n]{1,40}?,)?[ \t]+(?:" + _alternation(t("anniversary_today"))
                                  + r")(?!\w)", re.IGNORECASE) if t("anniversary_today") else None,
                       re.compile(r"[ \t]+(?:" + _alternation(t("date_subject")) + r")(?!\w)", re.IGNORECASE)
                       if t("date_subject") else None,
                       re.compile(r"[ \t]*,[ \t]*(?:" + _alternation(t("when_clauses")) + r")(?!\w)", re.IGNORECASE)
                       if t("when_clauses") else None, frozenset(w.lower() for w in t("deeds_on_things")))


# English's labels of a page's own dates, read on a page in any language besides its lexicon's
# [page] published and updated ('Published: …', 'Updated on …'; read/files.py, page_line).
PUBLISHED_LABELS = ("Published", "PUBLISHED", "Posted", "Date", "Publish date", "Publication date", "Date published",
                    "First published", "Originally published")
UPDATED_LABELS = ("Updated", "UPDATED", "Last updated")


def _period(found: list[str | None], grammar: DateGrammar, text: str, sentence, mention_ends: frozenset[int]) -> str | None:
    """The period a sentence tells its time as ('last summer'), or None: sought in the sentence once,
    and kept in found (empty until then). A period right after a date expression (mention_ends:
    where they end) is that date's year ('defeated in October last year'), not the sentence's time."""
    if not found:
        matches = grammar.other_period.finditer(text, sentence.start, sentence.end) if grammar.other_period else ()
        match = next((m for m in matches if len(text[:m.start()].rstrip()) not in mention_ends), None)
        found.append(match.group(0) if match else None)
    return found[0]


def named_key(name: str) -> str:
    """How a named day is looked up: folded, one apostrophe, single spaces."""
    return " ".join(fold(name.replace("’", "'")).split())


@lru_cache(maxsize=32)
def _not_an_event(lexicon: Lexicon) -> re.Pattern:
    """What, right before a date expression, makes it no event's day: a bound ('since 3 May', and
    with the language's word for 'last' or the day's article between: 'dallo scorso 9 agosto',
    'desde el pasado 9 de agosto', 'desde o dia 1'), an anniversary's day, or a day that recurs ('every Saturday': group 'recurs')."""
    last, articles = lexicon.get("time", "last"), lexicon.get("time", "day_articles")
    # (the day's article may stand between too: 'desde o dia 1', 'desde o passado dia 1')
    between = (r"(?:\s+" + _alternation(articles) + r")?" if articles else "") + \
        (r"(?:\s+" + _alternation(last) + r")?" if last else "")
    # ... not the word that ends the night before a weekday ('natten til torsdag'; lexicon
    # night_before): a lookbehind of each night's words, fixed in width as Python's must be
    nights = "".join(r"(?<!(?i:" + r"\s".join(map(re.escape, phrase.lower().split()[:-1])) + r")\s)"
                     for phrase in lexicon.get("time", "night_before") if len(phrase.split()) > 1)
    return re.compile(r"(?<!\w)(?:(?P<recurs>" + _alternation(lexicon.get("time", "recurring")) + ")|" + nights
                      + _alternation(lexicon.get("time", "not_an_event")) + ")" + between + r"\s*$")


@lru_cache(maxsize=32)
def _plan_participles(lexicon: Lexicon) -> frozenset[str]:
    """The words that set a gathering for a day (lexicon [time] plan_words, planned, announced), folded."""
    return frozenset(fold(w) for key in ("plan_words", "planned", "announced") for w in lexicon.get("time", key)
                     if " " not in w)


def _set_for(text: str, bound: re.Match, lexicon: Lexicon) -> bool:
    """Whether a bound before a date (_not_an_event) is a word that sets a gathering for a day
    (lexicon for_day: Swedish 'till', Norwegian and Danish 'til', which also mean 'until') right
    after a word that sets one (_plan_participles: 'utlyst till lördag', 'varslet til lørdag',
    'annonceret til lørdag den 25. marts')."""
    words = bound.group().split()
    if not words or words[0].lower() not in lexicon.get("time", "for_day"):
        return False
    before = _WORD_BEFORE_BOUND.search(text, max(0, bound.start() - 40), bound.start())
    return before is not None and fold(before.group(1)) in _plan_participles(lexicon)


# The word right before a bound, spaces only between.
_WORD_BEFORE_BOUND = re.compile(r"([^\W\d_]+)\s+$")


@lru_cache(maxsize=32)
def _range_joiner(lexicon: Lexicon) -> re.Pattern:
    """What joins two dates into a range: 'and', 'to', 'bis', 'au', '-' (lexicon range_joiners)."""
    return re.compile(r"\s*(?:" + _alternation(lexicon.get("time", "range_joiners")) + r"|-|–|—)\s*")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in the text. Fields it does not state are None."""

    start: int
    end: int
    text: str
    # day, month, weekday, weekend, week, relative, sameday, later (days after the date before),
    # weekday_day ('sabato 14'), monthday ('el pasado día 15': a day of a month the text leaves out),
    # relmonth (a month told by its relation to the reference: 'last month')
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    # last / this / next / earlier this / around / mid / early / late ...; weekend: a day that says
    # which weekend ('the weekend of 9 March')
    modifier: str = ""
    # kind relative: days from the reference ('two days ago': -2); later: days after (with a weekday,
    # a weekend or a week: 1 for the first after, -1 for the last before, 0 for that date's own)
    shift: int = 0
    spread: int = 0  # kind relative: days either side of the shifted day ('two weeks ago': 3)
    part: str = ""  # kind relmonth: early, mid or late ('late last month')
    # kind day: the last day of a range of days in its month ('12-14 February'); kind month: the
    # other month of a range of two ('in March and April', 'in December and January'); else 0
    until: int = 0


@dataclass(frozen=True, slots=True)
class DateInterval:
    """When a rally took place: [start, end], both inclusive, or unknown (None, None)."""

    start: date | None
    end: date | None
    precision: str
    reason: str
    scheduled: bool = False
    # the one weekday the span's days may be ('on Saturday' read against some day of a month: the
    # Saturdays from start to end), or None: any day of it
    weekday: int | None = None

    @classmethod
    def unknown(cls, reason: str, weekday: int | None = None) -> "DateInterval":
        """No date; weekday: the one a mention names that nothing places, if any."""
        return cls(None, None, "unknown", reason, weekday=weekday)

    def overlaps(self, other: "DateInterval") -> bool:
        return (self.start is not None and other.start is not None
                and self.start <= other.end and other.start <= self.end)


@dataclass(frozen=True, slots=True)
class Reference:
    """The date relative expressions are read against.

    kind 'published': the article's publication date; a past-tense event is on or before it.
    kind 'inferred': a date the article mentions (no publication date known); the article was
    written on or after it, so nothing is clipped to it.
    kind 'month': only the month of publication is known (a 'date 2018-12' header, a '/2018/12/'
    URL); day is its last day. Expressions relative to an unknown day resolve to that month.
    kind 'year': only the year is known (a 'date 2019' header, a '/2015/' address, the one year
    the text names where the page gives no date it supports); day is its last day. A day-month takes that year; relative expressions
    ('on Saturday') cannot be placed.
    """

    day: date
    kind: str
    reason: str
    # False for a publication day read from the page's address: the first version's, which a page
    # updated later keeps; a weekday told just after it may be the page's next days'.
    firm: bool = True
    # True for a page's update date where it gives no publication date: the text was written on or
    # before it, maybe years before; a day its written weekday puts in no year near it is of a year
    # not given, not a slip of the pen
    bound: bool = False
    # True for an inferred day whose year came from the corpus's publication dates (infer_reference):
    # a day read against it says so, and dates no later day of the article as one it gave
    from_corpus: bool = False
    # kind 'month': a day of the month the page announces as to come, on or before which it was
    # written: its weekdays and its undated rallies lie no later
    written_by: date | None = None

    @property
    def month_start(self) -> date:
        return self.day.replace(day=1)

    @property
    def latest(self) -> date:
        """The latest day the article can have been written: written_by, else day."""
        return self.written_by or self.day

    def some_day_of_the_year(self, reason: str, scheduled: bool = False) -> "DateInterval":
        """Some day of a year reference's year (precision 'approximate')."""
        return DateInterval(self.day.replace(month=1, day=1), self.day.replace(month=12, day=31), "approximate",
                            reason, scheduled)

    def some_day_of_the_month(self, reason: str, scheduled: bool = False) -> "DateInterval":
        """Some day of a month reference's month, up to the latest the article can have been
        written: precision 'month' for the whole calendar month, 'approximate' when written_by
        cuts it short."""
        return DateInterval(self.month_start, self.latest, "approximate" if self.written_by else "month", reason,
                            scheduled)


# How far before a date the words that make it no event's are sought ('anniversary of the ').
NOT_AN_EVENT_REACH = 24


def find_dates(text: str, start: int = 0, end: int | None = None, lexicon: Lexicon | None = None) -> list[DateMention]:
    """Date expressions in text[start:end] written in the lexicon's language (default English),
    in order, without overlaps."""
    lexicon = lexicon or english()
    grammar = grammar_for(lexicon)
    not_an_event = _not_an_event(lexicon)
    attributive = _attributive(lexicon)
    end = len(text) if end is None else end
    windows = _digit_windows(text, start, end)
    lowered = text[start:end].lower()
    near_words = windows_near(grammar.words, text, lowered, start, end, _BEFORE_WORD, _AFTER_WORD)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    joiner = _range_joiner(lexicon)
    capitalised = calendar_of(lexicon).capitalised  # whether a capital says nothing of a weekday's name
    range_ends: set[int] = set()  # where the second date of a range of two starts ('from Friday to Sunday')
    for kind, pattern, needs in grammar.patterns:
        if kind in _NEEDS_DIGIT:  # expressions with a number are sought only around the numbers
            if needs and not any(word in lowered for word in needs):
                continue
            spans = windows
        elif near_words is not None and needs:  # the others only around the words they need
            spans = near_words.get(kind, ())
        elif needs and not any(word in lowered for word in needs):
            continue
        else:
            spans = ((start, end),)
        for window_start, window_end in spans:
            for m in pattern.finditer(text, window_start, window_end):
                if m.end() == m.start() or _overlaps(taken, m.start(), m.end()) or _IN_A_TOKEN.match(
                        text, max(0, m.start() - 2), m.start()):
                    continue
                # a range's opening word ('from 12 to 14 February', 'vom 12. bis zum 14.', 'from
                # Friday to Sunday') is no bound, nor is its closing one ('von Freitag bis Sonntag'),
                # nor one before a day that qualifies a noun ('til lørdagens demonstration'),
                # unless the day recurs ('every Saturday's march')
                between = joiner.match(text, m.end(), end)
                second = pattern.match(text, between.end(), end) if between else None
                if second is not None:
                    range_ends.add(second.start())
                bound = None if _a_range(m) or second is not None or m.start() in range_ends else \
                    not_an_event.search(text, max(start, m.start() - NOT_AN_EVENT_REACH), m.start())
                if bound is not None and _set_for(text, bound, lexicon):
                    bound = None  # 'utlyst till lördag', 'varslet til lørdag': set for that day, no bound
                if bound and (bound.group("recurs") or not _qualifies_a_noun(text, m.end(), attributive)) or (
                        (text[m.start()].isdigit() or kind == "spelled") and _names_a_landmark(
                            text, max(start, m.start() - LANDMARK_REACH), m.start(), lexicon)):
                    # no event's day, and no shorter date inside it is one ('the anniversary of the
                    # 10 March 1959 uprising' is not 'March 1959')
                    bisect.insort(taken, (m.start(), m.end()))
                    continue
                mention = _mention(kind, m, grammar)
                if mention is not None and mention.kind == "month" and _a_gathering_s_name(text, m, attributive,
                                                                                           lexicon):
                    # "Women's March 2019", 'the last March for Life': a march, not the month of March
                    bisect.insort(taken, (m.start(), m.end()))
                    continue
                if mention is not None and mention.modifier == "ago" and _lasted_for(text, start, m.start(), grammar):
                    # 'mora em Lisboa há 20 anos': how long a state has lasted, no time back
                    bisect.insort(taken, (m.start(), m.end()))
                    continue
                if mention is not None and mention.kind == "weekday" and not capitalised and \
                        _part_of_a_name(text, m.start(), m.end()):
                    # 'Santo Domingo', 'Plácido Domingo', 'Goede Vrijdag': a name, not a weekday
                    bisect.insort(taken, (m.start(), m.end()))
                    continue
                if mention is not None:
                    found.append(mention)
                    bisect.insort(taken, (m.start(), m.end()))
    found.sort(key=lambda x: x.start)
    return _page_order(_months_named_before(
        text, _weekdays_of_weeks(text, _weekends_of_days(text, _days_told_last(
            text, _nights_before(text, _weekdays_dated(text, _weekdays_restated(text, found)), grammar), grammar),
            grammar), lexicon), grammar), grammar)


# How many words before a count back a verb of a lasting state may stand ('mora em Lisboa há
# 20 anos', 'que vive na cidade de Porto há 5 anos').
DURATIVE_WORDS = 6


def _lasted_for(text: str, floor: int, start: int, grammar: DateGrammar) -> bool:
    """Whether a count of time back at start tells how long a state has lasted: a verb of one in
    the present (lexicon durative) stands at most DURATIVE_WORDS words before it in its clause."""
    if grammar.durative is None:
        return False
    reach = max(floor, start - 12 * DURATIVE_WORDS)  # (a word and its space: a dozen characters at most, mostly)
    words = list(WORD.finditer(text, reach, start))[-DURATIVE_WORDS:]
    for word in reversed(words):
        if _GAP_BREAK.search(text, word.end(), start):
            return False
        if grammar.durative.fullmatch(word.group()):
            return True
    return False


def _weekdays_restated(text: str, found: list[DateMention]) -> list[DateMention]:
    """found, a weekday in brackets right after a day without one ('October 29, (Sunday)', 'le 29
    octobre (dimanche)') made that day's weekday: one day written twice, not two."""
    kept: list[DateMention] = []
    for m in found:
        before = kept[-1] if kept else None
        if before is not None and m.kind == "weekday" and not m.modifier and before.kind == "day" and \
                before.weekday is None and not before.until and \
                _BRACKET_OPENS.fullmatch(text, before.end, m.start) and text.startswith(")", m.end):
            kept[-1] = replace(before, weekday=m.weekday)
            continue
        kept.append(m)
    return kept


# What may stand between a weekday and the day written after it as its own ('Tuesday (April 25)',
# 'am Dienstag, den 25.4.', 'na terça-feira, dia 25'): a comma, an opening bracket.
_WEEKDAY_DAY_GAP = re.compile(r"[ \t]*,?[ \t]*\(?[ \t]*")


def _weekdays_dated(text: str, found: list[DateMention]) -> list[DateMention]:
    """found, a weekday that a day written right after it dates ('on Tuesday (April 25)', 'am
    Dienstag, den 25.4.', 'el martes, día 25', where no pattern takes both) made that day's
    weekday: one day written twice, not a weekday counted from the day of writing beside a day."""
    kept: list[DateMention] = []
    for m in found:
        before = kept[-1] if kept else None
        if before is not None and before.kind == "weekday" and not before.shift and m.weekday is None \
                and not m.modifier and not m.until and m.kind in ("day", "monthday") \
                and _WEEKDAY_DAY_GAP.fullmatch(text, before.end, m.start):
            kept[-1] = replace(m, start=before.start, text=text[before.start:m.end], weekday=before.weekday,
                               kind="day" if m.kind == "day" else "weekday_day")
            continue
        kept.append(m)
    return kept


# How far before a weekday the words for the night before it are sought ('in der Nacht zum ').
NIGHT_BEFORE_REACH = 24


def _nights_before(text: str, found: list[DateMention], grammar: DateGrammar) -> list[DateMention]:
    """found, a weekday right after the words for the night before it ('In der Nacht zum Sonntag',
    'natten till söndag', 'in the early hours of Sunday'; lexicon night_before) marked 'night': the
    evening before it and that day (see resolve), not that day alone."""
    if grammar.night_before is None:
        return found
    return [replace(m, start=night.start(), text=text[night.start():m.end], modifier="night")
            if m.kind == "weekday" and not m.modifier and (night := grammar.night_before.search(
                text, max(0, m.start - NIGHT_BEFORE_REACH), m.start)) is not None else m for m in found]


# How far before a day and month the word for 'last' is sought ('el pasado', 'am vergangenen').
LAST_BEFORE_DAY_REACH = 24


def _days_told_last(text: str, found: list[DateMention], grammar: DateGrammar) -> list[DateMention]:
    """A day and month written without a year, the word for 'last' right before or after it ('El
    pasado 8 de marzo', 'Lo scorso 8 marzo', 'le 8 mars dernier', 'Last March 8'), is the latest
    such day before the day of writing, however far back: marked with the modifier 'last'."""
    if grammar.last_before_day is None and grammar.last_after_day is None:
        return found
    told: list[DateMention] = []
    for mention in found:
        if mention.kind == "day" and mention.year is None and not mention.modifier and (
                grammar.last_before_day is not None and grammar.last_before_day.search(
                    text, max(0, mention.start - LAST_BEFORE_DAY_REACH), mention.start)
                or grammar.last_after_day is not None and grammar.last_after_day.match(text, mention.end)):
            mention = replace(mention, modifier="last")
        told.append(mention)
    return told


# How far back a month the text names gives its month to a day written without one ('En marzo …
# el día 15'), within the paragraph.
MONTH_NAMED_REACH = 300


def _months_named_before(text: str, found: list[DateMention], grammar: DateGrammar) -> list[DateMention]:
    """A day of the month told without its month or a word relating it to the day of writing ('el
    día 15', not 'el pasado día 15') is a day of the month the text named last before it, within
    MONTH_NAMED_REACH characters of its paragraph ('El 8 de marzo … el día 15', 'Las marchas de
    marzo … el día 15'): that month's day, of the year the date gave, if it gave one."""
    read: list[DateMention] = []
    named = None
    for mention in found:
        if mention.kind in ("day", "month") and mention.month:
            named = mention
        elif mention.kind == "monthday" and not mention.modifier:
            start = max(0, mention.start - MONTH_NAMED_REACH, text.rfind("\n\n", 0, mention.start) + 1)
            word = _last_match(grammar.month_word, text[start:mention.start])
            month, year = (named.month, named.year) if named is not None and named.end > start else (None, None)
            if word is not None and (month is None or start + word.start() >= named.end):
                month, year = grammar.months[fold(word.group(0))], None
            if month is not None:
                mention = _valid(replace(mention, kind="day", month=month, year=year)) or mention
        read.append(mention)
    return read


def _weekends_of_days(text: str, found: list[DateMention], grammar: DateGrammar) -> list[DateMention]:
    """A weekend that the day after it says which it is ('the weekend of 9 March', 'le week-end du
    9 mars', 'helgen 9–10 mars') is that day's weekend: the weekend mention is dropped (it would
    be read as the latest one), and the day is marked to widen to its weekend (see resolve)."""
    kept: list[DateMention] = []
    of_the_weekend = False  # the mention before was a weekend this one says which it is
    for k, mention in enumerate(found):
        if of_the_weekend:
            mention, of_the_weekend = replace(mention, modifier="weekend"), False
        following = found[k + 1] if k + 1 < len(found) else None
        if (mention.kind == "weekend" and following is not None and following.kind == "day"
                and not following.modifier
                and grammar.weekend_of.fullmatch(text, mention.end, following.start) is not None):
            of_the_weekend = True
            continue
        kept.append(mention)
    return kept


# What may stand between a weekday and the week that says which it is: 'Saturday next week',
# 'samedi de la semaine prochaine', 'volgende week zaterdag' (two short words at most, none that
# joins two things: 'on Saturday and next week').
_WEEKDAY_WEEK_GAP = re.compile(r"\s+(?:([^\W\d_]{1,5})\s+)?(?:([^\W\d_]{1,5})\s+)?")
_WEEKS_OF_WEEKDAYS = frozenset({"next", "last", "this"})


def _weekdays_of_weeks(text: str, found: list[DateMention], lexicon: Lexicon) -> list[DateMention]:
    """A weekday and the next, last or this week right beside it ('Saturday next week', 'am Samstag
    nächster Woche', 'samedi de la semaine prochaine', 'volgende week zaterdag') are one mention:
    that week's day (kind week, with the weekday), not the nearest such weekday and a week. Words
    that join two things (lexicon range_joiners, list_joiners) keep them apart."""
    kept: list[DateMention] = []
    k = 0
    while k < len(found):
        mention = found[k]
        following = found[k + 1] if k + 1 < len(found) else None
        if following is not None and {mention.kind, following.kind} == {"weekday", "week"}:
            weekday, week = (mention, following) if mention.kind == "weekday" else (following, mention)
            gap = _WEEKDAY_WEEK_GAP.fullmatch(text, mention.end, following.start)
            if week.modifier in _WEEKS_OF_WEEKDAYS and not weekday.modifier and gap is not None and not any(
                    word and word.lower() in _joiners(lexicon) for word in gap.groups()):
                kept.append(replace(week, start=mention.start, end=following.end,
                                    text=text[mention.start:following.end], weekday=weekday.weekday))
                k += 2
                continue
        kept.append(mention)
        k += 1
    return kept


@lru_cache(maxsize=32)
def _attributive(lexicon: Lexicon) -> tuple[str, ...]:
    """The endings that make a day's word the adjective of the noun after it ("'s", 'ens'; lexicon
    attributive), lower-cased."""
    return tuple(e.lower() for e in lexicon.get("time", "attributive"))


@lru_cache(maxsize=32)
def _joiners(lexicon: Lexicon) -> frozenset[str]:
    """The one-word joiners of a lexicon's ranges and lists ('and', 'to', 'or', 'und', 'et')."""
    return frozenset(w.lower() for w in (*lexicon.get("time", "range_joiners"), *lexicon.get("place", "list_joiners"))
                     if " " not in w.strip())


def _a_range(m: re.Match) -> bool:
    """Whether a date pattern's match is a range of days ('12-14 February')."""
    return any(group in m.re.groupindex and m.group(group) for group in ("first", "last"))


# An apostrophe's ending run on from a date's last word ("Saturday's").
_RUN_ON = re.compile(r"(?:['’]\w{1,2}(?!\w))?")


def _a_gathering_s_name(text: str, m: re.Match, attributive: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether the month's name a month pattern matched (m) is a gathering's noun (English 'March'
    is also a march): a possessive before it ("the Women's March 2019"), or a word that opens a
    gathering's name and a capitalised word after it ('the last March for Life'; lexicon
    [gathering] name_links)."""
    start = m.start("mon") if m.group("mon") else m.start()
    word = WORD.match(text, start)
    if word is None or lexicon.gathering.fullmatch(word.group()) is None:
        return False
    if attributive and text[max(0, m.start() - 8):m.start()].rstrip().lower().endswith(attributive):
        return True
    links = lexicon.get("gathering", "name_links")
    following = _NAME_AFTER.match(text, word.end())
    return bool(links) and following is not None and following.group(1).lower() in links


# The word right before and the word right after a word, on its line (a name's other part).
_WORD_JUST_BEFORE = re.compile(r"([^\W\d_]+)[ \t]$")
_WORD_JUST_AFTER = re.compile(r"[ \t]([^\W\d_]{2,})")


def _part_of_a_name(text: str, start: int, end: int) -> bool:
    """Whether the one word text[start:end], in a language that writes its weekdays in lower
    case, is a weekday's name written with a capital beside another capitalised word: part of a
    name ('Santo Domingo', 'Plácido Domingo', 'Viernes Santo'). At a sentence's start a capital
    says nothing: a word before it ends with a mark, and the one after is in lower case or a number."""
    if not text[start].isupper() or not text[start:end].isalpha():
        return False
    before = _WORD_JUST_BEFORE.search(text, max(0, start - 40), start)
    after = _WORD_JUST_AFTER.match(text, end)
    return any(word is not None and word.group(1)[0].isupper() for word in (before, after))


def _in_a_longer_name(text: str, start: int) -> bool:
    """Whether a named day at start is the end of another day's longer name: a capitalised word
    stands right before it, not the first of its sentence nor a possessive ('a Holocaust
    Remembrance Day vigil' is not 11 November; 'Labour's May Day rally', 'Last May Day' are May
    Day)."""
    word = _WORD_JUST_BEFORE.search(text, max(0, start - 40), start)
    if word is None or not word.group(1)[0].isupper():
        return False
    before = text[max(0, word.start() - 3):word.start()].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?\n\"“«„'‘(—–-:"


# The word right after a span, spaces or tabs between.
_WORD_JUST_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")


def _of_another_calendar(text: str, start: int, end: int, other_calendars: frozenset[str]) -> bool:
    """Whether the named day at start..end belongs to another calendar: a word of other_calendars
    stands right before or right after it ('il loro capodanno', 'la Fête nationale kurde')."""
    if not other_calendars:
        return False
    before = _WORD_JUST_BEFORE.search(text, max(0, start - 40), start)
    after = _WORD_JUST_AFTER.match(text, end)
    return any(word is not None and fold(word.group(1)) in other_calendars for word in (before, after))


# A short word and a capitalised one after a gathering's noun: 'for Life', 'on Washington'.
_NAME_AFTER = re.compile(r"\s+([^\W\d_]{2,8})\s+[A-Z]")


def _qualifies_a_noun(text: str, end: int, attributive: tuple[str, ...]) -> bool:
    """Whether the word a date expression ends in, at end, is the adjective of the noun after it:
    it ends, or runs on, with one of the language's attributive endings ('lørdagens
    demonstration', "Saturday's march"). Such a day is the noun's event's own, whatever bound
    stands before it ('til lørdagens demonstration': to Saturday's demonstration)."""
    word_end = _RUN_ON.match(text, end).end()
    return text[max(0, word_end - 8):word_end].lower().endswith(attributive)


# How far before a date a square's or street's noun is sought ('Avenida 5 de Outubro').
LANDMARK_REACH = 40
_TWO_WORDS_BEFORE = re.compile(r"(?:([^\W\d_]+)[ \t]+)?([^\W\d_]+)[ \t]+$")


def _names_a_landmark(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a date that opens with its day, at end, is the name of the square or street the
    words before it give ('Platz des 18. März', 'place du 8 mai', 'Avenida 5 de Outubro'): a
    noun of the lexicon's landmark_nouns joined to it by one of its landmark_links, or written
    right before it with a capital ('in piazza 25 aprile' is a day on a square)."""
    words = _TWO_WORDS_BEFORE.search(text, start, end)
    if words is None:
        return False
    noun, last = words.group(1), words.group(2)
    if last.lower() in lexicon.landmark_links:
        return noun is not None and fold(noun) in lexicon.landmark_nouns
    return last[0].isupper() and fold(last) in lexicon.landmark_nouns


# A word run on from an address or a handle ('immigrant.today', '@today'): no date of the text.
_IN_A_TOKEN = re.compile(r"[^\s([{\"'“‘«„]+[./@]$")


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, disjoint spans taken: only its neighbours
    can (an article with thousands of dates would make a scan of them all quadratic)."""
    k = bisect.bisect_left(taken, (start, end))
    return (k < len(taken) and taken[k][0] < end) or (k > 0 and taken[k - 1][1] > start)


_NEEDS_DIGIT = frozenset({"iso", "numeric", "paren", "figures", "md", "dm", "monthday"})
_DIGITS = re.compile(r"\d+")
# How far an expression with a number reaches before and after it ('around Wednesday, September 17').
_BEFORE_NUMBER, _AFTER_NUMBER = 48, 24


# How far an expression reaches before and after the word it needs ('earlier this Saturday', 'in
# early March, 2020').
_BEFORE_WORD, _AFTER_WORD = 48, 32


def _digit_windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of text[start:end] near a number, merged where they overlap."""
    windows: list[tuple[int, int]] = []
    for m in _DIGITS.finditer(text, start, end):
        low, high = max(start, m.start() - _BEFORE_NUMBER), min(end, m.end() + _AFTER_NUMBER)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], high)
        else:
            windows.append((low, high))
    return windows


def _mention(kind: str, m: re.Match, grammar: DateGrammar) -> DateMention | None:
    g = m.groupdict()
    text = m.group(0)
    weekday = grammar.weekdays[fold(g["wd"])] if g.get("wd") else (
        grammar.short_weekdays[fold(g["wds"])] if g.get("wds") else None)
    if kind == "iso":
        return _valid(DateMention(m.start(), m.end(), text, "day", int(g["y"]), int(g["m"]), int(g["d"])))
    if kind == "roman":
        return _valid(DateMention(m.start(), m.end(), text, "day", int(g["y"]), _ROMAN_MONTHS[g["m"]], int(g["d"])))
    if kind == "numeric":
        if g["yy"] and (g["b2"] or g["b1"] and grammar.month_first):
            return None  # '12-03-45', and in English '1.2.24': a number or a version as often as a date
        a, b = int(g["a"]), int(g["b"] or g["b1"] or g["b2"])
        year = int(g["y"]) if g["y"] else full_year(int(g["yy"]))
        # only slashes follow a month-first custom: '12-07-2020' and '12.07.2020' are written day
        # first where English is (India, Britain, Africa), as the byline reader reads them too
        usual = grammar.month_first and bool(g["b"])
        month, day = (a, b) if _month_first(a, b, year, weekday, usual) else (b, a)
        return _valid(DateMention(m.start(), m.end(), text, "day", year, month, day, weekday))
    if kind == "figures" and grammar.month_first:
        a, b = int(g["a"]), int(g["b"])
        if (a > 12) == (b > 12):
            return None  # 'Tuesday 4/5': April 5 or 4 May, as the page's custom is; nothing says which
        month, day = (b, a) if a > 12 else (a, b)
        return _valid(DateMention(m.start(), m.end(), text, "day", None, month, day, weekday))
    if kind in ("paren", "figures"):
        return _valid(DateMention(m.start(), m.end(), text, "day", None, int(g["b"] or g["b1"]), int(g["a"]), weekday))
    if kind == "spelled":
        day = grammar.spelled_days.get(" ".join(fold(g["dayw"]).split()))
        year = int(g["year"]) if g.get("year") else None
        return _valid(DateMention(m.start(), m.end(), text, "day", year, grammar.months[fold(g["mon"])], day, weekday,
                                  "around" if g.get("approx") else "")) if day else None
    if kind in ("md", "dm"):
        month = grammar.months[fold(g["mon"])]
        year = int(g["year"]) if g.get("year") else None
        modifier = "around" if g.get("approx") else ""
        start, day, until = m.start(), int(g["day"]), 0
        if g.get("first") or g.get("last"):  # a range of days: it starts on its first
            first, last = (int(g["first"]), day) if g.get("first") else (day, int(g["last"]))
            if first < last:
                day, until, weekday = first, last, None  # a range's weekday is no one day's
            elif g.get("first"):  # 'cerca de 30 a 15 de fevereiro': a count, then the day
                start, text = m.start("day"), text[m.start("day") - m.start():]
        return _valid(DateMention(start, m.end(), text, "day", year, month, day, weekday, modifier, until=until))
    if kind == "month":
        name = g.get("mon") or g.get("mon2")
        if name is None:
            return None
        year = g.get("year") or g.get("year2")
        part = fold(g.get("part") or "")
        modifier = grammar.modifiers.get(part, "") if part else ""
        if g.get("mmod"):
            modifier = _MONTH_RELATIONS.get(grammar.modifiers.get(fold(g["mmod"]), ""), "")
        first = grammar.months[fold(name)]
        until = grammar.months[fold(g["until"])] if g.get("until") else 0
        return DateMention(m.start(), m.end(), text, "month", int(year) if year else None, first,
                           modifier=modifier, until=until if until != first else 0)
    if kind == "relmonth":
        modifier = grammar.relative_months.get(" ".join(fold(g["phrase"]).split()))
        if modifier is None:
            return None
        part = grammar.modifiers.get(fold(g.get("part") or ""), "")
        return DateMention(m.start(), m.end(), text, "relmonth", modifier=modifier,
                           part=part if part in ("early", "mid", "late") else "")
    if kind in ("weekend", "week"):
        mod = fold(g.get("mod") or "")
        after = fold(g.get("after") or "")
        modifier = grammar.modifiers.get(after) or grammar.modifiers.get(mod) or ("the" if mod else "")
        if not modifier and not after and not mod:
            return None  # 'weekend rallies', 'a week': no time given
        if modifier in _COUNTED_FROM_BEFORE:  # 'the following weekend': from the date before it
            return DateMention(m.start(), m.end(), text, "later", modifier=kind, shift=_COUNTED_FROM_BEFORE[modifier])
        return DateMention(m.start(), m.end(), text, kind, modifier="earlier this" if modifier == "early" else modifier)
    if kind == "weekday_day":
        day = int(g["day"])
        if not 1 <= day <= 31:
            return None
        return DateMention(m.start(), m.end(), text, "weekday_day", day=day, weekday=weekday)
    if kind == "monthday":
        day = int(g["day"])
        if not 1 <= day <= 31:
            return None
        return DateMention(m.start(), m.end(), text, "monthday", day=day,
                           modifier=grammar.modifiers.get(fold(g.get("mod") or ""), ""))
    if kind == "weekday":
        mod = fold(g.get("mod") or "")
        after = fold(g.get("after") or "")
        modifier = grammar.modifiers.get(after) or grammar.modifiers.get(mod, "")
        # a definite form, or a compound whose last part is one ('lördageftermiddagen'), names the
        # day the story is about, whatever the prefix
        if modifier == "next" and not after and (
                fold(g["wd"]) in grammar.definite
                or (tail := WORD.match(text, m.end("wd") - m.start())) is not None
                and fold(tail.group(0)) in grammar.definite):
            modifier = ""
        if modifier in _COUNTED_FROM_BEFORE:  # counted from the date before it, as 'a day later' is
            return DateMention(m.start(), m.end(), text, "later", weekday=weekday, shift=_COUNTED_FROM_BEFORE[modifier])
        return DateMention(m.start(), m.end(), text, "weekday", weekday=weekday, modifier=modifier)
    if kind == "named":
        found = grammar.named_days.get(named_key(g["name"]))
        if found is None or _in_a_longer_name(m.string, m.start()) or _of_another_calendar(
                m.string, m.start(), m.start() + len(g["name"]), grammar.other_calendars):
            return None
        year = int(g["year"]) if g.get("year") else None
        return _valid(DateMention(m.start(), m.end(), text, "day", year, found[0], found[1]))
    if kind == "ago":
        found = _counted_entry(text, grammar.ago, grammar.small_numbers)
        if found is None:
            return None
        (unit, spread, fewest, most), count = found
        if count is not None:
            fewest = most = count
        if not most:
            return None
        return DateMention(m.start(), m.end(), text, "relative", modifier="ago", shift=-unit * (fewest + most) // 2,
                           spread=spread + unit * (most - fewest) // 2)
    if kind == "later":
        found = _counted_entry(text, grammar.later, grammar.small_numbers)
        if found is None:
            return None
        step, count = found
        return DateMention(m.start(), m.end(), text, "later", shift=step * (1 if count is None else count))
    if kind == "relative":
        word = fold(g["word"])
        modifier = "yesterday" if word in grammar.yesterday else "tomorrow" if word in grammar.tomorrow else "today"
        return DateMention(m.start(), m.end(), text, "relative", modifier=modifier)
    return DateMention(m.start(), m.end(), text, "sameday")


# Modifiers that count a weekday, weekend or week from the date before it, and which way (kind
# later's shift): 'the following Saturday' the first after, 'the previous Saturday' the last
# before, 'an jenem Samstag' that date's own.
_COUNTED_FROM_BEFORE = {"following": 1, "preceding": -1, "that": 0}


def _counted_pattern(phrases: list[str], small: list[str], hedges: list[str] = ()) -> str:
    """A pattern matching any of phrases, '{n}' in one standing for a count in figures or words
    (small: the language's small numbers in words): 'two weeks ago', 'drei Tage später'; a count
    inside a phrase may follow one of hedges ('près de': 'il y a près de deux semaines')."""
    count = r"(?:[1-9]\d?|" + _alternation(small) + ")"
    hedged = r"(?:" + _alternation(hedges) + r"\s+)?" + count if hedges else count
    # The alternatives are tried one by one, so only where a phrase can begin: at a word's start,
    # through a trie of the first words' letters (a count: a figure or a number's word).
    firsts = {w.lower() for phrase in phrases for w in phrase.split()[:1]}
    heads = (firsts - {"{n}"}) | ({*(w.lower() for w in small), *"123456789"} if "{n}" in firsts else set())
    return r"(?<!\w)(?i:(?=" + prefix_trie(heads) + ")(?:" + "|".join(
        r"\s+".join((hedged if k else count) if w == "{n}" else re.escape(w) for k, w in enumerate(phrase.split()))
        for phrase in phrases) + r"))(?!\w)"


def _counted_entry(text: str, table: dict, small_numbers: dict[str, int]):
    """What table holds for a phrase _counted_pattern matched, and the count written in it: the
    phrase itself with no count ('a week ago', None; 'il y a quinze jours', a fortnight, before
    'il y a {n} jours'), else the entry with '{n}' for its first count ('two weeks ago' -> '{n}
    weeks ago', 2), a hedge before the count left out ('il y a près de deux semaines' -> 'il y a
    {n} semaines', 2); None when table has neither."""
    words = [w if w.isdigit() else fold(w) for w in text.lower().split()]
    if (entry := table.get(" ".join(words))) is not None:
        return entry, None
    count = next(((k, int(w) if w.isdigit() else small_numbers[w]) for k, w in enumerate(words)
                  if w.isdigit() or w in small_numbers), None)
    if count is None:
        return None
    k, number = count
    for hedge in range(min(k, MAX_HEDGE_WORDS) + 1):
        if (entry := table.get(" ".join([*words[:k - hedge], "{n}", *words[k + 1:]]))) is not None:
            return entry, number
    return None


# The most words a hedge before a count has ('pas loin de', 'nicht weniger als').
MAX_HEDGE_WORDS = 3


def _month_first(a: int, b: int, year: int, weekday: int | None, usual: bool | None) -> bool | None:
    """Whether a numeric date 'a/b/year' writes the month first: as a number over 12 or the written
    weekday says ('20/03/2024', 'Friday 06/07/2024'); else None if usual is None (the order is not
    known), or the language's usual order."""
    if a > 12 or b > 12:
        return b > 12 and a <= 12
    if weekday is not None:
        as_written = _weekday_of(year, a, b) == weekday, _weekday_of(year, b, a) == weekday
        if as_written[0] != as_written[1]:
            return as_written[0]
    return usual


def _page_order(found: list[DateMention], grammar: DateGrammar) -> list[DateMention]:
    """The numeric dates whose order nothing fixed, read in the order the page's other numeric
    dates show when they all show the same one: a page that writes '03/20/2024' writes '06/07/2024'
    month first, whatever its language's custom."""
    numeric = []  # (index in found, the order its numbers or weekday fix, or None)
    for k, mention in enumerate(found):
        parts = _NUMERIC_PARTS.search(mention.text) if mention.kind == "day" and mention.year else None
        if parts is not None:
            a, b = int(parts.group(1)), int(parts.group(2))
            numeric.append((k, a, b, _month_first(a, b, mention.year, mention.weekday, None)))
    shown = {order for *_, order in numeric if order is not None}
    if len(shown) != 1:
        return found
    for k, a, b, order in numeric:
        mention = found[k]
        if order is None and a != b and ((mention.month, mention.day) == (a, b)) not in shown:
            found[k] = _valid(replace(mention, month=mention.day, day=mention.month)) or mention
    return found


# The two numbers of a numeric date's text ('Friday 06/07/2024' -> 06, 07).
_NUMERIC_PARTS = re.compile(r"(?<![\d/.-])([0-3]?\d)[./-]([0-3]?\d)[./-](?:19|20)\d\d$")


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


def _day_month(mention: DateMention) -> str:
    """A day mention's day and month in words: '21 June', '19 to 21 June'."""
    days = f"{mention.day} to {mention.until}" if mention.until else str(mention.day)
    return f"{days} {calendar.month_name[mention.month]}"


def _valid(mention: DateMention) -> DateMention | None:
    """Drop impossible days ('February 31') and years before FIRST_DAY_YEAR or after YEAR_RANGE."""
    if mention.year is not None and not FIRST_DAY_YEAR <= mention.year <= YEAR_RANGE[1]:
        return None
    if mention.month is not None and not 1 <= mention.month <= 12:
        return None  # '30/30/2020': no month, and calendar.monthrange would raise
    year = mention.year or 2000  # a leap year, so that 29 February passes without a year
    # ('0 May 2010' is no day: 0 is not 'no day given')
    if not 1 <= (1 if mention.day is None else mention.day) <= calendar.monthrange(year, mention.month)[1] or \
            mention.until > calendar.monthrange(year, mention.month)[1]:
        return None
    return mention


def _weekend_before(day: date) -> tuple[date, date]:
    """The Saturday and Sunday of the latest weekend that has begun by `day` (clipped to it)."""
    if day.weekday() == 5:
        return day, day
    if day.weekday() == 6:
        return day - timedelta(days=1), day
    saturday = day - timedelta(days=day.weekday() + 2)
    return saturday, saturday + timedelta(days=1)


def _nearest_year(month: int, day: int, around: date, weekday: int | None = None,
                  not_after: date | None = None, not_before: date | None = None) -> date | None:
    """The month/day in the year (of the three around `around`) that puts it nearest `around`,
    within the bounds, and on `weekday` when one is given; None when none is."""
    best: date | None = None
    for year in range(around.year - 1, around.year + 2):  # never a year further off: NEAR_DAYS
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if weekday is not None and candidate.weekday() != weekday:
            continue
        if not_after is not None and candidate > not_after:
            continue
        if not_before is not None and candidate < not_before:
            continue
        if best is None or abs((candidate - around).days) < abs((best - around).days):
            best = candidate
    return best


# Why a day-month without a year is left without one.
_NO_YEAR = "no publication date, and no year in the text or its address that fixes it"


def _days(count: int) -> str:
    """'1 day', '3 days'."""
    return f"{count} day" if count == 1 else f"{count} days"


def _day_without_year(mention: DateMention, reference: Reference | None, scheduled: bool,
                      anchor: date | None) -> tuple[date | None, str]:
    """The day a day-month without a year ('Saturday, June 30', 'on 12 May') denotes: the
    candidate in the years around the reference that every piece of evidence allows, and why;
    None with the reason when nothing fixes the year.

    The evidence, strongest first: a written weekday (only years in which the day falls on it);
    the reference (a publication day or month: a report is on or before it, an announcement on or
    after it; a year the text names; the latest date the article gives, or an earlier explicit
    date, anchor: the nearest year); never a year further than NEAR_DAYS from it, nor an
    announcement more than ANNOUNCED_DAYS ahead. Where the weekday and the tense disagree, the
    weekday wins and the reason says so; where no year near the reference puts the day on its
    weekday, the day within SLIP_DAYS of a publication day or month is returned off its weekday (a
    slip of the pen, which resolve spans); further off, the year is not known: the page's date is
    another time's (a story reposted months later)."""
    about = f"'{mention.text.strip()}'"
    weekday = mention.weekday
    on = f" (a {calendar.day_name[weekday]})" if weekday is not None else ""
    kind = reference.kind if reference is not None else None
    if kind == "year":
        try:
            day = date(reference.day.year, mention.month, mention.day)
        except ValueError:
            return None, f"{about}: not a day of {reference.day.year}"
        if weekday is not None and day.weekday() != weekday:
            return None, (f"{about}: {day:%d %B} {day.year} ({reference.reason}) is a {day:%A}, not a "
                          f"{calendar.day_name[weekday]}; the year is not known")
        return day, f"{about}, the year {day.year} ({reference.reason})"
    if kind in ("published", "month"):
        base, low, high = reference.day, (reference.month_start if kind == "month" else reference.day), reference.day
        source = "publication date" if kind == "published" else "month of publication"
    elif reference is not None or anchor is not None:
        base, low, high = (anchor or reference.day), None, None
        source = "latest date the article gave before it" if anchor else "date the article mentions"
    else:
        return None, f"{about}: {_day_month(mention)}{on}, year not given ({_NO_YEAR})"
    candidates = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            candidate = date(year, mention.month, mention.day)
        except ValueError:  # 29 February of a common year
            continue
        if abs((candidate - base).days) <= NEAR_DAYS:
            candidates.append(candidate)
    on_weekday = [c for c in candidates if weekday is None or c.weekday() == weekday]
    # a year after publication (or after a date the article gives, on or after which it was
    # written) is an announcement, and an announcement is not a year ahead
    on_weekday = [c for c in on_weekday if c <= (high or base) + timedelta(days=ANNOUNCED_DAYS)]
    if not on_weekday and weekday is not None and candidates:
        slipped = [c for c in candidates if low is not None and not reference.bound
                   and low - timedelta(days=SLIP_DAYS) <= c <= high + timedelta(days=SLIP_DAYS)
                   and (c >= low - timedelta(days=1) if scheduled else c <= high)]
        if slipped:
            # the day within weeks of its page's date, on the side its tense tells, on another
            # weekday: a slip of the pen, which resolve spans with the weekday's nearest day
            return slipped[0], (f"{about}, the day by the {source} {base.isoformat()}; no year near it puts "
                                f"it on a {calendar.day_name[weekday]}")
        # further off, a weekday no year near the reference puts the day on says the reference's
        # year is not the day's: 'sábado (02/10)' under a 2025 banner, 'domingo 11 de julio' in a
        # story reposted months later, a day near an update's date that stands alone
        return None, (f"{about}: {_day_month(mention)}{on}, year not given (no year "
                      f"near the {source} {base.isoformat()} puts it on a {calendar.day_name[weekday]})")
    if not on_weekday:
        return None, f"{about}: no such day near the {source} {base.isoformat()}"
    if low is None:
        day = min(on_weekday, key=lambda c: (abs((c - base).days), c))
        why = "" if anchor else f" ({reference.reason})"
        return day, f"{about}, the year nearest the {source} {base.isoformat()}{why}"
    reported = [c for c in on_weekday if c <= high]
    announced = [c for c in on_weekday if low - timedelta(days=1) <= c <= high + timedelta(days=ANNOUNCED_DAYS)]
    if scheduled and announced:
        return min(announced), f"{about}, announced: the first such day from the {source} {base.isoformat()}"
    if not scheduled and reported:
        soon = [c for c in on_weekday if high < c <= high + timedelta(days=SOON_DAYS)]
        if soon and weekday is None:
            return None, (f"{about}: {_day_month(mention)}, year not given: the "
                          f"tense says {max(reported).year}, yet in {soon[0].year} it is only "
                          f"{_days((soon[0] - high).days)} after the {source} {base.isoformat()}")
        latest = max(reported)
        if weekday is None and latest.year < high.year and (high - latest).days > LAST_YEAR_DAYS and \
                mention.modifier != "last":
            return None, (f"{about}: {_day_month(mention)}, year not given: the latest such day by the "
                          f"{source} {base.isoformat()} is {_days((high - latest).days)} before it, in "
                          f"the year before, and the text names no year")
        return latest, f"{about}, the latest such day by the {source} {base.isoformat()}"
    # The tense (a guess from the sentence's verbs) gives way to the weekday (written) and to
    # nearness (an announcement is not a year ahead) within weeks of the page's date; months off,
    # they disagree, and neither is the rally's year
    day = min(on_weekday, key=lambda c: abs((c - base).days))
    side = "after" if day > high else "before"
    if not low - timedelta(days=SLIP_DAYS) <= day <= high + timedelta(days=SLIP_DAYS):
        told = "to come" if scheduled else "past"
        return None, (f"{about}: {_day_month(mention)}{on}, year not given: told as {told}, yet the "
                      f"nearest such day{' on its weekday' if weekday is not None else ''} is "
                      f"{_days(abs((day - base).days))} {side} the {source} {base.isoformat()}")
    which = f"the year in which it is a {day:%A}" if weekday is not None else "the nearest year"
    return day, f"{about}, {which}: {side} the {source} {base.isoformat()}"


# How many days after the date a weekday is read against the latest date an undated page gives
# may lie for the weekday to be read against either (further on, that date is another time's, a
# banner's or a later event's, and the story told is the one the date before the weekday opens).
LATER_ANCHOR_DAYS = 7


# The modifiers that tell a time before the day of writing ('last Friday', 'earlier this week',
# 'two days ago', 'yesterday'): never one to come.
TOLD_BACK = frozenset({"last", "before last", "the past", "this past", "earlier this", "ago", "yesterday"})


def resolve(mention: DateMention, reference: Reference | None, scheduled: bool = False,
            anchor: date | None = None) -> DateInterval | None:
    """The interval a date expression denotes, or None when it cannot be placed honestly.

    reference: what the article's relative expressions are read against (None: only dates that
    carry their own year resolve). anchor: the latest explicit date the article gave before this
    expression; weekdays are read against it when there is no publication date ('On October 1 ...
    On Friday' is the Friday before October 1), except one told with 'this', 'last' or 'next',
    which counts from the day of writing, unless the page gives its month. scheduled: the sentence announces a future event,
    so the interval may lie after the publication date.
    """
    if mention.modifier == "night":
        # 'in der Nacht zum Sonntag': the weekday as read alone, and the evening before it
        day = resolve(replace(mention, modifier=""), reference, scheduled, anchor)
        if day is None or day.start is None:
            return day
        return DateInterval(day.start - timedelta(days=1), day.end, "approximate",
                            f"{day.reason}, and the night before it", day.scheduled)
    published = reference is not None and reference.kind in ("published", "month")
    ref_day = reference.day if reference is not None else None
    about = f"'{mention.text.strip()}'"
    if mention.modifier in TOLD_BACK:
        scheduled = False  # 'last Wednesday', 'i onsdags': before the day of writing, whatever its clause announces
    if mention.kind == "relmonth":
        return _relative_month(mention, reference, scheduled) if published else None
    if mention.kind == "weekday_day":
        return _weekday_and_day(mention, reference, scheduled, anchor)
    if mention.kind == "monthday":
        return _day_of_the_month(mention, reference, scheduled)
    # 'On 8 March … on Friday' may count from the date before it; 'this Saturday', 'last Friday'
    # count from the day of writing, which only a page's month bounds, whatever the story told before
    anchorable = mention.kind == "weekday" and anchor is not None and (
        not mention.modifier or (reference is not None and reference.kind == "month"))
    if reference is not None and reference.kind == "month" and mention.spread:
        # 'two weeks ago' in a page that gives only its month: as far back from any day of it
        lo = reference.month_start + timedelta(days=mention.shift - mention.spread)
        hi = reference.day + timedelta(days=mention.shift + mention.spread)
        return DateInterval(lo, hi, "approximate", f"{about} from a day of the month of publication "
                            f"({reference.reason})", scheduled)
    if reference is not None and reference.kind == "month" and mention.kind in RELATIVE_KINDS and not anchorable:
        return _on_some_day_of_the_month(mention, reference, scheduled)

    if mention.kind == "day":
        if mention.year is not None:
            day, reason = date(mention.year, mention.month, mention.day), about
        else:
            day, reason = _day_without_year(mention, reference, scheduled, anchor)
            if day is None:
                return DateInterval(None, None, YEAR_UNKNOWN, reason, scheduled, mention.weekday)
            if day > (reference.day if reference is not None and reference.kind == "published" else day):
                scheduled = True  # a weekday or a year that puts it after publication: announced
        if mention.weekday is not None and day.weekday() != mention.weekday:
            # 'Saturday, March 16, 2023' (a Thursday: a year without one is read only on its
            # weekday): the day and the weekday disagree, and the span from the one to the
            # weekday's nearest day holds both
            ahead = (mention.weekday - day.weekday()) % 7
            other = day + timedelta(days=ahead) if ahead <= 3 else day - timedelta(days=7 - ahead)
            first, last = min(day, other), max(day, other)
            return DateInterval(first, last, "approximate", f"{reason}: the day and its weekday disagree, "
                                f"and the span from {first.isoformat()} to {last.isoformat()} holds both", scheduled)
        if mention.modifier == "around":
            return DateInterval(day - timedelta(days=2), day + timedelta(days=2), "approximate",
                                reason + ", give or take two days", scheduled)
        if mention.modifier == "weekend" and not mention.until and day.weekday() >= 4:
            # 'the weekend of 9 March': the Friday's weekend runs to the Sunday, a Saturday's or
            # Sunday's is the two days
            first = day - timedelta(days=1) if day.weekday() == 6 else day
            last = first + timedelta(days=2 if first.weekday() == 4 else 1)
            return DateInterval(first, last, "weekend" if first.weekday() == 5 else "range",
                                f"{reason}: the weekend it falls in", scheduled)
        if mention.until:
            weekend = day.weekday() == 5 and mention.until == day.day + 1
            # '24-29 February' of a common year ends with the month
            last = min(mention.until, calendar.monthrange(day.year, day.month)[1])
            return DateInterval(day, day.replace(day=last), "weekend" if weekend else "range",
                                f"{reason}: the range of days it gives", scheduled)
        return DateInterval(day, day, "day", reason, scheduled)

    if mention.kind == "month":
        base = ref_day or anchor
        if mention.year is not None:
            year = mention.year
        elif reference is not None and reference.kind == "year":
            year = reference.day.year
        elif base is not None and mention.modifier in ("last", "this", "next"):
            # 'last March' before the month of writing, 'next March' after it, 'this March' in its year
            year = base.year + {"last": -1 if mention.month >= base.month else 0, "this": 0,
                                "next": 1 if mention.month <= base.month else 0}[mention.modifier]
        elif base is not None:
            first = _nearest_year(mention.month, 1, base, not_after=base if published and not scheduled else None)
            if first is None:
                return None
            year = first.year
        else:
            months = calendar.month_name[mention.month] + (
                f" and {calendar.month_name[mention.until]}" if mention.until else "")
            return DateInterval(None, None, YEAR_UNKNOWN, f"{about}: {months}, year not given ({_NO_YEAR})", scheduled)
        if mention.until:  # 'in March and April': from the first's first day to the last's last
            first, until, last_year = min(mention.month, mention.until), max(mention.month, mention.until), year
            if (mention.month, mention.until) == (12, 1):  # 'in December and January': into the next year
                first, until, last_year = 12, 1, year + 1
            return DateInterval(date(year, first, 1), date(last_year, until, calendar.monthrange(last_year, until)[1]),
                                "approximate", about, scheduled)
        last = calendar.monthrange(year, mention.month)[1]
        lo, hi = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}.get(mention.modifier, (1, last))
        precision = "approximate" if mention.modifier in ("early", "mid", "late") else "month"
        return DateInterval(date(year, mention.month, lo), date(year, mention.month, hi), precision,
                            about, scheduled)

    # A weekday after an explicit date is read against that date when the day of writing is not
    # known ('On 8 March … on Friday afternoon' in a page dated only by its month)
    anchored = anchorable and (not published or reference.kind == "month")
    base = anchor if anchored else ref_day
    if base is None or not (published or anchored):
        # 'on Saturday', 'last week', 'today' count from the day of writing; without a publication
        # date, the latest date the article gives is only the earliest day it can have been
        # written, and the article may have been written long after: no day is honest. A page
        # that gives only its year was written in it: some day of that year, and no day the
        # text gave before is it ('On 12 April … This Sunday, …')
        return reference.some_day_of_the_year(f"{about} in the year of the page ({reference.reason}); "
                                              "its day is not known", scheduled) \
            if reference is not None and reference.kind == "year" else None
    base_reason = "latest date the article gave before it" if anchored else "publication date"

    if mention.modifier == "before last" and mention.kind in ("weekday", "weekend", "week"):
        # 'the Saturday before last', 'vorletzte Woche', 'la semana antepasada': a week before the last one
        last = resolve(replace(mention, modifier="last"), reference, False, anchor)
        if last is None or last.start is None:
            return last
        week = timedelta(days=7)
        return DateInterval(last.start - week, last.end - week, last.precision,
                            f"{about}: a week before the last one, by the {base_reason} {base.isoformat()}")

    if mention.kind == "weekday":
        offset = (base.weekday() - mention.weekday) % 7
        if scheduled or mention.modifier == "next":
            ahead = (mention.weekday - base.weekday()) % 7
            if mention.modifier == "next" and ahead == 0:
                ahead = 7
            day = base + timedelta(days=ahead)
        else:
            if mention.modifier == "last" and offset == 0:
                offset = 7
            day = base - timedelta(days=offset)
            if not anchored and not reference.firm and not mention.modifier and offset >= UPDATED_WEEKDAY_DAYS:
                # 'on Sunday' in a page whose address says Saturday: the Sunday six days before,
                # or the next day's, told by the page updated since
                after = base + timedelta(days=7 - offset)
                return DateInterval(day, after, "approximate",
                                    f"{about}: the {calendar.day_name[mention.weekday]} before the publication date "
                                    f"{base.isoformat()} ({reference.reason}, the first version's, which a page "
                                    f"updated later keeps) or the one after it", scheduled)
        if reference is not None and reference.kind == "month" and not reference.month_start <= day <= reference.day:
            # the date it was read against lies in another month than the page's: as if none were
            return _on_some_day_of_the_month(mention, reference, scheduled)
        if anchored and not published and reference is not None and reference.kind == "inferred" \
                and base < reference.day <= base + timedelta(days=LATER_ANCHOR_DAYS) \
                and not (scheduled or mention.modifier):
            # an undated page that gives a date some days later than the one before the weekday (a
            # caption of the next days) was written that late: the weekday may be read against either
            latest = reference.day - timedelta(days=(reference.day.weekday() - mention.weekday) % 7)
            if latest > day:
                return DateInterval(day, latest, "approximate", f"{about}: the {calendar.day_name[mention.weekday]} "
                                    f"before the {base_reason} {base.isoformat()}, or one up to the latest date "
                                    f"the article gives, {reference.day.isoformat()}", scheduled)
        return DateInterval(day, day, "day", f"{about} relative to the {base_reason} {base.isoformat()}", scheduled)

    if mention.kind == "weekend":
        if scheduled or mention.modifier == "next":
            saturday = base + timedelta(days=(5 - base.weekday()) % 7)
            if mention.modifier == "next" and base.weekday() >= 5:
                saturday += timedelta(days=7)
            lo, hi = saturday, saturday + timedelta(days=1)
        else:
            # 'last weekend' said on a Saturday or Sunday is the one before the current weekend
            latest = base - timedelta(days=base.weekday() - 4) if (
                mention.modifier == "last" and base.weekday() >= 5) else base
            lo, hi = _weekend_before(latest)
        ahead = scheduled or mention.modifier == "next"
        return DateInterval(lo, hi, "weekend", f"{about} after the {base_reason} {base.isoformat()}"
                            if ahead else f"{about} before the {base_reason} {base.isoformat()}", scheduled)

    if mention.kind == "week":
        monday = base - timedelta(days=base.weekday())
        if mention.modifier in ("last", "the past"):
            if mention.modifier == "the past":
                lo, hi = base - timedelta(days=7), base
            else:
                lo, hi = monday - timedelta(days=7), monday - timedelta(days=1)
        elif mention.modifier == "next" or scheduled or mention.modifier == "later this":
            lo, hi = (monday + timedelta(days=7), monday + timedelta(days=13)) if mention.modifier == "next" \
                else (base, monday + timedelta(days=6))
        elif mention.modifier == "this past":
            lo, hi = base - timedelta(days=7), base
        else:  # this week, earlier this week
            lo, hi = monday, base
        if mention.weekday is not None and mention.modifier in _WEEKS_OF_WEEKDAYS:
            # 'Saturday next week': that week's Saturday
            week_monday = monday + timedelta(days={"next": 7, "last": -7}.get(mention.modifier, 0))
            day = week_monday + timedelta(days=mention.weekday)
            return DateInterval(day, day, "day", f"{about}: the {calendar.day_name[mention.weekday]} of "
                                f"{mention.modifier} week, by the {base_reason} {base.isoformat()}", scheduled or day > base)
        return DateInterval(lo, hi, "week", f"{about} relative to the {base_reason} {base.isoformat()}", scheduled)

    if mention.kind == "relative":
        shift = _days_counted(mention)
        day = base + timedelta(days=shift)
        if mention.spread:  # 'two weeks ago' is a round figure: some days either side
            lo, hi = day - timedelta(days=mention.spread), day + timedelta(days=mention.spread)
            return DateInterval(lo, hi, "approximate", f"{about}: about {_days(-shift)} before the {base_reason} "
                                f"{base.isoformat()}, give or take {_days(mention.spread)}", scheduled)
        return DateInterval(day, day, "day", f"{about} relative to the {base_reason} {base.isoformat()}",
                            scheduled or shift > 0)

    return None  # 'that same day' is resolved by the caller, which knows the previous date


# How far from the day it is read against a weekday and its day of the month may lie, and how many
# days before a page's month a report in it may tell of.
WEEKDAY_DAY_REACH = 45
MONTH_REPORT_DAYS = 14


def _numbered_days(number: int, around: date, reach: int) -> list[date]:
    """The day of that number ('sabato 14', 'el día 15') in each month from reach months before
    around's to reach months after it, in order, where the month has that day."""
    days = []
    for months in range(-reach, reach + 1):
        first = (around.replace(day=15) + timedelta(days=30 * months)).replace(day=1)
        if number <= calendar.monthrange(first.year, first.month)[1]:
            days.append(first.replace(day=number))
    return days


def in_the_month(mention: DateMention, year: int, month: int) -> bool:
    """Whether a weekday and its day of the month ('sábado, 19') can be a day of the page's month,
    or of the MONTH_REPORT_DAYS around it: when none is, the text says the page's month is not the
    article's (a month from the site, not from the story)."""
    if mention.kind != "weekday_day":
        return True
    first = date(year, month, 1)
    last = first.replace(day=calendar.monthrange(year, month)[1])
    earliest, latest = first - timedelta(days=MONTH_REPORT_DAYS), last + timedelta(days=MONTH_REPORT_DAYS)
    return any(day.weekday() == mention.weekday and earliest <= day <= latest
               for day in _numbered_days(mention.day, first, 1))


def _weekday_and_day(mention: DateMention, reference: Reference | None, scheduled: bool,
                     anchor: date | None) -> DateInterval | None:
    """'sabato 14', 'neste domingo (16)': the day of that number within WEEKDAY_DAY_REACH days of
    the publication (or, with only the page's month or no publication date, of the date the text
    gave before it, or within the page's month) that falls on that weekday: the latest on or before
    publication for a report, the first on or after it for an announcement; in a page that gives
    only its year, the one such day in or near it; None when none does (or several do)."""
    about = f"'{mention.text.strip()}'"
    if reference is not None and reference.kind == "published":
        base, source = reference.day, f"the publication date {reference.day.isoformat()}"
    elif anchor is not None:
        base, source = anchor, f"the date the article gave before it {anchor.isoformat()}"
    elif reference is not None and reference.kind == "month":
        base, source = reference.day, f"the month of publication ({reference.reason})"
    elif reference is not None and reference.kind == "year":
        # 'neste domingo (16)' in a page that gives only its year: the one day of that number on
        # that weekday in the year (or the days around it) when there is one
        first = reference.day.replace(month=1, day=1) - timedelta(days=MONTH_REPORT_DAYS)
        last = reference.day + timedelta(days=MONTH_REPORT_DAYS)
        days = [day for day in _numbered_days(mention.day, reference.day.replace(month=7, day=1), 7)
                if first <= day <= last and day.weekday() == mention.weekday]
        if len(days) != 1:
            return None
        return DateInterval(days[0], days[0], "day", f"{about}: the only {calendar.day_name[mention.weekday]} the "
                            f"{mention.day} in or near the year of the page ({reference.reason})", scheduled)
    else:
        return None
    candidates = [day for day in _numbered_days(mention.day, base, 2)
                  if day.weekday() == mention.weekday and abs((day - base).days) <= WEEKDAY_DAY_REACH]
    if reference is not None and reference.kind == "month" and anchor is None:
        # the page's month, or its last days before it for a report ('sabato 28' in a page of November)
        earliest = reference.month_start - timedelta(days=0 if scheduled else MONTH_REPORT_DAYS)
        candidates = [c for c in candidates if earliest <= c <= reference.day]
    if not candidates:
        return None
    if reference is not None and reference.kind == "published":
        side = [c for c in candidates if (c >= base if scheduled else c <= base)]
        candidates = side or candidates
    day = min(candidates, key=lambda c: abs((c - base).days))
    return DateInterval(day, day, "day", f"{about}: the {calendar.day_name[mention.weekday]} the "
                        f"{mention.day} nearest {source}", scheduled or day > base)


def _day_of_the_month(mention: DateMention, reference: Reference | None, scheduled: bool) -> DateInterval | None:
    """'el pasado día 15', 'no dia 15': the day of that number nearest the publication date, the
    latest on or before it for a report, the first on or after it for an announcement (or with
    'next'); in a page that gives only its month, the span from that day of the month before (of
    the page's month for an announcement) to the one after, as the day of writing is not known;
    None without a publication date or month."""
    if reference is None or reference.kind not in ("published", "month"):
        return None
    about = f"'{mention.text.strip()}'"
    ahead = (scheduled or mention.modifier == "next") and mention.modifier != "last"
    base = reference.day
    days = _numbered_days(mention.day, base, 2)
    if reference.kind == "month":
        month = [d for d in days if d.month == base.month]
        if not month:
            return None
        this = month[0]
        others = [d for d in days if (d > this if ahead else d < this)]
        if not others:
            return None
        other = min(others) if ahead else max(others)
        first, last = min(this, other), max(this, other)
        return DateInterval(first, last, "approximate", f"{about}: the day {mention.day} of the month of "
                            f"publication ({reference.reason}) or of the month {'after' if ahead else 'before'} it; "
                            "the day of writing is not known", scheduled)
    side = [d for d in days if (d >= base if ahead else d <= base)]
    day = min(side) if ahead else max(side)
    return DateInterval(day, day, "day", f"{about}: the day {mention.day} of a month, the "
                        f"{'first on or after' if ahead else 'latest on or before'} the publication date "
                        f"{base.isoformat()}", scheduled or day > base)


def _relative_month(mention: DateMention, reference: Reference, scheduled: bool) -> DateInterval:
    """'last month', 'earlier this month', 'late last month', 'next month' against the publication
    day or month: that month, or the part of it the words give (early, mid, late)."""
    first = reference.day.replace(day=1)
    if mention.modifier == "last":
        first = (first - timedelta(days=1)).replace(day=1)
    elif mention.modifier == "next":
        first = (first + timedelta(days=31)).replace(day=1)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    lo, hi = first, last
    if mention.part:
        lo, hi = {"early": (first, first.replace(day=10)), "mid": (first.replace(day=11), first.replace(day=20)),
                  "late": (first.replace(day=21), last)}[mention.part]
    if mention.modifier in ("this", "earlier this", "the past") and reference.kind == "published" and not scheduled:
        hi = min(hi, reference.day)  # what this month has told so far
    elif mention.modifier == "later this" and reference.kind == "published":
        lo = max(lo, reference.day)
    if hi < lo:
        hi = lo
    precision = "month" if (lo, hi) == (first, last) else "approximate"
    source = "publication date" if reference.kind == "published" else "month of publication"
    return DateInterval(lo, hi, precision, f"'{mention.text.strip()}' relative to the {source} "
                        f"{reference.day.isoformat()}", scheduled or mention.modifier in ("next", "later this"))


# What a modifier before a month's name says of its year ('last March', 'this past March', 'this March').
_MONTH_RELATIONS = {"last": "last", "the past": "last", "this": "this", "earlier this": "this", "later this": "this",
                    "next": "next"}


# Kinds of date that name one day: a range may join any two of them ('from Friday 8 March to Sunday',
# 'tra oggi e il 7 novembre').
_DAY_KINDS = frozenset({"day", "weekday", "weekday_day", "relative"})


# Between two weekdays of a list: a comma, or a word that joins ('or', 'oder', 'ou').
_LIST_GAP = re.compile(r"\s*,\s*|\s+([^\W\d_]+)\s+")


def ends_of_periods(text: str, mentions: list[DateMention], lexicon: Lexicon | None = None) -> set[int]:
    """The starts of the full dates at either end of a range spanning more than HISTORY_DAYS ('from
    3 January 2003 to 12 April 2004', a page's archive of itself: '13 Apr 2009 - 02 Feb 2021'): a
    period's bounds, no day of writing, nor one a weekday after them counts from."""
    ends = set()
    for first, second in zip(mentions, mentions[1:]):
        if first.kind == second.kind == "day" and first.year and second.year and joined(text, first, second, lexicon):
            try:
                span = date(second.year, second.month, second.day) - date(first.year, first.month, first.day)
            except ValueError:
                continue
            if span.days > HISTORY_DAYS:
                ends.update((first.start, second.start))
    return ends


# How many words may stand between 'since' and the day that opens its period ('every year since
# his arrest on 15 February 1999').
SINCE_DAY_WORDS = 6
_SENTENCE_MARK = re.compile(r"[.;:!?]")


def period_starts(text: str, mentions: list[DateMention], lexicon: Lexicon | None = None) -> set[int]:
    """The starts of the full dates that open a period lasting to the day of writing: a word of
    the lexicon's since before one in its clause, a noun of another event among the few words
    between ('held every year since his arrest on 15 February 1999', 'sinds de arrestatie van X
    op 15 februari 1999', 'seit seiner Festnahme am 15. Februar 1999'; lexicon since,
    other_events, not_the_rally), and every other mention of that day: an undated page was
    written some time after such a day, not near it."""
    grammar = grammar_for(lexicon or english())
    if grammar.since is None:
        return set()
    opened: set[tuple[int, int, int]] = set()
    for m in mentions:
        if m.kind != "day" or not m.year:
            continue
        words = list(WORD.finditer(text, max(0, m.start - 80), m.start))[-SINCE_DAY_WORDS - 1:]
        for i, word in enumerate(words):
            if grammar.since.fullmatch(word.group()) and not _SENTENCE_MARK.search(text, word.end(), m.start) and \
                    any(w.group().lower() in grammar.other_events for w in words[i + 1:]):
                opened.add((m.year, m.month, m.day))
                break
    return {m.start for m in mentions if m.kind == "day" and (m.year, m.month, m.day) in opened}


def joined(text: str, first: DateMention, second: DateMention, lexicon: Lexicon | None = None) -> bool:
    """Whether two expressions form one range: 'on Saturday and Sunday', 'May 30 - 31', 'in March
    and April', a list of weekdays ('on Friday, Saturday and Sunday', 'Saturday or Sunday'); not a
    day and a span of another kind ('on Saturday and next week')."""
    lexicon = lexicon or english()
    if not (first.kind == second.kind or {first.kind, second.kind} <= _DAY_KINDS):
        return False
    if _range_joiner(lexicon).fullmatch(text, first.end, second.start):
        return True
    if first.kind == second.kind == "weekday" and not text[first.end:second.start].strip() and \
            (lead := _range_joiner(lexicon).match(text, second.start)) is not None and \
            lead.end() > second.start and text[lead.end() - 1].isspace():
        return True  # 'van zaterdag op zondag': the joiner read as the second weekday's prefix
    gap = _LIST_GAP.fullmatch(text, first.end, second.start) if first.kind == second.kind == "weekday" else None
    return gap is not None and (gap.group(1) is None or gap.group(1).lower() in _joiners(lexicon))


def _in_the_other_end_s_year(yearless: DateMention, dated: DateMention, first: bool) -> date | None:
    """The day of a range's end written without its year, in the year of its other end (dated):
    'between 3 January and 12 April 2003' is from 3 January 2003; 'from 20 December to 5 January
    2004' from 20 December 2003 (first: yearless is the start). None unless both are days and
    only dated gives its year."""
    if yearless.kind != "day" or dated.kind != "day" or yearless.year is not None or dated.year is None \
            or yearless.until:
        return None
    later = (yearless.month, yearless.day) > (dated.month, dated.day)
    year = dated.year - (1 if first and later else 0) + (1 if not first and not later else 0)
    try:
        return date(year, yearless.month, yearless.day)
    except ValueError:
        return None


# What stands between a date and another that names the same day again ('this afternoon, Saturday 2 March').
_APPOSITION = re.compile(r"\s*[,(–—]\s*")


def narrower(inner: DateInterval, outer: DateInterval) -> bool:
    """Whether a dated interval lies within another and is shorter than it."""
    return inner.start is not None and outer.start is not None and outer.start <= inner.start and \
        inner.end <= outer.end and inner.end - inner.start < outer.end - outer.start


def hull(intervals: list[DateInterval], reason: str) -> DateInterval:
    """The smallest interval that covers the given dated intervals."""
    dated = [i for i in intervals if i.start is not None]
    if not dated:
        return DateInterval.unknown(reason)
    start, end = min(i.start for i in dated), max(i.end for i in dated)
    kinds = {i.precision for i in dated}
    if start == end:
        precision = "day"
    elif start.weekday() == 5 and (end - start).days == 1:
        precision = "weekend"
    elif kinds <= {"day", "range", "weekend"}:  # days joined ('from Friday to Sunday'): their range
        precision = "range"
    elif len(kinds) == 1:
        precision = kinds.pop()
    else:
        precision = "approximate"
    return DateInterval(start, end, precision, reason, any(i.scheduled for i in dated))


# How long after the corpus's latest publication date an undated article of it may have been written.
CORPUS_SLACK_DAYS = 31


def infer_reference(mentions: list[DateMention], corpus_reference: date | None,
                    corpus_latest: date | None = None, corpus_reason: str = "") -> Reference | None:
    """A reference date for an article with no publication date: the latest day it mentions.

    Days with a year count as they are; a day with a weekday and no year takes the year in which
    it falls on that weekday nearest the corpus reference (the median publication date of the
    other articles), and not after the corpus's latest publication date (a report of a past
    rally is not dated after every article that could report it); a bare month and day takes the
    year that puts it nearest that reference, and not more than CORPUS_SLACK_DAYS after the
    corpus's latest either when the corpus gave the year ('el pasado 13 de septiembre' in a corpus
    of 2012 to April 2013 is of 2012). Months, weeks and weekdays alone fix no day. corpus_reason:
    what the reason says of the corpus when a year came from it."""
    explicit = [date(m.year, m.month, m.day) for m in mentions if m.kind == "day" and m.year]
    around = max(explicit) if explicit else corpus_reference
    days = list(explicit)
    corpus_years = set()  # the days whose year the corpus gave
    for m in mentions:
        if m.kind == "day" and m.year is None and around is not None:
            # a weekday fixes the year among a few; the corpus says which of them is meant
            base = (corpus_reference or around) if m.weekday is not None else around
            day = _nearest_year(m.month, m.day, base, m.weekday, not_after=corpus_latest if m.weekday is not None else
                                corpus_latest + timedelta(days=CORPUS_SLACK_DAYS) if corpus_latest and not explicit
                                else None)
            if day is not None:
                days.append(day)
                if corpus_reference is not None and (base is corpus_reference or not explicit):
                    corpus_years.add(day)
    if not days:
        return None
    latest = max(days)
    from_corpus = latest not in explicit and latest in corpus_years and corpus_reason
    return Reference(latest, "inferred",
                     f"no publication date; the latest date the article mentions is {latest.isoformat()}"
                     + (f", its year from the corpus ({corpus_reason})" if from_corpus else ""),
                     from_corpus=bool(from_corpus))


# A year written as a year: not part of an address, a time, a number or a range ('2019-2021').
_YEAR = re.compile(r"(?<![\w/.:,-])((?:19|20)\d\d)(?![\w/:%]|[.,-]\d)")
# Lines whose years say nothing of the article's events: its address, copyright notices.
# The line a saved page opens with that gives its address ('url: https://…').
_ADDRESS_LINE = re.compile(r"\s*url:\s", re.I)
_NOT_EVENT_YEARS = re.compile(r"^\s*url:|©|\(c\)|copyright|all rights reserved", re.I | re.M)
# ... nor a line that is a full date alone, in whatever language ('Tuesday, 2 July 2024' atop a
# French page; 'mardi 2 juillet 2024'): the page's own date or a site's banner, which the date
# grammar reads as a date where it can, never as a year the text names.
_A_DATE_ALONE = re.compile(r"[ \t]*(?:[^\W\d_]+\.?,?[ \t]+)?(?:\d{1,2}\.?[ \t]+[^\W\d_]+\.?|[^\W\d_]+\.?[ \t]+"
                           r"\d{1,2}(?:st|nd|rd|th)?,?)[ \t]+(?:19|20)\d\d[ \t\r]*")


def years_written(text: str, start: int = 0, end: int | None = None, grammar: DateGrammar | None = None):
    """The matches of the years text[start:end] writes, in order: four digits like a year, but,
    with the grammar of the text's language, not a crowd's count ('ungefähr 2000 Menschen', 'some
    2010 demonstrators': a crowd's noun after them, and no word before them that makes them a
    time, as 'in' does in 'In 2000 people …')."""
    for m in _YEAR.finditer(text, start, len(text) if end is None else end):
        if grammar is None or not _counts_a_crowd(text, m, grammar):
            yield m


def _counts_a_crowd(text: str, year: re.Match, grammar: DateGrammar) -> bool:
    """Whether four digits like a year stand before a crowd's noun, with no word before them that
    makes them a time (see years_written), or, rounded, before what a crowd did ('while about 2000
    turned out in X')."""
    after = _SPACES.match(text, year.end()).end()
    if grammar.crowd_about is not None and grammar.crowd_did is not None and grammar.crowd_did.match(text, after) and \
            grammar.crowd_about.search(text, max(0, year.start() - 20), year.start()):
        return True
    if grammar.crowd is None or grammar.crowd.match(text, after) is None:
        return False
    return grammar.year_prep is None or grammar.year_prep.search(text, max(0, year.start() - 20), year.start()) is None


_SPACES = re.compile(r"[ \t]*")


def _event_line_years(text: str, grammar: DateGrammar | None = None):
    """(position, year) of each year the text writes (years_written), in order, but on its
    address and copyright lines and lines that are a date alone (whose years say nothing of the
    article's events)."""
    lines = LineStarts(text)
    plain_lines: dict[int, bool] = {}  # line start -> whether its years may be events'
    for m in years_written(text, grammar=grammar):
        line_start = lines.start_of(m.start())
        if line_start not in plain_lines:
            line_end = lines.end_of(m.start())
            plain_lines[line_start] = not (_NOT_EVENT_YEARS.search(text, line_start, line_end)
                                           or _A_DATE_ALONE.fullmatch(text, line_start, line_end))
        if plain_lines[line_start]:
            yield m.start(), int(m.group(1))


# How many words may stand between a year and a word before it that looks back (since,
# commemoration, a killing) for the year to be the time it names ('since long before the
# president in 2021 became', 'commemoration of the 2007 monk-led protests'), and how far in
# characters it is sought.
LOOKED_BACK_WORDS = 6
LOOKED_BACK_REACH = 80
_LOOKED_BACK_STOP = re.compile(r"[.;:!?()]|,(?!\d)")


def years_looked_back(text: str, grammar: DateGrammar | None) -> frozenset[int]:
    """The years the text names as a time it looks back to: the start of a time that runs on to
    its own ('since 2021', 'since long before the president in 2021 became the first', 'seit
    2019', 'depuis 2015'; lexicon since), what a rally commemorates ('the first commemoration of
    the 2007 monk-led protests'; lexicon commemoration), or when something else happened and is
    over ('sept personnes tuées en mars 2012', 'the attack of 2015'; lexicon dated_events, not an
    election's or a summit's year, which may be the article's: 'Der Gipfel 2021'): a
    word of these at most LOOKED_BACK_WORDS words before the year, in its clause. Times before
    the article's, not its year."""
    if grammar is None:
        return frozenset()
    found = set()
    for year in _YEAR.finditer(text):
        if int(year.group(1)) not in found and _looks_back_at(text, year.start(), grammar):
            found.add(int(year.group(1)))
    return frozenset(found)


def _looks_back_at(text: str, start: int, grammar: DateGrammar) -> bool:
    """Whether the year at start is one the text looks back to (see years_looked_back), or one a
    count of years after stands before in its clause, a date's day and month between at most ('un
    año después del histórico 11 de julio de 2021': the story is a year on)."""
    words = _words_before_year(text, 0, start)
    return bool(words) and (any(word.group().lower() in grammar.happenings for word in words) or any(
        pattern is not None and pattern.search(text, words[0].start(), start)
        for pattern in (grammar.since, grammar.commemoration))) or (
        grammar.years_after is not None and grammar.years_after.search(text, _clause_reach(text, 0, start), start)
        is not None)


def _clause_reach(text: str, floor: int, start: int) -> int:
    """Where the clause of a year at start opens, LOOKED_BACK_REACH characters back at most, not
    before floor."""
    reach = max(floor, start - LOOKED_BACK_REACH)
    for stop in _LOOKED_BACK_STOP.finditer(text, reach, start):
        reach = stop.end()
    return reach


def _words_before_year(text: str, floor: int, start: int) -> list[re.Match]:
    """The words a year at start may be looked back to by: the word that looks back, and at most
    LOOKED_BACK_WORDS words between it and the year, in its clause, not before floor."""
    return list(WORD.finditer(text, _clause_reach(text, floor, start), start))[-LOOKED_BACK_WORDS - 1:]


def named_years(text: str, skip: list[tuple[int, int]] = (), grammar: DateGrammar | None = None) -> list[int]:
    """The years the text writes as years, in order, outside the spans in skip (sorted, disjoint:
    full dates, whose years are counted as dates) and outside its address and copyright lines;
    with its language's grammar, not a crowd's count ('ungefähr 2000 Menschen'; years_written)."""
    found = []
    for start, year in _event_line_years(text, grammar):
        k = bisect.bisect_right(skip, (start, len(text))) - 1
        if k >= 0 and skip[k][0] <= start < skip[k][1]:
            continue
        if YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
            found.append(year)
    return found


def year_of_the_weekdays(text: str, mentions: list[DateMention], lexicon: Lexicon,
                         other_times: Iterable[DateMention] = ()) -> int | None:
    """The one year the text names in which every day it writes with a weekday and no year falls
    on that weekday ('Este domingo 19 de mayo … Marcha por la Democracia 2024': 19 May 2024 is a
    Sunday): an undated page's year. None when it writes no such day, or names no year, or more
    than one fits. A year after a bound's word ('since 2019', 'as happened in 2019'; lexicon
    not_an_event), one the text looks back to ('since the election in December 2019':
    years_looked_back), or one of a date in other_times (what a rally commemorates: 'on Thursday,
    October 3, … in memory of the shipwreck of October 3, 2013' is its return, years on) is
    another time's. A named year alone would be a guess; its weekdays make it evidence."""
    days = [m for m in mentions if m.kind == "day" and m.year is None and m.weekday is not None and m.month]
    if not days:
        return None
    bound = _not_an_event(lexicon)
    grammar = grammar_for(lexicon)
    elsewhen = [(m.start, m.end) for m in other_times]
    fitting = {year for start, year in _event_line_years(text, grammar)
               if YEAR_RANGE[0] <= year <= YEAR_RANGE[1]
               and not bound.search(text, max(0, start - NOT_AN_EVENT_REACH), start)
               and not any(first <= start < last for first, last in elsewhen)
               # ('the third march since the election in December 2019': a time looked back to)
               and not _looks_back_at(text, start, grammar)
               and all(_falls_on(year, m) for m in days)}
    return fitting.pop() if len(fitting) == 1 else None


def _falls_on(year: int, mention: DateMention) -> bool:
    """Whether the day and month of mention fall on its weekday in year."""
    try:
        return date(year, mention.month, mention.day).weekday() == mention.weekday
    except ValueError:
        return False


@lru_cache(maxsize=32)
def _anniversary(lexicon: Lexicon) -> re.Pattern | None:
    words = lexicon.get("time", "anniversary")
    if not words:
        return None
    # a number, an ordinal ending or sign of a few characters, the word: '63rd anniversary',
    # '58e anniversaire', '62esimo anniversario', '29° anniversario', '62.º aniversario', '75.
    # Jahrestag', '80-årsdagen', '85. rocznica'
    return re.compile(r"(?<![\w.,])(\d{1,3})(?:[^\W\d_]{1,5}|\.?[°ºª]|\.)?[ \t-]?(?:" + _alternation(words) + r")(?!\w)",
                      re.IGNORECASE)


def place_year(text: str, end: int, grammar: DateGrammar) -> int | None:
    """The year written right after a place that ends at `end`, after a word that makes it a time
    ('the uprising in Lhasa in 1959', 'à Sétif en 1945'): when what happened there happened."""
    match = grammar.place_year.match(text, end) if grammar.place_year is not None else None
    return int(match.group(1)) if match else None


def place_day(text: str, end: int, days: dict[int, DateMention]) -> date | None:
    """The day with its year written right after a place that ends at `end`, a comma and a short
    preposition at most between, after the place's possessive and the words of its part perhaps
    ('the protest that took place in Hong Kong on June 12, 2019', "in Hong Kong's Admiralty
    district on June 12, 2019", 'à Paris le 9 janvier 2013'): when what happened there happened.
    days: the text's days written with their year, by where they start (a mention may open with
    its preposition or after it)."""
    gap = _DAY_AFTER_PLACE.match(text, end)
    for start in (gap.start("word"), gap.end()):
        found = days.get(start) if start >= 0 else None
        if found is not None:
            try:
                return date(found.year, found.month, found.day)
            except ValueError:
                return None
    return None


# After a place: its possessive and up to three words of its part ("'s Admiralty district"), then a
# comma at most and one short word (a preposition of time: 'on', 'le', 'am', 'el').
_DAY_AFTER_PLACE = re.compile(r"(?:['’]s(?:[ \t]+[^\W\d_]+){1,3})?[ \t]*,?[ \t]*(?P<word>[^\W\d_]{1,3}[ \t]+)?")


def years_back_places(text: str, mentions: list[DateMention]) -> tuple[frozenset[int], frozenset[int]]:
    """Where a place would start right after a count of a year or more back and its locative, and
    where one would end right before such a count ('the uprising that began 63 years ago in Lhasa',
    'il y a 63 ans, à Lhassa', 'in Lhasa 63 years ago'): the starts and the ends. A place there is
    what happened then, not a gathering the article reports. mentions: the text's date expressions."""
    starts, ends = set(), set()
    for mention in mentions:
        if mention.kind != "relative" or mention.shift > -HISTORY_DAYS + mention.spread:
            continue
        if locative := _LOCATIVE_AFTER.match(text, mention.end):
            starts.add(locative.end())
        end = mention.start
        while end > 0 and text[end - 1] in " \t,":
            end -= 1
        ends.add(end)
    return frozenset(starts), frozenset(ends)


# Between a count back and a place: a comma at most and the one short word of a locative ('in', 'à', 'vor').
_LOCATIVE_AFTER = re.compile(r"[ \t]*,?[ \t]*[^\W\d_]{1,4}[ \t]+")


class Anniversary(NamedTuple):
    """An 'Nth anniversary' phrase: text[start:end], counting `count` years."""

    start: int
    end: int
    count: int
    text: str


# How many years an anniversary written in words may count ('the hundredth anniversary').
SPELLED_ANNIVERSARIES = 120


@lru_cache(maxsize=32)
def _ordinals(lexicon: Lexicon) -> dict[str, int]:
    """The ordinals num2words writes for the language, one word each, folded ('third',
    'troisieme', 'dritte', 'trzeci') -> the number."""
    return {fold(word): n for word, n in spelled_numbers(lexicon.language, tuple(range(1, SPELLED_ANNIVERSARIES + 1)),
                                                         "ordinal").items() if " " not in word}


# The word right before another, hyphens within it ('sixty-fourth anniversary')
_WORD_BEFORE_ANNIVERSARY = re.compile(r"(?<![\w-])([^\W\d_]+(?:-[^\W\d_]+)*)[ \t]+$")


def _ordinal(word: str, ordinals: dict[str, int]) -> int | None:
    """The number an ordinal in words counts (ordinals: _ordinals), as written or with one or two of
    its last letters off or different: inflected ('dritten', 'trzecią', 'tercer')."""
    key = fold(word)
    for cut in (0, 1, 2):
        stem = key[:len(key) - cut] if cut else key
        if len(stem) < 4:
            break
        if stem in ordinals:
            return ordinals[stem]
        found = [n for form, n in ordinals.items() if len(form) > len(stem) and form.startswith(stem)
                 and len(form) - len(stem) <= 2] if cut else []
        if len(set(found)) == 1:
            return found[0]
    return None


def _anniversaries(pattern: re.Pattern, text: str, start: int, end: int, mentions: list[DateMention],
                   lexicon: Lexicon | None = None):
    """The 'Nth anniversary' phrases between start and end, in figures ('63rd anniversary') or, with
    the lexicon, in words ('third anniversary', 'dritten Jahrestag': _ordinal), whose number is no
    day of a date expression (mentions: in order): 'the June 4 anniversary' counts no years.
    Anniversary records, in order."""
    starts = [d.start for d in mentions]
    found = [Anniversary(m.start(), m.end(), int(m.group(1)), m.group(0)) for m in pattern.finditer(text, start, end)]
    word = _anniversary_word(lexicon) if lexicon is not None else None
    if word is not None:
        # a word's ordinal right before the word for an anniversary: sought only where that word is
        ordinals = _ordinals(lexicon)
        for m in word.finditer(text, start, end) if ordinals else ():
            before = _WORD_BEFORE_ANNIVERSARY.search(text, max(start, m.start() - 40), m.start())
            if before is not None and (count := _ordinal(before.group(1), ordinals)) is not None:
                found.append(Anniversary(before.start(), m.end(), count, text[before.start():m.end()]))
    for a in sorted(found):
        k = bisect.bisect_right(starts, a.start) - 1
        if k < 0 or a.start >= mentions[k].end:
            yield a


def anniversary_year(text: str, sentences, mentions: list[DateMention], lexicon: Lexicon | None = None,
                     latest: int | None = None) -> tuple[int, str] | None:
    """The year an 'Nth anniversary' gives, when its sentence names the year it counts from: 'the
    29th anniversary of the June 4, 1989 crackdown' is 2018 (a year named in another sentence
    may be anything: 'returned to China in 1997'), or when it names by its name what the text
    gives a year elsewhere ('the 102nd anniversary of the Armenian Genocide' … 'the Armenian
    Genocide of 1915': _named_event_year). sentences: the text's (text.sentences);
    mentions: its date expressions, in order (a day's number counts no anniversary: 'the June 4
    anniversary'); a year after `latest` (the build's year) or outside YEAR_RANGE is none. None
    when no phrase gives a year or two give different ones; else the year and the words that
    gave it."""
    pattern = _anniversary(lexicon or english())
    if pattern is None:
        return None
    starts = [s.start for s in sentences]
    found: dict[int, str] = {}
    dated = sorted((d for d in mentions if d.kind == "day" and d.year), key=lambda d: d.start)
    dated_starts = [d.start for d in dated]
    for m in _anniversaries(pattern, text, 0, len(text), mentions, lexicon or english()):
        k = bisect.bisect_right(starts, m.start) - 1
        since = m.count
        if k < 0 or since == 0:
            continue
        sentence = sentences[k]
        # (not the year of a day written before the phrase: 'on Sunday 18 May 2014 to mark the fifth
        # anniversary' is that day's, which the anniversary falls on, not the year it counts from)
        years = [(abs(y.start() - m.start), int(y.group(1)))
                 for y in _YEAR.finditer(text, sentence.start, sentence.end)
                 if not _in_a_day_before(y.start(), m.start, dated, dated_starts)]
        if years:
            base, why = min(years)[1], "which its sentence names"
        elif named := _named_event_year(text, m.end, sentence.end, lexicon or english()):
            base, why = named[0], f"the year the text gives the {named[1]}"
        else:
            continue
        year = base + since
        if YEAR_RANGE[0] <= year <= YEAR_RANGE[1] and (latest is None or year <= latest):
            found.setdefault(year, f"'{m.text}' of {base}, {why}")
    return next(iter(found.items())) if len(found) == 1 else None


def _in_a_day_before(position: int, phrase_start: int, dated: list[DateMention], dated_starts: list[int]) -> bool:
    """Whether position lies in one of the days written with their year (dated, in order; their
    starts) that ends before phrase_start."""
    i = bisect.bisect_right(dated_starts, position) - 1
    return i >= 0 and position < dated[i].end <= phrase_start


# The name of what an anniversary counts from: up to four capitalised words after a link word
# and a short article ('of the Armenian Genocide', 'de la Révolution').
_EVENT_NAME = (r"\s+(?:{links})\s+(?:[^\W\d_]{{1,4}}\s+)?"
               r"(?P<name>[^\W\d_a-z][\w'’-]*(?:\s+[^\W\d_a-z][\w'’-]*){{0,3}})")


def _named_event_year(text: str, end: int, sentence_end: int, lexicon: Lexicon) -> tuple[int, str] | None:
    """The year the text gives, in any sentence, the event an anniversary that ends at `end` names
    by its name ('the 102nd anniversary of the Armenian Genocide' … 'the Armenian Genocide of
    1915', 'the 1915 Armenian Genocide'): its capitalised name after a link word (lexicon
    event_links), found again with a link word or a preposition of time (year_preps) and a year,
    or after a year. None unless the text gives the name exactly one year."""
    links = [*lexicon.get("time", "event_links"), *lexicon.get("time", "year_preps")]
    if not links:
        return None
    named = re.compile(_EVENT_NAME.format(links=_alternation(links))).match(text, end, sentence_end)
    if named is None or not named.group("name")[0].isupper():
        return None
    name = re.escape(named.group("name")).replace(r"\ ", r"\s+")
    after = re.compile(rf"(?<!\w){name}\s+(?i:{_alternation(links)})\s+((?:1[89]|20)\d\d)(?!\d)")
    before = re.compile(rf"(?<![\w.,])((?:1[89]|20)\d\d)\s+{name}(?!\w)")
    years = {int(found.group(1)) for pattern in (after, before) for found in pattern.finditer(text)}
    return (years.pop(), named.group("name")) if len(years) == 1 else None


def _on_some_day_of_the_month(mention: DateMention, reference: Reference, scheduled: bool) -> DateInterval:
    """What a relative expression ('on Saturday', 'yesterday', 'next week') may mean in a page that
    gives only its month (reference kind 'month'): every day it denotes read against some day of
    that month, from the first day's earliest to the last day's latest. A page of early October
    reports the last Saturday of September; one of late October announces a Saturday of November.
    Precision 'month' when that is the calendar month ('today'), else 'approximate'."""
    about = f"'{mention.text.strip()}'"
    latest = reference.latest
    first = resolve(mention, Reference(reference.month_start, "published", reference.reason), scheduled)
    last = resolve(mention, Reference(latest, "published", reference.reason), scheduled)
    if first is None or last is None or first.start is None or last.end is None:
        return reference.some_day_of_the_month(
            f"{about} in the month of publication ({reference.reason}); its day is not known", scheduled)
    lo, hi = min(first.start, last.start), max(first.end, last.end)
    whole = lo == reference.month_start and hi == reference.day
    return DateInterval(lo, hi, "month" if whole else "approximate",
                        f"{about} read against some day of the month of publication ({reference.reason}): "
                        f"{lo.isoformat()} to {hi.isoformat()}; its day is not known", scheduled,
                        mention.weekday if mention.kind == "weekday" else None)


def plausible(interval: DateInterval, reference: Reference | None) -> bool:
    """Whether an interval can date a rally the article reports: not long before the reference
    (history), and for a past-tense report not after the publication date."""
    if interval.start is None or reference is None:
        return True
    if interval.end < reference.day - timedelta(days=HISTORY_DAYS):
        return False
    return True


def clip_to_publication(interval: DateInterval, reference: Reference | None) -> DateInterval:
    """A past-tense report ends on or before publication (or, when that day was read from the
    page's address, a page updated since may tell of the days just after: UPDATED_DAYS); an
    interval reaching past it is cut there, and one lying wholly after it is an announcement
    (scheduled)."""
    if interval.start is None or reference is None or reference.kind != "published" or interval.scheduled:
        return interval
    last = reference.day + timedelta(days=0 if reference.firm else UPDATED_DAYS)
    if interval.end <= last:
        return interval
    if interval.start <= last:
        return replace(interval, end=last, reason=interval.reason + ", cut at publication")
    return replace(interval, scheduled=True, reason=interval.reason + ", after publication: announced")


@dataclass(frozen=True, slots=True)
class DatedTarget:
    """Where a rally mention stands, for `date_targets`."""

    position: int  # character offset of the place name
    sentence: int  # index of its sentence
    scheduled: bool


# Expressions read against the day of publication ('on Saturday', 'today', 'last week').
RELATIVE_KINDS = frozenset({"weekday", "weekend", "week", "relative", "relmonth", "weekday_day", "monthday"})
# The order in which a report's date is sought; a lower rank is stronger evidence.
# RANK_RECALLED: a day its sentence tells as a year or more back ('A year ago, on 5 September
# 2021, …'): the date of that earlier rally, the place's only when nothing in the article tells
# of a rally there in the article's own time.
RANK_SENTENCE, RANK_SAME_DAY, RANK_PARAGRAPH, RANK_LEAD, RANK_FALLBACK, RANK_RECALLED = range(6)
# Lines that carry the article's own metadata: their dates are publication dates, not rally dates
# (a page's own 'date YYYY-MM-DD' header among them, its day in group 'header').
_METADATA_LINE = re.compile(
    r"\s*(?:date\s+(?P<header>\d{4}-\d\d-\d\d)|(?:Details\s+)?(?:Published|PUBLISHED|Updated|UPDATED|Posted)\b"
    r"|Written by\b|[A-Z][A-Za-z .'-]{1,40}(?:,\s*[A-Z][A-Za-z .'-]{1,30})?,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\s*[—–/-])")
# How far after a label's date its line may give more of it (a time, an update's date).
METADATA_LABEL_CHARS = 40
# What may stand between a date in prose and the word in lower case that goes on after it.
_PROSE_GAP = re.compile(r"[ \t]*,?[ \t]*")


def _restates(text: str, mention: DateMention, header: tuple[int, int, int]) -> bool:
    """Whether a date mention right after a page's 'date YYYY-MM-DD' header (year, month, day)
    restates its day as a dateline does ('Oslo September 7/2022/AGENCY/', '7 September 2022 —'):
    the same day (and year, if it gives one), not followed by prose. A sentence that goes on after
    it ('Samedi 10 juillet, à Lyon, 3000 personnes …', 'W sobotę 10 lipca w Krakowie …') tells what
    happened that day: a report of the day it was published."""
    year, month, day = header
    if mention.kind != "day" or (mention.month, mention.day) != (month, day) or mention.year not in (None, year):
        return False
    after = _PROSE_GAP.match(text, mention.end).end()
    return not text[after:after + 1].islower()


# A dateline: a place, then the date, then a dash ('Paris, February 12, 2020—', 'Roma, 1 marzo 2025 –',
# 'SAN FRANCISCO, March 11 (AP) -', 'Toronto/Ottawa, September 25 –'); a source's name may stand for the place, a dash
# after it ('Site.tv – 02/04/2017'); the place may name its region and country, the date stand in brackets
# ('VANCOUVER, BC, Canada (June 10, 2014)—').
# Its date is the publication date, not a rally's.
DATELINE_PLACE = re.compile(r"[ \t]*(?:date[ \t]+\d{4}-\d\d(?:-\d\d)?[ \t]+)?"
                            # an agency may come first ('(ANSA) - ROMA, 12 MAR -')
                            r"(?:\([A-Z][A-Za-z.&' -]{1,20}\)[ \t]*[-–—][ \t]*)?[^\W\d_](?:[^\W\d]|[ .'’/-]){1,40}"
                            r"(?:,[ \t]*[^\W\d_](?:[^\W\d]|[ .'’-]){1,30}){0,2}(?:,[ \t]+|[ \t]+[–—][ \t]+|[ \t]+\()")
# What ends a dateline after its date: a dash, perhaps after a dot ('2026.-') or the date's closing bracket,
# an agency in brackets before it ('(AFP) -', '(EFE).-'), or an agency's name in brackets alone, as Indian
# wires write it ('New Delhi, March 11 (IANS) Tibetans …')
DATELINE_END = re.compile(r"[ \t]*\)?[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?\.?(?:—|–|-|/)"
                          r"|[ \t]*\([A-Z][A-Za-z.&' -]{1,20}\)[ \t]+(?=[A-Z])")


# A dash after a date that opens a line, prose after it: '2019-08-16 -- Tens of thousands …'; a
# wire's place in capitals and its agency in brackets perhaps between ('February 17, 1999 LONDON
# (CNN) -- Kurdish protesters …').
DASH_THEN_PROSE = re.compile(r"(?:[ \t,]+[A-ZÀ-Þ][A-ZÀ-Þ.'-]+(?:[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ.'-]+){0,2})?"
                             r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]+(?:--|[–—-])[ \t]+(?=[^\W\d_])")


# How far into a text a line may stand that opens with the day the story was written.
DATED_LINE_CHARS = 1200


def dated_line_opening(text: str, mentions: list[DateMention], lines: LineStarts) -> DateMention | None:
    """The one full date that opens a line of the text near its top (DATED_LINE_CHARS), a dash
    and prose after it ('2019-08-16 -- Tens of thousands gathered …'): a dateline without its place,
    the day the story was written, not a day it tells of; None when no line or several lines of
    the text open so (a chronology's items: '2019-08-16 – Protest in X')."""
    found = [m for m in mentions if m.kind == "day" and m.year and not text[lines.start_of(m.start):m.start].strip()
             and DASH_THEN_PROSE.match(text, m.end)]
    return found[0] if len(found) == 1 and found[0].start < DATED_LINE_CHARS else None


def in_dateline(text: str, mention: DateMention, lines: LineStarts | None = None) -> bool:
    """Whether a date expression is the date of a dateline at the start of its line (lines: the
    text's LineStarts, when the caller has them)."""
    line_start = (lines or LineStarts(text)).start_of(mention.start)
    return bool(DATELINE_PLACE.fullmatch(text, line_start, mention.start) and DATELINE_END.match(text, mention.end))


# How far before a quotation, or after it, a word may say it is a slogan ('banners reading "…"',
# '"…", pouvait-on lire sur une pancarte').
SLOGAN_BEFORE, SLOGAN_AFTER = 60, 40
_CLAUSE_END = re.compile(r"[.;!?\n]")
_COMMA_OR_CLAUSE_END = re.compile(r"[.;!?,\n]")


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause from start ends: at a comma or a mark that ends a sentence, else end."""
    found = _COMMA_OR_CLAUSE_END.search(text, start, end)
    return found.start() if found else end


def in_slogans(text: str, mentions: list[DateMention], grammar: DateGrammar) -> frozenset[int]:
    """Where the date mentions start that lie inside a quotation its clause calls a slogan, a
    banner's or a sign's words ('carrying banners reading "June 4, never forget"', '"25 de Abril
    Sempre!", lia-se nos cartazes'; lexicon slogans): a day the words name, a commemoration's or a
    movement's, not the day they were carried."""
    if grammar.slogans is None or not mentions:
        return frozenset()
    found: set[int] = set()
    spans = quoted_spans(text)
    openings = [a for a, _ in spans]
    for m in mentions:
        k = bisect.bisect_right(openings, m.start) - 1
        if k < 0 or not spans[k][0] < m.start < spans[k][1]:
            continue
        opening, closing = spans[k]
        before = max(0, opening - SLOGAN_BEFORE)
        for stop in _CLAUSE_END.finditer(text, before, opening):
            before = stop.end()
        after = closing + SLOGAN_AFTER
        if (stop := _CLAUSE_END.search(text, closing, after)) is not None:
            after = stop.start()
        if grammar.slogans.search(text, before, opening) or grammar.slogans.search(text, closing, after):
            found.add(m.start)
    return frozenset(found)


def commemorated(text: str, sentences, mentions: list[DateMention], lexicon: Lexicon | None = None) -> frozenset[int]:
    """Where the date mentions start that name a year after a commemoration in their sentence
    ('a rally in London in remembrance of those killed in May 2009'), and no earlier year between,
    or before a commemoration's verb put last in their clause ('um an den Protest vom 12. Juni 2019
    … zu erinnern'; lexicon commemoration_after):
    the day or month of what is remembered. In an undated page they neither date a rally nor say
    when the page was written; in a dated one, the page's date years after them is no banner's."""
    lexicon = lexicon or english()
    grammar = grammar_for(lexicon)
    pattern, after = grammar.commemoration, grammar.commemoration_after
    dated = [m for m in mentions if m.year is not None and m.kind in ("day", "month")]
    starts = [s.start for s in sentences]
    found: set[int] = set()
    anniversary = _anniversary_word(lexicon)
    links = frozenset(lexicon.get("time", "event_links"))
    for m in mentions:
        if pattern is not None and m.kind == "month" and m.year is None and not m.until and \
                (k := bisect.bisect_right(starts, m.start) - 1) >= 0 and \
                pattern.search(text, sentences[k].start, m.start) is not None:
            # 'Em Londres, a manifestação lembrou o assassinato da vereadora X, em março': a month
            # after what a gathering recalls, its year not given, is the recalled event's
            found.add(m.start)
    if pattern is not None and anniversary is not None and links:
        for m in mentions:
            if m.kind != "day" or m.year is not None or (k := bisect.bisect_right(starts, m.start) - 1) < 0:
                continue
            # 'el primer aniversario de las protestas en Cuba del 11 de julio': the day of what an
            # anniversary marks (a link word of an event's before it), its year not given, in the
            # phrase's clause: not the rally's, whose day is its return, years on ('Zum 62.
            # Jahrestag des Aufstandes am 10. März' is the day of the rallies)
            before = text[max(sentences[k].start, m.start - 12):m.start].split()
            if not before or before[-1].lower() not in links:
                continue
            phrase = pattern.search(text, max(sentences[k].start, m.start - ANNIVERSARY_DAY_REACH), m.start)
            if phrase is not None and anniversary.search(phrase.group()) and "," not in text[phrase.end():m.start]:
                found.add(m.start)
    if (pattern is None and after is None) or not dated:
        return frozenset(found)
    opened: dict[int, int | None] = {}  # sentence index -> where its first commemoration ends
    for m in dated:
        k = bisect.bisect_right(starts, m.start) - 1
        if k < 0:
            continue
        if k not in opened:
            phrase = pattern.search(text, sentences[k].start, sentences[k].end) if pattern is not None else None
            opened[k] = phrase.end() if phrase else None
        if opened[k] is not None and m.start >= opened[k] and not any(
                int(year.group(1)) < m.year for year in years_written(text, opened[k], m.start)):
            # ('commemorating the displacement in 1948 …, in Gaza City, 15 May 2012': what is
            # remembered is the earlier year the phrase names; the later day is the rally's)
            found.add(m.start)
        elif _remembered_after(text, m.end, sentences[k].end, grammar):
            # 'um an den Protest vom 12. Juni 2019 zu erinnern': the verb put last, no comma between
            # ('Am 12. Juni 2019 demonstrierten Tausende, um an X zu erinnern' is the rally's day)
            found.add(m.start)
    return frozenset(found)


# What stands between a date and a weekday in brackets that restates it ('October 29, (Sunday)').
_BRACKET_OPENS = re.compile(r"[ \t]*,?[ \t]*\(")
# How far before a day without its year an anniversary's phrase may stand for the day to be what
# it marks ('the first anniversary of the protests in X of 11 July').
ANNIVERSARY_DAY_REACH = 60


@lru_cache(maxsize=32)
def _anniversary_word(lexicon: Lexicon) -> re.Pattern | None:
    """The lexicon's words for an anniversary (lexicon anniversary), as a pattern, or None."""
    words = lexicon.get("time", "anniversary")
    return word_pattern(words) if words else None


def page_line(text: str, mention: DateMention, lines: LineStarts,
              labels: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """The rest of a full date's line, before and after it, when that is a short line of no prose:
    the date alone ('Sunday, July 9, 2017'), under a label ('Created: 08 July 2017'; labels: the
    language's labels of a page's dates, folded, which may be words in lower case: 'Mis à jour le')
    or among a banner's chrome; a date of the page (when it was posted, saved or shown), on or
    after the day its article was written. None for any other date."""
    if mention.year is None or mention.kind != "day":
        return None
    rest = _line_around(text, mention, lines)
    before = "" if fold(rest[0].strip(_LABEL_MARKS + ",")) in labels else rest[0]
    if sum(map(len, rest)) > PAGE_LINE_CHARS or any(_PROSE_WORD.search(part) for part in (before, rest[1])):
        return None
    return rest


def banner(mention: DateMention, rest: tuple[str, str], grammar: DateGrammar) -> bool:
    """Whether a page date (rest: its line around it, page_line) is a site's banner: a weekday and
    a full date among the chrome of its line (a clock, menu words: 'Home Saturday, November 23,
    2024, 12:15 AM | Calgary | Login'), or a date under the label 'today' ('Today: July 26, 2024',
    'Oggi: 26 luglio 2024'). It gives the day the page was shown, on or after the day it was
    written: neither the day the article was written nor one a weekday of it is read against. A
    date alone on its line ('Lördag 14 mars 2020') may be the post's own, and is not one."""
    if fold(rest[0].strip(_LABEL_MARKS)) in grammar.today:
        return True
    if not rest[0].strip() and _CLOCK_ALONE.fullmatch(rest[1]):
        # a date alone with its clock ('Saturday, 13 October, 2001, 17:32 GMT 18:32 UK') is a
        # post's stamp, the day it was written
        return False
    return mention.weekday is not None and any(_CHROME.search(part) for part in rest)


# What may follow a page's date on its line when it is when the page was written: a word or two ('at',
# 'à', 'kl.', 'a las'), the time, 'p.m.', a zone or 'Uhr' ('16.47 GMT', '3:45 p.m. EST'), and perhaps
# the time again by another clock ('17:32 GMT 18:32 UK').
CLOCK_WORDS = (r"[ \t,|·•–—/-]*(?:[^\W\d_]{1,5}\.?[ \t]+){0,2}(?:[01]?\d|2[0-3])[:.h][0-5]\d(?::[0-5]\d)?"
               r"(?:[ \t]*[ap]\.?[ \t]?m\.?)?(?:[ \t]*[^\W\d_]{1,4})?"
               r"(?:[ \t]+(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]*[^\W\d_]{1,4})?)?")
_CLOCK_ALONE = re.compile(CLOCK_WORDS + r"[ \t.]*", re.I)


_LABEL_MARKS = " \t:|-–—"


def page_dates(text: str, mentions: list[DateMention], grammar: DateGrammar, lines: LineStarts | None = None,
               lexicon: Lexicon | None = None) -> tuple[frozenset[int], frozenset[int]]:
    """Where the page's own dates start (page_line: posted, saved), and apart from them where its
    banners' do (banner: days the page was shown; a masthead's, _masthead, read with the words
    of lexicon's gatherings)."""
    lines = lines or LineStarts(text)
    found = [(m, rest) for m in mentions if (rest := page_line(text, m, lines, grammar.page_labels)) is not None]
    shown = frozenset(m.start for m, rest in found if banner(m, rest, grammar) or _beside_the_weather(text, m, lines))
    mastheads = frozenset(m.start for m in mentions[:MASTHEAD_DATES] if _masthead(text, m, lines, lexicon))
    return frozenset(m.start for m, _ in found) - shown - mastheads, shown | mastheads


# How many of a page's first dates may be its masthead's, and how far into the page it stands.
MASTHEAD_DATES = 3
MASTHEAD_CHARS = 400
# A masthead's words before its date: a paper's name or motto, then a dash or a bar.
_TAGLINE = re.compile(r"[ \t]*[^\W\d_][^\n.!?:;]{0,80}?[ \t]+[-|–—][ \t]*")


def _masthead(text: str, mention: DateMention, lines: LineStarts, lexicon: Lexicon | None) -> bool:
    """Whether a full date with its weekday ends the page's first line (an address line above it
    aside) after a paper's name or motto and a dash or bar ('Giornale di informazione di Roma -
    Mercoledi 23 luglio 2014'): the day the page was shown, a banner, unless those words name a
    gathering ('Corteo per la pace - sabato 15 febbraio 2003': its day)."""
    if mention.kind != "day" or mention.year is None or mention.weekday is None or mention.start > MASTHEAD_CHARS:
        return False
    start = lines.start_of(mention.start)
    if any(line.strip() and not _ADDRESS_LINE.match(line) for line in text[:start].split("\n")):
        return False
    before = text[start:mention.start]
    if text[mention.end:lines.end_of(mention.end)].strip(" \t.,") or not _TAGLINE.fullmatch(before):
        return False
    lexicon = lexicon or english()
    return not _gathering_nouns(WORD.findall(before), lexicon)


# A weather reading on a line of its own ('8.9 C', '25.9 °C', '-3°F'): a site's widget, whose date
# beside it is the day the page was shown.
_WEATHER_LINE = re.compile(r"[ \t]*-?\d{1,2}(?:[.,]\d)?[ \t]*°?[ \t]*[CF][ \t]*")
# How many lines either side of a date its widget's weather reading may stand (a town's name between).
WEATHER_LINES = 2


def _beside_the_weather(text: str, mention: DateMention, lines: LineStarts) -> bool:
    """Whether a page date's line has a weather reading within WEATHER_LINES lines before or after
    it ('8.9 C' / 'De Bilt' / 'vrijdag, 29 maart 2024'): a site's widget, the day it was shown."""
    start, end = lines.start_of(mention.start), lines.end_of(mention.end)
    for _ in range(WEATHER_LINES):
        if start == 0:
            break
        start = lines.start_of(start - 1)
        if _WEATHER_LINE.fullmatch(text, start, lines.end_of(start)):
            return True
    for _ in range(WEATHER_LINES):
        if end >= len(text):
            break
        end_of_next = lines.end_of(end + 1)
        if _WEATHER_LINE.fullmatch(text, end + 1, end_of_next):
            return True
        end = end_of_next
    return False


# The most a page date's line holds besides the date: a banner's chrome, a label.
PAGE_LINE_CHARS = 200


def _line_around(text: str, mention: DateMention, lines: LineStarts) -> tuple[str, str]:
    """The rest of a date's line, before it and after it (at most PAGE_LINE_CHARS + 1 of each: a
    longer line is no page date's, and a long line's thousands of dates must not each read it all)."""
    line_start = max(lines.start_of(mention.start), mention.start - PAGE_LINE_CHARS - 1)
    line_end = min(lines.end_of(mention.end), mention.end + PAGE_LINE_CHARS + 1)
    return text[line_start:mention.start], text[mention.end:line_end]


_PROSE_WORD = re.compile(r"(?<![^\W\d_])[a-zà-ÿ][^\W\d_]{2,}")
_CHROME = re.compile(r"\w")
# A short line (title, subtitle) before the first dated rally sentence takes that sentence's date;
# a line that ends as a sentence does is a paragraph of one sentence, not a title.
HEADLINE_WORDS = 20
_SENTENCE_END = (".", "!", "?", "…")
# A sentence of this many words or fewer that gives a full date dates the rest of its paragraph,
# unless it signs an embedded social-media post ('— A Name (@handle) March 14, 2019': the post's
# time, perhaps in another time zone).
DATE_LINE_WORDS = 6
# A numbered item's number at the start of its line: '1. ', '6) '.
_NUMBERED_ITEM = re.compile(r"[ \t]*\d{1,2}[.)][ \t]")
_EMBEDDED_POST = re.compile(r"@\w|^\s*[—―]", re.MULTILINE)
_BRACKETED = re.compile(r"\([^()]*\)")


def _timestamp(text: str, mentions: list[DateMention], reference: Reference | None, lines: LineStarts) -> bool:
    """Whether a sentence's one full date is the page's own: the publication day, alone on its
    line but for a label, a time of day or chrome ('Sábado, 28 de mayo 2011, 11:10'); in a page
    without a publication date, any full date so alone with its time of day after it ('2,000,000!! |
    16.02.2003 17:37'), a post's stamp. It says when the article was written, not when what it
    tells next happened (often the evening before)."""
    full = [m for m in mentions if m.kind == "day" and m.year]
    if len(full) != 1:
        return False
    if reference is None or reference.kind != "published":
        rest = page_line(text, full[0], lines)
        return rest is not None and _TIME_OF_DAY.match(rest[1]) is not None
    if (full[0].year, full[0].month, full[0].day) != (reference.day.year, reference.day.month, reference.day.day):
        return False
    return page_line(text, full[0], lines) is not None


# A time of day right after a date ('16.02.2003 17:37', '28 de mayo 2011, 11:10 h').
_TIME_OF_DAY = re.compile(r"[ \t,|–—-]*(?:[01]?\d|2[0-3])[:.h][0-5]\d(?!\d)")


def _caption(text: str, sentences, s, grammar: DateGrammar) -> bool:
    """Whether sentence s is a photo's caption: it holds a credit outside brackets (a credit in
    brackets, '(foto: … / AFP)', leaves a lead a lead), or the next sentence, on the same line,
    opens with one ('… in Leipzig. Foto: A. Name')."""
    if grammar.caption is None:
        return False
    if grammar.caption.search(_BRACKETED.sub("", text[s.start:s.end])):
        return True
    following = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    return following is not None and "\n" not in text[s.end:following.start] and \
        grammar.caption.match(text, following.start) is not None


def date_targets(text: str, sentences, rally_sentences: frozenset[int], targets: list[DatedTarget],
                 reference: Reference | None, mentions: list[DateMention] | None = None,
                 lexicon: Lexicon | None = None) -> list[tuple[DateInterval, int]]:
    """A date interval and its rank for each target, read from the article in order.

    For each rally mention: the date expression nearest it in its own sentence; else 'that same
    day' (the last date given); else, for a gathering reported as it happens ('are gathered', the
    lexicon's live words), the day of publication; else the last date of a rally sentence earlier in the paragraph;
    else the lead date (the first date of a rally sentence earlier in the article, photo captions
    excepted); in an undated page, a sentence that moves on to another time ('since then', 'this
    year') ends what the paragraph's and the lead's dates say; else, for a report that names a time
    of the day and the article no day before it, the day of publication or the one before; else the
    week before publication (precision 'approximate'), or the two weeks from the latest date an undated article mentions
    (unless it moved on from it, that date is the page's own, the article's lead is a weekday
    nothing places, or it marks an anniversary, a year or more on), or the year the text names;
    else unknown. An announced rally takes no date
    of its sentence that lies before publication; in an undated page, what a rally commemorates
    dates nothing, a site's banner anchors no weekday, a rally sentence whose day nothing places
    ends its paragraph's date, and a day and month the article gives another event with its year
    is that event's anniversary, in a year not given. A rally its sentence reports in the past
    (or, when its sentence tells no tense, its paragraph's last tense) takes no other sentence's
    day after publication. A day without its year takes the year the text gives it ('of that
    year', a year its sentence opens with: history, when long before the reference, which then
    dates nothing after it in its paragraph), and none when its sentence names an earlier year
    some other way. A date whose clause tells another event is not the lead's. A sentence whose
    dates and places alternate pairs them in that order.

    mentions: the article's date expressions when the caller has found them already; lexicon: the
    article's language (default English)."""
    all_mentions = find_dates(text, lexicon=lexicon) if mentions is None else mentions
    language = lexicon or english()
    grammar = grammar_for(language)
    live = grammar.live
    published = reference is not None and reference.kind == "published"
    starts = [m.start for m in all_mentions]
    mention_ends = frozenset(m.end for m in all_mentions)
    by_sentence: dict[int, list[DatedTarget]] = {}
    for k, target in enumerate(targets):
        by_sentence.setdefault(target.sentence, []).append(target)
    index_of = {id(t): k for k, t in enumerate(targets)}
    result: list[tuple[DateInterval, int] | None] = [None] * len(targets)
    anchor: date | None = None
    # the latest day the article told as past so far: an undated page was written on or after it,
    # so a weekday to come counts from it, not from an earlier day told after it ('On 28 December
    # experts warned … On Wednesday a march will take place' in a page that told 6 January before)
    latest_told: date | None = None
    # weekday -> the last day the article gave with that weekday but no year ('on Saturday, May
    # 15' in an undated page): what a bare weekday after it names, year not given as well
    yearless_days: dict[int, DateInterval] = {}
    # whether the anchor is a day the text tells of, another event's in a sentence of no rally ('The
    # war began on 20 March 2003') or its rallies' in prose: a weekday after it may be the one
    # before it or the one after
    anchor_of_event = False
    last: DateInterval | None = None
    lead: DateInterval | None = None
    lead_ahead = False  # the lead's sentence names its day while telling what goes on (see paragraph_ahead)
    counted_back = {m.start for m in all_mentions if m.spread}  # 'two weeks ago', 'a month ago'
    back_told = told_back(text, all_mentions, grammar)  # 'A year ago, on 5 September 2021'
    counted = years_on(text, all_mentions, grammar)  # 'a year after the rally of August 10, 2018'
    anniversary_word = _anniversary_word(language)
    # an undated page that marks an anniversary: read once, for every rally its dates leave undated
    marks_anniversary = reference is not None and reference.kind == "inferred" and anniversary_word is not None \
        and anniversary_word.search(text) is not None
    paragraph_date: dict[int, DateInterval] = {}
    paragraph_tense: dict[int, str] = {}  # the tense the paragraph's latest sentence that tells one tells
    # paragraphs whose date a sentence gave that names it while telling what goes on ('Mobilisations
    # are under way for a big rally on Saturday 24 January'): no date of a gathering told in the past
    paragraph_ahead: set[int] = set()
    when_days: list[tuple[str, DateInterval]] = []  # the page's 'When:' lines: label, date
    undated: list[int] = []  # the targets nothing in the article dates (the fallback)
    # the days the article tells of its past, in a page dated by its month (_told_before_the_month)
    told_days: list[date] = []
    moved_on = False  # an undated page moved on from its dates to another time ('since then')
    lead_unplaced = False  # the first rally sentence's date is a weekday or 'today' nothing places
    lead_history = ""  # ... or, in a dated page, long before publication (its reason)
    # the paragraph of the article's first sentence about a gathering: its lead, whose history is
    # the article's (a later paragraph's is an aside: 'a man who took part in the protest two years ago')
    # (the page's address line, whose words may name a march, is none, and nor is a headline or a
    # standfirst over it where the prose tells one: 'Over one million people went to the
    # demonstration' over 'February 15, 2003, marked a day of protests …')
    told = [sentences[i] for i in sorted(rally_sentences) if not _ADDRESS_LINE.match(text, sentences[i].start)]
    lead_paragraph = next((s.paragraph for s in told if not _headline(text, s)),
                          told[0].paragraph if told else None)
    # a dated page that opens on a day long before it and gives no nearer one: an 'on this day' story
    # (the first rally sentence's own date counts when it names no place: a place's sentence reads
    # its date itself, which may be a day it commemorates)
    # (a rally sentence whose years all lie long before publication and that remembers nothing opens
    # on that time too: 'the demonstration in London in 2003' in a photo's caption over the story;
    # nor does a line of its own that names no place open the story, a title's question perhaps:
    # 'did Britain's biggest ever protest change the world?' over 'In February 2003, 1.5 million
    # people protested in London'; its dates are the opening's all the same. Sought only in a dated
    # page that gives a date: the first sentence that opens the story is enough.)
    opening = next((s for s in told if not (s.line_start and s.line_end and s.index not in by_sentence)
                    and not _of_an_old_year(text, s, grammar, reference)), None) \
        if all_mentions and reference is not None and reference.kind in ("published", "month") else None
    # the dates of figures set against the rallies' ('contre 90 000 le 22 mars') and of gatherings
    # the rallies are compared with ('echoing the one of October 1967'): other gatherings', which
    # open no story on their time either
    compared = frozenset(m.start for m in all_mentions if _compared_day(text, m, grammar))
    opening_history = _opening_history(text, [m for m in all_mentions if m.start not in compared] if compared
                                       else all_mentions, len(text) if opening is None else opening.start
                                       if opening.index in by_sentence else opening.end, reference, grammar)
    # sentence index -> the one day a sentence without a place of its own gives the gathering the
    # sentence before it told ('This protest, held on September 29'): that gathering's, if undated
    antecedent_days: dict[int, DateInterval] = {}
    # the days sentences without a place of their own announce for the gathering told before them
    # ('De demonstratie start woensdag om 16.00 uur'), and the undated targets told in the past,
    # which no such day dates
    announced_days: list[DateInterval] = []
    undated_past: set[int] = set()
    # the days the clauses of an earlier gathering give it ('than at the previous march in X on 15
    # February 2003'): an undated page's latest such day is no day the story was written near
    earlier_days: set[date] = set()
    lines = LineStarts(text)
    commemorated_days: list[DateMention] = []  # the days rallies commemorate, left out of all_mentions
    if not published:
        # what a rally commemorates is not when it was (though a count of years after it tells when)
        remembered = commemorated(text, sentences, all_mentions, lexicon) - counted.keys()
        if remembered:
            commemorated_days = [m for m in all_mentions if m.start in remembered and m.kind == "day"]
            all_mentions = [m for m in all_mentions if m.start not in remembered]
            starts = [m.start for m in all_mentions]
    # an undated page's dateline without its year ('Barcelona, 10 mar (EFE).-'): the day it was
    # written, whose year is not given, which 'tonight' and 'yesterday' count from
    dateline_day = None if published or reference is not None else next(
        (m for m in all_mentions if m.kind == "day" and m.year is None and in_dateline(text, m, lines)), None)
    # an undated page's banners: no weekday is read against them, no window drawn after them
    own, shown = page_dates(text, all_mentions, grammar, lines, language) if not published else (
        frozenset(), frozenset())
    period_ends = ends_of_periods(text, all_mentions, lexicon)
    # the date a line near the top opens with, a dash after it ('2019-08-16 -- …'): the day of writing
    dated_line = dated_line_opening(text, all_mentions, lines)
    story_dateline = dated_line.start if dated_line is not None else None
    page_days = {date(m.year, m.month, m.day) for m in all_mentions if m.start in own or m.start in shown}
    # the dates that name another event than a gathering ('the massacre of 3 June'), read once
    # the days of events the rallies came after ('after Sunday's election', 'tras las elecciones del
    # domingo'): from that day on
    sentence_ends = [s.end for s in sentences]
    events_before = frozenset(m.start for m in all_mentions if not _in_a_name(text, m, grammar) and _event_around(
        text, m, grammar.after_event, language,
        sentences[min(bisect.bisect_left(sentence_ends, m.end), len(sentences) - 1)]))
    other_events = frozenset(m.start for m in all_mentions if m.start not in events_before and (
        _another_events_day(text, m, grammar, language) or _in_a_name(text, m, grammar)
        or _event_around(text, m, grammar.ahead_of, language))) | _days_replaced(text, sentences, all_mentions,
                                                                                   grammar, language)
    years_before = _years_before(text, all_mentions, grammar)
    # 'Ten years ago today', 'Heute vor zehn Jahren': the day of writing that many years back
    years_today = _years_ago_today(text, all_mentions, grammar)
    # 'Today marks the 56th anniversary of the march', 'Today is the anniversary of the march held
    # in X in 1969': the day of writing that many years back too; the day written beside 'today'
    # ('Today, November 15, 2025, marks') is the day of writing's, not a gathering's
    marked_today, apposed_spans, written_today, unplaced_today = _anniversaries_today(
        text, sentences, all_mentions, language, grammar, reference)
    years_today.update(marked_today)
    # 'Le 20 février est un phénomène contestataire': a day the article speaks of as a thing, its
    # year not given, wherever it writes that day and month
    subject_days = _days_as_subjects(text, sentences, all_mentions, language, grammar)
    counts_of_today = {start for _, start, _ in years_today.values()} | {
        d.start for d in all_mentions if any(d.start in spans for spans in apposed_spans.values())}
    # the weekday the article writes a day and month with ('la cita es el lunes 8 de marzo'), when it
    # writes one only: the weekday of that day wherever the article names it without one ('8M')
    written_weekdays = _written_weekdays(all_mentions)
    # in a page that gives only its month (or its year), the one day of it the article writes with a
    # weekday: that weekday alone elsewhere ('jeudi' … 'jeudi 30 mars') is that day
    weekday_days = _weekdays_written_days(written_weekdays, reference)
    anniversaries = _other_events_days(text, sentences, all_mentions, own | shown, lines, other_events, language) if (
        reference is None or reference.kind in ("inferred", "year")) and any(
        m.kind == "day" and m.year is None for m in all_mentions) else {}
    # an undated page's first count of a year or more back (_years_back_in), sought once if at all
    page_count: DateMention | None = None
    page_count_sought = False
    # a listing whose items each end with a line that is a date alone (a tag page): that date is
    # its item's, not the next item's, and no anchor for the days the next item tells
    closing_lines = _date_lines_closing_items(text, sentences, all_mentions, starts, lines)
    closers = sorted(closing_lines)
    # where the article first names a day but the day of publication: a time of the day before it
    # is the day of writing's (_time_of_day_alone)
    first_day = _first_named_day(all_mentions, reference.day) if published else sys.maxsize
    for s in sentences:
        if s.index in closing_lines:
            paragraph_date.pop(s.paragraph, None)
            continue
        if closing_lines and (s.index == sentences[0].index or s.index - 1 in closing_lines):
            # an item's days ('Starting December 26, picketers …') are read against its own date
            anchor, anchor_of_event = full_day(closing_lines[closers[bisect.bisect_right(closers, s.index)]]), False
            latest_told = anchor
        ongoing_here: bool | None = None  # whether the sentence says a period runs on, once asked
        metadata = _METADATA_LINE.match(text, lines.start_of(s.start))
        # a label's line goes on with its date's time or another label ('Published May 4, 2020
        # 10:15 Updated …'); after a page's own 'date YYYY-MM-DD' the article begins ('… In Den
        # Haag zijn zaterdag …' had lost its Saturday), though a dateline may restate that day
        # ('Addis Ababa September 7/2022/ENA/')
        header = tuple(map(int, metadata["header"].split("-"))) if metadata is not None and metadata["header"] \
            else None
        metadata_end = None if metadata is None else metadata.end() + METADATA_LABEL_CHARS
        # In an undated page, a weekday is read against the latest date the article gave before
        # it; not one of an earlier sentence when its own sentence marks an anniversary or says
        # 'this year' ('It was on 10 March 1959 … On Saturday, thousands marched to mark the
        # anniversary': a Saturday years after it, of a year not given)
        earlier_anchor = anchor if not published and anchor is not None and any(
            pattern is not None and pattern.search(text, s.start, s.end) is not None
            for pattern in (anniversary_word, grammar.relative_year)) else None
        here_mentions = all_mentions[bisect.bisect_left(starts, s.start):bisect.bisect_left(starts, s.end)]
        mentions = [m for m in here_mentions if m.end <= s.end and not (
                        metadata_end is not None and m.start < metadata_end and (
                            header is None or m.start < metadata.end() or _restates(text, m, header)))
                    and not in_dateline(text, m, lines) and m.start != story_dateline
                    and (m.start not in other_events or m.start in counted) and m.start not in compared]
        # the date expressions whose years are no years the sentence names: its own, and the days of
        # gatherings it compares the rally with ('echoing the one of October 1967')
        year_mentions = mentions if not compared else sorted(
            [*mentions, *(m for m in here_mentions if m.start in compared and m.end <= s.end)], key=lambda m: m.start)
        here = by_sentence.get(s.index, [])
        # A sentence without a rally of its own reads its days in its own tense: a lead that
        # announces 'a march this Friday' dates the rally the next paragraph places.
        scheduled = any(t.scheduled for t in here) if here else bool(mentions) and announces(
            text[s.start:s.end], language)
        resolved: list[tuple[int, int, DateInterval]] = []
        history = ""  # a date of the sentence long before the reference: it tells of another time
        marked: DateInterval | None = None  # the return of a day long before that its rallies mark
        if reference is not None and reference.kind == "year" and commemorated_days:
            # ... in a page that gives only the anniversary's year, the day it counts from, which
            # dates no rally itself ('on Monday for the 50th anniversary of the massacre of 15
            # March 1960')
            for m in commemorated_days:
                if s.start <= m.start and m.end <= s.end and marked is None:
                    marked = _anniversary_day(text, s, m, reference, scheduled, language, mentions)
            after = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
            if marked is None and after is not None and after.paragraph == s.paragraph:
                # ... or in the next sentence, which tells what the rally marks ('Thousands marched
                # on Saturday. They marked the 72nd anniversary of … 17 September 1939'): the day
                # only when it returns on the weekday the rally's sentence writes
                for m in commemorated_days:
                    if after.start <= m.start and m.end <= after.end and marked is None and (
                            day := _anniversary_day(text, after, m, reference, scheduled, language, mentions)
                    ) is not None and day.precision == "day":
                        marked = day
        same_day = False
        previous: DateMention | None = None  # the expression behind resolved[-1]
        unplaced = False  # a weekday or 'today' of the sentence that nothing places (an undated page)
        unplaced_end = 0  # where the first such ends
        unplaced_spans: list[tuple[int, int, None]] = []  # (start, end, None) of each such
        unplaced_weekday: int | None = None  # the weekday the first such names, if it names one
        announcing: dict[int, bool] = {}  # a date's position -> whether its clause announces (_clause_announces)
        counted_from = ""  # 'a day later' with no single day before it, or 'le lendemain de l'attentat'
        named: list[NamedYear] | None = None  # the years the sentence names, read when a day needs them
        year_named = next(years_written(text, s.start, s.end, grammar), None)  # the sentence's first year, if any
        names_a_year = year_named is not None
        opens_with_year = names_a_year and year_named.start() - s.start <= YEAR_OPENING_CHARS
        first_yearless = next((m for m in mentions if m.kind in ("day", "month") and m.year is None), None)
        shift = _year_shift(text, s, first_yearless, grammar, reference) if first_yearless is not None else None
        vague_years = ""  # 'a few years ago': a count of years back that gives no one year
        if shift is None and first_yearless is not None and reference is not None and reference.kind in (
                "published", "month") and (
                back := [(round(-m.shift / 365) if m.spread < 365 else None, m.text.strip()) for m in mentions
                         if _a_year_or_more_back(m)]):
            # 'Two years ago, thousands marched on 12 June': the day of that year, not this one's
            counts = {n for n, _ in back}
            if len(counts) == 1 and None not in counts:
                shift = -counts.pop()
            else:
                vague_years = back[0][1]
        # 'Thirty years ago, history was made. On 9 October, 70,000 marched': a day without its
        # year or weekday right after a sentence that counts years back, its own sentence naming
        # no year and announcing nothing, is of that year or of the page's: which, not known; in
        # a page without its date, after such a count anywhere before it (the page's year is but
        # the nearest to the dates it mentions)
        years_back_before = ""
        if not (shift is not None or vague_years or first_yearless is None or names_a_year or scheduled
                or s.index == 0 or reference is None or reference.kind not in ("published", "month", "inferred")):
            if reference.kind != "inferred":
                count = _years_back_in(text, sentences[s.index - 1], all_mentions, starts, grammar)
            else:
                if not page_count_sought:  # the page's first such count, sought once an article
                    page_count_sought = True
                    page_count = _years_back_in(text, sentences[0]._replace(end=len(text)), all_mentions, starts,
                                                grammar)
                count = page_count if page_count is not None and page_count.end <= sentences[s.index - 1].end \
                    else None
            years_back_before = count.text.strip() if count is not None else ""
        recalled: set[int] = set()  # its dates a count of years back places: another, earlier rally's
        # a gathering told before the story's time ('120,000 had marched on 10 January'): its day
        # and month are an earlier rally's too
        told_before = lexicon is not None and lexicon.pluperfect is not None and \
            lexicon.pluperfect.search(text, s.start, s.end) is not None
        # the weekdays of the days a count of years after gives ('on Saturday, a year after the rally
        # of August 10, 2018'): such a weekday is placed by that day, in a page with no date as well
        returning = {counted[m.start][0].weekday() for m in mentions if m.start in counted}
        # ... or the one weekday it tells, among the days either side of them
        weekdays_told = {m.weekday for m in mentions if m.kind == "weekday"} if returning else set()
        if len(weekdays_told) == 1:
            returning = weekdays_told
        for m in mentions:
            if m.kind == "sameday":
                same_day = True
                continue
            if m.start in counts_of_today:
                continue  # read with the day of writing it counts back from
            if m.start in unplaced_today:
                history = history or f"'{unplaced_today[m.start]}': the day of writing is an anniversary of what its " \
                                     "sentence tells, of a year not given"
                continue
            if m.start in years_today:
                years, count_start, count_end = years_today[m.start]
                if _remembered(text, s, min(m.start, count_start), grammar):
                    continue  # 'om te herdenken dat Rusland deze week vier jaar geleden …': the time remembered
                phrase = text[min(m.start, count_start):max(m.end, count_end)]
                back = f"{years} year{'s' if years != 1 else ''} before"
                written_on = written_today.get(m.start)  # 'Today, November 15, 2025, marks …'
                if written_on is None and (reference is None or reference.kind != "published"):
                    history = history or f"'{phrase}': {back} a day of writing the page does not give"
                    continue
                day = _years_back(written_on or reference.day, years)
                said = f"'{phrase}': {day.isoformat()}, {back} " + (
                    f"the day of writing it names, {written_on.isoformat()}" if written_on else
                    f"the publication date {reference.day.isoformat()}")
                resolved.append((m.start, m.end, DateInterval(day, day, "day", said) if m.kind == "relative" else
                                 DateInterval(day - timedelta(days=WEEK_AROUND_DAYS), day + timedelta(
                                     days=WEEK_AROUND_DAYS), "approximate", f"{said}, or the days of its week")))
                recalled.add(m.start)  # an earlier rally's day, the place's only when nothing else dates it
                previous = m
                continue
            if m.start in counted:
                day, phrase = counted[m.start]
                said = f"'{phrase} … {m.text.strip()}': {day.isoformat()}, that many years on"
                if len(weekdays_told) == 1:
                    # 'Four years after the invasion of March 20, 2003, thousands marched on
                    # Saturday': the one day of that weekday among the days either side of it
                    (weekday,) = weekdays_told
                    on = day + timedelta(days=(weekday - day.weekday() + YEARS_ON_DAYS) % 7 - YEARS_ON_DAYS)
                    interval = DateInterval(on, on, "day", f"{said}, or some days either side: the "
                                            f"{calendar.day_name[on.weekday()]} among them its sentence says")
                    if reference is not None and reference.kind == "month" and on.month == reference.day.month:
                        # ... and that weekday alone later in a page of its month ('Des rassemblements
                        # … ont été organisés ailleurs, samedi') is that day, as a day written with it is
                        weekday_days.setdefault(on.weekday(), on)
                else:
                    interval = DateInterval(day - timedelta(days=YEARS_ON_DAYS), day + timedelta(days=YEARS_ON_DAYS),
                                            "approximate", f"{said}, or some days either side")
                resolved.append((m.start, m.end, clip_to_publication(interval, reference)))
                if grammar.when_clause is not None and (when := grammar.when_clause.match(text, m.end)) is not None:
                    # ', cuando miles de cubanos salieron a las calles de X': what the clause after
                    # the day tells is of that day itself, not of its return
                    written = date(m.year, m.month, m.day)
                    resolved.append((when.start(), when.end(), DateInterval(written, written, "day", (
                        f"'{m.text.strip()}{when.group()}': {written.isoformat()}, the day the clause after it "
                        "tells of"))))
                previous = m
                continue
            if m.kind == "later":
                # 'a day later', 'le lendemain': a count of days from the date before it (not when
                # it takes an object of its own: 'le lendemain de l'attentat', 'una settimana dopo
                # il golpe', 'the day after the election', its last word opening the words of an
                # event after or before it; 'the day after.' and 'Dagen etter samlet hundrevis
                # seg', a verb after it, take none)
                before = resolved[-1][2] if resolved else last
                following = WORD.match(text, m.end + 1) if text[m.end:m.end + 1].isspace() else None
                last_word = m.start + len(m.text.rstrip()) - len(m.text.split()[-1])
                if following is not None and (following.group().lower() in language.landmark_links or any(
                        words is not None and words.match(text, last_word)
                        for words in (grammar.after_event, grammar.ahead_of)) and not any(
                        verbs is not None and verbs.fullmatch(following.group())
                        for verbs in (language.gathering, language.past, language.present))):
                    counted_from = m.text.strip()
                    continue
                if before is not None and before.start is not None and before.start == before.end:
                    interval = clip_to_publication(_counted_from(m, before), reference)
                    resolved.append((m.start, m.end, interval))
                    previous, anchor = m, interval.end
                else:
                    counted_from = m.text.strip()
                continue
            if m.kind == "day" and m.year is None and m.weekday is None and not m.until and (
                    weekday := written_weekdays.get((m.month, m.day))) is not None:
                m = replace(m, weekday=weekday)
            told_year = shift is not None and m.kind in ("day", "month") and m.year is None
            if vague_years and m.kind in ("day", "month") and m.year is None:
                resolved.append((m.start, m.end, _year_not_given(
                    m, f"its sentence counts years back ('{vague_years}'), which give no one year")))
                previous = m
                continue
            if subject_days and m.kind == "day" and m.year is None and m.weekday is None and not m.modifier and \
                    (m.month, m.day) in subject_days and not _within_weeks_before(m, reference):
                resolved.append((m.start, m.end, _year_not_given(
                    m, f"the article speaks of that day as a thing ('{subject_days[(m.month, m.day)]}'), of a year "
                       "it does not give")))
                previous = m
                continue
            if years_back_before and m.kind in ("day", "month") and m.year is None and m.weekday is None and \
                    not m.modifier:
                counter = "the page, which gives no date of its own," if reference.kind == "inferred" else \
                    "the sentence before it"
                resolved.append((m.start, m.end, _year_not_given(
                    m, f"{counter} counts years back ('{years_back_before}'), so it may be of that year or of the "
                       "page's")))
                previous = m
                continue
            if told_year:
                # 'last year on 8 June', 'in March of last year': the year the sentence gives the day
                m = replace(m, year=reference.day.year + shift)
            yearless = m.kind == "day" and m.year is None and not told_year
            month_yearless = m.kind == "month" and m.year is None
            # 'Saturday', 'last week', in a sentence that may open with a year ('In 2019, …')
            from_reference = m.kind in RELATIVE_KINDS and reference is not None and opens_with_year
            if (yearless or month_yearless or from_reference) and named is None:
                named = _named_years(text, s, year_mentions, language)
            given = _year_given(text, s, m, named, years_before, grammar, language) if yearless or month_yearless else None
            if given is not None:
                # 'In 2003, on 15 February …', '15 February of that year': the year the text gives it
                m = replace(m, year=given[0])
            elif from_reference and (opening := _opening_year(text, s, named, grammar)) is not None and \
                    opening[0] < reference.day.year:
                # 'In 2019, thousands marched on Saturday': that Saturday is one of 2019, which
                # the publication does not count from
                history = history or f"'{m.text.strip()}' of {opening[1]}"
                continue
            elif m.kind == "weekday" and not m.modifier and reference is not None and names_a_year and (
                    year := _year_right_before(text, m, named := named if named is not None else _named_years(
                        text, s, year_mentions, language), grammar)) is not None and year < reference.day.year:
                # 'the 1965 “Bloody Sunday” march': the weekday of that year, a day's name, which
                # the publication does not count from
                history = history or f"'{m.text.strip()}' of {year}, the year right before it"
                continue
            # 'Thousands marched on Saturday, and another march is planned for Sunday': a day of a
            # clause that announces is one to come, whatever the sentence reports before it
            clause_ahead = not scheduled and (m.kind in RELATIVE_KINDS or m.kind == "day") and _clause_announces(
                text, s, m.start, language, announcing)
            if m.kind == "weekday" and not m.modifier and (named_day := weekday_days.get(m.weekday)) is not None:
                interval = DateInterval(named_day, named_day, "day", (
                    f"'{m.text.strip()}': the {named_day:%A} {named_day.day} {named_day:%B} the article names, in the "
                    f"{'month' if reference.kind == 'month' else 'year'} of publication ({reference.reason})"),
                    scheduled or clause_ahead)
            else:
                counted_from_day = None if earlier_anchor is not None and anchor == earlier_anchor else anchor
                if (scheduled or clause_ahead) and counted_from_day is not None and latest_told is not None:
                    counted_from_day = max(counted_from_day, latest_told)
                interval = resolve(m, reference, scheduled or clause_ahead, counted_from_day)
                if marked is not None and interval is not None and reference.kind == "year" and \
                        (interval.start, interval.end) == (reference.day.replace(month=1, day=1), reference.day):
                    continue  # 'on Monday' in the anniversary's year: the return of the day it marks (marked)
                if m.kind == "weekday" and m.weekday in returning and interval is not None and \
                        interval.start != interval.end:
                    continue  # 'on Saturday' in a page of its month: placed by the day a count of years gives
                if interval is None and m.kind == "relative" and dateline_day is not None and \
                        (counted_day := _day_month_after(dateline_day, _days_counted(m))) is not None:
                    # 'Barcelona, 10 mar (EFE).- … se han manifestado esta noche': the dateline's day,
                    # or the day it counts to, its year not given
                    interval = DateInterval(None, None, YEAR_UNKNOWN, (
                        f"'{m.text.strip()}' counted from the dateline's '{dateline_day.text.strip()}': {counted_day}, "
                        "year not given (no publication date, and no year in the text or its address that fixes it)"),
                        scheduled or clause_ahead)
                if interval is None and m.kind == "weekday" and not m.modifier and \
                        (day_given := yearless_days.get(m.weekday)) is not None:
                    # 'Most rallies took place on Saturday, May 15 … In X, motorcades on Saturday': that
                    # Saturday, in a year nothing fixes
                    interval = replace(day_given, reason=f"'{m.text.strip()}': the {calendar.day_name[m.weekday]} "
                                                         f"the article gave before it, {day_given.reason}",
                                       scheduled=scheduled or clause_ahead or day_given.scheduled)
                if interval is not None and anchor_of_event and m.kind == "weekday" and not m.modifier and \
                        not published and earlier_anchor is None and \
                        (after := resolve(m, reference, True, anchor)) is not None and after.end != interval.end:
                    # 'The war began on 20 March 2003. On Saturday, thousands marched': the Saturday
                    # before that day or the one after, which the article may have been written after
                    interval = DateInterval(interval.start, after.end, "approximate", (
                        f"'{m.text.strip()}' read against a day the article told before it ({anchor.isoformat()}), which it "
                        f"may have been written days after: "
                        f"the one before it ({interval.start.isoformat()}) or the one after ({after.end.isoformat()})"),
                        interval.scheduled)
            if interval is not None and m.kind in ("weekday", "weekend") and m.modifier in ("", "this") and \
                    reference is not None \
                    and reference.kind in ("published", "month") and (
                        told := _tense_of_either_side(text, s, m.start, grammar, language)):
                # 'Organisers said a march would be held on Saturday' (to come when they said it),
                # 'Am Samstag demonstrieren Tausende', 'Dit weekend demonstreren duizenden' (the
                # present of what is to come): before publication or after it
                interval = _either_side(m, reference, anchor, told)
            elif m.kind == "day" and m.year is None and reference is not None and reference.kind == "published" \
                    and (told := _tense_of_either_side(text, s, m.start, grammar, language)):
                # 'A march was scheduled for 28 October', 'La manifestation a été fixée au 28 octobre'
                # (a page of 12 October): the plan told in the past, its day on either side of it
                interval = _nearer_side(m, reference, anchor, told)
            if m.start in events_before and interval is not None:
                # 'Thousands rallied after Sunday's election': on that day or after it, by publication
                interval = None if interval.start is None else _to_publication(
                    interval.start, reference, f"after '{m.text.strip()}' ({interval.start.isoformat()}), "
                                               "another event's day: from it")
                if interval is None:
                    # another event's day, which dates no rally (nor, in a year not given or long
                    # before, a span to publication)
                    continue
            if given is not None and interval is not None:
                interval = replace(interval, reason=f"{interval.reason} ({given[1]})")
            elif yearless and m.weekday is None and interval is not None and interval.start is not None and (
                    earlier := [y.year for y in named if not y.bound and y.year < interval.start.year]):
                # 'On 15 February, millions marched against the war, as in 2003': the year the
                # publication gives the day is not the one its sentence names
                interval = DateInterval(None, None, YEAR_UNKNOWN, (
                    f"'{m.text.strip()}': {_day_month(m)}, year not given: its sentence "
                    f"names {earlier[0]}, before the year it would take by the reference ({interval.start.year})"),
                    scheduled)
            past = anniversaries.get((m.month, m.day)) if m.kind == "day" and m.year is None else None
            if past is not None and not told_year and interval is not None and \
                    interval.start == date(past.year, past.month, past.day):
                # 'The massacre took place on 4 June 1989. … On 4 June, thousands held a vigil': in
                # a page without its date, the day and month of another event the article dates
                # is that event's anniversary, some year after it, not the event's own day
                interval = DateInterval(None, None, YEAR_UNKNOWN, (
                    f"'{m.text.strip()}': {m.day} {calendar.month_name[m.month]}, the day and month of another "
                    f"event the article dates ('{past.text.strip()}'): its anniversary, in a year not given"),
                    scheduled)
            if told_year and interval is not None:
                relation = {-1: "the year before", 0: "the year of", 1: "the year after"}.get(shift, f"{-shift} years before")
                interval = replace(interval, reason=f"{interval.reason} of {m.year}, the year its sentence gives "
                                                    f"({relation} {reference.day.year})")
            # a day of another year than the one the text is known to speak of (a page's banner,
            # the history an anniversary counts from) is no anchor
            other_year = (reference is not None and reference.kind == "year" and m.year is not None
                          and m.year != reference.day.year)
            # nor is a day whose year only the corpus gave: a day read against it would say the
            # article gave that year
            corpus_year = m.year is None and reference is not None and reference.from_corpus
            if m.kind == "day" and interval is not None and interval.start is None and \
                    interval.precision == YEAR_UNKNOWN and interval.weekday is not None:
                yearless_days[interval.weekday] = interval
            # nor the day a period began that its sentence says runs on ('Lancé le 22 février 2019,
            # le mouvement ne cesse de réclamer …'): the article is written an unknown time after it, and
            # no day told before it is the article's either
            if m.kind == "day" and ongoing_here is None:
                ongoing_here = grammar.ongoing is not None and grammar.ongoing.search(text, s.start, s.end) is not None
            runs_on = m.kind == "day" and ongoing_here and _a_start(text, s, m.start, grammar)
            if runs_on:
                anchor, anchor_of_event = None, False
            # nor the end of a range that spans more than a year (period_ends)
            if m.kind == "day" and not other_year and m.start not in shown and not corpus_year and \
                    m.start not in period_ends and not runs_on:
                if interval is not None and interval.start == interval.end:
                    anchor = interval.end
                elif interval is None and m.year:
                    anchor = date(m.year, m.month, m.day)
                if anchor is not None and not (interval is not None and interval.scheduled) and \
                        (latest_told is None or anchor > latest_told):
                    latest_told = anchor
                # ... or of the rallies its sentence tells, in its prose (not a page's dateline):
                # 'Thousands marched in X on Saturday, 12 October 2019. In Y, 500 gathered on
                # Sunday' may be the Sunday after, the story written since
                anchor_of_event = _what_happened_then(text, s, m.start, m.end, language) if not here else \
                    page_line(text, m, lines) is None
            if interval is None:
                if m.kind in RELATIVE_KINDS and not (m.kind == "weekday" and m.weekday in returning):
                    if not unplaced:
                        unplaced, unplaced_end, unplaced_weekday = True, m.end, m.weekday
                    unplaced_spans.append((m.start, m.end, None))
                continue
            # (an undated page's own stamp, a repost's or a save's, is no day the story was written
            # near: a full date told years before it is the story's, 'septiembre 14, 2025' over
            # 'reclamaron este domingo (25.07.2021) en Madrid')
            reposted = reference is not None and reference.kind == "inferred" and reference.day in page_days and \
                m.kind == "day" and m.year is not None
            if not plausible(interval, reference) and not told_year and not reposted:
                if (day := _anniversary_day(text, s, m, reference, scheduled, lexicon, mentions)) is not None:
                    # 'to mark the anniversary of the uprising of March 10, 1959': not the rally's
                    # day, but what it marks, the day's return this year, when nothing else dates it
                    marked = marked or day
                elif m.kind == "relative" and _remembered(text, s, m.start, grammar):
                    pass  # 'held events to mark the mass protest two years ago': the time remembered, not told
                else:
                    history = history or interval.reason
                    if reference is not None and reference.kind == "month" and interval.precision == "day" and \
                            interval.start is not None and not scheduled:
                        told_days.append(interval.start)
                continue
            interval = clip_to_publication(interval, reference)
            if previous is not None and joined(text, previous, m, lexicon):
                start, _, first = resolved.pop()
                # 'between 3 January and 12 April 2003': the year written once is both ends'
                if (day := _in_the_other_end_s_year(previous, m, True)) is not None:
                    first = DateInterval(day, day, "day", f"'{previous.text.strip()}' of {day.year}, the year of "
                                         "the range's end", first.scheduled)
                elif (day := _in_the_other_end_s_year(m, previous, False)) is not None:
                    interval = DateInterval(day, day, "day", f"'{m.text.strip()}' of {day.year}, the year of the "
                                            "range's start", interval.scheduled)
                resolved.append((start, m.end, hull([first, interval], f"{first.reason} to {interval.reason}")))
            elif previous is not None and resolved and resolved[-1][1] == previous.end and \
                    _APPOSITION.fullmatch(text, previous.end, m.start) \
                    and narrower(interval, resolved[-1][2]):
                # 'this afternoon, Saturday 2 March' in a page that gives only its month: one day
                # said twice, the second naming it more closely
                start, _, first = resolved.pop()
                resolved.append((start, m.end, replace(interval, reason=f"{first.reason}, that is {interval.reason}")))
            else:
                resolved.append((m.start, m.end, interval))
                if told_year and shift < 0 or m.start in back_told or told_before and m.kind == "day":
                    recalled.add(m.start)
            previous = m
        resolved_starts = [r[0] for r in resolved]
        if reference is not None and reference.kind == "month":
            told_days.extend(r[2].start for r in resolved
                             if r[2].precision == "day" and not r[2].scheduled and r[0] not in recalled)
        undated_page = reference is None or reference.kind == "inferred"
        rally_days = _rally_days(text, s, resolved, resolved_starts, reference if published else None, lexicon, grammar,
                                 unplaced_end if unplaced and undated_page else None,
                                 reference.day - timedelta(days=RECENT_DAYS) if reference is not None and
                                 reference.kind in ("published", "month") else None) \
            if resolved and (here or s.index in rally_sentences) else None
        if rally_days is not None and not rally_days[0][0]:
            # 'Thousands gathered on Wednesday to protest the coup that started Feb. 1': its
            # only dates are another event's, and its own day is one nothing places
            resolved, resolved_starts = [], []
        # told in the past ('have since been protesting'): another sentence's day after
        # publication cannot be its day; a sentence that tells no tense of its own ('In X, 2,000
        # schoolchildren paraded') is told in its paragraph's last one ('220 rallies were held')
        tense = _tense(text, s, language)
        told_past = bool(here) and (tense or paragraph_tense.get(s.paragraph)) == "past"
        if tense:
            paragraph_tense[s.paragraph] = tense
        contradicted = False  # the sentence announces its rallies, and its dates are all before publication
        # 'Thousands rallied on Sunday … inspired by the Baltic Way on August 23, 1989': in an undated
        # page, a weekday nothing places is the rally's day, and no other sentence's date is it
        unplaced = unplaced and not resolved and undated_page
        if marked is not None and not resolved and not here and s.index in rally_sentences:
            # 'Exiles around the world on Tuesday observed the 61st anniversary of a March 10, 1959
            # uprising, holding rallies …' (no place of its own): the day its rallies mark dates the
            # gatherings its paragraph and the article then place, as a day it wrote would
            paragraph_date.setdefault(s.paragraph, marked)
            if lead is None and not lead_unplaced:
                lead, lead_ahead = marked, False
        if history and not resolved and s.index in rally_sentences:
            # 'In 2003, on 15 February, millions marched. … The biggest march was in Rome': the
            # paragraph tells of that time, which the publication does not date
            paragraph_date[s.paragraph] = DateInterval.unknown(f"the paragraph tells of another time ({history})")
            if lead is None and not lead_unplaced and published and s.paragraph == lead_paragraph:
                lead_history = lead_history or history
        if unplaced and s.index in rally_sentences:
            if lead is None:
                lead_unplaced = True
            # 'the last great march, on 12 March … this Saturday, in over 80 countries': the
            # paragraph has moved on to a day nothing places, and no earlier date is that day
            paragraph_date[s.paragraph] = DateInterval.unknown(
                "a day that nothing places (no publication date, and no date before it in "
                "the article to count it from)")
        pairings: dict[int, dict[int, DateInterval]] = {}  # id(candidates) -> their dates paired with places
        clauses_of: dict[int, tuple] = {}  # id(candidates) -> _split_announcing of them
        # the sentence's live words ('are gathered'), sought once: they date its rallies without a date
        live_found = live.search(text, s.start, s.end) if reference is not None and reference.kind in (
            "published", "month") and live and here and not resolved else None
        period_found: list[str | None] = []  # its period ('last summer'), sought once when a rally needs it
        # whether the sentence has a word of an earlier gathering ('previous'), sought once: most have none
        names_earlier = bool(here) and any(pattern is not None and pattern.search(text, s.start, s.end) is not None
                                           for pattern in (grammar.earlier_gathering, grammar.after_event))
        remembers_here: bool | None = None  # whether the sentence remembers a time it dates, once asked
        where: WhereClauses | None | bool = False  # its clauses said of a place, once asked
        for target in here:
            k = index_of[id(target)]
            reported = told_past and not target.scheduled
            candidates, candidate_starts = (rally_days[1] if target.scheduled and published else rally_days[0]) \
                if resolved else ([], [])
            # 'participated in a vigil in Montreal, with another planned for Thursday': a day of a
            # clause that announces, other than the rally's own clause, is another gathering's
            # (the sentence's dates are split once, so a sentence of many places and dates costs
            # no more than their number)
            announced = False
            if candidates and not target.scheduled:
                if id(candidates) not in clauses_of:
                    clauses_of[id(candidates)] = _split_announcing(text, s, candidates, language, announcing)
                plain, ahead = clauses_of[id(candidates)]
                if ahead[0]:
                    announced = True
                    start, end = _clause(text, s, target.position)
                    days, starts_of = ahead
                    own = days[bisect.bisect_left(starts_of, start):bisect.bisect_right(starts_of, end)]
                    candidates, candidate_starts = (own, [c[0] for c in own]) if own else plain
                elif reported:
                    # 'hanno manifestato sabato contro la riforma che sarà votata la prossima
                    # settimana': told in the past, its day is not the one after publication
                    candidates, candidate_starts = rally_days[2]
            # 'more than at the previous protests in Kraków': an earlier gathering, whose days
            # are only those of its own clause
            earlier = _an_earlier_gathering(text, s, target.position, language, counted=tuple(
                (m.start, m.end) for m in mentions if m.kind == "later")) if names_earlier else None
            if candidates and earlier is not None:
                start, end = _clause(text, s, target.position)
                candidates = [c for c in candidates if start <= c[0] < end]
                candidate_starts = [c[0] for c in candidates]
                earlier_days.update(c[2].end for c in candidates if c[2].end is not None)
            # 'Primero fue en Barcelona, y la más reciente en Madrid, donde miles se congregaron el
            # jueves 6 de mayo': the day of a clause said of another place is that place's
            told_of_another = False
            if candidates and grammar.where_clause is not None and len(here) > 1:
                if where is False:
                    where = _where_clauses(text, s, here, grammar)
                if where is not None and len(kept := _told_of_another(candidates, target, where)) < len(candidates):
                    candidates, candidate_starts = kept, [c[0] for c in kept]
                    told_of_another = not kept
            if resolved and not told_of_another and (candidates or not announced and earlier is None):
                if candidates:
                    if announced:
                        pairs = None
                    elif id(candidates) not in pairings:
                        pairings[id(candidates)] = pairs = _alternating(candidates, here, unplaced_spans)
                    else:
                        pairs = pairings[id(candidates)]
                    paired = pairs[target.position] if pairs else _nearest(candidates, candidate_starts, target.position)
                    result[k] = (paired or DateInterval.unknown(
                        "its clause gives a day that nothing places (no publication date, and no date before it "
                        "in the article to count it from); the sentence's other day is another clause's"),
                                 # an earlier gathering's own day ('the original march in X on
                                 # January 30, 1972') is that gathering's: the town's only when
                                 # nothing tells of a rally there in the article's own time
                                 RANK_RECALLED if earlier is not None or all(r[0] in recalled for r in resolved)
                                 else RANK_SENTENCE)
                else:
                    contradicted = True
                    result[k] = (DateInterval.unknown(
                        f"its sentence announces it, but its dates lie before publication ({resolved[0][2].reason}): "
                        "they date something else"), RANK_SENTENCE)
            elif earlier is not None:
                # 'The turnout was higher than at the previous two marches in The Hague': that town's
                # gatherings came before the story's, on days it does not give
                result[k] = (DateInterval.unknown(f"its clause tells of an earlier gathering ('{earlier}'), whose "
                                                  "day the article does not give"), RANK_FALLBACK)
            elif same_day and last is not None and _fits(last, reported, target.scheduled, reference):
                result[k] = (replace(last, reason=f"'that same day': {last.reason}"), RANK_SAME_DAY)
            elif not target.scheduled and (found := live_found):
                result[k] = (DateInterval(reference.day, reference.day, "day", f"reported as it happens "
                                          f"('{found.group(0)}'): the day of publication ({reference.reason})")
                             if published else
                             # a page that gives only its month: the day of writing is some day of it
                             reference.some_day_of_the_month(f"reported as it happens ('{found.group(0)}'): some "
                                                             f"day of the month of publication ({reference.reason})"),
                             RANK_SENTENCE)
                if lead is None and not lead_unplaced and s.paragraph == lead_paragraph:
                    # 'È partito a X il corteo … Ieri il sindaco aveva ribadito …': the lead's
                    # gathering goes on as the story is written, and that day is the lead's, not
                    # a later sentence's
                    lead = result[k][0]
            elif history:
                # its own sentence dates it long before: another sentence's date would mislead
                result[k] = (DateInterval.unknown(f"its sentence dates it long before the article's reference date "
                                                  f"({history}): not dated from the publication"), RANK_FALLBACK)
            elif reference is not None and names_a_year and not target.scheduled and (past := _earlier_year(
                    named := named if named is not None else _named_years(text, s, year_mentions, language),
                    reference)) is not None:
                # 'In 2003, millions marched in London': neither the lead's date nor the week before
                # publication is that march's (an announced one is to come, whatever year it names:
                # 'As in 2003, thousands will march', 'the winner of the 1997 prize will speak at the rally')
                result[k] = (DateInterval.unknown(f"its sentence names {past}, a year before the article's: it tells of "
                                                  "another time, which the publication does not date"), RANK_FALLBACK)
            elif unplaced:
                # (the weekday it names, kept: another mention's day on another weekday disagrees)
                result[k] = (DateInterval.unknown(
                    "its sentence gives a day that nothing places (no publication date, and " + (
                        "the date before it is another time's: the sentence marks an anniversary or says 'this year')"
                        if earlier_anchor is not None else "no date before it in the article to count it from)"),
                    unplaced_weekday), RANK_FALLBACK)
            elif counted_from:
                result[k] = (DateInterval.unknown(f"its sentence counts its day ('{counted_from}') from a day the "
                                                  "article does not give"), RANK_FALLBACK)
            elif not target.scheduled and (since := _since(text, s, grammar, language, reference)) is not None:
                # 'Since February, similar protests have taken place in Kinshasa': some day from then
                # on, not the week before publication
                result[k] = (since, RANK_SENTENCE)
            elif (period := _period(period_found, grammar, text, s, mention_ends)) is not None:
                # 'Last summer, thousands rallied in London': neither the paragraph's day, the lead's
                # nor the week before publication is that rally's
                result[k] = (DateInterval.unknown(f"its sentence tells its time as a period ('{period}'), which "
                                                  "no day the article gives narrows"), RANK_FALLBACK)
            elif s.paragraph in paragraph_date and _fits(paragraph_date[s.paragraph], reported, target.scheduled,
                                                         reference) and not (
                    reported and s.paragraph in paragraph_ahead):
                previous = paragraph_date[s.paragraph]
                result[k] = (replace(previous, reason=f"date of the paragraph: {previous.reason}"), RANK_PARAGRAPH)
            elif lead is not None and _fits(lead, reported, target.scheduled, reference) and not (
                    reported and lead_ahead):
                result[k] = (replace(lead, reason=f"date of the article's lead: {lead.reason}"), RANK_LEAD)
            elif moved_on and reference is not None and reference.kind == "inferred":
                result[k] = (DateInterval.unknown("no date for this rally in the article, which moves on from the "
                                                  "latest date it mentions to another time"), RANK_FALLBACK)
            elif reference is not None and reference.kind == "inferred" and reference.day in page_days:
                result[k] = (DateInterval.unknown("no date for this rally in the article; the latest date it mentions "
                                                  f"({reference.day.isoformat()}) is the page's own (posted, saved or "
                                                  "shown), on or after the day it was written"), RANK_FALLBACK)
            elif opening_history and not target.scheduled:
                # 'On February 15, 2003, the world said no to war. … The protest in Rome drew the
                # most people' in a page of 2017: an 'on this day' story, of that time only
                result[k] = (DateInterval.unknown("no date for this rally in the article, which opens on another "
                                                  f"time ({opening_history}) and gives none nearer publication"),
                             RANK_FALLBACK)
            elif lead_history:
                # 'February 15, 2003, marked a day of protests across the world. … Over a million
                # people in London came together' in a page of 2016: the article's rallies are of
                # its lead's time, which the publication does not date, as much as of the week
                # before publication
                result[k] = (DateInterval.unknown("no date for this rally in the article, whose lead tells of "
                                                  f"another time ({lead_history})"), RANK_FALLBACK)
            elif lead_unplaced:
                result[k] = (DateInterval.unknown("no date for this rally in the article, whose lead gives a day "
                                                  "that nothing places; the dates it mentions are not that day"),
                             RANK_FALLBACK)
            elif not marked and (marks_anniversary or reference is not None and reference.kind == "inferred"
                                 and (remembers_here := remembers_here if remembers_here is not None else
                                      _remembers_a_time(text, s, mentions, grammar))):
                # 'gathered to mark the three-year anniversary of the invasion … began on February 24,
                # 2022', 'haben … an den Aufstand im Oktober 1989 erinnert': a day's return a year or
                # more after the dates the article gives, no fortnight after them
                result[k] = (DateInterval.unknown("no date for this rally in the article, which marks an "
                                                  "anniversary: a year or more after the latest date it mentions "
                                                  f"({reference.day.isoformat()})"), RANK_FALLBACK)
            elif published and not marked and reported and (found := _time_of_day_alone(text, s, grammar, first_day)):
                result[k] = (DateInterval(reference.day - timedelta(days=1), reference.day, "approximate",
                                          f"no day for this rally in the article, but a time of the day ('{found}') "
                                          "and no day named before it: the day of publication or the one before "
                                          f"({reference.reason})"), RANK_FALLBACK)
            else:
                result[k] = (marked or _fallback(reference, scheduled), RANK_FALLBACK)
                undated.append(k)
                if told_past:
                    undated_past.add(k)
        if resolved and grammar.when_label is not None and (
                label := grammar.when_label.match(text, lines.start_of(s.start))) and label.end() <= resolved[0][0]:
            # 'When: Saturday June 29, 2019. 5 p.m.': the day of the gathering the page announces
            when_days.append((label.group().strip(), resolved[0][2]))
        if not published and not resolved and _moves_on(text, s, grammar):
            # 'It was on 10 March 1959 … Since then, every year … This year …': in an undated
            # page, the dates before are another time's than the rallies after
            paragraph_date.pop(s.paragraph, None)
            lead = None
            moved_on = True
        if resolved and not here and len(resolved) == 1 and resolved[0][2].start is not None and \
                _about_the_gathering_before(text, s, grammar, language):
            day_told = resolved[0][2]
            if not day_told.scheduled and _recent(day_told, reference) and not _another_time_named(text, s, grammar):
                # 'Thousands gathered in Amsterdam. This protest, held on September 29, …': the day
                # of the gathering the sentence before told without one
                antecedent_days[s.index] = day_told
            elif day_told.scheduled and not _another_gathering(text, s.start, resolved[0][0], language):
                # 'De demonstratie start woensdag om 16.00 uur': the day announced for it
                announced_days.append(day_told)
        if resolved and not contradicted:
            last = resolved[-1][2]
            # a credit in brackets inside a sentence ('(foto: … / AFP)') does not make it a caption;
            # a look back ('had already marched') tells of a time before the article's news
            looks_back = grammar.already is not None and grammar.already.search(text, s.start, s.end) is not None
            # as does a count of weeks or months back ('not as many as those held a month ago'): the
            # news is of the days since
            looks_back = looks_back or all(r[0] in counted_back or r[0] in recalled for r in resolved)
            # as does, in a sentence without a rally of its own, the day a period began ('The protests
            # began on 16 September. Thousands rallied in Berlin') or a call was made ('On 2 March,
            # the group called for protests'): not the rallies' after it
            looks_back = looks_back or not here and all(
                _a_start(text, s, r[0], grammar) or _a_call(text, s, r[1], grammar)
                or _an_announcement(text, s, r[0], r[1], grammar) and not _after_publication(r[2], reference)
                for r in resolved)
            # as does, there, the day something else happened ('The protest was sparked by the beating
            # of a man in January. Hundreds demonstrated in Warsaw'): not the rallies' after it
            looks_back = looks_back or not here and all(
                _what_happened_then(text, s, r[0], r[1], language) for r in resolved)
            # as do, there, an earlier gathering's days ('Bij de vorige blokkades, in maart en in mei,
            # …'): not the next rallies'
            looks_back = looks_back or not here and _an_earlier_gathering(
                text, s, resolved[0][0], language, whole=True) is not None
            # the days, in a sentence without a rally of its own and no gathering's word before
            # another event's day it names last ('The Senate debated the law on Tuesday and passed it
            # on Thursday, and protests followed'): the rallies after came after that event, on no
            # day the sentence gives
            last_other = next((m.start for m in reversed(here_mentions) if m.end <= s.end and m.start in other_events
                               and m.start > resolved[-1][0]), None)
            before_another = not here and last_other is not None and \
                language.gathering.search(text, s.start, last_other) is None
            if s.index in rally_sentences and not looks_back and not _caption(text, sentences, s, grammar):
                current = paragraph_date.get(s.paragraph)
                # told as going on, a day it names, not 'today', is one to come ('under way for a rally
                # on Saturday 24 January'); a day announced says so itself (DateInterval.scheduled)
                ahead = any(m.kind == "day" for m in mentions) and live is not None and \
                    live.search(text, s.start, s.end) is not None
                if current is not None and current.start is not None and all(
                        r[2].end is not None and r[2].end < current.start for r in resolved):
                    # 'more than those of 12 April': a look back at earlier gatherings leaves the
                    # paragraph's next rallies between two times, neither of them surely theirs
                    del paragraph_date[s.paragraph]
                elif any(len({(d.start, d.end) if d else None for d in pairs.values()}) > 1
                         for pairs in pairings.values()):
                    # 'In X and Y they marched on Saturday, while Z marched on Thursday, May 13': its
                    # places took different days, none of them the paragraph's next rallies'
                    paragraph_date[s.paragraph] = DateInterval.unknown(
                        "the sentence before in its paragraph gave its places different days")
                elif (owned := _a_gathering_s_day(text, s, resolved, language)) is None and (
                        _another_event_to_come(text, s, resolved[-1][0], language, announcing) or before_another):
                    # 'The gathering coincided with the elections, whose second round is set for
                    # July 5': the day of another event to come, not the paragraph's next rallies'
                    pass
                else:
                    # 'Rallies on Saturday across France against the law passed on Thursday': of the
                    # sentence's days, the gathering's, not the last it names
                    paragraph_date[s.paragraph] = owned or last
                    if ahead:
                        paragraph_ahead.add(s.paragraph)
                    else:
                        paragraph_ahead.discard(s.paragraph)
                lead_days = rally_days[0][0]
                if here and not scheduled:
                    # its rallies told, a day of a clause that announces is another gathering's
                    # ('… a rassemblé des milliers de personnes à Paris, avant une nouvelle
                    # mobilisation le 26 mai'), no day of the article's own rally
                    lead_days = [r for r in lead_days if not _clause_announces(text, s, r[0], language, announcing)]
                if lead is None and not lead_unplaced and lead_days and not before_another and \
                        not _NUMBERED_ITEM.match(text, lines.start_of(s.start)):
                    # of its dates, the first that can be a rally's ('In Paris, where police killed
                    # a man on 12 March, hundreds rallied on Saturday': Saturday); not a numbered
                    # item's ('1. … protested in X on January 20th. … 6. Hundreds rallied in Y'):
                    # a list's items tell of gatherings of their own, the first no lead of the rest
                    lead, lead_ahead = _sharpest(lead_days, mentions), ahead
            elif len(resolved) == 1 and last.precision == "day" and not last.scheduled and \
                    any(m.year for m in mentions) and len(WORD.findall(text, s.start, s.end)) <= DATE_LINE_WORDS \
                    and not _EMBEDDED_POST.search(text, s.start, s.end) \
                    and not _timestamp(text, mentions, reference, lines):
                # 'London, UK. 21st April 2018. Armenians meet … to march': a sentence that is
                # little but a full date dates what its paragraph tells next
                paragraph_date[s.paragraph] = last
                paragraph_ahead.discard(s.paragraph)
    if closing_lines:
        for k, target in enumerate(targets):
            after = bisect.bisect_left(closers, target.sentence)
            if result[k][1] in (RANK_LEAD, RANK_FALLBACK) and after < len(closers) and not target.scheduled:
                # 'A rally of solidarity … was held in Warsaw' / '08.02.2021': the item was posted
                # that day, the rally it tells on or before it
                closing = closing_lines[closers[after]]
                day = full_day(closing)
                result[k] = (DateInterval(day - timedelta(days=WEEK_BEFORE_DAYS), day, "approximate", (
                    f"no date for this rally in its item of a listing: the week before the date line that closes "
                    f"it ('{closing.text.strip()}')")), RANK_PARAGRAPH)
    for k, target in enumerate(targets):
        following = target.sentence + 1
        if result[k][1] in (RANK_LEAD, RANK_FALLBACK) and following in antecedent_days and not target.scheduled and \
                sentences[following].paragraph == sentences[target.sentence].paragraph:
            day = antecedent_days[following]
            result[k] = (replace(day, reason=f"the next sentence's, which tells of that gathering: {day.reason}"),
                         RANK_PARAGRAPH)
    for k in undated:
        if (told := _told_before_the_month(result[k][0], told_days, reference)) is not None:
            result[k] = (told, RANK_FALLBACK)
        elif reference is not None and reference.kind == "inferred" and reference.day in earlier_days and \
                result[k][0].start is not None:
            result[k] = (DateInterval.unknown(
                f"no date for this rally in the article; the latest date it mentions ({reference.day.isoformat()}) "
                "is an earlier gathering's, which the story came after"), RANK_FALLBACK)
        elif reference is not None and reference.kind == "inferred" and result[k][0].start is not None and \
                _said_as_last(text, all_mentions, reference.day, grammar):
            # 'tras el éxito de una marcha, el pasado 13 de septiembre': a day the text says with the
            # word for 'last' lies before the day of writing by a span it does not give
            result[k] = (DateInterval.unknown(
                f"no date for this rally in the article; the latest date it mentions ({reference.day.isoformat()}) "
                "is told as a past one ('last'), some time before the story"), RANK_FALLBACK)
    if when_days and len({(d.start, d.end) for _, d in when_days}) == 1:
        label, when = when_days[0]
        for k in undated:
            if _fits(when, False, targets[k].scheduled, reference):
                result[k] = (replace(when, reason=f"the date of the page's '{label}' line: {when.reason}"), RANK_LEAD)
    if len({(d.start, d.end) for d in announced_days}) == 1:
        # 'Het protest in X wordt verplaatst … De demonstratie start woensdag om 16.00 uur': the one
        # day the article announces for its gathering dates the gathering it told without one,
        # unless that one was told in the past
        day = announced_days[0]
        for k in undated:
            if k not in undated_past and result[k][1] == RANK_FALLBACK and \
                    _fits(day, False, targets[k].scheduled, reference):
                result[k] = (replace(day, reason=f"the day a later sentence announces for the gathering: "
                                                 f"{day.reason}"), RANK_PARAGRAPH)
    if lead is not None:
        for k, target in enumerate(targets):
            s = sentences[target.sentence]
            if result[k][1] == RANK_FALLBACK and _headline(text, s):
                result[k] = (replace(lead, reason=f"headline; date of the article's lead: {lead.reason}"), RANK_LEAD)
    return result


# How many lines that are a date alone a listing has at least, each closing an item ('A rally …' /
# '08.02.2021'): two may be an article's date atop and below it.
LISTING_DATE_LINES = 3


def _date_lines_closing_items(text: str, sentences, mentions: list[DateMention], starts: list[int],
                              lines: LineStarts) -> dict[int, DateMention]:
    """The sentences that are a full date alone on a line of their own (at most DATE_LINE_WORDS
    words), by index, with their date, when they close a listing's items (a tag page, an archive's
    list: 'International Day of Solidarity with Belarus held in Warsaw' / '08.02.2021'): at least
    LISTING_DATE_LINES of them, the text's last sentence one of them, its first not, and an item
    (another sentence) before each. Empty for any other text: a date line there heads what follows."""
    def date_line(s) -> DateMention | None:
        line_end = text.find("\n", s.end)
        if lines.start_of(s.start) != s.start or text[s.end:line_end if line_end >= 0 else len(text)].strip() or \
                len(WORD.findall(text, s.start, s.end)) > DATE_LINE_WORDS:
            return None
        here = mentions[bisect.bisect_left(starts, s.start):bisect.bisect_left(starts, s.end)]
        return here[0] if len(here) == 1 and here[0].kind == "day" and full_day(here[0]) is not None else None

    if not sentences or date_line(sentences[-1]) is None:
        return {}  # (most texts: sought no further)
    found = {s.index: mention for s in sentences if (mention := date_line(s)) is not None}
    indices = sorted(found)
    if len(indices) < LISTING_DATE_LINES or indices[0] == sentences[0].index or any(
            b - a < 2 for a, b in zip(indices, indices[1:])):
        return {}
    return found


def full_day(mention: DateMention) -> date | None:
    """The day a full date names, or None when it gives no year or no calendar has that day
    ('31 June 2019')."""
    try:
        return date(mention.year, mention.month, mention.day)
    except (TypeError, ValueError):
        return None


def _opening_history(text: str, mentions: list[DateMention], first_rally_end: int, reference: Reference | None,
                     grammar: DateGrammar) -> str:
    """In a dated page, the first full date (or month and year) of its opening (before
    first_rally_end: the start or the end of its first rally sentence), when it lies more than
    HISTORY_DAYS before publication and the page gives no date or year nearer it, nor a day without
    its year but that date's: a story of that time ('15 February 2003 – protests against the war'
    in a page of 2017); else ''."""
    if reference is None or reference.kind not in ("published", "month") or not mentions:
        return ""
    first = mentions[0]
    if first.kind not in ("day", "month") or first.year is None or first.start >= first_rally_end:
        return ""
    latest = reference.day - timedelta(days=HISTORY_DAYS)
    try:
        opening = date(first.year, first.month, first.day if first.kind == "day" else
                       calendar.monthrange(first.year, first.month)[1])
    except ValueError:
        return ""
    if opening >= latest:
        return ""
    # (a count of a year or more back, and the time right after it, say how long ago that day was:
    # 'Saturday 15 February 2003, 20 years ago this week'; 'that day' goes back to a day given)
    looking_back = [m.end for m in mentions if _a_year_or_more_back(m)]
    for m in mentions:
        if _a_year_or_more_back(m) or m.kind == "sameday" or \
                any(0 <= m.start - end <= LOOKED_BACK_GAP for end in looking_back):
            continue
        if m.year is None and (m.kind != "day" or (m.month, m.day) != (first.month, first.day)) or \
                m.year is not None and m.year > latest.year:
            return ""
    if any(year > latest.year for _, year in _event_line_years(text, grammar)):
        return ""
    return f"'{first.text}', {round((reference.day - opening).days / 365.25)} years before publication"


def _remembers_a_time(text: str, s, mentions: list[DateMention], grammar: DateGrammar) -> bool:
    """Whether sentence s says its gathering remembers something (lexicon commemoration, or
    commemoration_after: 'in memory of', 'an den Aufstand im Oktober 1989 … erinnert') and gives a
    day, a month or a year (mentions: its date expressions): what was remembered was then, and the
    gathering some time after."""
    return (any(m.kind in ("day", "month") for m in mentions)
            or next(years_written(text, s.start, s.end, grammar), None) is not None) and _remembers(text, s, grammar)


def _remembers(text: str, s, grammar: DateGrammar) -> bool:
    """Whether sentence s says its gathering remembers something (lexicon commemoration or
    commemoration_after)."""
    return any(pattern is not None and pattern.search(text, s.start, s.end) is not None
               for pattern in (grammar.commemoration, grammar.commemoration_after))


def _of_an_old_year(text: str, s, grammar: DateGrammar, reference: Reference | None) -> bool:
    """Whether sentence s writes a year, every year it writes lies more than a year before the
    reference's, and it remembers nothing (lexicon commemoration, commemoration_after): it tells of
    that time ('the demonstration in London in 2003', 'In February 2003, 1.5 million people protested
    in London'), not of a gathering that marks it ('to mark the protest that took place on June 12,
    2019')."""
    if reference is None:
        return False
    years = [int(m.group(1)) for m in years_written(text, s.start, s.end, grammar)]
    return bool(years) and max(years) < reference.day.year - 1 and not _remembers(text, s, grammar)


def _year_not_given(mention: DateMention, why: str) -> DateInterval:
    """A day or month written without its year whose year is not known, and why ('… year not
    given: why')."""
    written = _day_month(mention) if mention.kind == "day" else calendar.month_name[mention.month]
    return DateInterval(None, None, YEAR_UNKNOWN, f"'{mention.text.strip()}': {written}, year not given: {why}")


def _years_back_in(text: str, prior, all_mentions: list[DateMention], starts: list[int],
                   grammar: DateGrammar) -> DateMention | None:
    """The first count of a year or more back (_a_year_or_more_back) the sentence prior writes,
    but one a gathering remembers there ('to mark the massacre thirty years ago': the story's time
    is now); None when none."""
    for m in all_mentions[bisect.bisect_left(starts, prior.start):bisect.bisect_left(starts, prior.end)]:
        if m.end <= prior.end and _a_year_or_more_back(m) and not _remembered(text, prior, m.start, grammar):
            return m
    return None


def _a_year_or_more_back(mention: DateMention) -> bool:
    """Whether a date expression counts a year or more back ('two years ago', 'vor 30 Jahren')."""
    return mention.kind == "relative" and mention.modifier == "ago" and -mention.shift >= 365


# What may stand between a count of years back and the time it is counted from ('20 years ago this week').
LOOKED_BACK_GAP = 2


def _headline(text: str, s) -> bool:
    """Whether a sentence is a line of its own of at most HEADLINE_WORDS words without a full stop:
    a headline or a standfirst."""
    return s.line_start and s.line_end and len(WORD.findall(text, s.start, s.end)) <= HEADLINE_WORDS and \
        not text[s.start:s.end].rstrip().endswith(_SENTENCE_END)


def _said_as_last(text: str, mentions: list[DateMention], day: date, grammar: DateGrammar) -> bool:
    """Whether the article writes day (its month and day, and its year if it gives one) only with
    the word for 'last' ('el pasado 13 de septiembre', 'le 14 septembre dernier', 'dello scorso 13
    settembre 2022')."""
    said = [m for m in mentions if m.kind == "day" and (m.month, m.day) == (day.month, day.day)
            and m.year in (None, day.year)]
    return bool(said) and all(
        m.modifier == "last"
        or grammar.last_before_day is not None and grammar.last_before_day.search(text, max(0, m.start - 30), m.start)
        or grammar.last_after_day is not None and grammar.last_after_day.match(text, m.end) for m in said)


def _other_events_days(text: str, sentences, mentions: list[DateMention], page: frozenset[int], lines: LineStarts,
                       other_events: frozenset[int], lexicon: Lexicon) -> dict[tuple[int, int], DateMention]:
    """The days, with their year, that the article gives to events other than gatherings ('the
    massacre of 4 June 1989': other_events, where _another_events_day found them; 'killed on 12
    March 2019'), not as the page's own dates or a dateline's, by month and day: the same day and
    month written again without a year is their anniversary."""
    starts = [s.start for s in sentences]
    days: dict[tuple[int, int], DateMention] = {}
    for m in mentions:
        if m.kind != "day" or m.year is None or m.start in page or in_dateline(text, m, lines):
            continue
        k = bisect.bisect_right(starts, m.start) - 1
        if k >= 0 and (m.start in other_events or _what_happened_then(text, sentences[k], m.start, m.end, lexicon)):
            days.setdefault((m.month, m.day), m)
    return days


def _weekdays_written_days(written: dict[tuple[int, int], int], reference: Reference | None) -> dict[int, date]:
    """weekday -> day, in a page that gives only its month or its year (reference kind 'month',
    'year'), for each weekday the article writes with one day of that month (of that year) only,
    on which it falls that year ('jeudi 30 mars' in a page of March 2023, 'Saturday, December
    17th' in a page of 2011): see _written_weekdays."""
    if reference is None or reference.kind not in ("month", "year"):
        return {}
    found: dict[int, set[date]] = {}
    for (month, day), weekday in written.items():
        if reference.kind == "month" and month != reference.day.month:
            continue
        try:
            candidate = date(reference.day.year, month, day)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            found.setdefault(weekday, set()).add(candidate)
    return {weekday: days.pop() for weekday, days in found.items() if len(days) == 1}


def _written_weekdays(mentions: list[DateMention]) -> dict[tuple[int, int], int]:
    """(month, day) -> weekday, for each day and month the article writes with a weekday and no
    year, one weekday only ('el lunes 8 de marzo'): the weekday is evidence of the day's year
    wherever the article names that day ('la marcha por el 8M')."""
    written: dict[tuple[int, int], set[int]] = {}
    for m in mentions:
        if m.kind == "day" and m.year is None and m.weekday is not None and not m.until:
            written.setdefault((m.month, m.day), set()).add(m.weekday)
    return {key: days.pop() for key, days in written.items() if len(days) == 1}


def _recent(interval: DateInterval, reference: Reference | None) -> bool:
    """Whether an interval can be the day of a gathering an article reports: with a publication
    date, within the month before it (a day long before is another time's, however it is told)."""
    if reference is None or reference.kind != "published":
        return True
    return 0 <= (reference.day - interval.end).days and (reference.day - interval.start).days <= RECENT_DAYS


def _another_time_named(text: str, s, grammar: DateGrammar) -> bool:
    """Whether a sentence names another time than the story's: a year by its relation ('last year'),
    a move to another time ('every year', 'since then'), a look back ('already')."""
    return any(pattern is not None and pattern.search(text, s.start, s.end) is not None
               for pattern in (grammar.relative_year, grammar.another_time, grammar.already))


# How far before publication a day told about the gathering just reported may lie.
RECENT_DAYS = 31
# How many words may open a sentence before the gathering noun it points back to ('This powerful protest').
ANTECEDENT_WORDS = 3


def _about_the_gathering_before(text: str, s, grammar: DateGrammar, lexicon: Lexicon) -> bool:
    """Whether a sentence opens with a word that points back (lexicon [gathering] anaphora: 'this',
    'the', 'cette', 'diese') and a gathering noun among its first words: it tells more of the
    gathering the sentence before it told ('This powerful protest, held on …')."""
    opening = list(WORD.finditer(text, s.start, min(s.end, s.start + 60)))[:ANTECEDENT_WORDS + 1]
    if not opening or fold(opening[0].group()) not in grammar.anaphora or len(opening) < 2:
        return False
    return lexicon.gathering.search(text, opening[1].start(), opening[-1].end()) is not None


def _rally_days(text: str, s, resolved: list[tuple[int, int, DateInterval]], starts: list[int],
                reference: Reference | None, lexicon: Lexicon | None, grammar: DateGrammar,
                unplaced: int | None = None, recent: date | None = None) -> tuple[tuple[list, list], tuple[list, list]]:
    """The sentence's dates that can be a rally's, with their starts: for a reported rally, and for
    an announced one (reference: the publication, when there is one). Of several dates, one whose
    clause says that something else happened then is not a rally's ('In Paris, where police killed
    a man on 12 March, hundreds rallied on Saturday'), nor one in a clause said of a noun that tells
    no gathering ('… in Madrid against the law, which was passed on Thursday', even when it is the
    only date), unless all are such; when the sentence also
    has a day nothing places (unplaced: where it ends; 'gathered on Wednesday … the coup that
    started Feb. 1'), none may be left, and a day-month whose year nothing gives, well after that
    day, is not kept either ('took place on Saturday … the attacks on October 7 of last year'; 'w
    sobotę, tj. dnia 8 marca' names one day twice). An announced rally's day is not one before
    publication ('Saturday … to repeal the decree of 24 October'), nor, unless all are, is one
    after it a rally's told in the past ('hanno manifestato sabato contro la riforma che sarà
    votata la prossima settimana'). When all say that something else happened then, one that ends
    before recent (a month before the page's date) is none the less another time's. Found once a
    sentence: a sentence may name hundreds of places and dates."""
    # ... nor one a war or another thing broke out on ('against the war that broke out on 7 October')
    own = [r for r in resolved if not _said_of_a_noun(text, s, r[0], grammar, lexicon) and not (
        lexicon is not None and _an_outbreak_s_day(text, r[0], grammar, lexicon))]
    if len(own) < len(resolved):
        resolved, starts = own, [r[0] for r in own]
    told, told_starts = resolved, starts
    if len(resolved) > 1 or unplaced is not None:
        # well after a day nothing places, a day-month whose year nothing gives is no firmer a
        # rally's ('demonstrations took place on Saturday … the attacks on October 7 of last year')
        kept = [r for r in resolved if not _what_happened_then(text, s, r[0], r[1], lexicon) and not (
            unplaced is not None and r[2].precision == YEAR_UNKNOWN and r[0] > unplaced + HAPPENED_REACH)]
        if kept or unplaced is not None:
            told, told_starts = kept, [r[0] for r in kept]
    if told is resolved and recent is not None:
        # its dates all say what happened then (or its one date does), and one whose words before it
        # say so ends before the month before the page's date ('marched in London … within 180 days
        # from the end of war in May', in a page of October): another time's, not the rally's
        told = [r for r in told if not (r[2].end is not None and r[2].end < recent
                                        and _what_happened_then(text, s, r[0], r[1], lexicon, after=False))]
        told_starts = [r[0] for r in told]
    if reference is None:
        return (told, told_starts), (told, told_starts), (told, told_starts)
    coming = [r for r in told if r[2].end is None or r[2].end >= reference.day]
    past = [r for r in told if r[2].start is None or r[2].start <= reference.day] or told
    return (told, told_starts), (coming, [r[0] for r in coming]), (past, [r[0] for r in past])


def _sharpest(days: list[tuple[int, int, DateInterval]], mentions: list[DateMention]) -> DateInterval:
    """The first of a sentence's dates that can be a rally's, or a later one that lies within it
    and names its day more closely: the same day, said twice ('opening the Sunday march on June 4':
    June 4, not any Sunday of the month). A day that falls on another weekday than the first's is
    not the same day ('the Sunday march … the vote on June 9')."""
    position, _, first = days[0]
    if first.start is None:
        return first
    weekday = next((m.weekday for m in mentions if m.start == position), None)
    for _, _, day in days[1:]:
        if narrower(day, first) and (weekday is None or day.start == day.end and day.start.weekday() == weekday):
            return day
    return first


# How many words before a date may say what happened on it ('killed a man on 12 March'), and how
# far in characters they are sought.
HAPPENED_WORDS = 4
HAPPENED_REACH = 60


def _what_happened_then(text: str, s, start: int, end: int, lexicon: Lexicon | None, after: bool = True) -> bool:
    """Whether the few words of its clause around a date (text[start:end]; before it only, unless
    after) say that something else happened then (a word of the lexicon's not_the_rally: 'killed a
    man on 12 March', 'the crackdown of 12 March', 'am 12. März einen Mann getötet'). A date a few
    words after a gathering's word is the gathering's, whatever it was for ('protested on Saturday
    over the death of …', 'ont manifesté à Paris samedi contre la mort de …')."""
    lexicon = lexicon or english()
    before = _words_before(text, s, start)
    after = WORD.findall(_CLAUSE_MARK.split(text[end:min(s.end, end + HAPPENED_REACH)], 1)[0])[:HAPPENED_WORDS] \
        if after and not any(lexicon.gathering.fullmatch(word) for word in before) else []
    return any(word.lower() in lexicon.not_the_rally for word in (*before, *after))


_CLAUSE_MARK = re.compile(r"[,;:()]")


def _words_before(text: str, s, start: int) -> list[str]:
    """The last HAPPENED_WORDS words of the clause of sentence s before position start (sought no
    further back than HAPPENED_REACH)."""
    return WORD.findall(_CLAUSE_MARK.split(text[max(s.start, start - HAPPENED_REACH):start])[-1])[-HAPPENED_WORDS:]


def _a_gathering_s_day(text: str, s, resolved: list[tuple[int, int, DateInterval]],
                       lexicon: Lexicon) -> DateInterval | None:
    """Of a sentence's dates that differ, the one a few words after a gathering's word in its
    clause ('Kundgebungen am Samstag … gegen das am Donnerstag beschlossene Gesetz': Saturday);
    None when the dates agree, or when not one of them, or more than one day, is so placed."""
    if len({(r[2].start, r[2].end) for r in resolved}) < 2:
        return None
    owned = {(r[2].start, r[2].end): r[2] for r in resolved
             if any(lexicon.gathering.fullmatch(word) for word in _words_before(text, s, r[0]))}
    return next(iter(owned.values())) if len(owned) == 1 else None


# How far back the day a period opens, or an event the rally came after, may lie for the span from it
# to publication to date a rally ('since February', 'after Sunday's election'): further back, the
# span would say little, and the sentence tells of a state of things.
SINCE_DAYS = 92
# What may stand between the word for 'since' and its date ('depuis le 3 mars', 'seit dem 3. März').
SINCE_GAP = 12


def _since(text: str, s, grammar: DateGrammar, lexicon: Lexicon, reference: Reference | None) -> DateInterval | None:
    """The days from the date a sentence says its time runs since ('Since February', 'depuis le 3
    mars', 'seit Samstag', 'dal 3 marzo'; lexicon since) to the publication date, when that date
    lies before publication and within SINCE_DAYS of it; the date's own interval when no year is
    known for it ('desde el domingo 11 de julio' in a page of another month: year not given), which
    the week before publication would contradict; else None."""
    if grammar.since is None:
        return None
    for word in grammar.since.finditer(text, s.start, s.end):
        found = find_dates(text, word.end(), min(s.end, word.end() + SINCE_GAP + 40), lexicon=lexicon)
        if found and found[0].start - word.end() <= SINCE_GAP:
            interval, written = resolve(found[0], reference), found[0].text.strip()
            if interval is not None and interval.start is None and interval.precision == "year-unknown":
                return replace(interval, reason=f"its time runs since ('{word.group()}') {interval.reason}")
            start = interval.start if interval is not None else None
        elif reference is not None and (name := _WORD_AFTER.match(text, word.end(), s.end)) and \
                (month := calendar_of(lexicon).months.get(fold(name.group(1)))):
            # a month's name alone, which only a preposition makes a date ('since February')
            start = date(reference.day.year - (month > reference.day.month), month, 1)
            written = name.group(1)
        else:
            continue
        if start is not None and reference is not None and start < reference.day and (
                span := _to_publication(start, reference, f"'{word.group()} {written}' ({start.isoformat()}): "
                                                          "some day from it")) is not None:
            return span
    return None


def _to_publication(start: date, reference: Reference | None, why: str) -> DateInterval | None:
    """The days from start to the publication date ('after Sunday's election', 'since February'),
    when start lies on or before it and within SINCE_DAYS of it; else None: further back, the span
    says little. why: what the reason says before 'to the publication date'."""
    if reference is None or reference.kind != "published" or not 0 <= (reference.day - start).days <= SINCE_DAYS:
        return None
    return DateInterval(start, reference.day, "day" if start == reference.day else "approximate",
                        f"{why} to the publication date {reference.day.isoformat()}")


_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")


def _said_of_a_noun(text: str, s, start: int, grammar: DateGrammar, lexicon: Lexicon | None) -> bool:
    """Whether a date (at start) stands in a relative clause set off by a comma that tells no
    gathering: what it dates is the noun's before the comma ('against the law, which parliament
    passed on Thursday', 'contra la ley, que se aprobó el jueves', 'tegen de wet, die donderdag
    werd aangenomen'), not the rally's. A clause said of a gathering is the gathering's ('The
    march, which began on Saturday, …', 'Il corteo nazionale, che si terrà sabato …')."""
    if grammar.relative_clause is None or lexicon is None:
        return False
    comma = text.rfind(",", s.start, start)
    opener = grammar.relative_clause.match(text, comma) if comma >= 0 else None
    if opener is None or _CLAUSE_MARK.search(text, opener.end(), start):
        return False
    # the noun, or the noun and one adjective after it ('Il corteo nazionale, che si terrà sabato')
    if any(lexicon.gathering.fullmatch(word) for word in WORD.findall(text, max(s.start, comma - 40), comma)[-2:]):
        return False
    end = _CLAUSE_MARK.search(text, start, s.end)
    # (a month's name is no word of gathering: the month of 'banned on 12 March' is no march)
    months = calendar_of(lexicon).months
    return all(word[:1].isupper() and fold(word) in months
               for word in (g.group() for g in lexicon.gathering.finditer(text, comma, end.start() if end else s.end)))


def of_another_event(text: str, mention: DateMention, lexicon: Lexicon) -> bool:
    """Whether a date names the day of an event other than a gathering ('the crackdown of 4 June
    1990', 'the law passed on 12 March'; _another_events_day)."""
    return _another_events_day(text, mention, grammar_for(lexicon), lexicon)


def _another_events_day(text: str, mention: DateMention, grammar: DateGrammar, lexicon: Lexicon) -> bool:
    """Whether a date is the day that names an event other than a gathering (a noun of the
    lexicon's not_the_rally or other_events): linked after it ('the massacre of 3 June', 'le
    massacre du 3 juin', 'das Massaker vom 3. Juni', 'las elecciones del 2 de junio'; lexicon
    event_links), or right after it ('killed on Friday', 'un attentat mercredi'; lexicon
    dated_events; 'the law passed on Thursday', deeds_on_things; a count back after any event's
    noun, 'the flood a month ago', 'der Flut vor einem Monat') or followed by a participle of
    one in lower case ('die im September verabschiedeten Gesetze'), or qualified by a weekday
    alone ("at Monday's briefing", 'podczas poniedziałkowego briefingu') or by a relative day,
    week or month's possessive ("last month's disputed presidential election", "yesterday's
    verdict"), or, after a determiner, right before it ('the June 3rd Sudan massacre', two
    capitalised words at most between)."""
    before = list(WORD.finditer(text, max(0, mention.start - 80), mention.start))[-OTHER_EVENT_WORDS - 1:]
    # the word right before the date, nothing but spaces between (or an elision's apostrophe: 'd'il y a')
    adjacent = before[-1].group().lower() if before and not text[before[-1].end():mention.start].strip().strip(
        "'’") else None
    if adjacent in grammar.dated_events or adjacent in grammar.deeds_on_things or (
            mention.modifier == "ago" and adjacent in grammar.other_events):
        return True  # ... and a count back right after another event's noun ('the flood a month ago')
    # ... or, a participle in lower case, right after it ('die im September verabschiedeten Gesetze',
    # 'de in september aangenomen wet'): the deed's day the words before the noun tell
    # (a noun after a count of days is its object, which the count reads: 'Dagen efter valet')
    following = _WORD_AFTER.match(text, mention.end) if mention.kind != "later" else None
    if following is not None and following.group(1)[0].islower() and (
            (word := following.group(1).lower()) in grammar.happenings or word in grammar.deeds_on_things):
        return True
    if adjacent in lexicon.function_words and len(before) > 1 and not text[before[-2].end():before[-1].start()].strip() \
            and before[-2].group().lower() in grammar.happenings:
        return True  # 'killed on 25 May', 'tué le 3 mars': its preposition between
    if adjacent is not None and _after_a_deed_s_agent(
            text, mention.start, before[-1].start() if adjacent in lexicon.function_words else mention.start, grammar):
        return True  # 'defeated by Jones in October', 'battu par Durand en octobre': the deed's agent between
    if _after_a_deed_s_object(text, mention.start, grammar, lexicon):
        return True  # 'against the government passing disputed farm laws in September': the laws' month
    if adjacent is not None and _after_an_event_s_place(text, mention.start, grammar, lexicon):
        return True  # 'the massacre at a gay nightclub one week ago': where the event was, then its day
    if (mention.kind == "weekday" and len(WORD.findall(mention.text)) == 1 or
            mention.kind in _QUALIFYING_KINDS and _RUN_ON.match(text, mention.end).end() > mention.end) and (
            nouns := _NEXT_WORDS.match(text, _RUN_ON.match(text, mention.end).end())) is not None and any(
            word.lower() in grammar.dated_events for word in _before_a_link(nouns.groups(), lexicon)):
        return True
    if adjacent in grammar.event_links:
        # the noun, its adjectives perhaps after it ('las elecciones locales y regionales del
        # próximo domingo') or whose it is ('wypowiedź premiera Davida Camerona z 6 stycznia', 'die
        # Äußerung des Premiers vom 6. Januar'): no mark between them, no gathering among them (a
        # noun may have a capital: 'Anschlag vom')
        for previous, word in zip(reversed(before[:-1]), reversed(before[1:])):
            if text[previous.end():word.start()].strip():
                break
            if previous.group().lower() in grammar.other_events:
                return True
            if lexicon.gathering.fullmatch(previous.group()):
                break
        before = before[-2:]
    if not before or before[-1].group().lower() not in lexicon.determiners or \
            text[before[-1].end():mention.start].strip():
        return False
    position = mention.end
    for k, word in enumerate(WORD.finditer(text, mention.end, min(len(text), mention.end + 60))):
        if k > 2 or text[position:word.start()].strip() or word.group()[0].isdigit():
            return False  # past the noun phrase: a comma, a number, a third name
        if not word.group()[0].isupper():
            return word.group().lower() in grammar.other_events
        position = word.end()
    return False


# How many words before a word of beginning its subject may stand ('the war that broke out on').
OUTBREAK_SUBJECT_WORDS = 3


def _an_outbreak_s_day(text: str, start: int, grammar: DateGrammar, lexicon: Lexicon) -> bool:
    """Whether the date at start is the day something other than a gathering began: a word of
    the lexicon's began right before it (a preposition or a day's article between at most), a noun
    of not_the_rally or other_events among the OUTBREAK_SUBJECT_WORDS words before that, and no
    gathering's word there ('the war that broke out on 7 October', 'la guerra scoppiata il 7
    ottobre'; not 'protests erupted on Saturday')."""
    if grammar.began is None:
        return False
    before = list(WORD.finditer(text, max(0, start - 40), start))
    if not before or text[before[-1].end():start].strip():
        return False
    adjacent = before[-1].group().lower()
    end = before[-1].start() if adjacent in lexicon.function_words or any(
        adjacent == article.lower() for article in lexicon.get("time", "day_articles")) else start
    reach = max(0, end - 40)
    began = _last_match(grammar.began, text[reach:end])
    if began is None or text[reach + began.end():end].strip():
        return False
    subject = WORD.findall(text, max(0, reach + began.start() - 60), reach + began.start())[-OUTBREAK_SUBJECT_WORDS:]
    return not any(lexicon.gathering.fullmatch(word) for word in subject) and any(
        word.lower() in lexicon.not_the_rally or word.lower() in grammar.other_events for word in subject)


def _after_a_deed_s_agent(text: str, start: int, end: int, grammar: DateGrammar) -> bool:
    """Whether the text before end (the date at start, or its preposition) ends in a deed of the
    lexicon's dated_events, a word of deed_agents and one to three capitalised names, nothing but
    spaces between ('the candidate defeated by Jones in October': the defeat's month)."""
    words = list(WORD.finditer(text, max(0, start - 80), end))[-(DEED_AGENT_NAMES + 2):]
    if not words or text[words[-1].end():end].strip():
        return False
    names = 0
    while names < min(DEED_AGENT_NAMES, len(words) - 2) and words[-1 - names].group()[0].isupper():
        names += 1
    if not names or len(words) < names + 2:
        return False
    deed, agent = words[-names - 2], words[-names - 1]
    return deed.group().lower() in grammar.happenings and agent.group().lower() in grammar.deed_agents and \
        _NAMES_RUN.fullmatch(text, deed.end(), end) is not None


# How many words a deed's object may have between the deed and its day ('passing disputed farm laws in').
DEED_OBJECT_WORDS = 4


def _after_a_deed_s_object(text: str, start: int, grammar: DateGrammar, lexicon: Lexicon) -> bool:
    """Whether a date (at start) comes after a deed done to a thing (a word of the lexicon's
    deeds_on_things) and its object, one to DEED_OBJECT_WORDS words, nothing but spaces between
    and no gathering's word among them ('against the government passing disputed farm laws in
    September', 'after parliament adopted the bill on Thursday'): the deed's day, not a rally's."""
    if not grammar.deeds_on_things:
        return False
    words = list(WORD.finditer(text, max(0, start - 120), start))[-(DEED_OBJECT_WORDS + 2):]
    for k in range(len(words) - 1, -1, -1):
        if _NOT_A_PHRASE.search(text, words[k].end(), start) or lexicon.gathering.fullmatch(words[k].group()):
            return False  # a mark between (another clause), or a gathering's word: the day is the gathering's
        if words[k].group().lower() in grammar.deeds_on_things:
            # its object's words ('disputed farm laws'), the date's preposition ('in') not counted
            between = words[k + 1:]
            return 1 <= len(between) - bool(between and between[-1].group().lower() in lexicon.function_words) \
                <= DEED_OBJECT_WORDS
    return False


# Anything but words, spaces, hyphens and apostrophes: a mark that ends a phrase.
_NOT_A_PHRASE = re.compile(r"[^\w\s'’-]")


def _after_an_event_s_place(text: str, start: int, grammar: DateGrammar, lexicon: Lexicon) -> bool:
    """Whether the text right before a date (at start) ends in a noun of the lexicon's
    dated_events, a locative and one to EVENT_PLACE_WORDS words of where that event was, no gathering
    among them and nothing but spaces between ('the massacre at a gay nightclub one week ago', "la
    masacre en una discoteca hace una semana"): the date is that event's."""
    words = list(WORD.finditer(text, max(0, start - 80), start))[-(EVENT_PLACE_WORDS + 2):]
    if len(words) < 3 or text[words[-1].end():start].strip():
        return False
    for i in range(len(words) - 2, max(0, len(words) - 1 - EVENT_PLACE_WORDS) - 1, -1):
        if i < 1 or words[i].group().lower() not in lexicon.locatives:
            continue
        if words[i - 1].group().lower() in grammar.dated_events and \
                _NAMES_RUN.fullmatch(text, words[i - 1].end(), start) is not None and \
                not any(lexicon.gathering.fullmatch(word.group()) for word in words[i + 1:]):
            return True
    return False


# How many words may say where an event was between its noun and its day ('the massacre at a gay
# nightclub one week ago', 'a stabbing attack in the French city of Marseille on Sunday').
EVENT_PLACE_WORDS = 6
# How many capitalised words may name a deed's agent between it and its day ('defeated by Luiz
# Inácio Lula in October').
DEED_AGENT_NAMES = 3
# Words and the spaces, hyphens and apostrophes within names, no mark that ends a clause.
_NAMES_RUN = re.compile(r"[\w \t'’-]*")
# How many words before the link word of a date ('of', 'del') the noun of another event it names
# may stand: the noun and its adjectives ('las elecciones locales y regionales del').
OTHER_EVENT_WORDS = 4
# How far before a date the words that put an event before or after the rally are sought ('ahead
# of the general election on').
EVENT_WORDS_REACH = 50
# ... and how far when they introduce an earlier gathering, told after the sentence's own ('following
# the demonstrations that crossed many Italian cities yesterday')
EARLIER_GATHERING_REACH = 100
# ... and the noun it qualifies, adjectives perhaps before it ("tomorrow's planned \"March\"", "last
# month's disputed presidential election").
_NEXT_WORDS = re.compile(r"\s+[\"“”'‘’«»]?(\w+)(?:\s+[\"“”'‘’«»]?(\w+))?"
                         r"(?:\s+[\"“”'‘’«»]?(\w+))?")
# The kinds of relative dates a possessive makes a noun's ("last month's", "last week's", "yesterday's")
_QUALIFYING_KINDS = frozenset({"relmonth", "week", "relative"})
# What ends the words between: a clause's or a sentence's end, a figure.
_CLAUSE_OR_FIGURE = re.compile(r"[,;:()\d.!?]")


def _before_a_link(words: tuple[str | None, ...], lexicon: Lexicon) -> list[str]:
    """The words up to the first function word ('Saturday shooting', not 'samedi contre la mort':
    what the day was against is no noun it qualifies)."""
    kept = []
    for word in words:
        if not word or word.lower() in lexicon.function_words:
            break
        kept.append(word)
    return kept


# How many words may stand between a word that sets a gathering for a day and the day
# ('originally planned for 12 March', 'prevista inicialmente para el 12 de marzo').
PLAN_WORDS = 3
_CLAUSE_BOUNDS = re.compile(r"[,;:()–—]")


def _days_replaced(text: str, sentences, mentions: list[DateMention], grammar: DateGrammar,
                   lexicon: Lexicon) -> frozenset[int]:
    """Where the days start that a gathering was first set for, in a clause set off by commas or
    brackets after its noun, when the sentence tells it in the past on another day ('The rally,
    originally planned for 12 March, took place on Saturday', 'initialement prévu le 12 mars, a eu
    lieu samedi', 'ursprünglich für den 12. März geplant, fand am Samstag statt'): a word that sets
    it (lexicon plan_words) among the clause's first two words, at most PLAN_WORDS words before
    the day, or the clause's last word, right after the day; a gathering told in the past and
    another day named outside that clause. Such a day was the plan's, not the rally's ('another
    march is planned for Sunday' sets no clause off: its day is that march's). Each clause is
    sought within CLAUSE_REACH of its day, and each sentence's past forms once: linear in a long
    sentence."""
    if grammar.plan_words is None or lexicon.past is None:
        return frozenset()
    ends = [s.end for s in sentences]
    # the days and the sentence each stands in; per sentence, the starts of the days it names, and
    # of its past forms (read once, when needed)
    named = [(m, bisect.bisect_left(ends, m.end)) for m in mentions if m.kind in _NAMING_A_DAY]
    days: dict[int, list[int]] = {}
    for m, k in named:
        days.setdefault(k, []).append(m.start)
    pasts: dict[int, list[int]] = {}
    replaced: set[int] = set()
    for m, k in named:
        if k >= len(sentences) or len(days[k]) < 2:
            continue  # (no other day in its sentence)
        s = sentences[k]
        reach = max(s.start, m.start - CLAUSE_REACH)
        opens = max((b.end() for b in _CLAUSE_BOUNDS.finditer(text, reach, m.start)), default=reach)
        close = _CLAUSE_BOUNDS.search(text, m.end, min(s.end, m.end + CLAUSE_REACH))
        if close is None or text[opens - 1:opens] not in (",", "(") or text[close.start()] not in ",)":
            continue  # no clause set off after its noun
        closes = close.start()
        words_before = list(WORD.finditer(text, opens, m.start))
        after = list(WORD.finditer(text, m.end, closes))
        if not (any(grammar.plan_words.fullmatch(w.group()) for w in words_before[:2])
                and len(words_before) <= PLAN_WORDS + 1
                or len(after) == 1 and grammar.plan_words.fullmatch(after[0].group())):
            continue
        if k not in pasts:
            pasts[k] = [found.start() for found in lexicon.past.finditer(text, s.start, s.end)]
        here = days[k]
        if any(p < opens or p >= closes for p in (pasts[k][:1] + pasts[k][-1:])) and (
                here[0] < opens or here[-1] >= closes):
            replaced.add(m.start)
    return frozenset(replaced)


def _event_around(text: str, mention: DateMention, words: re.Pattern | None, lexicon: Lexicon,
                  sentence=None) -> bool:
    """Whether a date is the day of an event the rally came before or after, not a gathering: after
    words (lexicon ahead_of: "ahead of Sunday's election", 'in vista del voto di domenica', 'im
    Vorfeld der Wahl am Sonntag'; after_event: "after Sunday's election", 'tras las elecciones del
    domingo') in its clause, with no gathering word between them and the noun the date qualifies
    ("ahead of Saturday's march" is a rally's day); not a named day. sentence: the date's, when
    the event after the words may be an earlier gathering: it is one when the date is a day and
    month and the sentence tells a gathering after it ('after the march of 14 October, a sit-in
    was held', 'dopo il corteo dello scorso 14 ottobre, era stato organizzato un presidio'), or
    when the sentence told its gathering before the words ('Thousands marched in Rome, following
    the protests that crossed Italy yesterday'; "gathered in London after Saturday's march" is
    the march's sequel)."""
    if words is None or mention.kind == "day" and not any(c.isdigit() for c in mention.text):
        return False  # a named day ('on the eve of May Day') is a day of gatherings itself
    before = None
    for before in words.finditer(text, max(0, mention.start - EARLIER_GATHERING_REACH), mention.start):
        pass
    if before is None or _CLAUSE_OR_FIGURE.search(text, before.end(), mention.start):
        return False
    far = mention.start - before.end() > EVENT_WORDS_REACH
    between = lexicon.gathering.search(text, before.end(), mention.start) is not None
    if far and not between:
        return False
    # the sentence's own gathering told before the words: what they introduce came before it (a
    # date with its year is left to say whether it is history: 'née … après le défilé ayant réuni
    # en octobre 1996 … à X')
    told_before = between and sentence is not None and mention.year is None and \
        lexicon.gathering.search(text, sentence.start, before.start()) is not None
    if far and not told_before:
        return False
    if between:
        # (a weekday's gathering is the story's own, its sequel that day: 'After the rally on
        # Saturday, protesters marched through London')
        return told_before or sentence is not None and mention.kind == "day" and mention.month is not None and \
            lexicon.gathering.search(text, mention.end, sentence.end) is not None
    # the noun right after a day that qualifies it ("Saturday's march", 'lördagens demonstration')
    attributive = _attributive(lexicon)
    if not attributive or not _qualifies_a_noun(text, mention.end, attributive):
        return True
    nouns = _NEXT_WORDS.match(text, _RUN_ON.match(text, mention.end).end())
    return nouns is None or not any(lexicon.gathering.fullmatch(word) for word in nouns.groups() if word)


def _in_a_name(text: str, mention: DateMention, grammar: DateGrammar) -> bool:
    """Whether a day and month is part of a group's name: a capitalised noun of the lexicon's
    date_names right after it ('the April 6 Youth Movement', 'the 26th of July Movement') or right
    before it, a link word perhaps between ('le Mouvement du 22 mars', 'Movimiento 26 de Julio').
    A word for a time is no name's ('the Umbrella Movement this weekend')."""
    if not grammar.date_names or mention.kind != "day":
        return False
    following = WORD.match(text, mention.end + 1) if text[mention.end:mention.end + 1] == " " else None
    if following is not None and _a_name_noun(following.group(), grammar):
        return True
    words = list(WORD.finditer(text, max(0, mention.start - 40), mention.start))[-2:]
    gap_end = mention.start
    if words and words[-1].group().lower() in grammar.event_links and not text[words[-1].end():gap_end].strip():
        gap_end = words[-1].start()
        words = words[:-1]
    return bool(words) and not text[words[-1].end():gap_end].strip() and _a_name_noun(words[-1].group(), grammar)


def _a_name_noun(word: str, grammar: DateGrammar) -> bool:
    """Whether a word is a capitalised noun of a group's name (lexicon date_names)."""
    return word[0].isupper() and fold(word) in grammar.date_names


# How far before a date the word that sets its figure against the rally's may begin.
COMPARED_REACH = 60
# A figure: '90,000', '90 000', '90.000', '1,3', '700'.
_FIGURE = re.compile(r"\d{1,3}(?:[ .,'\u00a0\u202f]\d{3})+(?!\d)|\d+(?:[.,]\d+)?")


def _compared_day(text: str, mention: DateMention, grammar: DateGrammar) -> bool:
    """Whether a date is another gathering's that the text compares the rally with: the day of
    a figure set against the rally's ('18,000 in Paris, against 90,000 on 22 March', 'contre
    90 000 le 22 mars', 'gegenüber 90.000 am 22. März': a word of the lexicon's compared, at most
    one function word, a figure, then nothing but the figure's multiplier, a crowd noun or
    function words, three at most), or a day right after a word of the lexicon's than with
    nothing but gathering nouns and function words between, four at most ('more than at the
    march of 15 September', 'mais do que na manifestação de 15 de setembro', 'higher than that
    recorded in April': lexicon tallied, words that say a figure was counted). 'against 2 new
    laws on Saturday' is no figure's; 'more than 10,000 on 15 February' counts the rally's."""
    window = text[max(0, mention.start - COMPARED_REACH):mention.start]
    return _than_day(window, grammar) or _figure_s_day(window, grammar)


def _than_day(window: str, grammar: DateGrammar) -> bool:
    """Whether the text before a date (window) ends in a word of the lexicon's than and at most
    four gathering nouns or function words: see _compared_day."""
    last = _last_match(grammar.than, window) if grammar.than_words is not None else None
    if last is None or _FIGURE.search(window, last.end()):
        return False
    words = WORD.findall(window, last.end())
    if len(words) <= 4 and all(grammar.than_words.fullmatch(word) for word in words):
        return True
    # another event's crowd, its verb perhaps after it ("more than Trump's inauguration drew on
    # Friday"): names and function words before the event's noun, at most one word after it
    event = next((k for k, word in enumerate(words) if word.lower() in grammar.dated_events), None)
    return event is not None and len(words) - event <= 2 and len(words) <= 6 and all(
        grammar.than_words.fullmatch(word) or word[0].isupper() or word == "s" for word in words[:event])


def _figure_s_day(window: str, grammar: DateGrammar) -> bool:
    """Whether the text before a date (window) sets a figure against the rally's: see
    _compared_day."""
    last = _last_match(grammar.compared, window) if grammar.figure_words is not None else None
    if last is None:
        return False
    rest = window[last.end():]
    figure = _FIGURE.search(rest)
    if figure is None:
        return False
    before, after = WORD.findall(rest[:figure.start()]), WORD.findall(rest[figure.end():])
    return len(before) <= 1 and len(after) <= 3 and not _FIGURE.search(rest, figure.end()) and all(
        grammar.figure_words.fullmatch(word) for word in (*before, *after))


# How many words may stand between a word of beginning and the date it begins on ('erupted
# across Iran on 16 September').
BEGAN_WORDS = 3
# How far before a date a word of announced makes it the announcement's day: its object and a
# preposition ('announced it in', 'zapowiedział go w')
ANNOUNCED_WORDS = 3


def _a_start(text: str, s, start: int, grammar: DateGrammar) -> bool:
    """Whether the date at start is the day a period began: a word of the lexicon's began stands
    before it in its clause, at most BEGAN_WORDS words before it ('The protests began on 16
    September', 'Die Proteste begannen am 16. September', 'Las protestas comenzaron el 16')."""
    clause_start, _ = _clause(text, s, start)
    word = _last_match(grammar.began, text[clause_start:start])
    return word is not None and len(WORD.findall(text, clause_start + word.end(), start)) <= BEGAN_WORDS


def _a_call(text: str, s, end: int, grammar: DateGrammar) -> bool:
    """Whether the date that ends at end is the day of a call to rally: a word of the lexicon's
    called follows it in its sentence ('On 2 March, the group called for protests', 'Le 2 mars, le
    collectif a appelé à manifester'). Before it, the date is the rallies' ('called for protests
    on 9 March')."""
    return grammar.called is not None and grammar.called.search(text, end, s.end) is not None


def _an_announcement(text: str, s, start: int, end: int, grammar: DateGrammar) -> bool:
    """Whether the date from start to end is the day a rally was announced: a word of the
    lexicon's announced stands before it in its clause, at most ANNOUNCED_WORDS words before it,
    and no word of for_day sets the date for what was announced ('The party announced it in
    mid-April', 'Partia zapowiedziała go w połowie kwietnia'; not 'announced a march for
    Saturday', whose date is the march's)."""
    clause_start, _ = _clause(text, s, start)
    word = _last_match(grammar.announced, text[clause_start:start])
    if word is None:
        return False
    after = clause_start + word.end()
    return len(WORD.findall(text, after, start)) <= ANNOUNCED_WORDS and (
        grammar.set_for is None or grammar.set_for.search(text, after, end) is None)


def _after_publication(interval: DateInterval, reference: Reference | None) -> bool:
    """Whether all of a date lies after the day the article was published: no day of something
    told as done ('announced a march on Saturday, June 10', published on 5 June)."""
    return reference is not None and reference.kind == "published" and interval.start is not None and \
        interval.start > reference.day


def _last_match(pattern: re.Pattern | None, window: str) -> re.Match | None:
    """The last match of a pattern (None: a lexicon without its words) in a window of text."""
    last = None
    for last in pattern.finditer(window) if pattern is not None else ():
        pass
    return last


def _split_announcing(text: str, s, candidates: list[tuple[int, int, DateInterval]], lexicon: Lexicon,
                      known: dict[int, bool]) -> tuple[tuple[list, list], tuple[list, list]]:
    """A sentence's candidate dates, with their starts, split by whether their clause announces
    (_clause_announces): the days of a rally told in the past are those that do not, or those of
    its own clause ('More than 100 people participated in a vigil in Montreal, with another
    planned for Thursday', '… nahmen mehr als 100 Menschen teil, eine weitere ist für Donnerstag
    geplant': Thursday is the other gathering's). known: as for _clause_announces."""
    flags = [_clause_announces(text, s, c[0], lexicon, known) for c in candidates]
    plain = [c for c, flag in zip(candidates, flags) if not flag]
    announcing = [c for c, flag in zip(candidates, flags) if flag]
    return (plain, [c[0] for c in plain]), (announcing, [c[0] for c in announcing])


# How far back from a position its clause is sought.
CLAUSE_REACH = 160
# What ends a clause: a comma not inside a figure ('1,000'), a semicolon, a colon, a bracket.
_CLAUSE_BREAK = re.compile(r"[;:()]|,(?!\d)")


class WhereClauses(NamedTuple):
    """A sentence's clauses said of a place (_where_clauses)."""

    spans: list[tuple[int, int, int]]  # (the place's position, the clause's start, its end)
    unlisted: list[int]  # where the words stand that no list of places holds, in order


def _where_clauses(text: str, s, here: list[DatedTarget], grammar: DateGrammar) -> WhereClauses | None:
    """The sentence's clauses said of a place (lexicon where_clauses: 'Madrid, where thousands
    gathered on Thursday, May 6'), each as the position of that place (the rally mention right
    before the comma, nothing between but its name) and the clause's bounds, from the word to the
    next break (a comma, not one inside a date or a figure, a semicolon); with where the sentence's
    words that no list of places holds stand (any but names, list joiners and locatives). None
    when it has none, or more than MAX_WHERE_CLAUSES: a string of them is a list of its own."""
    spans = []
    for found in grammar.where_clause.finditer(text, s.start, s.end):
        owner = max((t.position for t in here if t.position < found.start()), default=None)
        if owner is None or found.start() - owner > WHERE_OWNER_CHARS or \
                _CLAUSE_BREAK.search(text, owner, found.start()) is not None:
            continue
        following = _CLAUSE_BREAK.search(text, found.end(), s.end)
        spans.append((owner, found.end(), following.start() if following else s.end))
        if len(spans) > MAX_WHERE_CLAUSES:
            return None
    if not spans:
        return None
    unlisted = [m.start() for m in WORD.finditer(text, s.start, spans[-1][0])
                if not m.group(0)[0].isupper() and fold(m.group(0)) not in grammar.list_words]
    return WhereClauses(spans, unlisted)


# How long a place's name may be between its mention and the comma before 'where'; how many such
# clauses a sentence may have for them to be read.
WHERE_OWNER_CHARS = 60
MAX_WHERE_CLAUSES = 4


def _told_of_another(candidates: list, target: DatedTarget, where: WhereClauses) -> list:
    """Of candidates (start, end, interval), those not in a clause said of another place than
    target's (_where_clauses) that target stands before outside a list of them ('Primero fue en
    Barcelona, y la más reciente en Madrid, donde …', 'd'abord à Lyon, puis à Paris, où …': not
    'in Berlin, Hamburg and Munich, where', whose places share the day), or after."""
    foreign = [(start, end) for owner, start, end in where.spans if owner != target.position and (
        target.position > owner
        or bisect.bisect_left(where.unlisted, target.position) < bisect.bisect_left(where.unlisted, owner))]
    if not foreign:
        return candidates
    return [c for c in candidates if not any(start <= c[0] < end for start, end in foreign)]


def _clause(text: str, s, position: int) -> tuple[int, int]:
    """The bounds of the clause of the sentence s that position stands in (sought no further
    than CLAUSE_REACH either way)."""
    start = max(s.start, position - CLAUSE_REACH)
    for mark in _CLAUSE_BREAK.finditer(text, start, position):
        start = mark.end()
    end = min(s.end, position + CLAUSE_REACH)
    following = _CLAUSE_BREAK.search(text, position, end)
    return start, following.start() if following else end


def _clause_announces(text: str, s, position: int, lexicon: Lexicon, known: dict[int, bool]) -> bool:
    """Whether the clause position stands in tells something to come (a future form, or another
    gathering named before position: 'prometteur avant une nouvelle mobilisation qu'ils espèrent
    massive le 26 mai') and nothing past (no past form). known: the answers for the sentence's
    positions so far, each position asked once."""
    if lexicon.future is None:
        return False
    if position not in known:
        start, end = _clause(text, s, position)
        futures = list(lexicon.future.finditer(text, start, end))
        # (what set the gathering before for a day, and the day it set it for: 'planned for Saturday')
        plan = next((f.start() for f in futures if _an_appositive_plan(text, start, end, f, lexicon)), end)
        known[position] = (any(future.start() < plan for future in futures)
                           or _another_gathering(text, start, position, lexicon)) and (
            lexicon.past is None or lexicon.past.search(text, start, end) is None)
    return known[position]


def _an_appositive_plan(text: str, start: int, end: int, future: re.Match, lexicon: Lexicon) -> bool:
    """Whether a future form in the clause from start to end is a word that set the gathering
    before it for a day, in a clause set off by commas after its noun, a word at most before it
    ('The march, originally planned for Saturday, drew thousands'; lexicon plan_words): what the
    gathering was set for, which announces nothing of itself ('another march is planned for
    Sunday' does)."""
    return lexicon.plan_words is not None and lexicon.plan_words.fullmatch(future.group()) is not None and \
        text[start - 1:start] == "," and text[end:end + 1] == "," and \
        len(WORD.findall(text, start, future.start())) <= 1


def _another_event_to_come(text: str, s, position: int, lexicon: Lexicon, known: dict[int, bool]) -> bool:
    """Whether the date at position stands in a clause that announces (_clause_announces) while
    the sentence's first word of gathering stands in one that does not: a day to come of something
    else than the gathering the sentence tells."""
    gathering = lexicon.gathering.search(text, s.start, s.end) if lexicon.gathering is not None else None
    return gathering is not None and _clause_announces(text, s, position, lexicon, known) and \
        not _clause_announces(text, s, gathering.start(), lexicon, known)


# How many words after 'another', 'a new' its gathering's noun may stand ('another mass rally').
ANOTHER_GATHERING_WORDS = 2


def _another_gathering(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether text[start:end] names another gathering: a word of the lexicon's another_gathering
    with a gathering's noun among the few words right after it ('another rally', 'a new mass
    protest', 'une nouvelle mobilisation', 'eine weitere Kundgebung')."""
    another = grammar_for(lexicon).another_gathering
    if another is None:
        return False
    for found in another.finditer(text, start, end):
        words = WORD.findall(text, found.end(), end)[:ANOTHER_GATHERING_WORDS]
        if any(lexicon.gathering.fullmatch(word) for word in words):
            return True
    return False


# How many words after 'previous' its gathering's noun may stand ('the previous two Red Line
# marches'), and before it in the languages that write the adjective after ('les deux
# manifestations précédentes').
EARLIER_GATHERING_WORDS = 4
EARLIER_GATHERING_WORDS_BEFORE = 2


def _an_earlier_gathering(text: str, s, position: int, lexicon: Lexicon, whole: bool = False,
                          counted: tuple[tuple[int, int], ...] = ()) -> str | None:
    """The words that name an earlier gathering in the clause before position (with whole, in the
    sentence before it) (a word of the lexicon's earlier_gathering with a gathering's word, not one
    of its tenses, among the few words after it or right before it: 'the previous two marches',
    'bij de vorige twee demonstraties', 'les deux manifestations précédentes'; or a word of
    after_event with a gathering's noun among the few words after it: 'after 30 deaths in protests
    in X'; not one inside counted, the spans of counts of days from the date before: 'Dagen etter
    samlet hundrevis seg', the day after, not after a gathering; 'un día después de una
    concentración en X' is after one), or None."""
    grammar = grammar_for(lexicon)
    start = s.start if whole else _clause(text, s, position)[0]
    for found in grammar.earlier_gathering.finditer(text, start, position) if grammar.earlier_gathering else ():
        after = WORD.findall(text, found.end(), position)[:EARLIER_GATHERING_WORDS]
        before = WORD.findall(text, start, found.start())[-EARLIER_GATHERING_WORDS_BEFORE:]
        # a gathering's noun, not a verb of one ('Am vorigen Tag demonstrierten Tausende': the day is
        # the earlier one)
        named = _gathering_nouns((*before, *after), lexicon)
        if named:
            return f"{found.group(0)} … {named[0]}" if named[0] in after else f"{named[0]} … {found.group(0)}"
    # ... or a gathering told as what came before ('after 30 deaths in protests and riots in X',
    # 'após as mortes em protestos em X'; lexicon after_event): the gathering's noun among the few
    # words after the word for 'after'
    # (in its clause only: a sentence that tells what it came after tells its own day too, 'Un mes
    # después de las manifestaciones …, este sábado … han vuelto a salir a la calle')
    if not whole and grammar.after_event is not None:
        for found in grammar.after_event.finditer(text, start, position):
            if any(begin <= found.start() and found.end() <= end for begin, end in counted):
                continue
            if named := _gathering_nouns(WORD.findall(text, found.end(), position)[:EARLIER_GATHERING_WORDS], lexicon):
                return f"{found.group(0)} … {named[0]}"
    return None


def _gathering_nouns(words, lexicon: Lexicon) -> list[str]:
    """Of words, those that name a gathering and are none of its tenses ('Kundgebung', not
    'demonstrierten')."""
    return [word for word in words if lexicon.gathering.fullmatch(word) and not any(
        tense is not None and tense.fullmatch(word) for tense in (lexicon.past, lexicon.present))]


def _counted_from(mention: DateMention, before: DateInterval) -> DateInterval:
    """The days a mention of kind later counts from the day before it (before: a one-day interval):
    'a day later', 'le lendemain' (shift days on); 'the following Saturday' (weekday, shift 1: the
    first after), 'the previous Saturday' (shift -1: the last before), 'an jenem Samstag' (shift 0:
    that day, or the ones either side of it); 'the following weekend', 'the previous week'
    (modifier weekend or week)."""
    base, why = before.start, f"'{mention.text.strip()}' after {before.reason}"
    if mention.modifier == "week":
        monday = base - timedelta(days=base.weekday()) + timedelta(days=7 * mention.shift)
        return DateInterval(monday, monday + timedelta(days=6), "week", why, before.scheduled)
    weekday = 5 if mention.modifier == "weekend" else mention.weekday
    if weekday is None:
        day = base + timedelta(days=mention.shift)
        return DateInterval(day, day, "day", why, before.scheduled)
    if mention.shift == 0:
        # 'an jenem Samstag', 'an jenem Wochenende': the day (weekend) of that date, or after a
        # Monday the one before it or the one after
        first = base - timedelta(days=(base.weekday() - weekday) % 7)
        last = first + timedelta(days=1) if mention.modifier == "weekend" else first
        if base <= last:
            return DateInterval(first, last, "weekend" if first != last else "day", why, before.scheduled)
        return DateInterval(first, last + timedelta(days=7), "approximate",
                            f"{why}: the one before it or the one after", before.scheduled)
    day = base + timedelta(days=mention.shift * ((mention.shift * (weekday - base.weekday()) - 1) % 7 + 1))
    if mention.modifier == "weekend":
        return DateInterval(day, day + timedelta(days=1), "weekend", why, before.scheduled)
    return DateInterval(day, day, "day", why, before.scheduled)


def _tense_of_either_side(text: str, s, position: int, grammar: DateGrammar, lexicon: Lexicon) -> str | None:
    """How the clause position stands in tells a gathering that may lie on either side of the day
    of writing, if it does: to come as someone saw it before ('said a march would be held', lexicon
    future_past), or in a present that is also the future ('Am Samstag demonstrieren Tausende',
    lexicon present, with no future form); never with a past form in the clause ('marched in what
    organisers said would be the first of many'). None otherwise."""
    if grammar.future_past is None and lexicon.present is None:
        return None
    start, end = _clause(text, s, position)
    # a present's own participle is no past ('wordt … gedemonstreerd')
    present = [(p.start(), p.end()) for p in lexicon.present.finditer(text, start, end)] \
        if lexicon.present is not None else []
    present_starts = [a for a, _ in present]

    def inside_a_present(found: re.Match) -> bool:
        k = bisect.bisect_right(present_starts, found.start()) - 1
        return k >= 0 and found.end() <= present[k][1]

    if lexicon.past is not None and any(not inside_a_present(found) for found in lexicon.past.finditer(text, start, end)):
        return None
    if grammar.future_past is not None and grammar.future_past.search(text, start, end) is not None:
        return "told as still to come when someone said it"
    if present and (lexicon.future is None or lexicon.future.search(text, start, end) is None):
        return "told in the present, which tells what is to come as well as what went on"
    return None


# How far from the day of writing a day and month told on either side of it may lie: about a
# season (a day half a year off either way is of a year the text does not give).
NEARER_SIDE_DAYS = 90


def _nearer_side(mention: DateMention, reference: Reference, anchor: date | None, told: str) -> DateInterval:
    """A day and month without a year that may lie on either side of the day of writing (told: how
    its clause tells it, _tense_of_either_side): the latest such day before publication or the
    first after it, whichever is nearer, within NEARER_SIDE_DAYS of it (a day, not a year's span);
    its year not given when neither is."""
    sides = [side for side in (resolve(mention, reference, False, anchor), resolve(mention, reference, True, anchor))
             if side is not None and side.start is not None
             and abs((side.start - reference.day).days) <= NEARER_SIDE_DAYS]
    if not sides:
        return DateInterval(None, None, YEAR_UNKNOWN, (
            f"'{mention.text.strip()}' {told}: neither the latest such day before the publication date "
            f"{reference.day.isoformat()} nor the first after it lies within {NEARER_SIDE_DAYS} days of it"),
            weekday=mention.weekday)
    side = min(sides, key=lambda found: abs((found.start - reference.day).days))
    return replace(side, reason=f"'{mention.text.strip()}' {told}: of the latest such day before the publication "
                                f"date {reference.day.isoformat()} and the first after it, the nearer",
                   scheduled=side.start > reference.day)


def _either_side(mention: DateMention, reference: Reference, anchor: date | None, told: str) -> DateInterval | None:
    """A weekday or weekend that may lie on either side of the day of writing (told: how its clause tells it,
    _tense_of_either_side): from the one before publication to the one after, precision
    approximate (day, when both are the day of publication). In a page that gives only its month
    (reference kind 'month'), from the one before its first day to the one after its last: 'De
    demonstratie start woensdag' on a page of January may announce the first Wednesday of February."""
    before, after = resolve(mention, reference, False, anchor), resolve(mention, reference, True, anchor)
    if before is None or after is None or before.start is None or after.end is None:
        return before
    if reference.kind == "month":
        lo, hi = min(before.start, after.start), max(before.end, after.end)
        return DateInterval(lo, hi, "approximate", (
            f"'{mention.text.strip()}' {told}: the one before some day of the month of publication "
            f"({reference.reason}) or the one after, {lo.isoformat()} to {hi.isoformat()}"), True,
            mention.weekday)
    if before.start == after.end:
        return replace(before, reason=f"{before.reason}, {told}")
    return DateInterval(before.start, after.end, "approximate", (
        f"'{mention.text.strip()}' {told}: the one before the publication date {reference.day.isoformat()} "
        f"({before.start.isoformat()}) or the one after ({after.end.isoformat()})"), True)


def _moves_on(text: str, s, grammar: DateGrammar) -> bool:
    """Whether a sentence moves the text on to another time than the dates before it: 'since
    then', 'every year', or a year told by its relation to the present ('this year')."""
    return any(pattern is not None and pattern.search(text, s.start, s.end)
               for pattern in (grammar.another_time, grammar.relative_year))


def _tense(text: str, s, lexicon: Lexicon) -> str | None:
    """'past' when the sentence tells a gathering in the past tense ('were held'), 'future' when
    it tells one to come and no past ('will march'), else None: it tells no tense of its own."""
    if lexicon.past is not None and lexicon.past.search(text, s.start, s.end) is not None:
        return "past"
    if lexicon.future is not None and lexicon.future.search(text, s.start, s.end) is not None:
        return "future"
    return None


def _fits(interval: DateInterval, reported: bool, scheduled: bool, reference: Reference | None) -> bool:
    """Whether another sentence's date can date a rally: not a day after publication for a
    gathering its own sentence reports in the past tense ('Millions will march on Saturday. …
    Demonstrators have since been protesting in Seattle' does not put Seattle's on Saturday), nor
    days all before publication for one it announces ('… injured last weekend. Rallies are
    announced in Niort' does not put Niort's last weekend); nor, whatever the reference, a day a
    sentence announces for a gathering told in the past ('A big rally will be held on Saturday 24
    January. In Paris a demonstration was held')."""
    if reported and interval.scheduled:
        return False
    if interval.start is None or reference is None or reference.kind != "published":
        return True
    if scheduled:
        return interval.end >= reference.day
    return not reported or interval.start <= reference.day


def full_year(two_figures: int) -> int:
    """A year written in two figures, as POSIX's strptime reads '%y': 69-99 are 1969-1999, 00-68
    2000-2068."""
    return two_figures + (1900 if two_figures >= 69 else 2000)


_YEAR_SHIFTS = {"last": -1, "this": 0, "next": 1}
# How far from a date a count of years back that places it is sought, either side: the gap below
# and the count's own words.
BACK_REACH = 80
# What may stand between a count of years back and the date it places ('A year ago, on 5
# September 2021', 'le 5 septembre 2021, il y a un an'): marks and at most two short words.
_BACK_GAP = re.compile(r"[\s,;:()\u2013\u2014-]*(?:\w{1,4}[\s,]+){0,2}")


def _stretches(spans: list[tuple[int, int]], before: int, after: int) -> list[tuple[int, int]]:
    """The stretches of text from before characters ahead of each span (in order) to after
    characters past it, those that overlap or touch made one: where a phrase about them is sought,
    each character once."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        low, high = max(0, start - before), end + after
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged


# The widest a count of years back may be to be one whole number of years ('ten years ago', give or
# take half a year; not 'a few years ago').
WHOLE_YEARS_SPREAD = 183
# What may stand between a count of years back and the day of writing it counts from: spaces and
# one comma ('Ten years ago today', 'Oggi, dieci anni fa').
_TODAY_GAP = re.compile(r"\s*,?\s*")


def _years_ago_today(text: str, mentions: list[DateMention],
                     grammar: DateGrammar) -> dict[int, tuple[int, int, int]]:
    """Where each day of writing starts that a count of whole years back stands right next to
    ('Ten years ago today', 'Heute vor zehn Jahren', 'Hoy hace diez años', 'A year ago today';
    mentions: the text's, in order), with that count and where the count starts and ends: the same
    day that many years back, an earlier rally's, not the day of writing."""
    # ... and 'Ten years ago this week', 'this weekend': that week's time that many years back
    todays = [m for m in mentions if m.kind == "relative" and m.modifier == "today"
              or m.kind in ("week", "weekend") and m.modifier == "this"]
    if not todays:
        return {}
    counts = [(m.start, m.end, round(-m.shift / 365)) for m in mentions
              if _a_year_or_more_back(m) and m.spread <= WHOLE_YEARS_SPREAD]
    found: dict[int, tuple[int, int, int]] = {}
    for m in todays:
        for start, end, years in counts:
            if end <= m.start and _TODAY_GAP.fullmatch(text, end, m.start) or \
                    m.end <= start and _TODAY_GAP.fullmatch(text, m.end, start):
                found[m.start] = (years, start, end)
                break
        else:
            # 'A year ago today' (lexicon year_last), the count right before the day, spaces between
            last = grammar.relative_year.search(text, max(0, m.start - BACK_REACH), m.start) \
                if grammar.relative_year is not None else None
            if last is not None and last.lastgroup == "last" and not text[last.end():m.start].strip():
                found[m.start] = (1, last.start(), last.end())
    return found


# How far after 'Today marks' the anniversary it marks may be written.
ANNIVERSARY_TODAY_REACH = 60


def _anniversaries_today(text: str, sentences, mentions: list[DateMention], lexicon: Lexicon, grammar: DateGrammar,
                         reference: Reference | None) -> tuple[dict[int, tuple[int, int, int]], dict[int, range],
                                                               dict[int, date], dict[int, str]]:
    """The days of writing an anniversary is told of ('Today marks the 56th anniversary of the
    march on Washington', 'Aujourd'hui marque le 50e anniversaire …'; lexicon anniversary_today,
    then the word for an anniversary within ANNIVERSARY_TODAY_REACH in the sentence): (1) where
    each starts -> (years, start, end) of the count of years it marks, written ('56th
    anniversary') or the years from the first year the sentence names after it to the
    reference's ('the anniversary of the march held in 1969'), as _years_ago_today gives them;
    (2) where each starts -> the span of what is written beside it ('Today, November 15, 2025,
    marks'), whose dates date no gathering; (3) -> the day written there in full, the day of
    writing it names; (4) where each 'today' starts whose anniversary counts no years that can be
    known -> the words that tell it."""
    counted: dict[int, tuple[int, int, int]] = {}
    apposed: dict[int, range] = {}
    written: dict[int, date] = {}
    unplaced: dict[int, str] = {}
    word, numbered = _anniversary_word(lexicon), _anniversary(lexicon)
    if grammar.anniversary_today is None or word is None:
        return counted, apposed, written, unplaced
    starts = [s.start for s in sentences]
    for m in mentions:
        if not (m.kind == "relative" and m.modifier == "today") or \
                (verb := grammar.anniversary_today.match(text, m.end)) is None:
            continue
        k = bisect.bisect_right(starts, m.start) - 1
        if k < 0:
            continue
        s = sentences[k]
        reach = min(s.end, verb.end() + ANNIVERSARY_TODAY_REACH)
        marked = next(iter(_anniversaries(numbered, text, verb.end(), reach, mentions, lexicon)), None) \
            if numbered is not None else None
        named = word.search(text, verb.end(), reach)
        if marked is None and named is None or _clause_joiner(lexicon).search(
                text, marked.end if marked is not None else named.end(), s.end) is not None:
            # ('Today marks the first anniversary of the attack, and thousands gathered in X': the
            # gathering is today's, told in a clause of its own)
            continue
        apposed[m.start] = range(m.end, verb.end())
        if (day := next((d for d in mentions if m.end <= d.start < verb.end() and d.kind == "day" and d.year
                         and not d.until), None)) is not None:
            written[m.start] = date(day.year, day.month, day.day)
        if marked is not None and marked.count:
            counted[m.start] = (marked.count, marked.start, marked.end)
        elif reference is not None and (year := _YEAR.search(text, named.end(), s.end)) is not None and \
                0 < reference.day.year - int(year.group(1)):
            counted[m.start] = (reference.day.year - int(year.group(1)), year.start(), year.end())
        else:
            unplaced[m.start] = text[m.start:named.end()]
    return counted, apposed, written, unplaced


def _within_weeks_before(mention: DateMention, reference: Reference | None) -> bool:
    """Whether a day and month without a year falls, in its latest year by the reference day, at
    most SLIP_DAYS before it: a page written then tells of its own time ('June 4 is a solemn day …
    on June 4, thousands gathered', the day after)."""
    if reference is None or mention.month is None or mention.day is None:
        return False
    day = _nearest_year(mention.month, mention.day, reference.day, not_after=reference.day)
    return day is not None and (reference.day - day).days <= SLIP_DAYS


def _days_as_subjects(text: str, sentences, mentions: list[DateMention], lexicon: Lexicon,
                      grammar: DateGrammar) -> dict[tuple[int, int], str]:
    """(month, day) -> the words, of each day and month without a year or weekday that opens its
    sentence, its article at most before it, as what the sentence speaks of (lexicon date_subject
    after it: 'Le 20 février est un phénomène contestataire', 'June 4 is a solemn day'): a name or
    a day of remembrance, whose year the page's does not give."""
    if grammar.date_subject is None:
        return {}
    articles = {fold(a) for a in lexicon.get("time", "day_articles")}
    starts = [s.start for s in sentences]
    found: dict[tuple[int, int], str] = {}
    for m in mentions:
        if m.kind != "day" or m.year is not None or m.weekday is not None or m.modifier or m.until or \
                (subject := grammar.date_subject.match(text, m.end)) is None:
            continue
        k = bisect.bisect_right(starts, m.start) - 1
        if k < 0:
            continue
        opening = text[sentences[k].start:m.start].split()
        if len(opening) > 1 or opening and fold(opening[0]) not in articles:
            continue
        found.setdefault((m.month, m.day), text[m.start:subject.end()].strip())
    return found


@lru_cache(maxsize=32)
def _clause_joiner(lexicon: Lexicon) -> re.Pattern:
    """A semicolon, or a comma and a word that joins another clause (lexicon [place] list_joiners)."""
    joiners = [w for w in lexicon.get("place", "list_joiners") if " " not in w]
    return re.compile(r";|,[ \t]*(?:" + _alternation(joiners) + r")(?!\w)" if joiners else ";", re.IGNORECASE)


# How many days either side of the day that many years back the week of 'Ten years ago this week'
# may lie: its weekdays fall on other days in another year.
WEEK_AROUND_DAYS = 6


def _years_back(day: date, years: int) -> date:
    """The same day and month that many years before (29 February: the 28th of a common year)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def told_back(text: str, mentions: list[DateMention], grammar: DateGrammar) -> frozenset[int]:
    """Where the dates with a year start that a count of years back stands next to ('A year
    ago, on 5 September 2021', 'le 5 septembre 2021, il y a deux ans'; mentions: the text's, in
    order): the day of an earlier time than the article's, which neither dates its news nor
    says when it was written. The counts are 'two years ago' (mentions) and 'last year', 'a
    year ago' (lexicon year_last)."""
    dated = [m for m in mentions if m.kind == "day" and m.year is not None]
    if not dated:
        return frozenset()
    back = [(m.start, m.end) for m in mentions if _a_year_or_more_back(m)]
    if grammar.relative_year is not None:  # sought only around the days with a year, each stretch once
        back += [found.span() for low, high in _stretches([(m.start, m.end) for m in dated], BACK_REACH, BACK_REACH)
                 for found in grammar.relative_year.finditer(text, low, high) if found.lastgroup == "last"]
    if not back:
        return frozenset()
    back.sort()
    starts = [start for start, _ in back]
    told = set()
    for m in mentions:
        if m.kind != "day" or m.year is None:
            continue
        k = bisect.bisect_left(starts, m.end)  # the first count after the date; the one before is k - 1
        if k < len(back) and _BACK_GAP.fullmatch(text, m.end, back[k][0]) or \
                k > 0 and back[k - 1][1] <= m.start and _BACK_GAP.fullmatch(text, back[k - 1][1], m.start):
            told.add(m.start)
    return frozenset(told)


# How far before 'last year' the word that compares it is sought ('en comparación con el año pasado').
YEAR_COMPARED_REACH = 30


def _year_shift(text: str, s, day: DateMention, grammar: DateGrammar, reference: Reference | None) -> int | None:
    """-1, 0 or 1 when the sentence says its day (the first without a year) lies last
    year, this year or next year (of the reference), when it says so once; else None (a count of
    years back, 'two years ago', is read from the sentence's mentions by the caller). A year set
    against the day's, after it ('On 9 March, more marched than last year'; lexicon year_compared)
    or likened to it before it ('Like last year, thousands marched on 9 March', 'Wie im Vorjahr
    zogen am 9. März …'; lexicon year_like), says nothing of the day's; one that names a thing of
    that year before the day does ('as last year's rally on 9 March showed')."""
    if grammar.relative_year is None or reference is None or reference.kind not in ("published", "month"):
        return None
    found = {m.lastgroup for m in grammar.relative_year.finditer(text, s.start, s.end)
             if not (m.start() > day.start and grammar.year_compared is not None and grammar.year_compared.search(
                     text, max(s.start, m.start() - YEAR_COMPARED_REACH), m.start()))
             and not (m.start() < day.start and not text.startswith(("'s", "’s"), m.end())
                      and grammar.year_like is not None and grammar.year_like.search(
                          text, max(s.start, m.start() - YEAR_COMPARED_REACH), m.start()))
             and not _a_happenings_year(text, s, m, day, grammar)}
    return _YEAR_SHIFTS[found.pop()] if len(found) == 1 else None


def _a_happenings_year(text: str, s, year: re.Match, day: DateMention, grammar: DateGrammar) -> bool:
    """Whether the relative year ('last year') tells when something else happened: a word of the
    lexicon's dated_events a few words before it in its clause, the day not between ('On 9
    March, thousands marched for a student who was killed last year'), or a few words after it in a
    clause the day is not in ('für einen Studenten, der im vergangenen Jahr getötet wurde'): the
    death's year, not the day's."""
    before = [word for word in _words_before_year(text, s.start, year.start()) if word.start() > day.start]
    after = []
    if day.end <= year.start() and _LOOKED_BACK_STOP.search(text, day.end, year.start()):
        stop = _LOOKED_BACK_STOP.search(text, year.end(), s.end)
        after = list(WORD.finditer(text, year.end(), stop.start() if stop else s.end))[:LOOKED_BACK_WORDS]
    return any(word.group().lower() in grammar.happenings for word in (*before, *after))


# How many words, and characters, may open a sentence before the year it is told in ('But in 2003, …').
YEAR_OPENING_WORDS, YEAR_OPENING_CHARS = 4, 40
# The gap between a day and the words after it that give its year ('15 February, of that year').
_YEAR_GAP = re.compile(r"[\s,]*")


@dataclass(frozen=True, slots=True)
class NamedYear:
    """A year a sentence writes outside its date expressions ('In 2003', 'as in 2003')."""

    year: int
    start: int
    bound: bool  # after a word that makes it a period's bound ('since 2003') or what is commemorated


def _named_years(text: str, s, mentions: list[DateMention], lexicon: Lexicon) -> list[NamedYear]:
    """The years a sentence writes outside its date expressions (mentions: its own, in order), in
    order; none when the sentence counts an anniversary from one ('the 79th anniversary of the
    liberation of 1945'). Read once a sentence: a sentence may hold thousands of dates."""
    anniversary = _anniversary(lexicon)
    if anniversary is not None and next(_anniversaries(anniversary, text, s.start, s.end, mentions, lexicon), None):
        return []
    bound = _not_an_event(lexicon)
    grammar = grammar_for(lexicon)
    return [NamedYear(year, start, bound.search(text, max(s.start, start - NOT_AN_EVENT_REACH), start) is not None
                      or _since_an_event(text, s, start, grammar) or _commemorated_at(text, s, start, grammar))
            for start, year in _years_outside(text, s, mentions, grammar)]


def _commemorated_at(text: str, s, start: int, grammar: DateGrammar) -> bool:
    """Whether the year at start is what its sentence's gathering commemorates, a word of the
    lexicon's commemoration a few words before it in its clause ('the parade commemorating the 1974
    revolution', 'o desfile comemorativo da Revolução de 1974'): a time the day looks back to, not
    the day's year."""
    if grammar.commemoration is None:
        return False
    words = _words_before_year(text, s.start, start)
    return bool(words) and grammar.commemoration.search(text, words[0].start(), start) is not None


# How many words may stand between the word for 'since' and the word that links an event to its
# year ('since the mass protests of 2015').
SINCE_EVENT_WORDS = 3


# One word between spaces: the article between 'since' and the year of 'since the 2015 march'.
_ONE_WORD_GAP = re.compile(r"[ \t]+[^\W\d_]+[ \t]+")


def _since_an_event(text: str, s, start: int, grammar: DateGrammar) -> bool:
    """Whether the year at start closes a period from an event of that year to the day of writing
    ('the largest crowd since the protests of 2015', 'desde os protestos de 2015', 'seit den
    Protesten von 2015', 'since the 2015 march'; lexicon since, event_links): a bound, not the
    time the sentence tells of."""
    if grammar.since is None:
        return False
    words = list(WORD.finditer(text, max(s.start, start - 80), start))[-SINCE_EVENT_WORDS - 2:]
    if not words or text[words[-1].end():start].strip():
        return False
    if words[-1].group().lower() not in grammar.event_links:
        # 'since the 2015 march': the year of the event's noun after it, one word from 'since'
        return len(words) > 1 and grammar.since.fullmatch(words[-2].group()) is not None and \
            _ONE_WORD_GAP.fullmatch(text, words[-2].end(), start) is not None
    return any(grammar.since.fullmatch(word.group()) for word in words[:-1])


def _years_outside(text: str, s, mentions: list[DateMention], grammar: DateGrammar):
    """(position, year) of each year a sentence writes (years_written) outside its date
    expressions (mentions: its own, in order), in order."""
    starts = [d.start for d in mentions]
    for m in years_written(text, s.start, s.end, grammar):
        k = bisect.bisect_right(starts, m.start()) - 1
        if k < 0 or m.start() >= mentions[k].end:  # not the year of a date expression
            yield m.start(), int(m.group(1))


def _year_given(text: str, s, mention: DateMention, named: list[NamedYear], years_before, grammar: DateGrammar,
                language: Lexicon) -> tuple[int, str] | None:
    """The year the text gives a day or a month written without one, and how: right after it, 'of that
    year' ('de ese año', 'desselben Jahres'; lexicon year_that) is the year the text last named
    before it (years_before(position): that year, or None); a year its sentence opens with, after
    a word that makes it a time ('In 2003, on 15 February, millions marched'; lexicon year_preps),
    when the sentence names no other year (named: the sentence's years, _named_years); else the
    year of the gathering the sentence names before the day (_gathering_s_year)."""
    if grammar.year_that is not None and (
            phrase := grammar.year_that.match(text, _YEAR_GAP.match(text, mention.end).end())):
        year = years_before(mention.start)
        return (year, f"'{phrase.group()}': {year}, the last year the text names before it") if year else None
    return _opening_year(text, s, named, grammar) or _gathering_s_year(text, s, mention, named, grammar, language)


# How many words may stand between a year and the gathering's word it is the year of ('the 2019
# climate march', 'the 1965 “Bloody Sunday” march').
GATHERING_YEAR_WORDS = 2


def _gathering_s_year(text: str, s, mention: DateMention, named: list[NamedYear], grammar: DateGrammar,
                      language: Lexicon) -> tuple[int, str] | None:
    """The year of the gathering whose day a sentence tells without a year: its one year, written
    as the gathering's ('The 2019 climate march took place in X on September 28', 'la marcha de
    2019 … el 28 de septiembre'; lexicon [gathering] words, event_links), before the day and with
    no other gathering's word between them; none when the year is a bound ('the largest since the
    2019 march'; lexicon since), one another time is likened to, or what the gathering recalls
    (_named_years: 'commemorating the 1963 march'), nor when a link ties it to another noun
    before it ('nach den Anschlägen von 2015 versammelten sich'; lexicon event_links), nor when
    the gathering's word after it is a verb in the past and more than a word stands before the
    year in its clause ('Tio år efter attackerna 2015 samlades …': the year is the attacks';
    '2019 demonstrierten am 12. Juni Tausende', 'Schon 2019 demonstrierten' are the verb's)."""
    gathering = language.gathering
    if not named or any(y.year != named[0].year for y in named) or named[0].bound or \
            named[0].start > mention.start or _likened(text, named[0].start, grammar):
        return None
    year = named[0]
    before = _words_before_year(text, s.start, year.start)
    if grammar.since is not None and any(grammar.since.fullmatch(w.group()) for w in before):
        return None
    after: re.Match | None = None  # a gathering's word right after the year
    for word in islice(WORD.finditer(text, year.start + 4, mention.start), GATHERING_YEAR_WORDS + 1):
        if _GAP_BREAK.search(text, year.start + 4, word.start()):
            break
        if gathering.fullmatch(word.group()):
            after = word
            break
    linked = before and before[-1].group().lower() in grammar.event_links and \
        not text[before[-1].end():year.start].strip()
    # 'la marcha de 2019', 'der Demonstration von 2019': the gathering's noun, its link, the year;
    # after another noun the year is that noun's ('den Anschlägen von 2015')
    noun = next((w for w in reversed(before[:-1][-2:]) if gathering.fullmatch(w.group())), None) if linked else None
    if linked and noun is None:
        return None
    if after is not None and noun is None and len(before) > 1 and language.past is not None and \
            language.past.match(text, after.start()):
        after = None  # 'Tio år efter attackerna 2015 samlades': a verb whose clause the year does not open
    own = after or noun
    if own is None:
        return None
    between = text[max(own.end(), year.start + 4):mention.start]
    if any(gathering.fullmatch(w.group()) for w in WORD.finditer(between)):
        return None  # 'recalled the 2003 march, and marched on 15 February': today's gathering
    named_as = text[min(own.start(), year.start):max(own.end(), year.start + 4)]
    return year.year, f"{year.year}, the year of the gathering its sentence names ('{named_as}')"


# How far before a weekday a year may end to make it that year's ('the 1965 “Bloody Sunday”').
YEAR_BEFORE_WEEKDAY_CHARS = 12


def _year_right_before(text: str, mention: DateMention, named: list[NamedYear], grammar: DateGrammar) -> int | None:
    """The year the sentence writes right before a weekday, a word between them at most and no
    clause's mark ('the 1965 “Bloody Sunday” march', 'recalling the 2003 Sunday march'): that year,
    as the weekday is one of it, be it what a rally recalls or a period's bound; None for none. A
    year another time is likened to is not the weekday's ('Net als in 2015 liepen zaterdag …')."""
    for year in named:
        gap = text[year.start + 4:mention.start]
        if year.start < mention.start and len(gap) <= YEAR_BEFORE_WEEKDAY_CHARS and \
                len(WORD.findall(gap)) <= 1 and not _GAP_BREAK.search(gap) and not _likened(text, year.start, grammar):
            return year.year
    return None


# How far before a year the word that likens another time to it is sought ('Net als in 2015').
LIKENED_REACH = 30


def _likened(text: str, year_start: int, grammar: DateGrammar) -> bool:
    """Whether the year at year_start is one another time is likened to: a word of the lexicon's
    year_compared right before it or before its preposition ('As in 2015', 'Como en 2015', 'Net
    als in 2015', 'wie 2015')."""
    if grammar.year_compared is None:
        return False
    start = max(0, year_start - LIKENED_REACH)
    prep = grammar.year_prep.search(text, start, year_start) if grammar.year_prep is not None else None
    return grammar.year_compared.search(text, start, prep.start() if prep else year_start) is not None


# A mark that ends a clause or a sentence between a year and a weekday ('in 2019. Sunday …').
_GAP_BREAK = re.compile(r"[.,;:!?()\[\]\n]")


def _opening_year(text: str, s, named: list[NamedYear], grammar: DateGrammar) -> tuple[int, str] | None:
    """The year a sentence opens with, after a word that makes it a time ('In 2003, …', 'Im Jahr
    2003 …'; lexicon year_preps) and no word that likens another time to it ('Como en 2015, …';
    lexicon year_compared), when it names no other year (named: its years, _named_years): that
    year, and how it is written; else None."""
    if grammar.year_prep is None or not named or any(y.year != named[0].year for y in named):
        return None
    at = named[0].start
    if at - s.start > YEAR_OPENING_CHARS:
        return None
    opening = text[s.start:at]
    if len(WORD.findall(opening)) > YEAR_OPENING_WORDS or not grammar.year_prep.search(opening) or \
            _likened(text, at, grammar):
        return None  # 'Como en 2015, miles marcharon el sábado': a year the sentence's time is likened to
    return named[0].year, f"{named[0].year}, the year its sentence opens with ('{opening.strip()} {named[0].year}')"


def _years_before(text: str, all_mentions: list[DateMention], grammar: DateGrammar):
    """A function of a position: the year the text last names before it, in a full date or alone
    (not on its address or copyright lines), or None. The text is read once, when first asked."""
    read: list[list[tuple[int, int]]] = []  # [the (position, year) of every year named, in order]

    def year_before(position: int) -> int | None:
        if not read:
            read.append(sorted([*((d.start, d.year) for d in all_mentions if d.year),
                                *_event_line_years(text, grammar)]))
        k = bisect.bisect_left(read[0], (position,)) - 1
        return read[0][k][1] if k >= 0 else None

    return year_before


def _earlier_year(named: list[NamedYear], reference: Reference | None) -> int | None:
    """A year the sentence writes (named: its years outside its date expressions, _named_years)
    that ended before the reference's, not as a bound ('since 2003'): the sentence tells of
    another time, which the publication date does not date. The year an anniversary counts from
    ('the anniversary of the 1959 uprising') is none: the sentence tells of the anniversary."""
    if reference is None:
        return None
    return next((y.year for y in named if not y.bound and y.year < reference.day.year), None)


def _alternating(resolved: list[tuple[int, int, DateInterval]], targets: list[DatedTarget],
                 unplaced: list[tuple[int, int, None]] = ()) -> dict[int, DateInterval | None]:
    """When a sentence's dates and places alternate, as many of each, places with no date between
    them counting as one ('a march on Tuesday in The Hague and on Wednesday in Rotterdam', 'in
    Lyon and Nice on Saturday, while Marseille marched on Thursday'): each place's date, by target
    position: the one before it when a date comes first, else the one after it; None for a day
    nothing places (unplaced: such days' spans, which pair as dates do and date nothing); else
    nothing (the nearest date is each place's)."""
    spans = sorted([*resolved, *unplaced], key=lambda span: span[0]) if unplaced else resolved
    positions = sorted({t.position for t in targets})
    if len(spans) < 2 or len(positions) < len(spans):
        return {}
    starts = [span[0] for span in spans]
    groups: list[list[int]] = []  # runs of places with no date between them
    for position in positions:
        if groups and bisect.bisect_left(starts, groups[-1][-1]) == bisect.bisect_left(starts, position):
            groups[-1].append(position)
        else:
            groups.append([position])
    if len(groups) != len(spans):
        return {}
    dates_first = spans[0][0] < groups[0][0]
    for k, group in enumerate(groups):
        before = spans[k][1] <= group[0] if dates_first else spans[k][0] > group[-1]
        after = (k + 1 == len(groups) or group[-1] < spans[k + 1][0]) if dates_first else (
            k == 0 or spans[k - 1][1] <= group[0])
        if not (before and after):
            return {}
    return {position: spans[k][2] for k, group in enumerate(groups) for position in group}


def _nearest(resolved: list[tuple[int, int, DateInterval]], starts: list[int], position: int) -> DateInterval:
    """The interval of the expression nearest position (by its nearer end; the earlier of two as
    near), among the sentence's resolved expressions, in text order and disjoint (starts: theirs):
    only the two around position can be nearest, so a sentence with many places and many dates
    costs no more than their number."""
    k = bisect.bisect_right(starts, position)
    around = resolved[max(0, k - 1):k + 1]
    return min(around, key=lambda r: min(abs(r[0] - position), abs(r[1] - position)))[2]


# How far after 'a year after' the day it counts from may start ('a year after the violent rally
# of August 10, 2018').
YEARS_ON_REACH = 80
# The longest a count of years after is sought ('un an jour pour jour après': 26 characters).
YEARS_ON_PHRASE = 60
# How many days either side of the day that many years on a rally with no weekday to fix it may lie:
# 'a year after' is a round figure, though a rally that marks it is held on or near the day.
YEARS_ON_DAYS = 3


def years_on(text: str, mentions: list[DateMention], grammar: DateGrammar) -> dict[int, tuple[date, str]]:
    """The days with a year that a count of years after stands before ('a year after the violent
    rally of August 10, 2018', 'ein Jahr nach der Demonstration vom 10. August 2018', 'un an après
    la manifestation du 10 août 2018'; lexicon years_after; mentions: the text's, in order), no
    other date between them: where each starts -> the day that many years on, and the phrase.
    The day written is another event's; the rally's is its return."""
    dated = [m.start for m in mentions if m.kind == "day" and m.year is not None]
    if grammar.years_after is None or not dated:
        return {}
    starts = [m.start for m in mentions]
    found = {}
    # the phrases are sought only before the days they may place, each stretch once
    stretches = _stretches([(start, start) for start in dated], YEARS_ON_REACH + YEARS_ON_PHRASE, 0)
    for phrase in (p for low, high in stretches for p in grammar.years_after.finditer(text, low, high)):
        k = bisect.bisect_left(starts, phrase.end())
        if k == len(mentions) or mentions[k].start - phrase.end() > YEARS_ON_REACH:
            continue
        m = mentions[k]
        entry = _counted_entry(phrase.group(), grammar.years_after_counts, grammar.small_numbers)
        if m.kind != "day" or m.year is None or m.until or entry is None:
            continue
        years, count = entry
        try:
            found[m.start] = (date(m.year + years * (count or 1), m.month, m.day), phrase.group())
        except ValueError:  # 29 February, that many years on in a common year
            continue
    return found


# How far before a day long past the word for an anniversary is sought ('the anniversary of the
# crackdown on protesters in the square on June 4, 1989').
ANNIVERSARY_REACH = 100
# How far after publication the anniversary a page announces a rally for may fall.
ANNOUNCED_ANNIVERSARY_DAYS = 31


@lru_cache(maxsize=32)
def _anniversary_word(lexicon: Lexicon) -> re.Pattern | None:
    return word_pattern(lexicon.get("time", "anniversary"))


def _days_counted(mention: DateMention) -> int:
    """How many days a relative mention ('today', 'yesterday', 'the day before yesterday') counts
    from the day of writing."""
    return mention.shift or {"yesterday": -1, "tomorrow": 1}.get(mention.modifier, 0)


def _day_month_after(day: DateMention, shift: int) -> str | None:
    """The day and month shift days after a day written without its year ('10 March', one day
    before: '9 March'); None when that day is none, or when the year it is of would change it (the
    day before 1 March, 28 or 29 February) or the count reaches into another year."""
    found = set()
    for year in (2000, 2001):  # a leap year and a common one
        try:
            counted = date(year, day.month, day.day) + timedelta(days=shift)
        except (TypeError, ValueError):
            continue  # 29 February, in a common year
        found.add((counted.year - year, counted.month, counted.day))
    if len(found) != 1 or (only := found.pop())[0]:
        return None
    return f"{only[2]} {calendar.month_name[only[1]]}"


def _remembered(text: str, s, start: int, grammar: DateGrammar) -> bool:
    """Whether a time told at start follows, in its sentence and within ANNIVERSARY_REACH, a word
    of commemoration (lexicon commemoration: 'to mark the mass protest two years ago', 'om te
    herdenken dat … vier jaar geleden'): the time a gathering remembers, not the one it tells."""
    return grammar.commemoration is not None and grammar.commemoration.search(
        text, max(s.start, start - ANNIVERSARY_REACH), start) is not None


def _remembered_after(text: str, end: int, limit: int, grammar: DateGrammar) -> bool:
    """Whether a verb of commemoration put last follows a date that ends at end, in its clause (no
    comma between) and before limit (lexicon commemoration_after: 'um an den Protest vom 12. Juni
    2019 … zu erinnern')."""
    return grammar.commemoration_after is not None and grammar.commemoration_after.search(
        text, end, _clause_end(text, end, limit)) is not None


def _anniversary_day(text: str, s, m: DateMention, reference: Reference | None, scheduled: bool,
                     lexicon: Lexicon, mentions: list[DateMention] = ()) -> DateInterval | None:
    """The day a rally marks the anniversary of when it is not dated otherwise: a day with its
    year, long before publication, that the sentence's word for an anniversary stands before
    ('to mark the 64th anniversary of the uprising of March 10, 1959'; in a page dated by its
    publication, a word of commemoration too: 'to mark the protest of June 12, 2019'), returns in the year of
    publication within the week before it (or, announced, within a month after it). As rallies
    for an anniversary are held on it or a day beside it, the interval is that day and the ones
    either side of it, up to publication; None when any of this does not hold. In a page that
    gives only its year (an undated page's 'Nth anniversary' of that day: anniversary_year), its
    return in that year, the day itself when a weekday of the sentence (mentions: its date
    expressions) falls on it ('on Monday for the 50th anniversary of … 15 March 1960'), none
    when it names another weekday (a day beside it, which one not known)."""
    pattern = _anniversary_word(lexicon)
    if pattern is None or m.kind != "day" or m.year is None or reference is None or \
            reference.kind not in ("published", "year"):
        return None
    reach = max(s.start, m.start - ANNIVERSARY_REACH)
    if pattern.search(text, reach, m.start) is None:
        # a gathering to mark what happened on that day, the word for an anniversary left out
        # ('to mark the protest that took place on June 12, 2019', 'um an den Protest vom 12. Juni
        # 2019 … zu erinnern'): its return in the week before publication says the same, in a page
        # dated by its publication (lexicon commemoration, commemoration_after)
        grammar = grammar_for(lexicon)
        if reference.kind != "published" or not (
                _remembered(text, s, m.start, grammar)
                or _remembered_after(text, m.end, min(s.end, m.end + ANNIVERSARY_REACH), grammar)):
            return None
    try:
        day = date(reference.day.year, m.month, m.day)
    except ValueError:  # 29 February, in a common year
        return None
    if reference.kind == "year":
        said = f"the anniversary of '{m.text.strip()}' in {day.year} ({reference.reason})"
        weekdays = {x.weekday for x in mentions if x.kind == "weekday" and not x.modifier}
        if weekdays == {day.weekday()}:
            return DateInterval(day, day, "day", f"{said}: {day.isoformat()}, a {day:%A} as its sentence says",
                                scheduled)
        if weekdays:
            return None  # 'on Saturday for the anniversary of' a day that returns on a Monday: a day beside it
        # (no publication to stand near it: some days either side, as a count of years after)
        return DateInterval(day - timedelta(days=YEARS_ON_DAYS), day + timedelta(days=YEARS_ON_DAYS), "approximate",
                            f"no day for this rally in the article, which marks {said}: on or about {day.isoformat()}",
                            scheduled)
    publication = reference.day
    if scheduled and publication <= day <= publication + timedelta(days=ANNOUNCED_ANNIVERSARY_DAYS):
        start, end = max(publication, day - timedelta(days=1)), day + timedelta(days=1)
    elif not scheduled and publication - timedelta(days=6) <= day <= publication:
        start, end = day - timedelta(days=1), min(publication, day + timedelta(days=1))
    else:
        return None
    return DateInterval(start, end, "approximate", f"no day for this rally in the article, which marks the "
                        f"anniversary of '{m.text.strip()}': on or about {day.isoformat()}, its return in the year of "
                        f"publication ({reference.reason})", scheduled)


# Date expressions that name a day or a week: a time of the day after one is that day's.
_NAMING_A_DAY = frozenset({"day", "weekday", "weekend", "week", "relative", "sameday", "later", "weekday_day",
                           "monthday"})


def _time_of_day_alone(text: str, s, grammar: DateGrammar, first_day: int) -> str | None:
    """A time of the day that a rally's sentence names (lexicon times_of_day: 'in the afternoon',
    'am Nachmittag', 'dans la soirée') before first_day, where the article first names a day but
    the day of publication (_first_named_day): the phrase as written, else None. Such a time is the
    day of writing's ('Hundreds gathered outside the embassy in the afternoon'), or, in a page put
    out the morning after, the day before; after a day the article names it is that day's ('On
    Friday … In the afternoon'), which the paragraph's or the lead's date gives when it is a
    rally's, and which is not known here when it is another event's."""
    found = grammar.times_of_day.search(text, s.start, min(s.end, first_day)) if grammar.times_of_day else None
    return found.group(0) if found is not None and found.start() < first_day else None


def _first_named_day(mentions: list[DateMention], publication: date) -> int:
    """Where the first of mentions (in order) that names a day or a week other than publication
    starts; past the end of any text when none does."""
    return next((m.start for m in mentions
                 if m.kind in _NAMING_A_DAY and not (m.kind == "day" and full_day(m) == publication)), sys.maxsize)


# How long before a page's month the days its paragraph tells may reach back for a rally it leaves
# undated: a page of April tells of March; of last year, of another story.
TOLD_BEFORE_MONTH_DAYS = 45


def _told_before_the_month(fallback: DateInterval, days: list[date] | None,
                           reference: Reference | None) -> DateInterval | None:
    """For a rally nothing dates in a page that gives only its month, which tells of days before
    the week its fallback starts ('Tausende hatten sich vor dem Parlament versammelt … Weitere
    Demonstranten stießen am Abend des 9. März hinzu' in a page of April): from the earliest such
    day, within TOLD_BEFORE_MONTH_DAYS before the month, to the fallback's end (the page tells of
    those days, and the week before its month need not hold the rally's); else None."""
    if not days or reference is None or reference.kind != "month" or fallback.start is None:
        return None
    earlier = [d for d in days if reference.month_start - timedelta(days=TOLD_BEFORE_MONTH_DAYS) <= d < fallback.start]
    if not earlier:
        return None
    start = min(earlier)
    return DateInterval(start, fallback.end, "approximate", f"{fallback.reason}, or from {start.isoformat()}, the "
                        "earliest day the article tells before it, on")


# How many days before publication 'the week before publication' opens.
WEEK_BEFORE_DAYS = 6


def _fallback(reference: Reference | None, scheduled: bool) -> DateInterval:
    if reference is None or scheduled:
        return DateInterval.unknown("no date for this rally in the article")
    if reference.kind == "year":
        year = reference.day.year
        return DateInterval(date(year, 1, 1), date(year, 12, 31), "approximate",
                            f"no date for this rally in the article: the year {year} ({reference.reason})", scheduled)
    if reference.kind == "published":
        return DateInterval(reference.day - timedelta(days=WEEK_BEFORE_DAYS), reference.day, "approximate",
                            "no date for this rally in the article: the week before publication")
    if reference.kind == "month":
        # the week before any day of the month: a page of 2 October may report 28 September's
        return DateInterval(reference.month_start - timedelta(days=6), reference.latest,
                            "approximate", "no date for this rally in the article: the week before some day of the "
                            f"month of publication ({reference.reason})")
    return DateInterval(reference.day, reference.day + timedelta(days=13), "approximate",
                        "no date for this rally and no publication date: the two weeks from the latest "
                        f"date the article mentions ({reference.day.isoformat()})")
