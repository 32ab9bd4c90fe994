"""Command line: `rallymap build SOURCE... --out DIR`. Library errors become one-line messages."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from . import dataset, pipeline
from .cache import ReportCache
from .errors import RallymapError
from .gazetteer import default_cache_dir, load_gazetteer


def _parser() -> argparse.ArgumentParser:
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
    build.add_argument("--quiet", action="store_true", help="print only errors")
    return parser


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


def summary_lines(summary: dict, out: Path, seconds: float) -> list[str]:
    lines = [f"articles read {summary['articles_read']}, skipped {summary['skipped']}, "
             f"reports {summary['reports']}, rallies {summary['rallies']}, cities {summary['cities']}, "
             f"countries {summary['countries']}, in {seconds:.1f} s -> {out}"]
    for article_id, reason in summary["skip_reasons"].items():
        lines.append(f"  skipped {article_id}: {reason}")
    return lines


def build_command(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    interactive = sys.stderr.isatty() and not args.quiet
    update, close = _progress_bar(interactive)
    gazetteer = load_gazetteer(args.cache_dir)
    try:
        cache = ReportCache(None if args.no_cache else args.out / ".cache" / "reports.pickle")
        result = pipeline.build(args.sources, gazetteer, progress=update, cache=cache, workers=args.workers)
    finally:
        close()
    if result.summary["articles_read"] == 0:
        reasons = "; ".join(f"{k}: {v}" for k, v in list(result.summary["skip_reasons"].items())[:3])
        print(f"rallymap: no article could be read from {', '.join(map(str, args.sources))}"
              + (f" ({reasons})" if reasons else ""), file=sys.stderr)
        return 1
    dataset.write(result.dataset, args.out, result.summary)
    cache.save()
    if not args.quiet:
        print("\n".join(summary_lines(result.summary, args.out, time.perf_counter() - started)))
        if result.reused:
            print(f"  reused {result.reused} unchanged article(s), processed {result.processed}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return build_command(args)
    except RallymapError as exc:
        print(f"rallymap: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("rallymap: interrupted; the previous output is unchanged", file=sys.stderr)
        return 130
