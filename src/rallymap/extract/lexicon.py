"""Words per language, as data: one TOML file per language in `rallymap/lexicon/`.

A lexicon says which words report a gathering, which prepositions place it, which words announce
it for later, which words before a place mean something else happened there, and the words that
date it. Month and weekday names come from CLDR through babel; a lexicon only adds the forms CLDR
does not give (inflections such as Polish 'sobotę', abbreviations such as 'Sept').

Entries are lower-case words or phrases. A '*' at the start or end of a word matches any letters
there, which covers inflection and compounds without code per language: 'demonstr*' matches
'demonstrators', '*kundgebung*' matches 'Solidaritätskundgebungen'. Adding a language is adding a
file (see the README); `load_lexicons(folder)` reads another folder, so tests can add a made-up one.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

from babel import Locale, UnknownLocaleError, localedata

from ..errors import LexiconError
from .resources import kept, package_version
from .text import case_partners_of, fold, unaccented

LEXICON_DIR = Path(__file__).parent / "lexicon"
DEFAULT_LANGUAGE = "en"

# Sections and keys a lexicon file may have; every list is optional except the gathering words.
_LISTS = {
    "gathering": ("words", "event_nouns", "past", "perfect", "pluperfect", "present", "event_of", "negations", "inserted_adverbs",
                  "happened", "name_links", "anaphora", "infinitive_marks", "cancelled", "happened_there"),
    "place": ("place_endings", "town_adjective_endings", "town_adjective_nouns", "locatives", "locative_idioms", "away", "came_from", "apposition_nouns", "host_verbs", "not_the_rally", "causes", "offices", "landmark_nouns", "function_words", "determiners",
              "area_nouns", "own_landmarks", "list_joiners", "list_heads", "not_places", "in_support", "cause_links", "town_articles", "lowercase_articles",
              "clause_openers", "country_names", "agent_locatives", "agent_participles", "agent_participle_endings",
              "cause_prefixes", "actors", "proximity", "place_adjective_endings",
              "landmark_links", "landmark_articles", "reporting_verbs", "street_nouns", "shared_street_nouns", "town_parts", "town_rivers", "venues",
              "district_marks", "span_from", "span_to", "span_heads", "speech", "dedications",
              "article_contractions", "fused_locatives", "missions"),
    "page": ("furniture", "comments", "abbreviations", "published", "updated", "captions", "byline", "byline_place",
             "source_labels"),
    "time": ("future", "not_future", "today", "not_relative", "yesterday", "tonight", "same_day", "last", "this", "next", "last_after",
             "next_after", "around", "early", "mid", "late", "month_preps", "month_nouns", "weekend", "week", "not_an_event",
             "range_joiners", "night_before", "day_month_glue", "year_glue", "weekday_prefixes", "day_articles", "week_prefixes", "weekend_prefixes", "weekend_of", "day_nouns", "ordinal_day_articles", "ordinal_day_endings", "ordinal_day_followers", "day_last_before", "day_last_after", "figures_prefixes", "figures_articles", "weekday_forms", "month_forms", "earlier_this", "later_this", "recent", "tomorrow",
             "weekday_compounds", "weekday_heads", "weekday_definite", "days_ago", "weeks_ago", "months_ago", "years_ago", "years_after", "days_ahead", "periods",
             "named_days", "other_calendars", "live", "times_of_day", "day_words", "where_clauses", "planned", "plan_words", "year_last", "year_this", "year_next", "year_compared", "year_like", "year_that", "year_preps",
             "anniversary", "another_time", "already", "began", "ongoing", "called", "not_called", "announced", "event_links", "date_names", "compared", "when_labels", "recurring", "commemoration", "commemoration_after", "days_later", "attributive", "than", "tallied", "deed_agents",
             "months_relative", "future_past", "ahead_of", "after_event", "following", "following_after", "preceding",
             "preceding_after", "that", "relative_pronouns", "for_day", "since", "before_last", "before_last_after", "other_events",
             "dated_events", "slogans", "another_gathering", "earlier_gathering", "durative", "anniversary_today", "date_subject", "when_clauses", "deeds_on_things"),
    "size": ("crowd_nouns", "crowd_before", "crowd_verbs", "not_crowd", "not_crowd_before", "gatherings_counted", "vague", "number_words", "multipliers", "between",
             "more_than", "at_least", "up_to", "less_than", "about", "range_joiners", "police", "organisers", "attribution", "expected",
             "shared"),
}


# A word that opens in a lower-case letter (Latin, with the accented ones of Latin-1).
_LOWER_FIRST = "(?=[a-zß-öø-ÿ])"


# An entry's gap ('waren … gegangen'): up to GAP_WORDS words there (figures as '20.000'), no mark
# that ends a clause.
GAP = "…"
GAP_WORDS = 8
_GAP_WORDS = r"(?:\s+(?:[^\s.,;:!?]|[.,](?=\d))+){0,%d}?\s+" % GAP_WORDS


def word_pattern(entries: list[str] | tuple[str, ...], flags: int = re.IGNORECASE,
                 unless_in: list[str] | tuple[str, ...] = (), lower_endings: bool = False,
                 inserted: list[str] | tuple[str, ...] = ()) -> re.Pattern | None:
    """One pattern matching any entry as whole words ('*' = any letters there; '…' = a few other
    words of the clause there: 'waren … auf die Straße gegangen', a verb split around its
    subject as German and Dutch write it), longest first; an entry that ends in an apostrophe
    runs into the word after it ("dell'insurrezione", "qu'il").
    unless_in: phrases that begin or end in an entry and say it means something else there
    ('la mañana', the morning, for the future's 'mañana', tomorrow; 'próximo al', near to, for
    'próximo', next): the entry does not match after the words before it in such a phrase, as
    they are written (one space between words), nor before the words or the possessive's ending
    ("'s") after it. lower_endings:
    an entry that opens with '*' (a verb's ending: '*era', '*ndra') matches only in lower case,
    as verbs are written, not the names that end alike ('Vera', 'Sandra'). inserted: words that may
    stand between two words of an entry, one of them at a time ('were also held', 'a finalement eu
    lieu', 'si è infine svolto')."""
    parts = []
    between = r"\s+"
    if inserted:
        between += "(?:(?:" + "|".join(r"\s+".join(map(re.escape, w.lower().split()))
                                     for w in sorted(set(inserted), key=lambda w: (-len(w), w))) + r")\s+)?"
    exceptions = [" ".join(e.lower().split()) for e in unless_in]
    # longest first, and in one order whatever the process's string hashing
    for entry in sorted({e.strip().lower() for e in entries if e.strip()}, key=lambda e: (-len(e), e)):
        body, gap = "", False
        for word in entry.split():
            if word == GAP:
                gap = True
                continue
            if body:
                body += _GAP_WORDS if gap else between
            gap = False
            body += ("\\w*" if word.startswith("*") else "") + re.escape(word.strip("*")) + ("\\w*" if word.endswith("*") else "")
        before = "".join(f"(?<!{re.escape(e[:-len(entry)])})" for e in exceptions if e.endswith(" " + entry))
        after = "".join(r"(?!,?\s+" + r"\s+".join(map(re.escape, e[len(entry):].split())) + r"(?!\w))"
                        for e in exceptions if e.startswith(entry + " "))
        # ... nor before a possessive's ending ('for Saturday's victims')
        after += "".join(f"(?!{re.escape(e[len(entry):])}(?!\\w))" for e in exceptions
                         if e.startswith(entry) and e[len(entry):len(entry) + 1] in ("'", "’"))
        if lower_endings and entry.startswith("*"):
            body = f"(?-i:{_LOWER_FIRST}{body})"
        # (an elided entry runs into the word after it: 'dell'insurrezione', "qu'il")
        end = "" if entry.endswith(("'", "’")) else r"(?!\w)"
        parts.append(before + body + after + end)
    if not parts:
        return None
    # The alternatives are tried one by one, so they are tried only where an entry's first word
    # begins: a lookahead through a trie of those words rejects most words at their first letters.
    heads = word_heads(entries)
    lookahead = f"(?={prefix_trie(heads)})" if heads else ""
    return re.compile(r"(?<!\w)" + lookahead + "(?:" + "|".join(parts) + ")", flags)


def word_heads(entries: list[str] | tuple[str, ...]) -> tuple[str, ...] | None:
    """What every match of word_pattern(entries) begins with, in lower case: the entries' first
    words without a closing '*', sorted, each kept only if no shorter one begins it. None when
    some entry begins with '*' (its matches may begin with any letter)."""
    firsts = {e.strip().lower().split()[0] for e in entries if e.strip()}
    if not firsts or any(w.startswith("*") for w in firsts):
        return None
    heads: list[str] = []
    for word in sorted(w.rstrip("*") for w in firsts):
        if not heads or not word.startswith(heads[-1]):  # sorted: a word's shortest start comes just before it
            heads.append(word)
    return tuple(heads)


def case_sensitive(pattern: re.Pattern) -> re.Pattern:
    """A word_pattern without IGNORECASE, for lower-cased text: its words are lower case already.
    The regex engine skips the alternatives whose first letter differs only when it need not
    compare letters case-insensitively: matching a lower-cased text is twice as fast."""
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def prefix_trie(words: Iterable[str]) -> str:
    """A pattern matching where any of words begins, as a trie ('rall', 'rest' ->
    'r(?:all|est)'): each letter is tried once, not once per word. Only the shortest of words
    sharing a prefix is needed: the pattern matches where a word begins, not the whole word."""
    trie: dict = {}
    for word in sorted(set(words), key=len):
        node = trie
        for char in word:
            if node.get("") is True:
                break  # a shorter word already ends here
            node = node.setdefault(char, {})
        else:
            node.clear()
            node[""] = True

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return pattern(trie)


@dataclass(frozen=True, eq=False)
class Lexicon:
    """One language's words, and the patterns compiled from them once."""

    language: str
    name: str
    babel_locale: str
    # The country its articles are most likely from (CLDR's likely subtags; none for English,
    # written everywhere): a tie-breaker where the text points nowhere (geocode.LANGUAGE_WEIGHT).
    likely_country: str | None
    capitalised_nouns: bool  # German capitalises every noun: a capital does not start a name
    month_first: bool  # 'February 11' and 02/05/2023 (English) rather than '11 February', 05/02/2023
    # 'sabato 14', 'domingo (16)': a weekday may be followed by its day of the month alone
    weekday_day: bool
    place_endings: tuple[tuple[str, str], ...]  # inflected ending -> the name's own ending, longest first
    # a town's adjective's ending -> the name's own ending ('Hamburger' -> 'Hamburg'), longest first,
    # read only before one of town_adjective_nouns ('in der Hamburger Innenstadt'); folded
    town_adjective_endings: tuple[tuple[str, str], ...]
    town_adjective_nouns: frozenset[str]
    # heads of compounds that name a part or a landmark of a town ('*platz': 'Marienplatz', not
    # 'Platz' alone: 'Münchner Platz' is a square named after Munich); folded
    town_adjective_heads: tuple[str, ...]
    aliases: tuple[str, ...]  # other codes a language detector gives for this language ('nb' for 'no')
    words: dict  # section -> key -> tuple of entries
    gathering: re.Pattern  # a word that reports a gathering
    gathering_lower: re.Pattern  # the same, for a lower-cased text (text.caseless_spans)
    # What the matches of the gathering, negated, office and future patterns begin with
    # (word_heads; None: anything), and the letters these patterns do not find in lower-cased
    # text although they match them (text.lowers_plainly).
    heads: dict[str, tuple[str, ...] | None]
    case_partners: frozenset[str]
    negated: re.Pattern | None  # ends with a negation: the gathering word after it reports none
    event_noun: re.Pattern | None  # nouns a city names: 'the Paris rally', 'la marcha de Madrid'
    past: re.Pattern | None  # a gathering told in the past tense (lexicon past and perfect)
    # a perfect infinitive ('teilgenommen haben'): past even after a modal's future form ('sollen …
    # teilgenommen haben': are said to have taken part)
    perfect: re.Pattern | None
    # a gathering told before the story's time ('had marched'): its sentence's day and month are an
    # earlier rally's
    pluperfect: re.Pattern | None
    # a gathering told in the present, which a language's news uses for what is to come ('Am Samstag
    # demonstrieren Tausende'): a weekday there is the one before publication or the one after
    present: re.Pattern | None
    happened: re.Pattern | None  # a gathering word that says only that an event happened ('took place')
    cancelled: re.Pattern | None  # a gathering called off or put off ('was called off', 'abgesagt')
    # a sentence's opening words that say where the gathering just told took place ('That happened
    # in …', 'Dat gebeurde onder meer in …')
    happened_there: re.Pattern | None
    # phrases that open with a locative and place nothing ('in time for', 'in the wake of')
    locative_idioms: re.Pattern | None
    # phrases of people coming from places ('coming from', 'venus de'): a list after them is theirs
    came_from: re.Pattern | None
    future: re.Pattern | None  # an announcement
    # what sets a gathering for a day as its noun's attribute ('planned for', 'marcada para', 'for
    # Saturday'): told in a sentence that reports it gathered after, no announcement (announces)
    planned: re.Pattern | None
    # the participles that set a gathering for a day, alone ('planned', 'prévu', 'geplant'): in a
    # clause set off by commas, what they set is the plan's ('The rally, originally planned for 12
    # March, took place on Saturday')
    plan_words: re.Pattern | None
    office: re.Pattern | None  # 'MP for', 'mayor of' right before a place
    locatives: frozenset[str]
    away: frozenset[str]  # 'from': a place after them is where people came from
    apposition_nouns: frozenset[str]  # 'the Swedish capital, Stockholm'
    host_verbs: re.Pattern | None  # 'Berlin saw ...', 'Paris hosted ...' right after a sentence's first place
    speech: re.Pattern | None  # 'said that', 'zapowiedział, że': what follows is what someone says
    not_the_rally: frozenset[str]
    venues: frozenset[str]  # 'airport', 'building', 'siège': a gathering may stand there (_what_happened_there)
    causes: frozenset[str]  # what a gathering asks for somewhere ('peace in X'): X is the cause's, not the venue
    landmark_nouns: frozenset[str]
    street_nouns: frozenset[str]  # 'plass', 'square' after a name: a square named after another place
    shared_street_nouns: frozenset[str]  # 'boulevards' after two names: streets named after places
    function_words: frozenset[str]
    determiners: frozenset[str]
    area_nouns: re.Pattern | None  # 'the Paris suburb', 'the Oslo area'
    own_landmarks: re.Pattern | None  # 'Toronto City Hall': a building of the town, named after it
    list_glue: re.Pattern  # what may stand between two items of a list of places
    list_glue_opening: re.Pattern  # how such glue begins: a separator, a joiner, or nothing more
    list_head: re.Pattern | None  # 'the cities of', 'such as' right before a list's first item
    place_span: re.Pattern | None  # ', from Tokyo to Bogota,': the span of a gathering's places (_place_span)
    event_of: frozenset[str]  # 'de', 'di': 'la manifestation de Paris'
    not_places: frozenset[str]  # words that are never a town (demonyms, language names, world regions)
    town_parts: frozenset[str]  # a part of any town ('no Centro', 'downtown'), which GeoNames lists as places
    # a town's name, then these ('an der', 'am', 'nad'), right before a place: the river the town lies on
    town_river: re.Pattern | None
    furniture: re.Pattern | None  # a line opening with these and a colon is page furniture ('Read more: ...')
    comments: re.Pattern | None  # a line that opens the readers' comments ('12 Comments', 'Leave a Reply')
    captions: re.Pattern | None  # a photo credit's words ('Foto:', '©'): a line with one is no heading
    in_support: re.Pattern | None  # 'in solidarity with', 'stöd för': a place just after is the cause's
    proximity: re.Pattern | None  # ', near ' between two places: the second says where the first lies
    abbreviations: frozenset[str]  # 'ul', 'ca', 'ok': a period after them ends no sentence
    clause_openers: frozenset[str]  # 'since', 'seit': a locative before them is not a place's after them
    landmark_links: frozenset[str]  # 'de', 'del': join a square's noun to the name it bears ('Plaza de Mayo')
    reporting_verbs: frozenset[str]  # 'reports': the place after 'reports from' is where the reporter is
    # 02/05/2023 read month first where the page's country writes it so (regional: en-GB writes
    # the day first, en-US the month); None: as month_first says
    numeric_month_first: bool | None = None

    def get(self, section: str, key: str) -> tuple[str, ...]:
        return self.words.get(section, {}).get(key, ())

    @property
    def figures_month_first(self) -> bool:
        """Whether a date in figures (02/05/2023) writes the month first."""
        return self.month_first if self.numeric_month_first is None else self.numeric_month_first

    def __reduce_ex__(self, protocol):
        # A lexicon the package ships travels to another process as its language code: that
        # process uses its own (built once, or inherited through fork), with its compiled patterns
        # and everything cached for it, instead of compiling a copy.
        if default_lexicons().get(self.language) is self:
            return package_lexicon, (self.language,)
        return super().__reduce_ex__(protocol)


def _parse(path: Path) -> dict:
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"cannot read lexicon {path}: {exc}") from exc
    if not isinstance(data.get("language"), str) or not data.get("gathering", {}).get("words"):
        raise LexiconError(f"lexicon {path} needs 'language' and [gathering] words")
    for section, keys in data.items():
        if section in _LISTS:
            unknown = set(keys) - set(_LISTS[section])
            if unknown:
                raise LexiconError(f"lexicon {path}: unknown keys in [{section}]: {', '.join(sorted(unknown))}")
    return data


def from_data(data: dict) -> Lexicon:
    """A Lexicon from the parsed contents of a lexicon file."""
    words = {section: {k: tuple(v) if isinstance(v, list) else v for k, v in data.get(section, {}).items()}
             for section in _LISTS}
    g, p, t = words["gathering"], words["place"], words["time"]
    glue = ["," , ";", "/", "&", *p.get("list_joiners", ())]
    glue_alternation = "|".join(re.escape(w) if not w[0].isalpha() else r"(?<!\w)" + r"\s+".join(map(re.escape, w.split())) + r"(?!\w)"
                                for w in sorted(glue, key=len, reverse=True))
    gathering = word_pattern(g["words"])
    negated = (re.compile(r"(?<!\w)(?:" + word_pattern(g["negations"]).pattern + r")\s+(?:\w+\s+)?$", re.IGNORECASE)
               if g.get("negations") else None)
    for_days = _for_days(data, t.get("for_day", ()))
    future_words = (*t.get("future", ()), *for_days)
    # 'for Saturday's victims' names whose Saturday it was, not the day something is set for
    possessives = [f"{phrase}{mark}s" for phrase in for_days for mark in ("'", "’")]
    # 'vigils were planned', 'was to be held': a plan told in the past, which may have come by the
    # day of writing or not (the date grammar reads it so); it announces nothing, nor reports
    # 'natten til torsdag', the night to Thursday (lexicon night_before), sets nothing for Thursday
    nights = [f"{night} {phrase.split(' ', 1)[1]}" for night in t.get("night_before", ()) for phrase in for_days
              if phrase.split(" ", 1)[0] == night.split()[-1]]
    future = word_pattern(future_words, unless_in=(*t.get("not_future", ()), *possessives, *t.get("future_past", ()),
                                                   *nights), lower_endings=True)
    office = _right_before_a_place(p.get("offices", ()), r"(?<!\w)")
    in_support = word_pattern(p.get("in_support", ()))
    # 'Lyon, near Paris', 'Lyon, près d'Orléans': the words after a place's comma, to the next place
    proximity = _right_before_a_place(p.get("proximity", ()), r"\s*,\s*")
    return Lexicon(
        language=data["language"], name=data.get("name", data["language"]),
        babel_locale=data.get("babel_locale", data["language"]),
        likely_country=data.get("likely_country"),
        capitalised_nouns=bool(data.get("capitalised_nouns", False)),
        month_first=bool(data.get("month_first", False)),
        weekday_day=bool(data.get("weekday_day", False)),
        place_endings=_endings(p.get("place_endings", ())),
        town_adjective_endings=_endings(p.get("town_adjective_endings", ())),
        town_adjective_nouns=frozenset(fold(w) for w in p.get("town_adjective_nouns", ()) if not w.startswith("*")),
        town_adjective_heads=tuple(fold(w[1:]) for w in p.get("town_adjective_nouns", ()) if w.startswith("*")),
        aliases=tuple(data.get("aliases", ())),
        words=words,
        gathering=gathering,
        gathering_lower=case_sensitive(gathering),
        heads={"gathering": word_heads(g["words"]), "negated": word_heads(g.get("negations", ())),
               "office": word_heads(p.get("offices", ())), "future": word_heads(future_words),
               "support": word_heads(p.get("in_support", ()))},
        case_partners=frozenset().union(*(case_partners_of(pattern)
                                          for pattern in (gathering, negated, office, future, in_support) if pattern)),
        negated=negated,
        event_noun=word_pattern(g.get("event_nouns", ())),
        # 'était prévue': the past of a plan, which tells no gathering's tense (see future)
        past=word_pattern([*g.get("past", ()), *g.get("perfect", ())], unless_in=t.get("future_past", ()),
                          inserted=g.get("inserted_adverbs", ())),
        perfect=word_pattern(g.get("perfect", ())),
        pluperfect=word_pattern(g.get("pluperfect", ())),
        # an infinitive is no present ('om te protesteren', 'um zu demonstrieren'): not after its mark
        present=word_pattern(g.get("present", ()), unless_in=[
            f"{mark} {verb}" for mark in g.get("infinitive_marks", ()) for verb in g.get("present", ())]),
        happened=word_pattern(g.get("happened", ())),
        cancelled=word_pattern(g.get("cancelled", ())),
        happened_there=word_pattern(g.get("happened_there", ())),
        locative_idioms=word_pattern(p.get("locative_idioms", ())),
        came_from=word_pattern(p.get("came_from", ())),
        future=future,
        planned=word_pattern([*t.get("planned", ()), *for_days], unless_in=possessives),
        plan_words=word_pattern(t.get("plan_words", ())),
        office=office,
        locatives=frozenset(w.lower() for w in p.get("locatives", ())),
        away=frozenset(w.lower() for w in p.get("away", ())),
        apposition_nouns=frozenset(w.lower() for w in p.get("apposition_nouns", ())),
        host_verbs=word_pattern(p.get("host_verbs", ())),
        speech=word_pattern(p.get("speech", ())),
        not_the_rally=frozenset(w.lower() for w in p.get("not_the_rally", ())),
        venues=frozenset(w.lower() for w in p.get("venues", ())),
        causes=frozenset(w.lower() for w in p.get("causes", ())),
        landmark_nouns=frozenset(fold(w) for w in p.get("landmark_nouns", ())),
        street_nouns=frozenset(fold(w) for w in p.get("street_nouns", ())),
        shared_street_nouns=frozenset(fold(w) for w in p.get("shared_street_nouns", ())),
        function_words=frozenset(w.lower() for w in p.get("function_words", ())),
        determiners=frozenset(w.lower() for w in p.get("determiners", ())),
        area_nouns=word_pattern(p.get("area_nouns", ())),
        own_landmarks=word_pattern(p.get("own_landmarks", ())),
        list_glue=re.compile(r"^(?:\s*(?:" + glue_alternation + r"))*\s*$", re.IGNORECASE),
        list_glue_opening=re.compile(r"\s*(?:" + glue_alternation + r"|$)", re.IGNORECASE),
        list_head=_list_head(p.get("list_heads", ())),
        place_span=_place_span(p.get("span_from", ()), p.get("span_to", ())),
        event_of=frozenset(w.lower() for w in g.get("event_of", ())),
        not_places=frozenset(fold(w) for w in p.get("not_places", ())) | world_regions(
            data.get("babel_locale", data["language"])),
        town_parts=frozenset(fold(w) for w in p.get("town_parts", ())),
        town_river=(re.compile(r"(?<![\w-])([^\W\d_][\w'’-]*)[ \t]+(?:" + word_pattern(p["town_rivers"]).pattern
                               + r")[ \t]+$", re.IGNORECASE) if p.get("town_rivers") else None),
        furniture=(re.compile(r"[^\w\n]*(?:" + word_pattern(words["page"]["furniture"]).pattern
                              + r")[ \t]*(?:[:»|>\-–—]|$)", re.IGNORECASE | re.MULTILINE)
                   if words["page"].get("furniture") else None),
        comments=(re.compile(r"^[ \t]*(?:\d+[ \t]+)?(?:" + word_pattern(words["page"]["comments"]).pattern
                             + r")[ \t]*(?:\(\d+\)|\d+)?[ \t]*:?[ \t]*$", re.IGNORECASE | re.MULTILINE)
                  if words["page"].get("comments") else None),
        captions=word_pattern(words["page"].get("captions", ())),
        in_support=in_support,
        proximity=proximity,
        clause_openers=frozenset(w.lower() for w in p.get("clause_openers", ())),
        landmark_links=frozenset(w.lower() for w in p.get("landmark_links", ())),
        reporting_verbs=frozenset(w.lower() for w in p.get("reporting_verbs", ())),
        abbreviations=frozenset(w.lower().rstrip(".") for w in words["page"].get("abbreviations", ())),
    )


def _endings(entries) -> tuple[tuple[str, str], ...]:
    """'ending=replacement' entries as folded pairs, the longest ending first."""
    return tuple(sorted(((fold(e.partition("=")[0]), fold(e.partition("=")[2])) for e in entries),
                        key=lambda pair: -len(pair[0])))


def _right_before_a_place(entries, opening: str) -> re.Pattern | None:
    """A pattern of any entry (after opening) ending right before a place's name: a space after it,
    or the apostrophe of an elided article ('maire d'Orléans', 'près d'Orléans'); None without
    entries."""
    if not entries:
        return None
    return re.compile(opening + r"(?:" + word_pattern(entries).pattern + r")(?:\s+|['’])$", re.IGNORECASE)


def _list_head(entries) -> re.Pattern | None:
    """What opens a list of places, right before its first item: an entry, or one that ends in a
    colon with a word between its noun and the colon ('cidades portuguesas:', 'villes françaises:'),
    or with an opening bracket for its colon ('six other cities (', 'altre sei città italiane (')."""
    if not entries:
        return None
    colons = [e[:-1].strip() for e in entries if e.endswith(":")]
    body = word_pattern(entries).pattern
    if colons:
        body += r"|(?:" + word_pattern(colons).pattern + r")(?:\s+[^\W\d_]+\s*:|(?:\s+[^\W\d_]+)?\s*\()"
    return re.compile(r"(?<!\w)(?:" + body + r")\s*$", re.IGNORECASE)


# A name of up to four capitalised words, a short lower-case link perhaps between two ('Città del Capo').
_SPAN_NAME = r"[^\W\d_a-z][\w'’.-]*(?:[ \t]+(?:[^\W\d_A-Z]{1,3}[ \t]+)?[^\W\d_a-z][\w'’.-]*){0,3}?"


def _place_span(froms, tos) -> re.Pattern | None:
    """A span of names from one to another, perhaps through more ('from Sydney to London to New
    York', 'de Moscou à Vladivostok', 'von Berlin bis München'), that ends at a mark or a
    lower-case word: the names a gathering's places spread over when the span opens its clause
    (places._in_a_span), not a route's ends one travelled."""
    if not froms or not tos:
        return None
    to = word_pattern(tos).pattern
    return re.compile(r"(?i:" + word_pattern(froms).pattern + r")[ \t]+" + _SPAN_NAME + r"(?:[ \t]+(?i:" + to +
                      r")[ \t]+" + _SPAN_NAME + r"){1,4}(?=[ \t]*[,;.:!?)—–]|[ \t]+[^\W\d_A-Z]|[ \t]*$)")


def _for_days(data: dict, prepositions: tuple[str, ...]) -> list[str]:
    """Each word that sets a gathering for a day (lexicon for_day: 'for', 'per', 'para el', 'na')
    before each weekday the language writes (CLDR's names and the lexicon's forms): 'for Saturday',
    'per sabato', 'na sobotę', words of a gathering to come."""
    if not prepositions:
        return []
    names = {*_cldr_calendar(data.get("babel_locale", data["language"]))[1],
             *(entry.partition("=")[0] for entry in data.get("time", {}).get("weekday_forms", ()))}
    return [f"{preposition} {name}" for preposition in prepositions for name in sorted(names)]


def announces(body: str, lexicon: Lexicon) -> bool:
    """Whether a sentence (quotations blanked out) announces something to come rather than
    reporting it: a future form, not after a past one, nor only what set the gathering for a day
    before a past one ('The march planned for Saturday gathered thousands', 'La marcha convocada
    para el sábado reunió a miles'), and no perfect infinitive ('sollen … gewesen sein': are said
    to have been)."""
    future = lexicon.future.search(body) if lexicon.future else None
    past = lexicon.past.search(body) if lexicon.past else None
    reported = past is not None and (past.start() < future.start() or _planned_before(body, past.start(), lexicon)) \
        if future else False
    return bool(future) and not reported and not (lexicon.perfect and lexicon.perfect.search(body))


# What ends a clause set off by commas within a sentence (a period may be an ordinal's: '12. März'),
# and how far from a word its commas are sought.
_CLAUSE_STOPS = re.compile(r"[;:!?]")
PLAN_CLAUSE_REACH = 200


def _planned_before(body: str, end: int, lexicon: Lexicon) -> bool:
    """Whether every future form of body before end is part of what sets a gathering for a day
    (lexicon planned, and for_day before a weekday: 'planned for', 'marcada para'), or a word that
    sets it in a clause set off by commas before end ('La concentración, prevista inicialmente para
    el 12 de marzo, se celebró el sábado'; lexicon plan_words)."""
    planned = [(m.start(), m.end()) for m in lexicon.planned.finditer(body, 0, end)] if lexicon.planned else []
    if lexicon.plan_words is not None:
        for m in lexicon.plan_words.finditer(body, 0, end):
            # (the commas sought within PLAN_CLAUSE_REACH of the word: linear in a long sentence)
            opens = body.rfind(",", max(0, m.start() - PLAN_CLAUSE_REACH), m.start())
            closes = body.find(",", m.end(), min(end, m.end() + PLAN_CLAUSE_REACH))
            if opens >= 0 and closes >= 0 and not _CLAUSE_STOPS.search(body, opens + 1, closes):
                planned.append((opens, closes))
    return bool(planned) and all(any(start <= m.start() < stop for start, stop in planned)
                                 for m in lexicon.future.finditer(body, 0, end))


def load_lexicons(folder: Path | None = None) -> dict[str, Lexicon]:
    """Every lexicon in folder (default: the package's), keyed by language code."""
    folder = folder or LEXICON_DIR
    lexicons = {}
    for path in sorted(Path(folder).glob("*.toml")):
        lexicon = from_data(_parse(path))
        for code in (lexicon.language, *lexicon.aliases):
            lexicons[code] = lexicon
    if not lexicons:
        raise LexiconError(f"no lexicon files (*.toml) in {folder}")
    return lexicons


def lexicon_languages(folder: Path | None = None) -> list[str]:
    """The languages of the lexicons in folder (default: the package's), read without building
    the lexicons (their patterns take a tenth of a second to compile)."""
    return sorted({_parse(path)["language"] for path in Path(folder or LEXICON_DIR).glob("*.toml")})


@lru_cache(maxsize=1)
def default_lexicons() -> dict[str, Lexicon]:
    """The package's lexicons, read once per process."""
    return load_lexicons()


def package_lexicon(language: str) -> Lexicon:
    """The package's lexicon of a language (as default_lexicons gives it)."""
    return default_lexicons()[language]


# The readers' comments open only under some of the article's prose ('Comments' alone near the top
# is a menu's item): after a line this long, or after this many characters of text.
PROSE_LINE_CHARS = 120
PROSE_CHARS = 500


def readers_section(text: str, lexicon: Lexicon) -> int:
    """Where the readers' comments under an article begin: the first line of the lexicon's or
    English's comments headings ('12 Comments', 'Leave a Reply', 'Kommentare (3)') after a line of
    prose or the first PROSE_CHARS characters; len(text) when there is none."""
    prose = _PROSE_LINE.search(text, 0, PROSE_CHARS + PROSE_LINE_CHARS)
    after = min(prose.end(), PROSE_CHARS) if prose else PROSE_CHARS
    starts = [found.start() for pattern in {lexicon.comments, english().comments} if pattern is not None
              if (found := pattern.search(text, after)) is not None]
    return min(starts, default=len(text))


_PROSE_LINE = re.compile(r"^[^\n]{%d,}$" % PROSE_LINE_CHARS, re.MULTILINE)


def regional(lexicon: Lexicon, url: str) -> Lexicon:
    """The lexicon as the country of a page's address writes numeric dates: where CLDR's short
    date format for the language in the country of the address's country-code domain puts the
    day and the month in the other order than the language's usual one ('en' on '.co.uk', '.au',
    '.ie', '.in' writes 12/03/2019 day first), a copy with numeric_month_first so; else lexicon."""
    try:
        host = (urlparse(url).hostname or "") if url else ""
    except ValueError:
        return lexicon
    domain = host.rsplit(".", 1)[-1]
    if len(domain) != 2 or not domain.isalpha():
        return lexicon
    return _regional(lexicon, "GB" if domain == "uk" else domain.upper())


@lru_cache(maxsize=64)
def _regional(lexicon: Lexicon, territory: str) -> Lexicon:
    month_first = numeric_order(lexicon.babel_locale, territory)
    if month_first is None or month_first == lexicon.month_first:
        return lexicon
    return replace(lexicon, numeric_month_first=month_first)


@lru_cache(maxsize=256)
def numeric_order(locale: str, territory: str) -> bool | None:
    """Whether CLDR's short date format of a language in a territory writes the month before the
    day (en_US 'M/d/yy'), the day first (en_GB 'dd/MM/y'), or None: no such locale, or the year
    first (en_CA 'y-MM-dd')."""
    name = f"{locale}_{territory}"
    if not localedata.exists(name):
        return None
    try:
        pattern = Locale.parse(name).date_formats["short"].pattern
    except (ValueError, KeyError, UnknownLocaleError):
        return None
    day, month, year = pattern.find("d"), pattern.find("M"), pattern.find("y")
    if min(day, month) < 0 or 0 <= year < min(day, month):
        return None
    return month < day


def english() -> Lexicon:
    return default_lexicons()[DEFAULT_LANGUAGE]


@lru_cache(maxsize=1)
def landmark_names() -> dict[str, frozenset[str]]:
    """The package lexicons' landmark nouns, folded, each with the link words that join it to the
    name it bears in its own language ('piazza' -> 'del', 'della', …): a square keeps its own
    language's name in another's text ('na Piazza del Popolo', 'to Plaza de Mayo')."""
    names: dict[str, frozenset[str]] = {}
    for lexicon in default_lexicons().values():
        for noun in lexicon.landmark_nouns:
            names[noun] = names.get(noun, frozenset()) | lexicon.landmark_links
    return names


@dataclass(frozen=True)
class Calendar:
    """Month and weekday names of one language (CLDR through babel, plus the lexicon's own forms),
    folded: name -> month 1..12, name -> weekday 0 (Monday)..6."""

    months: dict[str, int]
    weekdays: dict[str, int]
    written: tuple[str, ...]  # the names as written (with accents), for patterns over raw text
    capitalised: bool  # the language capitalises month and weekday names (English, German)
    # CLDR's abbreviated weekday names, without their period, as written ('sam', 'Sa', 'sáb') ->
    # weekday 0..6: read only before a day and month ('sam. 9 mars'), as many are words too
    short_weekdays: dict[str, int]
    # the names as a text may write them without their accents or with a German umlaut's two
    # letters ('fevrier', 'Mercoledi', 'wrzesnia', 'Maerz'; respellings()) -> the name's fold
    respelled: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=64)
def world_regions(locale: str) -> frozenset[str]:
    """The names of the world's continents and regions in a language (CLDR's numeric territories
    through babel: 'Asia', 'Südamerika', 'Europe de l'Est'), folded: no town, though a town may bear
    one ('la ola de manifestaciones empezó en Asia' is no rally in a Peruvian town)."""
    try:
        territories = Locale.parse(locale).territories
    except (ValueError, UnknownLocaleError):
        return frozenset()
    return frozenset(fold(name) for code, name in territories.items() if code.isdigit())


@lru_cache(maxsize=64)
def _cldr_calendar(locale: str) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """A locale's month names, weekday names and abbreviated weekday names as written (CLDR
    through babel; abbreviations without their period): name -> month 1..12, name -> weekday
    0..6; the month names its language writes in its regions too ('Jänner' in Austria's German,
    'setiembre' in Peru's Spanish). Kept in the cache folder: babel's import and locale data cost
    a process 35 ms, which an incremental build would otherwise pay to date a few new articles."""
    return kept(f"calendar3-{locale}-{package_version('babel')}.msgpack", lambda: _read_cldr_calendar(locale), None,
                tuple[dict[str, int], dict[str, int], dict[str, int]])


def _read_cldr_calendar(locale: str) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    from babel.dates import get_day_names, get_month_names
    from babel.localedata import locale_identifiers

    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    short_weekdays: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, context, locale=locale).items():
                name = name.rstrip(".")
                if len(fold(name)) >= 3:
                    months.setdefault(name, number)
            for number, name in get_day_names(width, context, locale=locale).items():
                (weekdays if width == "wide" else short_weekdays).setdefault(name.rstrip("."), number)
    # ... then the full month names of its language's regions (each region's locale, not a
    # script's: 'de_AT', not 'sr_Latn'), not their abbreviations, which may be another month's
    # elsewhere ('jui'), nor a name that differs from one known only in case
    known = {fold(name) for name in months}
    regions = sorted(i for i in locale_identifiers() if "_" not in locale and i.startswith(locale + "_")
                     and i.count("_") == 1 and i.split("_")[1].isupper())
    for region in regions:
        for context in ("format", "stand-alone"):
            for number, name in get_month_names("wide", context, locale=region).items():
                if fold(name) not in known:
                    months[name] = number
                    known.add(fold(name))
    return months, weekdays, short_weekdays


@lru_cache(maxsize=64)
def _calendar(lexicon: Lexicon) -> Calendar:
    written_months, written_weekdays, short_weekdays = (dict(t) for t in _cldr_calendar(lexicon.babel_locale))
    capitalised = all(name[0].isupper() for name in written_weekdays)
    for table, extra in ((written_months, lexicon.get("time", "month_forms")),
                         (written_weekdays, lexicon.get("time", "weekday_forms"))):
        folded = {fold(k): v for k, v in table.items()}
        for entry in extra:
            form, _, base = entry.partition("=")
            if fold(base) not in folded:
                raise LexiconError(f"lexicon '{lexicon.language}': '{base}' in '{entry}' is not a CLDR name")
            table[form.capitalize() if capitalised else form] = folded[fold(base)]
    months = {fold(k): v for k, v in written_months.items()}
    weekdays = {fold(k): v for k, v in written_weekdays.items()}
    written = (*written_months, *written_weekdays)
    return Calendar(months, weekdays, written, capitalised,
                    {name: number for name, number in short_weekdays.items() if fold(name) not in weekdays},
                    {form: fold(name) for name in written for form in sorted(respellings(name)) if form not in written})


def respellings(name: str) -> frozenset[str]:
    """How a text may write a month's or weekday's name without its accents ('février' ->
    'fevrier', 'mercoledì' -> 'mercoledi', 'września' -> 'wrzesnia', 'lørdag' -> 'lordag') or with a
    German umlaut's two letters ('März' -> 'Marz', 'Maerz'), case kept: ASCII-only pages, old
    sites and hurried posts write them so. The name itself is not among them."""
    forms = set()
    for spelled in (name, name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")):
        forms.add(unaccented(spelled))
    return frozenset(forms - {name})


def calendar_of(lexicon: Lexicon) -> Calendar:
    """The month and weekday names a lexicon's language writes (CLDR, and the lexicon's forms)."""
    return _calendar(lexicon)


@lru_cache(maxsize=64)
def country_names(locale: str) -> dict[str, tuple[str, str]]:
    """Country names in one language (CLDR through babel), folded name -> (ISO alpha-2, the name
    as the language spells it)."""
    from babel import Locale

    return {fold(name): (code, name) for code, name in Locale.parse(locale).territories.items()
            if len(code) == 2 and code.isalpha() and fold(name)}
