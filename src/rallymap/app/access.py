"""Who may review: sign-in in the sidebar, and the checks every review action makes on the server.

- With a users file (`rallymap users add`), a reviewer signs in with a name and password, or
  through the organisation's identity provider (Streamlit's `st.login`, when `.streamlit/secrets.toml`
  configures `[auth]`; the e-mail address maps to a role in the users file). A sign-in lasts
  SESSION_SECONDS; attempts are throttled per name and per browser.
- Without one, review is open as on a laptop only while the server listens on a loopback address;
  served to others, review is off.

Every action (a verdict, a restore, adding articles) calls `reviewer_of` again when it runs: a
control a viewer never saw cannot be triggered into doing anything by a forged message.
"""

from __future__ import annotations

import ipaddress
import time
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from ..errors import RallymapError
from ..store import accounts
from .markdown import escape_markdown

ACCOUNT_KEY = "_account"  # who signed in, and when: set only here, never by a widget
SESSION_SECONDS = 8 * 3600
SIGN_IN_FORM = "sign_in"
SIGN_IN_NAME = "sign_in_name"
SIGN_IN_PASSWORD = "sign_in_password"
ACCESS_MESSAGE = "_access_message"
WRONG = "Wrong name or password."
ADD_REVIEWER = "rallymap users add NAME --role reviewer --data {data}"


@dataclass(frozen=True)
class Access:
    """Who is using the page: a signed-in account (name and role), or nobody; whether review is
    open to anyone (a loopback server without a users file); and why review is closed."""

    name: str | None
    role: str | None
    open_review: bool  # review for whoever types a name: a laptop without a users file
    signed_in_via: str = ""  # 'password' or 'identity provider'

    @property
    def reviews(self) -> bool:
        return self.open_review or self.role == "reviewer"


def server_is_loopback() -> bool:
    """Whether the server listens only on a loopback address (127.0.0.1, ::1, localhost). An
    unset address means every interface: not loopback."""
    address = (st.get_option("server.address") or "").strip()
    if address == "localhost":
        return True
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


@st.cache_resource
def _throttle(data_dir: str) -> accounts.Throttle:
    """One throttle per dashboard folder, shared by every session of this server process."""
    return accounts.Throttle()


def _browser_keys() -> list[str]:
    """Keys of the browser signing in: its address (when the server knows it) and its session."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    keys = []
    ip = getattr(st.context, "ip_address", None)
    if ip:
        keys.append(f"ip:{ip}")
    ctx = get_script_run_ctx()
    if ctx is not None:
        keys.append(f"session:{ctx.session_id}")
    return keys


def _identity_provider_configured() -> bool:
    try:
        return "auth" in st.secrets
    except FileNotFoundError:  # no secrets file: no identity provider
        return False


def _provider_email() -> str | None:
    try:
        user = st.user
        return user.get("email") if user.get("is_logged_in") else None
    except (AttributeError, KeyError, FileNotFoundError):
        return None


def current(data_dir: Path) -> Access:
    """Who is using the page now, from the session's sign-in (expired ones dropped), the
    identity provider's user, the users file and the server's address."""
    try:
        known = accounts.read_accounts(data_dir)
    except RallymapError as exc:
        st.session_state[ACCESS_MESSAGE] = f"Review is off: {exc}"
        return Access(None, None, False)
    if not known and not accounts.has_users(data_dir):
        return Access(None, None, server_is_loopback())
    signed = st.session_state.get(ACCOUNT_KEY)
    if isinstance(signed, dict):
        account = known.get(signed.get("name"))
        fresh = time.time() - float(signed.get("at", 0)) < SESSION_SECONDS
        if account is not None and fresh:
            return Access(account.name, account.role, False, "password")
        st.session_state.pop(ACCOUNT_KEY, None)
        if not fresh:
            st.session_state[ACCESS_MESSAGE] = "Your sign-in has expired: sign in again to review."
    account = accounts.account_for_email(known, _provider_email())
    if account is not None:
        return Access(account.name, account.role, False, "identity provider")
    return Access(None, None, False)


def reviewer_of(data_dir: Path) -> str | None:
    """The name a review action is recorded under, checked when the action runs: the signed-in
    reviewer's; None when this session may not review (the action is then refused)."""
    access = current(data_dir)
    if access.role == "reviewer":
        return access.name
    if access.open_review:
        return ""  # open review on a laptop: the name typed in the sidebar
    return None


def sign_in(data_dir: Path, name: str, password: str) -> str | None:
    """Check a name and password, throttled per name and per browser; on success the session is
    signed in. Returns what to tell the user when it failed (None: signed in). Every attempt is
    in the audit log (never the password)."""
    name = (name or "").strip()[:64]
    throttle = _throttle(str(Path(data_dir).resolve()))
    keys = [f"name:{name.lower()}", *_browser_keys()]
    wait = throttle.wait(*keys)
    if wait > 0:
        accounts.audit(data_dir, name, "sign-in refused", f"throttled for {wait:.0f} s")
        return f"Too many attempts: try again in {max(1, round(wait / 60))} minute(s)."
    account = accounts.authenticate(accounts.read_accounts(data_dir), name, password or "")
    if account is None:
        throttle.failed(*keys)
        accounts.audit(data_dir, name, "sign-in failed")
        return WRONG
    throttle.succeeded(*keys)
    st.session_state[ACCOUNT_KEY] = {"name": account.name, "at": time.time()}
    accounts.audit(data_dir, account.name, "signed in", account.role)
    return None


def _submit(data_dir: Path) -> None:
    name, password = st.session_state.get(SIGN_IN_NAME, ""), st.session_state.get(SIGN_IN_PASSWORD, "")
    st.session_state[SIGN_IN_PASSWORD] = ""  # the password does not stay in the session
    try:
        problem = sign_in(data_dir, name, password)
    except RallymapError as exc:
        problem = f"Signing in failed: {exc}"
    if problem:
        st.session_state[ACCESS_MESSAGE] = problem


def _sign_out(data_dir: Path, name: str) -> None:
    st.session_state.pop(ACCOUNT_KEY, None)
    accounts.audit(data_dir, name, "signed out")


def access_ui(data_dir: Path) -> Access:
    """Sidebar: who is signed in (with a sign-out button), or the sign-in form; or, without a
    users file on a shared server, how to add a reviewer. Returns who is using the page."""
    sidebar = st.sidebar
    access = current(data_dir)
    message = st.session_state.pop(ACCESS_MESSAGE, None)
    if message:
        sidebar.warning(message)
    if access.open_review:
        return access
    if access.name:
        sidebar.caption(f"Signed in as **{escape_markdown(access.name)}** ({access.role}, via {access.signed_in_via})")
        if access.signed_in_via == "password":
            sidebar.button("Sign out", key="sign_out", on_click=_sign_out, args=(data_dir, access.name))
        else:
            sidebar.button("Sign out", key="sign_out", on_click=st.logout)
        return access
    if not accounts.has_users(data_dir):
        sidebar.info("Review is off: this dashboard is served beyond this computer and has no accounts. "
                     f"To review, add one: `{ADD_REVIEWER.format(data=data_dir)}`")
        return access
    with sidebar.expander("Reviewers: sign in"):
        with st.form(SIGN_IN_FORM, clear_on_submit=False, border=False):
            st.text_input("Name", key=SIGN_IN_NAME, max_chars=64)
            st.text_input("Password", key=SIGN_IN_PASSWORD, type="password", max_chars=accounts.MAX_PASSWORD)
            st.form_submit_button("Sign in", on_click=_submit, args=(data_dir,))
        if _identity_provider_configured():
            st.button("Sign in with your organisation", key="sign_in_provider", on_click=st.login)
    return access
