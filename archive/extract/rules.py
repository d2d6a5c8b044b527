"""Optional per-site extraction rules, for a user who wants them: CSS `select` / `remove`.

The defaults need none; a rules file is for the odd page a user wants cut differently:

    # rules.toml, named by `policy-archive --rules FILE` or $POLICY_ARCHIVE_RULES
    [sites."example.com"]
    select = "main .policy-body"          # keep only this part of the page
    remove = [".app-banner", "#promo"]     # drop these parts (applied first)

A site is its host without `www.`; a rule for `example.com` also covers its subdomains (a key with a port,
`127.0.0.1:8765`, covers that port only, as `sites` names such a site). The file is read
from the environment so that extraction worker processes apply the same rules; changing the file does
not change stored versions until `policy-archive reprocess` rebuilds them, or until a new capture of a page
the changed rule covers is recorded: the rule is part of the extractor's identity (`extract.extractor_id`), and
the page's versions are re-extracted first, so that the rule's effect is a technical upgrade, not a change.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import tomllib
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml.cssselect import CSSSelector, SelectorError

from ..errors import ArchiveError

ENV = "POLICY_ARCHIVE_RULES"


@dataclass(frozen=True)
class SiteRules:
    select: tuple[CSSSelector, ...] = ()
    remove: tuple[CSSSelector, ...] = ()
    fingerprint: str = ""  # 8 hex digits of the rule as written (`select`, `remove`), whatever the file's layout


def _selectors(value, where: str) -> tuple[CSSSelector, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
        raise ArchiveError(f"{where}: expected a CSS selector or a list of them")
    try:
        return tuple(CSSSelector(v) for v in items)
    except SelectorError as e:
        raise ArchiveError(f"{where}: bad CSS selector ({e})") from None


@functools.cache
def _load(path: str, mtime: float) -> dict[str, SiteRules]:
    try:
        with open(path, "rb") as f:
            raw = f.read()
        data = tomllib.loads(raw.decode("utf-8-sig"))  # a byte-order mark (Windows Notepad's) is no statement
    except OSError as e:
        raise ArchiveError(f"rules file {path}: {e.strerror}") from None
    except UnicodeDecodeError as e:
        raise ArchiveError(f"rules file {path}: not UTF-8 text (byte 0x{raw[e.start]:02x} at offset {e.start}); "
                           "a rules file is TOML") from None
    except tomllib.TOMLDecodeError as e:
        raise ArchiveError(f"rules file {path}: {e}") from None
    sites = data.get("sites", {})
    if not isinstance(sites, dict) or set(data) - {"sites"}:
        raise ArchiveError(f"rules file {path}: expected only [sites.\"HOST\"] tables")
    out = {}
    for host, spec in sites.items():
        where = f"rules file {path}: sites.{host!r}"
        unknown = sorted(set(spec) - {"select", "remove"}) if isinstance(spec, dict) else []
        if unknown and all(isinstance(spec[k], dict) for k in unknown):  # [sites.acme.com]: TOML's dotted key
            dotted, inner = [host], spec
            while isinstance(inner, dict) and len(inner) == 1 and not set(inner) & {"select", "remove"}:
                dotted.append(next(iter(inner)))
                inner = inner[dotted[-1]]
            name = ".".join(dotted)
            raise ArchiveError(f"{where}: a host with dots is quoted, [sites.\"{name}\"] (TOML reads [sites.{name}] "
                               "as tables inside tables)")
        if not isinstance(spec, dict) or unknown:
            raise ArchiveError(f"{where}: only `select` and `remove` are known"
                               + (f" (not {unknown[0]!r})" if unknown else ""))
        select, remove = (_selectors(spec.get(k, []), f"{where}.{k}") for k in ("select", "remove"))
        written = json.dumps([[s.css for s in select], [s.css for s in remove]])
        out[host.lower().removeprefix("www.")] = SiteRules(select, remove,
                                                           hashlib.sha256(written.encode()).hexdigest()[:8])
    return out


def load(path: str | None = None) -> dict[str, SiteRules]:
    """The rules in force (empty without a rules file). Raises ArchiveError for a bad file."""
    path = path or os.environ.get(ENV)
    if not path:
        return {}
    try:
        mtime = os.stat(path).st_mtime
    except OSError as e:
        raise ArchiveError(f"rules file {path}: {e.strerror}") from None
    return _load(os.path.abspath(path), mtime)


def for_url(url: str) -> SiteRules | None:
    rules = load()
    if not rules:
        return None
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port and (rule := rules.get(f"{host}:{parts.port}")):  # a site key with its port, as `sites` shows
        return rule
    while host:
        if host in rules:
            return rules[host]
        host = host.partition(".")[2]
    return None


def unmatched(urls) -> list[str]:
    """The hosts of the rules in force that cover none of these URLs: a typo ("finay.de"), or a site the
    archive does not hold; such a rule changes nothing."""
    rules = load()
    hosts = set()
    for u in urls:
        parts = urlsplit(u)
        host = (parts.hostname or "").lower().removeprefix("www.")
        hosts |= {host, f"{host}:{parts.port}"} if parts.port else {host}
    return sorted(h for h in rules if not any(x == h or x.endswith("." + h) for x in hosts))


UNMATCHED = "rules_unmatched"


def apply(tree, rules: SiteRules) -> None:
    """Remove, then keep only the selected parts (in page order) under the body. Each selector is compiled
    again here: an lxml XPath is not to be shared between threads, and one using lxml's own functions
    (`:contains()`) read freed memory when the crawl's or reprocess's workers shared the one loaded.

    Raises ExtractionRejected (`rules_unmatched`) when `select` matches nothing: the page is not what the rule
    was written for (a redesign, a wrong selector). Its text is not the extractor's own reading instead, which
    the rule was written to overrule: that would be a version made by the markup's change, and another by the
    rule's repair. Open Terms Archive refuses such a page alike ("content not found")."""
    for selector in rules.remove:
        for el in CSSSelector(selector.css)(tree):
            if el.getparent() is not None:
                el.drop_tree()
    if rules.select:
        kept = [el for selector in rules.select for el in CSSSelector(selector.css)(tree)]
        body = tree.find(".//body")
        if not kept:
            from . import ExtractionRejected
            raise ExtractionRejected(UNMATCHED, "no element matches " + ", ".join(s.css for s in rules.select))
        if body is not None:
            for child in list(body):
                body.remove(child)
            body.text = None
            for el in kept:
                body.append(el)
