"""Document segmentation: a page that holds several documents (a "legal" page with the terms of service,
the privacy policy, developer terms, a partner programme...) -> the privacy policy's own part.

Documents are recognised by their titles: headings, at one level, whose words name a kind of legal
document, in any of the supported languages. When a page holds a privacy-policy title and at least one
other document's title at the same level, and that other document has a body of its own, the text of record
is the privacy policy's part: from its title to the next other document's title at that level or above,
with its own sub-sections (retention, cookies, a California / CCPA notice, a Data Privacy Framework
section: their titles are of the privacy kind, or below the document level). The raw capture keeps every
document; `documents(markdown)` names them all by kind, so a later step can track them too.

A policy whose own title is not in its text (the page's title, an image) followed by another document whose
title stands above every heading before it is the text before that title (`_after_untitled_policy`).

Titles are read by the two patterns below in English, German, French, Spanish, Portuguese, Italian, Dutch,
Chinese, Japanese, Korean and Russian, and by the page-type classifier's vocabulary in the other languages
it knows (`_vocabulary_kind`: Polish, Turkish, Swedish, Greek... 59 in all).

Small sites' forms (`benchmarks/simulated.py`'s notices_world): legal notices' and statements' names, a title's soft
hyphen, documents numbered where every heading is one (`_numbered_titles`), the policy titled by its subject alone on
a hub, documents titled below their own sections, and a page titled as another document whose policy is one
section (`_section_of_titled_document`).

A page with one document is left as it is: a privacy policy's section called "Terms of Use" (one level
below the policy's title, or at its sections' level under its title, where ordinary section titles are as
many as the titles that name documents) does not split it.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .normalise import LINK_DEST

PRIVACY, OTHER = "privacy", "other"

# names of the privacy policy and of its own parts that can stand as a document (regional notices, cookies,
# frameworks); a section title such as "Children's privacy" does not name a document
_PRIVACY_TITLE = re.compile(
    r"privacy (?:policy|notice|statement|center|centre|principles|information|terms)|cookies? (?:policy|notice|"
    r"statement)|data protection (?:policy|notice|declaration|statement|information)|ccpa|cpra|"
    r"data privacy framework|notice at collection|california (?:privacy|consumer)|"
    r"datenschutz(?:erkl[äa]rung|hinweise?|richtlinie|information|bestimmungen)|politique de (?:confidentialit[ée]|"
    r"protection des donn[ée]es)|d[ée]claration de confidentialit[ée]|charte (?:de )?(?:confidentialit[ée]|vie priv)|"
    r"pol[ií]tica de (?:privacidad|privacidade|cookies|protecci[óo]n de datos)|aviso de privacidad|"
    r"d[ée]claration (?:de |sur la |relative à la )?protection des donn[ée]es|"
    r"informativa (?:sulla )?privacy|privacyverklaring|privacybeleid|隐私政策|隐私声明|隐私保护|隱私權政策|隱私政策|"
    r"隱私聲明|隐私协议|隐私条款|隐私权政策|个人信息保护|プライバシーポリシー|個人情報保護方針|個人情報の取扱|개인정보\s?처리방침|"
    r"политика конфиденциальности|политика обработки персональных", re.I)
# titles of other legal documents a page may hold beside the policy
_OTHER_TITLE = re.compile(
    r"terms(?: of (?:service|use|sale)| and conditions| & conditions)?\b|conditions of use|user agreement|"
    r"licen[cs]e agreement|\beula\b|acceptable use|usage polic|(?:developer|api|partner|affiliate|reseller|"
    r"marketplace|merchant|seller|advertis\w*|creator|brand|platform)\b.{0,20}\b(?:terms|agreement|program\w*|"
    r"polic\w*|guidelines)|copyright|\bdmca\b|intellectual property polic|trademark|community (?:guidelines|"
    r"standards)|service level agreement|subscription agreement|(?:saas|service) agreement|data processing "
    r"(?:agreement|addendum)|\bdpa\b|sub-?processors|security (?:requirements|policy)|fair use|refund polic|"
    r"disclaimer|haftungsausschluss|clause de non-responsabilit|exenci[óo]n de responsabilidad|"
    r"esclusione di responsabilit|accessibility statement|barrierefreiheitserkl|d[ée]claration d.accessibilit|"
    r"accessibilit[ée]\s*:\s*(?:non|partiellement|totalement) conforme|declaraci[óo]n de accesibilidad|"
    r"dichiarazione di accessibilit|toegankelijkheidsverklaring|declara[çc][ãa]o de acessibilidade|"
    r"modern slavery|"
    r"nutzungsbedingungen|\bagb\b|geschäftsbedingungen|impressum|conditions g[ée]n[ée]rales|conditions "
    r"d.utilisation|\bcg[uv]\b|mentions l[ée]gales|t[ée]rminos|condiciones (?:generales|de uso)|aviso legal|"
    r"termini|condizioni|termos|gebruiksvoorwaarden|algemene voorwaarden|用户协议|服务协议|使用条款|服務條款|"
    r"利用規約|이용약관|соглашени|условия", re.I)
# an app's notices of the open-source software it ships (a code editor's page: the policy between its terms and
# these, the table growing with each release, `benchmarks/simulated.py`'s devtools_world); another document's title
# only at the level of a policy title whose sections nest under it: a flat policy's "## Open Source Licenses"
# section is its own (a colleague's review: a first form cut a German app policy's "## Ihre Rechte" with it)
_SOFTWARE_NOTICES = re.compile(
    r"open[- ]?source (?:licen[cs]es?|notices?|software notices?|attributions?)|third[- ]party (?:software )?"
    r"(?:notices|licen[cs]es)|open-source-lizenzen|licences? (?:open source|libres)|licencias de c[óo]digo abierto|"
    r"licen[çc]as de c[óo]digo aberto|licenze open source|오픈\s?소스 라이선스|オープンソースライセンス|开源(?:软件)?许可|"
    r"開源(?:軟體)?授權|лицензии (?:на )?(?:открыт|программное обеспечение с открыт)", re.I)
# legal notices' names, a document's only as a title of three words at most that begins with one: a policy's
# sections are titled so too ("Informations légales" on its controller, "Rechtliche Hinweise zur Datenübermittlung in
# Drittländer": a colleague's review), so such a document needs a body of MIN_OTHER_WORDS too (`_has_body`)
_NOTICE_TITLE = re.compile(r"(?:legal notice|imprint|rechtliche hinweise|informations l[ée]gales|note legali|"
                           r"informazioni legali|colofon)\b", re.I)
# a whole title naming the policy by its subject alone, as pages of several documents title it beside "Impressum",
# "Mentions légales" or "Terms" ("## Datenschutz", "## Données personnelles", "## Privacy"); within a policy the
# same words title a section, so only on a hub of documents (`documents`) or under the page's title naming another
# document alone (`_section_of_titled_document`)
_PRIVACY_NAME = re.compile(
    r"(?:privacy|data protection|personal data|datenschutz|donn[ée]es personnelles|protection des donn[ée]es"
    r"(?: personnelles| à caractère personnel)?|vie priv[ée]e|privacidad|protecci[óo]n de datos(?: personales)?|"
    r"datos personales|privacidade|prote[çc][ãa]o de dados(?: pessoais)?|dados pessoais|dati personali|"
    r"protezione dei dati(?: personali)?|gegevensbescherming|persoonsgegevens)"
    r"(?:\s*(?:&|and|und|et|y|e|en)\s*cookies?)?", re.I)
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))  # a soft hyphen ("Datenschutz\u00aderklärung"), zero widths
# a numbered heading ("6. Supplemental terms", "2.3", "IV.", "§ 4", "Article 5") is a section of one document
_NUMBERED = re.compile(r"^[\s*_`]*(?:\d+(?:\.\d+)*\.?|[IVXivx]+[.)]|[A-Za-z][.)]|§\s*\d+|(?:article|section|"
                       r"artikel|art\.|chapter|part)\s+\w+)(?:\s|$)", re.I)
MAX_TITLE_WORDS = 12  # "Politique de protection des données pour l'utilisation de Parship – France": 11
MIN_OTHER_WORDS = 100  # another document must have a body of its own, not be a one-line reference...
MIN_NAMED_WORDS = 25  # ...or a few sentences under a title that is the document's name (`_has_body`)


@dataclass(frozen=True)
class Document:
    kind: str  # "privacy" or "other"
    title: str
    start: int  # index of the title's line in the Markdown's lines
    end: int  # index after the document's last line


def title_kind(heading: str) -> str | None:
    """'privacy', 'other' or None (an ordinary section title) for a heading's text."""
    return _title_kind(heading)[0]


def _plain_title(heading: str) -> str:
    """A heading's words: a linked title's text, without emphasis marks, soft hyphens and zero widths."""
    text = re.sub(rf"\[([^\]]*)\]\({LINK_DEST}\)", r"\1", heading)  # a linked title: its words
    return text.translate(_INVISIBLE).replace("*", "").replace("_", " ").strip()


def _title_kind(heading: str) -> tuple[str | None, bool]:
    """(title_kind, whether only the vocabulary named it)."""
    text = _plain_title(heading)
    if not text or len(re.findall(r"\w+", text)) > MAX_TITLE_WORDS or _NUMBERED.match(text):
        return None, False
    if _PRIVACY_TITLE.search(text):
        return PRIVACY, False
    if _OTHER_TITLE.search(text) or _NOTICE_TITLE.match(text) and len(text.split()) <= 3 or \
            _SOFTWARE_NOTICES.search(text):
        return OTHER, False
    kind = _vocabulary_kind(text)
    return kind, kind is not None


def _numbered_title_kind(heading: str) -> str | None:
    """The kind of a numbered heading's title after its number ("2. Política de privacidad"); None when it is
    not numbered or names no document. A section of one document as often as a document, so only read at a
    level where every heading is such a title (`documents`)."""
    text = _plain_title(heading)
    m = _NUMBERED.match(text)
    if not m or not text[m.end():].strip() or re.search(r"\d\.\d", m.group()):
        return None  # not numbered, or a sub-section's number ("4.1 Cookie Policy" under "4. Related policies")
    return _title_kind(text[m.end():])[0]


def _names_policy_only(heading: str) -> bool:
    """Does a title name the privacy policy (its title or its subject alone) and no other document?"""
    text = _plain_title(heading)
    return (_title_kind(text)[0] == PRIVACY or _names_privacy_alone(text)) and not _OTHER_TITLE.search(text) and \
        not _NOTICE_TITLE.search(text)


def _names_privacy_alone(heading: str) -> bool:
    """Is the whole title the policy's subject ("Datenschutz", "Données personnelles", `_PRIVACY_NAME`)?"""
    return bool(_PRIVACY_NAME.fullmatch(_plain_title(heading).strip(_EDGES)))


# the languages the two patterns read; a vocabulary phrase of these languages ("cookies", "conditions") is left to
# them, but a name of two words or more another language shares ("политика приватности": Russian and Serbian, the
# patterns read Russian's "политика конфиденциальности": home_world's Serbian legal page, its policy's title unread);
# a word ("правила", rules: Russian and Ukrainian) titles a policy's section too (a colleague's review)
_PATTERN_LANGUAGES = frozenset({"en", "de", "fr", "es", "pt", "it", "nl", "zh", "ja", "ko", "ru"})
_EDGES = " \t:：.-–—|·*_\"'«»“”„()[]"


def _vocabulary_kind(text: str) -> str | None:
    """A title in another language, by the classifier's vocabulary (`archive/classify/vocabulary.json`):
    the whole title is one of its phrases naming the privacy policy ("Polityka prywatności") or the terms
    ("Regulamin serwisu", "Käyttöehdot"). A title that only holds such words is a section as often as a
    document in these languages ("Ketentuan Umum": general provisions; "Pliki cookies"; "Warunki
    przetwarzania"), and a split at a section would drop the policy's text, so only whole names count; the
    vocabulary's cookie and imprint phrases name sections of a policy too, and are not read. A level where
    such a title stands beside ordinary section titles is a level of sections (`documents`)."""
    from ..classify.vocab import fold  # loaded on the first title the patterns do not read
    return _vocabulary_titles().get(fold(text).strip(_EDGES))


@functools.lru_cache(maxsize=1)
def _vocabulary_titles() -> dict[str, str]:
    """{folded phrase: kind} of the vocabulary's policy and terms phrases of a language the patterns do not
    read."""
    from ..classify.vocab import VOCAB
    titles = {}
    for cat, kind in (("terms", OTHER), ("policy", PRIVACY)):  # a phrase in both lists names the policy
        for phrase in VOCAB.words[cat]:
            langs = VOCAB.languages_of(cat, phrase)
            if langs.isdisjoint(_PATTERN_LANGUAGES) or " " in phrase and not langs <= _PATTERN_LANGUAGES:
                titles[phrase] = kind
    return titles


def documents(markdown: str) -> list[Document]:
    """The documents a page's Markdown holds, by their titles at one heading level (see the module's doc);
    [] when it holds one document (or none is recognised)."""
    lines = markdown.split("\n")
    heads = []  # (line index, level, kind, title)
    by_vocabulary = set()  # levels with a title only the vocabulary named
    untitled: dict[int, list[tuple[int, str]]] = {}  # section titles (no document's name) per level
    for i, line in enumerate(lines):
        if line[:1] != "#":
            continue
        m = _HEADING.match(line)
        if not m:
            continue
        kind, vocabulary = _title_kind(m.group(2))
        if kind:
            heads.append((i, len(m.group(1)), kind, m.group(2).strip()))
            if vocabulary:
                by_vocabulary.add(len(m.group(1)))
        else:
            untitled.setdefault(len(m.group(1)), []).append((i, m.group(2).strip()))
    for n, (i, level, kind, title) in enumerate(heads):  # software notices: only beside a policy with nested sections
        if kind == OTHER and _SOFTWARE_NOTICES.search(title) and not any(
                k == PRIVACY and lvl == level and any(
                    (m := _HEADING.match(lines[j])) and len(m.group(1)) > level for j in range(p + 1, i)
                    if lines[j][:1] == "#") for p, lvl, k, _ in heads if p < i):
            heads[n] = None
    heads = [h for h in heads if h]
    # the policy named above a level, by a title or by its subject alone ("# Privacy Policy", "# Datenschutz"):
    # the level is its sections', which may be titled as its subject or as documents are (a colleague's review),
    # by a title naming it alone (not a hub's "Disclaimer, privacyverklaring en cookieverklaring")
    policy_above = {lvl for lvl in {h[1] for h in heads} | set(untitled) if
                    any(_names_policy_only(t) for up, items in untitled.items() if up < lvl for _, t in items) or
                    any(_names_policy_only(h[3]) for h in heads if h[1] < lvl)}
    heads += _numbered_titles(heads, untitled, policy_above)
    for level in sorted({h[1] for h in heads}):
        at = [h for h in heads if h[1] == level]
        if not any(h[2] == PRIVACY for h in at) and any(h[2] == OTHER for h in at) and level not in policy_above:
            # the policy titled by its subject alone beside another document ("## Impressum", "## Datenschutz")
            named = [(i, level, PRIVACY, t) for i, t in untitled.get(level, []) if _names_privacy_alone(t)]
            # ...on a hub, where documents' titles outnumber the other titles at their level (a policy's "Personal
            # data" beside its "Sub-processors", "Copyright et droit à l'image": a colleague's review)
            if len(named) == 1 and len(untitled.get(level, [])) - 1 < len(at):
                at = sorted(at + named)
                untitled[level] = [u for u in untitled[level] if u[0] != named[0][0]]
        if not any(h[2] == PRIVACY for h in at) or not any(h[2] == OTHER for h in at):
            continue
        plain = untitled.get(level, [])
        if level in by_vocabulary and plain:
            alike = _named_alike(plain, at, level)
            if alike is None:
                continue  # a level of sections ("Koşullar" beside "Haklarınız"), not of documents
            at, plain = sorted(at + alike), []
        if len(plain) >= len(at) and any(h[2] == PRIVACY and h[1] < level for h in heads):
            # the sections of the policy titled above them: "Definitions and key terms" and "Your California
            # Privacy Rights" among "Sharing", "Retention", "Contact" under "# Privacy Policy" (a hub's documents
            # outnumber the other titles at their level: an "Overview" beside "Terms" and "Privacy Policy")
            continue
        # documents titled below their own sections' headings (a page builder's accordion: "##### Disclaimer",
        # "##### Privacyverklaring", each with its "### ..." sections): a heading above their level after the first
        # of them is a section of one, when none at that level stands before it and no title naming the policy
        # alone stands above; each then ends at the next title, the last at a heading above them all
        inner = [len(m.group(1)) for j in range(at[0][0] + 1, len(lines)) if lines[j][:1] == "#"
                 and (m := _HEADING.match(lines[j])) and len(m.group(1)) < level]
        top = min(inner) if inner else level
        if inner and (level in policy_above or any(
                len(m.group(1)) >= top for j in range(at[0][0]) if lines[j][:1] == "#" and (m := _HEADING.match(lines[j])))):
            top = level  # a policy's labels over its sections (a page builder's eyebrow `######`): not inverted
        starts = {h[0] for h in at}
        docs = []
        for n, (i, lvl, kind, title) in enumerate(at):
            end = len(lines)
            for j in range(i + 1, len(lines)):  # the next heading at this level or above ends it
                m = _HEADING.match(lines[j]) if lines[j][:1] == "#" else None
                if m and len(m.group(1)) <= level and (j in starts or len(m.group(1)) < top):
                    end = j
                    break
            docs.append(Document(kind, title, i, end))
        # only documents of the other kind with a body of their own make the page a multi-document page
        if any(d.kind == OTHER and _has_body(d, lines) for d in docs):
            return docs
    return _after_untitled_policy(lines, heads) or _section_of_titled_document(lines, heads, untitled) or \
        _under_hub_title(lines, heads, untitled)


def _under_hub_title(lines: list[str], heads: list[tuple],
                     untitled: dict[int, list[tuple[int, str]]]) -> list[Document]:
    """A page opened by a hub's title ("# Planbord Trust Center", "# Privacy Centre", "# Legal": the vocabulary's
    `hub` names, with the company's name beside them) above its own cards, then the policy under its own title at
    the same level ("# Privacyverklaring Planbord"): the policy runs from its title to the next title of that level,
    and what precedes it is the hub's (a trust centre's certifications, a live count of its monitored controls: a
    simulated SaaS's trust centre, `benchmarks/simulated.py`'s trust_world, made a version at each count). Only when
    the policy's title is the only other heading at the hub title's level, the hub's part holds its own sections
    (its cards' titles) and no date of the policy; [] otherwise."""
    from ..classify.vocab import VOCAB, fold
    from .meta import declared_date
    first = next(((i, m) for i, line in enumerate(lines) if line[:1] == "#" and (m := _HEADING.match(line))), None)
    if first is None or heads and heads[0][0] == first[0]:
        return []
    level, title = len(first[1].group(1)), _plain_title(first[1].group(2))
    if not VOCAB.find(fold(title), "hub") or len(title.split()) > MAX_TITLE_WORDS:
        return []
    same = [h for h in heads if h[1] == level]
    if len(same) != 1 or same[0][2] != PRIVACY or len(untitled.get(level, [])) != 1:
        return []
    start = same[0][0]
    if declared_date("\n".join(lines[first[0] + 1:start])) or \
            not any(line[:1] == "#" for line in lines[first[0] + 1:start]):
        return []  # the policy's date, or its opening under no card of the hub's ("# Legal / Last updated: March 5,
        # 2024 / This notice applies to…", "# Rechtliches / Verantwortlich: Acme GmbH…": two colleagues' reviews)
    return [Document(OTHER, title, first[0], start), Document(PRIVACY, same[0][3], start, len(lines))]


def _numbered_titles(heads: list[tuple], untitled: dict[int, list[tuple[int, str]]], policy_above: set) -> list[tuple]:
    """Numbered document titles ("## 1. Aviso legal", "## 2. Política de privacidad", "## 3. Política de cookies"):
    at a level where every heading is numbered and names a document, the privacy policy and another among them,
    under no policy's name and no numbered heading (a numbered heading is a section of one document otherwise:
    "### 4.1 Cookie Policy" under "## 4. Related policies"); taken out of `untitled`."""
    out = []
    for level, plain in untitled.items():
        kinds = [_numbered_title_kind(t) for _, t in plain]
        if len(plain) >= 2 and all(kinds) and {PRIVACY, OTHER} <= set(kinds) and level not in policy_above and \
                not any(h[1] == level for h in heads) and \
                not any(_NUMBERED.match(_plain_title(t)) for up, items in untitled.items() if up < level for _, t in items):
            out += [(i, level, k, t) for (i, t), k in zip(plain, kinds)]
    for level in {h[1] for h in out}:
        untitled[level] = []
    return out


def _section_of_titled_document(lines: list[str], heads: list[tuple],
                                untitled: dict[int, list[tuple[int, str]]]) -> list[Document]:
    """The policy as one section of a page titled as another document ("# Mentions légales" or "# Impressum",
    then the publisher, the host, the credits... and "## Données personnelles" or "## Datenschutz"): the page's
    first heading names another document alone (`_names_other_alone`) and stands above every other, and one
    heading at the level below it names the policy (`_PRIVACY_TITLE`, or its subject alone); the policy is that
    section with its own sub-sections, to the next heading at its level that names no part of it, with a body of
    its own (MIN_OTHER_WORDS), and the sections around it are the other document's (notices_world's town hall). A
    flat section is left: its end is unknown (two colleagues' reviews)."""
    levels = [(i, len(m.group(1))) for i, line in enumerate(lines) if line[:1] == "#" and (m := _HEADING.match(line))]
    if len(levels) < 3:
        return []
    first, top = levels[0]
    if _words(lines[:first]) > MIN_NAMED_WORDS or not _names_other_alone(lines[first][top:]) or \
            any(lvl <= top for _, lvl in levels[1:]):
        return []
    below = min(lvl for _, lvl in levels[1:])
    named = [h for h in heads if h[1] == below and h[2] == PRIVACY] + \
        [(i, below, PRIVACY, t) for i, t in untitled.get(below, []) if _names_privacy_alone(t)]
    if len(named) != 1:
        return []
    start = named[0][0]  # to the next heading at its level naming no part of it, or above it
    end = next((j for j, lvl in levels if j > start and lvl <= below and not (
        title_kind(lines[j][lvl:].strip()) == PRIVACY or _names_privacy_alone(lines[j][lvl:]))), len(lines))
    if not any(below < lvl for j, lvl in levels if start < j < end):
        return []  # flat: its sections may stand at its level, after the other document's ("## Condiciones de uso"
        # between "## Protección de datos" and its "## Cookies": two colleagues' reviews), so where it ends is unknown
    if _words(lines[start + 1:end]) < MIN_OTHER_WORDS or _words(lines[:start] + lines[end:]) < MIN_NAMED_WORDS:
        return []
    docs = [Document(OTHER, lines[first][top:].strip(), first, start), Document(PRIVACY, named[0][3], start, end)]
    if end < len(lines):
        docs.append(Document(OTHER, lines[end].lstrip("#").strip(), end, len(lines)))
    return docs


def _named_alike(plain: list[tuple[int, str]], named: list[tuple], level: int) -> list[tuple] | None:
    """The titles `plain` (line, title) that the vocabulary does not name, at a level where it named a privacy
    policy and another document, as documents when each is named as one of those is: its first or its last word
    (of three letters or more) is theirs, the word for the kind of document in these languages ("سياسة
    الاسترجاع والاستبدال", the returns policy, beside "سياسة الخصوصية"; "کوکی پالیسی" beside "رازداری کی
    پالیسی"; "Polityka zwrotów" beside "Polityka prywatności"). A title naming privacy or cookies is a part of
    the policy (`_names_privacy_part`). None when any is not: a level of sections. (A
    shop's legal page in tabs and an AI service's page of four documents, Arabic and Urdu, kept every other
    document in the policy's text: `benchmarks/simulated.py`.)"""
    from ..classify.vocab import fold

    def words(title: str) -> list[str]:
        return re.findall(r"\w+", fold(title))

    ends = {(0, w[0]) for h in named if len(w := words(h[3])) > 1 and len(w[0]) >= 3} | \
        {(-1, w[-1]) for h in named if len(w := words(h[3])) > 1 and len(w[-1]) >= 3}
    out = []
    for i, title in plain:
        w = words(title)
        if len(w) < 2 or len(w) > MAX_TITLE_WORDS or _NUMBERED.match(title) or \
                not ({(0, w[0]), (-1, w[-1])} & ends):
            return None
        out.append((i, level, PRIVACY if _names_privacy_part(w) else OTHER, title))
    return out


def _names_privacy_part(words: list[str]) -> bool:
    """Does a title (its folded words) name privacy or cookies, as the vocabulary's words for them in any of its
    languages do, inflected ("Zmiany polityki prywatności", "الملحق الإقليمي لسياسة الخصوصية", "Çerez
    Politikası")? Then it is a part of the privacy policy: its changes, a supplement, its cookie policy, as
    English "Cookie Policy" is (a colleague's review: the first form cut them as other documents). A word of a
    phrase matches a word of the title that begins with its first five letters (the whole word when shorter)."""
    def has(word: str) -> bool:
        return any(t.startswith(word[:5]) if len(word) >= 5 else t == word for t in words)
    return any(all(has(word) for word in phrase) for phrase in _privacy_phrases())


@functools.lru_cache(maxsize=1)
def _privacy_phrases() -> tuple[tuple[str, ...], ...]:
    """The vocabulary's phrases naming privacy and cookies, as tuples of their folded words."""
    from ..classify.vocab import VOCAB
    return tuple({tuple(re.findall(r"\w+", p)) for cat in ("privacy", "cookies") for p in VOCAB.words[cat]} - {()})


def _has_body(doc: Document, lines: list[str]) -> bool:
    """Another document with a body of its own: MIN_OTHER_WORDS, or MIN_NAMED_WORDS (a few sentences: a small
    site's terms) under a title that is the document's name ("Terms of Service", not "Changes to these terms";
    a whole name in the vocabulary, "الشروط والأحكام"), not a one-line reference to it ("See our
    [Terms](/terms)")."""
    n = _words(lines[doc.start + 1:doc.end])
    return n >= MIN_OTHER_WORDS or n >= MIN_NAMED_WORDS and (_names_document(doc.title)
                                                             or _vocabulary_kind(doc.title) == OTHER)


def _names_document(title: str) -> bool:
    """Is a title the name of a document ("Terms of Service", "Nutzungsbedingungen") rather than a section
    that mentions one ("Definitions and key terms")? It begins with the name and is short."""
    text = re.sub(r"^\W+", "", _plain_title(title))
    m = _OTHER_TITLE.search(text)
    return m is not None and m.start() == 0 and len(re.findall(r"\w+", text)) <= 6


def _words(lines: list[str]) -> int:
    return len(" ".join(lines).split())


def _after_untitled_policy(lines: list[str], heads: list[tuple]) -> list[Document]:
    """A policy whose own title does not name it as one (it is the page's title, an image, or "Your privacy on
    Deezer") followed by another document: the other document's title stands above every heading before it
    (`# Terms of Service` after sections at `##` or `###`, or after a policy without headings), or at the
    level of the policy's title block alone (`# Your privacy on Deezer`, or Canal+'s `# Données personnelles
    et confidentialité` / `# 30/06/2022` / `# Vos questions :`, its sections at `##`, then `# Terms of
    Service`: two titled parts side by side), or after the policy's numbered sections at its level, itself
    unnumbered (`_after_numbered`), so it is no section of the policy; the policy is the text before it. A
    policy whose unnumbered sections stand at that level may have one called "Terms of Service": no split.
    Both must have a body of their own (MIN_OTHER_WORDS)."""
    levels = [(i, len(m.group(1))) for i, line in enumerate(lines) if line[:1] == "#" and (m := _HEADING.match(line))]
    for i, level, kind, title in heads:
        if kind != OTHER or not _names_document(title):
            continue
        above = [(j, lvl) for j, lvl in levels if j < i and lvl <= level]
        first_section = next((j for j, lvl in levels if j < i and lvl > level), None)
        # the headings at its level before it are the policy's title block (title, date, "Your questions"),
        # all before the policy's first section below that level, or the page's one heading
        title_block = all(lvl == level for _, lvl in above) and (
            all(j < first_section for j, _ in above) if first_section is not None else len(above) == 1)
        if (above and not (title_block or _after_numbered(lines, levels, i, level))) or \
                _words(lines[:i]) < MIN_OTHER_WORDS:
            return []  # the first other title is a section of the policy, or nothing precedes it
        end = next((j for j, lvl in levels if j > i and lvl <= level), len(lines))
        if _words(lines[i:end]) < MIN_OTHER_WORDS:
            return []
        docs = [Document(PRIVACY, "", 0, i)]
        at = [h for h in heads if h[1] == level and h[0] >= i]
        for n, (j, _, k, t) in enumerate(at):
            docs.append(Document(k, t, j, at[n + 1][0] if n + 1 < len(at) else len(lines)))
        return docs
    return []


def _after_numbered(lines: list[str], levels: list[tuple[int, int]], i: int, level: int) -> bool:
    """Does the heading at line `i` (unnumbered, naming another document) follow the policy's numbered sections
    at its level ("# 1 Scope" ... "# 13 Contact Us", or "# A. Definitions" ... "# Q. Contact Us", then "# Terms
    of Service"; a title block before them), with no numbered heading at that level after it? Then it is no section of that sequence but
    the next document, though it stands at the sections' level (held-out curated policies of three services,
    the Terms set after them: `benchmarks/robustness.py`'s other-document kind)."""
    def numbered(j: int) -> bool:
        return bool(_NUMBERED.match(_HEADING.match(lines[j]).group(2)))
    before = [j for j, lvl in levels if j < i and lvl == level]
    after = [j for j, lvl in levels if j > i and lvl == level]
    k = next((n for n, j in enumerate(before) if numbered(j)), len(before))
    title, run = before[:k], before[k:]  # the policy's title block may stand before its numbered sections
    first_section = next((j for j, lvl in levels if j < i and lvl > level), i)
    return len(run) >= 3 and not numbered(i) and all(numbered(j) for j in run) and \
        all(j < first_section for j in title) and not any(numbered(j) for j in after) and \
        all(j < before[0] for j, lvl in levels if j < i and lvl < level)


def privacy_part(markdown: str) -> str:
    """The privacy policy's part of a page holding several documents (its title, its sections, and what
    precedes the first document's title when that is the policy); the Markdown as it is otherwise."""
    return parts(markdown)[0]


def _under_other_title(lines: list[str], policy: Document) -> bool:
    """Does what precedes the policy's title open with a heading above it naming another document ("# Mentions
    légales", its sections, then "## Données personnelles")? Then it is that document's, not the policy's."""
    own = _HEADING.match(lines[policy.start])
    if own is None:  # an untitled policy (`_after_untitled_policy`): nothing precedes it
        return False
    level = len(own.group(1))
    first = next(((i, m) for i, line in enumerate(lines[:policy.start]) if line[:1] == "#"
                  and (m := _HEADING.match(line))), None)
    return first is not None and len(first[1].group(1)) < level and _names_other_alone(first[1].group(2))


def _names_other_alone(title: str) -> bool:
    """Does a title name another document, and not the policy too ("Mentions légales", not "Terms & Privacy" nor
    "Impressum und Datenschutz", whose page is both: held-out PrivacySpy's)?"""
    text = _plain_title(title)
    return title_kind(text) == OTHER and (_names_document(text) or bool(_NOTICE_TITLE.match(text))) and \
        not _PRIVACY_NAME.search(text) and not _JOINED.search(text)


# a title joining names ("Terms and Policies", "Mentions légales & CGU"): a hub's, not one document's
_JOINED = re.compile(r"\s(?:and|&|und|et|y|e|en|og|och|i|\+)\s|,|/", re.I)


def parts(markdown: str) -> tuple[str, str]:
    """(`privacy_part`, the page's preamble): what precedes the first document's title when that document is
    not the policy ("On this page: our terms, privacy policy and disclaimer. Last updated: 16-08-2024"), left
    out of the policy's text but still the page's, so its date is the policy's too; "" when there is none."""
    docs = documents(markdown)
    if not docs:
        return markdown, ""
    lines = markdown.split("\n")
    keep: list[str] = []
    preamble = ""
    if docs[0].kind == PRIVACY and not _under_other_title(lines, docs[0]):
        keep += lines[:docs[0].start]
    else:
        preamble = "\n".join(lines[:docs[0].start]).strip()
    for d in docs:
        if d.kind == PRIVACY:
            keep += lines[d.start:d.end]
    if not " ".join(keep).strip():
        return markdown, ""
    return "\n".join(keep).strip(), preamble
