"""The command line through its real entry points."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
from conftest import ROOT, SEEDS

ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "rallymap", *args], cwd=cwd, env=ENV, capture_output=True,
                          text=True, timeout=300)


def test_build_seeds(tmp_path, gazetteer):
    out = tmp_path / "out"
    result = run("build", str(SEEDS), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "articles read 5, skipped 0, reports 23, rallies 23, cities 17" in result.stdout
    assert sorted(p.name for p in out.iterdir()) == [
        ".cache", ".rallymap.lock", "articles.parquet", "build.json", "events.csv", "events.parquet", "rallies.csv", "rallies.parquet"]
    events = pd.read_csv(out / "events.csv")
    assert len(events) == 23 and {"article_id", "lat", "lon", "date_start", "date_end", "evidence"} <= set(events)
    assert (out / "events.csv").stat().st_mode & 0o044  # readable by others, like any file the user writes
    (out / "build.json").unlink()  # no record of the last build: the cache still spares the work
    again = run("build", str(SEEDS), "--out", str(out))
    assert "reused 5 unchanged article(s), processed 0" in again.stdout
    assert pd.read_csv(out / "events.csv").equals(events)


def test_console_script(tmp_path, gazetteer):
    script = shutil.which("rallymap", path=str(Path(sys.executable).parent))
    assert script, "the rallymap console script is installed with the package"
    result = subprocess.run([script, "build", str(SEEDS / "002_21f98a6f8f601717.txt"), "--out", str(tmp_path)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "reports 1, rallies 1" in result.stdout


def test_missing_source_is_a_one_line_error(tmp_path):
    result = run("build", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"rallymap: no such file or folder: {tmp_path / 'nowhere'}"
    assert "Traceback" not in result.stderr


def test_nothing_readable_exits_non_zero(tmp_path, gazetteer):
    (tmp_path / "empty.txt").write_text("")
    result = run("build", str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "no article could be read" in result.stderr and "empty file" in result.stderr
    assert not (tmp_path / "out").exists()


def test_report_cache_ignores_other_code_versions(tmp_path):
    import msgspec

    from rallymap.build.cache import ReportCache

    path = tmp_path / "reports.msgpack"
    cache = ReportCache(path, list[int])
    cache.put("k", [1])
    cache.save()
    assert ReportCache(path, list[int]).get("k") == [1]
    _, entries, files = msgspec.msgpack.decode(path.read_bytes())
    path.write_bytes(msgspec.msgpack.encode(("another version", entries, files)))
    assert ReportCache(path, list[int]).get("k") is None
    path.write_bytes(b"damaged")
    assert ReportCache(path, list[int]).get("k") is None


MIXED = {
    "en.txt": "Thousands rallied in Paris on Saturday against the war, organisers said.",
    "de.txt": "Tausende Menschen demonstrierten am Samstag in Hamburg gegen den Krieg, sagte die Polizei.",
    "fi.txt": "Tuhannet ihmiset osoittivat mieltään lauantaina Helsingissä sotaa vastaan, kertoi poliisi.",
}


def test_languages_option_limits_what_is_read(tmp_path, gazetteer):
    for name, text in MIXED.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = run("build", str(tmp_path), "--out", str(out), "--languages", "de")
    assert result.returncode == 0, result.stderr
    assert "languages: de 1, en 1, fi 1; 2 article(s) in a language not read, kept without reports" in result.stdout
    events = pd.read_parquet(out / "events.parquet")
    assert events[["city", "language"]].values.tolist() == [["Hamburg", "de"]]
    articles = pd.read_parquet(out / "articles.parquet").set_index("article_id")
    assert articles.loc["fi", "status"] == "ok" and articles.loc["fi", "n_reports"] == 0
    result = run("build", str(tmp_path), "--out", str(out), "--languages", "de,xx")
    assert result.returncode == 2 and result.stderr.startswith("rallymap: no lexicon for xx")


def test_min_confidence_drops_weak_reports(tmp_path, gazetteer):
    (tmp_path / "a.txt").write_text("Thousands rallied in Paris. Protesters in the United States also gathered in Many.",
                                    encoding="utf-8")
    every = run("build", str(tmp_path), "--out", str(tmp_path / "all"))
    strong = run("build", str(tmp_path), "--out", str(tmp_path / "strong"), "--min-confidence", "0.6")
    assert every.returncode == strong.returncode == 0
    kept = pd.read_parquet(tmp_path / "strong" / "events.parquet")
    assert set(kept["city"]) == {"Paris"} and len(pd.read_parquet(tmp_path / "all" / "events.parquet")) > len(kept)
    assert (kept["confidence"] >= 0.6).all()


def test_help_and_argument_errors_import_no_heavy_library():
    script = ("import sys\nfrom rallymap.cli import main\n"
              "for argv in (['--help'], ['build', '--help'], ['review', 'list', '--help'], ['build', '--bogus']):\n"
              "    try:\n        main(argv)\n    except SystemExit:\n        pass\n"
              "print(sorted(m for m in ('pandas', 'geopy', 'dask', 'streamlit', 'trafilatura') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", script], env=ENV, capture_output=True, text=True, timeout=60)
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stderr


def test_a_rebuild_with_nothing_changed_stops_before_loading_anything(tmp_path):
    sources = tmp_path / "in"
    shutil.copytree(SEEDS, sources)
    out = tmp_path / "out"
    assert run("build", str(sources), "--out", str(out)).returncode == 0
    written = (out / "build.json").stat().st_mtime_ns
    again = run("build", str(sources), "--out", str(out))
    assert again.returncode == 0 and again.stdout.startswith("nothing changed since the last build")
    assert (out / "build.json").stat().st_mtime_ns == written
    for change in (lambda: (sources / "extra.txt").write_text("Hundreds rallied in Oslo on Saturday."),
                   lambda: ["--min-confidence", "0.5"], lambda: ["--no-cache"],
                   lambda: (out / "corrections.jsonl").write_text("")):
        extra = change()
        result = run("build", str(sources), "--out", str(out), *(extra if isinstance(extra, list) else []))
        assert result.returncode == 0 and result.stdout.startswith("articles read"), result.stdout
