"""Read: sources in, articles out.

Takes files and folders (`files.discover`, `files.plan`, `files.read_file`, `files.read_part`):
plain text, Markdown, HTML, JSON, JSON lines and Parquet shards; gives `Article` records (text,
title, source, URL, publication date or month, language) or `Skipped` records that say why a file
gave none. Every file given is accounted for. Imports only `extract` (dates in headers and
datelines, the language identifier), `errors` and `limits`.
"""
