"""User accounts: argon2id password hashes, roles, log-in with lock-out after repeated failures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_oms.db.models import User, utcnow
from desktop_oms.db.uow import UnitOfWorkFactory
from desktop_oms.domain.errors import DomainError, InvalidValue, NotFound
from desktop_oms.domain.users import Actor, Permission, Role
from desktop_oms.services import audit

#: OWASP's argon2id parameters: 19 MiB, 2 iterations, 1 lane.
HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
MAX_FAILURES = 5
LOCK_FOR = timedelta(minutes=5)
MIN_PASSWORD = 4


class LoginFailed(DomainError):
    code = "user.login_failed"

    def default_message(self) -> str:
        return "unknown user or wrong password"


class AccountLocked(DomainError):
    code = "user.locked"

    def __init__(self, user: str, until: datetime) -> None:
        super().__init__(user=user, until=until.isoformat(timespec="seconds"))

    def default_message(self) -> str:
        return f"user {self.params['user']!r} is locked after {MAX_FAILURES} failed log-ins until {self.params['until']}"


@dataclass(frozen=True)
class UserData:
    name: str
    role: str
    active: bool
    locked_until: datetime | None


class UserService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def authenticate(self, name: str, password: str) -> Actor:
        """The acting user for `name`; five failures in a row lock the account for five minutes."""
        with self._uow() as tx:
            user = tx.session.scalars(select(User).where(User.name == name)).one_or_none()
            now = utcnow()
            if user is None or not user.active:
                raise LoginFailed()
            if user.locked_until is not None and user.locked_until > now:
                raise AccountLocked(name, user.locked_until)
            if not _verify(user.password_hash, password):
                user.failed_logins += 1
                if user.failed_logins >= MAX_FAILURES:
                    user.failed_logins, user.locked_until = 0, now + LOCK_FOR
                tx.commit()
                raise LoginFailed()
            user.failed_logins, user.locked_until = 0, None
            if HASHER.check_needs_rehash(user.password_hash):
                user.password_hash = HASHER.hash(password)
            tx.commit()
            return Actor(user.name, Role(user.role), user.id)

    def has_users(self) -> bool:
        """False on a new shop: the app then asks for the first administrator instead of a log-in."""
        with self._uow(read_only=True) as tx:
            return tx.session.scalars(select(User.id).limit(1)).first() is not None

    def create_first_admin(self, name: str, password: str) -> Actor:
        """The first user of a new shop, an administrator; refused once any user exists."""
        name = name.strip()
        if not name or len(name) > 64:
            raise InvalidValue("name", "a user name has 1 to 64 characters")
        _check_password(password)
        with self._uow() as tx:
            if tx.session.scalars(select(User.id).limit(1)).first() is not None:
                raise InvalidValue("name", "this shop has users already; log in instead")
            user = User(name=name, role=str(Role.ADMIN), password_hash=HASHER.hash(password), active=True,
                        failed_logins=0)
            tx.session.add(user)
            tx.session.flush()
            first = Actor(name, Role.ADMIN, user.id)
            audit.record(tx.connection, first, "user", name, "add", to_status=str(Role.ADMIN),
                         reason="first administrator")
            tx.commit()
            return first

    def add(self, name: str, role: str, password: str, *, actor: Actor) -> UserData:
        actor.require(Permission.MANAGE_USERS)
        name = name.strip()
        if not name or len(name) > 64:
            raise InvalidValue("name", "a user name has 1 to 64 characters")
        checked = _role(role)
        _check_password(password)
        with self._uow() as tx:
            if tx.session.scalars(select(User).where(User.name == name)).first() is not None:
                raise InvalidValue("name", f"a user {name!r} exists already")
            user = User(name=name, role=str(checked), password_hash=HASHER.hash(password), active=True,
                        failed_logins=0)
            tx.session.add(user)
            audit.record(tx.connection, actor, "user", name, "add", to_status=str(checked))
            tx.commit()
            return UserData(user.name, user.role, user.active, None)

    def list_users(self, *, actor: Actor) -> list[UserData]:
        actor.require(Permission.MANAGE_USERS)
        with self._uow(read_only=True) as tx:
            return [UserData(u.name, u.role, u.active, u.locked_until)
                    for u in tx.session.scalars(select(User).order_by(User.name))]

    def set_role(self, name: str, role: str, *, actor: Actor) -> UserData:
        actor.require(Permission.MANAGE_USERS)
        checked = _role(role)
        with self._uow() as tx:
            user = _get(tx.session, name)
            before, user.role = user.role, str(checked)
            audit.record(tx.connection, actor, "user", name, "set-role", from_status=before, to_status=user.role)
            tx.commit()
            return UserData(user.name, user.role, user.active, user.locked_until)

    def set_password(self, name: str, password: str, *, actor: Actor) -> None:
        if actor.name != name:
            actor.require(Permission.MANAGE_USERS)
        _check_password(password)
        with self._uow() as tx:
            user = _get(tx.session, name)
            user.password_hash, user.failed_logins, user.locked_until = HASHER.hash(password), 0, None
            audit.record(tx.connection, actor, "user", name, "set-password")
            tx.commit()


def _get(session: Session, name: str) -> User:
    user = session.scalars(select(User).where(User.name == name)).one_or_none()
    if user is None:
        raise NotFound("user", name)
    return user


def _role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise InvalidValue("role", f"unknown role {role!r}; one of {', '.join(Role)}") from None


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InvalidValue("password", f"a password has at least {MIN_PASSWORD} characters")


def _verify(hashed: str, password: str) -> bool:
    try:
        return HASHER.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False
