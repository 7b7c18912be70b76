"""Composition root without Qt: settings → engine → services (no globals).

The services are made when first used, each once: the app's first screen (the order queue) imports
only the modules it needs, and the rest come with the tabs that use them.
"""

from __future__ import annotations

from functools import cached_property, partial
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from desktop_oms.config import Settings
from desktop_oms.db.engine import check_reachable, make_engine, upgrade
from desktop_oms.db.uow import UnitOfWork, UnitOfWorkFactory

if TYPE_CHECKING:
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


class Services:
    """Every use case of the shop over one database; each service is made on first use."""

    def __init__(self, engine: Engine, uow: UnitOfWorkFactory) -> None:
        self.engine = engine
        self.uow = uow

    def close(self) -> None:
        self.engine.dispose()

    @cached_property
    def orders(self) -> OrderService:
        from desktop_oms.services.orders import OrderService

        return OrderService(self.uow)

    @cached_property
    def queue(self) -> QueueService:
        from desktop_oms.services.queue import QueueService

        return QueueService(self.uow)

    @cached_property
    def changes(self) -> ChangeService:
        from desktop_oms.services.changes import ChangeService

        return ChangeService(self.engine)

    @cached_property
    def allocation(self) -> AllocationService:
        from desktop_oms.services.allocation import AllocationService

        return AllocationService(self.uow)

    @cached_property
    def stock(self) -> StockService:
        from desktop_oms.services.stock import StockService

        return StockService(self.uow, self.allocation)

    @cached_property
    def intake(self) -> IntakeService:
        from desktop_oms.services.intake import IntakeService

        return IntakeService(self.uow)

    @cached_property
    def catalogue(self) -> CatalogueService:
        from desktop_oms.services.catalogue import CatalogueService

        return CatalogueService(self.uow)

    @cached_property
    def users(self) -> UserService:
        from desktop_oms.services.users import UserService

        return UserService(self.uow)

    @cached_property
    def settings(self) -> SettingsService:
        from desktop_oms.services.settings import SettingsService

        return SettingsService(self.uow)

    @cached_property
    def packing(self) -> PackingService:
        from desktop_oms.services.packing import PackingService

        return PackingService(self.uow, self.settings)

    @cached_property
    def carriers(self) -> CarrierAccounts:
        from desktop_oms.services.carrier_accounts import CarrierAccounts

        return CarrierAccounts(self.uow)

    @cached_property
    def tracking(self) -> TrackingService:
        from desktop_oms.services.tracking import TrackingService

        return TrackingService(self.uow, self.carriers.adapter_for)

    @cached_property
    def outbox(self) -> Outbox:
        from desktop_oms.services.notifications import Outbox

        return Outbox(self.uow, self.settings)

    @cached_property
    def reports(self) -> ReportService:
        from desktop_oms.services.reports import ReportService

        return ReportService(self.uow)

    @cached_property
    def shipments(self) -> ShipmentService:
        from desktop_oms.services.shipments import ShipmentService

        return ShipmentService(self.uow)

    @cached_property
    def knowledge(self) -> KnowledgeService:
        from desktop_oms.services.knowledge import KnowledgeService

        return KnowledgeService(self.uow)

    @cached_property
    def cases(self) -> CaseService:
        from desktop_oms.services.cases import CaseService

        return CaseService(self.uow, self.settings)

    @cached_property
    def order_entry(self) -> OrderEntryService:
        from desktop_oms.services.order_entry import OrderEntryService

        return OrderEntryService(self.uow, self.intake, self.allocation)

    @cached_property
    def shop_connections(self) -> ShopConnections:
        from desktop_oms.services.shop_connection import ShopConnections

        return ShopConnections(self.uow)

    @cached_property
    def shop_sync(self) -> ShopSyncService:
        from desktop_oms.services.shop_sync import ShopSyncService

        return ShopSyncService(self.uow, self.shop_connections, self.intake, self.orders)


def build(settings: Settings, *, migrate: bool = True) -> Services:
    """Open the database (raising DatabaseUnavailable), bring its schema up to date, wire the services."""
    engine = make_engine(settings.db_url)
    check_reachable(engine)
    if migrate:
        upgrade(engine)
    return Services(engine, partial(UnitOfWork, engine))
