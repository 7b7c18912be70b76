"""Builders of test data that go through the real services."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from desktop_oms.bootstrap import Services
from desktop_oms.domain.intake import Address, IncomingLine, IncomingOrder, IncomingProduct, ParsedFile
from desktop_oms.domain.orders import PaymentMethod, initial_status
from desktop_oms.domain.users import Actor

T0 = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)


def order(
    order_no: str,
    *lines: tuple[str, int],
    minutes: int = 0,
    method: PaymentMethod = PaymentMethod.ALIPAY,
    paid: bool = True,
    price: str = "10.00",
) -> IncomingOrder:
    status, payment = initial_status(method, paid)
    return IncomingOrder(
        order_no=order_no, created_at=T0 + timedelta(minutes=minutes), customer_name="王芳 Wang Fang",
        email=f"{order_no.lower()}@example.cn", phone="13800138000",
        ship_to=Address("王芳", "西湖区文三路 90 号", "", "杭州", "浙江", "310012", "CN"),
        payment_method=method, status=status, payment_status=payment,
        lines=tuple(IncomingLine(sku, qty, Decimal(price), name=f"Item {sku}") for sku, qty in lines),
    )


def import_orders(services: Services, actor: Actor, *orders: IncomingOrder) -> None:
    report = services.intake.import_orders(ParsedFile(orders=list(orders)), actor=actor)
    assert report.created + report.skipped == len(orders)


def product(sku: str, stock: int | None = 0, *, price: str = "10.00", category: str = "Tea > Green tea") -> IncomingProduct:
    return IncomingProduct(sku=sku, name=f"Product {sku}", barcode="", category=category, price=Decimal(price),
                           weight_g=250, stock=stock)


def add_products(services: Services, actor: Actor, *products: IncomingProduct) -> None:
    report = services.catalogue.import_products(list(products), [], actor=actor)
    assert not report.errors, report.errors
