"""Composition root without Qt: settings → engine → services (no globals)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from sqlalchemy import Engine

from desktop_oms.config import Settings
from desktop_oms.db.engine import check_reachable, make_engine, upgrade
from desktop_oms.db.uow import UnitOfWork, UnitOfWorkFactory
from desktop_oms.services.allocation import AllocationService
from desktop_oms.services.carrier_accounts import CarrierAccounts
from desktop_oms.services.cases import CaseService
from desktop_oms.services.catalogue import CatalogueService
from desktop_oms.services.changes import ChangeService
from desktop_oms.services.intake import IntakeService
from desktop_oms.services.knowledge import KnowledgeService
from desktop_oms.services.notifications import Outbox
from desktop_oms.services.order_entry import OrderEntryService
from desktop_oms.services.orders import OrderService
from desktop_oms.services.packing import PackingService
from desktop_oms.services.queue import QueueService
from desktop_oms.services.reports import ReportService
from desktop_oms.services.settings import SettingsService
from desktop_oms.services.shipments import ShipmentService
from desktop_oms.services.shop_connection import ShopConnections
from desktop_oms.services.shop_sync import ShopSyncService
from desktop_oms.services.stock import StockService
from desktop_oms.services.tracking import TrackingService
from desktop_oms.services.users import UserService


@dataclass(frozen=True)
class Services:
    engine: Engine
    uow: UnitOfWorkFactory
    orders: OrderService
    queue: QueueService
    changes: ChangeService
    allocation: AllocationService
    stock: StockService
    intake: IntakeService
    catalogue: CatalogueService
    users: UserService
    settings: SettingsService
    packing: PackingService
    carriers: CarrierAccounts
    tracking: TrackingService
    outbox: Outbox
    reports: ReportService
    shipments: ShipmentService
    knowledge: KnowledgeService
    cases: CaseService
    order_entry: OrderEntryService
    shop_connections: ShopConnections
    shop_sync: ShopSyncService

    def close(self) -> None:
        self.engine.dispose()


def build(settings: Settings, *, migrate: bool = True) -> Services:
    """Open the database (raising DatabaseUnavailable), bring its schema up to date, wire the services."""
    engine = make_engine(settings.db_url)
    check_reachable(engine)
    if migrate:
        upgrade(engine)
    uow = partial(UnitOfWork, engine)
    allocation = AllocationService(uow)
    intake = IntakeService(uow)
    settings_service = SettingsService(uow)
    carriers = CarrierAccounts(uow)
    shop_connections = ShopConnections(uow)
    return Services(
        engine=engine,
        uow=uow,
        orders=OrderService(uow),
        queue=QueueService(uow),
        changes=ChangeService(engine),
        allocation=allocation,
        stock=StockService(uow, allocation),
        intake=intake,
        catalogue=CatalogueService(uow),
        users=UserService(uow),
        settings=settings_service,
        packing=PackingService(uow, settings_service),
        carriers=carriers,
        tracking=TrackingService(uow, carriers.adapter_for),
        outbox=Outbox(uow, settings_service),
        reports=ReportService(uow),
        shipments=ShipmentService(uow),
        knowledge=KnowledgeService(uow),
        cases=CaseService(uow, settings_service),
        order_entry=OrderEntryService(uow, intake, allocation),
        shop_connections=shop_connections,
        shop_sync=ShopSyncService(uow, shop_connections, IntakeService(uow), OrderService(uow)),
    )
