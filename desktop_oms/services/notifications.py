"""Customer notifications: shipment e-mails queued in the outbox once per cause, and the sender that delivers them.

`enqueue_shipment_notice` runs inside the caller's transaction (shipping, tracking), so the e-mail
is queued if and only if the change it tells about is committed; a unique dedupe key per shipment
and event makes the database refuse a second one. `OutboxSender` claims one due row at a time with
a guarded UPDATE (pending → sending, with a 10-minute lease), talks SMTP with no transaction open,
then marks the row sent — or schedules the next attempt with exponential backoff and jitter, and
gives up after the last one. A row whose sender died mid-send goes back to pending when its lease
runs out: delivery is at least once, and the Message-ID stays the same on every attempt.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from functools import cache
from importlib import resources
from string import Template
from typing import Any, Final
from urllib.parse import quote

from sqlalchemy import ColumnElement, and_, or_, select, update
from sqlalchemy.engine import Connection

from desktop_oms.db.bulk import insert_if_absent, reserve_ids
from desktop_oms.db.models import CUSTOMERS, ORDERS, OUTBOX, SETTINGS, SHIPMENTS, utcnow
from desktop_oms.db.uow import UnitOfWorkFactory, retrying
from desktop_oms.domain import carriers
from desktop_oms.domain.errors import InvalidValue, NotFound
from desktop_oms.domain.tracking import TrackingStatus
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services.settings import EMAIL, PREFIX, SettingsService, SmtpSettings

log = logging.getLogger(__name__)

#: The shipment events a customer hears about, each with its templates.
EVENTS: Final = ("shipped", "out_for_delivery", "delivered", "failed")
#: The tracking statuses that send a notice (tracking._apply), and which notice.
NOTICE_FOR_STATUS: Final = {TrackingStatus.OUT_FOR_DELIVERY: "out_for_delivery",
                            TrackingStatus.DELIVERED: "delivered", TrackingStatus.DELIVERY_FAILED: "failed"}
#: Ship-to countries written to in Chinese, and in which script.
CHINESE_COUNTRIES: Final = {"CN": "zh_CN", "TW": "zh_TW", "HK": "zh_TW", "MO": "zh_TW"}
#: Template lines naming one of these are left out when it is empty (a carrier with no tracking page).
OPTIONAL: Final = frozenset({"tracking_url", "shop"})
ANYONE: Final = {"en": "there", "zh_CN": "亲爱的顾客", "zh_TW": "親愛的顧客"}

PENDING, SENDING, SENT, FAILED = "pending", "sending", "sent", "failed"
MAX_ATTEMPTS = 8
#: How long a claim holds a row; a sender that has not finished by then is taken to have died.
LEASE = timedelta(minutes=10)
SMTP_TIMEOUT_S = 10


# --- queueing ----------------------------------------------------------------------------------------

def enqueue_shipment_notice(conn: Connection, shipment_id: int, event: str, *, now: datetime) -> bool:
    """Queue the customer's e-mail about `event` of the shipment, in the caller's transaction.

    True when this call queued it; False when the order has no usable e-mail address or the notice
    is already queued (the database keeps one per shipment and event, even across stations).
    """
    if event not in EVENTS:
        raise InvalidValue("event", f"unknown notice {event!r}; one of {', '.join(EVENTS)}")
    key = f"shipment:{shipment_id}:{event}"
    if conn.execute(select(OUTBOX.c.id).where(OUTBOX.c.dedupe_key == key)).first() is not None:
        return False
    row = conn.execute(
        select(SHIPMENTS.c.carrier, SHIPMENTS.c.tracking_no, ORDERS.c.order_no, ORDERS.c.email,
               ORDERS.c.customer_name, ORDERS.c.ship_name, ORDERS.c.ship_country,
               CUSTOMERS.c.email.label("customer_email"), CUSTOMERS.c.name.label("customer"))
        .select_from(SHIPMENTS.join(ORDERS, ORDERS.c.id == SHIPMENTS.c.order_id)
                     .outerjoin(CUSTOMERS, CUSTOMERS.c.id == ORDERS.c.customer_id))
        .where(SHIPMENTS.c.id == shipment_id)).one_or_none()
    if row is None:
        raise NotFound("shipment", str(shipment_id))
    recipient = (row.email or row.customer_email or "").strip()
    if not recipient:
        return False
    if not is_mailbox(recipient):
        log.warning("order %s: %r is not an e-mail address; no %s notice", row.order_no, recipient[:80], event)
        return False
    name = row.customer_name or row.ship_name or row.customer or ""
    language = language_for(row.ship_country or "", name)
    shop = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == PREFIX + "name")).scalar() or ""
    subject, body = render(event, language, notice_values(
        language, name=name, order_no=row.order_no, carrier_code=row.carrier, tracking_no=row.tracking_no,
        shop=shop))
    (reserved,) = reserve_ids(conn, OUTBOX, 1)
    insert_if_absent(conn, OUTBOX, {
        "id": reserved, "created_at": now, "kind": f"shipment_{event}", "recipient": recipient,
        "subject": subject[:255], "body": body, "reference": row.order_no[:64], "status": PENDING,
        "attempts": 0, "sent_at": None, "last_error": "", "dedupe_key": key, "next_attempt_at": now})
    # Ours, or one another station committed first (its row then stands, ours was not inserted).
    return bool(conn.execute(select(OUTBOX.c.id).where(OUTBOX.c.dedupe_key == key)).scalar() == reserved)


def is_mailbox(address: str) -> bool:
    """One plain address (x@example.com): nothing that would make a To header name a second recipient."""
    return (len(address) <= 254 and address.isprintable() and EMAIL.fullmatch(address) is not None
            and not any(ch in _SPECIALS for ch in address))


_SPECIALS: Final = frozenset(',;:<>()[]\\"')


def language_for(country: str, name: str) -> str:
    """"zh_CN", "zh_TW" or "en": the ship-to country first, else whether the name is written in Chinese.

    A Chinese name outside those countries is Traditional when it has a character Simplified
    Chinese does not use (one that GB 2312 cannot encode), else Simplified. Kana or Hangul beside
    the Han characters make it Japanese or Korean: English then.
    """
    found = CHINESE_COUNTRIES.get(country.strip().upper())
    if found is not None:
        return found
    han = "".join(ch for ch in name if _is_han(ch))
    if not han or any(_is_kana_or_hangul(ch) for ch in name):
        return "en"
    try:
        han.encode("gb2312")
    except UnicodeEncodeError:
        return "zh_TW"
    return "zh_CN"


def notice_values(language: str, *, name: str, order_no: str, carrier_code: str, tracking_no: str,
                  shop: str) -> dict[str, str]:
    """What the templates are filled with, each on one line (the customer's own text may hold line breaks)."""
    carrier = carriers.BY_CODE.get(carrier_code)
    url = carrier.tracking_url.replace("{number}", quote(tracking_no, safe="")) if carrier else ""
    # The Chinese names are written in Simplified characters: a Traditional mail uses the carrier's own brand.
    carrier_name = (carrier.name_zh if language == "zh_CN" else carrier.name) if carrier else carrier_code
    values = {"name": name, "order_no": order_no, "carrier": carrier_name, "tracking_no": tracking_no,
              "tracking_url": url, "shop": shop}
    clean = {key: one_line(value) for key, value in values.items()}
    clean["name"] = clean["name"] or ANYONE.get(language, ANYONE["en"])
    return clean


def render(event: str, language: str, values: Mapping[str, str]) -> tuple[str, str]:
    """The subject and plain-text body of a notice. The subject is one line whatever the values hold."""
    subject, body = _template(event, language)
    lines = []
    for line in body.splitlines():
        template = Template(line)
        if any(name in OPTIONAL and not values.get(name) for name in template.get_identifiers()):
            continue
        lines.append(template.safe_substitute(values))
    return one_line(Template(subject).safe_substitute(values)), "\n".join(lines).strip("\n") + "\n"


def one_line(text: str) -> str:
    """`text` with every line break, tab and control character gone (a header cannot be split by it)."""
    return " ".join("".join(ch for ch in text if unicodedata.category(ch) != "Cc" or ch.isspace()).split())


@cache
def _template(event: str, language: str) -> tuple[str, str]:
    text = (resources.files("desktop_oms") / "resources" / "mail" / f"{event}.{language}.txt").read_text("utf-8")
    first, _, body = text.partition("\n")
    if not first.startswith("Subject:"):
        raise RuntimeError(f"the mail template {event}.{language}.txt does not start with 'Subject:'")
    return first.removeprefix("Subject:").strip(), body


def _is_han(ch: str) -> bool:
    code = ord(ch)
    return (0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF
            or 0x20000 <= code <= 0x3FFFF)


def _is_kana_or_hangul(ch: str) -> bool:
    code = ord(ch)
    return 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF


# --- sending -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SendReport:
    """One run: messages sent, failed (to be tried again later), and given up (status "failed")."""

    sent: int = 0
    failed: int = 0
    gave_up: int = 0


@dataclass(frozen=True)
class _Claimed:
    id: int
    recipient: str
    subject: str
    body: str
    created_at: datetime
    attempts: int


class _ConnectFailed(Exception):
    """The server could not be reached or refused us: no message of this run can go."""


@cache
def _backoff() -> Any:
    """1, 2, 4 … 64 minutes between the 8 attempts (at most 4 hours), plus up to 30 s so senders spread out.

    Made on first use: tenacity imports asyncio, which app start-up should not pay for.
    """
    import tenacity

    return tenacity.wait_exponential(multiplier=60, max=4 * 3600) + tenacity.wait_random(0, 30)


def retry_delay(attempts: int) -> timedelta:
    """How long after the `attempts`-th failed attempt the next one is due (tenacity's backoff with jitter)."""
    import tenacity

    state = tenacity.RetryCallState(tenacity.Retrying(), None, (), {})
    state.attempt_number = max(1, attempts)
    return timedelta(seconds=_backoff()(state))


class OutboxSender:
    """Delivers due outbox rows through one SMTP server; several senders (processes) may run at once."""

    def __init__(self, uow: UnitOfWorkFactory, smtp: SmtpSettings, *,
                 clock: Callable[[], datetime] = utcnow) -> None:
        if not is_mailbox(smtp.from_address):
            raise InvalidValue("from_address", f"{smtp.from_address!r} is not an e-mail address (like shop@example.com)")
        self._uow, self._smtp, self._clock = uow, smtp, clock

    def send_due(self, limit: int = 50) -> SendReport:
        """Send up to `limit` due messages, oldest first. A server that cannot be reached ends the run early."""
        gave_up = self._recover()
        due = self._due(limit)
        sent = failed = 0
        if not due:
            return SendReport(gave_up=gave_up)
        sender = self._sender()
        server: smtplib.SMTP | None = None
        try:
            for row_id in due:
                claimed = self._claim(row_id)
                if claimed is None:
                    continue  # another sender took it
                try:
                    message = _message(claimed, sender, self._clock())
                    if server is None:
                        server = self._connect()
                    server.send_message(message)
                except (_ConnectFailed, smtplib.SMTPException, OSError, ValueError) as error:
                    stop = _ends_the_run(error)
                    if self._failed(claimed, error, permanent=not stop and _permanent(error)):
                        gave_up += 1
                    else:
                        failed += 1
                    if stop:
                        if server is not None:
                            server.close()
                        server = None
                        break
                    continue
                self._sent(claimed)
                sent += 1
        finally:
            if server is not None:
                _quit(server)
        return SendReport(sent=sent, failed=failed, gave_up=gave_up)

    # --- the database, in short transactions of their own ----------------------------------------

    def _recover(self) -> int:
        """Rows whose sender died mid-send go back to pending (or fail, after the last attempt)."""
        now = self._clock()
        stale = and_(OUTBOX.c.status == SENDING, OUTBOX.c.next_attempt_at <= now)

        def attempt() -> int:
            with self._uow() as tx:
                conn = tx.connection
                ended = conn.execute(update(OUTBOX).where(stale, OUTBOX.c.attempts >= MAX_ATTEMPTS).values(
                    status=FAILED, next_attempt_at=None, last_error="the sender stopped while sending")).rowcount
                back = conn.execute(update(OUTBOX).where(stale).values(
                    status=PENDING, next_attempt_at=now, last_error="the sender stopped while sending")).rowcount
                tx.commit()
            if ended or back:
                log.warning("outbox: %d message(s) left sending by a stopped sender taken back, %d given up",
                            back, ended)
            return int(ended)

        return retrying(attempt)

    def _due(self, limit: int) -> list[int]:
        with self._uow(read_only=True) as tx:
            return list(tx.connection.execute(select(OUTBOX.c.id).where(_is_due(self._clock()))
                                              .order_by(OUTBOX.c.id).limit(limit)).scalars())

    def _claim(self, row_id: int) -> _Claimed | None:
        def attempt() -> _Claimed | None:
            now = self._clock()
            with self._uow() as tx:
                conn = tx.connection
                done = conn.execute(update(OUTBOX).where(OUTBOX.c.id == row_id, _is_due(now)).values(
                    status=SENDING, attempts=OUTBOX.c.attempts + 1, next_attempt_at=now + LEASE))
                if done.rowcount != 1:
                    return None
                row = conn.execute(select(OUTBOX.c.recipient, OUTBOX.c.subject, OUTBOX.c.body,
                                          OUTBOX.c.created_at, OUTBOX.c.attempts)
                                   .where(OUTBOX.c.id == row_id)).one()
                tx.commit()
                return _Claimed(row_id, row.recipient, row.subject, row.body, row.created_at, row.attempts)

        return retrying(attempt)

    def _sent(self, claimed: _Claimed) -> None:
        def attempt() -> None:
            with self._uow() as tx:
                tx.connection.execute(update(OUTBOX).where(
                    OUTBOX.c.id == claimed.id, OUTBOX.c.status.in_((SENDING, PENDING))).values(
                    status=SENT, sent_at=self._clock(), next_attempt_at=None, last_error=""))
                tx.commit()

        retrying(attempt)

    def _failed(self, claimed: _Claimed, error: Exception, *, permanent: bool) -> bool:
        """Record the failure and schedule the next attempt; True when this was the last one."""
        give_up = permanent or claimed.attempts >= MAX_ATTEMPTS
        now = self._clock()
        text = _describe(error)
        log.warning("outbox %d to %s, attempt %d: %s%s", claimed.id, claimed.recipient, claimed.attempts, text,
                    " (given up)" if give_up else "")

        def attempt() -> None:
            with self._uow() as tx:
                tx.connection.execute(update(OUTBOX).where(OUTBOX.c.id == claimed.id, OUTBOX.c.status == SENDING)
                                      .values(status=FAILED if give_up else PENDING, last_error=text[:500],
                                              next_attempt_at=None if give_up else now + retry_delay(claimed.attempts)))
                tx.commit()

        retrying(attempt)
        return give_up

    def _sender(self) -> Address:
        with self._uow(read_only=True) as tx:
            shop = tx.connection.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == PREFIX + "name")).scalar()
        return Address(display_name=one_line(shop or ""), addr_spec=self._smtp.from_address)

    # --- SMTP, with no transaction open ------------------------------------------------------------

    def _connect(self) -> smtplib.SMTP:
        settings = self._smtp
        try:
            server: smtplib.SMTP
            if settings.security == "ssl":
                server = smtplib.SMTP_SSL(settings.host, settings.port, timeout=SMTP_TIMEOUT_S,
                                          context=ssl.create_default_context())
            else:
                server = smtplib.SMTP(settings.host, settings.port, timeout=SMTP_TIMEOUT_S)
        except (smtplib.SMTPException, OSError) as error:
            raise _ConnectFailed(f"cannot reach {settings.host}:{settings.port}: {_describe(error)}") from error
        try:
            if settings.security == "starttls":
                server.starttls(context=ssl.create_default_context())
            if settings.user:
                server.login(settings.user, settings.password)
        except (smtplib.SMTPException, OSError) as error:
            server.close()
            raise _ConnectFailed(f"{settings.host}:{settings.port}: {_describe(error)}") from error
        return server


def outbox_sender(uow: UnitOfWorkFactory, settings: SettingsService, *,
                  clock: Callable[[], datetime] = utcnow) -> OutboxSender | None:
    """A sender over the saved mail server (password from the keyring), or None when none is set up."""
    smtp = settings.smtp_for_sending()
    return OutboxSender(uow, smtp, clock=clock) if smtp.configured else None


def _is_due(now: datetime) -> ColumnElement[bool]:
    return and_(OUTBOX.c.status == PENDING, or_(OUTBOX.c.next_attempt_at.is_(None), OUTBOX.c.next_attempt_at <= now))


def _message(claimed: _Claimed, sender: Address, now: datetime) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = claimed.recipient
    if [str(a.addr_spec) for a in message["To"].addresses] != [claimed.recipient]:
        raise ValueError(f"{claimed.recipient!r} is not one e-mail address")
    message["Subject"] = one_line(claimed.subject)
    message["Date"] = format_datetime(now)
    # The same on every attempt, so a receiver can tell a repeat after a lost "sent" from a new message.
    message["Message-ID"] = f"<outbox.{claimed.id}.{int(claimed.created_at.timestamp())}@{sender.domain}>"
    mostly_other = sum(not ch.isascii() for ch in claimed.body) * 4 > len(claimed.body)
    cte = "7bit" if claimed.body.isascii() else "base64" if mostly_other else "quoted-printable"
    message.set_content(claimed.body, charset="utf-8", cte=cte)
    return message


def _ends_the_run(error: Exception) -> bool:
    """The server is gone or refuses us as a sender: the other messages would fail the same way."""
    if isinstance(error, _ConnectFailed | smtplib.SMTPServerDisconnected | smtplib.SMTPSenderRefused):
        return True
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code == 421
    return isinstance(error, OSError) and not isinstance(error, smtplib.SMTPException)  # a socket's, not a reply


def _permanent(error: Exception) -> bool:
    """Trying this message again cannot help: the recipient does not exist, or the message cannot be built."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _ in error.recipients.values())
    if isinstance(error, smtplib.SMTPDataError):
        return 500 <= error.smtp_code < 600
    return isinstance(error, ValueError | smtplib.SMTPNotSupportedError)


def _describe(error: Exception) -> str:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return "; ".join(f"{who}: {code} {_text(reply)}" for who, (code, reply) in error.recipients.items())
    if isinstance(error, smtplib.SMTPResponseException):
        return f"{error.smtp_code} {_text(error.smtp_error)}"
    return one_line(str(error)) or type(error).__name__


def _text(reply: bytes | str) -> str:
    return one_line(reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply)


def _quit(server: smtplib.SMTP) -> None:
    try:
        server.quit()
    except (smtplib.SMTPException, OSError):
        server.close()


class Outbox:
    """The outbox as the app and the command line use it: send what is due through the saved mail server."""

    def __init__(self, uow: UnitOfWorkFactory, settings: SettingsService) -> None:
        self._uow, self._settings = uow, settings

    def send_due(self, *, actor: Actor, limit: int = 100) -> SendReport | None:
        """None when no mail server is set up (the e-mails stay queued)."""
        actor.require(Permission.SHIP_ORDERS)  # whoever ships may send the customers' shipping mail
        sender = outbox_sender(self._uow, self._settings)
        return None if sender is None else sender.send_due(limit=limit)
