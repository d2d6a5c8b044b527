"""The Datasette plugin: the archive's own pages (home, company, version, diff, feed) and cell rendering.

Registered in-process by `archive.view.make_datasette`; every hook checks that the Datasette instance is
one made for an archive (its metadata configures this plugin), so registering it never changes another
Datasette in the same process.
Stored text reaches the page only through Jinja's autoescape, markdown-it with HTML disabled,
sidebyside (markupsafe), ElementTree (SVG) or markupsafe.escape.
"""
from __future__ import annotations

import re
from urllib.parse import quote

import sqlite_utils
from datasette import hookimpl
from datasette.utils import tilde_decode
from datasette.utils.asgi import BadRequest, NotFound, Response
from markdown_it import MarkdownIt
from markupsafe import Markup, escape

from ..feed import cached_atom_feed, diff_path
from .metadata import DATABASE, MARK_END, MARK_START
from . import research
from ..summary import DATE_ONLY, summarise
from .sidebyside import side_by_side_sections
from .timeline import timeline_svg

PLUGIN = "policy-archive-view"  # its plugin configuration in the metadata marks an archive's Datasette
CSS_URL = "/policy-static/view.css"


def _markdown() -> MarkdownIt:
    """CommonMark with GFM tables (the text of record's), raw HTML off (a stored <script> is shown as text)
    and images off (a policy's image would be fetched from the internet; the viewer loads nothing from
    outside)."""
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")
    md.disable(["image", "html_inline", "html_block"])
    return md


MD = _markdown()
_CELL_BREAK = "&lt;br&gt;"  # a table cell's line break (`extract.markdown._cell`), escaped as raw HTML is


def _headless_tables(text: str) -> str:
    """A table the extractor wrote without a header row (its page had none: no `|---|` under its first row)
    gets an empty header, so that GFM reads it as the table it is, not as a paragraph of pipes."""
    lines, out = text.split("\n"), []
    for i, line in enumerate(lines):
        starts = line.startswith("|") and (i == 0 or not lines[i - 1].startswith("|"))
        if starts and not (i + 1 < len(lines) and lines[i + 1].startswith("|---")):
            cells = max(line.count(" | ") + 1, 1)
            out += ["|" + " |" * cells, "|" + "---|" * cells]
        out.append(line)
    return "\n".join(out)


def render_markdown(text: str) -> Markup:
    """The Markdown as HTML; the only markup kept from the text is a table cell's `<br>`."""
    html = MD.render(_headless_tables(text or "") if "\n|" in f"\n{text}" else (text or ""))
    return Markup('<div class="policy-md">') + Markup(html.replace(_CELL_BREAK, "<br>")) + Markup("</div>")


def _ours(datasette) -> bool:
    return bool((datasette.plugin_config(PLUGIN) or {}).get("archive"))


def company_url(key: str) -> str:
    return "/company/" + quote(key, safe="")


# Cells --------------------------------------------------------------------------------------------

@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Version text as rendered Markdown; canned-query columns as links to the archive's pages."""
    if not _ours(datasette) or database != DATABASE or value is None:
        return None
    if table == "versions" and column == "markdown":
        return render_markdown(str(value))
    if table == "sites" and column == "key":
        return Markup('<a href="{}">{}</a>').format(company_url(str(value)), value)
    if table is not None:
        return None
    # canned queries (table is None): columns named by archive.view.metadata
    if column == "company":
        return Markup('<a href="{}">{}</a>').format(company_url(str(value)), value)
    if column == "version_id":
        return Markup('<a href="/version/{}">read</a>').format(int(value))
    if column == "diff" and isinstance(value, str) and "/" in value:
        old, new = value.split("/", 1)
        if old.isdigit() and new.isdigit():
            return Markup('<a href="{}">compare</a>').format(diff_path(int(old), int(new)))
    if column == "excerpt":
        marked = str(escape(str(value))).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
        return Markup(marked)
    return None


@hookimpl
def prepare_jinja2_environment(env, datasette):
    """`{{ version|cite_id }}`: a version row's citable identifier (archive/cite.py)."""
    if not _ours(datasette):
        return
    from ..cite import version_id
    env.filters["cite_id"] = lambda v: version_id(v["site"], v["url"], v["first_seen"], v["content_hash"])


@hookimpl
def extra_css_urls(datasette):
    return [CSS_URL] if _ours(datasette) else []


@hookimpl
def menu_links(datasette, actor, request):
    if not _ours(datasette):
        return None
    return [{"href": "/", "label": "Companies"},
            {"href": f"/{DATABASE}/recent_changes", "label": "Recent changes"},
            {"href": "/search", "label": "Search policies"},
            {"href": "/charts", "label": "Charts"},
            {"href": "/feed.atom", "label": "Atom feed"}]


# Pages --------------------------------------------------------------------------------------------

async def _rows(datasette, sql: str, params=None) -> list[dict]:
    result = await datasette.get_database(DATABASE).execute(sql, params or [])
    return [dict(r) for r in result.rows]


async def _page(datasette, request, template: str, context: dict) -> Response:
    context = {"metadata": datasette.metadata(), "database": None, **context}
    return Response.html(await datasette.render_template(template, context, request=request))


async def home(datasette, request):
    """Where a first-time visitor starts: what this is, a search box, the companies, the recent changes."""
    companies = await _rows(datasette, """
        SELECT s.key, s.name, count(DISTINCT d.id) AS documents, count(v.id) AS versions,
               max(v.first_seen) AS latest_change, max(v.last_seen) AS last_seen
        FROM sites s LEFT JOIN documents d ON d.site_id = s.id
        LEFT JOIN versions v ON v.document_id = d.id AND v.superseded_at IS NULL
        GROUP BY s.id ORDER BY s.key""")
    changes = await _rows(datasette, """
        SELECT v.id, v.number, v.first_seen, v.word_count - p.word_count AS delta, p.id AS old_id,
               s.key, s.name, d.url, c.kind, c.description
        FROM versions v JOIN versions p ON p.id = v.previous_id
        JOIN documents d ON d.id = v.document_id JOIN sites s ON s.id = d.site_id
        LEFT JOIN changes c ON c.version_id = v.id
        WHERE v.superseded_at IS NULL
        ORDER BY v.first_seen DESC, v.id DESC LIMIT 10""")
    totals = (await _rows(datasette, """
        SELECT (SELECT count(*) FROM sites) AS sites,
               (SELECT count(*) FROM versions WHERE superseded_at IS NULL) AS versions,
               (SELECT max(fetched_at) FROM captures) AS last_capture"""))[0]
    return await _page(datasette, request, "policy_home.html",
                       {"companies": companies, "changes": changes, "totals": totals, "db_name": DATABASE,
                        "company_url": company_url, "diff_path": diff_path})


async def company(datasette, request):
    """One company: its policy URLs, a timeline of versions, every version with links to read and compare."""
    # Datasette answers a percent-encoded path ("Coffee%20Meets%20Bagel", a policy URL) with a redirect to its
    # own tilde encoding ("Coffee~20Meets~20Bagel"): a name or URL arrives so, and is decoded here
    key = tilde_decode(request.url_vars["key"])
    key = re.sub(r"^(https?):/(?!/)", r"\1://", key)  # a proxy or the browser may fold "https://" in a path to one slash
    sites = await _rows(datasette, "SELECT id, key, name, homepage, created_at FROM sites WHERE key = ?", [key])
    if not sites:  # a name, a host or a policy URL: resolved as the CLI does, then the page's own address
        found = await _resolve_site(datasette, key)
        if found is None:
            raise NotFound(await _no_company(datasette, key))
        return Response.redirect(company_url(found))
    site = sites[0]
    # SELECT *: newer schemas add a crawl state (failing, moved) that the page shows when it is there
    documents = await _rows(datasette, "SELECT * FROM documents WHERE site_id = ? ORDER BY id", [site["id"]])
    # the other pages of an imported whole-site archive are no policy of the company (schedule.settle_imported)
    documents = [d for d in documents if d.get("state") != "not_policy"]
    urls = {d["id"]: d["url"] for d in documents}
    for doc in documents:
        doc["moved_to_url"] = urls.get(doc.get("moved_to"))
    for doc in documents:
        doc["versions"] = await _rows(datasette, """
            SELECT id, number, first_seen, last_seen, word_count, declared_date, captures, language, title,
                   previous_id, upgraded_at
            FROM versions WHERE document_id = ? AND superseded_at IS NULL
            ORDER BY first_seen, first_capture_id, id""", [doc["id"]])
        doc["numbers"] = {v["id"]: v["number"] for v in doc["versions"]}
        doc["superseded"] = await _rows(datasette, """
            SELECT v.id, v.number, v.first_seen, v.superseded_at, r.number AS by_number, r.id AS by_id
            FROM versions v LEFT JOIN versions r ON r.id = v.superseded_by
            WHERE v.document_id = ? AND v.superseded_at IS NOT NULL ORDER BY v.number""", [doc["id"]])
    all_versions = [(doc["url"], v) for doc in documents for v in doc["versions"]]
    span = (await _rows(datasette, "SELECT min(c.fetched_at) AS first, max(c.fetched_at) AS last FROM captures c "
                                   "JOIN documents d ON d.id = c.document_id WHERE d.site_id = ?", [site["id"]]))[0]
    return await _page(datasette, request, "policy_company.html", {
        "site": site, "documents": documents, "span": span, "timeline": Markup(timeline_svg(documents)),
        "all_versions": sorted(all_versions, key=lambda p: p[1]["first_seen"]),
        "feed_url": "/feed.atom?site=" + quote(key, safe=""), "diff_path": diff_path, "db_name": DATABASE})


async def site_key(datasette, target: str) -> str:
    """The key of the company a `?site=` names (its key, or what `_resolve_site` resolves); NotFound if none."""
    if await _rows(datasette, "SELECT 1 FROM sites WHERE key = ?", [target]):
        return target
    key = await _resolve_site(datasette, target)
    if key is None:
        raise NotFound(await _no_company(datasette, target))
    return key


async def _no_company(datasette, target: str) -> str:
    """"No company 'tindr' in the archive; did you mean policies.tinder.com?": the CLI's hint (near names, a
    policy that names it), without its pointer to the `sites` command."""
    from ..errors import ArchiveError
    from ..lookup import resolve_site
    from ..store import ReadOnlyArchive

    def why(conn) -> str:
        try:
            resolve_site(ReadOnlyArchive(conn), target)
        except ArchiveError as e:
            return str(e)
        return ""
    said = await datasette.get_database(DATABASE).execute_fn(why)
    if said.startswith(f"{target!r} names "):  # a host of several sites: they are listed
        return said
    hint = said.split(" in the archive", 1)[1] if " in the archive;" in said and "`policy-archive" not in said else ""
    return f"No company {target!r} in the archive{hint}"


async def _resolve_site(datasette, target: str) -> str | None:
    """archive.lookup.resolve_site over the view's read-only connection: the CLI's rule, so `/company/tinder.com`
    finds what `policy-archive history tinder.com` finds."""
    from ..errors import ArchiveError
    from ..lookup import resolve_site
    from ..store import ReadOnlyArchive

    def find(conn):
        try:
            return resolve_site(ReadOnlyArchive(conn), target)
        except ArchiveError:
            return None
    return await datasette.get_database(DATABASE).execute_fn(find)


async def _cited(datasette, text: str) -> int | None:
    """The version id a citable id names (`archive.lookup.cited`, the rule of `show ID`), None when `text` is no
    citable id; NotFound saying what the archive holds when it names none."""
    from ..errors import ArchiveError
    from ..lookup import cited, is_cite_id
    from ..store import ReadOnlyArchive
    if not is_cite_id(text):
        return None

    def find(conn):
        try:
            return cited(ReadOnlyArchive(conn), text)[1]["id"]
        except ArchiveError as e:
            return str(e)
    found = await datasette.get_database(DATABASE).execute_fn(find)
    if isinstance(found, str):
        raise NotFound(found[0].upper() + found[1:])
    return found


async def _version(datasette, version_id: int | str) -> dict:
    """A version by its id (`version_id` in `history --json` and the exports; not its number), for a page."""
    if not str(version_id).isdigit():  # /version/abc: said as such, not Datasette's "Database not found"
        raise NotFound(f"No version {str(version_id)!r}: a version's page is /version/ID, ID being its version_id "
                       "(`history --json`), a number, or its citable id (`show --cite`)")
    version_id = int(version_id)
    if not 0 < version_id < 2 ** 63:  # beyond SQLite's integers no row is (and the driver refuses to ask)
        raise NotFound(f"No version {version_id} in the archive")
    rows = await _rows(datasette, """
        SELECT v.*, d.url, s.key AS site, s.name AS site_name FROM versions v
        JOIN documents d ON d.id = v.document_id JOIN sites s ON s.id = d.site_id WHERE v.id = ?""", [version_id])
    if not rows:
        raise NotFound(f"No version {version_id} in the archive")
    return rows[0]


async def _replacement(datasette, v: dict) -> dict | None:
    """The standing version that now covers a superseded version's captures (following superseded_by)."""
    seen = set()
    while v is not None and v.get("superseded_at") is not None and v["id"] not in seen:
        seen.add(v["id"])
        rows = await _rows(datasette, "SELECT id, number, superseded_at, superseded_by FROM versions WHERE id = ?",
                           [v["superseded_by"]]) if v.get("superseded_by") is not None else []
        v = rows[0] if rows else None
    return v if seen and v is not None else None


async def version(datasette, request):
    """One version of a policy, its Markdown rendered, with its neighbours and a citation. A superseded
    version (a reprocess found it no longer exists) is still shown, under a notice linking its replacement."""
    wanted = tilde_decode(request.url_vars["id"])  # Datasette's own encoding of a path segment
    if not wanted.isdigit() and (found := await _cited(datasette, wanted)) is not None:
        return Response.redirect(f"/version/{found}")
    v = await _version(datasette, wanted)
    prev = next_ = None
    if v["superseded_at"] is None:
        prev_rows = await _rows(datasette, "SELECT id, number FROM versions WHERE id = ?", [v["previous_id"]]) \
            if v["previous_id"] is not None else []
        next_rows = await _rows(datasette, "SELECT id, number FROM versions WHERE previous_id = ? "
                                           "AND superseded_at IS NULL LIMIT 1", [v["id"]])
        prev = prev_rows[0] if prev_rows else None
        next_ = next_rows[0] if next_rows else None
    replaced_by = await _replacement(datasette, v) if v["superseded_at"] else None
    upgrades = await _rows(datasette, "SELECT upgraded_at, from_extractor, to_extractor FROM version_upgrades "
                                      "WHERE version_id = ? ORDER BY id", [v["id"]])
    return await _page(datasette, request, "policy_version.html", {
        "v": v, "body": render_markdown(v["markdown"]), "prev": prev, "next": next_, "diff_path": diff_path,
        "replaced_by": replaced_by, "upgrades": upgrades,
        "company_url": company_url(v["site"]), "db_name": DATABASE})


async def diff(datasette, request):
    """Two versions side by side (archive.view.sidebyside escapes every line), with words added and removed."""
    if "old" in request.url_vars:
        old_id, new_id = request.url_vars["old"], request.url_vars["new"]
    else:  # the compare form on a company page
        try:
            old_id, new_id = int(request.args.get("old", "")), int(request.args.get("new", ""))
        except ValueError:
            raise NotFound("Choose two versions to compare") from None
        return Response.redirect(diff_path(old_id, new_id))
    old, new = await _version(datasette, old_id), await _version(datasette, new_id)
    if old["site"] != new["site"]:  # two companies' policies are different documents, not versions
        raise BadRequest(f"Version id {old['id']} (v{old['number']}) is {old['site']}'s policy and version id {new['id']} "
                         f"(v{new['number']}) is {new['site']}'s: only versions of the same company's policy are "
                         "compared")
    full = request.args.get("full") == "1"
    table = side_by_side_sections(old["markdown"], new["markdown"], f"v{old['number']} · {old['first_seen']}",
                                  f"v{new['number']} · {new['first_seen']}", context=None if full else 2)
    said = summarise(old["markdown"], new["markdown"], old_date=old["declared_date"],
                     new_date=new["declared_date"], language=new.get("language"))
    # the counts `diff --summary` gives; a change of dates alone says its dates' words in its own words
    summary = {"added": said.words_added, "removed": said.words_removed, "dates_only": said.kind == DATE_ONLY}
    in_words = said.describe()
    return await _page(datasette, request, "policy_diff.html", {
        "old": old, "new": new, "table": table, "summary": summary, "in_words": in_words,
        "same": old["content_hash"] == new["content_hash"], "full": full,
        "company_url": company_url(new["site"]), "db_name": DATABASE})


async def feed(datasette, request):
    """The Atom feed (archive.feed), linking entries to this server's diff pages."""
    site = request.args.get("site") or None
    if site:
        site = await site_key(datasette, site)
    base = f"{request.scheme}://{request.host}"
    self_url = base + request.full_path

    upgrades = request.args.get("technical_upgrades") == "1"

    def build(conn):  # rebuilt only when the archive changed (archive.feed.archive_state)
        return cached_atom_feed(sqlite_utils.Database(conn), site=site, base_url=base, self_url=self_url,
                                technical_upgrades=upgrades)

    text = await datasette.get_database(DATABASE).execute_fn(build)
    return Response(text, content_type="application/atom+xml; charset=utf-8")


@hookimpl
def register_routes(datasette):
    if not _ours(datasette):
        return []
    return [
        (r"^/$", home),
        (r"^/company/(?P<key>.+)$", company),  # a key, a name, or a policy URL pasted whole (slashes and all)
        (r"^/version/(?P<id>[^/]+)$", version),
        (r"^/diff/(?P<old>[^/]+)/(?P<new>[^/]+)$", diff),
        (r"^/diff$", diff),
        (r"^/feed\.atom$", feed),
        *research.ROUTES,  # /charts, /search (archive/view/research.py)
    ]
