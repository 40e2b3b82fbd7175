"""Versioned schema migrations for the SQL backends, and the catalogue seed.

Each migration is ``(version, name, statements)``; applied versions are recorded in
``schema_migrations`` inside the same transaction as the migration, so start-up applies only
what is missing and running it twice (or from several workers at once) changes nothing.
Append new migrations; never edit an applied one.

After migrating, the demo catalogue from ``autoglm_gw.catalog`` is upserted into ``stores``,
``services`` and ``bays``: the catalogue module stays the single source of truth and the tables
mirror it (they give foreign keys and the capacity row that PostgreSQL locks).
"""

from __future__ import annotations

from autoglm_gw.catalog import DEFAULT_ZONE, SERVICES, STORES

Migration = tuple[int, str, tuple[str, ...]]

# SQLite: times are INTEGER seconds since the epoch (UTC); created/updated in microseconds.
SQLITE_MIGRATIONS: tuple[Migration, ...] = (
    (
        1,
        "catalogue",
        (
            """CREATE TABLE stores (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                name_en TEXT NOT NULL,
                lat REAL NOT NULL,
                lon REAL NOT NULL,
                zone TEXT NOT NULL
            )""",
            """CREATE TABLE services (
                id TEXT PRIMARY KEY,
                duration_min INTEGER NOT NULL CHECK (duration_min > 0)
            )""",
            """CREATE TABLE bays (
                store_id TEXT NOT NULL REFERENCES stores(id),
                service TEXT NOT NULL REFERENCES services(id),
                capacity INTEGER NOT NULL CHECK (capacity >= 0),
                PRIMARY KEY (store_id, service)
            )""",
        ),
    ),
    (
        2,
        "bookings",
        (
            """CREATE TABLE bookings (
                id TEXT PRIMARY KEY,
                vehicle_id TEXT NOT NULL,
                store_id TEXT NOT NULL,
                service TEXT NOT NULL,
                start_at INTEGER NOT NULL,
                end_at INTEGER NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('confirmed', 'cancelled')),
                idempotency_key TEXT UNIQUE,
                request_hash TEXT,
                version INTEGER NOT NULL DEFAULT 1,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                CHECK (end_at > start_at),
                FOREIGN KEY (store_id, service) REFERENCES bays(store_id, service)
            )""",
            """CREATE INDEX bookings_capacity_idx ON bookings (store_id, service, start_at)
                WHERE status = 'confirmed'""",
            "CREATE INDEX bookings_vehicle_idx ON bookings (vehicle_id, start_at)",
        ),
    ),
    (3, "booking_locale", ("ALTER TABLE bookings ADD COLUMN locale TEXT",)),
)

POSTGRES_MIGRATIONS: tuple[Migration, ...] = (
    (
        1,
        "catalogue",
        (
            """CREATE TABLE stores (
                id text PRIMARY KEY,
                name text NOT NULL,
                name_en text NOT NULL,
                lat double precision NOT NULL,
                lon double precision NOT NULL,
                zone text NOT NULL
            )""",
            """CREATE TABLE services (
                id text PRIMARY KEY,
                duration_min integer NOT NULL CHECK (duration_min > 0)
            )""",
            """CREATE TABLE bays (
                store_id text NOT NULL REFERENCES stores(id),
                service text NOT NULL REFERENCES services(id),
                capacity integer NOT NULL CHECK (capacity >= 0),
                PRIMARY KEY (store_id, service)
            )""",
        ),
    ),
    (
        2,
        "bookings",
        (
            """CREATE TABLE bookings (
                id text PRIMARY KEY,
                vehicle_id text NOT NULL,
                store_id text NOT NULL,
                service text NOT NULL,
                start_at timestamptz NOT NULL,
                end_at timestamptz NOT NULL,
                status text NOT NULL CHECK (status IN ('confirmed', 'cancelled')),
                idempotency_key text UNIQUE,
                request_hash text,
                version integer NOT NULL DEFAULT 1,
                created_at timestamptz NOT NULL,
                updated_at timestamptz NOT NULL,
                CHECK (end_at > start_at),
                FOREIGN KEY (store_id, service) REFERENCES bays(store_id, service)
            )""",
            """CREATE INDEX bookings_capacity_idx ON bookings (store_id, service, start_at)
                WHERE status = 'confirmed'""",
            "CREATE INDEX bookings_vehicle_idx ON bookings (vehicle_id, start_at)",
        ),
    ),
    (3, "booking_locale", ("ALTER TABLE bookings ADD COLUMN locale text",)),
)

LATEST_VERSION = max(v for v, _, _ in SQLITE_MIGRATIONS)
assert LATEST_VERSION == max(v for v, _, _ in POSTGRES_MIGRATIONS)


def store_rows() -> list[tuple[str, str, str, float, float, str]]:
    return [(s.id, s.name, s.name_en, s.lat, s.lon, DEFAULT_ZONE) for s in STORES]


def service_rows() -> list[tuple[str, int]]:
    return [(s.id, s.duration_min) for s in SERVICES]


def bay_rows() -> list[tuple[str, str, int]]:
    return [(st.id, sv.id, sv.bays) for st in STORES for sv in SERVICES]
