"""A dashboard a team can share: accounts as data, sign-in with throttling, roles enforced where
the action happens, safe defaults without accounts, and the audit log."""

import json
import subprocess
import sys

import pytest
from conftest import ROOT, SEEDS
from streamlit.testing.v1 import AppTest

from rallymap.app import access
from rallymap.build.pipeline import build
from rallymap.errors import AccountsError
from rallymap.store import accounts, dataset, review

PASSWORD = "correct horse battery"


@pytest.fixture
def folder(tmp_path):
    return tmp_path


def test_the_users_file_holds_hashes_never_passwords(folder):
    accounts.add_user(folder, "ana", "reviewer", PASSWORD)
    accounts.add_user(folder, "bo", "viewer", "another secret", email="Bo@Example.org")
    text = (folder / accounts.USERS).read_text()
    assert PASSWORD not in text and "another secret" not in text and "$argon2id$" in text
    assert (folder / accounts.USERS).stat().st_mode & 0o077 == 0  # readable by its owner only
    known = accounts.read_accounts(folder)
    assert {a.name: a.role for a in known.values()} == {"ana": "reviewer", "bo": "viewer"}
    assert accounts.authenticate(known, "ana", PASSWORD).name == "ana"
    assert accounts.authenticate(known, "ana", "wrong password") is None
    assert accounts.authenticate(known, "nobody", PASSWORD) is None
    assert accounts.account_for_email(known, "bo@example.org").name == "bo"  # an identity provider's e-mail
    assert accounts.account_for_email(known, "eve@example.org") is None
    accounts.remove_user(folder, "bo")
    assert set(accounts.read_accounts(folder)) == {"ana"}
    events = [e.event for e in accounts.read_audit(folder)]
    assert events == ["user removed", "user added", "user added"]


@pytest.mark.parametrize("text, problem", [
    pytest.param('[users.ana]\nrole = "admin"\npassword_hash = "$argon2id$x"\n', "role", id="unknown-role"),
    pytest.param('[users.ana]\nrole = "reviewer"\npassword = "plain"\n', "unknown fields", id="a-plain-password"),
    pytest.param('[users.ana]\nrole = "reviewer"\npassword_hash = "md5$abc"\n', "Argon2id", id="not-argon2"),
    pytest.param('[users."a b"]\nrole = "viewer"\nemail = "a@b.c"\n', "valid user name", id="bad-name"),
    pytest.param("[users.ana\n", "cannot read", id="not-toml"),
    pytest.param('admins = ["ana"]\n', "expected only", id="other-tables"),
])
def test_a_damaged_users_file_is_an_error_not_an_open_door(folder, text, problem):
    (folder / accounts.USERS).write_text(text)
    with pytest.raises(AccountsError, match=problem):
        accounts.read_accounts(folder)


@pytest.mark.parametrize("name, role, password", [
    pytest.param("ana", "reviewer", "short", id="short-password"),
    pytest.param("ana", "owner", PASSWORD, id="unknown-role"),
    pytest.param("../ana", "viewer", PASSWORD, id="a-path-as-name"),
])
def test_bad_accounts_are_refused(folder, name, role, password):
    with pytest.raises(AccountsError):
        accounts.add_user(folder, name, role, password)
    assert not (folder / accounts.USERS).exists()


def test_five_failures_a_minute_lock_a_key_for_a_while():
    now = [0.0]
    throttle = accounts.Throttle(limit=5, window=60, lock=300, clock=lambda: now[0])
    for _ in range(4):
        throttle.failed("name:ana")
        now[0] += 1
    assert throttle.wait("name:ana") == 0
    throttle.failed("name:ana")
    assert throttle.wait("name:ana") == pytest.approx(300)
    assert throttle.wait("name:bo") == 0  # other names are not locked
    now[0] += 301
    assert throttle.wait("name:ana") == 0


def test_the_cli_adds_lists_and_removes_accounts(folder):
    def rallymap(*args, stdin=""):
        command = [sys.executable, "-c", "import sys; from rallymap.cli import main; sys.exit(main())", *args]
        return subprocess.run(command, input=stdin, capture_output=True, text=True, cwd=ROOT)

    added = rallymap("users", "add", "ana", "--role", "reviewer", "--data", str(folder), stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    listed = rallymap("users", "list", "--data", str(folder))
    assert listed.stdout.split() == ["ana", "reviewer", "password"] and "argon2" not in listed.stdout
    short = rallymap("users", "add", "bo", "--role", "viewer", "--data", str(folder), stdin="short\n")
    assert short.returncode == 2 and "8 to 1024 characters" in short.stderr
    assert rallymap("users", "remove", "ana", "--data", str(folder)).returncode == 0
    assert rallymap("users", "remove", "ana", "--data", str(folder)).returncode == 2


# The dashboard, shared: AppTest on the seeds' tables with a users file beside them.

@pytest.fixture(scope="module")
def seeds_tables(gazetteer):
    return build([SEEDS], gazetteer)


@pytest.fixture
def shared(seeds_tables, tmp_path):
    dataset.write(seeds_tables.dataset, tmp_path, seeds_tables.summary)
    accounts.add_user(tmp_path, "ana", "reviewer", PASSWORD)
    accounts.add_user(tmp_path, "vic", "viewer", "viewer password")
    return tmp_path


def app(monkeypatch, data_dir):
    monkeypatch.setenv("RALLYMAP_DATA", str(data_dir))
    return AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()


def sign_in(at, name, password):
    at.text_input(key=access.SIGN_IN_NAME).input(name)
    at.text_input(key=access.SIGN_IN_PASSWORD).input(password)
    return next(b for b in at.button if b.label == "Sign in").click().run()


def review_controls(at):
    return [b for b in at.button if b.label in ("Accept", "Reject", "Save correction", "Add and rebuild")] + [
        t for t in at.toggle if t.label == "Review mode"]


STOCKHOLM = "2673730"


def test_anonymous_visitors_and_viewers_see_no_review_controls(monkeypatch, shared):
    at = app(monkeypatch, shared)
    at.selectbox(key="city").set_value(STOCKHOLM).run()
    assert not at.exception and not review_controls(at)
    at = sign_in(at, "vic", "viewer password")
    assert any("Signed in as" in c.value and "viewer" in c.value for c in at.sidebar.caption)
    at.selectbox(key="city").set_value(STOCKHOLM).run()
    assert not review_controls(at)


def test_a_reviewer_signs_in_and_the_verdict_carries_their_name(monkeypatch, shared):
    at = sign_in(app(monkeypatch, shared), "ana", PASSWORD)
    at.toggle(key="review_mode").set_value(True).run()
    assert not [t for t in at.sidebar.text_input if t.label == "Your name"]  # the name is the signed-in one
    at.selectbox(key="city").set_value(STOCKHOLM).run()
    next(b for b in at.button if b.label == "Reject").click().run()
    verdicts = review.read_verdicts(shared)[0]
    assert [(v.action, v.by) for v in verdicts] == [("reject", "ana")]
    audit = [(e.who, e.event) for e in accounts.read_audit(shared)]
    assert ("ana", "verdict") in audit and ("ana", "signed in") in audit


def test_six_wrong_passwords_lock_the_name(monkeypatch, shared):
    at = app(monkeypatch, shared)
    for _ in range(5):
        at = sign_in(at, "ana", "not the password")
        assert any(access.WRONG in w.value for w in at.sidebar.warning)
    at = sign_in(at, "ana", "not the password")
    assert any("Too many attempts" in w.value for w in at.sidebar.warning)
    at = sign_in(at, "ana", PASSWORD)  # the right password, too late
    assert any("Too many attempts" in w.value for w in at.sidebar.warning)
    assert not review_controls(at)
    failed = [e for e in accounts.read_audit(shared) if e.event == "sign-in failed"]
    assert len(failed) == 5 and all(PASSWORD not in e.detail for e in failed)


def test_a_wrong_name_and_a_wrong_password_get_one_message(monkeypatch, shared):
    wrong_name = [w.value for w in sign_in(app(monkeypatch, shared), "nobody", PASSWORD).sidebar.warning]
    wrong_password = [w.value for w in sign_in(app(monkeypatch, shared), "vic", "not it").sidebar.warning]
    assert wrong_name == wrong_password == [access.WRONG]


def forged_callback(data_dir: str, account: dict | None):
    """A page whose session belongs to account (None: nobody) calling the verdict callback directly."""
    from pathlib import Path

    import streamlit as st

    from rallymap.app import access, views
    from rallymap.store import dataset

    if account is not None:
        st.session_state[access.ACCOUNT_KEY] = account
    report_id = dataset.read(Path(data_dir)).events["report_id"].iloc[0]
    views._record(views.ReviewContext(Path(data_dir), "mallory"), report_id, "reject")
    views._add_and_rebuild(views.ReviewContext(Path(data_dir), "mallory"), "uploads-0")


@pytest.mark.parametrize("who", [None, "vic"], ids=["anonymous", "viewer"])
def test_calling_the_callbacks_records_nothing_for_a_non_reviewer(shared, who):
    import time

    account = None if who is None else {"name": who, "at": time.time()}
    at = AppTest.from_function(forged_callback, args=(str(shared), account), default_timeout=60).run()
    assert not at.exception
    assert review.read_verdicts(shared)[0] == []
    assert [e.event for e in accounts.read_audit(shared)].count("action refused") == 2


def test_an_expired_sign_in_is_dropped(monkeypatch, shared):
    at = sign_in(app(monkeypatch, shared), "ana", PASSWORD)
    at.session_state[access.ACCOUNT_KEY] = {"name": "ana", "at": 0.0}
    at.run()
    assert any("expired" in w.value for w in at.sidebar.warning) and not review_controls(at)


def test_the_identity_providers_email_maps_to_a_role(monkeypatch, shared):
    accounts.add_user(shared, "dee", "reviewer", None, email="dee@example.org")
    monkeypatch.setattr(access, "_provider_email", lambda: "DEE@example.org")
    at = app(monkeypatch, shared)
    assert any("Signed in as" in c.value and "identity provider" in c.value for c in at.sidebar.caption)
    assert [t.label for t in at.toggle if t.label == "Review mode"] == ["Review mode"]


@pytest.mark.parametrize("address, loopback", [("127.0.0.1", True), ("::1", True), ("localhost", True),
                                               ("0.0.0.0", False), ("", False), ("192.168.1.5", False)])
def test_which_addresses_are_loopback(address, loopback):
    import streamlit as st

    before = st.get_option("server.address")
    st.config.set_option("server.address", address)
    try:
        assert access.server_is_loopback() is loopback
    finally:
        st.config.set_option("server.address", before)


def test_without_accounts_a_shared_server_offers_no_review(monkeypatch, seeds_tables, tmp_path):
    import streamlit as st

    dataset.write(seeds_tables.dataset, tmp_path, seeds_tables.summary)
    before = st.get_option("server.address")
    st.config.set_option("server.address", "0.0.0.0")
    try:
        at = app(monkeypatch, tmp_path)
    finally:
        st.config.set_option("server.address", before)
    assert not review_controls(at)
    assert any("rallymap users add" in i.value for i in at.sidebar.info)
    at = app(monkeypatch, tmp_path)  # on 127.0.0.1 (the project's .streamlit/config.toml): as on a laptop
    assert [t.label for t in at.toggle if t.label == "Review mode"] == ["Review mode"]


def test_the_audit_log_is_read_as_data(folder):
    (folder / accounts.AUDIT).write_text('not json\n{"at": 1}\n' + json.dumps(
        {"at": "2026-01-01T00:00:00+00:00", "who": "ana", "event": "signed in", "detail": ""}) + "\n")
    assert [(e.who, e.event) for e in accounts.read_audit(folder)] == [("ana", "signed in")]
