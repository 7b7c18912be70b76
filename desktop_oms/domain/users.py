"""Roles, permissions and the acting user."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from desktop_oms.domain.errors import PermissionDenied


class Role(StrEnum):
    PACKER = "packer"
    AGENT = "agent"
    MANAGER = "manager"
    ADMIN = "admin"


class Permission(StrEnum):
    VIEW_ORDERS = "view_orders"
    IMPORT_ORDERS = "import_orders"
    EDIT_ORDERS = "edit_orders"
    CREATE_ORDERS = "create_orders"
    OVERRIDE_PRICES = "override_prices"
    ALLOCATE_ORDERS = "allocate_orders"
    CANCEL_ORDERS = "cancel_orders"
    HOLD_ORDERS = "hold_orders"
    PACK_ORDERS = "pack_orders"
    SHIP_ORDERS = "ship_orders"
    PACK_WITHOUT_SCANS = "pack_without_scans"
    RELEASE_CLAIMS = "release_claims"
    VIEW_STOCK = "view_stock"
    RECEIVE_STOCK = "receive_stock"
    ADJUST_STOCK = "adjust_stock"
    EDIT_CATALOGUE = "edit_catalogue"
    HANDLE_CASES = "handle_cases"
    APPROVE_REFUNDS = "approve_refunds"
    EDIT_KNOWLEDGE = "edit_knowledge"
    VIEW_REPORTS = "view_reports"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    LOAD_DEMO = "load_demo"
    VIEW_AUDIT = "view_audit"


P = Permission
_PACKER = frozenset({P.VIEW_ORDERS, P.PACK_ORDERS, P.SHIP_ORDERS, P.VIEW_STOCK, P.RECEIVE_STOCK})
_AGENT = _PACKER | {P.IMPORT_ORDERS, P.EDIT_ORDERS, P.CREATE_ORDERS, P.ALLOCATE_ORDERS, P.CANCEL_ORDERS, P.HOLD_ORDERS,
                    P.HANDLE_CASES}
_MANAGER = _AGENT | {P.RELEASE_CLAIMS, P.OVERRIDE_PRICES, P.ADJUST_STOCK, P.EDIT_CATALOGUE, P.APPROVE_REFUNDS, P.EDIT_KNOWLEDGE, P.VIEW_REPORTS,
                     P.VIEW_AUDIT}

ROLE_PERMISSIONS: Final[Mapping[Role, frozenset[Permission]]] = {
    Role.PACKER: _PACKER,
    Role.AGENT: frozenset(_AGENT),
    Role.MANAGER: frozenset(_MANAGER),
    Role.ADMIN: frozenset(Permission),
}


@dataclass(frozen=True)
class Actor:
    """Who acts: recorded in the audit log; its role decides what it may do."""

    name: str
    role: Role
    user_id: int | None = None

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(self.name, str(permission))
