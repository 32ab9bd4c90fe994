"""mkdocs hook: the column and command-line references, generated from the code at each build
(rallymap.reference), added to the site as pages of their own."""

from mkdocs.structure.files import File

from rallymap.reference import cli_markdown, columns_markdown


def on_files(files, config):
    for path, make in (("reference/columns.md", columns_markdown), ("reference/cli.md", cli_markdown)):
        files.append(File.generated(config, path, content=make()))
    return files
