"""`policy-archive serve`: browse, search and compare the archive's policies in a web browser."""
from __future__ import annotations

import socket

import click

from ..capture import ArchiveError

HOST = "127.0.0.1"  # the view is for the person at this machine; publishing it is a deliberate act


@click.command()
@click.option("-p", "--port", type=click.IntRange(1, 65535), default=8001, show_default=True,
              help="Port on 127.0.0.1.")
@click.option("--open/--no-open", "open_browser", default=False, show_default=True,
              help="Open the home page in a web browser.")
def serve(port, open_browser):
    """Browse, search and compare policy versions in a web browser (Datasette, read-only).

    Pages: companies and recent changes (/), a company's timeline (/company/KEY), a version
    (/version/ID), two versions side by side (/diff/OLD/NEW), the Atom feed (/feed.atom), and
    Datasette's tables, canned queries and SQL (/archive).

    Example: policy-archive serve --port 8001 --open
    """
    import uvicorn

    from ..cli import open_db
    from . import make_datasette
    db = open_db(readonly=True)  # a missing file, another kind of database, an old schema: one clear line
    path = click.get_current_context().obj["db"]
    db.conn.close()
    with socket.socket() as probe:
        try:
            probe.bind((HOST, port))
        except OSError:
            raise ArchiveError(f"port {port} is in use on {HOST}; choose another with --port") from None
    ds = make_datasette(path)
    url = f"http://{HOST}:{port}/"
    click.echo(f"Serving {path} read-only at {url} (Ctrl+C stops)", err=True)
    if open_browser:
        import webbrowser
        webbrowser.open(url)
    # info: the "Uvicorn running on ..." line tells a person (and a test) the server is ready
    uvicorn.run(ds.app(), host=HOST, port=port, log_level="info", access_log=False, lifespan="on", workers=1)
