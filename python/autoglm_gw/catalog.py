"""The demo catalogue: stores, services and their capacities, as fixed by the contract.

This is static reference data (immutable tuples and frozen Structs), shared by the NLU
resolvers and the booking store, so both agree on ids, names and durations.
"""

from __future__ import annotations

import msgspec


class Store(msgspec.Struct, frozen=True):
    id: str
    name: str
    name_en: str
    lat: float
    lon: float


class Service(msgspec.Struct, frozen=True):
    id: str
    duration_min: int
    bays: int  # bays per store able to serve it at the same time


# Zone of the demo stores and of "now" when the request gives none.
DEFAULT_ZONE = "Asia/Shanghai"
OPEN_HOUR = 8  # stores open 08:00
CLOSE_HOUR = 22  # and close 22:00 local time
SLOT_MINUTES = 30  # bookings start on the half hour

STORES: tuple[Store, ...] = (
    Store("guomao", "国贸店", "Guomao", 39.9087, 116.4605),
    Store("sanlitun", "三里屯店", "Sanlitun", 39.9336, 116.4543),
    Store("wangjing", "望京店", "Wangjing", 39.9965, 116.4700),
    Store("zhongguancun", "中关村店", "Zhongguancun", 39.9834, 116.3160),
    Store("wudaokou", "五道口店", "Wudaokou", 39.9925, 116.3376),
    Store("xidan", "西单店", "Xidan", 39.9135, 116.3740),
    Store("yizhuang", "亦庄店", "Yizhuang", 39.7950, 116.5060),
    Store("capital-airport", "首都机场店", "Capital Airport", 40.0799, 116.6031),
)

SERVICES: tuple[Service, ...] = (
    Service("quick", 15, 2),
    Service("automatic", 20, 2),
    Service("standard", 30, 2),
    Service("wax", 45, 2),
    Service("interior", 60, 1),
    Service("detailing", 90, 1),
)

STORES_BY_ID: dict[str, Store] = {s.id: s for s in STORES}
SERVICES_BY_ID: dict[str, Service] = {s.id: s for s in SERVICES}
INTENTS: tuple[str, ...] = (
    "book_car_wash",
    "cancel_booking",
    "reschedule_booking",
    "query_booking",
    "unknown",
)
