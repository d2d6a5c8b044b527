"""The seeds file: one company per line.

    # comment
    https://www.laiye.com                                   # homepage only: discover the policy
    https://www.szclou.com  Kelu                            # homepage and a display name
    https://www.wezhuiyi.com  Zhuiyi Technology  https://www.wezhuiyi.com/privacy   # pinned policy URL
    https://app.example.com  Example App  browser=always    # render its pages in the browser (crawler/browser.py)

Fields are separated by whitespace: the homepage URL first, then an optional name (may contain spaces),
then an optional pinned policy URL (it skips discovery). A bare host ('example.com') means https://; it must
end in a public suffix (the Public Suffix List, as bundled with tldextract) or a special-use name (RFC 6761:
`.test`, `.example`, `.localhost`...), so 'seeds.txt' is a missing file, never a host. A token
`browser=never|auto|always` anywhere after the URL overrides --browser for that company. A bad line is an
`ArchiveError` naming the file and line (every bad line of a file, one a line), and nothing is crawled. A word
of a name that reads as a URL written wrong (`_url_written_wrong`: 'https//a.com/privacy', 'a.com/privacy') is
a bad line, not a name: the pinned policy it meant would otherwise be looked for by discovery, without a word.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from archive import ArchiveError, host_of
from archive.capture import ascii_host

_HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$",
                   re.I)
_IP = re.compile(r"^\d{1,3}(\.\d{1,3}){3}$")
LINE_FORM = "'URL [NAME] [POLICY_URL] [browser=MODE]'"


# Special-use names that are no public suffix but name hosts on purpose: RFC 6761 (test, example, invalid,
# localhost), RFC 6762 (local), RFC 7686 (onion), RFC 8375 (home.arpa), ICANN's private-use "internal".
SPECIAL_USE = ("test", "example", "invalid", "localhost", "local", "onion", "arpa", "internal")


@functools.cache
def _suffixes():
    import tldextract
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)  # the bundled list: nothing is fetched


def known_suffix(host: str) -> bool:
    """Does a bare `host` end in a public suffix ('com', 'co.uk') or a special-use name? 'seeds.txt' does not."""
    return host.rsplit(".", 1)[-1].lower() in SPECIAL_USE or bool(_suffixes()(host).suffix)


@dataclass(frozen=True)
class Seed:
    homepage: str
    name: str | None = None
    policy_url: str | None = None  # pinned: fetch this, skip discovery
    browser: str | None = None  # never | auto | always: overrides --browser for this company; None: the crawl's

    @property
    def site(self) -> str:
        return host_of(self.homepage)


def _url(token: str) -> str | None:
    """A valid http(s) URL for `token`, or None; a bare host name gets https://, and an internationalised
    host its ASCII form (`ascii_host`: 'münchen.de' is fetched as 'xn--mnchen-3ya.de')."""
    token = _ascii_netloc(token)
    if "://" not in token:
        host = token.split("/", 1)[0]
        if _HOST.match(host) and (_IP.match(host) or known_suffix(host)):
            token = "https://" + token
        else:
            return None
    try:
        parts = urlsplit(token)  # raises ValueError on a bracketed host left open ('http://[::1')
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https"):
        return None
    if not host or not (_HOST.match(host) or _IP.match(host) or host == "localhost" or ":" in host):
        return None
    if not parts.path:
        token += "/"
    return token


def _ascii_netloc(token: str) -> str:
    """`token` with its host in ASCII form when it is written in another script."""
    scheme, sep, rest = token.rpartition("://")
    host, slash, path = rest.partition("/")
    if host.isascii():
        return token
    name, colon, port = host.rpartition(":") if host.rpartition(":")[2].isdigit() else (host, "", "")
    return f"{scheme}{sep}{ascii_host(name.lower())}{colon}{port}{slash}{path}"


def parse_line(line: str, where: str) -> Seed | None:
    text = line.split(" #", 1)[0].split("\t#", 1)[0].strip()
    if not text or text.startswith("#"):
        return None
    tokens = text.split()
    browser = None
    for token in [t for t in tokens[1:] if t.lower().startswith("browser=")]:
        browser = token.split("=", 1)[1].lower()
        if browser not in ("never", "auto", "always"):
            raise ArchiveError(f"{where}: {token!r}: browser= takes never, auto or always")
        tokens.remove(token)
    first = tokens[0]
    homepage = _url(first)
    if homepage is None:
        scheme = first.split("://", 1)[0] if "://" in first else None
        if scheme and scheme.lower() not in ("http", "https"):
            raise ArchiveError(f"{where}: {first!r} is not an http(s) URL (only http and https are crawled)")
        raise ArchiveError(f"{where}: {first!r} is not a homepage URL; a line is {LINE_FORM}")
    pinned = None
    rest = tokens[1:]
    if rest and ("://" in rest[-1] or rest[-1].startswith("www.")):
        pinned = _url(rest[-1])
        if pinned is None:
            raise ArchiveError(f"{where}: pinned policy URL {rest[-1]!r} is not an http(s) URL")
        rest = rest[:-1]
    name = " ".join(rest) or None
    if name and any("://" in t for t in rest):
        raise ArchiveError(f"{where}: more than two URLs; a line is {LINE_FORM}")
    for token in rest:
        if meant := _url_written_wrong(token):
            raise ArchiveError(f"{where}: {token!r} reads as a policy URL written wrong, not a word of the name "
                               f"(write {meant}); a line is {LINE_FORM}")
    return Seed(homepage, name, pinned, browser)


_SCHEME_TYPO = re.compile(r"^(?:h?ttps?|htps?)(?::\\+|:/{0,3}|/{1,3})", re.I)  # https//, http:/, htps://, http:\\


def _url_written_wrong(token: str) -> str | None:
    """The URL a word of a seed's name stands for when it is one written wrong, else None: a mistyped scheme
    before a host ('https//a.com/privacy', 'http:/a.com', 'htps://a.com'), or a host and a path that names a
    privacy policy in the discovery vocabulary ('a.com/privacy', 'a.de/datenschutz'). Names hold dots, slashes
    and hosts ('Booking.com', '24/7 Media', 'WEB.DE/GMX', 'HTTP/2 Labs'), never those."""
    from .discover import names_policy_url
    typo = _SCHEME_TYPO.match(token)
    rest = token[typo.end():].replace("\\", "/") if typo else token
    host, slash, path = rest.partition("/")
    if not (_HOST.match(host) and known_suffix(host)) or not (typo or slash):
        return None
    url = "https://" + rest
    return url if typo or names_policy_url(url) else None


SHOWN_BAD = 5  # bad lines named in the error; a file in another format (a CSV of 3,000 rows) is not echoed whole


def parse_seeds(lines, source: str = "seeds") -> list[Seed]:
    """The seeds of `lines`; an `ArchiveError` naming every bad line (the first problem of each), so that a file
    with several typos is mended in one go."""
    seeds: list[Seed] = []
    seen: dict[str, str] = {}
    bad: list[tuple[int, str]] = []
    for number, line in enumerate(lines, 1):
        where = f"{source}:{number}"
        try:
            seed = parse_line(line, where)
        except ArchiveError as e:
            bad.append((number, str(e)))
            continue
        if seed is None:
            continue
        if seed.site in seen:
            bad.append((number, f"{where}: {seed.site} is already listed at {seen[seed.site]}"))
            continue
        seen[seed.site] = where
        seeds.append(seed)
    if len(bad) == 1:
        raise ArchiveError(bad[0][1])
    if bad:  # one line still: each problem without its file name, the form of a line said once
        form = f"; a line is {LINE_FORM}"
        said = [f"line {n}: {m.removeprefix(f'{source}:{n}: ').removesuffix(form)}" for n, m in bad[:SHOWN_BAD]]
        more = f" | and {len(bad) - SHOWN_BAD} more" if len(bad) > SHOWN_BAD else ""
        raise ArchiveError(f"{source}: {len(bad)} bad lines: " + " | ".join(said) + more +
                           (f" (a line is {LINE_FORM})" if any(m.endswith(form) for _, m in bad) else ""))
    return seeds


def read_seeds(path: str | Path) -> list[Seed]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ArchiveError(f"{path}: no such seeds file") from None
    except UnicodeDecodeError as exc:
        raise ArchiveError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise ArchiveError(f"{path}: cannot read ({exc.strerror})") from None
    seeds = parse_seeds(text.splitlines(), path.name)
    if not seeds:
        raise ArchiveError(f"{path}: no seeds (one homepage URL per line)")
    return seeds


def seeds_from_args(args) -> list[Seed]:
    """`policy-archive crawl` arguments: seeds files and/or homepage URLs, in order."""
    seeds: list[Seed] = []
    for i, arg in enumerate(args, 1):
        if Path(arg).is_file():
            seeds += read_seeds(arg)
        elif "://" in arg or _url(arg):
            seeds += parse_seeds([arg], f"argument {i}")
        elif Path(arg).exists():
            raise ArchiveError(f"{arg}: not a seeds file (a directory or a special file)")
        elif _HOST.match(arg.split("/", 1)[0]):  # 'seeds.txt': a file name, not a host
            tld = arg.split("/", 1)[0].rsplit(".", 1)[-1]
            raise ArchiveError(f"{arg}: no such seeds file, and not a homepage URL ('.{tld}' is not a top-level "
                               f"domain; write https://{arg} to crawl a host of that name)")
        elif re.match(r"^[\w.\[\]:-]+:\d+(?:/|$)", arg):  # 127.0.0.1:8000, localhost:8080/shop
            raise ArchiveError(f"{arg}: no such seeds file, and not a homepage URL (write http://{arg} or "
                               f"https://{arg} to crawl it)")
        else:
            raise ArchiveError(f"{arg}: neither a seeds file nor a homepage URL")
    sites = [s.site for s in seeds]
    dup = next((s for s in sites if sites.count(s) > 1), None)
    if dup:
        raise ArchiveError(f"{dup} is given more than once")
    return seeds
