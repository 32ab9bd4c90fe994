"""Command line: `rallymap build SOURCE... --out DIR`, `rallymap review accept|reject|correct|list` and
`rallymap users add|list|remove`.
Library errors become one-line messages."""

from __future__ import annotations

import argparse
import gc
import getpass
import os
import sys
import time
from collections import Counter
from functools import partial
from pathlib import Path

# Only light modules here: `rallymap --help` and argument errors should not wait for pandas,
# geopy or Dask. Each command imports what it uses.
from .errors import AccountsError, FetchError, GeocoderError, LexiconError, RallymapError, ReviewError
from .extract.gazetteer import default_cache_dir, load_gazetteer
from .extract.lexicon import Lexicon, default_lexicons, lexicon_languages
from .limits import ARTICLE_SECONDS
from .store.layout import ADDED, SUMMARY


def parser() -> argparse.ArgumentParser:
    """The command line's argument parser (reference.py renders it as the CLI reference)."""
    parser = argparse.ArgumentParser(prog="rallymap", description="Rally reports from news articles.")
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="read articles and write the events, articles and rallies tables")
    build.add_argument("sources", nargs="*", type=Path, default=[Path("seeds")],
                       help="article files or folders (recursive); default: seeds/")
    build.add_argument("--out", type=Path, default=Path("data"), help="output folder (default: data/)")
    build.add_argument("--cache-dir", type=Path, default=None,
                       help=f"where the gazetteer index is cached (default: {default_cache_dir()})")
    build.add_argument("--no-cache", action="store_true",
                       help="process every article again instead of reusing unchanged ones (DIR/.cache)")
    build.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                       help="processes extracting articles in parallel (default: one per CPU)")
    build.add_argument("--languages", metavar="CODES",
                       help="comma-separated ISO 639-1 codes of the languages to read (default: every language "
                            f"with a lexicon: {', '.join(lexicon_languages())}); "
                            "articles in other languages are kept with no reports")
    build.add_argument("--engine", choices=("local", "dask"), default="local",
                       help="where articles are read and extracted: this machine's processes (default), or a Dask "
                            "cluster (--scheduler; without it, a local cluster of --workers processes)")
    build.add_argument("--scheduler", metavar="ADDRESS",
                       help="a running Dask scheduler, e.g. tcp://10.0.0.5:8786 (with --engine dask)")
    build.add_argument("--partitions", type=int, metavar="N",
                       help="batches of files and of articles sent to Dask (default: four per worker thread)")
    build.add_argument("--layout", choices=("files", "partitioned"), default="files",
                       help="one Parquet and CSV file per table (default), or events/ and articles/ as Parquet "
                            "datasets partitioned by month, for corpora too large for one file")
    build.add_argument("--article-timeout", type=_seconds, default=ARTICLE_SECONDS, metavar="SECONDS",
                       help="skip a file or article that takes longer than this to read or extract, saying so, and "
                            f"go on (default: {ARTICLE_SECONDS:g}; 0: no limit)")
    build.add_argument("--min-confidence", type=float, default=0.0, metavar="X",
                       help="drop reports whose confidence (0..1) is below X (default: keep all)")
    online = build.add_argument_group("online geocoding (optional; the offline gazetteer needs no network)")
    online.add_argument("--geocoder", metavar="SERVICE",
                        help="a geopy geocoder (nominatim, photon, arcgis, ...) for places the gazetteer cannot "
                             "resolve, or for every place with --geocoder-mode all")
    online.add_argument("--geocoder-mode", choices=("fallback", "all"), default="fallback",
                        help="ask the service only when the gazetteer abstains (default), or for every place")
    online.add_argument("--geocoder-url", metavar="URL", help="the service's address (a self-hosted Nominatim)")
    online.add_argument("--user-agent", metavar="UA", help="identifies you to the service (Nominatim requires it)")
    online.add_argument("--geocoder-delay", type=float, metavar="SECONDS",
                        help="minimum seconds between requests (default: 1 for Nominatim, its usage policy; else 0)")
    online.add_argument("--geocoder-timeout", type=float, default=10.0, metavar="SECONDS",
                        help="seconds to wait for one answer (default: 10)")
    build.add_argument("--quiet", action="store_true", help="print only errors")

    review = commands.add_parser("review", help="accept, reject or correct a report (kept in DIR/corrections.jsonl "
                                                "and applied by every build); list the reports")
    actions = review.add_subparsers(dest="action", required=True)
    for action, text in (("accept", "mark a report as checked and right"),
                         ("reject", ("mark a report as wrong: it leaves the rallies and the map, and stays in "
                                     "events for audit"))):
        verdict = actions.add_parser(action, help=text)
        verdict.add_argument("report_id", help="the report's id (events.report_id; `rallymap review list`)")
        _review_options(verdict)
    correct = actions.add_parser("correct", help="give a report its right city, dates, or both")
    correct.add_argument("report_id", help="the report's id (events.report_id; `rallymap review list`)")
    correct.add_argument("--city", metavar="NAME[, COUNTRY]",
                         help="the right city, looked up in the offline gazetteer ('Paris, FR', 'London, Canada'); "
                              "the most populous place of that name is taken")
    correct.add_argument("--date", metavar="YYYY-MM-DD[..YYYY-MM-DD]", help="the right day, or first and last day")
    correct.add_argument("--cache-dir", type=Path, default=None, help="where the gazetteer index is cached")
    _review_options(correct)
    listing = actions.add_parser("list", help="list the reports with their review status and ids")
    listing.add_argument("--data", type=Path, default=Path("data"), help="the dataset folder (default: data/)")
    listing.add_argument("--status", choices=("machine", "accepted", "corrected", "rejected"),
                         help="only reports with this review status")

    fetch = commands.add_parser("fetch", help="fetch web pages (links, RSS/Atom feeds, sitemaps) into DIR/sources/web "
                                               "as WARC files, politely; then build DIR")
    fetch.add_argument("urls", nargs="*", metavar="URL", help="pages to fetch")
    fetch.add_argument("--out", type=Path, required=True, help="the dataset folder (pages go to OUT/sources/web)")
    fetch.add_argument("--urls", dest="url_file", type=Path, metavar="FILE",
                       help="a file of URLs: one a line, or a CSV (the first cell of each row that is a URL)")
    fetch.add_argument("--feed", action="append", default=[], metavar="URL",
                       help="an RSS or Atom feed whose entries to fetch (recorded: `rallymap update` reads it again)")
    fetch.add_argument("--sitemap", action="append", default=[], metavar="URL",
                       help="a sitemap, news sitemap or sitemap index whose pages to fetch (recorded, as feeds)")
    _fetch_options(fetch)
    fetch.add_argument("--build", action="store_true", help="build OUT from OUT/sources afterwards")
    update = commands.add_parser("update", help="read DIR's feeds and sitemaps again, fetch what is new and rebuild "
                                                "(for cron: `0 * * * * rallymap update /srv/rallymap/data`)")
    update.add_argument("out", type=Path, metavar="DIR", help="a dataset folder that `rallymap fetch` filled")
    _fetch_options(update, required=False)

    users = commands.add_parser("users", help="who may review a shared dashboard (DIR/users.toml): with a users file, "
                                               "reviewers sign in and everyone else reads")
    user_actions = users.add_subparsers(dest="action", required=True)
    add = user_actions.add_parser("add", help="add an account, or give one a new password or role; the password is "
                                              "asked for (or read from standard input when it is not a terminal)")
    add.add_argument("name", help="the name to sign in with (letters, digits, . _ @ -)")
    add.add_argument("--role", choices=("reviewer", "viewer"), required=True,
                     help="reviewer: accepts, rejects, corrects and adds articles; viewer: reads")
    add.add_argument("--email", default="", help="the address your identity provider signs this person in with "
                                                 "(st.login), mapped to the role")
    add.add_argument("--no-password", action="store_true",
                     help="sign in only through the identity provider (needs --email)")
    for command in (add, user_actions.add_parser("list", help="list the accounts (never their passwords)"),
                    user_actions.add_parser("remove", help="remove an account")):
        command.add_argument("--data", type=Path, default=Path("data"), help="the dataset folder (default: data/)")
    user_actions.choices["remove"].add_argument("name", help="the account to remove")
    return parser


def _fetch_options(command: argparse.ArgumentParser, required: bool = True) -> None:
    command.add_argument("--user-agent", metavar="UA", required=required,
                         help="who is asking, with a contact, as sites expect: 'myproject (me@example.org)'"
                              + ("" if required else " (default: the one recorded by fetch)"))
    command.add_argument("--delay", type=float, default=None, metavar="SECONDS",
                         help="seconds between two requests to one site (default: 1)")
    command.add_argument("--timeout", type=float, default=15.0, metavar="SECONDS",
                         help="seconds to wait to connect and between two pieces of an answer (default: 15)")
    command.add_argument("--max-mb", type=float, default=5.0, metavar="MB", help="the largest page read (default: 5)")
    command.add_argument("--quiet", action="store_true", help="print only errors")


def _seconds(text: str) -> float:
    """A --article-timeout value: a finite number of seconds, 0 or more."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value < 1e6:
        raise argparse.ArgumentTypeError(f"not a number of seconds from 0 to 1e6: {text!r}")
    return value


def _review_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", type=Path, default=Path("data"), help="the dataset folder (default: data/)")
    parser.add_argument("--note", help="why (kept with the verdict)")
    parser.add_argument("--by", default=os.environ.get("USER") or "cli", help="the reviewer's name (default: $USER)")


def _progress_bar(enabled: bool):
    if not enabled:
        return None, lambda: None
    from tqdm import tqdm

    bar = tqdm(total=0, unit="file", desc="reading", file=sys.stderr, leave=False)

    def update(done: int, total: int) -> None:
        bar.total = total
        bar.n = done
        bar.refresh()

    return update, bar.close


# Skipped files listed one by one in the summary; past this many, the rest are counted by reason.
MAX_LISTED_SKIPS = 20
DUPLICATE = "same text as "  # the skip reason of an article whose text was already read
# Characters that act on a terminal (C0 and C1 controls but tab and line feed, DEL) or reorder
# what it shows (bidirectional overrides and isolates): printed as escapes, never as themselves.
_ACTIVE = {c: f"\\x{c:02x}" for c in [*range(0x00, 0x20), *range(0x7f, 0xa0)] if chr(c) not in "\t\n"}
_ACTIVE.update({c: f"\\u{c:04x}" for c in [*range(0x202a, 0x202f), *range(0x2066, 0x206a)]})


def visible(text: str) -> str:
    """text with every character that would act on a terminal written as an escape ('\\x1b'):
    article ids, reasons and reviewers' words come from files anyone may have written."""
    return text.translate(_ACTIVE)


def _print(*parts: object, file=None) -> None:
    """print, with visible() applied: every line the CLI prints may carry data."""
    print(*(visible(str(part)) for part in parts), file=file or sys.stdout)


def summary_lines(summary: dict, out: Path, seconds: float) -> list[str]:
    lines = [f"articles read {summary['articles_read']}, skipped {summary['skipped']}, "
             f"reports {summary['reports']}, rallies {summary['rallies']}, cities {summary['cities']}, "
             f"countries {summary['countries']}, in {seconds:.1f} s -> {out}"]
    languages = ", ".join(f"{code} {n}" for code, n in summary.get("languages", {}).items())
    if languages:
        lines.append(f"  languages: {languages}"
                     + (f"; {summary['unsupported_language']} article(s) in a language not read, kept without reports"
                        if summary.get("unsupported_language") else ""))
    reasons = summary["skip_reasons"]
    duplicates = sum(1 for reason in reasons.values() if reason.startswith(DUPLICATE))
    others = [(article_id, reason) for article_id, reason in reasons.items() if not reason.startswith(DUPLICATE)]
    for article_id, reason in others[:MAX_LISTED_SKIPS]:
        lines.append(f"  skipped {article_id}: {reason}")
    if len(others) > MAX_LISTED_SKIPS:
        counts = Counter(reason.split(":", 1)[0] for _, reason in others[MAX_LISTED_SKIPS:])
        lines.append(f"  skipped {len(others) - MAX_LISTED_SKIPS:,} more (" + "; ".join(
            f"{reason} {n:,}" for reason, n in counts.most_common(5)) + (
            "; …" if len(counts) > 5 else "") + f"): every one is listed in {out / 'articles.parquet'}")
    if duplicates:
        lines.append(f"  skipped {duplicates:,} article(s) with the same text as one already read "
                     f"(each is listed in {out / 'articles.parquet'} with its original)")
    return lines


# Exit codes: 0 built, 1 nothing readable, 2 an error stopped the build, 3 built but some files or
# articles raised an error (each is recorded in the articles table).
EXIT_FAILURES = 3


def _unchanged(out: Path, fingerprint: str) -> bool:
    """Whether out holds the tables of a build with this fingerprint (read without pandas)."""
    import json

    try:
        summary = json.loads((out / SUMMARY).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    tables = [out / "rallies.parquet", out / "events", out / "events.parquet"]
    return isinstance(summary, dict) and summary.get("fingerprint") == fingerprint and tables[0].exists() and (
        tables[1].is_dir() or tables[2].exists())


def _lexicons(codes: str | None) -> dict[str, Lexicon]:
    """The lexicons of the languages asked for (all of them when None)."""
    lexicons = default_lexicons()
    if not codes:
        return lexicons
    wanted = {c.strip().lower() for c in codes.split(",") if c.strip()}
    unknown = wanted - set(lexicons)
    if unknown:
        raise LexiconError(f"no lexicon for {', '.join(sorted(unknown))}; rallymap reads "
                           + ", ".join(sorted({l.language for l in lexicons.values()})))
    chosen = {lexicons[c].language for c in wanted}
    return {code: lexicon for code, lexicon in lexicons.items() if lexicon.language in chosen}


def _fingerprint(args: argparse.Namespace, paths: list[Path], walk_skips: list) -> tuple[str, dict]:
    """What the build would read (the files ingest.discover found, and the paths it could not
    walk), with what settings (see fingerprint.inputs_fingerprint); and the files' states."""
    from .build.fingerprint import file_states, inputs_fingerprint
    from .store.layout import CORRECTIONS

    settings = (sorted(map(str, args.sources)), [s.path for s in walk_skips], args.languages, args.min_confidence,
                args.layout, args.geocoder, args.geocoder_mode, args.geocoder_url, str(args.cache_dir),
                args.article_timeout)
    inputs = [*paths, args.out / CORRECTIONS]
    states = file_states(inputs)
    return inputs_fingerprint(inputs, settings, states), states


def build_command(args: argparse.Namespace) -> int:
    from .read.files import discover

    started = time.perf_counter()
    discovered = discover(args.sources, exclude=[args.out], kept_inside=[ADDED])
    fingerprint, states = _fingerprint(args, *discovered)
    if not args.no_cache and _unchanged(args.out, fingerprint):
        if not args.quiet:
            _print(f"nothing changed since the last build of {args.out} ({time.perf_counter() - started:.1f} s); "
                  "its tables are up to date (--no-cache builds them again)")
        return 0
    lexicons = _lexicons(args.languages)  # before the fork: both processes use these
    prepared = None
    if args.engine == "local" and not args.geocoder and hasattr(os, "fork"):
        from .build.engine import PreparedEngine
        from .build.reports import warm_up

        # The gazetteer loads in a process of its own, which then extracts the articles, while
        # this one imports the table libraries and reads the articles: a rebuild that extracts a
        # few articles pays for both at once.
        prepared = PreparedEngine({"gazetteer": partial(load_gazetteer, args.cache_dir)}, args.workers,
                                  warm=lambda resources: warm_up(resources["gazetteer"], lexicons))
    try:
        return _build(args, started, discovered, fingerprint, prepared, lexicons, states)
    finally:
        if prepared is not None:
            prepared.close()


def _build(args: argparse.Namespace, started: float, discovered: tuple, fingerprint: str, prepared,
           lexicons: dict[str, Lexicon], states: dict) -> int:
    """build_command, once it is known that something changed; prepared: a PreparedEngine that
    loads the gazetteer (None: load it here)."""
    from .build import pipeline
    from .build.cache import ReportCache
    from .build.engine import dask_engine
    from .store import dataset, review

    interactive = sys.stderr.isatty() and not args.quiet
    update, close = _progress_bar(interactive)
    gazetteer = None if prepared is not None else load_gazetteer(args.cache_dir)
    resolver, resolver_name, workers, online = None, "geonames-offline", args.workers, None
    if args.geocoder:
        from .extract.online import (  # geopy: only when a service is asked for
            GeocodeCache,
            OnlineResolver,
            make_geocoder,
        )

        geocoder = make_geocoder(args.geocoder, gazetteer, args.geocoder_url, args.user_agent, args.geocoder_timeout)
        delay = args.geocoder_delay if args.geocoder_delay is not None else 1.0 if args.geocoder == "nominatim" else 0.0
        online = OnlineResolver(args.geocoder, geocoder, gazetteer, GeocodeCache(args.out / "geocache.sqlite"),
                                args.geocoder_mode, delay)
        resolver, resolver_name = online, f"{args.geocoder}:{args.geocoder_mode}:{args.geocoder_url or ''}"
        workers = 1  # one rate limit and one cache connection: requests go out from one process
    verdicts, problems = review.read_verdicts(args.out)
    engine, stop_engine = prepared, (lambda: None)
    if args.engine == "dask":
        if online is not None:
            raise GeocoderError("--geocoder works with the local engine only: one rate limit and one cache")
        engine, stop_engine = dask_engine(args.scheduler, args.workers, args.partitions)
    try:
        cache = ReportCache(None if args.no_cache else args.out / ".cache" / "reports.msgpack")
        result = pipeline.build(args.sources, gazetteer, resolver=resolver, progress=update, cache=cache,
                                resolver_name=resolver_name, workers=workers, engine=engine,
                                lexicons=lexicons, min_confidence=args.min_confidence,
                                verdicts=verdicts, verdict_problems=problems, discovered=discovered,
                                states=states, seconds=args.article_timeout or None)
    finally:
        close()
        stop_engine()
        if online is not None:
            online.cache.close()
    if result.summary["articles_read"] == 0:
        reasons = "; ".join(f"{k}: {v}" for k, v in list(result.summary["skip_reasons"].items())[:3])
        _print(f"rallymap: no article could be read from {', '.join(map(str, args.sources))}"
              + (f" ({reasons})" if reasons else ""), file=sys.stderr)
        return 1
    summary = {**result.summary, "fingerprint": fingerprint}
    with review.locked(args.out):
        dataset.write(result.dataset, args.out, summary, partitioned=args.layout == "partitioned")
        cache.save()
    failures = result.summary.get("failures", 0)
    if not args.quiet:
        _print("\n".join(summary_lines(result.summary, args.out, time.perf_counter() - started)))
        if result.reused:
            _print(f"  reused {result.reused} unchanged article(s), processed {result.processed}")
        if online is not None:
            stats = online.stats
            _print(f"  geocoder {args.geocoder}: {stats.answered} place(s) placed, {stats.sent} request(s) sent, "
                  f"{stats.cached} answered from the cache, {stats.fell_back} fell back to the offline gazetteer")
        reviewed_counts = {k: v for k, v in result.summary["review"]["review_status"].items() if k != "machine"}
        if reviewed_counts:
            _print("  review verdicts applied: " + ", ".join(f"{k} {v}" for k, v in sorted(reviewed_counts.items())))
        geocoders = ", ".join(f"{name} {count}" for name, count in result.summary["geocoders"].items())
        if online is not None and geocoders:
            _print(f"  places by geocoder: {geocoders}")
    if _review_problems(result.summary, args.out) and not failures:
        return EXIT_FAILURES
    if failures:
        _print(f"rallymap: {failures} file(s) or article(s) raised an error or ran out of time while being read or "
              f"extracted; they are listed as 'skipped: failed while ...' or 'skipped: took longer than ...' in "
              f"{args.out / 'articles.parquet'}", file=sys.stderr)
        return EXIT_FAILURES
    return 0


def review_command(args: argparse.Namespace) -> int:
    from .store import review

    if args.action == "list":
        return list_command(args)
    place = dates = None
    if args.action == "correct":
        if not args.city and not args.date:
            raise ReviewError("say what to correct: --city, --date, or both")
        if args.city:
            place = find_place(load_gazetteer(args.cache_dir), args.city)
        if args.date:
            dates = review.parse_dates(args.date)
    verdict = review.make_verdict(args.report_id, args.action, args.by, args.note, place, dates)
    data, summary = review.record(args.data, verdict)
    row = data.events.loc[data.events["report_id"] == args.report_id].iloc[0]
    _print(f"{args.report_id}: {row['review_status']} by {verdict.by}; now {_report_line(row)}")
    return _review_problems(summary, args.data)


def find_place(gazetteer, text: str):
    """The city 'NAME' or 'NAME, COUNTRY' names: the most populous of that name (in that country)."""
    name, _, country = text.rpartition(",")
    places = gazetteer.places(name, country) if name.strip() and country.strip() else []
    places = places or gazetteer.places(text)
    if not places:
        raise ReviewError(f"no place called {text!r} in the gazetteer")
    return places[0]


def _report_line(row) -> str:
    from pandas import isna

    dates = "date unknown" if isna(row["date_start"]) else (
        f"{row['date_start']:%Y-%m-%d}" + ("" if row["date_end"] == row["date_start"] else f"..{row['date_end']:%Y-%m-%d}"))
    return f"{row['city']}, {row['country']}, {dates}"


def list_command(args: argparse.Namespace) -> int:
    from .store import dataset

    events = dataset.read(args.data).events
    if args.status:
        events = events[events["review_status"] == args.status]
    for row in events.sort_values(["city", "date_start", "article_id"], na_position="last").to_dict("records"):
        verdict = "" if row["review_status"] == "machine" else f" by {row['reviewed_by']} {row['reviewed_at']}"
        _print(f"{row['report_id']}  {row['review_status']:<9}  {_report_line(row)}  [{row['article_id']}]{verdict}")
    _print(f"{len(events)} report(s)", file=sys.stderr)
    return _review_problems(dataset.read_summary(args.data), args.data)


def _review_problems(summary: dict, data: Path) -> int:
    """Print the verdicts that found no report and the lines that could not be read; 0 when none."""
    review_figures = summary.get("review", {})
    for line in review_figures.get("unmatched_verdicts", []):
        _print(f"rallymap: a verdict found no report (the article changed or was removed): {line}", file=sys.stderr)
    for line in review_figures.get("unreadable_verdicts", []):
        _print(f"rallymap: skipped an unreadable verdict in {data}: {line}", file=sys.stderr)
    return EXIT_FAILURES if review_figures.get("unreadable_verdicts") else 0


def _policy(args: argparse.Namespace, recorded=None):
    from .read.web import FetchPolicy

    user_agent = args.user_agent or (recorded.user_agent if recorded else "")
    delay = args.delay if args.delay is not None else (recorded.delay if recorded else 1.0)
    return FetchPolicy(user_agent, delay=delay, timeout=args.timeout, max_bytes=int(args.max_mb * 1_000_000))


def _fetch_lines(report, quiet: bool) -> list[str]:
    counts = report.counts()
    lines = [", ".join(f"{name} {n}" for name, n in counts.items())
             + (f" -> {report.archive}" if report.archive else "")]
    if not quiet:
        lines += [f"  {o.status} {o.url}: {o.reason}" for o in report.outcomes if o.status != "fetched"][:50]
    return lines


def _fetch_exit(report) -> int:
    counts = report.counts()
    if counts["failed"] and not (counts["fetched"] or counts["already stored"] or counts["skipped"]):
        return 1
    return EXIT_FAILURES if counts["failed"] else 0


def fetch_command(args: argparse.Namespace) -> int:
    from .read import web

    policy = _policy(args)
    web_dir = args.out / web.WEB_FOLDER
    client = web.Client(policy)
    urls = list(args.urls) + (web.urls_in_file(args.url_file) if args.url_file else [])
    for kind, sources in (("feed", args.feed), ("sitemap", args.sitemap)):
        for source in sources:
            found = web.read_index(source, client, kind)
            if not args.quiet:
                _print(f"{kind} {source}: {len(found)} link(s)")
            urls += found
    if args.feed or args.sitemap:
        recorded = web.read_subscriptions(args.out)
        web.write_subscriptions(args.out, recorded.merged(web.Subscriptions(tuple(args.feed), tuple(args.sitemap),
                                                                            policy.user_agent, policy.delay)))
    if not urls:
        raise FetchError("no URL to fetch: give URLs, --urls FILE, --feed URL or --sitemap URL")
    report = web.fetch(urls, web_dir, policy, client=client)
    for line in _fetch_lines(report, args.quiet):
        _print(line)
    code = _fetch_exit(report)
    if args.build:
        code = max(code, _build_sources(args.out, args.quiet))
    return code


def _build_sources(out: Path, quiet: bool) -> int:
    """`rallymap build OUT/sources --out OUT`: the fetched pages and added articles of a dataset."""
    return build_command(parser().parse_args(["build", str(out / ADDED), "--out", str(out),
                                              *(["--quiet"] if quiet else [])]))


def update_command(args: argparse.Namespace) -> int:
    """Fetch what DIR's feeds and sitemaps list that is not stored yet, then rebuild DIR
    incrementally (the last build's sources and DIR/sources), saying what is new."""
    from .build import workspace
    from .read import web
    from .store import dataset

    recorded = web.read_subscriptions(args.out)
    if not recorded.feeds and not recorded.sitemaps:
        raise FetchError(f"{args.out} follows no feed or sitemap: add one with `rallymap fetch --feed URL --out "
                         f"{args.out} --user-agent UA`")
    policy = _policy(args, recorded)
    client = web.Client(policy)
    urls = []
    for kind, sources in (("feed", recorded.feeds), ("sitemap", recorded.sitemaps)):
        for source in sources:
            try:
                urls += web.read_index(source, client, kind)
            except FetchError as exc:
                _print(f"rallymap: {exc}", file=sys.stderr)
    report = web.fetch(urls, args.out / web.WEB_FOLDER, policy, client=client)
    for line in _fetch_lines(report, args.quiet):
        _print(line)
    before = dataset.read_summary(args.out) if (args.out / SUMMARY).is_file() else {}
    if before:
        started = time.perf_counter()
        result = workspace.rebuild(args.out, load_gazetteer())
        after = result.summary
        seconds = time.perf_counter() - started
    else:
        code = _build_sources(args.out, quiet=True)
        if code in (1, 2):
            return code
        after, seconds = dataset.read_summary(args.out), 0.0
    new_articles = after.get("articles_read", 0) - before.get("articles_read", 0)
    new_rallies = after.get("rallies", 0) - before.get("rallies", 0)
    _print(f"update: {new_articles} new article(s), {new_rallies} new rally(ies); the dataset has "
           f"{after.get('rallies', 0)} rallies" + (f" (rebuilt in {seconds:.1f} s)" if seconds else ""))
    return _fetch_exit(report)


def _password(name: str) -> str:
    """The new password: asked twice at a terminal, else the first line of standard input."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(f"Password for {name}: ")
    if getpass.getpass("The same again: ") != first:
        raise AccountsError("the two passwords differ")
    return first


def users_command(args: argparse.Namespace) -> int:
    from .store import accounts as accounts_store

    if args.action == "list":
        accounts = accounts_store.read_accounts(args.data)
        if not accounts:
            _print(f"no accounts in {args.data / accounts_store.USERS}: review mode is open only while the dashboard "
                   "listens on 127.0.0.1")
        for account in sorted(accounts.values(), key=lambda a: a.name):
            how = ", ".join(filter(None, ("password" if account.password_hash else "", account.email)))
            _print(f"{account.name}\t{account.role}\t{how}")
        return 0
    if args.action == "remove":
        accounts_store.remove_user(args.data, args.name)
        _print(f"removed {args.name}")
        return 0
    if args.no_password and not args.email:
        raise AccountsError("--no-password needs --email: the person signs in through the identity provider")
    password = None if args.no_password else _password(args.name)
    accounts_store.add_user(args.data, args.name, args.role, password, args.email)
    _print(f"{args.name} may now sign in as {args.role} ({args.data / accounts_store.USERS})")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if args.command == "users":
            return users_command(args)
        if args.command in ("fetch", "update"):
            return fetch_command(args) if args.command == "fetch" else update_command(args)
        return review_command(args) if args.command == "review" else build_command(args)
    except RallymapError as exc:
        _print(f"rallymap: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `rallymap review list | head`: the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        _print("rallymap: interrupted; the previous output is unchanged", file=sys.stderr)
        return 130
    finally:
        # Arrow objects left for the interpreter's last teardown may still hold threads of
        # Arrow's pools, which then abort the process after its work is done ('terminate called
        # without an active exception', apache/arrow#34314): they are collected while Arrow lives.
        gc.collect()
