"""Who may review a shared dashboard: accounts, sign-in throttling and the audit log.

Accounts are data in `DIR/users.toml`, beside the tables they guard: a name, a role ('reviewer'
or 'viewer'), an Argon2id hash of the password (argon2-cffi; the password itself is never kept,
logged or shown) and, for organisations that sign in through their identity provider (Streamlit's
`st.login`), an e-mail address that maps the signed-in person to a role. The file is rewritten
atomically under the directory's lock (review.locked) and validated as data whenever it is read.

`DIR/audit.jsonl` is append-only: one JSON line per sign-in, failed attempt, sign-out, verdict,
upload and account change (who, when, what).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import time
import tomllib
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..errors import AccountsError, OutputError
from .review import locked

USERS = "users.toml"
AUDIT = "audit.jsonl"
ROLES = ("reviewer", "viewer")
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
EMAIL = re.compile(r"[^@\s\"\\]{1,64}@[^@\s\"\\]{1,255}")
MIN_PASSWORD = 8
MAX_PASSWORD = 1024  # longer is refused before hashing: a megabyte 'password' costs the server
MAX_USERS_BYTES = 1_000_000
AUDIT_LINE = 4096  # characters of one audit line at most (a name or note may be long)


@dataclass(frozen=True)
class Account:
    """One person who may sign in: name, role, the Argon2id hash of the password (or empty for
    one who signs in only through the identity provider), and the e-mail it maps from."""

    name: str
    role: str
    password_hash: str = ""
    email: str = ""

    @property
    def reviews(self) -> bool:
        return self.role == "reviewer"


def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()


def users_path(directory: Path) -> Path:
    return Path(directory) / USERS


def has_users(directory: Path) -> bool:
    """Whether the dashboard's folder holds a users file: then signing in is required to review."""
    return users_path(directory).is_file()


def read_accounts(directory: Path) -> dict[str, Account]:
    """The accounts of directory's users file, by name ({} when there is none). A file that is not
    valid (not TOML, unknown role, bad name, a hash that is not Argon2id) raises AccountsError: a
    damaged file must not silently let anyone in or lock everyone out unnoticed."""
    path = users_path(directory)
    try:
        if path.stat().st_size > MAX_USERS_BYTES:
            raise AccountsError(f"{path} is larger than {MAX_USERS_BYTES:,} bytes")
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise AccountsError(f"cannot read {path}: {exc}") from exc
    users = data.get("users", {})
    if not isinstance(users, dict) or set(data) - {"users"}:
        raise AccountsError(f"{path}: expected only [users.NAME] tables")
    accounts = {}
    for name, entry in users.items():
        if not isinstance(entry, dict) or set(entry) - {"role", "password_hash", "email"}:
            raise AccountsError(f"{path}: user '{name}' has unknown fields")
        account = Account(name, entry.get("role", ""), entry.get("password_hash", ""), entry.get("email", ""))
        _check(account, str(path))
        accounts[name] = account
    return accounts


def _check(account: Account, where: str) -> None:
    if not isinstance(account.name, str) or not NAME.fullmatch(account.name):
        raise AccountsError(f"{where}: '{account.name}' is not a valid user name (letters, digits, . _ @ -)")
    if account.role not in ROLES:
        raise AccountsError(f"{where}: user '{account.name}' has role '{account.role}', not one of {', '.join(ROLES)}")
    if not isinstance(account.password_hash, str) or account.password_hash and not (
            account.password_hash.startswith("$argon2id$") and account.password_hash.isascii()
            and '"' not in account.password_hash and "\\" not in account.password_hash):
        raise AccountsError(f"{where}: user '{account.name}' has a password hash that is not Argon2id")
    if not isinstance(account.email, str) or account.email and not EMAIL.fullmatch(account.email):
        raise AccountsError(f"{where}: user '{account.name}' has an e-mail address that is not one")
    if not account.password_hash and not account.email:
        raise AccountsError(f"{where}: user '{account.name}' has neither a password nor an e-mail address")


def _write_accounts(directory: Path, accounts: dict[str, Account]) -> None:
    """Write the users file atomically (a temporary file renamed over it), readable by its owner
    only. Call inside locked(directory)."""
    lines = ["# rallymap accounts: `rallymap users add|list|remove`. Passwords are kept only as Argon2id hashes.", ""]
    for account in sorted(accounts.values(), key=lambda a: a.name):
        lines.append(f"[users.{json.dumps(account.name)}]")
        lines.append(f"role = {json.dumps(account.role)}")
        if account.password_hash:
            lines.append(f"password_hash = {json.dumps(account.password_hash)}")
        if account.email:
            lines.append(f"email = {json.dumps(account.email)}")
        lines.append("")
    path = users_path(directory)
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=".users.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write("\n".join(lines))
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc


def add_user(directory: Path, name: str, role: str, password: str | None, email: str = "",
             by: str = "cli") -> Account:
    """Add an account (or replace one of that name: a new password or role). The password is
    hashed with Argon2id; at least MIN_PASSWORD characters. Recorded in the audit log."""
    if password is not None and not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise AccountsError(f"a password needs {MIN_PASSWORD} to {MAX_PASSWORD} characters")
    account = Account(name, role, _hasher().hash(password) if password else "", email)
    _check(account, "the new account")
    with locked(directory):
        accounts = read_accounts(directory)
        replaced = name in accounts
        accounts[name] = account
        _write_accounts(directory, accounts)
        audit(directory, by, "user replaced" if replaced else "user added", f"{name} ({role})")
    return account


def remove_user(directory: Path, name: str, by: str = "cli") -> None:
    with locked(directory):
        accounts = read_accounts(directory)
        if name not in accounts:
            raise AccountsError(f"no user '{name}' in {users_path(directory)}")
        del accounts[name]
        _write_accounts(directory, accounts)
        audit(directory, by, "user removed", name)


# A hash to verify against when the name is unknown, so that a wrong name takes as long as a
# wrong password and the two cannot be told apart by timing.
_DUMMY: list[str] = []


def authenticate(accounts: dict[str, Account], name: str, password: str) -> Account | None:
    """The account when name and password match, else None (one answer for a wrong name and a
    wrong password, which take the same time)."""
    from argon2.exceptions import InvalidHashError, VerificationError

    account = accounts.get(name)
    if not _DUMMY:
        _DUMMY.append(_hasher().hash("not a password of anyone"))
    target = account.password_hash if account is not None and account.password_hash else _DUMMY[0]
    if not password or len(password) > MAX_PASSWORD:
        return None
    try:
        _hasher().verify(target, password)
    except (VerificationError, InvalidHashError):
        return None
    return account if account is not None and account.password_hash else None


def account_for_email(accounts: dict[str, Account], email: str | None) -> Account | None:
    """The account an identity provider's signed-in e-mail address maps to (case-insensitive), if any."""
    if not email:
        return None
    wanted = email.strip().lower()
    return next((a for a in accounts.values() if a.email and a.email.lower() == wanted), None)


class Throttle:
    """Sign-in attempts per key (a name, a browser): after `limit` failures within `window`
    seconds the key is locked for `lock` seconds. Kept in the server's memory (one per process)."""

    def __init__(self, limit: int = 5, window: float = 60.0, lock: float = 300.0,
                 clock: Callable[[], float] = time.monotonic):
        self.limit, self.window, self.lock, self.clock = limit, window, lock, clock
        self._failures: dict[str, deque[float]] = {}
        self._locked_until: dict[str, float] = {}

    def wait(self, *keys: str) -> float:
        """Seconds until any of keys may try again (0: now)."""
        now = self.clock()
        return max([0.0, *(self._locked_until.get(k, 0.0) - now for k in keys)])

    def failed(self, *keys: str) -> None:
        now = self.clock()
        for key in keys:
            failures = self._failures.setdefault(key, deque())
            failures.append(now)
            while failures and failures[0] < now - self.window:
                failures.popleft()
            if len(failures) >= self.limit:
                self._locked_until[key] = now + self.lock
                failures.clear()
        if len(self._failures) > 10_000:  # keys of the past are forgotten: memory stays bounded
            self._failures = {k: v for k, v in self._failures.items() if v and v[-1] >= now - self.window}
            self._locked_until = {k: t for k, t in self._locked_until.items() if t > now}

    def succeeded(self, *keys: str) -> None:
        for key in keys:
            self._failures.pop(key, None)


def audit(directory: Path, who: str, event: str, detail: str = "") -> None:
    """Append one line to directory's audit log: when (UTC), who, what. Call inside
    locked(directory) or not: a single O_APPEND write of one line is not interleaved."""
    line = json.dumps({"at": datetime.now(UTC).isoformat(timespec="seconds"), "who": who[:200], "event": event,
                       "detail": detail[:AUDIT_LINE]}, ensure_ascii=False)
    path = Path(directory) / AUDIT
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as out:
            out.write(line + "\n")
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc


@dataclass(frozen=True)
class AuditEntry:
    at: str
    who: str
    event: str
    detail: str


def read_audit(directory: Path, last: int = 200) -> list[AuditEntry]:
    """The last entries of directory's audit log, newest first; lines that are not valid entries
    are skipped (the log is read as data, never trusted)."""
    path = Path(directory) / AUDIT
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            lines = deque(handle, maxlen=last)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise AccountsError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return list(_entries(reversed(lines)))


def _entries(lines) -> Iterator[AuditEntry]:
    for line in lines:
        if len(line) > 4 * AUDIT_LINE:
            continue
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and all(isinstance(record.get(k), str) for k in ("at", "who", "event", "detail")):
            yield AuditEntry(record["at"], record["who"], record["event"], record["detail"])
