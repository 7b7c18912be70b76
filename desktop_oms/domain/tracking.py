"""Normalised shipment tracking statuses."""

from __future__ import annotations

from enum import StrEnum


class TrackingStatus(StrEnum):
    PENDING = "pending"
    INFO_RECEIVED = "info_received"
    PICKED_UP = "picked_up"
    IN_TRANSIT = "in_transit"
    OUT_FOR_DELIVERY = "out_for_delivery"
    READY_FOR_PICKUP = "ready_for_pickup"
    DELIVERED = "delivered"
    DELIVERY_FAILED = "delivery_failed"
    DELIVERY_DELAYED = "delivery_delayed"
    ON_HOLD = "on_hold"
    RETURN_TO_SENDER = "return_to_sender"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"
