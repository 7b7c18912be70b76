"""Customer notifications on a SQLite file and on PostgreSQL, sent to a real local SMTP server (aiosmtpd)."""

from __future__ import annotations

import ipaddress
import smtplib
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any, cast

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from sqlalchemy import delete, select

from desktop_oms.bootstrap import Services
from desktop_oms.db.models import AUDIT_LOG, OUTBOX, SETTINGS, SHIPMENTS
from desktop_oms.domain.errors import InvalidValue, PermissionDenied
from desktop_oms.domain.intake import Address
from desktop_oms.domain.users import Actor, Role
from desktop_oms.services.notifications import (
    EVENTS,
    MAX_ATTEMPTS,
    OutboxSender,
    SendReport,
    enqueue_shipment_notice,
    language_for,
    notice_values,
    outbox_sender,
    render,
)
from desktop_oms.services.settings import SettingsService, ShopDetails, SmtpSettings
from tests.factories import T0, add_products, import_orders, order, product

PACKER = Actor("packer", Role.PACKER)
FROM = "shop@leaf-and-cup.example"


# --- a real SMTP server ------------------------------------------------------------------------------

@dataclass
class Inbox:
    """An aiosmtpd handler: keeps each accepted message with its envelope; refuses when told to."""

    messages: list[EmailMessage] = field(default_factory=list)
    envelopes: list[list[str]] = field(default_factory=list)
    refuse_data: str | None = None  # e.g. "451 4.3.0 try later"
    refuse_rcpt: dict[str, str] = field(default_factory=dict)
    logins: list[str] = field(default_factory=list)
    password: str | None = None  # set: MAIL needs a log-in with it

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if self.password is not None and not session.authenticated:
            return "530 5.7.0 Authentication required"
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if address in self.refuse_rcpt:
            return self.refuse_rcpt[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.refuse_data is not None:
            return self.refuse_data
        self.messages.append(cast(EmailMessage, message_from_bytes(envelope.content, policy=policy.default)))
        self.envelopes.append(list(envelope.rcpt_tos))
        return "250 Message accepted for delivery"

    def authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = isinstance(data, LoginPassword) and data.password.decode() == self.password
        if ok:
            self.logins.append(data.login.decode())
        return AuthResult(success=ok, handled=False)  # a failure is answered "535" by aiosmtpd


@dataclass
class MailServer:
    inbox: Inbox
    port: int

    def settings(self, **changes: Any) -> SmtpSettings:
        return replace(SmtpSettings(host="127.0.0.1", port=self.port, security="none", from_address=FROM),
                       **changes)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def mail() -> Iterator[MailServer]:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port(), authenticator=inbox.authenticate,
                            auth_require_tls=False)
    controller.start()
    yield MailServer(inbox, controller.port)
    controller.stop()


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


# --- orders shipped through the real services ----------------------------------------------------------

@pytest.fixture
def shop(services: Services, admin: Actor) -> Services:
    add_products(services, admin, product("TEA-1", 100))
    services.settings.save_shop_details(ShopDetails(name="Leaf & Cup 茶舍"), admin)
    return services


_numbers = iter(range(1, 10_000))


def ship(services: Services, admin: Actor, order_no: str, *, name: str = "王芳 Wang Fang", country: str = "CN",
         email: str | None = None, carrier: str = "sf_express") -> int:
    """An order imported, allocated, packed and shipped; its shipment's id. Its notices are taken out of the
    outbox, so a test counts only those it queues itself (whether or not shipping queues one too)."""
    base = order(order_no, ("TEA-1", 1))
    import_orders(services, admin, replace(
        base, customer_name=name, email=f"{order_no.lower()}@example.com" if email is None else email,
        ship_to=Address(name, "1 Main Street", "", "City", "", "12345", country)))
    services.allocation.allocate_all(actor=admin)
    services.packing.pack_without_scans(order_no, actor=admin)
    number = next(_numbers)
    tracking = {"sf_express": f"SF{number:013d}", "ups": f"1Z999AA1{number:010d}",
                "simulator": f"SIM{number:08d}"}[carrier]
    services.packing.ship(order_no, carrier, tracking, actor=PACKER)
    with services.uow() as tx:
        shipment_id = int(tx.connection.execute(select(SHIPMENTS.c.id).where(
            SHIPMENTS.c.tracking_no == tracking)).scalar_one())
        tx.connection.execute(delete(OUTBOX).where(OUTBOX.c.dedupe_key.startswith(f"shipment:{shipment_id}:")))
        tx.commit()
    return shipment_id


def enqueue(services: Services, shipment_id: int, event: str = "shipped", *, now: datetime = T0) -> bool:
    with services.uow() as tx:
        queued = enqueue_shipment_notice(tx.connection, shipment_id, event, now=now)
        tx.commit()
    return queued


def outbox(services: Services) -> list[Any]:
    with services.uow(read_only=True) as tx:
        return list(tx.connection.execute(select(OUTBOX).order_by(OUTBOX.c.id)).all())


def run(sender: OutboxSender, limit: int = 50) -> SendReport:
    return sender.send_due(limit)


# --- queueing ------------------------------------------------------------------------------------------

def test_a_shipped_notice_is_queued_once_however_often_it_is_asked_for(shop: Services, admin: Actor) -> None:
    shipment = ship(shop, admin, "N-1")
    with shop.uow() as tx:
        first = enqueue_shipment_notice(tx.connection, shipment, "shipped", now=T0)
        again = enqueue_shipment_notice(tx.connection, shipment, "shipped", now=T0)
        tx.commit()
    later = enqueue(shop, shipment, now=T0 + timedelta(hours=1))
    assert (first, again, later) == (True, False, False)
    (row,) = outbox(shop)
    assert (row.dedupe_key, row.kind, row.recipient, row.reference, row.status, row.attempts) == (
        f"shipment:{shipment}:shipped", "shipment_shipped", "n-1@example.com", "N-1", "pending", 0)
    assert row.next_attempt_at == T0
    assert enqueue(shop, shipment, "delivered")  # another event of the same parcel is another message
    assert len(outbox(shop)) == 2


def test_two_stations_queueing_the_same_notice_at_once_queue_it_once(shop: Services, admin: Actor) -> None:
    shipment = ship(shop, admin, "N-2")
    start = threading.Barrier(2)
    results: list[bool] = []
    errors: list[BaseException] = []

    def station() -> None:
        try:
            with shop.uow() as tx:
                start.wait()
                queued = enqueue_shipment_notice(tx.connection, shipment, "shipped", now=T0)
                time.sleep(0.3)  # hold the transaction open: the other station reaches its insert meanwhile
                tx.commit()
            results.append(queued)
        except BaseException as error:  # reported below, in the test's thread
            errors.append(error)

    threads = [threading.Thread(target=station) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors
    assert sorted(results) == [False, True]
    assert len(outbox(shop)) == 1


def test_an_order_without_an_e_mail_address_queues_nothing(shop: Services, admin: Actor) -> None:
    assert enqueue(shop, ship(shop, admin, "N-3", email="")) is False
    assert enqueue(shop, ship(shop, admin, "N-4", email="not an address")) is False
    assert enqueue(shop, ship(shop, admin, "N-5", email="a,b@example.com")) is False  # would be two recipients
    assert outbox(shop) == []
    with pytest.raises(InvalidValue):
        enqueue(shop, 1, "lost")


def test_the_language_follows_the_ship_to_country(shop: Services, admin: Actor) -> None:
    cases = {"N-CN": ("王芳", "CN"), "N-TW": ("陳大文", "TW"), "N-HK": ("Chan Tai Man", "HK"),
             "N-US": ("Alice Smith", "US")}
    for order_no, (name, country) in cases.items():
        assert enqueue(shop, ship(shop, admin, order_no, name=name, country=country))
    rows = {row.reference: row for row in outbox(shop)}
    assert rows["N-CN"].subject == "您的订单 N-CN 已发货"
    assert rows["N-CN"].body.startswith("王芳，您好！")
    assert "快递公司：顺丰速运" in rows["N-CN"].body
    assert rows["N-TW"].subject == "您的訂單 N-TW 已出貨"
    assert rows["N-TW"].body.startswith("陳大文 您好：")
    assert rows["N-HK"].subject == "您的訂單 N-HK 已出貨"
    assert "貨件追蹤號碼" in rows["N-HK"].body
    assert rows["N-US"].subject == "Your order N-US is on its way"
    assert rows["N-US"].body.startswith("Hi Alice Smith,")
    assert "Carrier: SF Express" in rows["N-US"].body
    assert "物流公司：SF Express" in rows["N-TW"].body  # not the Simplified 顺丰速运 in a Traditional mail
    with shop.uow(read_only=True) as tx:
        numbers = dict(tx.connection.execute(select(SHIPMENTS.c.id, SHIPMENTS.c.tracking_no)).all())
    for row in rows.values():
        number = numbers[int(row.dedupe_key.split(":")[1])]
        assert number in row.body
        assert f"https://www.sf-express.com/chn/en/waybill/waybill-detail/{number}" in row.body
        assert row.body.rstrip().endswith("Leaf & Cup 茶舍")


def test_a_chinese_name_abroad_gets_chinese_in_its_own_script() -> None:
    assert language_for("US", "王芳") == "zh_CN"
    assert language_for("CA", "陳大文") == "zh_TW"  # 陳 is Traditional only
    assert language_for("", "Wang Fang") == "en"
    assert language_for("cn", "Alice") == "zh_CN"
    assert language_for("MO", "") == "zh_TW"
    assert language_for("JP", "山田 はなこ") == "en"  # kana: Japanese, not Chinese
    assert language_for("GB", "Alice Smith") == "en"


def test_every_template_fills_every_placeholder_and_names_what_to_do_when_delivery_failed() -> None:
    for language in ("en", "zh_CN", "zh_TW"):
        for event in EVENTS:
            values = notice_values(language, name="Ana", order_no="N-9", carrier_code="ups",
                                   tracking_no="1Z999AA10123456784", shop="Leaf & Cup")
            subject, body = render(event, language, values)
            assert "N-9" in subject and "$" not in subject + body
            assert all(part in body for part in ("N-9", "UPS", "1Z999AA10123456784",
                                                 "https://www.ups.com/track?tracknum=1Z999AA10123456784"))
    assert "What to do next" in render("failed", "en", values)[1]
    assert "接下来您可以" in render("failed", "zh_CN", values)[1]
    assert "接下來您可以" in render("failed", "zh_TW", values)[1]


def test_a_carrier_without_a_tracking_page_leaves_the_link_out(shop: Services, admin: Actor) -> None:
    assert enqueue(shop, ship(shop, admin, "N-6", name="Ana", country="PT", carrier="simulator"))
    (row,) = outbox(shop)
    assert "Track your parcel" not in row.body and "Tracking number: SIM" in row.body


def test_line_breaks_cannot_add_mail_headers_or_recipients(shop: Services, admin: Actor, mail: MailServer) -> None:
    subject, _ = render("shipped", "en", {"order_no": "N-7\r\nBcc: victim@example.org"})
    assert subject == "Your order N-7 Bcc: victim@example.org is on its way"
    order_no = "N-8\r\nBcc: victim@example.org\n"
    assert enqueue(shop, ship(shop, admin, order_no, name="Eve\r\nBcc: victim@example.org", country="US",
                              email="eve@example.com"))
    (row,) = outbox(shop)
    assert "\r" not in row.subject and "\n" not in row.subject
    assert row.body.startswith("Hi Eve Bcc: victim@example.org,\n")
    assert run(OutboxSender(shop.uow, mail.settings())) == SendReport(sent=1)
    (message,) = mail.inbox.messages
    assert mail.inbox.envelopes == [[row.recipient]]
    assert message["Bcc"] is None and message["Subject"] == "Your order N-8 Bcc: victim@example.org is on its way"


# --- sending -----------------------------------------------------------------------------------------

def test_a_queued_notice_goes_out_as_a_utf8_mail_from_the_shop(shop: Services, admin: Actor,
                                                                mail: MailServer) -> None:
    enqueue(shop, ship(shop, admin, "N-10"))
    clock = Clock(T0 + timedelta(minutes=1))
    assert run(OutboxSender(shop.uow, mail.settings(), clock=clock)) == SendReport(sent=1)
    (message,) = mail.inbox.messages
    assert mail.inbox.envelopes == [["n-10@example.com"]]
    assert message["From"].addresses[0].display_name == "Leaf & Cup 茶舍"
    assert message["From"].addresses[0].addr_spec == FROM
    assert message["To"] == "n-10@example.com"
    assert message["Subject"] == "您的订单 N-10 已发货"
    assert message["Message-ID"].endswith("@leaf-and-cup.example>") and message["Date"]
    assert message.get_content_charset() == "utf-8"
    assert "运单号：SF" in message.get_content()
    (row,) = outbox(shop)
    assert (row.status, row.attempts, row.sent_at, row.next_attempt_at) == ("sent", 1, clock.now, None)
    assert run(OutboxSender(shop.uow, mail.settings(), clock=clock)) == SendReport()
    assert len(mail.inbox.messages) == 1


def test_two_senders_running_at_once_send_each_message_exactly_once(shop: Services, admin: Actor,
                                                                    mail: MailServer) -> None:
    for n in range(6):
        enqueue(shop, ship(shop, admin, f"N-2{n}"))
    start = threading.Barrier(2)
    reports: list[SendReport] = []
    errors: list[BaseException] = []

    def sender() -> None:
        try:
            job = OutboxSender(shop.uow, mail.settings(), clock=Clock(T0 + timedelta(minutes=1)))
            start.wait()
            reports.append(job.send_due())
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=sender) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    assert sum(r.sent for r in reports) == 6 and sum(r.failed + r.gave_up for r in reports) == 0
    recipients = sorted(to for envelope in mail.inbox.envelopes for to in envelope)
    assert recipients == sorted(f"n-2{n}@example.com" for n in range(6))
    assert len({m["Message-ID"] for m in mail.inbox.messages}) == 6
    assert {(row.status, row.attempts) for row in outbox(shop)} == {("sent", 1)}


def test_a_server_saying_try_later_gets_the_message_again_after_a_growing_pause(
        shop: Services, admin: Actor, mail: MailServer) -> None:
    enqueue(shop, ship(shop, admin, "N-30", country="US", name="Ana"))
    clock = Clock(T0)
    sender = OutboxSender(shop.uow, mail.settings(), clock=clock)
    mail.inbox.refuse_data = "451 4.3.0 try later"
    assert run(sender) == SendReport(failed=1)
    (row,) = outbox(shop)
    assert (row.status, row.attempts) == ("pending", 1) and row.last_error == "451 4.3.0 try later"
    first_pause = row.next_attempt_at - T0
    assert timedelta(seconds=60) <= first_pause <= timedelta(seconds=90)
    clock.now = row.next_attempt_at - timedelta(seconds=1)
    assert run(sender) == SendReport()  # not due yet
    clock.now = row.next_attempt_at
    assert run(sender) == SendReport(failed=1)
    (row,) = outbox(shop)
    assert row.attempts == 2
    assert timedelta(seconds=120) <= row.next_attempt_at - clock.now <= timedelta(seconds=150)
    mail.inbox.refuse_data = None  # the server recovers
    clock.now = row.next_attempt_at
    assert run(sender) == SendReport(sent=1)
    assert run(sender) == SendReport()
    assert len(mail.inbox.messages) == 1 and mail.inbox.messages[0]["Subject"] == "Your order N-30 is on its way"
    (row,) = outbox(shop)
    assert (row.status, row.attempts, row.last_error, row.sent_at) == ("sent", 3, "", clock.now)


def test_a_message_is_given_up_after_the_last_attempt(shop: Services, admin: Actor, mail: MailServer) -> None:
    enqueue(shop, ship(shop, admin, "N-31"))
    clock = Clock(T0)
    sender = OutboxSender(shop.uow, mail.settings(), clock=clock)
    mail.inbox.refuse_data = "451 4.3.0 try later"
    pauses = []
    for attempt in range(1, MAX_ATTEMPTS):
        assert run(sender) == SendReport(failed=1), attempt
        (row,) = outbox(shop)
        pauses.append(row.next_attempt_at - clock.now)
        clock.now = row.next_attempt_at
    assert run(sender) == SendReport(gave_up=1)
    (row,) = outbox(shop)
    assert (row.status, row.attempts, row.next_attempt_at) == ("failed", MAX_ATTEMPTS, None)
    assert pauses == sorted(pauses) and pauses[-1] >= timedelta(minutes=64)
    mail.inbox.refuse_data = None
    clock.now += timedelta(days=2)
    assert run(sender) == SendReport() and mail.inbox.messages == []


def test_a_recipient_the_server_does_not_know_is_given_up_at_once_and_the_others_still_go(
        shop: Services, admin: Actor, mail: MailServer) -> None:
    enqueue(shop, ship(shop, admin, "N-32"))
    enqueue(shop, ship(shop, admin, "N-33"))
    mail.inbox.refuse_rcpt["n-32@example.com"] = "550 5.1.1 no such user"
    assert run(OutboxSender(shop.uow, mail.settings())) == SendReport(sent=1, gave_up=1)
    rows = {row.reference: row for row in outbox(shop)}
    assert (rows["N-32"].status, rows["N-32"].last_error) == ("failed", "n-32@example.com: 550 5.1.1 no such user")
    assert rows["N-33"].status == "sent"


def test_a_server_that_cannot_be_reached_costs_one_message_one_attempt(shop: Services, admin: Actor) -> None:
    for n in range(3):
        enqueue(shop, ship(shop, admin, f"N-4{n}"))
    nowhere = SmtpSettings(host="127.0.0.1", port=_free_port(), security="none", from_address=FROM)
    assert run(OutboxSender(shop.uow, nowhere, clock=Clock(T0))) == SendReport(failed=1)
    first, *others = outbox(shop)
    assert (first.status, first.attempts) == ("pending", 1) and "cannot reach 127.0.0.1" in first.last_error
    assert [(row.status, row.attempts) for row in others] == [("pending", 0), ("pending", 0)]


def test_a_message_left_sending_by_a_crashed_sender_goes_out_after_ten_minutes(
        shop: Services, admin: Actor, mail: MailServer, monkeypatch: pytest.MonkeyPatch) -> None:
    enqueue(shop, ship(shop, admin, "N-50"))
    clock = Clock(T0)

    def crash(*args: object, **kwargs: object) -> None:
        raise SystemExit("the computer was switched off")

    with monkeypatch.context() as patched:
        patched.setattr(smtplib.SMTP, "send_message", crash)
        with pytest.raises(SystemExit):
            OutboxSender(shop.uow, mail.settings(), clock=clock).send_due()
    (row,) = outbox(shop)
    assert (row.status, row.attempts) == ("sending", 1)
    other = OutboxSender(shop.uow, mail.settings(), clock=clock)
    clock.now = T0 + timedelta(minutes=9)
    assert run(other) == SendReport() and mail.inbox.messages == []  # maybe still sending: left alone
    clock.now = T0 + timedelta(minutes=10)
    assert run(other) == SendReport(sent=1)
    assert len(mail.inbox.messages) == 1
    (row,) = outbox(shop)
    assert (row.status, row.attempts) == ("sent", 2)


def test_the_sender_logs_in_when_a_user_is_set(shop: Services, admin: Actor, mail: MailServer) -> None:
    mail.inbox.password = "s3cret"
    enqueue(shop, ship(shop, admin, "N-60"))
    clock = Clock(T0)
    assert run(OutboxSender(shop.uow, mail.settings(), clock=clock)) == SendReport(failed=1)  # no log-in: 530
    assert "530" in outbox(shop)[0].last_error
    clock.now += timedelta(hours=1)
    wrong = mail.settings(user="shop", password="guess")
    assert run(OutboxSender(shop.uow, wrong, clock=clock)) == SendReport(failed=1)
    assert "535" in outbox(shop)[0].last_error
    clock.now += timedelta(hours=1)
    assert run(OutboxSender(shop.uow, mail.settings(user="shop", password="s3cret"), clock=clock)) == SendReport(
        sent=1)
    assert mail.inbox.logins == ["shop"] and len(mail.inbox.messages) == 1


# --- TLS: STARTTLS and SMTPS, with the certificate checked ------------------------------------------------

@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and its key (cert.pem, key.pem)."""
    pytest.importorskip("cryptography")  # keyring's dependency on Linux
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


def _tls_server(certificate: tuple[Path, Path], *, starttls: bool) -> tuple[Controller, Inbox]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    inbox = Inbox()
    inbox.password = "s3cret"
    # Under SMTPS aiosmtpd does not see its own TLS (it was not STARTTLS), so it is told AUTH may go.
    options: dict[str, Any] = {"tls_context": context, "require_starttls": True} if starttls else {
        "ssl_context": context, "auth_require_tls": False}
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port(), authenticator=inbox.authenticate,
                            **options)
    controller.start()
    return controller, inbox


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_the_sender_speaks_tls_and_checks_the_servers_certificate(
        sqlite_services: Services, admin: Actor, certificate: tuple[Path, Path], security: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    add_products(sqlite_services, admin, product("TEA-1", 10))
    enqueue(sqlite_services, ship(sqlite_services, admin, "N-70"))
    controller, inbox = _tls_server(certificate, starttls=security == "starttls")
    try:
        settings = SmtpSettings(host="127.0.0.1", port=controller.port, security=security, user="shop",
                                password="s3cret", from_address=FROM)
        clock = Clock(T0)
        assert run(OutboxSender(sqlite_services.uow, settings, clock=clock)) == SendReport(failed=1)
        assert "CERTIFICATE_VERIFY_FAILED" in outbox(sqlite_services)[0].last_error  # not trusted here yet
        monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))  # now it is
        clock.now += timedelta(hours=1)
        assert run(OutboxSender(sqlite_services.uow, settings, clock=clock)) == SendReport(sent=1)
        assert inbox.logins == ["shop"] and len(inbox.messages) == 1
    finally:
        controller.stop()


# --- the mail server's settings ------------------------------------------------------------------------

class MemoryKeyring:
    def __init__(self) -> None:
        self.passwords: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, key: str, password: str) -> None:
        self.passwords[(service, key)] = password

    def get_password(self, service: str, key: str) -> str | None:
        return self.passwords.get((service, key))

    def delete_password(self, service: str, key: str) -> None:
        del self.passwords[(service, key)]


class NoKeyring:
    def _fail(self, *args: object) -> Any:
        raise RuntimeError("No recommended backend was available")

    set_password = get_password = delete_password = _fail


def test_the_mail_server_is_saved_with_its_password_in_the_keyring_and_audited(
        services: Services, admin: Actor) -> None:
    keyring = MemoryKeyring()
    settings = SettingsService(services.uow, keyring=keyring)
    saved = settings.save_smtp_settings(SmtpSettings(host=" smtp.example.com ", port=0, security="ssl",
                                                     user="shop", password="pw 1", from_address=FROM), admin)
    assert (saved.host, saved.port, saved.security) == ("smtp.example.com", 465, "ssl")
    assert keyring.passwords == {("desktop-oms-smtp", "shop@smtp.example.com:465"): "pw 1"}
    assert settings.smtp_settings(admin) == saved
    with services.uow(read_only=True) as tx:
        stored = dict(tx.connection.execute(select(SETTINGS.c.key, SETTINGS.c.value)
                                            .where(SETTINGS.c.key.startswith("smtp."))).all())
        (details,) = tx.connection.execute(select(AUDIT_LOG.c.details).where(
            AUDIT_LOG.c.entity == "settings", AUDIT_LOG.c.entity_ref == "smtp")).scalars()
    assert "pw 1" not in stored.values() and stored["smtp.password_in_keyring"] == "1"
    assert "password" in details["changed"] and "pw 1" not in str(details)
    moved = settings.save_smtp_settings(replace(saved, host="mail.example.com"), admin)
    assert keyring.passwords == {("desktop-oms-smtp", "shop@mail.example.com:465"): "pw 1"}
    settings.save_smtp_settings(replace(moved, password=""), admin)
    assert keyring.passwords == {} and settings.smtp_settings(admin).password == ""
    sender = outbox_sender(services.uow, settings)
    assert sender is not None
    assert outbox_sender(services.uow, SettingsService(services.uow, keyring=MemoryKeyring())) is not None


def test_without_a_keyring_a_mail_password_is_refused_and_nothing_is_saved(services: Services,
                                                                           admin: Actor) -> None:
    settings = SettingsService(services.uow, keyring=NoKeyring())
    with pytest.raises(InvalidValue) as caught:
        settings.save_smtp_settings(SmtpSettings(host="smtp.example.com", user="shop", password="pw",
                                                 from_address=FROM), admin)
    assert caught.value.field == "password" and "keyring" in caught.value.message
    assert settings.smtp_settings(admin) == SmtpSettings()
    assert outbox_sender(services.uow, settings) is None  # no mail server: nothing to send with
    saved = settings.save_smtp_settings(SmtpSettings(host="smtp.example.com", from_address=FROM), admin)
    assert settings.smtp_settings(admin) == saved  # no password: no keyring needed


@pytest.mark.parametrize(("change", "field"), [
    ({"host": "smtp example.com"}, "host"), ({"port": 70000}, "port"), ({"security": "tls"}, "security"),
    ({"from_address": "shop"}, "from_address"), ({"from_address": ""}, "from_address"),
    ({"user": "a\nb"}, "user"), ({"password": "x\r\ny"}, "password")])
def test_mail_server_settings_are_checked_field_by_field(change: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        SettingsService.validate_smtp_settings(replace(SmtpSettings(host="smtp.example.com", from_address=FROM),
                                                       **change))
    assert caught.value.field == field


def test_only_a_settings_manager_sees_or_changes_the_mail_server(services: Services) -> None:
    settings = SettingsService(services.uow, keyring=MemoryKeyring())
    with pytest.raises(PermissionDenied):
        settings.smtp_settings(PACKER)
    with pytest.raises(PermissionDenied):
        settings.save_smtp_settings(SmtpSettings(), PACKER)


def test_a_sender_needs_a_sender_address(services: Services) -> None:
    with pytest.raises(InvalidValue) as caught:
        OutboxSender(services.uow, SmtpSettings(host="127.0.0.1", from_address="nobody"))
    assert caught.value.field == "from_address"

