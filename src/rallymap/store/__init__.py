"""Store: what a build writes and reviewers change.

`dataset` holds the schema of the three tables (events, articles, rallies) as data, checks them
at the write and read boundaries, merges reports into rallies, and writes atomically; `review`
keeps reviewers' verdicts in `corrections.jsonl` (each line checked against a schema) and applies
them; `layout` names what a dataset folder holds. Takes tables and verdicts, gives tables and
files. Imports only `extract` (the gazetteer's City), `errors` and `limits`.
"""
