"""One article's rally reports: the extraction stages composed for one article (places and
rally sentences, dates, places resolved), one report per place, as plain rows.

A module of its own, without pandas, so that a process that only extracts loads only this.
"""

from __future__ import annotations

import bisect
import calendar
import statistics
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import NamedTuple, Protocol

from ..errors import TimeLimitError
from ..extract.dates import (
    HISTORY_DAYS,
    RANK_FALLBACK,
    RANK_RECALLED,
    YEAR_UNKNOWN,
    DatedTarget,
    DateGrammar,
    DateInterval,
    DateMention,
    Reference,
    anniversary_year,
    commemorated,
    date_targets,
    ends_of_periods,
    period_starts,
    find_dates,
    grammar_for,
    hull,
    in_slogans,
    in_the_month,
    infer_reference,
    named_years,
    of_another_event,
    years_looked_back,
    page_dates,
    place_day,
    place_year,
    told_back,
    year_of_the_weekdays,
    years_back_places,
    years_on,
)
from ..extract.gazetteer import Gazetteer
from ..extract.geocode import NO_NEIGHBOURS, Neighbours, ResolvedPlace, resolve_place, resolve_together
from ..extract.lexicon import DEFAULT_LANGUAGE, Lexicon, announces, default_lexicons, regional
from ..extract.places import ArticleAnalysis, PlaceMention, analyse, vocabulary
from ..extract.sizes import Size, combined, rally_sizes
from ..extract.text import LineStarts
from ..limits import ARTICLE_SECONDS, implausible, plausible_range, time_limit
from ..read.files import (UPDATED_LINE, URL_PATH_DATE, URL_WORDS_DATE, Article, header_year, original_address, url_year,
                          without_header)


class Resolver(Protocol):
    def __call__(self, mention: PlaceMention, context: frozenset[str],
                 neighbours: Neighbours = NO_NEIGHBOURS) -> ResolvedPlace | None: ...


def offline_resolver(gazetteer: Gazetteer) -> Resolver:
    """The default resolver: the offline gazetteer alone."""
    return lambda mention, context, neighbours=NO_NEIGHBOURS: resolve_place(mention, gazetteer, context, neighbours)


@dataclass(frozen=True, slots=True)
class Report:
    """One rally place reported by one article (its mentions merged)."""

    article_id: str
    place: ResolvedPlace
    interval: DateInterval
    evidence: str
    start_char: int
    end_char: int
    rally_reason: str
    n_mentions: int
    confidence: float  # the rally rule's strength times the resolver's share of evidence
    size: Size | None = None  # the crowd its figures give (sizes.combined), None when none is stated


class CorpusDates(NamedTuple):
    """What the corpus says about dates, for articles that give no publication date."""

    median: date | None  # the median publication date: the year hint
    latest: date | None  # the latest publication date: no undated report is dated after it
    earliest: date | None = None  # the earliest publication date
    dated: int = 0  # how many articles give their publication date

    @property
    def concentrated(self) -> bool:
        """Whether every dated article was published within CORPUS_SPAN_DAYS, and there are at least
        CORPUS_MIN_DATED of them: only then does the corpus say anything about the year of one
        undated article (a corpus of twenty years says nothing, nor do two articles)."""
        return (self.median is not None and self.earliest is not None and self.latest is not None
                and self.dated >= CORPUS_MIN_DATED and (self.latest - self.earliest).days <= CORPUS_SPAN_DAYS)


# A full date atop a page is its banner (the day it was saved) when the text names an earlier year
# within this many years, and none as late: the article speaks of that year.
BANNER_YEARS = 5
# The widest spread of publication dates at which the corpus still hints at an undated article's year.
CORPUS_SPAN_DAYS = 366
# The fewest dated articles whose publication dates hint at an undated article's year.
CORPUS_MIN_DATED = 3


# The publication date a JSON record states is the user's: it is never second-guessed.
TRUSTED_PUBLISHED = "record field 'published'"
# A page date this much later than every date the article gives is not its publication date.
STALE_PUBLICATION_DAYS = 366


def reference_for(article: Article, corpus: CorpusDates | None, mentions: list[DateMention],
                  anniversary: tuple[int, str] | None = None, weekdays_year: int | None = None,
                  grammar: DateGrammar | None = None) -> Reference | None:
    """What the article's relative dates are read against, from the evidence the article and its
    page give (mentions: its date expressions, those of sentences that announce left out):

    - its publication date, unless it lies long after every date the article gives (a banner)
      and is neither the year an 'Nth anniversary' gives (anniversary) nor the day its address
      gives (set when it was published: its old dates are history);
    - else the month of publication when the page gives only that (a date the article gives in
      that month is still what its weekdays count from: the reference stays the month, which
      bounds the day of writing, as 'this Monday' needs);
    - else the latest full date the article gives (infer_reference), unless the text names an
      earlier year (within BANNER_YEARS) and none as late: a page's banner then, and the year the
      text names is the reference (kind 'year') when no other date is left (with grammar, the
      date grammar of the article's language, four digits before a crowd's noun name no year);
      a year the text names only as a time it looks back to ('since … in 2021', 'the
      commemoration of the 2007 protests'; years_looked_back) is before the article, not its
      year, and stands in for no banner;
    - an undated page's 'Nth anniversary' of a year it names (anniversary: that year and why,
      from anniversary_year) sets the year: days before it are the history the anniversary counts
      from, days more than a year after it a banner's; the year itself is the reference (kind
      'year') when no day of it is left;
    - else the year the page's address gives alone ('/2015/a-slug'; kind 'year');
    - else the one year the text names in which its yearless days fall on the weekdays it writes
      them with (weekdays_year, from year_of_the_weekdays; kind 'year');
    - the corpus's median publication date only as the weakest hint, and only when the corpus
      is concentrated (CorpusDates.concentrated); else None: no year is guessed. The caller
      leaves out the days the corpus sets aside (outside_corpus)."""
    explicit = [date(m.year, m.month, m.day) for m in mentions if m.kind == "day" and m.year]
    if article.published and article.published_reason == URL_WORDS_DATE and anniversary is not None and \
            article.published.year < anniversary[0]:
        # '/15-mars-1960-milliers-de-manifestants' over 'the 50th anniversary of … 15 March 1960':
        # the address names the day the anniversary counts from, not the page's
        return Reference(date(anniversary[0], 12, 31), "year", (
            f"the year of the {anniversary[1]}; the address's {article.published.isoformat()} is the day it "
            "counts from"))
    if article.published:
        # 'the 30th anniversary of the June 4, 1989 crackdown' in a page of 2019: the page's date
        # is the year the anniversary gives, not a banner however old the article's dates are
        confirmed = anniversary is not None and anniversary[0] <= article.published.year <= anniversary[0] + 1
        if (explicit and article.published_reason not in (TRUSTED_PUBLISHED, URL_PATH_DATE, URL_WORDS_DATE)
                and not confirmed and max(explicit) < article.published - timedelta(days=STALE_PUBLICATION_DAYS)):
            # A date found on the page long after every date the article gives is the day the page
            # was shown or saved (a site's date banner), not when the article was written; the
            # day its address gives was set when it was published ('/2007/03/17/' over 'the war
            # that began on 20 March 2003': history the article tells).
            return Reference(max(explicit), "inferred",
                             f"the page's date {article.published.isoformat()} ({article.published_reason}) is "
                             f"long after every date the article gives; the latest is {max(explicit).isoformat()}")
        return Reference(article.published, "published", article.published_reason,
                         firm=article.published_reason not in (URL_PATH_DATE, URL_WORDS_DATE),
                         bound=article.published_reason == UPDATED_LINE)
    corpus = corpus or CorpusDates(None, None)
    hint = corpus.median if corpus.concentrated else None
    if anniversary is not None:
        explicit = [day for day in explicit if anniversary[0] <= day.year <= anniversary[0] + 1]
        mentions = [m for m in mentions if not (m.kind == "day" and m.year)
                    or date(m.year, m.month, m.day) in explicit]
        if not explicit:
            return Reference(date(anniversary[0], 12, 31), "year", f"the year of the {anniversary[1]}")
    if article.published_month and _off_the_month(article, mentions) is None:
        year, month = map(int, article.published_month.split("-"))
        return Reference(date(year, month, calendar.monthrange(year, month)[1]), "month",
                         f"the page gives only the month {article.published_month}")
    named_instead = None
    # only a full date can be a banner: the text's years are read only then (this runs again for
    # every cached undated article at every build)
    years = set(named_years(article.text, [(m.start, m.end) for m in mentions if m.kind == "day" and m.year], grammar)) \
        if explicit else set()
    if years:
        latest = max(explicit).year
        recent = [year for year in years if latest - BANNER_YEARS <= year < latest]
        if recent and max(years) < latest and len({day for day in explicit if day.year == latest}) == 1:
            # 'Monday, March 4, 2024' atop a page whose text speaks of 'the 2021 summit': the day
            # the page was saved, not the article's (a banner is one day: two days of its year are
            # the article's own)
            looked_back = years_looked_back(article.text, grammar)
            told = [year for year in recent if year not in looked_back]
            if told:
                named_instead = max(told)
                explicit = [day for day in explicit if day.year <= named_instead]
    concentrated = (f"every dated article of it was published from {corpus.earliest.isoformat()} to "
                    f"{corpus.latest.isoformat()}") if hint else ""
    # A day years before every dated article of the corpus was published is history the article
    # tells ('the uprising on 10 March 1959'), not the earliest day it can have been written.
    inferred = infer_reference([m for m in mentions if not (m.kind == "day" and m.year)
                                or date(m.year, m.month, m.day) in explicit],
                               hint, corpus.latest if hint else None, concentrated)
    if inferred is not None or article.published_month:
        return inferred  # (a page's month that is not the story's: only what the text gives)
    if named_instead is not None:
        banner = max(date(m.year, m.month, m.day) for m in mentions if m.kind == "day" and m.year)
        return Reference(date(named_instead, 12, 31), "year", f"the year the text names, not the page's date {banner}")
    if (year := header_year(article.text)) is not None and year <= plausible_range()[1].year:
        return Reference(date(year, 12, 31), "year", f"the page's 'date' line gives only the year {year}")
    if (year := url_year(article.url)) is not None and year <= plausible_range()[1].year:
        return Reference(date(year, 12, 31), "year", f"the page's address gives only the year {year}")
    if weekdays_year is not None:
        return Reference(date(weekdays_year, 12, 31), "year",
                         f"the year {weekdays_year} the text names, in which its weekdays fall")
    return None


def _before_an_announced_day(reference: Reference | None, mentions: list[DateMention],
                             announced: dict[int, int]) -> Reference | None:
    """A page dated by its month only, which announces a day of that month as to come ('Für den
    15. März ist ein globaler Aktionstag geplant'), was written on or before that day (the latest
    its sentence gives, where it gives more than one): the month reference says so (written_by),
    and its weekdays and undated rallies lie no later. announced: _announced_days. Any other
    reference as it is."""
    if reference is None or reference.kind != "month":
        return reference
    latest: dict[int, date] = {}  # announcing sentence -> its latest day of the month
    for m in mentions:
        if m.start in announced and m.month == reference.day.month and m.year in (None, reference.day.year) and \
                reference.month_start < date(reference.day.year, m.month, m.day) < reference.day:
            k = announced[m.start]
            latest[k] = max(latest.get(k, date.min), date(reference.day.year, m.month, m.day))
    if not latest:
        return reference
    # ('Après celles du jeudi 23 mars, d'autres sont prévues jeudi 30 mars': of an announcing
    # sentence's days, only its latest is surely one to come)
    day = min(latest.values())
    return replace(reference, written_by=day, reason=f"{reference.reason}, and it announces {day.isoformat()} as "
                                                     "to come: written on or before it")


def _off_the_month(article: Article, mentions: list[DateMention]) -> DateMention | None:
    """A weekday and day of the month the text gives ('deste sábado, 19') that no day near the
    page's month of publication is, when fewer of the text's weekdays and days fit that month than
    do not: the page's month is then not the story's (a site's month, a later copy's), and nothing
    is read against it. One that fits is the page's month confirmed (a weekday fits a month's day by
    chance one time in seven): another that does not is the text's slip, read against nothing."""
    if not article.published_month:
        return None
    year, month = map(int, article.published_month.split("-"))
    fits: dict[bool, dict[tuple, DateMention]] = {True: {}, False: {}}
    for mention in mentions:
        if mention.kind == "weekday_day":
            fits[in_the_month(mention, year, month)].setdefault((mention.weekday, mention.day), mention)
    if len(fits[False]) > len(fits[True]):
        return next(iter(fits[False].values()))
    return None


def outside_corpus(mention: DateMention, corpus: CorpusDates) -> bool:
    """Whether a full date lies years before every dated article of the corpus was published:
    history the article tells ('the uprising on 10 March 1959'), which can be neither the day an
    undated article was written nor a date its weekdays are read against."""
    if mention.kind != "day" or not mention.year or not corpus.earliest:
        return False
    return date(mention.year, mention.month, mention.day) < corpus.earliest - timedelta(days=365 * BANNER_YEARS)


class CorpusUse(NamedTuple):
    """What an article with no publication date took from the corpus: the date mentions its
    reference date was inferred from, with the corpus's dates, and that reference; where those
    of its mentions start that stand outside its sentences about gatherings (background), and
    those of them the corpus's dates set aside (outside_corpus). Its reports stay right for as
    long as the corpus sets aside the same mentions and gives the same reference."""

    mentions: tuple[DateMention, ...]
    reference: Reference | None
    background: tuple[int, ...] = ()
    outside: tuple[int, ...] = ()
    anniversary: tuple[int, str] | None = None
    weekdays_year: int | None = None

    def still_holds(self, article: Article, corpus: CorpusDates, lexicon: Lexicon | None = None) -> bool:
        """Whether the corpus, now, gives the article what it gave when its reports were made
        (lexicon: its language's, which extract read it with)."""
        outside = set_aside([m for m in self.mentions if m.start in self.background], corpus)
        kept = [m for m in self.mentions if m.start not in outside]
        return outside == self.outside and reference_for(article, corpus, kept, self.anniversary,
                                                         self.weekdays_year,
                                                         grammar_for(lexicon) if lexicon else None) == self.reference


def set_aside(mentions, corpus: CorpusDates | None) -> tuple[int, ...]:
    """Where the mentions start that the corpus's dates say no undated article was written on."""
    return tuple(m.start for m in mentions if corpus is not None and outside_corpus(m, corpus))


def extract_reports(article: Article, gazetteer: Gazetteer, resolver: Resolver,
                    corpus: CorpusDates | None, lexicons: dict[str, Lexicon] | None = None) -> list[Report]:
    """The rally reports of one article: extraction, dates and places, one report per place.
    An article in a language without a lexicon has none."""
    return extract(article, gazetteer, resolver, corpus, lexicons)[0]


def extract(article: Article, gazetteer: Gazetteer, resolver: Resolver, corpus: CorpusDates | None,
            lexicons: dict[str, Lexicon] | None = None) -> tuple[list[Report], CorpusUse | None]:
    """extract_reports, and what the reports took from the corpus (None: nothing)."""
    lexicon = (lexicons if lexicons is not None else default_lexicons()).get(article.language)
    if lexicon is None:
        return [], None
    analysis = analyse(article.text, gazetteer, lexicon)
    if not analysis.rallies:
        return [], None
    places_lexicon, lexicon = lexicon, regional(lexicon, original_address(article.url))  # dates in figures as the page's country writes them
    mentions = find_dates(article.text, lexicon=lexicon)
    grammar = grammar_for(lexicon)
    # a date a banner or a chant names ('"25 de Abril Sempre!"') is no day of the article's
    carried = in_slogans(article.text, mentions, grammar)
    mentions = [m for m in mentions if m.start not in carried]
    starts = [sentence.start for sentence in analysis.sentences] \
        if analysis.furniture or not article.published else []
    if analysis.furniture:
        # Another page's teaser under 'Related stories', a reader's comment: their dates tell nothing
        # of this article's, neither when an undated page was written nor what its weekdays count from.
        mentions = [m for m in mentions if bisect.bisect_right(starts, m.start) - 1 not in analysis.furniture]
    # Nor does what a sentence announces say when an undated page was written, nor what its rallies
    # commemorate ('in remembrance of those killed in May 2009'), nor a site's banner ('Today: July
    # 26, 2024': the day the page was shown).
    remembered = commemorated(article.text, analysis.sentences, mentions, lexicon)
    own, shown = page_dates(article.text, mentions, grammar, lexicon=lexicon) if not article.published else ((), ())
    # Nor does a day told as years back ('A year ago, on 5 September 2021') or years before the
    # rally ('a year after the rally of 10 August 2018'): the page was written that long after it,
    # and is no banner for being so; nor, for that, is a page's date years after the day its
    # rallies remember ('to mark the anniversary of the uprising of March 10, 1959').
    recalled = told_back(article.text, mentions, grammar) | years_on(article.text, mentions, grammar).keys()
    announced = {} if article.published else _announced_days(article.text, mentions, analysis.sentences, lexicon)
    # Nor does a period's end ('13 Apr 2009 - 02 Feb 2021'), nor the day that opens one lasting to
    # the day of writing ('held every year since his arrest on 15 February 1999').
    period_ends = ends_of_periods(article.text, mentions, lexicon)
    opened = period_starts(article.text, mentions, lexicon) if not article.published else set()
    written = [] if article.published else [
        m for m in mentions if m.start not in announced and m.start not in period_ends and m.start not in opened
        and m.start not in remembered and m.start not in shown and m.start not in recalled]
    # The history an undated page tells outside its sentences about gatherings is neither the
    # day it was written nor a date its weekdays are read against; the page's own date on a line
    # of its own ('Dan | 22.01.2003 09:16') tells no history.
    background = tuple(m.start for m in written if m.start not in own
                       and bisect.bisect_right(starts, m.start) - 1 not in analysis.rally_sentences)
    outside = set_aside([m for m in written if m.start in background], corpus)
    anniversary = anniversary_year(article.text, analysis.sentences, mentions, lexicon, plausible_range()[1].year)
    weekdays_year = year_of_the_weekdays(article.text, written, lexicon, [
        m for m in mentions if m.start in remembered]) if not article.published else None
    # (a page's date long after the days of other events than gatherings, 'against the crackdown of
    # 4 June 1990', is no banner's for that: those days date no rally)
    reference = reference_for(article, corpus, [m for m in written if m.start not in outside]
                              if not article.published else [m for m in mentions if m.start not in recalled
                                                             and m.start not in remembered and not (
                                                                 m.kind == "day" and m.year
                                                                 and of_another_event(article.text, m, lexicon))],
                              anniversary, weekdays_year, grammar)
    used = None if article.published else CorpusUse(tuple(written), reference, background, outside, anniversary,
                                                    weekdays_year)
    # (after CorpusUse records the reference: what the corpus gives a cached article is the plain
    # month, and the narrowing is made again with its reports)
    reference = _before_an_announced_day(reference, mentions, announced)
    off_month = _off_the_month(article, written) if reference is None or reference.kind != "month" else None
    targets = [DatedTarget(r.place.start, r.place.sentence, r.scheduled) for r in analysis.rallies]
    if outside:
        mentions = [m for m in mentions if m.start not in outside]
    dated = date_targets(article.text, analysis.sentences, analysis.rally_sentences, targets, reference, mentions,
                         lexicon)
    if off_month is not None:
        said = (f"; the page's month {article.published_month} is not the story's: no day near it is "
                f"'{off_month.text.strip()}'")
        dated = [(replace(interval, reason=interval.reason + said) if interval.start is None else interval, rank)
                 for interval, rank in dated]
    # The article's rally places are resolved together: each in the light of where the others
    # point (only those the text ties to a gathering: a capitalised word that is also a hamlet
    # somewhere would point anywhere).
    neighbours = resolve_together((r.place for r in analysis.rallies), gazetteer, analysis.countries,
                                  lexicon.likely_country, analysis.countries_where)
    sizes = rally_sizes(article.text, analysis, places_lexicon)
    by_place: dict[object, list[tuple]] = {}
    years_back = years_back_places(article.text, mentions)
    written_days = {m.start: m for m in mentions if m.kind == "day" and m.year}
    # a town a rally's mention names with its region or country ('NEWTOWN, Conn. —') is that town
    # where the article writes its name alone ('… a vigil in Newtown')
    cued: dict[str, PlaceMention] = {}
    for rally in analysis.rallies:
        if rally.place.cue_end > rally.place.end:
            cued.setdefault(rally.place.key, rally.place)
    for rally, (interval, rank), figures in zip(analysis.rallies, dated, sizes):
        if reference is not None and (year := place_year(article.text, rally.place.end, grammar)) and \
                date(year, 12, 31) < reference.day - timedelta(days=HISTORY_DAYS):
            # the place of the history its sentence recalls, long before the article: 'to mark the
            # anniversary of the uprising in Lhasa in 1959'
            continue
        if reference is not None and (day := place_day(article.text, rally.place.end, written_days)) and \
                day < reference.day - timedelta(days=HISTORY_DAYS):
            continue  # ... or on a day of its own: 'the protest that took place in Hong Kong on June 12, 2019'
        if rally.place.start in years_back[0] or rally.place.end in years_back[1]:
            continue  # ... or years back: 'the uprising that began 63 years ago in Lhasa'
        if why := implausible(interval.start) or implausible(interval.end):
            interval = DateInterval.unknown(f"not used: {interval.reason} gives {why}")
        named = cued.get(rally.place.key) if rally.place.cue_end <= rally.place.end else None
        place = resolver(named or rally.place, analysis.countries, neighbours)
        if place is None:
            continue
        if named is not None:
            written = " ".join(article.text[named.start:named.cue_end].split())
            place = replace(place, geo_reason=f"named with its {'region' if named.region_cue else 'country'} "
                                              f"elsewhere in the article ('{written}'): {place.geo_reason}")
        key = place.geonameid if place.geonameid is not None else (round(place.lat, 3), round(place.lon, 3))
        by_place.setdefault(key, []).append((rank, rally, interval, place, figures))
    reports, days = [], sorted(mentions, key=lambda m: m.start)
    captioned = _caption_lines(article.text, places_lexicon)
    for named in by_place.values():
        best_rank = min(m[0] for m in named)
        best = _uncaptioned(_first_in_each_sentence([m for m in named if m[0] == best_rank]), captioned)
        _, first, _, place, _ = best[0]
        intervals = [m[2] for m in best]
        interval = intervals[0] if len(intervals) == 1 else agreed(intervals)
        if all(m[1].scheduled for m in best) and (told := _told_unplaced(article.text, analysis, named, best_rank,
                                                                            days, lexicon)):
            # 'Hundreds gathered at City Hall on Sunday … another rally will be held there on June 6':
            # the day announced is not the past rally's, whose day nothing places
            interval = DateInterval.unknown(f"the article tells a past rally here on a day nothing places "
                                            f"('{told}') and announces another: {interval.reason}")
        if (told := _weekday_told_otherwise(named, interval)) is not None:
            # 'In X … marched on Saturday' (a Saturday nothing places) and, in a later sentence of
            # the paragraph that dates Y 'Thursday, May 13', 'The march in X …': X's own sentence
            # names another weekday than the day another mention would give it
            interval = DateInterval.unknown(f"its mentions disagree: one names a {calendar.day_name[told]} that "
                                            f"nothing places, another gives {interval.reason}")
        if best_rank == RANK_FALLBACK and interval.start is None:
            interval = DateInterval.unknown(interval.reason)
        elif best_rank == RANK_FALLBACK and any(m[1].scheduled for m in best) and not interval.scheduled:
            # 'Massima attenzione a Torino … A Torino si riuniranno oltre diecimila persone': the
            # article announces it, so the days before publication are not its (an anniversary's
            # return after publication may be)
            interval = DateInterval.unknown("no date for this rally in the article, which announces it")
        sentence = analysis.sentences[first.place.sentence]
        strength = max(m[1].strength for m in named)
        reports.append(Report(article.article_id, place, interval,
                              without_header(article.text[sentence.start:sentence.end]).strip(),
                              first.place.start, first.place.end, first.why, len(named),
                              round(strength * place.confidence, 3),
                              combined([f for m in named if _same_time(m[2], m[0], interval, best_rank)
                                        for f in m[4]])))
    return sorted(reports, key=lambda r: r.start_char), used


def _caption_lines(text: str, lexicon: Lexicon):
    """A function of a position: whether its line holds a photo credit's words (lexicon [page]
    captions: 'Photo: Agency', 'Foto: dpa'). The text is read once, when first asked: a long line
    may hold thousands of places."""
    read: list[tuple[LineStarts, set[int]]] = []

    def captioned(position: int) -> bool:
        if not read:
            lines = LineStarts(text)
            credits = lexicon.captions.finditer(text) if lexicon.captions is not None else ()
            read.append((lines, {bisect.bisect_right(lines.starts, m.start()) - 1 for m in credits}))
        lines, marked = read[0]
        return bisect.bisect_right(lines.starts, position) - 1 in marked

    return captioned


def _uncaptioned(mentions: list[tuple], captioned) -> list[tuple]:
    """A place's dated mentions, less those of a photo's caption (captioned: _caption_lines) whose
    day lies weeks before the text's own: an archive photo's day ('Demonstrators in Paris on 12
    January 2019. Photo: Agency') is not the day the story tells ('On Saturday, thousands marched
    in Paris')."""
    if len(mentions) < 2:
        return mentions
    in_captions = [captioned(m[1].place.start) for m in mentions]
    dated = [m[2] for m, caption in zip(mentions, in_captions) if not caption and m[2].start is not None]
    if not dated or not any(in_captions):
        return mentions
    earliest = min(d.start for d in dated) - timedelta(days=ARCHIVE_PHOTO_DAYS)
    # the text's own mentions always stay: some are left
    return [m for m, caption in zip(mentions, in_captions)
            if not (caption and m[2].end is not None and m[2].end < earliest)]


# How long before the story's own days a caption's day is an archive photo's: a caption a few days
# off may date the story's own rally better than its text does ('Wednesday, Jan. 25, 2012' under
# 'hundreds stood in front of the embassy').
ARCHIVE_PHOTO_DAYS = 14


def _first_in_each_sentence(mentions: list[tuple]) -> list[tuple]:
    """A place's mentions, less those its sentence names it in again after a dated one ('4,000 in
    Toronto protested Saturday over the death of a woman in Toronto whose home police were
    called to Wednesday'): the later naming is of the same rally, or of another story's, and a
    date it is told with is not the rally's."""
    dated: set[int] = set()
    kept = []
    for m in mentions:
        sentence = m[1].place.sentence
        if sentence in dated:
            continue
        if m[2].start is not None:
            dated.add(sentence)
        kept.append(m)
    return kept


def _told_unplaced(text: str, analysis: ArticleAnalysis, places: list[tuple], best_rank: int,
                   days: list[DateMention], lexicon: Lexicon) -> str | None:
    """The day of a place's rally told as past, in a sentence of a mention ranked below the
    place's best, that nothing places ('on Sunday' in 'Hundreds gathered at City Hall on Sunday'
    of an undated page), or None. days: the article's date expressions, in order."""
    if lexicon.past is None:
        return None
    for rank, rally, interval, _, _ in places:
        sentence = analysis.sentences[rally.place.sentence]
        k = bisect.bisect_left(days, sentence.start, key=lambda m: m.start)
        if (rank > best_rank and interval.start is None and not rally.scheduled
                and k < len(days) and days[k].start < sentence.end
                and lexicon.past.search(text, sentence.start, sentence.end)):
            return days[k].text.strip()
    return None


def _weekday_told_otherwise(named: list[tuple], interval: DateInterval) -> int | None:
    """The weekday a mention of the place names that nothing places (an undated page's 'on
    Saturday'; named: its mentions, (rank, rally, interval, …)), when the place's date falls on
    no such day: a day on another weekday, a span whose one weekday is another, a day and month
    written with another weekday; else None."""
    told = {m[2].weekday for m in named if m[2].precision == "unknown" and m[2].weekday is not None}
    if len(told) != 1:
        return None
    weekday = told.pop()
    if interval.start is not None and interval.start == interval.end:
        falls = interval.start.weekday()
    elif interval.start is not None or interval.precision == YEAR_UNKNOWN:
        falls = interval.weekday
    else:
        return None
    return weekday if falls is not None and falls != weekday else None


def _same_time(mention: DateInterval, rank: int, report: DateInterval, report_rank: int) -> bool:
    """Whether a mention's figures are the report's: its dates meet the report's, or it has none
    of its own; a mention its text tells as an earlier year's gives none to a rally of the
    article's own time ('A year ago, on 5 September 2021, 20,000 marched in Amsterdam')."""
    if rank == RANK_RECALLED and report_rank != RANK_RECALLED:
        return False
    if report.start is None:
        return True
    if mention.start is None:
        return rank != RANK_FALLBACK
    return mention.start <= report.end and report.start <= mention.end


def _announced_days(text: str, mentions: list[DateMention], sentences, lexicon: Lexicon) -> dict[int, int]:
    """Where the days named in sentences that announce something to come start ('the vote is set
    for 9 October 2024'), each mapped to its sentence's index; each sentence asked once."""
    starts = [s.start for s in sentences]
    announcing: dict[int, bool] = {}  # sentence index -> whether it announces
    found = {}
    for mention in mentions:
        k = bisect.bisect_right(starts, mention.start) - 1
        if mention.kind == "day" and k >= 0:
            if k not in announcing:
                announcing[k] = announces(text[sentences[k].start:sentences[k].end], lexicon)
            if announcing[k]:
                found[mention.start] = k
    return found


def agreed(intervals: list[DateInterval]) -> DateInterval:
    """One date for a place the article dates several times: where the dated intervals all
    overlap, their intersection ('in March … on 12 March' is 12 March: the narrowest, which lies
    in all of them); where they do not, the hull of all of them, which says they disagree."""
    dated = [i for i in intervals if i.start is not None]
    reasons = "; ".join(dict.fromkeys(i.reason for i in dated or intervals))
    if not dated:
        # a day and month told twice, in a year nothing gives (a headline and its lead: 'on April
        # 24'), is that day still; mentions with no date add nothing; two such days disagree
        told = {i.reason: i for i in intervals if i.precision == YEAR_UNKNOWN}
        return next(iter(told.values())) if len(told) == 1 else hull(intervals, reasons)
    start, end = max(i.start for i in dated), min(i.end for i in dated)
    if len({i.weekday for i in dated if i.weekday is not None}) > 1:
        # 'am Samstag' and 'am Sonntag', each read against some day of the page's month: two days,
        # whose spans overlap but whose days do not (the Saturdays and the Sundays of the month)
        return replace(hull(dated, f"{reasons} (its mentions disagree, naming different weekdays: the span of "
                                   "all of them)"), precision="approximate")
    if start > end:
        return replace(hull(dated, f"{reasons} (its mentions disagree: the span of all of them)"),
                       precision="approximate")
    narrowest = min(dated, key=lambda i: (i.end - i.start, i.start))
    if (narrowest.start, narrowest.end) == (start, end):
        return replace(narrowest, reason=reasons if len({i.reason for i in dated}) > 1 else narrowest.reason,
                       scheduled=any(i.scheduled for i in dated))
    # they overlap, and none lies within all the others: two times, which each mention may be right
    # about ('on Sunday', read against a month, and 'in February' of another action in the town)
    return replace(hull(dated, f"{reasons} (its mentions only partly agree: the span of all of them)"),
                   precision="approximate")


def corpus_dates(articles: Iterable[Article]) -> CorpusDates:
    """The median and latest publication dates of the corpus: hints for articles without one. A
    page that gives only its month widens the span (from the month's first day to its last): a
    corpus of pages from 2012 and 2022 is not concentrated because only the 2012 ones give a day."""
    days, spans = [], []
    for a in articles:
        if a.published:
            days.append(a.published.toordinal())
        elif a.published_month:
            year, month = map(int, a.published_month.split("-"))
            spans += [date(year, month, 1).toordinal(), date(year, month, calendar.monthrange(year, month)[1]).toordinal()]
    if not days:
        return CorpusDates(None, None)
    days.sort()
    return CorpusDates(date.fromordinal(int(statistics.median_low(days))), date.fromordinal(max([days[-1], *spans])),
                       date.fromordinal(min([days[0], *spans])), len(days))


# The reason of a file or article that raised while being read or extracted starts with this.
FAILED = "failed while "


def describe(exc: BaseException) -> str:
    message = str(exc).splitlines()[0][:200] if str(exc) else ""
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def extract_article(article: Article, gazetteer: Gazetteer, reference: CorpusDates, lexicons: dict[str, Lexicon],
                    resolver: Resolver | None = None,
                    seconds: float | None = ARTICLE_SECONDS) -> tuple[list[tuple], CorpusUse | None] | str:
    """The report rows of one article (the offline resolver unless one is given) and what they
    took from the corpus, or what went wrong (a str) when extracting it raised or took longer
    than seconds (limits.time_limit): one article never ends a build."""
    try:
        with time_limit(seconds, "extract"):
            reports, used = extract(article, gazetteer, resolver or offline_resolver(gazetteer), reference, lexicons)
        return [report_row(r) for r in reports], used
    except TimeLimitError as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001 - the boundary of one article: whatever it raises, the build goes on
        return f"{FAILED}extracting: {describe(exc)}"


# The events-table fields of a report that do not come from its article, in the order report_row
# gives them: per-article results are kept as tuples, which pickle and load several times faster
# than dicts, and are put into columns without a dict per row.
REPORT_FIELDS = ("city", "country", "admin1", "lat", "lon", "geonameid", "date_start", "date_end", "date_precision",
                 "date_reason", "scheduled", "evidence", "start_char", "end_char", "confidence", "geo_reason",
                 "geocoder", "rally_reason", "n_mentions", "size_low", "size_high", "size_text", "size_source",
                 "size_start", "size_end")


def report_row(report: Report) -> tuple:
    """The REPORT_FIELDS of a report."""
    place, interval, size = report.place, report.interval, report.size
    return (place.city, place.country, place.admin1, place.lat, place.lon, place.geonameid, interval.start,
            interval.end, interval.precision, interval.reason, interval.scheduled, report.evidence, report.start_char,
            report.end_char, report.confidence, place.geo_reason, place.geocoder, report.rally_reason,
            report.n_mentions, *((size.low, size.high, size.text, size.source, size.start, size.end) if size
                                 else (None,) * 6))


def warm_up(gazetteer: Gazetteer, lexicons: dict[str, Lexicon]) -> Iterator[str]:
    """Build what the first article of each language builds (its vocabulary and date grammar),
    English first, one language per step: a process with time to spare before its first
    articles arrive spends it here, and may stop between two languages."""
    for lexicon in sorted(set(lexicons.values()), key=lambda lexicon: (lexicon.language != DEFAULT_LANGUAGE,
                                                                      lexicon.language)):
        vocabulary(lexicon, gazetteer)
        grammar_for(lexicon)
        yield lexicon.language
