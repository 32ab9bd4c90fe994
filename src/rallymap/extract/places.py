"""Places in an article, and which of them the article reports a rally in.

`find_places` matches gazetteer names (cities, countries, regions) in a sentence, with the
country or region written after them ('Ottawa, Canada', 'London, Ont.'). `analyse` keeps the city
mentions that the text ties to a gathering, in the article's language (its `Lexicon`), and says
why and how firmly for each one: a locative near a gathering word, lists under one gathering word,
lines of a list under a sentence about gatherings, a city naming the event, wire datelines,
sentences continuing a paragraph about gatherings. It rejects places inside quotations, press
release datelines, parts of longer names ('Washington Post', 'Mayor of New York'), offices and
constituencies ('MP for Hendon'), metonyms ('the government in Tehran'), places named for what
happened there besides a rally ('killed in', 'born in') or that people came from, page furniture,
regions, and words that are more often words than towns ('Many', 'English').
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from .gazetteer import City, Gazetteer, distance_km
from .lexicon import (DEFAULT_LANGUAGE, Lexicon, announces, calendar_of, country_names, english, landmark_names,
                      readers_section)
from .resources import frequent_words, plain_word, spelled_numbers, subdivisions, zipf_frequency
from .sizes import counts_a_crowd, names_a_people
from .text import (
    WORD,
    LineStarts,
    Sentence,
    WordIndex,
    any_between,
    caseless_spans,
    fold,
    fold_word,
    lowers_plainly,
    quoted_spans,
    sentences,
    word_starts,
)

# What may stand between two words of a name: one or two of ' ', '-', '.' ('Saint-Denis', 'St. Louis').
_SEPARATORS_IN_NAME = frozenset(a + b for a in " -." for b in ("", " ", "-", "."))
# What ends a clause between two words ('’' not before a letter: an 's' makes a possessive, and
# another an elision, 'all’Aquila').
_CLAUSE_BREAK = re.compile(r"[,;:“”‘\"()\[\]—|«»„]|’(?![^\W\d_])")
_POSSESSIVE = re.compile(r"[’']s\s+")
# An apostrophe between letters that is no possessive's: the word before it is elided.
_ELIDED = re.compile(r"[’'](?![sS]\b)[^\W\d_]")
_ELISION_MARKS = ("'", "’")
# A definite article elided onto the word after it, standing alone ('à l'Union'; not 'all'').
_ELIDED_ARTICLE = re.compile(r"(?<![^\W\d_])l['’]$")
_POSSESSIVE_OR_SPACE = re.compile(r"^(?:[’']s)?\s+")
_CAPITALISED = re.compile(r"[A-Z][a-z]")
_CUE_WORD = re.compile(r"[\w-]+")
_LOWER_WORD = re.compile(r"[a-z][a-z-]*\s+")
_LOWER_WORD_AT = re.compile(r"\s*([a-z][a-z-]*)")
_NEXT_WORD = re.compile(r"[ \t]([^\W\d_]+)")  # the word right after a name, one space between
_CAPITALISED_NEXT = re.compile(r"[ \t]+[^\W\d_a-z]")  # a capitalised word right after a name
# One or two lower-case words, then a capitalised one, right after a name ('del Popolo', 'de la Concorde')
_LINKS_THEN_NAME = re.compile(r"((?:[ \t]+[^\W\d_A-Z]+){1,2})[ \t]+[^\W\d_a-z][\w'’-]*")
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \t]$")  # the word right before a name, one space between
# A joiner, a capitalised name and the word after it ('… and Hobart boulevards'): a street noun
# there is said of both names
_SHARED_STREET_NOUN = re.compile(r"[ \t]+(?:&|[^\W\d_]{1,4})[ \t]+[^\W\d_a-z][\w'’-]*[ \t]+([^\W\d_]+)")
_CUE_SEPARATOR = re.compile(r"\s*(?:,|\(|–|—|-{1,2}|/)?\s*")
# A bare address is tried only where a run of word characters, dots and hyphens begins (the
# lookbehind): tried at every word inside the run, the greedy run would be walked back from its end
# once per word, quadratic in the run's length ('a.a.a. … .comx').
_URL = re.compile(r"(?:https?://|www\.)\S+|(?<![\w.-])[.-]*+\b[\w.-]+\.(?:com|org|net|co\.uk|html?)\b\S*", re.I)
# Every address _URL finds contains one of these (in the lower-cased text). Most articles contain
# none, and looking for them is many times cheaper than _URL, which tries every word as the start
# of an address.
_URL_HINTS = ("//", "www.", ".com", ".org", ".net", ".co.uk", ".htm")
_HEADER_PREFIX = re.compile(r"\s*+(?:date\s+\d{4}(?:-\d\d(?:-\d\d)?)?\s*)?")
# After a dateline's place: an agency in brackets or a dash ('LONDON (AP) —', 'AUSTIN, (KXAN)—', 'BERLIN —'),
# or a full stop and a hyphen ('MADRID.- Miles de personas …', the Spanish and Portuguese wires' mark).
_WIRE_DATELINE = re.compile(r"(?:,\s*[A-Z][\w .-]{1,30})?,?\s*(?:\([^()\n]{1,30}\)\s*)?(?:—|–|--|-\s|\.-)")
# The rest of a wire dateline's date (day, year) and the agency in brackets after it.
_DATE_THEN_AGENCY = re.compile(r"\d*\.?(?:,?\s*\d{4})?\s*\([^()\d\n]{1,30}\)")
# A bullet or dash that opens a line of a list: '- Paris: 4 to 7 p.m.', '• Rome'.
_BULLET = re.compile(r"[ \t]*+(?:[-–—•*·▪►]|\d{1,2}[.)])?[ \t]*+")
# A numbered item's number at the start of a line: '4. Paradise Bay, Antarctica'.
_NUMBERED = re.compile(r"[ \t]*+\d{1,2}[.)][ \t]")
# A name this much more frequent as a word than its largest town's size explains is a word that
# needs more than a gathering nearby to be read as a town ('Many', 'Globe', 'Reading').
COMMON_MARGIN = 0.7
MIN_COMMON_ZIPF = 3.0
# How far (in words) a gathering word may stand from the place it is tied to.
CUE_REACH = 40
# A ;-separated part of a sentence with at most this many words, in a sentence with two ';' or
# more, is an item of a list of locations ('Paris, Place de la République; Lyon, ...').
SEGMENT_WORDS = 6
# In a list of bare cities, a region's name after a comma is the next city when a city of at
# least this many people has it ('New York', 'Washington'), not the region of the one before.
LISTED_CITY_POPULATION = 100_000
# The fewest people of a town cut into numbered districts ('à Paris (12e)', 'à Lyon (3e)'): a name
# of smaller places only, before a district's number, names that district ('à Castellane (6e)').
DISTRICTED_TOWN = 400_000
# How far after a place's name the acceptance rules read (an event noun, a host verb, a colon).
TAIL_REACH = 200
# How close before a place a word like 'from' makes it where people came from.
AWAY_REACH = 2
# How many lines of a list may follow the sentence about gatherings that heads it.
LIST_BLOCK_LINES = 40
# A name in another language that is also the own name of a city this large stays the city.
CITY_OVER_COUNTRY = 100_000
# A region's name that is also the name of a town this large is the town.
CITY_OVER_REGION = 100_000
# A town this large in a country with a region of its name is that region's seat, and its name
# in running text the town's ('in Évora', 'a Pescara').
SEAT_OVER_REGION = 10_000
# An inflected word is read as a town's name only for towns this large ('w Gdańsku').
INFLECTED_MIN_POPULATION = 10_000
# ... and the least a town an adjective names has ('Hamburger', 'Kölner'): an adjective of a
# village reads too often as a word ('Keller' is no village of Kell's)
TOWN_ADJECTIVE_MIN_POPULATION = 50_000
# A name the article gives a landmark in full ('la Plaza de Trafalgar'), written short after a
# locative, is the landmark unless a town this large bears it (and no quarter of a town the
# article names bears it as its own: _quarters_named).
LANDMARK_OVER_TOWN = 50_000
# A town this large is a town, however often its name is also a word ('Bologna' in Italian news),
NEVER_COMMON_POPULATION = 250_000
# ... by its own name; by another language's name, unless that name is this much more frequent in
# the article's language (wordfreq's Zipf scale) than the log of the town's population.
ALTERNATE_NAME_MARGIN = 0.5
# A word this frequent in the article's language (wordfreq's Zipf scale), capitalised after an
# article written in lowercase ('por la Paz'; lexicon lowercase_articles), is the word.
TITLE_WORD_ZIPF = 4.5
# How far before a country's name its locative and article are looked for ('in der ').
COUNTRY_LOCATIVE_CHARS = 24
# Entries of a Vocabulary's memo of words and names, past which it starts again.
MEMO_SIZE = 200_000


class PlaceMention(NamedTuple):
    """A gazetteer name in the text: text[start:end] folds to key."""

    start: int
    end: int
    surface: str
    key: str
    kind: str  # city, country, region
    sentence: int  # index of its sentence
    country_cue: str | None = None  # ISO code of the country written after it
    region_cue: tuple[str, str] | None = None  # (ISO code, admin1) of the region written after it
    cue_end: int = -1  # end of the name with its country/region cue

    @property
    def tail(self) -> int:
        return max(self.end, self.cue_end)


class RallyMention(NamedTuple):
    """A city mention the article ties to a rally, with the reason it counts."""

    place: PlaceMention
    why: str
    scheduled: bool
    strength: float = 1.0  # how firmly the rule ties the place to a gathering (0..1)


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """What extraction found in one article text."""

    sentences: tuple[Sentence, ...]
    places: tuple[PlaceMention, ...]
    rallies: tuple[RallyMention, ...]
    rally_sentences: frozenset[int]  # sentences with a gathering cue
    countries: frozenset[str]  # countries the article names or implies (context for geocoding)
    furniture: frozenset[int] = frozenset()  # sentences that are page furniture, not the article's text
    # sentence -> the (name, ISO code) of each country it names after a locative ('Demonstrators in
    # Switzerland, …'): where that sentence's towns may lie, whatever the article's other places say
    countries_where: dict[int, tuple[tuple[str, str], ...]] = field(default_factory=dict)


class Vocabulary:
    """What extraction needs of one language besides its lexicon, computed once per language and
    gazetteer: country names as that language writes them, month and weekday names, and how
    common a word is in it (wordfreq)."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer):
        self.lexicon = lexicon
        calendar = calendar_of(lexicon)
        english_calendar = calendar_of(english()) if lexicon.language != DEFAULT_LANGUAGE else calendar
        self.months = frozenset(calendar.months) | frozenset(english_calendar.months)
        self.calendar_words = self.months | frozenset(calendar.weekdays) | frozenset(english_calendar.weekdays)
        # the words an ordinal number stands before inside a sentence ('12. Juni', '35. Jahrestag';
        # a month without its accents or with an umlaut's two letters too, '3. Maerz')
        self.ordinal_heads = self.months | frozenset(fold(w) for w in lexicon.get("time", "anniversary")) | \
            frozenset(fold(form) for form, name in calendar.respelled.items() if name in calendar.months)
        # the words of a crowd's count ('Tausende', 'thousands of people', 'tysiące osób'): lexicon
        # [size] vague, multipliers, number_words, crowd_nouns, folded
        self.crowd_words = frozenset(fold(word) for key in ("vague", "multipliers", "number_words", "crowd_nouns")
                                     for entry in lexicon.get("size", key)
                                     for word in entry.partition("=")[0].split())
        # a diplomatic mission's nouns ('consulate', 'Botschaft'; lexicon missions), folded
        self.missions = frozenset(fold(w) for w in lexicon.get("place", "missions"))
        # the articles that, in lowercase before a frequent word, make it no town ('por la Paz')
        self.lowercase_articles = frozenset(lexicon.get("place", "lowercase_articles"))
        # abbreviated weekdays, whose period ends no sentence before a day ('sam. 9 mars')
        self.short_weekdays = frozenset(fold(w) for w in calendar.short_weekdays)
        # Country names in the article's language, unless that name is a large city's own name
        # (spelled alike: the Portuguese 'França' is not the town of Franca).
        self.countries: dict[str, str] = {}
        # CLDR's names, and the everyday names CLDR keeps only as variants babel does not read
        # ('Palestina' beside 'Territorios Palestinos'; lexicon country_names, 'name=ISO')
        names = dict(country_names(lexicon.babel_locale))
        for entry in lexicon.get("place", "country_names"):
            name, _, iso = entry.rpartition("=")
            names.setdefault(fold(name), (iso, name))
        for key, (iso, name) in names.items():
            if gazetteer.country_of(key) or any(c.primary and c.city.population >= CITY_OVER_COUNTRY
                                                and c.city.name.casefold() == name.casefold()
                                                for c in gazetteer.candidates(key)):
                continue
            self.countries[key] = iso
        self.prefixes = frozenset(" ".join(k.split(" ")[:n]) for k in self.countries
                                  for n in range(1, k.count(" ") + 1))
        # A preposition fused with the article a town's name opens with, as written before the
        # town's next word ('all'' before 'Aquila' is L'Aquila's, 'au' before 'Havre' Le Havre's):
        # form -> the article, folded (lexicon article_contractions, 'form=article')
        self.contractions: dict[str, str] = {}
        for entry in lexicon.get("place", "article_contractions"):
            form, _, article = entry.partition("=")
            self.contractions[form.replace("’", "'").lower()] = fold(article)
        # US states' abbreviations in news style ('Calif.', 'Colo.', 'N.H.'; the us package's AP
        # forms), a region after a town's comma when written with their period: folded -> ('US', code)
        self.dotted_regions = _dotted_state_abbreviations()
        # those of them that say where ('all'', 'au'; not 'dell'', 'du'), as the word index spells them
        self.fused_locatives = frozenset(fold(form) for form in lexicon.get("place", "fused_locatives"))
        # The first words of nationality adjectives, as a text capitalises them ('Canadian', 'New').
        self.demonym_openers = frozenset(key.split(" ")[0].capitalize() for key in gazetteer.demonyms)
        self._common: dict[str, bool] = {}
        self._first_words: dict[str, tuple[str, str | None, bool]] = {}
        # Words, as spelled, that start no name, alone or inflected, and that cannot open a wire
        # dateline (not in capitals): find_places need not try them.
        self.dull_words: set[str] = set()
        self._kinds: dict[str, str | None] = {}
        self._gazetteer = gazetteer
        self._wordfreq_language = lexicon.babel_locale.split("_")[0]
        dateline_months = "|".join(sorted((re.escape(m) for m in self.months), key=len, reverse=True))
        # (a state or country may stand between: 'BOSTON, Mass. —', 'PARIS, France (AFP) —')
        self.dateline_tail = re.compile(r"(?:,\s*[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})?"
                                        r"\s*,?\s*(?:—|–|--|-\s|\.-|\(|(?i:" + dateline_months + r")\.?\s+\d|\d{1,2}\.?\s+(?i:"
                                        + dateline_months + r"))")
        joiners = "|".join(re.escape(w) for w in lexicon.get("place", "list_joiners")) or "and"
        # A list item the gazetteer does not know ('Vienna, Aukland, Perth') does not break the list.
        self.unknown_item = re.compile(r"(?<=[,;/])\s*[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2}\s*(?=[,;/]|\s+(?i:"
                                       + joiners + r")\s)")

    def listed(self, text: str, end: int, start: int) -> bool:
        """Whether text[end:start], between two places, makes them items of one list (the
        lexicon's list_glue), once list items the gazetteer does not know are set aside."""
        gap = text[end:start]
        if gap.startswith(".") and text[end - 2:end - 1] == ".":
            gap = gap[1:]  # the full stop of a name written as initials ('Washington D.C. and Baltimore')
        # An item's aside in brackets ('Leeds (500 people), York and Hull') is the item's, not glue.
        aside = _ITEM_ASIDE.match(gap)
        if aside:
            gap = gap[aside.end():]
        if "," in gap or ";" in gap or "/" in gap:  # what unknown_item needs before an item
            # Items are set aside only after a separator: what comes before the first one stays,
            # and must open the glue.
            if not self.lexicon.list_glue_opening.match(gap):
                return False
            gap = self.unknown_item.sub(" ", gap)
        return bool(self.lexicon.list_glue.match(gap))

    def country_of(self, key: str) -> str | None:
        return self._gazetteer.country_of(key) or self.countries.get(key)

    def uninflected(self, word: str, endings: tuple[tuple[str, str], ...] | None = None,
                    population: int = INFLECTED_MIN_POPULATION) -> str | None:
        """The folded name of a town an inflected word names ('Warszawie' -> 'warszawa'), by the
        lexicon's place endings (or endings: its town adjectives', 'Hamburger' -> 'hamburg'): the
        first that gives a town of population people."""
        key = fold_word(word)
        for ending, replacement in self.lexicon.place_endings if endings is None else endings:
            if key.endswith(ending) and len(key) > len(ending) + 2:
                base = key[:-len(ending)] + replacement
                if any(c.city.population >= population for c in self._gazetteer.candidates(base)):
                    return base
        return None

    def region_named(self, key: str) -> bool:
        """Whether key names a first-level region or province (ISO 3166-2 through pycountry) and
        neither a large town nor the region's own seat goes by that name ('Lombardia', 'Punjab',
        'Victoria'; not 'Madrid' or 'New York', which are both, nor 'Évora' or 'Guarda', towns
        that give their name to their district)."""
        countries = subdivisions().get(key)
        if not countries:
            return False
        return not any(c.city.population >= CITY_OVER_REGION
                       or c.city.country in countries and c.city.population >= SEAT_OVER_REGION
                       for c in self._gazetteer.candidates(key))

    def first_word(self, word: str) -> tuple[str, str | None, bool]:
        """What a name's first word, as spelled, says: its folded key, the kind of place it names
        alone (_named) and whether longer names start with it. Memoised: most capitalised words
        of news text recur."""
        found = self._first_words.get(word)
        if found is None:
            if len(self._first_words) >= MEMO_SIZE:
                self._first_words.clear()
                self.dull_words.clear()
            key = fold_word(word)
            found = self._first_words[word] = (key, self._named(key, [word]), self.is_prefix(key))
            # (a town's adjective starts a name before a part of the town only: not dull either)
            if not found[1] and not found[2] and not word.isupper() and not (
                    self.lexicon.place_endings and self.uninflected(word)) and not (
                    self.lexicon.town_adjective_endings and self.uninflected(
                        word, self.lexicon.town_adjective_endings, TOWN_ADJECTIVE_MIN_POPULATION)):
                self.dull_words.add(word)
        return found

    def kind_of(self, key: str) -> str | None:
        """The kind of place a name of several words names (_named), memoised."""
        found = self._kinds.get(key, "")
        if found == "":
            if len(self._kinds) >= MEMO_SIZE:
                self._kinds.clear()
            found = self._kinds[key] = self._named(key, key.split(" "))
        return found

    def _named(self, key: str, words: list[str]) -> str | None:
        """The kind of place a name names (_lookup), None for a town of fewer than three letters."""
        kind = _lookup(self._gazetteer, self, key, words)
        return kind if kind and (len(key) >= 3 or kind == "country") else None

    def is_prefix(self, key: str) -> bool:
        return key in self._gazetteer.prefixes or key in self.prefixes

    def common(self, key: str, surface: str = "") -> bool:
        """Whether key is more a word of the language than a town: much more frequent in text than
        the size of its largest town explains (wordfreq), or a nationality or language name.
        surface: the name as written, whose accents the folded key has lost ('Independência' is a
        common word, 'independencia' is not one in Portuguese)."""
        written = surface.lower()
        memo = (key, written)
        found = self._common.get(memo)
        if found is None:
            if key in self.lexicon.not_places:
                found = True
            else:
                zipf = self._zipf(key)
                if written != key and all(map(plain_word, written.split(" "))):
                    # as written, among the frequent words alone: wordfreq's whole list is not
                    # loaded for a name with a hyphen or an apostrophe
                    zipf = max(zipf, self._zipf(written))
                candidates = self._gazetteer.candidates(key)
                largest = max((c.city.population for c in candidates), default=0)
                largest_own = max((c.city.population for c in candidates if c.primary), default=0)
                if largest_own >= NEVER_COMMON_POPULATION:
                    found = False
                elif largest >= NEVER_COMMON_POPULATION:
                    # a big town's name in another language ('Milano', 'Wien') is as frequent as
                    # the town is big; one far more frequent is a word of this one ('Jej', Polish
                    # for 'her', is an alternate name of Yei)
                    found = zipf >= math.log10(largest + 10) + ALTERNATE_NAME_MARGIN
                else:
                    found = zipf >= MIN_COMMON_ZIPF and zipf >= math.log10(largest + 10) - COMMON_MARGIN
            if len(self._common) >= MEMO_SIZE:
                self._common.clear()
            self._common[memo] = found
        return found

    def title_word(self, key: str) -> bool:
        """Whether key is a frequent word of the language (TITLE_WORD_ZIPF or more on wordfreq's
        scale: 'paz', 'libertad') more frequent than the largest town that has it as its own name
        explains (as common: 'madrid' is frequent as the town is large)."""
        zipf = self._zipf(key)
        largest_own = max((c.city.population for c in self._gazetteer.candidates(key) if c.primary), default=0)
        return zipf >= TITLE_WORD_ZIPF and zipf >= math.log10(largest_own + 10) - COMMON_MARGIN

    def _zipf(self, key: str) -> float:
        """wordfreq's Zipf frequency of key, when it is at least MIN_COMMON_ZIPF (less otherwise)."""
        words = key.split(" ")
        if all(map(plain_word, words)):
            return zipf_frequency(words, frequent_words(self._wordfreq_language, MIN_COMMON_ZIPF))
        import wordfreq  # a name with a digit, or a letter outside ASCII

        return wordfreq.zipf_frequency(key, self._wordfreq_language)


_VOCABULARIES: dict[tuple[int, str], Vocabulary] = {}


@lru_cache(maxsize=1)
def _dotted_state_abbreviations() -> dict[str, tuple[str, str]]:
    """The US states' abbreviations in news (AP) style that end in a period ('Calif.', 'W.Va.'),
    folded -> ('US', state code), from the us package."""
    import us

    return {fold(state.ap_abbr): ("US", state.abbr) for state in us.states.STATES_AND_TERRITORIES
            if state.ap_abbr and state.ap_abbr.endswith(".")}


def vocabulary(lexicon: Lexicon, gazetteer: Gazetteer) -> Vocabulary:
    """The Vocabulary of a lexicon and gazetteer, built once per process."""
    key = (id(gazetteer), lexicon.language)
    found = _VOCABULARIES.get(key)
    if found is None or found._gazetteer is not gazetteer or found.lexicon is not lexicon:
        found = _VOCABULARIES[key] = Vocabulary(lexicon, gazetteer)
    return found


def _lookup(gazetteer: Gazetteer, vocab: Vocabulary, key: str, words: list[str]) -> str | None:
    """The kind of gazetteer entry key names, if any. Countries first; a city that is also the
    name of a region ('Ontario', 'Victoria') counts as the region unless it is a large city."""
    short_caps = len(words) == 1 and len(words[0]) <= 4 and len(words[0]) > 1 and words[0].isupper()
    if vocab.country_of(key):
        return "country"
    if key in vocab.calendar_words:
        return None
    if short_caps:  # MEK, NCRI, IRGC, AFP: acronyms, not towns
        return "region" if gazetteer.region_of(key) and len(key) > 1 else None
    if key in gazetteer.names:
        if gazetteer.region_of(key) and max(c.city.population for c in gazetteer.candidates(key)) < 500_000:
            return "region"
        return "region" if vocab.region_named(key) else "city"
    if gazetteer.region_of(key) and len(key) > 2:
        return "region"
    if " " in key and vocab.region_named(key):
        return "region"  # 'Baden-Württemberg', whose first word is a town's name: the longer name is the region's
    return None


def _demonym_countries(text: str, index: WordIndex, gazetteer: Gazetteer, vocab: Vocabulary) -> set[str]:
    """Countries implied by nationality adjectives ('the Canadian cities of ...'). They are read
    as one or two capitalised words ('[A-Z][a-z]+', no word character on either side; two when
    one space joins them), left to right, each word read once: 'New Zealand' is one name, and in
    'Canadian Prime Minister' the name read is 'Canadian Prime'. Only the few capitalised words
    that begin a demonym are looked at, with the run of such words that leads to them."""
    texts, starts, ends = index.texts, index.starts, index.ends
    openers = vocab.demonym_openers
    found: set[str] = set()

    def plain(i: int) -> bool:
        word, before, after = texts[i], starts[i] - 1, ends[i]
        return (len(word) > 1 and word.isascii() and word.istitle()
                and (before < 0 or not _word_character(text[before]))
                and (after == len(text) or not _word_character(text[after])))

    def joined(i: int) -> bool:  # word i and the next, one space apart
        return i + 1 < len(texts) and starts[i + 1] == ends[i] + 1 and text[ends[i]] == " "

    for i in index.capitals:
        if texts[i] not in openers or not plain(i):
            continue
        first = i  # the first word of the run of joined capitalised words that ends at i
        while first > 0 and joined(first - 1) and plain(first - 1):
            first -= 1
        if (i - first) % 2:
            continue  # read as the second word of a name begun before it
        name = f"{texts[i]} {texts[i + 1]}" if joined(i) and plain(i + 1) else texts[i]
        country = gazetteer.demonyms.get(name.lower())
        if country:
            found.add(country)
    return found


def _word_character(char: str) -> bool:
    """Whether re counts char as a word character (\\w)."""
    return char.isalnum() or char == "_"


def find_places(text: str, sentence: Sentence, gazetteer: Gazetteer, index: WordIndex | None = None,
                vocab: Vocabulary | None = None) -> list[PlaceMention]:
    """Gazetteer names in one sentence, longest match first, with the cue written after each."""
    index = index or WordIndex(text)
    vocab = vocab or vocabulary(english(), gazetteer)
    return _places_by_sentence(text, [sentence], gazetteer, index, vocab)[0]


def _names_part_of_a_town(index: WordIndex, j: int, last: int, lexicon: Lexicon) -> bool:
    """Whether word j, after a town's adjective, names a part or a landmark of that town (lexicon
    town_adjective_nouns): 'Innenstadt', or a compound on one of its heads with a name of its own
    before the head ('Marienplatz', 'Buchmesse'), or the head with its name after a link word
    ('Platz der Menschenrechte'). 'Platz' alone is a square named after the town, elsewhere."""
    noun = fold_word(index.texts[j])
    if noun in lexicon.town_adjective_nouns:
        return True
    for head in lexicon.town_adjective_heads:
        if noun.endswith(head):
            return len(noun) > len(head) or j + 2 < last and index.texts[j + 1].lower() in lexicon.landmark_links \
                and index.texts[j + 2][0].isupper()
    return False


def _places_by_sentence(text: str, sentence_list: list[Sentence], gazetteer: Gazetteer, index: WordIndex,
                        vocab: Vocabulary, lines: LineStarts | None = None) -> list[list[PlaceMention]]:
    """find_places for each of the sentences (in text order), in one walk over the capitalised
    words: a name starts with a capital, and most capitalised words start none (those the
    vocabulary already knows start none are not tried)."""
    texts, starts, ends = index.texts, index.starts, index.ends
    lines = lines or LineStarts(text)
    found: list[list[PlaceMention]] = [[] for _ in sentence_list]
    dull, contractions = vocab.dull_words, vocab.contractions
    # (a word that starts no name may end one whose article a preposition before it holds)
    capitals = [i for i in index.capitals if texts[i] not in dull or contractions and
                _fused_article(text, index, i, contractions) is not None]
    inflected = bool(vocab.lexicon.place_endings)
    adjectives = vocab.lexicon.town_adjective_endings
    lowercase_articles = vocab.lowercase_articles
    first_word = vocab.first_word
    k, sentence, last = -1, None, 0
    c = 0
    while c < len(capitals):
        i = capitals[c]
        while sentence is None or starts[i] >= sentence.end:
            k += 1
            if k == len(sentence_list):
                return found
            sentence = sentence_list[k]
            last = bisect.bisect_left(starts, sentence.end, i)
        if starts[i] < sentence.start:
            c += 1
            continue
        word = texts[i]
        if starts[i] and text[starts[i] - 1].isalnum():
            c += 1  # glued to the word before: part of a tag or a made-up name ('#March4Justice')
            continue
        if word.isupper() and _opens_wire_dateline(text, starts[i], ends[i], lines):
            word = word.capitalize()  # 'ROMA -', 'BONN (dpa) -': a place, not an acronym
        key, kind, prefix = first_word(word)
        match = (i + 1, key, kind) if kind else None
        if prefix:
            for j in range(i + 1, last):
                if text[ends[j - 1]:starts[j]] not in _SEPARATORS_IN_NAME:
                    break
                key = f"{key} {fold_word(texts[j])}"
                if texts[j][0].isupper():
                    kind = vocab.kind_of(key)
                    if kind:
                        match = (j + 1, key, kind)
                if not vocab.is_prefix(key):
                    break
        if inflected and (match is None or match[0] == i + 1 and match[2] == "city"):
            # an inflected form may also spell some small place abroad ('Łodzi', an alternate name of
            # Lodi, California): the larger town wins
            base = vocab.uninflected(texts[i])
            if base and _lookup(gazetteer, vocab, base, [texts[i]]) == "city" and (
                    match is None or _largest(gazetteer, base) > _largest(gazetteer, match[1])):
                match = (i + 1, base, "city")
        if match is None and adjectives and i + 1 < last and text[ends[i]:starts[i + 1]] == " " and \
                _names_part_of_a_town(index, i + 1, last, vocab.lexicon) and \
                (base := vocab.uninflected(word, adjectives, TOWN_ADJECTIVE_MIN_POPULATION)):
            # 'in der Hamburger Innenstadt': a town's adjective before a part or a landmark of it
            match = (i + 1, base, "city")
        if contractions and (fused := _after_contraction(text, index, i, last, sentence, vocab)) is not None and (
                match is None or fused[0] >= match[0]):
            match = fused
        if match is None:
            c += 1
            continue
        following, key, kind = match
        if lowercase_articles and kind == "city" and following == i + 1 and i and \
                texts[i - 1] in lowercase_articles and text[ends[i - 1]:starts[i]] == " " and vocab.title_word(key):
            # 'Marcha por la Paz', 'por la Libertad de Venezuela': a title's common noun after an
            # article in lowercase; a town's name that takes one writes it with a capital ('La Paz')
            c += 1
            continue
        start, end = starts[i], ends[following - 1]
        if _ELIDED.match(text, end):
            c += 1  # an elided word is part of a longer name ('Sant'Andrea', 'dell'Ospedale')
            continue
        # made as tuple.__new__ makes it, without the Python call of PlaceMention(...)
        mention = tuple.__new__(PlaceMention, (start, end, text[start:end], key, kind, sentence.index, None, None, end))
        if (kind == "city" or kind == "region" and key in gazetteer.names) and following < last and \
                texts[following][0].isupper():
            # a region's name with a region or country written after it is a town: 'Victoria, B.C.'
            before = found[k][-1] if found[k] else None
            # 'Oslo, Lima, Albany, New York and Boston': a city listed after a bare city; or one
            # that opens a list ('Washington, New York, Boston')
            listed = before is not None and text[before.cue_end:start].strip() == "," and (
                before.cue_end == before.end or _elsewhere(gazetteer, key, texts, following, last)) or \
                _opens_a_list(text, gazetteer, key, index, following, last, vocab.lexicon)
            if text[end:starts[following]].strip() == "(" and _landmark_noun_before(
                    texts, i, index.range(sentence.start, sentence.end)[0], vocab.lexicon) is not None:
                # 'la Puerta del Sol (Madrid)': the town in brackets is where the square lies, the
                # town it holds, not a cue of a town named like the square
                found[k].append(mention)
                c = bisect.bisect_left(capitals, following, c + 1)
                continue
            cued, after_cue = _with_cue(text, mention, index, following, last, sentence.end, gazetteer, vocab,
                                        listed)
            if kind == "city":
                mention, following = cued, after_cue
            elif cued.cue_end > mention.end:
                mention = PlaceMention(cued.start, cued.end, cued.surface, cued.key, "city", cued.sentence,
                                       cued.country_cue, cued.region_cue, cued.cue_end)
                following = after_cue
        found[k].append(mention)
        c = bisect.bisect_left(capitals, following, c + 1)
    return found


def _fused_article(text: str, index: WordIndex, i: int, contractions: dict[str, str]) -> str | None:
    """The article (folded) that the word before word i fuses with a preposition, written right
    before it ('all’' before 'Aquila', 'au ' before 'Havre'; contractions: form -> article), else
    None."""
    if not i:
        return None
    before = text[index.starts[i - 1]:index.starts[i]].replace("’", "'").lower()
    return contractions.get(before[:-1] if before.endswith(" ") else before)


def _after_contraction(text: str, index: WordIndex, i: int, last: int, sentence: Sentence,
                       vocab: Vocabulary) -> tuple[int, str, str] | None:
    """The town whose name opens with the article the word before word i holds, fused with a
    preposition ('all’Aquila' L'Aquila, 'alla Spezia' La Spezia, 'au Havre' Le Havre, not Havre,
    Montana): (the index of the word after its name, its key, 'city'); None when there is none,
    when the word is a country's or region's name, which takes an article too ('alla Francia' is
    France, not La Francia, Argentina), or when the fused word joins a landmark's noun to its name
    ('piazza della Signoria')."""
    article = _fused_article(text, index, i, vocab.contractions)
    if article is None or vocab.kind_of(fold_word(index.texts[i])) in ("country", "region"):
        return None
    if _landmark_noun_before(index.texts, i, index.range(sentence.start, sentence.end)[0], vocab.lexicon) is not None:
        return None
    texts, starts, ends = index.texts, index.starts, index.ends
    key, match = article, None
    for j in range(i, last):
        if j > i and text[ends[j - 1]:starts[j]] not in _SEPARATORS_IN_NAME:
            break
        key = f"{key} {fold_word(texts[j])}"
        if texts[j][0].isupper() and vocab.kind_of(key) == "city":
            match = (j + 1, key, "city")
        if not vocab.is_prefix(key):
            break
    return match


_SPACES_AFTER = re.compile(r"[ \t]*")
# A mark no landmark's name runs across ('… na Rua. Sol …').
_NAME_BREAK = re.compile(r"[.!?;:,()\n]")


def _landmark_names(text: str, places: list[PlaceMention], index: WordIndex, lexicon: Lexicon) -> dict[str, str]:
    """The town names the article writes as a landmark's, right after the landmark's noun
    ('Avenida Sol', 'Paseo de la Barcelona'; _landmark_noun_before), each with how first
    written: key -> 'Avenida Sol'."""
    found: dict[str, str] = {}
    whole = range(len(index.texts))
    for place in places:
        if place.kind != "city" or place.key in found or place.cue_end != place.end:
            continue
        i = _word_at(index, whole, place.start)
        if i < len(index.texts) and index.starts[i] == place.start and \
                (j := _landmark_noun_before(index.texts, i, 0, lexicon)) is not None and \
                not _NAME_BREAK.search(text, index.starts[j], place.start):
            found[place.key] = text[index.starts[j]:place.end]
    return found


def _landmark_noun_before(texts: list[str], i: int, first: int, lexicon: Lexicon) -> int | None:
    """The index of the landmark's noun word i follows, right before it or joined to it by up to
    two of the language's link words ('Puerta del Sol', 'piazza Milano'), no further back than word
    `first` (the sentence's first); None when there is none."""
    j, links = i - 1, 0
    while j > first and links < 2 and texts[j].lower() in lexicon.landmark_links:
        j, links = j - 1, links + 1
    return j if j >= first and fold_word(texts[j]) in lexicon.landmark_nouns else None


def _elsewhere(gazetteer: Gazetteer, key: str, texts: list[str], following: int, last: int) -> bool:
    """Whether the town key names lies, as its largest, outside the region named by the words
    after it, where only a far smaller one of that name lies ('Washington, DC, Boston, New York,
    Atlanta': Boston is not the hamlet of New York State). Only a one- or two-word region is
    read."""
    for n in (2, 1):
        if following + n > last:
            continue
        region = gazetteer.region_of(" ".join(fold_word(w) for w in texts[following:following + n]))
        if region is None:
            continue
        candidates = gazetteer.candidates(key)
        inside = [c.city.population for c in candidates if (c.city.country, c.city.admin1) == region]
        return bool(candidates) and max(inside, default=0) * 10 < max(c.city.population for c in candidates)
    return False


def _opens_a_list(text: str, gazetteer: Gazetteer, key: str, index: WordIndex, following: int, last: int,
                  lexicon: Lexicon) -> bool:
    """Whether a town opens a list of towns, the region named after it being the next town's
    name: the list goes on after that name (a comma or a list joiner, then a capital), the town
    lies, as its largest, outside that region (_elsewhere), and the city of the region's name is
    larger than any town of this name inside the region ('Washington, New York, Boston'; not
    'London, Ontario and Toronto', where London, Ontario outweighs the Californian Ontario)."""
    texts, ends = index.texts, index.ends
    for n in (2, 1):
        if following + n >= last:
            continue
        name = " ".join(fold_word(w) for w in texts[following:following + n])
        region = gazetteer.region_of(name)
        if region is None:
            continue
        gap = text[ends[following + n - 1]:index.starts[following + n]]
        after = texts[following + n]
        goes_on = gap.strip() == "," and after[0].isupper() or not gap.strip() and after.lower() in lexicon.get(
            "place", "list_joiners") and following + n + 1 < last and texts[following + n + 1][0].isupper()
        inside = max((c.city.population for c in gazetteer.candidates(key) if (c.city.country, c.city.admin1) == region),
                     default=0)
        # (and, as _elsewhere reads it, the town's largest lies outside the region)
        return goes_on and _largest(gazetteer, name) > max(inside, LISTED_CITY_POPULATION) and \
            inside * 10 < _largest(gazetteer, key)
    return False


def _with_cue(text: str, mention: PlaceMention, index: WordIndex, next_word: int, last: int, limit: int,
              gazetteer: Gazetteer, vocab: Vocabulary, listed: bool = False) -> tuple[PlaceMention, int]:
    """Attach a country or region written right after a city ('Toronto, Canada', 'Tokyo- JAPAN',
    'Washington DC', 'London, Ont.', 'Toulouse (Haute-Garonne)' is not one). next_word: the index
    of the word after the city, below last and capitalised (a cue opens with a capital); listed:
    the city follows another city and a comma, itself without a cue, so that a region named like
    a large city after it is the list's next city ('Lima, Albany, New York and Boston'). Returns
    the mention and the index of the next unread word."""
    texts, starts, ends = index.texts, index.starts, index.ends
    gap = text[mention.end:starts[next_word]]
    if not _CUE_SEPARATOR.fullmatch(gap):
        return mention, next_word
    # The cue is one to four capitalised words, joined as the words of a name are.
    run = 0
    while run < min(4, last - next_word) and texts[next_word + run][0].isupper() and (
            run == 0 or text[ends[next_word + run - 1]:starts[next_word + run]] in _SEPARATORS_IN_NAME):
        run += 1
    bare = not gap.strip()  # without a comma only a region's code in capitals joins ('Washington DC')
    if not bare and (town := _town_after(text, mention, index, next_word, run, limit, gazetteer, vocab)):
        return town
    for n in range(run, 0, -1):
        span = range(next_word, next_word + n)
        capitals = all(texts[k].isupper() for k in span)
        key = " ".join(fold_word(texts[k]) for k in span)
        if n > 1 and not bare and vocab.kind_of(key) == "city" and not gazetteer.region_of(key):
            return mention, next_word  # 'Atlanta, Kansas City': the next city, not Kansas
        country = vocab.country_of(key)
        region = gazetteer.region_of(key)
        if not bare and key in vocab.dotted_regions and text.startswith(".", ends[next_word + n - 1]):
            region = vocab.dotted_regions[key]  # 'Monterey Park, Calif.', 'Athens, Ga.'
        elif region and len(key.replace(" ", "")) <= 2 and not capitals:
            region = None  # 'On', 'Ab' are words; state codes are written in capitals
        if bare and not capitals:
            # Without a comma a region or country written out joins only when it holds a town of
            # the name ('Palo Alto California', 'Atlanta Georgia'); else it is a word of another name.
            holder = _holder(gazetteer, mention.key, country, region)
            if holder is None:
                continue
            country, region = holder
        elif bare and not region:
            continue
        if listed and region and not country and _largest(gazetteer, key) >= LISTED_CITY_POPULATION:
            return mention, next_word  # the next member of a list of cities, not this one's region
        if (country or region) and capitals and len(key) <= 3 and not any(
                (c.city.country, c.city.admin1) == region if region and not country else c.city.country == country
                for c in gazetteer.candidates(mention.key)):
            # a code in capitals that holds no town of the name is another code ('Belém (PA)',
            # a Brazilian state, not Panama): no cue
            return mention, next_word
        if country or region:
            cue_end = ends[next_word + n - 1]
            if cue_end < limit and text[cue_end] in ".)":
                cue_end += 1
            iso = country or region[0]
            return (PlaceMention(mention.start, mention.end, mention.surface, mention.key, mention.kind,
                                 mention.sentence, iso, region if not country else None, cue_end), next_word + n)
    return mention, next_word


def _holder(gazetteer: Gazetteer, key: str, country: str | None,
            region: tuple[str, str] | None) -> tuple[str | None, tuple[str, str] | None] | None:
    """(country, region) of the two a town named key lies in, the region first (Georgia the
    state holds Atlanta, Georgia the country does not); None when neither holds one."""
    towns = [c.city for c in gazetteer.candidates(key)]
    if region and any((town.country, town.admin1) == region for town in towns):
        return None, region
    if country and any(town.country == country for town in towns):
        return country, None
    return None


# A part of a town is at most this share of the town's population ('Kensington, London'): two
# towns of like size side by side are two towns ('Oakland, San Francisco').
PART_SHARE = 0.2


def _town_after(text: str, mention: PlaceMention, index: WordIndex, next_word: int, run: int, limit: int,
                gazetteer: Gazetteer, vocab: Vocabulary) -> tuple[PlaceMention, int] | None:
    """The mention, cued with the region of the town written after it, a word of direction perhaps
    between ('Kensington, London', 'Kensington, West London'), when a place of its name lies
    within PART_OF_TOWN_KM of that town and is at most PART_SHARE of its size: a part of the town,
    which the town's name places. Not when a list goes on after the town ('Salford, Manchester and
    Leeds'). run: how many capitalised words follow; returns (mention, next unread word) or None."""
    texts, ends = index.texts, index.ends
    joiners = vocab.lexicon.get("place", "list_joiners")
    for skip in (0, 1):
        for n in (2, 1):
            if skip + n > run:
                continue
            key = " ".join(fold_word(texts[k]) for k in range(next_word + skip, next_word + skip + n))
            if vocab.kind_of(key) != "city":
                continue
            end = ends[next_word + skip + n - 1]
            after = _NEXT_WORD.match(text, end)
            if text[end:end + 1] in ",;" or (after and after.group(1).lower() in joiners):
                return None  # a list goes on (asked first: lists of towns are common, parts rare)
            town = _largest_place(gazetteer, key)
            parts = _places_near(gazetteer, mention.key, town, PART_SHARE * town.population)
            if not parts:
                return None
            part = min(parts, key=lambda c: distance_km(c.lat, c.lon, town.lat, town.lon))
            return (PlaceMention(mention.start, mention.end, mention.surface, mention.key, mention.kind,
                                 mention.sentence, part.country, (part.country, part.admin1), end),
                    next_word + skip + n)
    return None


def _previous_words(text: str, index: WordIndex, words: range, i: int, limit: int) -> list[int]:
    """Up to `limit` words of the sentence (words: the indices of its words in index) before the
    i-th word of the text, in the same clause (stops at , ; : quotes and brackets), nearest
    first: their indices. An article of one letter elided onto the i-th word is read as part of
    it ('a L'Aquila': 'a' is the word before; in 'a Sant'Andrea', 'Sant' is)."""
    result: list[int] = []
    starts, ends = index.starts, index.ends
    position = starts[i]
    first = i - 1
    if first >= words.start and ends[first] - starts[first] == 1 and text[ends[first]:position] in _ELISION_MARKS:
        position, first = starts[first], first - 1
    for j in range(first, max(words.start - 1, first - limit), -1):
        # (to the next word's first letter, which tells an elision's mark from a closing quote)
        if _CLAUSE_BREAK.search(text, ends[j], position + 1):
            break
        result.append(j)
        position = starts[j]
    return result


def _word_at(index: WordIndex, words: range, offset: int) -> int:
    """The index of the first word of the sentence (words: its word indices) that starts at or
    after offset (words.stop if none)."""
    return bisect.bisect_left(index.starts, offset, words.start, words.stop)


def _person_names(places: list[PlaceMention], index: WordIndex, gazetteer: Gazetteer, vocab: Vocabulary,
                  function_words: frozenset[str], text: str) -> frozenset[str]:
    """Names the article uses as a person's surname: a one-word place name written right after a
    capitalised word that is not itself a place or a function word ('Mahsa Amini', 'Mr Floyd'); and
    both words of two one-word towns' names read as one name that names no place, the towns far
    apart ('des Dalai Lama': a person's title; not 'Berlin Mitte', a part of its town)."""
    found = set()
    texts, starts, ends = index.texts, index.starts, index.ends
    one_word_towns = {p.start: p.key for p in places if p.kind == "city" and " " not in p.key}
    for place in places:
        k = bisect.bisect_left(starts, place.start)
        if place.kind != "city" or " " in place.key or k == 0 or k >= len(texts) or starts[k] != place.start:
            continue
        before = texts[k - 1]
        if not before[0].isupper() or before.isupper() or place.surface.isupper() or \
                text[ends[k - 1]:starts[k]] not in (" ", ". ") or before.lower() in function_words:
            continue
        folded_before = fold_word(before)
        if one_word_towns.get(starts[k - 1]) == folded_before and text[ends[k - 1]:starts[k]] == " " and \
                f"{folded_before} {place.key}" not in gazetteer.names and \
                _far_apart(gazetteer, folded_before, place.key):
            found.update((folded_before, place.key))
            continue
        if folded_before in gazetteer.names or vocab.country_of(folded_before) or folded_before in gazetteer.prefixes \
                or folded_before in vocab.calendar_words or _a_place_s_adjective(texts, k, range(k), vocab.lexicon):
            continue
        if f"{folded_before} {place.key}" not in gazetteer.names:
            found.add(place.key)
    return frozenset(found)


# How far apart two towns named one after the other must lie for the pair to be no town and its part.
APART_KM = 100


def _far_apart(gazetteer: Gazetteer, first: str, second: str) -> bool:
    """Whether no town of the first name lies within APART_KM of one of the second, and neither
    name is a region's (a town and its region: 'Dallas Texas')."""
    if gazetteer.region_of(first) is not None or gazetteer.region_of(second) is not None:
        return False
    seconds = [c.city for c in gazetteer.candidates(second)]
    return all(distance_km(a.city.lat, a.city.lon, b.lat, b.lon) > APART_KM
               for a in gazetteer.candidates(first) for b in seconds)


def analyse(text: str, gazetteer: Gazetteer, lexicon: Lexicon | None = None) -> ArticleAnalysis:
    """Find places and rally mentions in an article text written in the lexicon's language
    (default English)."""
    lexicon = lexicon or english()
    vocab = vocabulary(lexicon, gazetteer)
    sentence_list = sentences(text, vocab.ordinal_heads, lexicon.abbreviations, vocab.short_weekdays)
    index = WordIndex(text)
    lines = LineStarts(text)
    quotes = quoted_spans(text)
    quote_starts = [a for a, _ in quotes]
    lowered = text.lower()
    plain = lowers_plainly(text, lowered, lexicon.case_partners)
    # Where each of the lexicon's patterns may match (lexicon.heads), found in one pass; None: anywhere.
    may_begin: dict[str, list[int] | None] = dict.fromkeys(lexicon.heads)
    if plain:
        known = [name for name, heads in lexicon.heads.items() if heads]
        may_begin.update(zip(known, word_starts(lowered, tuple(lexicon.heads[name] for name in known))))

    urls = _urls(text, lowered)

    def quoted(position: int, first_word: bool = True) -> bool:
        """Whether position lies inside a quotation (its first word too, unless first_word is False)."""
        k = bisect.bisect_right(quote_starts, position) - 1
        return k >= 0 and quotes[k][0] + (0 if first_word else 1) < position < quotes[k][1]

    places: list[PlaceMention] = []
    per_sentence: dict[int, list[PlaceMention]] = {}
    cues: dict[int, list[int]] = {}
    sentence_starts = [s.start for s in sentence_list]
    negations = may_begin["negated"]
    for start, end in caseless_spans(lexicon.gathering, lexicon.gathering_lower, text, lowered, plain,
                                     may_begin["gathering"]):
        k = bisect.bisect_right(sentence_starts, start) - 1
        # a slogan's words report no gathering; a quote a gathering word opens is an event's name
        # ('"Protest Wolnych Polaków"', '"March for Our Lives"')
        if k < 0 or end > sentence_list[k].end or quoted(start, first_word=False) or \
                _is_month(text, start, end, vocab, lexicon):
            continue
        reach = max(sentence_list[k].start, start - 30)
        if lexicon.negated and (negations is None or any_between(negations, reach, start)) and \
                lexicon.negated.search(text, reach, start):
            continue
        cues.setdefault(k, []).append(start)
    furniture = _furniture(text, sentence_list, lexicon)
    for k in furniture:
        cues.pop(k, None)
    if lexicon.cancelled is not None:
        for k in [k for k in cues if _called_off(text, sentence_list[k], lexicon)]:
            del cues[k]
    if lexicon.happened_there is not None:
        for k in range(1, len(sentence_list)):
            if k not in cues and k - 1 in cues and (
                    told := lexicon.happened_there.match(text, _SPACES_AFTER.match(text, sentence_list[k].start).end())):
                # 'Rallies were held on Saturday. That happened in Leeds, York and Hull.': the
                # sentence tells where the gathering just told took place
                cues[k] = [told.start()]
    cue_sentences = set(cues)
    url_starts = [a for a, _ in urls]
    for s, found in zip(sentence_list, _places_by_sentence(text, sentence_list, gazetteer, index, vocab, lines)):
        if urls:
            found = [p for p in found if not _inside(p.start, urls, url_starts)]
        per_sentence[s.index] = found
    per_sentence = _framed_by_country(text, sentence_list, per_sentence, gazetteer, vocab, lexicon)
    for k, found in per_sentence.items():
        if any("-" in p.surface for p in found):
            per_sentence[k] = [_town_of_a_district(p, gazetteer, vocab) for p in found]
    for s in sentence_list:
        places.extend(per_sentence[s.index])

    # A crowd counted in a sentence that names a city reports a gathering there even without a
    # word for one ('In Bergen the organisers counted 3,200 participants'): the figure is its cue.
    crowded: dict[int, int] = {}  # sentences that count a crowd -> where their first figure starts
    for s in sentence_list:
        towns = [p.start for p in per_sentence[s.index] if p.kind == "city"]
        # With a cue already, a count matters only to a town that opens the sentence (below).
        if not towns or s.index in furniture or s.index in cues and towns[0] != s.start:
            continue
        crowd = counts_a_crowd(text, s, lexicon, frozenset(towns))
        if crowd is not None:
            crowded[s.index] = crowd.start
            cues.setdefault(s.index, [crowd.start])
    cue_sentences = set(cues)
    countries = {vocab.country_of(p.key) for p in places if p.kind == "country"}
    context = countries | _demonym_countries(text, index, gazetteer, vocab)
    context |= {p.country_cue for p in places if p.country_cue}
    rally_article = bool(cue_sentences)
    persons = _person_names(places, index, gazetteer, vocab, lexicon.function_words, text)
    list_heads = _list_block_heads(text, sentence_list, per_sentence, cue_sentences, lines)
    landmarks = _landmark_names(text, places, index, lexicon) if lexicon.get("place", "landmark_articles") else {}
    # the landmarks' names that a quarter of a town the article names bears as its own ('la Puerta del
    # Sol de Madrid' … 'en Sol'): the landmark, however large a town abroad bears it as another name
    quarters = _quarters_named(landmarks, places, gazetteer) if landmarks else frozenset()

    offices, futures = may_begin["office"], may_begin["future"]
    # the towns the article writes with their region or country ('MONTEREY PARK, Calif. —'): so
    # named, a name is the town's wherever the article writes it
    cued_towns = frozenset(p.key for p in places if p.kind == "city" and p.cue_end > p.end)
    # Where 'in solidarity with' may begin (None: anywhere; [] : nowhere), for _for_whom.
    supports = may_begin["support"] if lexicon.in_support else []
    rallies: list[RallyMention] = []
    town_nouns = frozenset(word.lower() for word in lexicon.get("place", "span_heads"))
    for s in sentence_list:
        cities = [p for p in per_sentence[s.index] if p.kind == "city"]
        if not cities or s.index in furniture:
            continue
        cities, joined = _with_respelled(text, cities, gazetteer, vocab)
        words = range(*index.range(s.start, s.end))
        cue_positions = cues.get(s.index, [])
        scheduled = None  # told when a rally of the sentence needs it
        # Told once for the sentence, not for each of its cities: a sentence may list thousands.
        semicolons = text.count(";", s.start, s.end) >= 2
        # whether the sentence names more than one place (a cause's town needs another); a common
        # word that also names a town abroad is none ('the March for Justice in London')
        several_places = len({p.key for p in per_sentence[s.index]
                              if p.kind != "city" or not vocab.common(p.key, p.surface)}) > 1
        verdicts: dict[int, tuple[str, float] | None] = {}
        rejected: set[int] = set()
        # the cities that are districts joined to the town before them by a hyphen ('Wien-Landstraße')
        districts = {k + 1 for k in range(len(cities) - 1) if text[cities[k].tail:cities[k + 1].start] in _HYPHENS
                     and _smaller_neighbour(cities[k + 1], cities[k], gazetteer)}
        # whether each city is of a list that opens its sentence ('Leeds and York also hosted …')
        opening: list[bool] = []
        for k, place in enumerate(cities):
            opening.append(opening[-1] if k and joined[k] else _opens_sentence(text, s, place.start))
        reasons: list[str | None] = []
        datelines: list[str | None] = []
        for k, place in enumerate(cities):
            dateline = _dateline(text, place, index, vocab, lines)
            reason = _rejection(text, s, place, index, words, quoted, lexicon, vocab, dateline, offices, cued_towns,
                                several_places)
            if not reason and any_between(cue_positions, place.start, place.end):
                # 'Hunderte bei Demo': the word of gathering itself, which a small town also spells
                reason = f"'{place.surface}' is the sentence's word of gathering"
            if not reason and (district := _district_number(lexicon)) is not None and \
                    (number := district.match(text, place.tail)) and _largest(gazetteer, place.key) < DISTRICTED_TOWN:
                # 'à Castellane (6e)', 'the streets of Beaumont (12th arrondissement)': a district of the
                # story's town, named like a small town elsewhere ('à Paris (12e)' is Paris)
                reason = f"'{place.surface}{number.group(0).rstrip()}': a district of a town, its number after it"
            if not reason and several_places and (cause := _a_cause_s(text, place, index, words, lexicon)):
                # 'marched in London for peace in Gaza', 'demonstrasjoner for fred i Gaza over hele
                # Norge': in a sentence that names another place, the town a cause is asked for, not
                # where people gathered ('marched for human rights in London' is London's)
                reason = f"'{cause} {place.surface}': the place of what the gathering asked for"
            if not reason and place.key in landmarks and place.cue_end == place.end and \
                    (article := _word_at(index, words, place.start) - 1) >= words.start and \
                    (index.texts[article] in lexicon.get("place", "landmark_articles")
                     or index.texts[article].lower() in lexicon.locatives
                     and (_largest(gazetteer, place.key) < LANDMARK_OVER_TOWN or place.key in quarters)):
                # 'Avenida Sol' …, then 'na Sol': the landmark the article named in full, written
                # short after its article, or after a locative when no large town bears the name
                # ('la Plaza de Trafalgar' …, 'el plantón se inició en Trafalgar'; 'en Toledo'
                # after 'la Plaza de Toledo' is Toledo), not a town of that name
                reason = (f"'{index.texts[article]} {place.surface}': the landmark the article names in full "
                          f"('{landmarks[place.key]}')")
            if k in districts:
                # 'Wien-Landstraße', 'London-Hendon': a district joined to its town, no town of its own
                reason = f"a district of {cities[k - 1].surface}, joined to it"
            elif reason and k + 1 in districts and reason.startswith(LONGER_NAME):
                reason = None  # ... and the town, whose district follows it: no longer name
            reasons.append(reason)
            datelines.append(dateline)
        # the towns the sentence names, not a name that is part of a square's or a street's
        # ('LONDON - Thousands marched in Trafalgar Square': the dateline's town alone)
        named_cities = {c.key for c, reason in zip(cities, reasons) if not vocab.common(c.key, c.surface)
                        and not (reason and reason.startswith((LONGER_NAME, LANDMARK_NAME)))}
        for k, (place, reason, dateline) in enumerate(zip(cities, reasons, datelines)):
            if reason:
                rejected.add(k)
                continue
            common = (vocab.common(place.key, place.surface) or place.key in persons) and place.cue_end == place.end
            alone = named_cities <= {place.key} and (dateline != "wire" or _dateline_alone(
                text, s, place, per_sentence[s.index], index, words, town_nouns, gazetteer, vocab))
            verdict = _acceptance(text, s, place, index, words, cue_positions, rally_article, lexicon, common,
                                  vocab, alone, dateline, semicolons, supports, opening[k])
            if verdict is None and s.index in crowded and place.start == s.start and not common and \
                    dateline is None and named_cities <= {place.key} and text[place.end:crowded[s.index]].strip():
                # 'Orléans a réuni quelque 22.000 personnes', 'Lille counted 40,000 in its streets':
                # the town whose crowd its sentence counts (a word right before the figure qualifies
                # it: 'Vele honderden mensen', many hundreds, is no town)
                verdict = (f"'{place.surface}' opens a sentence that counts a crowd", 0.75)
            # a wire's dateline in capitals ('TEHRAN (Agency) -') under a headline is no line of a list
            # (nor a town and a colon before a sentence of gatherings in other towns: 'X: Thousands
            # gathered in Y, Z …': X is where the story was filed)
            if verdict is None and s.index in list_heads and _list_item(text, place, lines) and not common and not (
                    dateline == "wire" and place.surface.isupper()) and (
                    alone or not text.startswith(":", _SPACES_AFTER.match(text, place.tail).end())):
                verdict = (f"a line of the list under '{_clip(text, list_heads[s.index])}'", 0.75)
            if verdict is None and not common and _continues_paragraph(text, sentence_list, s, place, index, words,
                                                                       cues, lexicon):
                previous = sentence_list[s.index - 1]
                verdict = (f"'{text[s.start:place.tail]}' opens a sentence after one about a gathering "
                           f"('{_clip(text, (previous.start, previous.end), 40)}')", 0.7)
            if verdict is not None and common:
                verdict = (verdict[0] + f"; '{place.surface}' is also a common word", verdict[1] * 0.7)
            verdicts[k] = verdict
        for k in range(len(cities) - 1):
            if verdicts.get(k) and verdicts.get(k + 1) and _a_part_of(text, cities[k], cities[k + 1], gazetteer, lexicon):
                # 'på Kungsholmen i Stockholm', 'in Kreuzberg in Berlin': a part of the town named
                # right after it, a locative between: the town's gathering, no town of its own
                verdicts[k] = None
                rejected.add(k)
        if lexicon.proximity is not None:
            for k in range(1, len(cities)):
                if verdicts.get(k) and lexicon.proximity.match(text, cities[k - 1].tail, cities[k].start):
                    # 'in Lyon, near Paris', 'à Choisy-le-Roi, près de Paris': the town says where
                    # the one before it lies, no gathering of its own
                    verdicts[k] = None
                    rejected.add(k)
        if cities and verdicts.get(0) and text[s.start:cities[0].start].strip().lower() in lexicon.locatives and \
                text.startswith(",", cities[0].tail):
            for k in range(1, len(cities)):
                if verdicts.get(k) and _a_hall_in(text, cities[k], cities[0], gazetteer, lexicon):
                    # 'In London, exiles rallied at Hendon Town Hall': the hall of a
                    # town within the one the sentence opens with, its gathering, told twice
                    verdicts[k] = None
                    rejected.add(k)
        # A list of places shares the fate of its accepted members: 'held in Brussels, Geneva, ...'
        groups: list[list[int]] = []
        for k, listed in enumerate(joined):
            if listed:
                groups[-1].append(k)
            else:
                groups.append([k])
        for group in groups:
            accepted = [k for k in group if verdicts.get(k)]
            for k in group:
                if k in rejected:
                    continue
                verdict = verdicts.get(k)
                if verdict is None and accepted:
                    if cities[k].start == s.start and vocab.common(cities[k].key, cities[k].surface):
                        continue
                    why, strength = verdicts[accepted[0]]
                    verdict = (f"listed with {cities[accepted[0]].surface}: {why}", strength * 0.95)
                if verdict:
                    if scheduled is None:
                        # The sentence is searched alone: a future form may also begin at its start.
                        scheduled = (futures is None or any_between(futures, s.start, s.end)
                                     or lowered.startswith(lexicon.heads["future"], s.start)) and \
                            announces(_without(text[s.start:s.end], s.start, quotes), lexicon)
                    rallies.append(RallyMention(cities[k], verdict[0], scheduled, round(verdict[1], 3)))
    rallies = _named_for_another(text, rallies, lexicon)
    return ArticleAnalysis(tuple(sentence_list), tuple(places), tuple(rallies), frozenset(cue_sentences),
                           frozenset(c for c in context if c), furniture,
                           _countries_where(text, places, rallies, vocab, lexicon))


def _countries_where(text: str, places: list[PlaceMention], rallies: list[RallyMention], vocab: Vocabulary,
                     lexicon: Lexicon) -> dict[int, tuple[tuple[str, str], ...]]:
    """For each sentence, the (name, ISO code) of each country it names right after a locative,
    or a locative and an article, before one of its rallies' towns ('Demonstrators in Switzerland,
    at the square in Geneva', 'in der Schweiz', 'au Canada'): a country where things happen, not
    one named as a people or, after the towns, as a cause ('… in Madrid, to end the occupation in
    Iraq')."""
    articles = lexicon.determiners | frozenset(lexicon.get("place", "town_articles"))
    last_town: dict[int, int] = {}  # sentence -> where its last rally's town starts
    for rally in rallies:
        last_town[rally.place.sentence] = max(rally.place.start, last_town.get(rally.place.sentence, -1))
    found: dict[int, dict[tuple[str, str], None]] = {}
    for place in places:
        if place.kind != "country" or place.start > last_town.get(place.sentence, -1) or \
                (code := vocab.country_of(place.key)) is None:
            continue
        before = text[max(0, place.start - COUNTRY_LOCATIVE_CHARS):place.start].lower().split()[-2:]
        if before and (before[-1] in lexicon.locatives or len(before) == 2 and before[0] in lexicon.locatives
                       and before[1] in articles):
            found.setdefault(place.sentence, {})[(place.key, code)] = None
    return {sentence: tuple(named) for sentence, named in found.items()}


# What stands between a rally's noun and the town it is placed in: a locative and spaces.
_LOCATIVE_GAP = re.compile(r"\s+(\w+)\s+")


def _named_for_another(text: str, rallies: list[RallyMention], lexicon: Lexicon) -> list[RallyMention]:
    """The rallies, less a place that only names a gathering another rally place of its sentence
    then locates ('a Whitehall rally in London', 'a Hong Kong solidarity rally in Toronto'): the
    gathering was in the town after the locative, which is not a square or a park of it ('the
    London rally in Hyde Park' stays London's)."""
    starts = {(r.place.sentence, r.place.start): r for r in rallies}
    dropped = set()
    for k, rally in enumerate(rallies):
        if not rally.why.startswith("names the "):
            continue
        tail = text[rally.place.tail:rally.place.tail + 80]
        possessive = _POSSESSIVE.match(tail)
        at = possessive.end() if possessive else len(tail) - len(tail.lstrip())
        noun = _event_noun_after(tail[at:], lexicon)
        gap = _LOCATIVE_GAP.match(tail, at + noun.end()) if noun else None
        if gap is None or gap.group(1).lower() not in lexicon.locatives:
            continue
        venue = starts.get((rally.place.sentence, rally.place.tail + gap.end()))
        if venue is None or venue.place.key == rally.place.key:
            continue
        following = _NEXT_WORD.match(text, venue.place.end)
        if fold(venue.place.surface.split()[-1]) in lexicon.landmark_nouns or (
                following and fold(following.group(1)) in lexicon.landmark_nouns):
            continue
        dropped.add(k)
    return [r for k, r in enumerate(rallies) if k not in dropped] if dropped else rallies


# Why a name followed by a capitalised word is not a town of its own ('Sainte-Soline', 'Roma Piazza').
LONGER_NAME = "part of a longer name"
LANDMARK_NAME = "names a landmark"

# How far from a town's own place a smaller place named 'in' it may lie and be a part of it.
PART_OF_TOWN_KM = 20


def _a_part_of(text: str, part: PlaceMention, town: PlaceMention, gazetteer: Gazetteer, lexicon: Lexicon) -> bool:
    """Whether a place is a part of the town named right after it, one locative between ('på
    Kungsholmen i Stockholm', 'in Kreuzberg in Berlin'): a place of its name is smaller than the
    town and lies within PART_OF_TOWN_KM of it (_smaller_neighbour)."""
    gap = text[part.tail:town.start].split()
    return len(gap) == 1 and gap[0].lower() in lexicon.locatives and _smaller_neighbour(part, town, gazetteer)


def _smaller_neighbour(place: PlaceMention, town: PlaceMention, gazetteer: Gazetteer) -> bool:
    """Whether a place of place's name is smaller than the town's most populous place and lies
    within PART_OF_TOWN_KM of it (the largest of the name may lie elsewhere: 'Kensington')."""
    outer = _largest_place(gazetteer, town.key)
    return outer is not None and bool(_places_near(gazetteer, place.key, outer, outer.population - 1))


def _quarters_named(landmarks: dict[str, str], places: list[PlaceMention], gazetteer: Gazetteer) -> frozenset[str]:
    """Of the names the article writes as landmarks' (_landmark_names), those that a place of that
    own name (not another name of it) within PART_OF_TOWN_KM of another town the article names,
    and smaller than it, bears: a quarter of that town ('Puerta del Sol' in an article about
    Madrid, whose quarter Sol is; Seoul bears 'Sol' only as another name)."""
    towns = [town for key in {p.key for p in places if p.kind == "city"}
             if (town := _largest_place(gazetteer, key)) is not None]
    return frozenset(key for key in landmarks if any(
        c.primary and c.city.population < town.population and c.city.geonameid != town.geonameid
        and distance_km(c.city.lat, c.city.lon, town.lat, town.lon) <= PART_OF_TOWN_KM
        for c in gazetteer.candidates(key) for town in towns))


def _town_of_a_district(place: PlaceMention, gazetteer: Gazetteer, vocab: Vocabulary) -> PlaceMention:
    """A place whose one name joins a town's to a part's by a hyphen, as the gazetteer names some
    districts ('Berlin-Mitte', 'Hamburg-Altona'): that town, when every place of the whole name is
    smaller than the town's most populous place and lies within PART_OF_TOWN_KM of it (a town of
    its own so named stays: 'Baden-Baden', 'Aix-en-Provence', 'Garmisch-Partenkirchen'). Else
    the place as it is."""
    head = place.surface.split("-", 1)[0]
    if place.kind != "city" or head == place.surface or vocab.kind_of(key := fold_word(head)) != "city":
        return place
    town = _largest_place(gazetteer, key)
    parts = gazetteer.candidates(place.key)
    if town is None or not parts or len(_places_near(gazetteer, place.key, town, town.population - 1)) < len(parts):
        return place
    return place._replace(key=key)


def _largest_place(gazetteer: Gazetteer, key: str) -> City | None:
    """The most populous place of a name, None when the gazetteer has none."""
    return max((c.city for c in gazetteer.candidates(key)), key=lambda city: city.population, default=None)


def _places_near(gazetteer: Gazetteer, key: str, town: City, most: float) -> list[City]:
    """The places of a name within PART_OF_TOWN_KM of a town's place, of at most `most` people."""
    return [c.city for c in gazetteer.candidates(key) if c.city.population <= most
            and distance_km(c.city.lat, c.city.lon, town.lat, town.lon) <= PART_OF_TOWN_KM]


def _a_mission_s(text: str, country: PlaceMention, missions: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether a country's name is a diplomatic mission's owner (missions: the lexicon's nouns of
    one, folded): right before the noun ('U.S. Consulate'), or after it and a word or two that are
    no locative ('Embassy of the United Kingdom', 'embajada de Estados Unidos'; not 'the embassy
    in Germany', which stands there)."""
    after = WORD.search(text, country.tail, country.tail + MISSION_CHARS)
    if after is not None and fold(after.group(0)) in missions:
        return True
    before = WORD.findall(text, max(0, country.start - MISSION_CHARS), country.start)[-MISSION_LINK_WORDS - 1:]
    for k, word in enumerate(before):
        if fold(word) in missions:
            return not any(w.lower() in lexicon.locatives for w in before[k + 1:])
    return False


# The most words between a mission's noun and the country it belongs to ('of the').
MISSION_LINK_WORDS = 2

# The longest line that may head a section of an article with a country's name ('United Kingdom').
HEADING_CHARS = 40
# How far after a country's name the mission's noun it owns is sought ('U.S. Consulate').
MISSION_CHARS = 30


def _framed_by_country(text: str, sentence_list: list[Sentence], per_sentence: dict[int, list[PlaceMention]],
                       gazetteer: Gazetteer, vocab: Vocabulary, lexicon: Lexicon) -> dict[int, list[PlaceMention]]:
    """per_sentence, each town given the country it is framed in (as country_cue) where that
    country has a place of its name: the country a sentence opens with ('In the United Kingdom,
    hundreds marched in Manchester'), or the one a heading line over its section names alone
    ('United Kingdom' over 'People gathered in Central London'). A town named with its own cue
    keeps it; one the frame's country has no place of keeps its other readings."""
    framed: dict[int, list[PlaceMention]] = {}
    heading: str | None = None  # the country of the heading over the current section
    for s in sentence_list:
        found = per_sentence[s.index]
        body = text[s.start:s.end].strip()
        short_line = s.line_start and s.line_end and len(body) <= HEADING_CHARS and not body.endswith((".", "!", "?"))
        named = [p for p in found
                 # a country named as a mission's owner, abroad, frames nothing ('Protest at U.S.
                 # Consulate' over a story of a consulate in Toronto)
                 if p.kind == "country" and not (vocab.missions and _a_mission_s(text, p, vocab.missions, lexicon))]
        if short_line and heading is not None and found and found[0].kind == "city" and \
                found[0].country_cue is None and found[0].region_cue is None and \
                _BULLET.fullmatch(text, s.start, found[0].start):
            # an item of the section's list, a town first ('Vancouver: Art Gallery, 15:00 Oct. 21' under
            # 'Protest Rallies Planned for CANADA'; 'Toronto: … Consulate of Israel'): its towns are
            # framed in it, and the section goes on
            framed[s.index] = _framed(found, heading, len(text), gazetteer)
            continue
        if short_line:
            # a heading: a country's name alone sets the section's frame, and so does one that names
            # that country and no town, below the article's first line ('Protest Rallies Planned for
            # CANADA'); any other ends it, and so does a line with figures, a byline's or a date
            # line's ('BY staff | United States | 3/25/04')
            alone = len(found) == len(named) == 1 and named[0].start - s.start <= 4 and \
                len(body) <= len(named[0].surface) + 4
            among_words = s.index > 0 and len(found) == len(named) == 1 and not any(c.isdigit() for c in body)
            heading = vocab.country_of(named[0].key) if alone or among_words else None
            framed[s.index] = found
            continue
        if heading is not None and found and found[0].kind == "city" and s.line_start and \
                _HEADER_PREFIX.fullmatch(text, s.start, found[0].start) and \
                _WIRE_DATELINE.match(text, found[0].tail) is not None:
            # a story's wire dateline ('LISBOA, PORTUGAL (Agency) - …'): its story begins here, and a
            # heading above it was the page's rubric ('Brasil e Mundo'), no section of the story
            heading = None
        frame, until = heading, s.end
        opening = text[s.start:named[0].start].split() if named else []
        if named and text.startswith(",", named[0].tail) and (not opening or len(opening) <= 2 and (
                opening[0].lower() in lexicon.locatives and (
                len(opening) == 1 or opening[1].lower() in lexicon.determiners))):
            # 'In the United Kingdom, hundreds marched in …', 'Germany, too, saw rallies in …':
            # up to a clause of another place ('…, and in Paris') or a semicolon
            frame, until = vocab.country_of(named[0].key), _next_place_clause(text, named[0].tail + 1, s.end, lexicon)
        if frame is None:
            framed[s.index] = found
            continue
        framed[s.index] = _framed(found, frame, until, gazetteer)
    return framed


def _framed(found: list[PlaceMention], frame: str, until: int, gazetteer: Gazetteer) -> list[PlaceMention]:
    """found, each town before until given the country frame as its country_cue, unless it has a
    cue of its own or frame has no place of its name."""
    return [p._replace(country_cue=frame) if p.kind == "city" and p.start < until and p.country_cue is None
            and p.region_cue is None and any(c.city.country == frame for c in gazetteer.candidates(p.key)) else p
            for p in found]


_FRAME_END = re.compile(r"[;,]")


def _next_place_clause(text: str, start: int, end: int, lexicon: Lexicon) -> int:
    """Where, after start, a semicolon or a comma that opens a clause of another place (a
    locative among its first two words: ', and in Paris') ends a sentence's frame; else end."""
    for mark in _FRAME_END.finditer(text, start, end):
        if mark.group() == ";" or any(word.lower() in lexicon.locatives
                                      for word in text[mark.end():mark.end() + 20].split()[:2]):
            return mark.start()
    return end


def _a_hall_in(text: str, place: PlaceMention, town: PlaceMention, gazetteer: Gazetteer, lexicon: Lexicon) -> bool:
    """Whether a place written before a building of its own ('Hendon Town Hall'; lexicon
    own_landmarks) is a smaller neighbour of the town (_smaller_neighbour)."""
    return lexicon.own_landmarks is not None and lexicon.own_landmarks.match(text, place.end + 1) is not None and \
        _smaller_neighbour(place, town, gazetteer)


def _urls(text: str, lowered: str) -> list[tuple[int, int]]:
    """The spans of the web addresses in text (_URL; lowered: text.lower()). An address holds no
    whitespace, so it lies in one line, and it holds one of _URL_HINTS: only the lines that hold
    one are searched."""
    lines: set[tuple[int, int]] = set()
    for hint in _URL_HINTS:
        at = lowered.find(hint)
        while at >= 0:
            end = lowered.find("\n", at)
            end = len(lowered) if end < 0 else end
            lines.add((lowered.rfind("\n", 0, at) + 1, end))
            at = lowered.find(hint, end)
    if not lines:
        return []
    if len(lowered) != len(text):  # lower-casing moved the offsets: the lines are not the text's
        return [m.span() for m in _URL.finditer(text)]
    return [m.span() for start, end in sorted(lines) for m in _URL.finditer(text, start, end)]


def _dateline(text: str, place: PlaceMention, index: WordIndex, vocab: Vocabulary, lines: LineStarts) -> str | None:
    """'dated' for a place that opens a dateline with a date ('PARIS, FRANCE, September 7, 2022 /
    ...', a press release's), 'wire' for one without ('LONDON (AP) —', 'DEN HAAG (ANP) -'),
    else None."""
    if not _opens_line_text(text, place.start, lines):
        return None
    marker = vocab.dateline_tail.match(text, place.tail, place.tail + 40)
    if not marker or index.count(place.tail, lines.end_of(place.tail)) < 5:
        return None
    if any(ch.isdigit() for ch in marker.group(0)):
        # a wire's date and its agency in brackets ('LONDON, March 3 (Reuters) -', 'PARIS, 23 nov
        # (AFP) -'), not a press release's date and its service ('…, 2022 /PRNewswire/')
        return "wire" if _DATE_THEN_AGENCY.match(text, marker.end()) else "dated"
    return "wire" if _WIRE_DATELINE.match(text, place.tail) else None


def _opens_line_text(text: str, start: int, lines: LineStarts) -> bool:
    """Whether text[start:] opens its line, after at most a 'date YYYY-MM-DD' header."""
    return bool(_HEADER_PREFIX.fullmatch(text, lines.start_of(start), start))


def _inside(position: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether position lies in one of the sorted, disjoint spans (starts: their starts)."""
    k = bisect.bisect_right(starts, position) - 1
    return k >= 0 and position < spans[k][1]


def _largest(gazetteer: Gazetteer, key: str) -> int:
    return max((c.city.population for c in gazetteer.candidates(key)), default=0)


def _opens_wire_dateline(text: str, start: int, end: int, lines: LineStarts) -> bool:
    """Whether the word text[start:end] opens its line and a wire dateline ('ROMA -', 'OSLO (NTB) —')."""
    return _opens_line_text(text, start, lines) and bool(_WIRE_DATELINE.match(text, end))


# An ellipsis right after a letter or digit ends a line cut off in mid-phrase; one after a
# sentence's own stop or a closing quote is the writer's.
_CUT_OFF = re.compile(r"\w(?:…|\.\.\.)$")


# The longest line a link to another page's story may be ('Vigil held in Berlin – 3 April 2021'),
# and what ends a sentence of prose, which no such line ends with.
LINK_TITLE_CHARS = 120
_SENTENCE_ENDS = (".", "!", "?", "…", '"', "”", "»")


def _furniture(text: str, sentence_list: list[Sentence], lexicon: Lexicon) -> frozenset[int]:
    """Sentences that are page furniture: a line that opens with 'Read more:', 'Lesen Sie auch:'...,
    and the lines under such a phrase standing alone ('Related stories'), to the next blank line,
    and after it the lines that are links' titles, short and ending no sentence;
    and lines cut off with an ellipsis in mid-phrase, two or more in a row ('Wednesday 20 November
    a man of 67 fell…'): the teasers of other pages, which a site lists beside or under the article
    (one line that trails off may be the writer's); and the readers' comments under it
    (lexicon.readers_section)."""
    comments = readers_section(text, lexicon)
    found: set[int] = {s.index for s in sentence_list if s.start >= comments}
    lines: list[tuple[list[int], bool]] = []  # each line's sentences, and whether it is cut off
    heading_paragraph = None
    # after a heading standing alone, the paragraphs after its own that are links' titles, short
    # lines that end no sentence ('Vigil held in Berlin – 3 April 2021'), blank lines between
    links = False
    link_line = False  # whether the current line is one of those
    for s in sentence_list:
        if s.line_start or not lines:
            lines.append(([], False))
        lines[-1][0].append(s.index)
        if s.line_end:
            lines[-1] = (lines[-1][0], bool(_CUT_OFF.search(text, max(s.start, s.end - 4), s.end)))
        if lexicon.furniture is None:
            continue
        if s.paragraph == heading_paragraph:  # sentences() starts a paragraph at each blank line
            found.add(s.index)
            continue
        if s.line_start:
            line_end = text.find("\n", s.start)
            line = text[s.start:line_end if line_end >= 0 else len(text)].strip()
            link_line = links = links and len(line) <= LINK_TITLE_CHARS and not line.endswith(_SENTENCE_ENDS)
        if link_line:
            found.add(s.index)
            continue
        if not s.line_start:
            continue
        match = lexicon.furniture.match(text, s.start)
        if match:
            found.add(s.index)
            line_end = text.find("\n", match.end())
            if not text[match.end():line_end if line_end >= 0 else len(text)].strip():
                heading_paragraph, links = s.paragraph, True
    for k, (line, cut) in enumerate(lines):
        if cut and (k > 0 and lines[k - 1][1] or k + 1 < len(lines) and lines[k + 1][1]):
            found.update(line)
    return frozenset(found)


def _continues_paragraph(text: str, sentence_list: list[Sentence], s: Sentence, place: PlaceMention,
                         index: WordIndex, words: range, cues: dict[int, list[int]], lexicon: Lexicon) -> bool:
    """'In Paris, ...' right after a sentence about a gathering in the same paragraph: the sentence
    opens with a locative and the place, then a comma."""
    if s.index == 0 or s.index - 1 not in cues or sentence_list[s.index - 1].paragraph != s.paragraph:
        return False
    first = words.start
    return (_word_at(index, words, place.start) == first + 1 and index.starts[first] == s.start
            and index.texts[first].lower() in lexicon.locatives
            and text.startswith(",", place.tail))


def _called_off(text: str, s: Sentence, lexicon: Lexicon) -> bool:
    """Whether a sentence says its gathering was called off or put off ('Sunday's vigil in London
    was called off', 'Die Demonstration wurde abgesagt', 'a été annulée'; lexicon cancelled) and
    tells no gathering in the past beside it ('marched after a concert was cancelled' took place);
    the past's auxiliary right before the word ('a été', 'fue') is the cancellation's."""
    called_off = lexicon.cancelled.search(text, s.start, s.end)
    if called_off is None:
        return False
    return lexicon.past is None or not any(
        found.end() > called_off.start() or text[found.end():called_off.start()].strip()
        for found in lexicon.past.finditer(text, s.start, s.end))


def _is_month(text: str, start: int, end: int, vocab: Vocabulary, lexicon: Lexicon) -> bool:
    """A capitalised gathering word that is a month name ('March 5', 'In March') dates, it does not
    report; after a determiner or a possessive, with no number after it, it is a gathering's name
    ('the March for Justice', "the Women's March"), and so it is before a word that opens one and a
    capitalised word ('attended March for Justice'; lexicon [gathering] name_links), not a day's
    ('In March on Monday')."""
    word = text[start:end]
    if not (word[0].isupper() and fold_word(word) in vocab.months):
        return False
    if _NUMBER_AFTER.match(text, end):
        return True
    if (name := _NAME_LINK_AFTER.match(text, end)) and name.group(1).lower() in lexicon.get("gathering", "name_links") \
            and fold_word(name.group(2)) not in vocab.calendar_words:
        return False  # 'attended March for Justice', 'March on Washington': a gathering's name
    before = _TOKEN_BEFORE.search(text, max(0, start - 30), start)
    return not (before and (before.group(1).lower() in lexicon.determiners or before.group(1).endswith(("'s", "’s"))))


# What stands right before a word ('the', "Women's"), and a number right after one ('March 5').
_TOKEN_BEFORE = re.compile(r"(?<!\S)(\S{1,25})[ \t]+$")
_NUMBER_AFTER = re.compile(r"[ \t]*\d")
# A link word and a capitalised word right after a word ('for Justice', 'on Washington').
_NAME_LINK_AFTER = re.compile(r"[ \t]+([^\W\d_]{2,8})[ \t]+([A-Z][^\W\d_]*)")


def _clip(text: str, span: tuple[int, int], width: int = 60) -> str:
    piece = " ".join(text[span[0]:span[1]].split())
    return piece if len(piece) <= width else piece[:width - 1].rsplit(" ", 1)[0] + "…"


def _list_block_heads(text: str, sentence_list: list[Sentence], per_sentence: dict[int, list[PlaceMention]],
                      cue_sentences: set[int], line_starts: LineStarts) -> dict[int, tuple[int, int]]:
    """Lines that are items of a list under a sentence about gatherings, mapped to that sentence's
    span: a sentence with a gathering word, then lines that each open with a place ('- Paris: 4
    to 7 p.m.', 'Rome, Italy', 'Bari: ore 9.30', '1. Tokyo, Japan'). The list ends at the first
    line that does not, unless it is a numbered item ('4. Paradise Bay, Antarctica')."""
    heads: dict[int, tuple[int, int]] = {}
    head: tuple[int, int] | None = None
    lines = 0
    for s in sentence_list:
        if head is not None and _BULLET.fullmatch(text, s.start, s.end) and s.line_start:
            continue  # a numbered item's number, which the sentence splitter reads apart ('1.')
        if head is not None and lines < LIST_BLOCK_LINES and (
                s.line_start or _BULLET.fullmatch(text, line_starts.start_of(s.start), s.start)) and any(
                _list_item(text, p, line_starts) for p in per_sentence[s.index] if p.kind == "city"):
            heads[s.index] = head
            lines += 1
            continue
        if head is not None and lines < LIST_BLOCK_LINES and _NUMBERED.match(text, line_starts.start_of(s.start)):
            lines += 1  # a numbered item without a town ('4. Paradise Bay, Antarctica'): the list goes on
            continue
        if not s.line_start and head is not None and s.index - 1 in heads:
            heads[s.index] = head  # the rest of an item line ('Bari: ore 9.30. Concentramento ...')
            continue
        head = None
        if s.index in cue_sentences and s.line_end:
            head, lines = (s.start, s.end), 0
    return heads


def _list_item(text: str, place: PlaceMention, lines: LineStarts) -> bool:
    """Whether the place is an item of a list line: the first thing on its line (after a bullet,
    or a label and a colon: 'Campania: Caserta (piazza …)'), or the next item after a closing
    bracket or a semicolon ('…, 17:30), Napoli (piazza Dante, 17:30)'), and followed by what ends an
    item: a colon, a dash, a bracket, a comma or the end of the line."""
    start = lines.start_of(place.start)
    if not (_BULLET.fullmatch(text, start, place.start) or _LABEL.fullmatch(text, start, place.start)
            or _NEXT_ITEM.search(text, max(start, place.start - 4), place.start)):
        return False
    rest = text[place.tail:place.tail + 3]
    return rest == "" or rest[0] in ":(,\n" or rest.startswith((" -", " –", " —", " (", " :"))


# A line's label before its items ('Lombardia: ', '- Emilia-Romagna: '), and what ends the item
# before another on the same line ('…, 17:30), ', '…; ').
_ITEM_ASIDE = re.compile(r"[ \t]*\([^()\n]{1,80}\)")
# A crowd's figure (with a thousands mark, or of two, three or five and more digits: a four-digit
# one may be a year, 'Paris 2024'), a word after it at most ('5,000 people')
_FIGURE = r"(?:\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d{2,3}|\d{5,})(?!\d)"
_FIGURE_AFTER_ITEM = re.compile(r"[ \t]+(?:[^\W\d_]+[ \t]+)?" + _FIGURE + r"(?:[ \t]+[^\W\d_]+)?")
_FIGURE_THEN = re.compile(r"[ \t]+" + _FIGURE + r"(?![.,]?\d)")


def _gapped_figures(text: str, before: PlaceMention, after: PlaceMention, vocab: Vocabulary) -> bool:
    """Whether two places are items of one list whose verb is written once, each with its figure
    ('Prague drew 70,000 and Amsterdam 15,000', 'Berlin saw 5,000 people, Munich 2,000'): the
    first place's figure, then list glue, then the second place and its figure."""
    figure = _FIGURE_AFTER_ITEM.match(text, before.tail, after.start)
    return figure is not None and _FIGURE_THEN.match(text, after.tail) is not None and \
        vocab.listed(text, figure.end(), after.start)
_LABEL = re.compile(_BULLET.pattern + r"[^\W\d_](?:[^\W\d_]|['’ -]){0,40}:[ \t]+")
_NEXT_ITEM = re.compile(r"(?:\)[ \t]*[,;.]?|;)[ \t]*$")


def _with_respelled(text: str, cities: list[PlaceMention], gazetteer: Gazetteer,
                    vocab: Vocabulary) -> tuple[list[PlaceMention], list[bool]]:
    """The cities of a sentence with the misspelled large cities found between listed ones
    ('Vienna, Aukland, Perth'): only inside a list, where the name's role is clear. With them,
    whether each is listed with the one before it (Vocabulary.listed)."""
    result, joined = cities[:1], [False]
    for before, after in zip(cities, cities[1:]):
        listed = vocab.listed(text, before.tail, after.start) or _gapped_figures(text, before, after, vocab)
        if listed:
            for item in vocab.unknown_item.finditer(text, before.tail, after.start):
                surface = item.group(0).strip()
                start = item.start() + item.group(0).index(surface)
                key = gazetteer.respelled(fold_word(surface)) if " " not in surface else None
                if key:
                    joined.append(vocab.listed(text, result[-1].tail, start))
                    result.append(PlaceMention(start, start + len(surface), surface, key, "city", before.sentence,
                                               cue_end=start + len(surface)))
            if result[-1] is not before:
                listed = vocab.listed(text, result[-1].tail, after.start)
        result.append(after)
        joined.append(listed)
    return result, joined


# A word joined to what follows it by a hyphen, right before a place ('anti-', 'pró-').
_HYPHENS = frozenset("-‑")
_HYPHEN_PREFIX = re.compile(r"(?<![\w-])(\w+)[-‑]$")


# Up to three words after a name, which may go on into a region of the world's name ('North
# America', 'América del Sur').
_NEXT_WORDS = re.compile(r"(?:[ \t]+[^\W\d_][\w'’-]*){1,3}")


def _names_a_deed(text: str, place: PlaceMention, lexicon: Lexicon) -> str | None:
    """The words after a place, a noun of the lexicon's not_the_rally last, when the place names
    that deed ('the April 23 Toronto van attack', 'the Orlando nightclub shooting'): up to two words
    in lower case between, none a gathering's or a link word, and no locative right before the
    place (in 'in X killings …' the place is the sentence's own). Else None."""
    if text[place.end:place.end + 1] != " " or place.cue_end > place.end:
        return None  # (most places: a mark or a cue after them)
    words = _NEXT_WORDS.match(text, place.end)
    if words is None:
        return None
    named = words.group(0).split()
    for k, word in enumerate(named):
        lower = word.lower()
        if lower in lexicon.not_the_rally:
            before = _WORD_BEFORE.search(text, max(0, place.start - 30), place.start)
            return None if before is not None and before.group(1).lower() in lexicon.locatives else \
                " ".join(named[:k + 1])
        if not word.islower() or lower in lexicon.function_words or lower in lexicon.locatives or \
                lexicon.gathering.fullmatch(word):
            return None  # 'the London protest against the killings': the town's gathering first
    return None


@lru_cache(maxsize=64)
def _region_openers(lexicon: Lexicon) -> frozenset[str]:
    """The first words of the lexicon's not_places of more than one word ('north' of 'north america')."""
    return frozenset(name.split(" ", 1)[0] for name in lexicon.not_places if " " in name)


def _opens_a_region(text: str, place: PlaceMention, lexicon: Lexicon) -> str | None:
    """The name of a region of the world (lexicon not_places: CLDR's) that the place's name opens
    and the words after it go on ('North' of 'North America'), or None."""
    if place.key.split(" ", 1)[0] not in _region_openers(lexicon):
        return None
    words = _NEXT_WORDS.match(text, place.end)
    if words is None:
        return None
    name = place.surface
    for word in words.group(0).split():
        name = f"{name} {word}"
        if fold(name) in lexicon.not_places:
            return name
    return None


@lru_cache(maxsize=32)
def _district_number(lexicon: Lexicon) -> re.Pattern | None:
    """A district's number in brackets right after a name, as the lexicon marks it ('Castellane
    (6e)', 'Beaumont (12th arrondissement)'; [place] district_marks), or None."""
    marks = lexicon.get("place", "district_marks")
    if not marks:
        return None
    mark = "(?:" + "|".join(map(re.escape, sorted(marks, key=len, reverse=True))) + ")(?![^\\W\\d_])"
    return re.compile(r"[ \t]*\([ \t]*\d{1,2}[ \t]*" + mark + r"(?:[ \t]+" + mark + r")?[ \t]*\)", re.IGNORECASE)


# How far before a place the lexicon's office words may stand ('the embassy of', 'maire d'').
OFFICE_REACH = 40


def _after_an_office(text: str, s: Sentence, start: int, lexicon: Lexicon, offices: list[int] | None = None) -> bool:
    """Whether the lexicon's office words stand right before the place at start, in its sentence
    ('mayor of', 'the embassy of'; lexicon offices); offices: where they may begin (None: anywhere)."""
    reach = max(s.start, start - OFFICE_REACH)
    return lexicon.office is not None and (offices is None or any_between(offices, reach, start)) and \
        lexicon.office.search(text, reach, start) is not None


def _rejection(text: str, s: Sentence, place: PlaceMention, index: WordIndex, words: range, quoted,
               lexicon: Lexicon, vocab: Vocabulary, dateline: str | None, offices: list[int] | None,
               cued_towns: frozenset[str], several_places: bool) -> str | None:
    """Why a city mention cannot be a rally place, or None. words: the indices of the sentence's
    words in index; dateline: what `_dateline` says of the place; offices: where the lexicon's
    office pattern may match (None: anywhere); cued_towns: the towns the article names with their
    region or country somewhere; several_places: whether the sentence names another place."""
    if quoted(place.start):
        return "inside a quotation"
    if text.startswith(".", place.end) and place.surface.lower() in lexicon.abbreviations:
        return f"an abbreviation ('{place.surface}.'), not a town"  # 'Helena, Mont.': Montana
    if place.key in lexicon.not_places and place.cue_end == place.end:
        return f"'{place.surface}' names a people, a language or a region of the world here"
    if (region := _opens_a_region(text, place, lexicon)) is not None:
        return f"'{region}' names a region of the world, not a town"  # 'In North America, …'
    if text[place.end:place.end + 1] in _HYPHENS and (tail := WORD.match(text, place.end + 1)) and \
            vocab.first_word(tail.group(0))[1] is None:
        # 'gegen die Corona-Massnahmenpolitik', 'a London-based group': the name opens a compound
        # word ('Berlin-Kreuzberg', a town and its part, is a place)
        return f"'{place.surface}-{tail.group(0)}': the town's name opens a compound word, not where people gathered"
    if (deed := _names_a_deed(text, place, lexicon)) is not None:
        return f"'{place.surface} {deed}': the town names what happened there, not where people gathered"
    if place.key in lexicon.town_parts and place.cue_end == place.end:
        return f"'{place.surface}' names a part of a town, not a town"
    if dateline == "dated":
        return "dateline"
    if (prefix := _cause_prefix(text, s, place, lexicon)) is not None:
        return f"'{prefix}{place.surface}': what a gathering is for or against, not where it was"
    if _in_a_clock_aside(text, s, place):
        return "the town whose clock a time in brackets is told by ('12h no horário de Brasília')"
    if _ELIDED_ARTICLE.search(text, max(s.start, place.start - 3), place.start) and \
            vocab.common(place.key, place.surface):
        # 'à l'Union européenne': the elided article of a common noun, not a town's
        # ('L'Aquila' writes its article in capitals, 'all'Aquila' fuses it with a preposition)
        return f"'{text[place.start - 2:place.end]}': a common noun after its article, not a town"
    texts, starts, ends = index.texts, index.starts, index.ends
    i = _word_at(index, words, place.start)
    following = _word_at(index, words, place.end)
    after = text[place.end:place.end + 3]
    function_words = lexicon.function_words
    if following < words.stop and not after.startswith(("’s", "'s")) and not lexicon.capitalised_nouns:
        word = texts[following]
        # a space or a hyphen: 'Sainte-Soline' is no 'Sainte', 'Deux-Sèvres' no 'Sèvres'
        if (word[0].isupper() and not (len(word) > 1 and word.isupper()) and text[place.end:starts[following]] in " -"
                and word.lower() not in function_words and fold_word(word) not in vocab.calendar_words
                and place.cue_end == place.end and not (
                    # 'in New York Tibetans … marched': the town, then who gathered there
                    i > words.start and texts[i - 1].lower() in lexicon.locatives and names_a_people(word, lexicon))
                and not (lexicon.own_landmarks and lexicon.own_landmarks.match(text, starts[following]))):
            return f"{LONGER_NAME} ('{place.surface} {word}')"
    if following + 1 < words.stop and place.cue_end == place.end and \
            texts[following].lower() in lexicon.landmark_links and texts[following + 1][0].isupper() and \
            vocab.common(place.key, place.surface):
        # 'Dia do Trabalhador', 'Día de la Mujer': a common word that opens a name, not a town
        return f"part of a longer name ('{text[place.start:ends[following + 1]]}')"
    if i > words.start and texts[i - 1].lower() in lexicon.determiners and texts[i - 1][0].islower() and \
            not place.key.startswith("the "):
        tail = text[place.tail:place.tail + 40]
        rest = _POSSESSIVE_OR_SPACE.sub("", tail, 1)
        if not _event_noun_after(rest, lexicon) and not (
                lexicon.area_nouns and lexicon.area_nouns.match(rest)):
            return f"'{texts[i - 1]} {place.surface}' names an institution or region"
    if i > words.start and not lexicon.capitalised_nouns:
        prev = texts[i - 1]
        if (prev[0].isupper() and text[ends[i - 1]:place.start] in " -" and prev.lower() not in function_words
                and i - 1 != words.start and fold_word(prev) not in vocab.calendar_words
                and fold_word(prev) not in lexicon.town_parts  # 'Downtown Dallas' is Dallas
                and not _a_place_s_adjective(texts, i, words, lexicon)):
            return f"part of a longer name ('{prev} {place.surface}')"
        if prev == "of" and i > words.start + 1 and texts[i - 2][0].isupper() and \
                texts[i - 2] not in ("City", "Town") and i - 2 != words.start:
            return f"part of a longer name ('{texts[i - 2]} of {place.surface}')"
    if lexicon.town_river and place.cue_end == place.end and (
            river := lexicon.town_river.search(text, max(s.start, place.start - 60), place.start)) and \
            vocab.kind_of(fold_word(river.group(1))) == "city":
        # 'Traben-Trarbach an der Mosel', 'Frankfurt nad Odrą': the river the town before lies on
        return f"the river '{river.group(1)}' lies on, not a town"
    if i > words.start and place.cue_end == place.end:
        # 'Plaza de San Francisco', 'Puerta del Sol', 'piazza Milano': a square or street named
        # after a place, written right before it or joined to it by up to two of the language's
        # words that do so ('de', 'del'; English has none: 'the centre of London' is London's)
        if (j := _landmark_noun_before(texts, i, words.start, lexicon)) is not None and \
                "," not in text[ends[j]:place.start]:
            # ('in Hyde Park, London': after a comma, the square's town)
            return f"{LANDMARK_NAME} ('{text[starts[j]:place.end]}'), not the city"
    if place.cue_end == place.end and (following := _NEXT_WORD.match(text, place.end)) and \
            _attributive(following.group(1).lower(), lexicon.not_the_rally):
        # 'den in Frankfurt getöteten Jungen', 'de in Amsterdam vermoorde journalist': a participle
        # of what happened there, inflected as it stands before its noun
        return f"'{place.surface} {following.group(1)}': what happened there, not a gathering"
    possessive = _POSSESSIVE.match(text, place.end) if place.cue_end == place.end else None
    if possessive:
        # 'Moscow's crackdown', 'Ankara's response': the city stands for its rulers, the actor
        # protested against, not the place where people gathered
        for word in _CUE_WORD.findall(text, possessive.end(), possessive.end() + 30)[:2]:
            if word.lower() in lexicon.not_the_rally:
                return f"'{place.surface}'s {word}': the city as an actor, not where a gathering was"
    if _after_an_office(text, s, place.start, lexicon, offices):
        return "an office, a constituency or an embassy's country"
    articles = lexicon.get("place", "town_articles")
    if articles and place.cue_end == place.end and fold_word(place.surface) == place.key and \
            (article := _WORD_BEFORE.search(text, max(s.start, place.start - 8), place.start)) and \
            article.group(1) in articles and (not _CAPITALISED_NEXT.match(text, place.end)
                                              or vocab.common(place.key, place.surface)):
        # 'auf dem Neumarkt', 'op de Dam': a square named like a town, whose name takes an article
        # ('am Hamburg Hauptbahnhof': the article is the station's, the town's own; so is 'de' in
        # 'de Amsterdamse binnenstad', the town's adjective); 'im Norden Syriens': a common noun
        # before the name it takes, not a town
        return (f"'{article.group(1)} {place.surface}': a square, a building or a common noun, no town takes "
                "an article here")
    if (cause := _for_a_place(text, place, index, words, lexicon, several_places)):
        return f"'{cause}': the place a gathering was for, not where it was"
    last = place.key.rsplit(" ", 1)[-1]
    if place.cue_end == place.end and place.key not in cued_towns and (
            last in lexicon.landmark_nouns or last != place.key and last in english().landmark_nouns):
        # 'Hyde Park', 'no Central Park', 'na Union Square': English names keep their English noun
        # (not a town the article names with its region: 'MONTEREY PARK, Calif. — … in Monterey Park')
        return "a landmark name, not a city"
    if place.cue_end == place.end and last == place.key and (links := landmark_names().get(last)) and \
            (linked := _LINKS_THEN_NAME.match(text, place.end)) and all(
                word.lower() in links for word in linked.group(1).split()):
        # 'na Piazza del Popolo', 'to Plaza de Mayo': a square keeps its own language's name, and a
        # town is named so
        return f"a landmark name in its own language ('{place.surface}{linked.group(0)}'), not a city"
    if place.cue_end == place.end and (following := _NEXT_WORD.match(text, place.end)) and \
            fold_word(following.group(1)) in lexicon.street_nouns and not (
                fold_word(place.surface) != place.key and (linked := _LINKS_THEN_NAME.match(text, following.end()))
                and all(word.lower() in lexicon.landmark_links for word in linked.group(1).split())):
        # 'på Eidsvoll plass', 'in Washington Square Park': a square or street named after a place,
        # written right after it ('Berlin Hauptbahnhof', 'Boston University' are the city's own);
        # a town's adjective before a square with a name of its own is the town ('am Wiener Platz
        # der Menschenrechte')
        return f"names a landmark ('{place.surface} {following.group(1)}'), not the city"
    if place.cue_end == place.end and (shared := _SHARED_STREET_NOUN.match(text, place.end)) and \
            ((noun := fold_word(shared.group(1))) in lexicon.shared_street_nouns or noun in lexicon.street_nouns):
        # 'near Hollywood and Hobart boulevards': two streets named after places, one noun for both
        return f"names a street, with the next name ('{text[place.start:shared.end()]}'), not the city"
    return None


def _a_place_s_adjective(texts: list[str], i: int, words: range, lexicon: Lexicon) -> bool:
    """Whether the capitalised word before word i is a country's or region's adjective after an
    article, in a language that capitalises them ('in het Franse Lyon', 'het Australische
    Melbourne'; lexicon place_adjective_endings, town_articles): the town's country, no word of
    its name."""
    endings = lexicon.get("place", "place_adjective_endings")
    return bool(endings) and i - 2 >= words.start and texts[i - 2].lower() in lexicon.get(
        "place", "town_articles") and texts[i - 1].lower().endswith(endings)


# The endings of a participle inflected before its noun ('getötet-en', 'vermoord-e').
_ATTRIBUTIVE_ENDINGS = ("e", "en", "er", "es", "em")


def _attributive(word: str, participles: frozenset[str]) -> bool:
    """Whether word is one of participles with an ending it takes before its noun."""
    return any(word.endswith(ending) and word[:-len(ending)] in participles for ending in _ATTRIBUTIVE_ENDINGS)


# The counts of towns read in words ('in four cities', 'in zehn Städten').
TOWN_COUNTS = tuple(range(2, 101))


def _dateline_alone(text: str, s: Sentence, place: PlaceMention, mentions: list[PlaceMention], index: WordIndex,
                    words: range, town_nouns: frozenset[str], gazetteer: Gazetteer, vocab: Vocabulary) -> bool:
    """Whether a dateline's place is the one its sentence's gathering can be in: the sentence names
    no country it does not lie in (_in_its_own_country) and counts no towns (_counts_towns)."""
    return _in_its_own_country(text, s, place, mentions, gazetteer, vocab, vocab.lexicon) and \
        not _counts_towns(index, words, town_nouns, vocab)


def _counts_towns(index: WordIndex, words: range, town_nouns: frozenset[str], vocab: Vocabulary) -> bool:
    """Whether the sentence counts the towns it speaks of, a figure or a number in words before a
    noun of towns, an adjective between at most (lexicon span_heads: 'rallies in four cities', 'in
    four different cities', 'in 20 Städten'): a wire's or a release's dateline over it is where it
    was written, the rallies' towns not named."""
    texts = index.texts
    hits = [i for i in words if i > words.start and texts[i].lower() in town_nouns]
    if not hits:
        return False
    counts = spelled_numbers(vocab.lexicon.language, TOWN_COUNTS)
    return any(texts[j].isdigit() or texts[j].lower() in counts
               for i in hits for j in range(max(words.start, i - 2), i))


def _cause_prefix(text: str, s: Sentence, place: PlaceMention, lexicon: Lexicon) -> str | None:
    """The prefix and hyphen that make the place what a gathering is for or against ('pro-', 'anti-';
    lexicon cause_prefixes), or None."""
    if text[place.start - 1:place.start] in _HYPHENS and \
            (prefix := _HYPHEN_PREFIX.search(text, max(s.start, place.start - 8), place.start)) and \
            prefix.group(1).lower() in lexicon.get("place", "cause_prefixes"):
        return prefix.group(0)
    return None


def _in_its_own_country(text: str, s: Sentence, place: PlaceMention, mentions: list[PlaceMention],
                        gazetteer: Gazetteer, vocab: Vocabulary, lexicon: Lexicon) -> bool:
    """Whether every country its sentence names (mentions: the sentence's place mentions) is one a
    town of the place's name lies in: 'TEHRAN (Agency) - people in the United States are joining
    marches' names another, and the wire's town is where it wrote, not where people gathered. An
    embassy's country is none ('MADRID (Agency) - … marched to the embassy of Chile'; lexicon
    offices), nor a cause's ('un corteo pro-Palestina')."""
    countries = {vocab.country_of(p.key) for p in mentions
                 if p.kind == "country" and not _after_an_office(text, s, p.start, lexicon)
                 and _cause_prefix(text, s, p, lexicon) is None}
    return countries <= {candidate.city.country for candidate in gazetteer.candidates(place.key)}


# How far before a place a span that holds it may open (five names of four words and their links).
SPAN_REACH = 240
# What a span opens after, besides its sentence's start: a comma, a colon, a bracket, a dash.
_SPAN_OPENERS = (",", ";", ":", "(", "—", "–", " -")


def _in_a_span(text: str, s: Sentence, place: PlaceMention, vocab: Vocabulary) -> str | None:
    """The span of names that holds the place, opening its clause ('…, from Tokyo to Bogota, people
    gathered', 'de Moscou à Vladivostok'; lexicon span_from, span_to): the places the sentence's
    gatherings spread over, the first as much as the last. Not a span of states or countries, a
    town's name among them ('From North Carolina to New York'). Else None."""
    lexicon = vocab.lexicon
    if lexicon.place_span is None:
        return None
    for span in lexicon.place_span.finditer(text, max(s.start, place.start - SPAN_REACH), s.end):
        if span.start() >= place.start:
            break
        before = text[max(s.start, span.start() - 8):span.start()]
        if place.end <= span.end() and (before.rstrip(" \t").endswith(_SPAN_OPENERS) or
                                        span.start() - s.start < 8 and not before.strip() or
                                        _after_a_plural_of_towns(text, s, span.start(), lexicon)):
            if _names_a_region(span.group(0), vocab):
                return None
            return span.group(0).rstrip(".")  # (a name's word may end in a full stop: the sentence's is none)
    return None


def _names_a_region(span: str, vocab: Vocabulary) -> bool:
    """Whether a name of a span (its words between the lexicon's span_from and span_to) is a
    region's or a country's."""
    separators = "|".join(re.escape(w) for w in (*vocab.lexicon.get("place", "span_from"),
                                                 *vocab.lexicon.get("place", "span_to")))
    for name in re.split(r"(?i)(?:^|\s)(?:" + separators + r")\s", span.rstrip(".")):
        key = " ".join(fold_word(word) for word in name.split())
        if key and (vocab.country_of(key) or vocab.kind_of(key) in ("region", "country")):
            return True
    return False


# How far before a place the words that open what someone says are sought.
SPEECH_REACH = 300


def _in_what_is_said(text: str, s: Sentence, place: PlaceMention, cue_positions: list[int],
                     lexicon: Lexicon) -> bool:
    """Whether the place stands in what someone says (after lexicon speech: 'said that', 'dass',
    'że') and no word of gathering follows those words in the sentence: 'During the rally, he
    announced that at Monday's meeting in X …' (not 'Police said that thousands marched in X')."""
    if lexicon.speech is None:
        return False
    said = None
    for said in lexicon.speech.finditer(text, max(s.start, place.start - SPEECH_REACH), place.start):
        pass
    return said is not None and not any(position >= said.end() for position in cue_positions)


def _after_a_plural_of_towns(text: str, s: Sentence, start: int, lexicon: Lexicon) -> bool:
    """Whether the word right before position start is a plural of towns (lexicon span_heads:
    'in 21 cities from London to Moscow')."""
    word = _WORD_BEFORE.search(text, max(s.start, start - 40), start)
    return word is not None and any(word.group(1).lower() == head.lower()
                                    for head in lexicon.get("place", "span_heads"))


def _in_a_clock_aside(text: str, s: Sentence, place: PlaceMention) -> bool:
    """Whether the place stands in brackets after a time of day ('(6 a.m. New York time)', '(12h no
    horário de Brasília)'): the time zone of an hour the sentence gives, not a place of the rally
    ('(Roma, 17:30)', a place then its hour, is a schedule's)."""
    opening = text.rfind("(", max(s.start, place.start - CLOCK_ASIDE_CHARS), place.start)
    if opening < 0 or ")" in text[opening:place.start]:
        return False
    return text.find(")", place.end, min(s.end, place.end + CLOCK_ASIDE_CHARS)) >= 0 and bool(
        _CLOCK.search(text, opening, place.start))


# How far a time zone's aside reaches either side of its town: '(12h no horário de Brasília)'.
CLOCK_ASIDE_CHARS = 40


# A time of day written in figures: '12h', '16h30', '9:00', '6 a.m.'.
_CLOCK = re.compile(r"(?<!\d)\d{1,2}(?:[:.]\d\d|h\d{0,2}\b|\s?[ap]\.?m\b\.?)")


def _acceptance(text: str, s: Sentence, place: PlaceMention, index: WordIndex, words: range,
                cue_positions: list[int], rally_article: bool, lexicon: Lexicon, common: bool, vocab: Vocabulary,
                alone: bool, dateline: str | None, semicolons: bool,
                supports: list[int] | None = (), opening: bool = False) -> tuple[str, float] | None:
    """Why a city mention counts as a rally place and how firmly (0..1), or None. supports: where
    the article's 'in solidarity with' phrases may begin (_for_whom). words: the
    indices of the sentence's words in index; alone: whether the sentence names no other city
    than this one (common words aside), nor, for a wire's dateline, a country of none of its
    towns; dateline: what `_dateline` says of the place;
    semicolons: whether the sentence holds two semicolons or more (a list of locations);
    opening: whether the place is of the list of places that opens its sentence (_opens_sentence)."""
    texts = index.texts
    i = _word_at(index, words, place.start)
    if cue_positions and dateline == "wire" and alone:
        return "the dateline of a report of a gathering that names no other city", 0.8
    if common and (place.start == s.start or i == words.start):
        # 'Police said', 'Many protested', '| Date: 19980201': a capitalised word, not a town,
        # whatever marks stand before it
        return None
    # What follows the name, as far as any rule below reads it: the rest of a sentence that may
    # list thousands of places would make each place cost the sentence's length.
    tail = text[place.tail:min(s.end, place.tail + TAIL_REACH)]
    possessive = _POSSESSIVE.match(tail)
    after_name = tail[possessive.end():] if possessive else tail.lstrip()
    noun = _event_noun_after(after_name, lexicon)
    if noun is None and possessive:
        # 'London's biggest rally', 'Berlin's first ever march': a word or two of lower case
        # between the possessive and the gathering it names
        at = 0
        for _ in range(2):
            word = _LOWER_WORD.match(after_name, at)
            if word is None:
                break
            at = word.end()
            noun = _event_noun_after(after_name[at:], lexicon)
            if noun:
                break
    if noun and not lexicon.event_of:
        if common and _inside_a_name(text, index, words, i, lexicon):
            return None  # 'the Justice rally', 'Stop the War march': a word of the event's name, not a town
        if _after_a_title_s_function_word(text, index, words, i, lexicon):
            return None  # 'the Stand With Hong Kong protest': what its name stands with, not where it was
        if common and (lexicon.capitalised_nouns or _CLAUSE_START.search(text, s.start, place.start)):
            return None  # 'Berlin – Aus Protest gegen …': a word capitalised where a clause opens, not a town
        return f"names the {noun.group(0).split()[-1]}", 0.9
    previous = _previous_words(text, index, words, i, 6)
    landmark = ""  # the square or street whose town the place is ('in Trafalgar Square, London')
    if (supports is None or supports) and _for_whom(text, index, s, place, cue_positions, supports, lexicon, vocab):
        return None
    if not previous and i > words.start:
        before = texts[i - 1]
        gap = text[index.ends[i - 1]:place.start]
        noun = _apposition_noun(index, words, i - 1, lexicon) if gap.strip() == "," else None
        if (_OPENS_LIST.fullmatch(gap) and (before[0].isupper() or lexicon.list_head and lexicon.list_head.search(
                text, index.starts[max(words.start, i - 3)], index.ends[i - 1] + len(gap.rstrip())))) or \
                noun is not None:
            # 'across Canada (Toronto, ...)', 'in Germany: Berlin, ...', 'in the Swedish capital, Stockholm',
            # 'en la capital española, Madrid', 'in several cities: London, ...': the place stands for the
            # one before it, or opens the list
            previous = [*range(i - 1, noun - 1, -1), *_previous_words(text, index, words, noun, 5)] \
                if noun is not None else [i - 1, *_previous_words(text, index, words, i - 1, 5)]
        elif gap.strip() == "," and (named := _named_landmark_before(index, words, i, lexicon)) is not None:
            # 'held in Trafalgar Square, London', 'sur la place de la République, Paris': the town
            # of the square the locative before it names
            for _ in range(LANDMARK_NAME_WORDS):  # to the first word of the square's name ('Washington Square Park')
                if named == words.start or not texts[named - 1][0].isupper():
                    break
                named -= 1
            previous = _previous_words(text, index, words, named, 5)
            landmark = text[index.starts[named]:place.start]
    elif i - 1 > words.start and texts[i - 1].lower() in lexicon.landmark_links and \
            text[index.ends[i - 1]:place.start] == " " and \
            (named := _named_landmark_before(index, words, _past_the_town_noun(index, words, i - 1, lexicon),
                                             lexicon)) is not None:
        # 'en la Puerta del Sol de Madrid', 'na Praça do Comércio de Lisboa': the town of the
        # square or street the locative before it names
        previous = _previous_words(text, index, words, named, 5)
        landmark = text[index.starts[named]:place.start]
    if lexicon.event_noun and len(previous) >= 2 and texts[previous[0]].lower() in lexicon.event_of:
        before = " ".join(texts[j] for j in reversed(previous[1:3]))
        named = [m for m in lexicon.event_noun.finditer(before) if m.end() == len(before)]
        if named:
            return f"names the {named[-1].group(0)}", 0.9
    if possessive and (noun := _FIRST_WORD.match(after_name)) and noun.group(1)[0].isupper() and \
            fold_word(noun.group(1)) in lexicon.get("place", "dedications"):
        return None  # 'St. Paul's Cathedral', 'St Mary's Church': whom a building is named after, not a town
    if cue_positions and possessive and (_CAPITALISED.match(after_name) or _landmark_after(after_name, lexicon)):
        # 'Trafalgar Square' or 'downtown square' after 'London's'
        return "a landmark of the city in a sentence about a gathering", 0.8
    if cue_positions and not common and _at_a_landmark(index, words, place, lexicon):
        return "the city, then the square or street where in it, in a sentence about a gathering", 0.8
    # (a town and its full stop alone opening a line label the story after it: 'Warszawa. Protest
    # przed ambasadą Rosji.')
    if s.line_start and (s.line_end and s.end - s.start < 80 and _is_heading(text, s, place, index) or
                         text[s.start:s.end].strip() == place.surface + "."):
        if _date_line_after(text, s.end, vocab):
            return None  # 'CHENNAI' over '02 March 2020': where the story was filed, and when
        if (noun := _FIRST_WORD.match(after_name)) and fold_word(noun.group(1)) in lexicon.landmark_nouns:
            return None  # 'BALBOA PARK —': a landmark named after a town, not the town
        if lexicon.captions is not None and lexicon.captions.search(text, s.start, s.end):
            return None  # '© AGENCY / Name': a photo's credit, not a heading
        return ("a place heading in an article about rallies", 0.7) if rally_article else None
    if not cue_positions:
        return None
    if _in_what_is_said(text, s, place, cue_positions, lexicon):
        return None  # 'announced that at Monday's meeting in X he would …': the speech's town, no rally's
    if (span := _in_a_span(text, s, place, vocab)) is not None:
        return f"'{span}' spans the places of a sentence about a gathering", 0.85
    if place.start == s.start and tail.lstrip().startswith(":") and alone:
        # ('X: Thousands gathered in Y, Z and W': where the story
        # was filed, the sentence's gatherings elsewhere)
        return "headline place of a gathering", 0.85
    hosted = lexicon.host_verbs.match(after_name) if lexicon.host_verbs and opening else None
    if hosted:
        return f"'{place.surface} {hosted.group(0)}' a gathering", 0.85
    if semicolons and _short_segment(text, index, s, place):
        return "listed among protest locations", 0.8
    nearest = _nearest(cue_positions, place.start)
    cue_word = _CUE_WORD.match(text, nearest, nearest + 40).group(0)
    clause = text[index.starts[previous[-1]] if previous else place.start:place.start]
    head = lexicon.list_head.search(clause) if lexicon.list_head and not common else None
    if head:
        head_start = place.start - len(clause) + head.start()
        if lexicon.came_from is not None and lexicon.came_from.search(
                text, max(s.start, head_start - CAME_FROM_REACH), head_start):
            return None  # 'Venus de différentes villes du pays, notamment Liège, …': where people came from
        return (f"first of the places after '{head.group(0).strip()}' in a sentence about a gathering "
                f"('{cue_word}')", 0.85)
    distance = index.count(min(nearest, place.start), max(nearest, place.start))
    if distance > CUE_REACH:
        return None
    for k, j in enumerate(previous):
        word = texts[j]
        lower = word.lower()
        if lower in lexicon.away and k <= AWAY_REACH:
            if k + 1 < len(previous) and texts[previous[k + 1]].lower() in lexicon.reporting_verbs:
                # 'Alex Milne reports from Bendigo that 500 turned out': where the reporter stands
                return f"'{texts[previous[k + 1]]} {word} {place.surface}' near '{cue_word}'", 0.85
            return None  # 'protesters from Toronto', 'from the city of Toronto'
        if k and word[0].isupper() and vocab.first_word(word)[1] == "city" and not _POSSESSIVE.match(
                text, index.ends[j]):
            return None  # 'the rally in London comes as a Berlin court …': 'in' is London's
        if lower in lexicon.clause_openers:
            return None  # 'in the Australian city since Hong Kong's movement began': not the city's 'in'
        if k and lexicon.locative_idioms is not None and lexicon.locative_idioms.match(text, index.starts[j]):
            return None  # 'In time for the start of X', 'in the wake of X': the locative places nothing
        # 'all’Aquila', 'au Havre': a locative fused with the article of the town's name it holds
        fused = k == 0 and lower in vocab.fused_locatives and place.key != fold_word(place.surface)
        if (lower in lexicon.locatives or fused) and (k == 0 or not common or k == 1 and fold_word(
                texts[previous[0]]) in lexicon.town_parts  # 'in Downtown Dallas' is 'in Dallas'
                or texts[previous[0]].lower() in lexicon.apposition_nouns  # 'in der Hauptstadt Berlin'
                # 'in der Hamburger Innenstadt': the town's adjective after its part's article
                or k == 1 and fold_word(place.surface) != place.key and
                texts[previous[0]].lower() in lexicon.get("place", "town_articles")
                # 'in het Brabantse Veldhoven': a region's adjective between the town and its article
                or k == 2 and _a_place_s_adjective(texts, previous[0] + 1, words, lexicon)):
            if any(texts[b].lower() in lexicon.not_the_rally and not _at_a_venue(index, b, lexicon)
                   for b in previous[:k]):
                return None  # 'sur le régime de Téhéran': the town stands for its rulers, not a place
            if k and any(index.starts[b] in cue_positions for b in previous[:k]):
                return None  # 'men in suits marched with Leeds students': the gathering's verb ends what 'in' names
            if k + 1 < len(previous) and _agent(lower, texts[previous[k + 1]], lexicon):
                return None  # 'convocada por Lula': who called it, not where it went
            # what happened there may be told before a long name of the spot ('the slaying of 17
            # students at Marjory Stoneman Douglas High School in Parkland'): read on past the window
            further = _previous_words(text, index, words, previous[-1], HAPPENED_REACH - len(previous))
            if k + 1 == len(previous) and not further:
                further = _clause_before_a_bare_locative(text, index, words, previous[-1], place, cue_positions)
            further = [*further, *_antecedent(text, index, words, (further or previous)[-1], lexicon)]
            # (unless the gathering's verb follows the town, no ruler named right before it)
            ruled = any(texts[b].lower() in lexicon.get("place", "actors") for b in previous[k + 1:k + 4])
            if _what_happened_there([*previous[k + 1:], *further], index, cue_positions, vocab, text) and (
                    ruled or not _gathered_right_after(text, index, place, cue_positions, vocab)):
                return None
            return (f"'{word} {landmark}{place.surface}' near '{cue_word}'",
                    round(0.95 - 0.25 * distance / CUE_REACH, 3))
    return None


# How far before a list's head a phrase of coming from ('Venus de différentes villes du pays,
# notamment …') makes the list where people came from.
CAME_FROM_REACH = 80

# How many lower-case words may stand between a sentence's start and the list of places that
# opens it ('And Leeds …', 'também o Porto e Braga …').
OPENING_WORDS = 2
OPENING_CHARS = 40  # ... and how many characters (read no further back: a sentence may list thousands)


def _apposition_noun(index: WordIndex, words: range, j: int, lexicon: Lexicon) -> int | None:
    """The index of the noun a town's name stands in apposition to, when the words that end at
    word j are one: the noun ('the Swedish capital'), or the noun and an adjective after it, as the
    Romance languages write them ('la capital española', 'la capitale française'); else None."""
    texts = index.texts
    if texts[j].lower() in lexicon.apposition_nouns:
        return j
    if j - 1 >= words.start and texts[j].islower() and texts[j - 1].lower() in lexicon.apposition_nouns \
            and index.ends[j - 1] + 1 == index.starts[j]:
        return j - 1
    return None


def _opens_sentence(text: str, s: Sentence, start: int) -> bool:
    """Whether a place at start opens its sentence (after a page's 'date YYYY-MM' header, if
    any) or a clause of it after a comma or semicolon, a word or two of lower case at most before
    it ('Besides Leeds, also York …')."""
    opening = _HEADER_PREFIX.match(text, s.start, start).end()
    window = max(opening, start - OPENING_CHARS)
    clause = max(text.rfind(",", window, start), text.rfind(";", window, start)) + 1
    if not clause:
        if window > opening:
            return False  # neither a mark nor the sentence's start within reach
        clause = opening
    words = text[clause:start].split()
    return len(words) <= OPENING_WORDS and all(w.isalpha() and w[0].islower() for w in words)


# How many words (articles) may stand between what a gathering asks for and the locative before
# the place ('pour la paix à Gaza').
CAUSE_WORDS = 2


def _for_a_place(text: str, place: PlaceMention, index: WordIndex, words: range, lexicon: Lexicon,
                 several_places: bool) -> str:
    """The words before a place that make it what a gathering was for: a gathering's noun and a
    word of the lexicon's cause_links right before the place ('the rally for Gaza in London',
    'Demonstration für Gaza', 'demonstratie voor Gaza'), or ''. A link that is also a locative
    ('il corteo per Gaza a Roma', 'la marcha por Gaza en Madrid') makes a cause only in a sentence
    that names another place (several_places) and not before a list ('il corteo per Milano' went
    through the town; so did 'la marcha por Madrid y Toledo')."""
    links = lexicon.get("place", "cause_links")
    i = _word_at(index, words, place.start)
    if not links or lexicon.event_noun is None or i - 2 < words.start or \
            index.texts[i - 1].lower() not in links or not lexicon.event_noun.fullmatch(index.texts[i - 2]) or \
            text[index.ends[i - 2]:index.starts[i - 1]].strip() or text[index.ends[i - 1]:place.start].strip():
        return ""
    if index.texts[i - 1].lower() in lexicon.locatives:
        following = _word_at(index, words, place.end)
        if not several_places or following < words.stop and (
                index.texts[following].lower() in lexicon.get("place", "list_joiners")
                or text[place.end:index.starts[following]].strip() == ","):
            return ""
    return text[index.starts[i - 2]:index.ends[i - 1]]


def _a_cause_s(text: str, place: PlaceMention, index: WordIndex, words: range, lexicon: Lexicon) -> str:
    """The words before a place that make it the place of a cause (lexicon causes: 'peace in',
    'la paix à', 'Frieden in'), or ''."""
    if not lexicon.causes:
        return ""
    following = _word_at(index, words, place.end)
    if following < words.stop and (index.texts[following].lower() in lexicon.get("place", "list_joiners") or
                                   text[place.end:index.starts[following]].strip() == ","):
        return ""  # 'for peace in London and Paris': a list of the gatherings' towns
    locative = _word_at(index, words, place.start) - 1
    if locative < words.start or index.texts[locative].lower() not in lexicon.locatives:
        return ""
    for j in range(locative - 1, max(words.start - 1, locative - 1 - CAUSE_WORDS), -1):
        if _CLAUSE_BREAK.search(text, index.ends[j], index.starts[j + 1] + 1):
            return ""
        if index.texts[j].lower() in lexicon.causes:
            if _named_landmark_before(index, words, j + 1, lexicon) is not None:
                return ""  # 'na Avenida da Liberdade em Lisboa': a street's name, no cause
            return text[index.starts[j]:index.ends[locative]]
    return ""


# How many words before a town's locative are read for what happened there.
HAPPENED_REACH = 20


def _agent(locative: str, before: str, lexicon: Lexicon) -> bool:
    """Whether a locative names the agent of the participle before it (lexicon agent_locatives
    and agent_participles: 'convocada por'), not a place the gathering went through."""
    if locative not in lexicon.get("place", "agent_locatives"):
        return False
    word, endings = before.lower(), lexicon.get("place", "agent_participle_endings")
    return any(word.startswith(stem) and word[len(stem):] in endings
               for stem in lexicon.get("place", "agent_participles"))


def _what_happened_there(before: list[int], index: WordIndex, cue_positions: list[int], vocab: Vocabulary,
                         text: str) -> bool:
    """Whether the words before a locative (nearest first) say what happened at the place, not
    that a gathering was there: a word of not_the_rally before any word of gathering ('the 49
    people killed at the Pulse nightclub in Orlando'; in 'angry over the killing, they marched in
    Minneapolis', 'marched' comes first). A gathering word that says only that something happened
    (lexicon happened: 'The attack took place in Paris') leaves it to the words before it. A word
    of who rules a place (lexicon actors: 'the regime in Tehran') counts only when no other
    locative stands between ('against the regime outside Parliament in Oslo'); any other word,
    only when one at most does: the spot in the town ('at the Pulse nightclub'), not a place of its
    own as well ('protested the coup in their homeland at the consulate in X'). Nor does a word of
    who rules when a weekday or a month stands between: 'defied the ban of the authorities on
    Saturday in X' tells when and where the defiance was; rulers are not dated so."""
    lexicon = vocab.lexicon
    crossed = 0  # how many other locatives stand between the word and this place
    dated = False  # whether a weekday or a month stands between
    for j in before:
        if index.starts[j] in cue_positions:
            if lexicon.happened is not None and lexicon.happened.match(text, index.starts[j]):
                continue
            return False
        word = index.texts[j].lower()
        ruler = word in lexicon.get("place", "actors")
        if word in lexicon.not_the_rally and not _at_a_venue(index, j, lexicon) and crossed < (
                1 if ruler else 2) and not (ruler and dated):
            # ... unless a gathering's tense stands between: 'A vigil for the victims of the attacks
            # will be held in X', '… was held in X' tells where the vigil is
            return not any(lexicon.happened is None or not lexicon.happened.match(text, found.start())
                           for tense in (lexicon.past, lexicon.future) if tense is not None
                           for found in tense.finditer(text, index.ends[j], index.ends[before[0]]))
        crossed += word in lexicon.locatives
        dated = dated or fold_word(word) in vocab.calendar_words
    return False


def _gathered_right_after(text: str, index: WordIndex, place: PlaceMention, cue_positions: list[int],
                          vocab: Vocabulary) -> bool:
    """Whether a word of gathering follows the place in its clause, at most a crowd's count between
    ('Zum Jahrestag des Überfalls … haben in Berlin Tausende demonstriert', 'W rocznicę ataku w
    Warszawie protestowały tysiące osób', 'the anniversary of the invasion in London thousands
    protested'): the place is the gathering's, whatever happened before it is told ('the killing
    … in Minneapolis sparked protests' tells where the killing was). (The caller reads who rules
    there apart: 'gegen die Regierung in Teheran demonstriert' is the rulers' town, a verb last.)"""
    word = bisect.bisect_left(index.starts, place.tail)
    counted = 0
    while word < len(index.starts) and counted < GATHERED_AFTER_WORDS and \
            fold_word(index.texts[word]) in vocab.crowd_words:
        word, counted = word + 1, counted + 1
    if word == len(index.starts) or index.starts[word] - place.tail > GATHERED_AFTER_CHARS or \
            _CLAUSE_MARK.search(text, place.tail, index.starts[word]):
        return False
    cue = index.starts[word]
    # (the verb may open with its auxiliary: 'a Roma hanno manifestato', a past form of the lexicon
    # that holds a word of gathering)
    # (not one that says only that something happened: 'The attack in Madrid took place on Friday')
    told = vocab.lexicon.past.match(text, cue) if vocab.lexicon.past is not None else None
    at = bisect.bisect_left(cue_positions, cue)
    if at == len(cue_positions) or not (
            cue_positions[at] == cue or told is not None and cue_positions[at] < told.end()) or \
            vocab.lexicon.happened is not None and vocab.lexicon.happened.match(text, cue_positions[at]):
        return False
    # ... and no other place follows the gathering in its clause: 'Nach dem Anschlag in Hanau
    # demonstrierten in Berlin Tausende' tells where the attack was, and where the gathering
    end = _CLAUSE_MARK.search(text, cue, cue + GATHERED_AFTER_CLAUSE)
    end = end.start() if end else min(len(text), cue + GATHERED_AFTER_CLAUSE)
    after = range(bisect.bisect_left(index.starts, cue), bisect.bisect_left(index.starts, end))
    return not any(index.texts[j].lower() in vocab.lexicon.locatives and j + 1 in after
                   and index.texts[j + 1][0].isupper() for j in after)


# How many words of a crowd's count may stand between a place and the gathering it is the place of
# (and how many characters); how far on its clause is read for another place.
GATHERED_AFTER_WORDS = 2
GATHERED_AFTER_CHARS = 40
GATHERED_AFTER_CLAUSE = 160
_CLAUSE_MARK = re.compile(r"[,;:.!?()\[\]\"“”«»]")


def _antecedent(text: str, index: WordIndex, words: range, first: int, lexicon: Lexicon) -> list[int]:
    """When word `first` opens a relative clause after a comma ('…, welches in X stattgefunden
    hatte', '…, which took place in X'; lexicon relative_pronouns), the noun it stands for and the
    word before that, nearest first: what the clause tells of ('eines Massakers, welches in X …' is
    the massacre's place). Else none."""
    if first - 1 < words.start or index.texts[first].lower() not in lexicon.get("time", "relative_pronouns") or \
            text[index.ends[first - 1]:index.starts[first]].strip() != ",":
        return []
    return [j for j in (first - 1, first - 2) if j >= words.start]


def _clause_before_a_bare_locative(text: str, index: WordIndex, words: range, locative: int, place: PlaceMention,
                                   cue_positions: list[int]) -> list[int]:
    """When the place and its locative (word `locative`) open a clause after a comma and no word
    of gathering follows them in the sentence ('…, que foi executada em março, no Rio de
    Janeiro.'), the words of the clause before the comma, nearest first: the place is where that
    clause's deed was done. Else none. cue_positions: the sentence's words of gathering, in order."""
    before = locative - 1
    if before < words.start or text[index.ends[before]:index.starts[locative]].strip() != "," or \
            cue_positions and cue_positions[-1] >= place.tail:
        return []
    return [before, *_previous_words(text, index, words, before, HAPPENED_REACH - 2)]


def _at_a_venue(index: WordIndex, j: int, lexicon: Lexicon) -> bool:
    """Whether word j is a building or ground a gathering may stand at, or names one beside it
    (lexicon venues): 'the airport', 'the government building', 'le siège du gouvernement',
    'siedzibą rządu', 'the site of the collapse' (a link word or two of function_words or
    landmark_links perhaps between)."""
    texts = index.texts

    def venue(k: int) -> bool:
        return 0 <= k < len(texts) and texts[k].lower() in lexicon.venues

    def link(k: int) -> bool:
        return 0 <= k < len(texts) and (texts[k].lower() in lexicon.function_words
                                        or texts[k].lower() in lexicon.landmark_links)
    return venue(j) or venue(j + 1) or venue(j - 1) or link(j - 1) and (venue(j - 2) or link(j - 2) and venue(j - 3))


# How many words may stand between 'in solidarity with' and the place of those it stands with
# ('stöd för palestinierna i Gaza', 'solidarity with the people of Gaza').
SUPPORT_REACH = 3


def _for_whom(text: str, index: WordIndex, s: Sentence, place: PlaceMention, cue_positions: list[int],
              supports: list[int] | None, lexicon: Lexicon, vocab: Vocabulary) -> bool:
    """Whether the place belongs to those a gathering stood for: a few words after 'in solidarity
    with', 'in support of' (supports: where such phrases may begin, None: anywhere), in one clause,
    with no word of gathering and no country between ('marched in solidarity with the people of
    Gaza'; in 'a rally in support of refugees took place in Berlin' and 'Solidarität mit der
    Ukraine in Berlin', Berlin is the rally's)."""
    reach = max(s.start, place.start - 80)
    if supports is not None and not any_between(supports, reach, place.start):
        return False
    found = None
    for found in lexicon.in_support.finditer(text, reach, place.start):
        pass
    if found is None:
        return False
    end = found.end()
    if _SUPPORT_BREAK.search(text, end, place.start):
        return False
    first, last = index.range(end, place.start)
    if last - first > SUPPORT_REACH or any(vocab.country_of(fold_word(w)) for w in index.texts[first:last]):
        return False
    if last - first >= 2 and index.texts[last - 1].lower() in lexicon.locatives and any(
            index.texts[k][0].isupper() and vocab.kind_of(" ".join(fold_word(w) for w in index.texts[k:last - 1]))
            for k in range(max(first, last - 3), last - 1)):
        # 'in solidarity with Gaza in London', 'Solidarität mit Gaza in Berlin': those stood for are
        # the place's named before the locative; the place after it is where the gathering was
        return False
    return not any(end <= c < place.start for c in cue_positions)


# What ends the clause of 'in solidarity with …'.
_SUPPORT_BREAK = re.compile(r"[,;:.()–—]")


_FIRST_WORD = re.compile(r"[ \t]*([^\W\d_]+)")


def _landmark_after(after_name: str, lexicon: Lexicon) -> bool:
    """Whether a landmark's noun follows within two more lower-case words ('downtown square', 'town
    hall', 'main square')."""
    at = 0
    for _ in range(3):
        word = _LOWER_WORD_AT.match(after_name, at)
        if word is None:
            return False
        if fold_word(word.group(1)) in lexicon.landmark_nouns:
            return True
        at = word.end()
    return False


# The most words a square's or street's name has before its noun ('Washington Square Park').
LANDMARK_NAME_WORDS = 4


def _past_the_town_noun(index: WordIndex, words: range, link: int, lexicon: Lexicon) -> int:
    """The link word before the town's noun when the words up to link (a landmark link right
    before a town) are a link, a determiner at most, the noun and link ('Plaza de Mayo de la ciudad
    de Buenos Aires': the first 'de'); else link itself."""
    j = link - 1
    if j <= words.start or index.texts[j].lower() not in lexicon.apposition_nouns:
        return link
    j -= 1
    while j > words.start and index.texts[j].lower() in lexicon.landmark_links and \
            index.texts[j - 1].lower() in lexicon.landmark_links:
        j -= 1
    return j if index.texts[j].lower() in lexicon.landmark_links else link


def _named_landmark_before(index: WordIndex, words: range, i: int, lexicon: Lexicon) -> int | None:
    """The index of a square's or street's noun that, with the capitalised name it bears, ends
    right before word i ('Trafalgar Square', 'place de la République'): within four words, only
    capitalised words and function words between; else None."""
    nouns = lexicon.landmark_nouns | lexicon.street_nouns
    for j in range(i - 1, max(words.start - 1, i - 5), -1):
        word = index.texts[j]
        if fold_word(word) in nouns:
            # its name after it ('place de la République'), or before it ('Trafalgar Square')
            named_before = j > words.start and index.texts[j - 1][0].isupper()
            return j if j < i - 1 or named_before else None
        if not (word[0].isupper() or word.lower() in lexicon.function_words):
            return None
    return None


def _at_a_landmark(index: WordIndex, words: range, place: PlaceMention, lexicon: Lexicon) -> bool:
    """Whether a locative and a square's or street's noun follow the place, a determiner between
    them at most ('Rimini a Piazza Cavour', 'Lyon, sur la place Bellecour')."""
    texts = index.texts
    j = _word_at(index, words, place.tail)
    if j >= words.stop or texts[j].lower() not in lexicon.locatives:
        return False
    for k in range(j + 1, min(j + 3, words.stop)):
        word = texts[k].lower()
        if fold_word(word) in lexicon.landmark_nouns:
            return True
        if word not in lexicon.function_words:
            return False
    return False


# What a clause opens with, up to a word: the sentence's start, or a dash or colon after a dateline.
_CLAUSE_START = re.compile(r"(?:^|[–—:]|\s-)\s*$")


def _inside_a_name(text: str, index: WordIndex, words: range, i: int, lexicon: Lexicon) -> bool:
    """Whether word i follows a determiner ('the Justice rally') or a capitalised word of the
    same name ('Stop the War march'): then it is a word of an event's name."""
    if i <= words.start:
        return False
    before = index.texts[i - 1]
    joined = text[index.ends[i - 1]:index.starts[i]] == " "
    return joined and (before.lower() in lexicon.determiners or before[0].isupper())


def _after_a_title_s_function_word(text: str, index: WordIndex, words: range, i: int, lexicon: Lexicon) -> bool:
    """Whether word i follows a function word capitalised as in a title, not at its sentence's
    start ('the Stand With Hong Kong protest', 'Justice For Paris march'): the place is a word of
    the event's name."""
    if i - 1 <= words.start:
        return False
    before = index.texts[i - 1]
    return before[0].isupper() and before.lower() in lexicon.function_words and \
        text[index.ends[i - 1]:index.starts[i]] == " " and index.texts[i - 2][0].isupper()


def _nearest(positions: list[int], position: int) -> int:
    """The one of the sorted positions nearest to position, the earlier of two as near."""
    k = bisect.bisect_left(positions, position)
    if k == len(positions) or k > 0 and position - positions[k - 1] <= positions[k] - position:
        return positions[k - 1]
    return positions[k]


_ACRONYM = re.compile(r"[A-Z]{2,6}\s+")
_OPENS_LIST = re.compile(r"\s*[(:]\s*")


def _event_noun_after(after_name: str, lexicon: Lexicon) -> re.Match | None:
    """The gathering noun the place name modifies, if one follows it ('Stockholm MEK rally')."""
    if not lexicon.event_noun:
        return None
    acronym = _ACRONYM.match(after_name)
    return lexicon.event_noun.match(after_name, acronym.end() if acronym else 0)


def _without(body: str, offset: int, spans: list[tuple[int, int]]) -> str:
    """body (which starts at offset in the text) with the given spans blanked out."""
    end = offset + len(body)
    inside = [(max(a, offset), min(b, end)) for a, b in spans if a < end and b > offset]
    if not inside:
        return body
    chars = list(body)
    for a, b in inside:
        chars[a - offset:b - offset] = " " * (b - a)
    return "".join(chars)


def _short_segment(text: str, index: WordIndex, s: Sentence, place: PlaceMention) -> bool:
    """Whether the ;-separated part of the sentence the place stands in has at most
    SEGMENT_WORDS words. Only that many words either side are looked at: a sentence may list
    thousands of places."""
    starts, ends = index.starts, index.ends
    first, last = index.range(s.start, s.end)
    i, j = index.range(place.start, place.tail)
    count = j - i
    k, edge = i - 1, place.start  # walk back: word k is in the part when no ';' lies after it
    while k >= first and count <= SEGMENT_WORDS and ";" not in text[ends[k]:edge]:
        count, edge, k = count + 1, starts[k], k - 1
    k, edge = j, place.tail
    while k < last and count <= SEGMENT_WORDS and ";" not in text[edge:starts[k]]:
        count, edge, k = count + 1, ends[k], k + 1
    return count <= SEGMENT_WORDS


def _date_line_after(text: str, end: int, vocab: Vocabulary) -> bool:
    """Whether the next line with words after `end` is a date and nothing else ('02 March 2020',
    'Monday, March 2, 2020'): a number, and otherwise month and weekday names."""
    line = _NEXT_LINE.match(text, end)
    if line is None:
        return False
    words = _LINE_WORD.findall(line.group(1))
    return any(w.isdigit() for w in words) and all(
        w.isdigit() or fold_word(w) in vocab.calendar_words for w in words)


_NEXT_LINE = re.compile(r"[^\n]*\n\s*([^\n]{1,60})(?:\n|$)")
_LINE_WORD = re.compile(r"\d+|[^\W\d_]+")


def _is_heading(text: str, s: Sentence, place: PlaceMention, index: WordIndex) -> bool:
    """A line that is just a place and its country: 'Washington DC, USA', 'Paris – FRANCE': at
    most two words besides the place and its cue, each a code in capitals; no bar among them
    ('Managua, Nicaragua |': a menu's or a byline's item, where the site is)."""
    if text.find("|", s.start, s.end) >= 0:
        return False
    before, after = index.range(s.start, place.start), index.range(place.tail, s.end)
    if before[1] - before[0] + after[1] - after[0] > 2:
        return False
    return all(len(w) > 1 and w.isupper() for w in index.texts[slice(*before)] + index.texts[slice(*after)])
