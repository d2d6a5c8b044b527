"""The browser view: Datasette over the archive, read-only, with the archive's own pages.

    from archive.view import make_datasette
    ds = make_datasette("archive.db")   # then serve ds.app() with uvicorn, or use ds.client in tests

The archive is opened with SQLite's `mode=ro` rather than `immutable=1`: a crawl may be writing to it
(WAL) while it is being served, and immutable would hide its new versions or read a torn state. Only an
archive nobody can write (read-only media or mount, where `mode=ro` cannot create the WAL's -shm file) is
opened immutable: the same rule as the CLI's readers (archive.store.read_only_uri).
"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent


def register_plugin() -> None:
    """Register the plugin with Datasette's plugin manager once per process."""
    from datasette.plugins import pm

    from . import plugin
    _quiet_rich_tracebacks()
    if not pm.is_registered(plugin):
        pm.register(plugin, name="policy_archive_view")


def _quiet_rich_tracebacks() -> None:
    """Datasette 0.65's error handler prints every exception (a 404 too) with rich's print_exception,
    which rich >= 14 refuses outside an `except` block: the 404 page becomes a crash. Without rich it
    renders its error page as designed (500s still print their traceback)."""
    import datasette.handle_exception as handler
    handler.rich = None


def make_datasette(path: str | Path, *, settings: dict | None = None):
    """A Datasette over the archive at `path`, named `archive`, with metadata, templates and plugin."""
    from datasette.app import Datasette
    from datasette.database import Database

    from .metadata import DATABASE, build_metadata
    register_plugin()
    path = str(Path(path).resolve())
    ds = Datasette(
        [],
        metadata=build_metadata(path),
        template_dir=str(HERE / "templates"),
        static_mounts=[("policy-static", str(HERE / "static"))],
        settings={"default_page_size": 50, "sql_time_limit_ms": 3000, "truncate_cells_html": 400,
                  "allow_download": False, **(settings or {})},
    )
    # a fixed name gives stable URLs (/archive/versions) whatever the file is called
    from ..store import read_only_uri
    mutable = "immutable=1" not in read_only_uri(path)
    ds.add_database(Database(ds, path=path, is_mutable=mutable), name=DATABASE)
    # Datasette adds an empty in-memory database when given no files; the archive is the only one
    if "_memory" in ds.databases:
        ds.remove_database("_memory")
    return ds
