"""How many: the crowd size an article states for each rally place, with its words.

A size is a figure of people ('2,000 people', 'Tausende Menschen', 'rond de tweehonderd mensen',
'a crowd of 5,000') read with the conventions of the Crowd Counting Consortium, which are
conservative:

| words | range |
| --- | --- |
| 'dozens' | 24-99 (and 'hundreds' 200-999, 'thousands' 2,000-9,999, 'tens of thousands' 20,000-99,999 ...) |
| 'about N', 'an estimated N', 'nearly N' | 0.8N-1.2N |
| 'more than N', 'over N' | N+1 to just under the next step of 1-2-5 (more than 2,000: 2,001-4,999) |
| 'at least N' | N to just under the next power of ten |
| 'up to N' | 0.5N-N |
| 'between A and B', 'A to B' | A-B |
| N | N-N |

Two figures for one rally (the police's and the organisers') give the range from the lowest to
the highest. A figure is a rally's only when the words say people (a crowd noun or a gathering
verb right after it), it is not a count of the dead or the arrested, and it sits by that place
alone: a figure beside a list of cities ('thousands in Paris and Nice') or in a sentence about
many places ('rallies across Europe drew 50,000') is no city's.

The words are data: the `[size]` section of each lexicon; number words come from num2words.
Matching runs in linear time: every pattern is a set of literal words, tried where a number is.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from babel.numbers import get_decimal_symbol

from ..errors import LexiconError
from .lexicon import Lexicon, calendar_of, case_sensitive, word_pattern
from .resources import spelled_numbers
from .text import Sentence, fold, quoted_spans

if TYPE_CHECKING:  # places uses find_sizes: the analysis type only for annotations here
    from .places import ArticleAnalysis

# Where the figure's words stop counting as its context: the crowd noun may stand this many words
# after the number ('Thousands of exiled Iranian dissidents').
WORDS_TO_NOUN = 3
# How far (characters) around a figure a 'police' or 'organisers' word says whose figure it is.
SOURCE_REACH = 90
# How far after a figure a second, bare figure with its own source may follow ('23,000 according
# to the police, 30,000 according to the organisers').
COMPANION_REACH = 60
# A range's low end written without the thousands of its high end ('between 17 and 20,000') counts
# thousands too, when that puts it in the high end's order of magnitude.
THOUSAND = 1000

# How far (characters) after a crowd noun its clause may say it counts the dead or the arrested.
CLAUSE_REACH = 120

SOURCES = ("police", "organisers", "expected", "article")


@dataclass(frozen=True, slots=True)
class Size:
    """One figure of a crowd: [low, high] people (high None: open), the words as written and
    where they stand in the article, and whose figure it is (SOURCES)."""

    low: int
    high: int | None
    text: str
    start: int
    end: int
    source: str
    place: int | None = None  # where the city name starts that the figure stands right before ('700 à Gap')


@dataclass(frozen=True)
class SizeGrammar:
    """One language's size words, compiled once (size_grammar)."""

    figure: re.Pattern  # a number, number words or a vague quantity, with its multiplier
    figure_lower: re.Pattern  # the same, for lower-cased text (twice as fast: lexicon.case_sensitive)
    vague: dict[str, tuple[int, int]]  # folded words -> range: 'thousands' -> (2000, 9999)
    number_words: dict[str, int]  # folded words -> value: 'two hundred' -> 200
    multipliers: dict[str, int]  # folded word -> factor: 'million' -> 1_000_000
    modifier: re.Pattern  # the words ending right before a figure, in a group named by their kind
    crowd: re.Pattern | None  # a word naming people
    crowd_before: re.Pattern | None  # 'a crowd of' right before the figure
    crowd_verbs: re.Pattern | None  # 'drew' right before the figure: people, unless other things follow it
    people: re.Pattern | None  # a crowd noun or 'a crowd of' anywhere: a sentence that may count a crowd
    gate: re.Pattern | None  # those, vague words or number words: a sentence that may hold a figure
    not_crowd: re.Pattern | None  # 'killed', 'arrested' just after the figure's noun: not a crowd
    gatherings: re.Pattern | None  # 'demonstrations', 'Kundgebungen' right after a figure: it counts gatherings
    not_crowd_before: re.Pattern | None  # 'the killing of' right before the figure: not a crowd
    police: re.Pattern | None
    attribution: re.Pattern | None  # 'according to': a source named after the figure is its source
    organisers: re.Pattern | None
    expected: re.Pattern | None
    shared: re.Pattern | None  # a sentence about many places: its figures are no one city's
    range_before: re.Pattern  # 'A to ' right before the figure B: the range A-B
    range_after: re.Pattern  # ' to B' right after the figure: it is the low end of a range
    months: frozenset[str]  # folded month names: '14 200' after a month is a day and a count
    earlier: re.Pattern | None  # 'last', 'pasado': a sentence that points to an earlier time
    at_place: re.Pattern | None  # ' in ' right after a figure, before a place: '1 500 à Rennes'
    before_place: re.Pattern | None  # a digit or vague word, then ' in ', ending where a place starts
    decimal: str = "."  # the language's decimal mark (CLDR): '3,700 millions' is 3.7 million in French


# Digits grouped by thousands ('1,300', '1.300', '15 000', '100’000'), or plain, with a decimal
# part only when a multiplier follows ('1.5 million').
_DIGITS = r"\d{1,3}(?:[,.\u00a0\u202f '’]\d{3})+(?![\d])|\d+(?:[.,]\d+)?"
_GROUPED = re.compile(r"\d{1,3}(?:[,.\u00a0\u202f '’]\d{3})+")
_GROUP_MARKS = ",.\u00a0\u202f '’"
_SPACE_GROUPED = re.compile(r"\d[\u00a0\u202f ]\d")
_DIGIT = re.compile(r"\d")
_HUNDREDS = re.compile(r"\d(?:\d\d|[,.\u00a0\u202f '’]\d{3})")  # a number of 100 or more, in digits
_YEAR = re.compile(r"(?:19|20)\d\d")
_CLAUSE_END = re.compile(r"[,;:–—()]")
_DAY_OF = re.compile(r"\.?[ \u00a0]+([^\W\d_]+)")  # the word after a number: '17. Juni', '14 May'
# A date in figures ('2023-10', '2022-02-24', '24.02.2022'): its numbers count no one ('date 2023-10
# Bij de demonstranten', 'date 2022-02-24 Tysiące osób'), and they are set aside before figures are sought.
_DATE_IN_FIGURES = re.compile(r"(?<![\d.,])(?:(?:19|20)\d\d[-/.]\d\d?(?:[-/.]\d\d?)?"
                              r"|\d\d?[-/.]\d\d?[-/.](?:19|20)\d\d)(?!\d|[.,]\d)")
# A web address ('url: https://site/actualite/107371/rassemblement'): its numbers are ids and
# dates, whatever words follow them, and are set aside likewise; only those of its slug, joined to
# words by hyphens, are a headline's ('…/manifestazione-a-rotterdam-circa-7000-partecipanti/').
_WEB_ADDRESS = re.compile(r"\b(?:https?://|ftp://|www\.)\S+", re.I)
_ADDRESS_NUMBER = re.compile(r"(?<![-\d])\d+(?![-\d])")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def _ranges(entries: Sequence[str], what: str, language: str) -> dict[str, tuple[int, int]]:
    found = {}
    for entry in entries:
        words, _, bounds = entry.rpartition("=")
        low, _, high = bounds.partition("-")
        if not (words and low.isdigit() and high.isdigit() and int(low) <= int(high)):
            raise LexiconError(f"lexicon '{language}': {what} entry '{entry}' is not 'words=LOW-HIGH'")
        found[fold(words)] = (int(low), int(high))
    return found


def _values(entries: Sequence[str], what: str, language: str, key=fold) -> dict[str, int]:
    """'words=NUMBER' entries as key(words) -> NUMBER (folded unless told)."""
    found = {}
    for entry in entries:
        words, _, value = entry.rpartition("=")
        if not (words and value.isdigit()):
            raise LexiconError(f"lexicon '{language}': {what} entry '{entry}' is not 'words=NUMBER'")
        found[key(words)] = int(value)
    return found


# The numbers whose words num2words gives: the round figures an article writes in words ('two
# thousand', 'tweehonderd', 'cinquemila', 'three million'), and every number below a hundred, which
# a multiplier may follow ('quince mil'); other figures are written in digits. Kept few: each is an
# alternative of every language's figure pattern.
_WORDED = tuple(sorted({*range(10, 100), *range(100, 1000, 100), *range(1000, 10_000, 1000),
                        *range(10_000, 100_001, 10_000), *range(1_000_000, 10_000_001, 1_000_000)}))


def _alternatives(entries) -> re.Pattern | None:
    """word_pattern of entries written as they are and folded (an article may drop accents)."""
    return word_pattern(sorted({form for e in entries for form in (e.lower(), fold(e))}))


@lru_cache(maxsize=32)
def size_grammar(lexicon: Lexicon) -> SizeGrammar:
    """The size grammar of a lexicon's language, built once."""
    s = lambda key: lexicon.get("size", key)  # noqa: E731
    language = lexicon.language
    vague_entries = [e.rpartition("=")[0] for e in s("vague")]
    vague = _ranges(s("vague"), "vague", language)
    spelled = {**spelled_numbers(language, _WORDED), **_values(s("number_words"), "number_words", language, str.lower)}
    number_words = {fold(w): v for w, v in spelled.items()}
    multipliers = _values(s("multipliers"), "multipliers", language)
    wordy = _alternatives(spelled)
    multiplier = _alternatives(e.rpartition("=")[0] for e in s("multipliers"))
    vague_pattern = _alternatives(vague_entries)
    figure = r"(?<![\w.,])(?:"
    if vague_pattern:
        figure += r"(?P<vague>" + vague_pattern.pattern + r")|"
    figure += r"(?P<number>" + _DIGITS + ("|" + wordy.pattern if wordy else "") + r")"
    if multiplier:
        # the multiplier may be glued to the digits ('20mila', '1,5milioni'), and a smaller count
        # with its own multiplier may follow ('un millón 200 mil': 1,200,000)
        times = multiplier.pattern.removeprefix(r"(?<!\w)")
        figure += (r"(?:\s*(?P<multiplier>" + times + r"))?(?:[ \u00a0]+(?P<rest>" + _DIGITS
                   + ("|" + wordy.pattern if wordy else "") + r")[ \u00a0]*(?P<rest_multiplier>" + times + r"))?")
    figure += r")(?![\w])"
    end_of = lambda key: (re.compile(r"(?<!\w)(?:" + word_pattern(s(key)).pattern + r")\s*$", re.IGNORECASE)  # noqa: E731
                          if s(key) else None)
    # One pattern, a named group per kind, tried in this order where two end at the same place.
    modifier = re.compile(r"(?<!\w)(?:" + "|".join(
        f"(?P<{kind}>" + word_pattern(s(kind)).pattern + ")" for kind in ("between", "more_than", "at_least", "up_to",
                                                                          "less_than", "about") if s(kind)) + r")\s*$",
        re.IGNORECASE)
    joiners = list(s("range_joiners")) + ["-", "–"]
    joiner = "|".join((re.escape(j) if not j[0].isalpha() else r"(?<!\w)" + re.escape(j) + r"(?!\w)")
                      for j in sorted(set(joiners), key=len, reverse=True))
    figure_pattern = re.compile(figure, re.IGNORECASE)
    locatives = word_pattern(lexicon.get("place", "locatives"))
    return SizeGrammar(
        figure=figure_pattern, figure_lower=case_sensitive(figure_pattern),
        vague=vague, number_words=number_words, multipliers=multipliers, modifier=modifier,
        crowd=word_pattern(s("crowd_nouns")), crowd_before=end_of("crowd_before"), crowd_verbs=end_of("crowd_verbs"),
        people=word_pattern([*s("crowd_nouns"), *s("crowd_before"), *s("crowd_verbs")]),
        gate=_alternatives([*s("crowd_nouns"), *s("crowd_before"), *s("crowd_verbs"), *vague_entries, *spelled,
                            *(e.rpartition("=")[0] for e in s("multipliers"))]),
        not_crowd=word_pattern(s("not_crowd")),
        gatherings=word_pattern(s("gatherings_counted")),
        not_crowd_before=(re.compile(r"(?<!\w)(?:" + word_pattern([*s("not_crowd_before"), *s("not_crowd")]).pattern
                                     + r")\s*$", re.IGNORECASE) if s("not_crowd_before") or s("not_crowd") else None),
        police=word_pattern(s("police")), attribution=word_pattern(s("attribution")),
        organisers=word_pattern(s("organisers")), expected=word_pattern(s("expected")),
        shared=word_pattern(s("shared")),
        range_before=re.compile(r"(?P<low>" + _DIGITS + r")\s*(?:" + joiner + r")\s*$", re.IGNORECASE),
        range_after=re.compile(r"\s*(?:" + joiner + r")\s*\d", re.IGNORECASE),
        months=frozenset(calendar_of(lexicon).months),
        # ('i', as in 'i lørdags', last Saturday, is no earlier time on its own: 'i demonstrationen')
        earlier=word_pattern([w for w in (*lexicon.get("time", "last"), *lexicon.get("time", "last_after"))
                              if len(w) > 2]),
        at_place=(re.compile(r"[ \u00a0]+(?:" + locatives.pattern + r")[ \u00a0]+", re.IGNORECASE)
                  if locatives else None),
        before_place=(re.compile(r"(?:\d|" + (vague_pattern.pattern if vague_pattern else r"(?!)") + r")[ \u00a0]+(?:"
                                 + locatives.pattern + r")[ \u00a0]+$", re.IGNORECASE) if locatives else None),
        decimal=get_decimal_symbol(lexicon.babel_locale))


def number_value(words: str, multiplier: str | None, grammar: SizeGrammar) -> int | None:
    """The value of a number as written ('1.300' -> 1300, '1,5 Millionen' -> 1_500_000,
    'two thousand' -> 2000), or None when it is not a count (a decimal without a multiplier)."""
    factor = grammar.multipliers.get(fold(multiplier), 1) if multiplier else 1
    key = fold(words.replace("-", " "))
    if key in grammar.number_words:
        return grammar.number_words[key] * factor
    if _GROUPED.fullmatch(words) and not (factor > 1 and words.count(grammar.decimal) == 1 and not any(
            mark in words for mark in _GROUP_MARKS if mark != grammar.decimal)):
        return int(re.sub(r"\D", "", words)) * factor
    if words.isdigit():
        return int(words) * factor
    if factor == 1:
        return None  # '2.5' alone counts nobody
    whole, _, fraction = words.replace(grammar.decimal, ".").replace(",", ".").partition(".")
    if not (whole.isdigit() and fraction.isdigit()):
        return None
    return round((int(whole) + int(fraction) / 10 ** len(fraction)) * factor)


def next_step(n: int) -> int:
    """The least number of the 1-2-5 series (1, 2, 5, 10, 20, 50 ...) greater than n."""
    power = 10 ** int(math.log10(n)) if n >= 1 else 1
    for step in (1, 2, 5, 10):
        if step * power > n:
            return step * power
    return 10 * power


def convention(kind: str | None, n: int) -> tuple[int, int | None]:
    """The range [low, high] a figure n with a modifier of kind (None: exact) stands for."""
    if kind == "about":
        return round(0.8 * n), round(1.2 * n)
    if kind == "more_than":
        return n + 1, max(n + 1, next_step(n) - 1)
    if kind == "at_least":
        return n, 10 ** (len(str(n))) - 1
    if kind == "up_to":
        return max(1, n // 2), n
    if kind == "less_than":
        return max(1, n // 2), max(1, n - 1)
    return n, n


def find_sizes(text: str, sentence: Sentence, lexicon: Lexicon, scheduled: bool = False,
               places: frozenset[int] = frozenset()) -> list[Size]:
    """The crowd figures of one sentence, in text order (companions included: the organisers'
    figure written after the police's). places: where the article's city names start; a crowd's
    kind of figure right before one ('1 500 à Rennes', 'otros 1.000 en Cádiz') counts its people."""
    grammar = size_grammar(lexicon)
    if not (_HUNDREDS.search(text, sentence.start, sentence.end)
            or grammar.gate is not None and grammar.gate.search(text, sentence.start, sentence.end)):
        return []  # no number of a hundred or more, no number word, no word for people: no crowd
    body = text[sentence.start:sentence.end]
    figures: list[Size] = []
    last_end = None  # where the sentence's last crowd figure ends (relative to body)
    lowered = body.lower()
    # Lower-cased, the figure pattern runs without IGNORECASE; a text whose lower case changes its
    # length (offsets would shift) is matched as it is.
    pattern, searched = (grammar.figure_lower, lowered) if len(lowered) == len(body) else (grammar.figure, body)
    searched = _DATE_IN_FIGURES.sub(lambda date: " " * len(date.group()), searched)
    searched = _WEB_ADDRESS.sub(lambda address: _ADDRESS_NUMBER.sub(
        lambda number: " " * len(number.group()), address.group()), searched)
    for match in (part for found in pattern.finditer(searched) for part in _figure_matches(found, pattern, searched,
                                                                                              grammar)):
        size = _figure(body, match, grammar, lexicon, last_end, places, sentence.start)
        if size is not None:
            low, high, start, place = size
            source = "expected" if scheduled or _expected_in_clause(body, start, match.end(), grammar) \
                else _source(body, match.start(), match.end(), grammar)
            figures.append(Size(low, high, body[start:match.end()].strip(), sentence.start + start,
                                sentence.start + match.end(), source, place))
            last_end = match.end()
    return figures


def counts_a_crowd(text: str, sentence: Sentence, lexicon: Lexicon, places: frozenset[int] = frozenset()) -> Size | None:
    """The first crowd figure of a sentence that holds a word for people (a crowd noun, or 'a
    crowd of') or a figure right before a place (places: where city names start), else None: a
    sentence without either counts no crowd, and is not read further."""
    grammar = size_grammar(lexicon)
    if (grammar.people is None or not grammar.people.search(text, sentence.start, sentence.end)) and not (
            grammar.before_place is not None and any(
                _after_a_locative(text, p, lexicon) and grammar.before_place.search(text, max(sentence.start, p - 40), p)
                for p in places if sentence.start <= p < sentence.end)):
        return None
    figures = find_sizes(text, sentence, lexicon, places=places)
    return figures[0] if figures else None


def _after_a_locative(text: str, position: int, lexicon: Lexicon) -> bool:
    """Whether the word right before position is a locative ('… 700 à |Lyon'): a cheap test
    before the figure pattern is tried."""
    words = text[max(0, position - 12):position].split()
    return bool(words) and words[-1].lower() in lexicon.locatives


# The least crowd a figure counts: 'one protester was arrested' is no crowd size.
LEAST_CROWD = 10


def _rest(match: re.Match, n: int, grammar: SizeGrammar) -> int:
    """The smaller count with its multiplier that a figure of n runs on with ('un millón 200 mil':
    200,000), else 0."""
    if match.group("rest") is None:
        return 0
    rest = number_value(match.group("rest"), match.group("rest_multiplier"), grammar)
    return rest if rest and n >= 1 and rest < 10 ** int(math.log10(n)) else 0


def _figure_matches(match: re.Match, pattern: re.Pattern, body: str, grammar: SizeGrammar) -> list[re.Match]:
    """The figure match, or its two figures when what follows it is no smaller part of it ('In 2019
    300 thousand people': a year, then a count)."""
    if match.group("rest") is None or match.group("vague"):
        return [match]
    n = number_value(match.group("number"), match.group("multiplier"), grammar)
    a_year = _YEAR.fullmatch(match.group("number")) and not match.group("multiplier")
    if n and not a_year and _rest(match, n, grammar):
        return [match]
    parts = (pattern.match(body, match.start(), match.start("rest")), pattern.match(body, match.start("rest")))
    return [part for part in parts if part]


def _figure(body: str, match: re.Match, grammar: SizeGrammar, lexicon: Lexicon, last_end: int | None,
            places: frozenset[int] = frozenset(), offset: int = 0) -> tuple[int, int | None, int, int | None] | None:
    """(low, high, start of its words, start of the place it stands before or None) of one figure
    match, or None when it counts no crowd."""
    start = match.start()
    vague = match.group("vague")
    if vague:
        low, high = grammar.vague[fold(vague)]
    else:
        words = match.group("number")
        if _SPACE_GROUPED.search(words) and _previous_word(body, start) in grammar.months:
            return None  # 'on May 14 200 people': a day, then a count
        if _YEAR.fullmatch(words) and not match.group("multiplier"):
            return None  # '2019': a year (the commonest number in the news), not a crowd
        n = number_value(words, match.group("multiplier"), grammar)
        if not n or n < LEAST_CROWD:
            return None
        n += _rest(match, n, grammar)
        month = _DAY_OF.match(body, match.end()) if n <= 31 else None
        if month and fold(month.group(1)) in grammar.months:
            return None  # 'Straße des 17. Juni mit zehntausend Teilnehmern': a day, then a count
        if grammar.range_after.match(body, match.end()):
            return None  # the low end of 'A to B people': B's figure reads both
        low, high = n, n
    lead = body[max(0, start - 48):start]
    found = grammar.modifier.search(lead)
    said = _says_people(body, match, grammar, lexicon, lead[:found.start()] if found else lead, places, offset)
    if said is None and not _companion(body, match, grammar, last_end) and \
            not _next_item_s_figure(body, match, last_end, grammar, lexicon, places, offset):
        return None  # asked first: most numbers count no one, and what follows is dearer
    kind = None
    if found:
        kind, start = found.lastgroup, start - (len(lead) - found.start())
    if not vague:
        lead = body[max(0, start - 40):start]
        joined = grammar.range_before.search(lead)
        first = number_value(joined.group("low"), match.group("multiplier"), grammar) if joined else None
        if first and first < THOUSAND <= low and first * THOUSAND <= low < first * THOUSAND * 10:
            first *= THOUSAND  # 'entre 17 et 20 000': the thousands written once, for both ends
        if first and first < low:
            start -= len(lead) - joined.start()
            lead = body[max(0, start - 24):start]
            found = grammar.modifier.search(lead)
            if found and found.lastgroup == "between":
                start -= len(lead) - found.start()
            low, kind = first, None
        elif kind not in (None, "between"):
            low, high = convention(kind, low)
    if said == "after" and grammar.not_crowd_before and grammar.not_crowd_before.search(
            body[max(0, start - 40):start]):
        return None  # 'the killing of 1,500 protesters', 'has killed at least 400 demonstrators'
    place = offset + grammar.at_place.match(body, match.end()).end() if said == "at" else None
    return low, high, start, place


def _casualties(body: str, position: int, grammar: SizeGrammar, lexicon: Lexicon) -> bool:
    """Whether the rest of the figure's clause after its noun says they were killed, hurt or
    detained ('46 demonstrators in the city have been confirmed killed'), before any gathering's
    verb ('2,000 people marched and 50 were arrested' counts a crowd)."""
    if grammar.not_crowd is None:
        return False
    end = _CLAUSE_END.search(body, position, position + CLAUSE_REACH)
    clause = body[position:end.start() if end else position + CLAUSE_REACH]
    casualty = grammar.not_crowd.search(clause)
    if casualty is None:
        return False
    # a gathering's verb, not its noun: '5,000 people marched and 50 were arrested' counts a crowd,
    # '18,000 people were killed in the mass protests' (German: 'bei den Massenprotesten getötet') not
    gathered = any(tense is not None and tense.search(clause, 0, casualty.start()) is not None
                   for tense in (lexicon.past, lexicon.present))
    return not gathered


def _previous_word(body: str, position: int) -> str:
    words = _WORD.findall(body[max(0, position - 24):position])
    return fold(words[-1]) if words else ""


def _says_people(body: str, match: re.Match, grammar: SizeGrammar, lexicon: Lexicon, before: str,
                 places: frozenset[int] = frozenset(), offset: int = 0) -> str | None:
    """Whether the words say the figure counts people: 'before' ('a crowd of', 'drew' before it,
    a modifier allowed between: before is the text that ends where the figure or its modifier
    begins), 'after' (a crowd noun after it, or a gathering verb right after it, and the rest of
    its clause does not say they were killed or arrested), 'at' (a crowd's kind of figure right
    before a place: places are where city names start, offset where body starts in the text), or
    None."""
    if grammar.crowd_before and grammar.crowd_before.search(before):
        return "before"
    if grammar.crowd_verbs and grammar.crowd_verbs.search(before):
        return None if _counts_other_things(body, match.end(), grammar, lexicon) else "before"
    after = body[match.end():match.end() + 120]
    # A gathering verb right after a figure says it counts people when the figure is a crowd's
    # kind of number: 'hundreds marched', '2,000 rallied'; 'ore 10 concentramento' is a time.
    bare_verb = bool(match.group("vague") or match.group("multiplier")) or len(
        re.sub(r"\D", "", match.group("number") or "")) >= 3  # ('5 mila hanno sfilato': five thousand)
    if bare_verb and places and grammar.at_place is not None:
        # 'au moins 700 à Saint-Nazaire', 'más de 200 en Huelva': the count of a place in a list
        # of counts, its noun left out
        at = grammar.at_place.match(body, match.end())
        if at is not None and offset + at.end() in places and not _casualties(body, at.end(), grammar, lexicon):
            return "at"
    if bare_verb:
        people = _people_named(after, lexicon)
        if people is not None:
            return None if _casualties(body, match.end() + people, grammar, lexicon) else "after"
    first_capitalised = False  # whether the word right after the figure is capitalised (a name)
    for k, word in enumerate(_WORD.finditer(after)):
        if k > WORDS_TO_NOUN or word.group()[0].isdigit() or _CLAUSE_END.search(after, 0, word.start()) or (
                fold(word.group()) in grammar.vague):
            # too far; another figure ('In 2019, 3,000 people' counts with 3,000; 'at 14 o'clock
            # thousands gathered' with thousands); or past the figure's clause ('Paris, February
            # 12, 2020 – Iranians and supporters ...')
            return None
        if grammar.not_crowd is not None and grammar.not_crowd.fullmatch(word.group()):
            return None  # '300 injured protesters', '50 bortviste personer': counted as casualties
        if k == 0 and grammar.gatherings is not None and grammar.gatherings.fullmatch(word.group()):
            return None  # '832 demonstrations', '120 Kundgebungen': a count of gatherings, not of people
        if grammar.crowd and grammar.crowd.fullmatch(word.group()) or bare_verb and (
                k == 0 or k == 1 and first_capitalised) and (
                lexicon.gathering.fullmatch(word.group()) or _phrase_at(lexicon.gathering, after, word.start())
                or _gathering_s_past_at(after, word.start(), lexicon)):
            # '2,000 people', 'hundreds marched', '9,000 joined the march', '200 Eritreeërs
            # demonstreren' (a people's name the lexicon lacks, then the verb), '335 Congolais se
            # sont rassemblés' (the verb's past with its auxiliary)
            return None if _casualties(body, match.end() + word.end(), grammar, lexicon) else "after"
        first_capitalised = k == 0 and word.group()[0].isupper()
    return None


def _counts_other_things(body: str, end: int, grammar: SizeGrammar, lexicon: Lexicon) -> bool:
    """Whether the word right after a figure (at end) names what it counts, and that is not
    people: 'drew 300 signatures'. A crowd noun, a people's name, a gathering word, a function
    word ('drew 5,000 to the square') or no word at all leaves it people."""
    word = _WORD.match(body, end + 1) if body[end:end + 1] == " " else None
    if word is None or not word.group().islower():
        return False
    folded = fold(word.group())
    return not (word.group().lower() in lexicon.function_words or folded in grammar.multipliers
                or grammar.crowd and grammar.crowd.fullmatch(word.group())
                or lexicon.gathering.fullmatch(word.group()) or _phrase_at(lexicon.gathering, body, word.start())
                or _people_named(body[end:end + 40], lexicon) is not None
                or grammar.attribution is not None and grammar.attribution.match(body, word.start()) is not None)


def _gathering_s_past_at(text: str, at: int, lexicon: Lexicon) -> bool:
    """Whether a gathering's verb told in the past with its auxiliary starts at `at` (lexicon past:
    'ont manifesté', 'se sont rassemblés', 'sind … gegangen'), a word of gathering among its words
    ('étaient', 'ont été' say nothing of a gathering)."""
    found = lexicon.past.match(text, at) if lexicon.past is not None else None
    return found is not None and lexicon.gathering.search(found.group()) is not None


def _phrase_at(pattern: re.Pattern, text: str, at: int) -> bool:
    """Whether one of pattern's phrases of several words starts at `at` ('joined the', 'took
    part'): a word alone is read by fullmatch."""
    found = pattern.match(text, at)
    return found is not None and " " in found.group()


def _people_named(after: str, lexicon: Lexicon) -> int | None:
    """Where the name of a people ends that a crowd's kind of figure counts: a nationality or
    group of the lexicon's not_places, as it is or with a plural ending (_PLURAL_ENDINGS), right
    after the figure or after one function word ('thousands of Iranians', '300 Kurds', '2 000
    Iraniens'). after: the text after the figure."""
    words = []
    for word in _WORD.finditer(after):
        words.append(word)
        if len(words) == 2:
            break
    k = 1 if words and words[0].group().lower() in lexicon.function_words else 0
    if len(words) <= k or _CLAUSE_END.search(after, 0, words[k].start()):
        return None
    return words[k].end() if names_a_people(words[k].group(), lexicon) else None


def names_a_people(word: str, lexicon: Lexicon) -> bool:
    """Whether a word names a people: a nationality or group of the lexicon's not_places, as it is
    or with a plural ending (_PLURAL_ENDINGS: 'Iranians', 'Kurds', 'Iraniens', 'Kurden')."""
    key = fold(word)
    return bool({key, *(key[:-len(ending)] for ending in _PLURAL_ENDINGS if key.endswith(ending))}
                & lexicon.not_places)


# Endings that make a people's name plural in the lexicons' languages ('Iranians', 'Iraniens',
# 'Kurden'): the name without one of them is looked up too.
_PLURAL_ENDINGS = ("s", "es", "n", "en", "i", "e")


def _companion(body: str, match: re.Match, grammar: SizeGrammar, last_end: int | None) -> bool:
    """A bare figure just after a crowd figure of this sentence, with a source of its own: the
    second estimate of the same crowd, its source after it ('23,000 according to the police,
    30,000 according to the organisers') or, when nothing follows the figure in its clause,
    before it ('organisers said 10,000 people attended, police 4,000'; not 'police deployed 4,000
    officers')."""
    if last_end is None or match.group("vague") or match.start() - last_end > COMPANION_REACH:
        return False
    sources = [p for p in (grammar.police, grammar.organisers) if p is not None]
    near = body[match.end():match.end() + 40]
    if any(p.search(near) for p in sources):
        return True
    return _ENDS_ITS_CLAUSE.match(body, match.end()) is not None and any(
        p.search(body, last_end, match.start()) for p in sources)


_ENDS_ITS_CLAUSE = re.compile(r"\s*(?:[.,;:!?)–—]|$)")
# The capitalised words of a town's name right before a figure ('… and New York 15,000')
_NAME_BEFORE = re.compile(r"(?:(?<![\w'’.-])[^\W\d_a-z][\w'’.-]*[ \t]+){1,3}\Z")


def _next_item_s_figure(body: str, match: re.Match, last_end: int | None, grammar: SizeGrammar, lexicon: Lexicon,
                        places: frozenset[int], offset: int) -> bool:
    """A bare figure right after a town's name, at its clause's or item's end, just after a crowd
    figure of this sentence: the next item of a list whose verb is written once ('Prague drew
    70,000 and Amsterdam 15,000', 'Berlin saw 5,000, Munich 2,000 and Bonn 800'). places: where the
    article's city names start (offset: where body starts)."""
    if last_end is None or match.group("vague") or match.start() - last_end > COMPANION_REACH or not (
            _ENDS_ITS_CLAUSE.match(body, match.end()) or lexicon.list_glue_opening.match(body, match.end())):
        return False
    name = _NAME_BEFORE.search(body, last_end, match.start())
    if name is None or _previous_word(body, match.start()) in grammar.months:
        return False  # ('in Paris March 14': a day)
    return any(offset + word.start() in places for word in _WORD.finditer(body, name.start(), match.start()))


def _source(body: str, start: int, end: int, grammar: SizeGrammar) -> str:
    """Whose figure (of a rally not announced): a 'police' or 'organisers' word after the figure,
    attributed and before any other number ('30,000, according to the organisers'), or else the
    nearest one before it, within SOURCE_REACH; else the article's."""
    after, before = (None, SOURCE_REACH + 1), (None, SOURCE_REACH + 1)
    for name, pattern in (("police", grammar.police), ("organisers", grammar.organisers)):
        if pattern is None:
            continue
        for found in pattern.finditer(body, max(0, start - SOURCE_REACH), min(len(body), end + SOURCE_REACH)):
            if (found.start() >= end and not _DIGIT.search(body, end, found.start()) and grammar.attribution
                    and grammar.attribution.search(body, end, found.start())):
                after = min(after, (name, found.start() - end), key=lambda c: c[1])
            elif found.end() <= start and not _DIGIT.search(body, found.end(), start):
                before = min(before, (name, start - found.end()), key=lambda c: c[1])
    return after[0] or before[0] or "article"


# How many sentences after a rally's own (in its paragraph, none tying a place to a rally) may give
# its figure when its sentence gives none ('… in Berlin. Police put the crowd at 450.').
FOLLOWING_SENTENCES = 2


def rally_sizes(text: str, analysis: ArticleAnalysis, lexicon: Lexicon) -> list[tuple[Size, ...]]:
    """The crowd figures of each of the analysis's rallies (in its order): those of its sentence
    that stand by its place alone; when its sentence names no other rally place and gives no
    figure, those of the next FOLLOWING_SENTENCES of its paragraph, up to one that ties a place
    to a rally or places something in another town. A sentence about many places (the lexicon's 'shared'
    words) gives none."""
    grammar = size_grammar(lexicon)
    sentences = analysis.sentences
    by_sentence: dict[int, list] = {}
    for k, rally in enumerate(analysis.rallies):
        by_sentence.setdefault(rally.place.sentence, []).append(k)
    found: list[tuple[Size, ...]] = [() for _ in analysis.rallies]
    places = frozenset(p.start for p in analysis.places if p.kind == "city")
    towns: dict[int, list] = {}  # sentence -> the towns it places something in
    for place in _placed_towns(text, analysis, lexicon):
        towns.setdefault(place.sentence, []).append(place)
    # sentence -> the countries it places something in ('in Deutschland'): a country's total
    countries: dict[int, list] = {}
    for place in analysis.places:
        if place.kind == "country" and _after_a_locative(text, place.start, lexicon):
            countries.setdefault(place.sentence, []).append(place)
    for index, members in by_sentence.items():
        sentence = sentences[index]
        scheduled = any(analysis.rallies[k].scheduled for k in members)
        figures = find_sizes(text, sentence, lexicon, scheduled, places)
        if figures and _about_many_places(text, sentence, grammar, lexicon):
            # 'rallies in many cities drew 50,000': the figure of many places; one right before a
            # town is still that town's ('7,500 across the country, 2,300 in Paris')
            figures = [f for f in figures if f.place is not None]
            if not figures:
                continue
        keys = {analysis.rallies[k].place.key for k in members}
        if len(keys) == 1:
            starts = [analysis.rallies[k].place.start for k in members]
            # 'Berlin/dpa. - In Deutschland protestierten mehr als 150 000 Menschen': a figure
            # after a country placed after the rally's town, with no mention of the town between
            # them, counts the country
            totals = [c for c in countries.get(index, ()) if c.start > min(starts)]
            figures = [f for f in figures if not any(
                c.end <= f.start and not any(c.end <= p < f.start for p in starts) for c in totals)]
            after = index + 1
            own_years = None  # the years the rally's sentence writes, read when a later figure needs them
            # ('The government in Lyon said 20,000 people were there': a sentence that places
            # something in another town speaks of it)
            while (not figures and after < len(sentences) and after <= index + FOLLOWING_SENTENCES
                   and after not in by_sentence and sentences[after].paragraph == sentence.paragraph
                   and all(p.key in keys for p in towns.get(after, ()))):
                figures = _before_an_earlier_time(find_sizes(text, sentences[after], lexicon, scheduled, places),
                                                  text, sentences[after], grammar)
                if figures and own_years is None:
                    own_years = _years(text, [sentence])
                if figures and _after_another_year(text, sentences[after], figures[0], own_years):
                    figures = []  # ('In 2015, over 166,000 took part': another year's march)
                    break
                if figures and _about_many_places(text, sentences[after], grammar, lexicon):
                    figures = []
                    break
                after += 1
            placed = [p for p in towns.get(index, ()) if p.key not in keys]
            if placed:
                # 'Police in Madison said 75,000 showed up, while a smaller rally took place in
                # Milwaukee': the figure nearer another town placed in the sentence is that town's
                named = sorted([*placed, *(analysis.rallies[k].place for k in members)], key=lambda p: p.start)
                figures = [f for f in figures if getattr(_owner(f, named, text, figures, lexicon), "key", None) in keys]
            for k in members:
                found[k] = tuple(figures)
            continue
        mentions = sorted((analysis.rallies[k].place for k in members), key=lambda p: p.start)
        listed = _listed(text, mentions, lexicon)
        for figure in figures:
            owner = _owner(figure, mentions, text, figures, lexicon)
            if owner is None or owner.start in listed:
                continue
            for k in members:
                if analysis.rallies[k].place.key == owner.key:
                    found[k] = (*found[k], figure)
    if found and len({r.place.key for r in analysis.rallies}) == 1:
        figures = _untied_figures(text, analysis, lexicon, grammar, places, towns)
        if not any(found):
            found = [figures] * len(found)
        elif figures and all(_agree(a, b) for a in figures for given in found for b in given):
            # 'several hundred demonstrators in Copenhagen … about 800 people, the police said':
            # a figure the city's sentences do not tie to it, that agrees with theirs, narrows them
            first = next(k for k, given in enumerate(found) if given)
            found[first] = (*found[first], *figures)
    return found


def _agree(a: Size, b: Size) -> bool:
    """Whether two figures' ranges overlap."""
    return (a.high is None or b.low <= a.high) and (b.high is None or a.low <= b.high)


def _untied_figures(text: str, analysis: ArticleAnalysis, lexicon: Lexicon, grammar: SizeGrammar,
                    places: frozenset[int], towns: dict[int, list]) -> tuple[Size, ...]:
    """The figures of an article about one city's rally that none of the city's sentences gives:
    those of the first sentence about a gathering that ties no place to a rally ('Organisers of
    today's demonstration claimed that up to 200,000 people joined'), unless it places something
    in another city ('in Paris') before its figure or speaks of many places; nor a figure after
    words that point to an earlier time (_before_an_earlier_time), nor one after a year no
    sentence of the city's names ('In 2015, over 166,000 took part', in an article about a march
    of 2018)."""
    key = analysis.rallies[0].place.key
    tied = {r.place.sentence for r in analysis.rallies}
    own_years = _years(text, [analysis.sentences[k] for k in tied])
    scheduled = any(r.scheduled for r in analysis.rallies)
    for index in sorted(analysis.rally_sentences - tied):
        sentence = analysis.sentences[index]
        figures = find_sizes(text, sentence, lexicon, scheduled, places)
        figures = _before_an_earlier_time(figures, text, sentence, grammar)
        if not figures or _about_many_places(text, sentence, grammar, lexicon) or any(
                p.key != key and p.start < figures[0].start for p in towns.get(index, ())) or \
                _after_another_year(text, sentence, figures[0], own_years):
            continue
        return tuple(figures)
    return ()


# A year written in figures ('In 2015,'), not part of a longer number.
_A_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d]|[.,]\d)")


def _years(text: str, sentences) -> set[str]:
    """The years written in figures in the sentences."""
    return {year.group() for s in sentences for year in _A_YEAR.finditer(text, s.start, s.end)}


def _after_another_year(text: str, sentence: Sentence, figure: Size, own_years: set[str]) -> bool:
    """Whether a year other than own_years stands in the sentence before the figure: 'In 2015, over
    166,000 took part' counts the march of 2015, not the rally of 2018 the article announces."""
    return any(year.group() not in own_years for year in _A_YEAR.finditer(text, sentence.start, figure.start))


def _placed_towns(text: str, analysis: ArticleAnalysis, lexicon: Lexicon) -> list:
    """The town mentions a locative places something in ('in Madison'), other than a landmark
    named after one ('in Trafalgar Square'): the towns a sentence's figures may belong to."""
    placed = []
    for place in analysis.places:
        if place.kind == "city" and _after_a_locative(text, place.start, lexicon):
            following = _WORD.search(text, place.end, place.end + 24)
            if following is None or fold(following.group()) not in lexicon.landmark_nouns:
                placed.append(place)
    return placed


def _before_an_earlier_time(figures: list[Size], text: str, sentence: Sentence, grammar: SizeGrammar) -> list[Size]:
    """The figures of a sentence other than the rally's own that come before any word pointing to
    an earlier time: 'Last week's march, which drew 30,000, …' counts another rally."""
    earlier = grammar.earlier.search(text, sentence.start, sentence.end) if figures and grammar.earlier else None
    return [f for f in figures if f.end <= earlier.start()] if earlier else figures


# What ends the clause a figure stands in: a mark, but not a comma inside a figure ('25,000').
_FIGURE_CLAUSE_BREAK = re.compile(r"[;:–—()]|,(?!\d)")


def _expected_in_clause(body: str, start: int, end: int, grammar: SizeGrammar) -> bool:
    """Whether the clause of the figure body[start:end] says it was expected, not counted ('are
    expected to march', 'organisers had hoped for 25,000'); another clause's word ('About 5,000
    marched, though organisers had expected 25,000') does not make the count an expectation."""
    if grammar.expected is None:
        return False
    opening = 0
    for mark in _FIGURE_CLAUSE_BREAK.finditer(body, max(0, start - CLAUSE_REACH), start):
        opening = mark.end()
    closing = _FIGURE_CLAUSE_BREAK.search(body, end, end + CLAUSE_REACH)
    return grammar.expected.search(body, opening, closing.start() if closing else min(len(body), end + CLAUSE_REACH)) \
        is not None


def _about_many_places(text: str, sentence: Sentence, grammar: SizeGrammar, lexicon: Lexicon) -> bool:
    """Whether the sentence speaks of many places ('across the country'), other than where people
    came from ('from across Europe')."""
    if grammar.shared is None:
        return False
    found = list(grammar.shared.finditer(text, sentence.start, sentence.end))
    if not found:
        return False
    # a slogan's words ('„Alle zusammen gegen …“') say nothing of the places counted
    quotes = [(sentence.start + a, sentence.start + b) for a, b in quoted_spans(text[sentence.start:sentence.end])]
    return any(_previous_word(text[sentence.start:f.start()], f.start() - sentence.start) not in lexicon.away
               and not any(a < f.start() < b for a, b in quotes) for f in found)


def _listed(text: str, mentions: list, lexicon: Lexicon) -> set[int]:
    """Starts of the place mentions that are members of a list ('Paris, Lyon and Nice')."""
    listed = set()
    for a, b in zip(mentions, mentions[1:]):
        if a.key != b.key and lexicon.list_glue.match(text[a.cue_end:b.start]):
            listed.update((a.start, b.start))
    return listed


# What may stand between a town and its own figure: a verb, or nothing ('Prague drew 70,000 and
# Amsterdam 15,000').
_ONE_WORD_AT_MOST = re.compile(r"\s+(?:[^\W\d_]+\s+)?")


def _owner(figure: Size, mentions: list, text: str, figures: list[Size], lexicon: Lexicon):
    """The place the figure stands right before ('700 à Gap'); else the town right before it when
    the next town, after list glue, has a figure of its own right after it (a list whose verb is
    written once: 'Prague drew 70,000 and Amsterdam 15,000'); else the place mention nearest the
    figure with no other place between them, but not a town after a clause's end that has a
    figure of its own ('100,000 in the capital, while Prague drew 70,000')."""
    if figure.place is not None:
        return next((m for m in mentions if m.start == figure.place), None)
    before = [m for m in mentions if m.end <= figure.start]
    after = [m for m in mentions if m.start >= figure.end]

    def has_its_own(mention) -> bool:  # (a verb between, or nothing: not 'Lyon and 100 more')
        return any(_ONE_WORD_AT_MOST.fullmatch(text, mention.end, f.start) and not (
            text[mention.end:f.start].strip() and lexicon.list_glue.match(text[mention.end:f.start])) for f in figures)

    if before and after and _ONE_WORD_AT_MOST.fullmatch(text, before[-1].end, figure.start) and \
            lexicon.list_glue.match(text[figure.end:after[0].start]) and has_its_own(after[0]):
        return before[-1]
    # (whether a clause ends between them, distance, mention): the place of the figure's own
    # clause first ('in Würzburg up to 3,000 people, in Aschaffenburg about 800')
    # ('In Berlin, 9,000 joined the march': a comma alone after the place ends no clause of its own)
    candidates = ([(bool(_CLAUSE_END.search(text, before[-1].end, figure.start))
                    and text[before[-1].end:figure.start].strip() != ",", figure.start - before[-1].end,
                    before[-1])] if before else [])
    if after:
        broken = bool(_CLAUSE_END.search(text, figure.end, after[0].start))
        if not (broken and has_its_own(after[0])):
            candidates.append((broken, after[0].start - figure.end, after[0]))
    return min(candidates, key=lambda c: c[:2])[2] if candidates else None


def combined(sizes: Sequence[Size]) -> Size | None:
    """One size for a report from all its figures: where they all agree (every two ranges
    overlap), what they all allow ('thousands … 8,000 to 9,000' is 8,000 to 9,000, the narrower
    inside the vaguer); where they disagree (police 4,000, organisers 10,000), the range from the
    lowest low to the highest high (open when any is open). Figures expected count only when none
    are counted ('About 5,000 marched, though organisers had expected 25,000' is 5,000). Its words
    joined with ' … ', the span of the first figure, and the sources in order of first appearance."""
    if not sizes:
        return None
    unique = list(dict.fromkeys(sizes))
    # what was expected is no count of those who came, where the article counts them too
    unique = [s for s in unique if s.source != "expected"] or unique
    highs = [s.high for s in unique]
    low, high = max(s.low for s in unique), min((h for h in highs if h is not None), default=None)
    if high is None or low <= high:  # every two overlap: their intersection is not empty
        bounds = (low, high)
    else:
        bounds = (min(s.low for s in unique), None if None in highs else max(highs))
    return Size(*bounds, " … ".join(dict.fromkeys(s.text for s in unique)), unique[0].start, unique[0].end,
                ", ".join(dict.fromkeys(s.source for s in unique)))
