"""Named errors of the warehouse room; each message says what went wrong and what to do."""


class WarehouseError(Exception):
    """Base class of every error the warehouse raises on purpose."""


class WarehouseBusy(WarehouseError):
    """Another process holds the DuckDB file for writing longer than we may wait."""


class SchemaTooNew(WarehouseError):
    """The file was written by a newer Oreline whose schema this code does not know."""


class MigrationError(WarehouseError):
    """A schema migration failed; the file is left at its previous version."""


class ReadOnlyViolation(WarehouseError):
    """A statement sent through the read-only SQL entry point would write."""


class QueryError(WarehouseError):
    """A read-only query failed (syntax, unknown table or column, ...)."""
