"""The generated references cover what they are generated from: every column of the schema and
every option of the command line (the docs site renders them; `make docs` builds it --strict)."""

import argparse

from rallymap.cli import parser
from rallymap.reference import cli_markdown, columns_markdown
from rallymap.store.dataset import TABLES


def test_the_column_reference_has_every_column_with_its_meaning():
    page = columns_markdown()
    for table, schema in TABLES.items():
        assert f"## {table}" in page
        for column, (kind, _) in schema.items():
            assert f"| `{column}` | {kind} |" in page


def test_the_cli_reference_has_every_command_and_option():
    page = cli_markdown()
    options, commands = set(), set()

    def walk(command, path):
        commands.add(" ".join(path))
        for action in command._actions:
            options.update(o for o in action.option_strings if o.startswith("--"))
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, [*path, name])

    walk(parser(), ["rallymap"])
    assert {"rallymap build", "rallymap review correct", "rallymap review list"} <= commands
    for command in commands:
        assert f"## `{command}`" in page
    for option in options:
        assert option in page, option
