"""Citable versions: a stable identifier per version, and citation lines (plain text, BibTeX).

The identifier is made of what identifies a version for a reader and does not depend on the archive's
row ids, which a rebuild may change:

    SITE/DOCUMENT@FIRST_SEEN#sha256:HASH12
    tinder.com/privacy@2024-05-01T12:00:00Z#sha256:0123456789ab

SITE is the company's key, DOCUMENT a slug of the policy URL's path (host dropped; `index` for a
homepage policy), FIRST_SEEN the first capture showing the version (UTC), HASH12 the first 12 hex digits of
the sha256 of the normalised Markdown (`content_hash`, 48 bits: a collision within one document's history
is not a practical concern). `parse_id` reads one back.
"""
from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from .capture import ascii_host
from .errors import ArchiveError

HASH_DIGITS = 12
_ID = re.compile(r"^(?P<site>[^/@#\s]+)/(?P<doc>[^@#\s]+)@(?P<first_seen>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,6})?Z)"
                 r"#sha256:(?P<hash>[0-9a-fA-F]{6,64})$")  # a capture imported with sub-second time keeps it


def document_slug(url: str, site: str | None = None) -> str:
    """The policy URL as a short path-like slug: `privacy`, `legal-privacy-policy`, `index`; a policy on
    another host than the company's keeps that host (`policies.example.net-privacy`), in its ASCII form."""
    parts = urlsplit(url)
    host = ascii_host(parts.hostname or "").removeprefix("www.")  # as site keys are written ('xn--mnchen-3ya.de')
    path = parts.path + (("?" + parts.query) if parts.query else "")
    slug = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-")
    slug = re.sub(r"-(html?|php|aspx?)$", "", slug)
    site = (urlsplit("//" + site).hostname or site) if site else site  # a site key may hold a port
    if site and host and host != site and not host.endswith("." + site) and not site.endswith("." + host):
        slug = re.sub(r"[^a-z0-9.]+", "-", host) + ("-" + slug if slug else "")
    return slug[:80].strip("-") or "index"


def version_id(site: str, url: str, first_seen: str, content_hash: str) -> str:
    """The citable identifier of a version (see the module's docstring)."""
    return f"{site}/{document_slug(url, site)}@{first_seen}#sha256:{content_hash[:HASH_DIGITS]}"


cite_id = version_id  # the exports' and `history --json`'s name for it: `version_id` there is the row id


def parse_id(text: str) -> dict:
    """{site, doc, first_seen, hash} of an identifier; ArchiveError when it is not one."""
    text = text.strip()
    if re.search(r"%(?:23|2F|40|3A)", text, re.I):  # copied from a web address, `#` or all of it encoded
        text = unquote(text)
    text = re.sub(r"^[a-z]+://(?:www\.)?", "", text, flags=re.I)  # pasted with the policy's scheme
    m = _ID.match(text.rstrip(";.,").replace("\\#", "#"))  # as copied from a citation line or BibTeX (`\#`)
    if not m:
        raise ArchiveError(f"{text!r} is not a version identifier (SITE/DOC@YYYY-MM-DDTHH:MM:SSZ#sha256:HEX)")
    first_seen = m.group("first_seen")
    from .store import iso, parse_iso
    try:
        when = parse_iso(first_seen)
    except ValueError:  # a day or hour that is none (2025-13-45): a slip, not a version this archive lacks
        raise ArchiveError(f"{text!r}: {first_seen} is no date and time; a version identifier's time is "
                           "YYYY-MM-DDTHH:MM:SSZ") from None
    if "." in first_seen:  # a fraction written with fewer digits than stored (".25Z" for ".250000Z")
        first_seen = iso(when, precise=True)
    return {**m.groupdict(), "first_seen": first_seen, "hash": m.group("hash").lower()}


def plain(v: dict) -> str:
    """A plain citation: `Company. "Title" (privacy policy), version first seen 2024-05-01T12:00:00Z, URL.
    policy-archive, id ID.` — `v` has site, company, url, title, first_seen, content_hash, number."""
    who = v.get("company") or v["site"]
    title = v.get("title") or "Privacy policy"
    return (f"{who.rstrip('.')}. \u201c{title}\u201d (privacy policy, version {v['number']}, first seen {v['first_seen']}, "
            f"last seen {v['last_seen']}). {v['url']}. Archived by policy-archive; "
            f"id {version_id(v['site'], v['url'], v['first_seen'], v['content_hash'])}; "
            f"sha256 of its normalised text {v['content_hash']}.")


def _bib(text: str) -> str:
    return re.sub(r"([{}%&$#_])", r"\\\1", text or "")


def bibtex(v: dict) -> str:
    """A BibTeX @misc entry for the version (key: site, document, first-seen day, short hash)."""
    ident = version_id(v["site"], v["url"], v["first_seen"], v["content_hash"])
    key = re.sub(r"[^A-Za-z0-9]+", "_", f"{v['site']}_{v['first_seen'][:10]}_{v['content_hash'][:8]}")
    who = v.get("company") or v["site"]
    return "\n".join([
        f"@misc{{{key},",
        f"  author       = {{{{{_bib(who)}}}}},",
        f"  title        = {{{{{_bib(v.get('title') or 'Privacy policy')}}}}},",
        f"  howpublished = {{\\url{{{v['url']}}}}},",
        f"  year         = {{{v['first_seen'][:4]}}},",
        f"  note         = {{Privacy policy version {v['number']}, first seen {v['first_seen']}, last seen "
        f"{v['last_seen']}; archived by policy-archive, id {_bib(ident)}, sha256 {v['content_hash']}}},",
        "}"])
