"""Reference pages generated from the code, so that they cannot drift from it: the output tables'
columns from the schema (`store.dataset.TABLES`) and the command line from its argument parser
(`cli`). The documentation site's build (`make docs`) renders them."""

from __future__ import annotations

import argparse
import os

from .cli import parser
from .store.dataset import REQUIRED, TABLES

HELP_WIDTH = 100  # characters of a line of the CLI reference
TABLE_INTROS = {
    "events": "One row per report: an article saying a rally took place in a city (`events.parquet`, `events.csv`).",
    "rallies": "One row per rally: the reports of one city whose date intervals overlap, merged "
               "(`rallies.parquet`, `rallies.csv`).",
    "articles": "One row per input article or skipped file, with its text and status (`articles.parquet`).",
}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def columns_markdown() -> str:
    """The column reference: every table of the schema, each column's type, whether it may be
    empty, and its meaning."""
    lines = ["# Column reference", "",
             "Generated from the schema in `src/rallymap/store/dataset.py`, which every table is checked "
             "against before it is written and after it is read.", ""]
    for name, schema in TABLES.items():
        lines += [f"## {name}", "", TABLE_INTROS.get(name, ""), "", "| column | type | empty | meaning |",
                  "| --- | --- | --- | --- |"]
        for column, (kind, meaning) in schema.items():
            required = "never" if column in REQUIRED.get(name, ()) else "may be"
            lines.append(f"| `{column}` | {kind} | {required} | {_cell(meaning)} |")
        lines.append("")
    return "\n".join(lines)


def cli_markdown() -> str:
    """The command-line reference: each command's usage and options, as `--help` prints them."""
    lines = ["# Command-line reference", "",
             "Generated from the argument parser in `src/rallymap/cli.py`: what `rallymap COMMAND --help` prints.", ""]
    width = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(HELP_WIDTH)  # argparse wraps at the terminal's width: the page's is fixed
    try:
        for path, command in _commands(parser(), ["rallymap"]):
            lines += [f"## `{' '.join(path)}`", "", "```text", command.format_help().rstrip(), "```", ""]
    finally:
        if width is None:
            os.environ.pop("COLUMNS")
        else:
            os.environ["COLUMNS"] = width
    return "\n".join(lines)


def _commands(command: argparse.ArgumentParser, path: list[str]):
    yield path, command
    for action in command._actions:  # argparse keeps its subcommands only here
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _commands(sub, [*path, name])
