"""Named exceptions of the library. The CLI and the dashboard turn them into messages."""


class RallymapError(Exception):
    """Base class of every error rallymap raises on purpose."""


class InputError(RallymapError):
    """A source given to a build cannot be read at all (missing path, nothing readable)."""


class ArticleError(RallymapError):
    """One article file cannot be turned into an article; the build skips it with this reason."""


class GazetteerError(RallymapError):
    """The gazetteer data cannot be found, read or cached."""


class SchemaError(RallymapError):
    """A table does not match its schema at the write or read boundary."""


class OutputError(RallymapError):
    """The output directory or one of its files cannot be written."""


class DataError(RallymapError):
    """A built dataset is missing, empty or unreadable (raised when loading it)."""


class GeocoderError(RallymapError):
    """An online geocoder is misconfigured (unknown name, missing user agent)."""


class LexiconError(RallymapError):
    """A lexicon file (the words of one language) is missing, unreadable or malformed."""


class ReviewError(RallymapError):
    """A review verdict cannot be made, read or recorded (unknown report or place, bad dates)."""


class EngineError(RallymapError):
    """The process that runs a build's stages ended before it answered."""


class TimeLimitError(RallymapError):
    """Reading or extracting one article took longer than its time budget (limits.time_limit)."""


class AccountsError(RallymapError):
    """An account cannot be added, read or removed (bad name, role or password; a damaged users file)."""


class FetchError(RallymapError):
    """A page, feed or sitemap cannot be fetched, or fetching is misconfigured (no User-Agent)."""
