"""Places in an article, and which of them the article reports a rally in.

`find_places` matches gazetteer names (cities, countries, regions) in a sentence, with the
country or region written after them ('Ottawa, Canada', 'London, Ont.'). `rally_mentions` keeps
the city mentions that the text ties to a gathering and says why for each one; it rejects places
inside quotations, datelines, parts of longer names ('Washington Post', 'Mayor of New York'),
offices and constituencies ('MP for Hendon'), metonyms ('the government in Tehran'), and places
named for what happened there besides a rally ('killed in', 'born in').
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .gazetteer import Gazetteer
from .text import Sentence, Token, WordIndex, fold_word, quoted_spans, sentences, tokens

# Words that report a gathering. Matched on lower-cased text at word starts.
CUE = re.compile(
    r"\b(?:rall(?:y|ies|ied|ying)|protest(?:s|ed|ing|ers?|ors?)?|demonstrat(?:ions?|ors?|ed|ing)"
    r"|demos?\b|march(?:ed|es|ing|ers)?\b|vigils?|sit-ins?|gather(?:ed|ing|ings|s)?\b|flash ?mobs?"
    r"|took to the streets?|take to the streets?|lined the streets|in the streets|came together"
    r"|came out|commemorat\w*|placards?|chant(?:ed|ing|s)?\b|picket\w*|crowds?\b"
    r"|mobili[sz]\w*|solidarity|took place|walk-?outs?|strikes?\b)")
# Nouns a city name can modify to mean the rally there: 'the Paris rally', 'Oslo's protest'.
CUE_NOUN = re.compile(
    r"(?:[A-Z]{2,6}\s+)?(?:rall(?:y|ies)|protests?|protesters|protestors|demonstrations?"
    r"|demonstrators|march(?:es)?|vigils?|gatherings?|sit-ins?|flash ?mobs?)\b")
FUTURE = re.compile(r"\b(?:will|shall|are due to|is due to|planned|plans? to|planning to|scheduled"
                    r"|to be held|upcoming|(?:calls?|plans) (?:are|is) being made|set to|are to)\b", re.I)
PAST_GATHERING = re.compile(r"\b(?:rallied|protested|gathered|marched|(?:were|was|have been|had been) held"
                            r"|took place|took to the streets?"
                            r"|staged|held (?:a|their)|demonstrated)\b", re.I)
LOCATIVE = frozenset("in at outside across near from throughout inside around".split())
# A place after one of these words (before the preposition) is not where a rally happened.
NOT_THE_RALLY = frozenset(
    "killed arrested born died dies lives living lived based headquartered imprisoned detained "
    "executed jailed government regime authorities officials leadership rulers change attack "
    "attacks bombing studied grew raised stationed airport hospital buried released".split())
OFFICE = re.compile(r"\b(?:MPs?|MEPs?|MLAs?|mayor|governor|senator|congress(?:wo)?man|member|councill?or"
                    r"|representative|ambassador|bishop|archbishop)\s+(?:for|of|from)\s+(?:the\s+)?$", re.I)
LANDMARK_SUFFIX = frozenset("park square hall gate bridge street avenue plaza center centre road "
                            "station airport university college".split())
# Capitalised words that may stand right before or after a place without making it part of a
# longer name ('In Paris', 'Paris Saturday', 'Meanwhile Tehran').
FUNCTION_WORDS = frozenset(
    "in at on the and of to from for with by as outside across near meanwhile also while then "
    "but or a an this that these those around throughout inside after before during since until "
    "against over under between among into onto upon amid via".split()
    + "monday tuesday wednesday thursday friday saturday sunday january february march april may "
      "june july august september october november december jan feb mar apr jun jul aug sep sept "
      "oct nov dec".split())
_SEPARATOR_IN_NAME = re.compile(r"[ \-.]{1,2}")
_CUE_SEPARATOR = re.compile(r"\s*(?:,|\(|–|—|-{1,2}|/)?\s*")
_LIST_GLUE = re.compile(r"^(?:\s*(?:,|;|/|&|and|or|as well as|and in))*\s*$", re.I)
# A list item the gazetteer does not know ('Vienna, Aukland, Perth') does not break the list.
_UNKNOWN_ITEM = re.compile(r"(?<=[,;/])\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*(?=[,;/]|\s+(?:and|or)\s)")
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net|co\.uk|html?)\b\S*", re.I)
# After 'the' a capitalised name is an institution or a region ('the White House', 'the West'),
# unless it modifies one of these ('the Paris suburb', 'the Oslo area').
_THE_PLACE_NOUN = re.compile(r"\s+(?:suburbs?|area|region|metropolitan|metro area|district|city centre|downtown)\b")
# Capitalised English words that GeoNames also lists as towns; they count as places only right
# after a locative preposition, with a country written after them, or in a list of places.
COMMON_WORDS = frozenset("""
we she he it they you i to a as of over since more time central union republic metro wall north
south east west echo change share freedom liberty police nice reading mobile university council
congress house justice hope unity victory independence opposition progress order peace commerce
industry enterprise president mission temple bath split most along sale deal orange eagle home
young early late long little good best new old fair grand mount sun moon star day night power
unity friendship concord harmony defiance protest rally march speaker premier victoria alliance
resistance prosperity eden paradise hospital energy story why how what when who where lead
""".split())
_DATELINE_TAIL = re.compile(
    r"^\s*,?\s*(?:—|–|--|-\s|\(|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)")
_HEADER_PREFIX = re.compile(r"^\s*(?:date\s+\d{4}-\d\d-\d\d\s*)?$")


@dataclass(frozen=True, slots=True)
class PlaceMention:
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


@dataclass(frozen=True, slots=True)
class RallyMention:
    """A city mention the article ties to a rally, with the reason it counts."""

    place: PlaceMention
    why: str
    scheduled: bool


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """What extraction found in one article text."""

    sentences: tuple[Sentence, ...]
    places: tuple[PlaceMention, ...]
    rallies: tuple[RallyMention, ...]
    rally_sentences: frozenset[int]  # sentences with a gathering cue
    countries: frozenset[str]  # countries the article names or implies (context for geocoding)


_CALENDAR_WORDS = frozenset(["january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december", "monday", "tuesday",
                             "wednesday", "thursday", "friday", "saturday", "sunday"])


def _lookup(gazetteer: Gazetteer, key: str, words: list[str]) -> str | None:
    """The kind of gazetteer entry key names, if any. Countries first; a city that is also the
    name of a region ('Ontario', 'Victoria') counts as the region unless it is a large city."""
    short_caps = len(words) == 1 and len(words[0]) <= 4 and len(words[0]) > 1 and words[0].isupper()
    if gazetteer.country_of(key):
        return "country"
    if key in _CALENDAR_WORDS:
        return None
    if short_caps:  # MEK, NCRI, IRGC, AFP: acronyms, not towns
        return "region" if gazetteer.region_of(key) and len(key) > 1 else None
    if key in gazetteer.names:
        if gazetteer.region_of(key) and max(c.city.population for c in gazetteer.candidates(key)) < 500_000:
            return "region"
        return "city"
    if gazetteer.region_of(key) and len(key) > 2:
        return "region"
    return None


_DEMONYM = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?\b")


def _demonym_countries(text: str, gazetteer: Gazetteer) -> set[str]:
    """Countries implied by nationality adjectives ('the Canadian cities of ...')."""
    words = {w.lower() for w in _DEMONYM.findall(text)}
    return {gazetteer.demonyms[w] for w in words if w in gazetteer.demonyms}


def find_places(text: str, sentence: Sentence, gazetteer: Gazetteer,
                index: WordIndex | None = None) -> list[PlaceMention]:
    """Gazetteer names in one sentence, longest match first, with the cue written after each."""
    index = index or WordIndex(text)
    first, last = index.range(sentence.start, sentence.end)
    texts, starts, ends = index.texts, index.starts, index.ends
    found: list[PlaceMention] = []
    i = first
    while i < last:
        if not texts[i][0].isupper():
            i += 1
            continue
        match = None
        key = ""
        for j in range(i, last):
            if j > i and not _SEPARATOR_IN_NAME.fullmatch(text, ends[j - 1], starts[j]):
                break
            key = f"{key} {fold_word(texts[j])}" if j > i else fold_word(texts[i])
            if j == i or texts[j][0].isupper():
                kind = _lookup(gazetteer, key, texts[i:j + 1])
                if kind and (len(key) >= 3 or kind == "country"):
                    match = (j + 1, key, kind)
            if key not in gazetteer.prefixes:
                break
        if match is None:
            i += 1
            continue
        following, key, kind = match
        start, end = starts[i], ends[following - 1]
        mention = PlaceMention(start, end, text[start:end], key, kind, sentence.index, cue_end=end)
        if kind == "city":
            mention, following = _with_cue(text, mention, index, following, last, sentence.end, gazetteer)
        found.append(mention)
        i = following
    return found


def _with_cue(text: str, mention: PlaceMention, index: WordIndex, next_word: int, last: int, limit: int,
              gazetteer: Gazetteer) -> tuple[PlaceMention, int]:
    """Attach a country or region written right after a city ('Toronto, Canada', 'Tokyo- JAPAN',
    'Washington DC', 'London, Ont.'). Returns the mention and the index of the next unread word."""
    if next_word >= last:
        return mention, next_word
    texts, starts, ends = index.texts, index.starts, index.ends
    gap = text[mention.end:starts[next_word]]
    if not _CUE_SEPARATOR.fullmatch(gap):
        return mention, next_word
    for n in range(min(4, last - next_word), 0, -1):
        span = range(next_word, next_word + n)
        if not all(texts[k][0].isupper() for k in span) or any(
                not _SEPARATOR_IN_NAME.fullmatch(text, ends[k - 1], starts[k]) for k in span if k > next_word):
            continue
        key = " ".join(fold_word(texts[k]) for k in span)
        country = gazetteer.country_of(key)
        region = gazetteer.region_of(key)
        capitals = all(texts[k].isupper() for k in span)
        if region and len(key.replace(" ", "")) <= 2 and not capitals:
            region = None  # 'On', 'Ab' are words; state codes are written in capitals
        if not gap.strip() and not (region and capitals):
            continue  # without a comma only a capitalised code joins ('Washington DC')
        if country or region:
            cue_end = ends[next_word + n - 1]
            if cue_end < limit and text[cue_end] == ".":
                cue_end += 1
            iso = country or region[0]
            return (PlaceMention(mention.start, mention.end, mention.surface, mention.key, mention.kind,
                                 mention.sentence, iso, region if not country else None, cue_end), next_word + n)
    return mention, next_word


def _previous_words(text: str, words: list[Token], index: int, limit: int) -> list[Token]:
    """Up to `limit` words before words[index] in the same clause (stops at , ; : quotes and
    brackets), nearest first."""
    result: list[Token] = []
    position = words[index].start
    for j in range(index - 1, max(-1, index - 1 - limit), -1):
        between = text[words[j].end:position]
        if re.search(r"[,;:“”‘\"()\[\]—|]|’(?!s)", between):
            break
        result.append(words[j])
        position = words[j].start
    return result


def _word_index(words: list[Token], offset: int) -> int:
    return bisect.bisect_left(words, offset, key=lambda w: w.start)


def analyse(text: str, gazetteer: Gazetteer) -> ArticleAnalysis:
    """Find places and rally mentions in an article text."""
    sentence_list = sentences(text)
    index = WordIndex(text)
    quotes = quoted_spans(text)
    quote_starts = [a for a, _ in quotes]
    urls = [(m.start(), m.end()) for m in _URL.finditer(text)]
    lowered = text.lower()

    def quoted(position: int) -> bool:
        k = bisect.bisect_right(quote_starts, position) - 1
        return k >= 0 and quotes[k][0] < position < quotes[k][1]

    places: list[PlaceMention] = []
    per_sentence: dict[int, list[PlaceMention]] = {}
    cue_sentences: set[int] = set()
    cues: dict[int, list[int]] = {}
    for s in sentence_list:
        found = [p for p in find_places(text, s, gazetteer, index)
                 if not any(a <= p.start < b for a, b in urls)]
        places.extend(found)
        per_sentence[s.index] = found
        positions = [m.start() for m in CUE.finditer(lowered, s.start, s.end) if not quoted(m.start())]
        if positions:
            cue_sentences.add(s.index)
            cues[s.index] = positions

    countries = {p.key for p in places if p.kind == "country"}
    context = {gazetteer.country_of(k) for k in countries} | _demonym_countries(text, gazetteer)
    context |= {p.country_cue for p in places if p.country_cue}
    rally_article = bool(cue_sentences)

    rallies: list[RallyMention] = []
    for s in sentence_list:
        cities = _with_respelled(text, [p for p in per_sentence[s.index] if p.kind == "city"], gazetteer)
        if not cities:
            continue
        words = index.between(s.start, s.end)
        cue_positions = cues.get(s.index, [])
        body = text[s.start:s.end]
        unquoted_body = _without(body, s.start, quotes)
        future = FUTURE.search(unquoted_body)
        past = PAST_GATHERING.search(unquoted_body)
        scheduled = bool(future) and not (past and past.start() < future.start())
        verdicts: dict[int, str | None] = {}
        rejected: set[int] = set()
        for k, place in enumerate(cities):
            reason = _rejection(text, s, place, words, quoted)
            if reason:
                rejected.add(k)
                continue
            verdicts[k] = _acceptance(text, s, place, words, index, cue_positions, rally_article, body)
        # A list of places shares the fate of its accepted members: 'held in Brussels, Geneva, ...'
        groups: list[list[int]] = []
        for k, place in enumerate(cities):
            gap = _UNKNOWN_ITEM.sub(" ", text[cities[groups[-1][-1]].tail:place.start]) if groups else ""
            if groups and _LIST_GLUE.match(gap):
                groups[-1].append(k)
            else:
                groups.append([k])
        for group in groups:
            reasons = [verdicts.get(k) for k in group if verdicts.get(k)]
            for k in group:
                if k in rejected:
                    continue
                why = verdicts.get(k) or (f"listed with {cities[group[0]].surface}: {reasons[0]}" if reasons else None)
                if why:
                    rallies.append(RallyMention(cities[k], why, scheduled))
    return ArticleAnalysis(tuple(sentence_list), tuple(places), tuple(rallies), frozenset(cue_sentences),
                           frozenset(c for c in context if c))


def _with_respelled(text: str, cities: list[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMention]:
    """The cities of a sentence with the misspelled large cities found between listed ones
    ('Vienna, Aukland, Perth'): only inside a list, where the name's role is clear."""
    result: list[PlaceMention] = []
    for before, after in zip(cities, cities[1:]):
        result.append(before)
        if not _LIST_GLUE.match(_UNKNOWN_ITEM.sub(" ", text[before.tail:after.start])):
            continue
        for item in _UNKNOWN_ITEM.finditer(text, before.tail, after.start):
            surface = item.group(0).strip()
            start = item.start() + item.group(0).index(surface)
            key = gazetteer.respelled(fold_word(surface)) if " " not in surface else None
            if key:
                result.append(PlaceMention(start, start + len(surface), surface, key, "city", before.sentence,
                                           cue_end=start + len(surface)))
    return result + cities[-1:]


def _rejection(text: str, s: Sentence, place: PlaceMention, words: list[Token], quoted) -> str | None:
    """Why a city mention cannot be a rally place, or None."""
    if quoted(place.start):
        return "inside a quotation"
    line_start = text.rfind("\n", 0, place.start) + 1
    if _HEADER_PREFIX.match(text[line_start:place.start]):
        marker = _DATELINE_TAIL.match(text[place.tail:place.tail + 40])
        line_end = text.find("\n", place.tail)
        rest = text[place.tail:line_end if line_end >= 0 else len(text)]
        if marker and len(tokens(rest)) >= 5:
            return "dateline"
    index = _word_index(words, place.start)
    last = _word_index(words, place.end) - 1
    after = text[place.end:place.end + 3]
    if last + 1 < len(words) and not after.startswith(("’s", "'s")):
        nxt = words[last + 1]
        if (nxt.capitalized and not nxt.all_caps and text[place.end:nxt.start] == " "
                and nxt.text.lower() not in FUNCTION_WORDS and place.cue_end == place.end):
            return f"part of a longer name ('{place.surface} {nxt.text}')"
    if index > 0 and words[index - 1].text == "the" and not place.key.startswith("the "):
        tail = text[place.tail:place.tail + 40]
        if not CUE_NOUN.match(re.sub(r"^(?:[’']s)?\s+", "", tail)) and not _THE_PLACE_NOUN.match(tail):
            return f"'the {place.surface}' names an institution or region"
    if index > 0:
        prev = words[index - 1]
        if (prev.capitalized and text[prev.end:place.start] == " " and prev.text.lower() not in FUNCTION_WORDS
                and prev.start != s.start):
            return f"part of a longer name ('{prev.text} {place.surface}')"
        if prev.text == "of" and index > 1 and words[index - 2].capitalized and \
                words[index - 2].text not in ("City", "Town") and words[index - 2].start != s.start:
            return f"part of a longer name ('{words[index - 2].text} of {place.surface}')"
    if OFFICE.search(text[max(s.start, place.start - 40):place.start]):
        return "an office or constituency"
    if place.key.rsplit(" ", 1)[-1] in LANDMARK_SUFFIX and place.cue_end == place.end:
        return "a landmark name, not a city"
    return None


def _acceptance(text: str, s: Sentence, place: PlaceMention, words: list[Token], article_words: WordIndex,
                cue_positions: list[int], rally_article: bool, body: str) -> str | None:
    """Why a city mention counts as a rally place, or None."""
    index = _word_index(words, place.start)
    common = place.key in COMMON_WORDS and place.cue_end == place.end
    if common and place.start == s.start:
        return None  # 'Police said', 'A protest': a capitalised word, not a town
    tail = text[place.tail:s.end]
    possessive = re.match(r"[’']s\s+", tail)
    after_name = tail[possessive.end():] if possessive else re.sub(r"^\s+", "", tail)
    noun = CUE_NOUN.match(after_name)
    if noun:
        return f"names the {noun.group(0).split()[-1]}"
    if cue_positions and possessive and re.match(r"[A-Z][a-z]", after_name):
        return "a landmark of the city in a sentence about a gathering"
    if s.line_start and s.line_end and s.end - s.start < 80 and _is_heading(text, s, place):
        return "a place heading in an article about rallies" if rally_article else None
    if not cue_positions:
        return None
    if place.start == s.start and tail.lstrip().startswith(":"):
        return "headline place of a gathering"
    if body.count(";") >= 2 and article_words.count(*_segment(text, s, place)) <= 6:
        return "listed among protest locations"
    nearest = min(cue_positions, key=lambda c: abs(c - place.start))
    distance = article_words.count(min(nearest, place.start), max(nearest, place.start))
    if distance > 40:
        return None
    previous = _previous_words(text, words, index, 6)
    for k, word in enumerate(previous):
        lower = word.text.lower()
        if lower in LOCATIVE and (k == 0 or not common):
            head = previous[k + 1].text.lower() if k + 1 < len(previous) else ""
            if head in NOT_THE_RALLY:
                return None
            cue_word = re.match(r"[\w-]+", text[nearest:nearest + 30]).group(0)
            return f"'{word.text} {place.surface}' near '{cue_word}'"
    return None


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


def _segment(text: str, s: Sentence, place: PlaceMention) -> tuple[int, int]:
    """The ;-separated part of the sentence the place stands in."""
    a = text.rfind(";", s.start, place.start)
    b = text.find(";", place.tail, s.end)
    return (s.start if a < 0 else a + 1), (s.end if b < 0 else b)


def _is_heading(text: str, s: Sentence, place: PlaceMention) -> bool:
    """A line that is just a place and its country: 'Washington DC, USA', 'Paris – FRANCE'."""
    rest = text[s.start:place.start] + " " + text[place.tail:s.end]
    words = tokens(rest)
    return len(words) <= 2 and all(w.all_caps for w in words)
