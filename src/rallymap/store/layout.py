"""The names of what a dataset folder holds besides its tables (a light module: the CLI reads
them before deciding whether to load anything)."""

SUMMARY = "build.json"  # the build summary, rewritten with every write of the tables
CORRECTIONS = "corrections.jsonl"  # reviewers' verdicts, append-only
LOCK = ".rallymap.lock"  # held around every append and every rewrite of the tables
ADDED = "sources"  # articles added from the dashboard
