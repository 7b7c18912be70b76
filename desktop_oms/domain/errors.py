"""Errors that carry a code and parameters; the views and the CLI turn them into sentences."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A user-fixable error. `code` is stable; `params` fill the translated sentence."""

    code = "domain.error"

    def __init__(self, message: str | None = None, /, **params: Any) -> None:
        self.params = params
        super().__init__(message or self.default_message())

    def default_message(self) -> str:
        return self.code


class IllegalMove(DomainError):
    code = "order.illegal_move"

    def __init__(self, entity: str, current: str, target: str, ref: str = "") -> None:
        self.entity, self.current, self.target, self.ref = entity, current, target, ref
        super().__init__(entity=entity, current=current, target=target, ref=ref)

    def default_message(self) -> str:
        who = f"{self.params['entity']} {self.params['ref']}".strip()
        return f"{who} cannot move from {self.params['current']} to {self.params['target']}"


class NotFound(DomainError):
    code = "not_found"

    def __init__(self, kind: str, key: str) -> None:
        super().__init__(kind=kind, key=key)

    def default_message(self) -> str:
        return f"no {self.params['kind']} {self.params['key']!r}"


class PermissionDenied(DomainError):
    code = "permission_denied"

    def __init__(self, user: str, permission: str) -> None:
        super().__init__(user=user, permission=permission)

    def default_message(self) -> str:
        return f"user {self.params['user']!r} may not {self.params['permission'].replace('_', ' ')}"


class InvalidValue(DomainError):
    """A value that breaks a rule, named by its field."""

    code = "invalid_value"

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}", field=field, message=message)


class StaleEdit(DomainError):
    code = "stale_edit"

    def __init__(self, kind: str, key: str) -> None:
        super().__init__(kind=kind, key=key)

    def default_message(self) -> str:
        return f"{self.params['kind']} {self.params['key']} was changed at another desk; reload and try again"


class InsufficientStock(DomainError):
    code = "stock.insufficient"

    def __init__(self, sku: str, wanted: int, available: int) -> None:
        super().__init__(sku=sku, wanted=wanted, available=available)

    def default_message(self) -> str:
        p = self.params
        return f"{p['sku']}: {p['wanted']} wanted but only {p['available']} available"


class InputRejected(DomainError):
    """A whole input (file, document) refused before anything was written."""

    code = "input.rejected"

    def __init__(self, message: str) -> None:
        super().__init__(message)


class NothingToPack(DomainError):
    code = "packing.nothing_to_pack"

    def default_message(self) -> str:
        return "no allocated order is waiting to be packed"


class ClaimedElsewhere(DomainError):
    """Another packing station has this order."""

    code = "packing.claimed_elsewhere"

    def __init__(self, order_no: str, station: str) -> None:
        super().__init__(order_no=order_no, station=station)

    def default_message(self) -> str:
        return f"order {self.params['order_no']} is being packed at {self.params['station']}"


class PackIncomplete(DomainError):
    code = "packing.incomplete"

    def __init__(self, order_no: str, skus: str) -> None:
        super().__init__(order_no=order_no, skus=skus)

    def default_message(self) -> str:
        return f"order {self.params['order_no']} is not complete: {self.params['skus']}"


class TrackingInUse(DomainError):
    code = "shipping.tracking_in_use"

    def __init__(self, carrier: str, tracking_no: str, order_no: str) -> None:
        super().__init__(carrier=carrier, tracking_no=tracking_no, order_no=order_no)

    def default_message(self) -> str:
        p = self.params
        return f"{p['carrier']} {p['tracking_no']} is already the shipment of order {p['order_no']}"


class DatabaseUnavailable(Exception):
    """The database cannot be reached or opened (an environment error, not a bug)."""
