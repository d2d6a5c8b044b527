"""Generic cleaners: what is on a policy page but is not the policy.

Two passes, both rule-based and site-independent: `preclean(tree)` removes page furniture from the lxml
tree before trafilatura sees it (consent banners, navigation, breadcrumbs, share/feedback widgets,
injected spam as `spam` tells it, hidden link farms) and decodes obfuscated e-mail addresses;
`postclean(markdown)` removes what survives as lines (spam titles, banner sentences, breadcrumbs, debug footers, copyright lines,
repeated blocks) and re-joins hard-wrapped lines. No rule names a site.
"""
from __future__ import annotations

import collections
import functools
import itertools
import logging
import re
import unicodedata
from collections import Counter
from urllib.parse import urldefrag, urlsplit

import lxml.html.defs
from lxml import etree

from ..sitename import host_labels
from . import checks
from .currencies import amounts as _amounts
from .html import RESOLVED, resolve_links
from .markdown import link
from .meta import ANY_DATE, POLICY_DATE_WORD, _ascii_digits, any_date, names_today
from .normalise import BULLETS
from .normalise import LINK_DEST, words
from .spam import gambling_site, is_spam, might_be_spam, spam_on_page

log = logging.getLogger(__name__)

# --- tree pass -------------------------------------------------------------------------------------
# Page furniture recognised by element, ARIA role or class/id words. A class/id is split into words so
# that "cookie-banner" matches and "privacy-cookies-section" (a policy's own cookie chapter) does not
# match "banner" rules by accident.
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "button", "select", "input",
              "textarea", "form", "dialog", "object", "embed", "canvas", "video", "audio", "map", "link", "meta")
# the marks that end a sentence, in the scripts the vocabulary reads: Latin, CJK's full-width ones, Devanagari's danda
# and double danda, the Arabic question mark and the Urdu full stop (a Hindi sentence ending in "।" was no sentence to
# the short-line rules: a colleague's review); and with a clause's ends, a line that goes on
_SENTENCE_ENDS = ".!?。！？।॥؟۔"
_CLAUSE_ENDS = _SENTENCE_ENDS + ";:؛"
_FURNITURE_ROLES = {"navigation", "banner", "contentinfo", "search", "menubar", "menu", "toolbar",
                    "complementary", "alertdialog", "dialog", "tablist", "tooltip"}
# Consent managers' own names, and generic names of consent boxes. Not a bare `cmp-`: Adobe Experience
# Manager's core components prefix every block of content so (`cmp-text`, `cmp-title`, `cmp-container`), and
# not a bare `truste`, the start of "trusted-partners" (TrustArc's old name is `truste`, `truste_...`)
_CONSENT_IDS = re.compile(
    r"onetrust|optanon|didomi|cookiebot|cybotcookiebot|usercentrics|truste(?:\b|_)|trustarc|qc-cmp|quantcast|"
    r"\bcky-|cookieyes|cookie-law|cookielaw|cookie-notice|cookie-consent|cookie-banner|cookie-bar|"
    r"cookie-popup|cookie-modal|cookie-policy-banner|cookies-banner|cookies-bar|cookie_notice|cookie_banner|"
    r"cookiebanner|cookienotice|cookieconsent|cookie-disclaimer|gdpr-(?:banner|consent|cookie|popup)|"
    r"consent-(?:banner|manager|modal|popup|dialog|bar)|\bcmp-(?:banner|consent|dialog|modal|popup|overlay)|"
    r"\bcmpbox|\bcmpwrapper|fc-consent|sp_message|iubenda|osano|klaro|borlabs|"
    r"moove_gdpr|cc-window|cc-banner|cc_banner|ccpa-banner|privacy-banner|tarteaucitron|axeptio|"
    r"consentmanager|termly-|cookiefirst|complianz|cmplz|"
    # Cookiebot's panel of the visitor's own consent (its state, a consent ID and date per visit), inside the
    # cookie declaration a policy embeds: the declaration stays
    r"cookiedeclarationuserstatus", re.I)
# words that mark furniture wherever they appear in a class/id ("article-share-bar", "breadcrumbs")
_FURNITURE_PARTS = {
    "breadcrumb", "breadcrumbs", "crumb", "crumbs", "share", "sharing", "sharebar", "social", "socials", "feedback",
    "helpful", "newsletter", "sidebar", "pagination", "pager", "advert", "advertisement", "adsbygoogle", "smartbanner",
    "skiplink", "skiplinks", "skipnav", "skiptocontent", "skiptomain", "skiptonavigation", "backtotop", "scrolltop",
    "comments", "navbar", "megamenu", "topbar", "related", "upvote", "downvote", "votes", "subscribe", "tooltip", "popover",
}
# a furniture word joined to the widget's noun with no separator, as plugins and components name their boxes
# (Jetpack's `jp-relatedposts`, `relatedArticles` lower-cased, `sharebuttons`), read as its two words
# (`_name_parts`): "relatedparties" is no widget
_FURNITURE_COMPOUND = re.compile(r"(related|similar|recommended)(posts?|articles?|stories|content|items?|links?|"
                                 r"reads?|news|pages?|products?)|(share|social)(buttons?|icons?|links?|tools?)")
# a list of a site's other posts by their recency or popularity, by the names forum and blog software give it (phpBB's
# Recent Topics extension `recent-topics`, WordPress's `widget_recent_entries` and `recentcomments`, Discourse's
# `suggested-topics`, a news theme's `most-read-articles`): its titles, reply counts and dates move with the site's
# activity (a simulated aquarium forum's policy: a version at every capture, social_world). Not news, questions or
# changes: a policy's own "What's new" box (`latest-news`), its FAQ (`popular-questions`) and its `recent-changes`
# (a colleague's review)
_FEED_NAME = re.compile(r"(?:^|[\s_-])(?:recent|latest|newest|popular|trending|suggested|most-?read|most-?viewed)[_-]?"
                        r"(?:posts?|topics?|threads?|comments?|entries|articles?|stories|videos?)(?:$|[\s_-])")
# whole class/id tokens that mark furniture ("header" alone, not "section-header": that is a heading)
_FURNITURE_TOKENS = {
    "header", "footer", "site-header", "site-footer", "global-header", "global-footer", "main-header",
    "main-footer", "page-footer", "footer-wrapper", "header-wrapper", "footer-container",
    "header-container", "nav", "navigation", "main-nav", "main-navigation", "main-menu", "menu",
    "mobile-menu", "site-nav", "site-navigation", "masthead", "popup", "modal", "overlay", "banner",
    "rating", "promo", "language-selector", "language-switcher", "lang-switcher", "search", "search-form",
    "skip-link", "skip-to-content", "toolbar", "cookie", "cookies", "cookie-bar", "consent", "tool-tip",
    # a shop's bar of its selling points ("Free shipping over 1.500 kr · Order within 5 h 25 min, ships today": SAP
    # Commerce's, Shopware's and Magento themes' `usp-bar`, above a wholesaler's policy in its `<main>`,
    # industrial_world); not a `usp-list` or `usps` box, which a policy's summary takes too, nor `usp`, IAB's US
    # Privacy string (a colleague's review)
    "usp-bar",
    # a documentation generator's stamp of the page's last commit ("Last updated on Mar 3, 2026 by jdoe"): built
    # from a shallow clone in CI, every deploy dates every page and names its author, a version per deploy.
    # Docusaurus's doc footer (the stamp, "Edit this page", tags), MkDocs Material's source-file facts and its
    # git-revision-date plugin, VitePress's; a policy's own "Last updated" line is its text, whatever its class
    "theme-doc-footer", "theme-last-updated", "md-source-file", "git-revision-date-localized-plugin",
    "vplastupdated", "vpdocfooterlastupdated",
}
# a carousel, by the slider libraries' own names of its box and its slides (Bootstrap, Swiper, Slick, Splide,
# Flickity, Owl Carousel, Tilda's `t-slds`): slides shown in turn, in an order and a number drawn at each visit
# (customers' reviews, offers), furniture when their text says next to nothing of personal data (one policy term
# at most): a policy's versions or its key points set as slides are its text (a colleague's review). Whole names
# only: Swiper's `swiper-no-swiping` marks content a swipe must leave alone (a real AI service's table of its data,
# in ota-genai-contrib), and "slds" alone is Salesforce's design system, every box of its pages
_CAROUSELS = frozenset((
    "carousel", "carousel-inner", "carousel-item", "swiper", "swiper-container", "swiper-wrapper", "swiper-slide",
    "slick-slider", "slick-list", "slick-track", "slick-slide", "splide", "splide__track", "splide__list",
    "splide__slide", "flickity-viewport", "flickity-slider", "owl-carousel", "owl-stage", "owl-item", "t-slds",
    "t-slds__item"))
# widgets that come and go between visits, by their standard class names, furniture when they hold a few words
# only (a section of the policy so named keeps its text): from the third audit (other industries' CMSs and
# plugins), Cookiebot's stamp of its last scan under the cookie declaration a policy embeds ("Cookie declaration
# last updated on 27.04.2026 by Cookiebot", re-dated by every monthly scan; the declaration's tables stay),
# MediaWiki's "[edit]" after each heading (shown or not with the page's protection), Google's website
# translator ("Select Language ▼ Powered by Google Translate"), WPML's "This post is also available in: English
# Español" (the most used WordPress translation plugin), an advertising slot and its label, shown when it fills
# (`adsbox`, the name ad blockers' bait element takes from ad boxes: a price-comparison site's "Reklama" slots,
# market_world);
# a box so named that holds a heading, or more than a line's words, is judged as any other (a review: a policy's
# "Advertising" section in a `<div class="ad-container">`). And a site's message about something else than the page
# (an outage, opening hours, a weather warning, "Ana booked 4 minutes ago": an audit of other industries), by design
# systems' documented names: a notice the visitor may dismiss (Bootstrap's `alert-dismissible`, Bootstrap 3's
# `alert-dismissable`), a toast (Bootstrap's `toast`, whole names only: a brand's BEM prefix "toast-legal__section"
# is no toast), GOV.UK's notification banner ("to tell the user about something … not directly related to the page
# content"; NHS's copy of it, and GOV.UK's site-wide "global banner"), the French State's DSFR "bandeau
# d'information importante" (`fr-notice`: "une information importante et temporaire"); and the NHS design system's
# review date ("Page last reviewed: … / Next review due: …", `nhsuk-review-date`), which a periodic review re-dates
# though no word changed
_SMALL_WIDGETS = frozenset(("cookiedeclarationlastupdated", "mw-editsection", "goog-te-gadget", "wpml-ls", "ad-slot",
                            "ad-label", "ad-unit", "ad-container", "ad-wrapper", "adslot", "adunit", "adsbox",
                            "alert-dismissible", "alert-dismissable", "toast", "toast-container", "toast-body",
                            "govuk-notification-banner", "nhsuk-notification-banner", "gem-c-global-banner",
                            "fr-notice", "nhsuk-review-date"))
_SMALL_WIDGET_WORDS = 20
_HAS_HEADING = etree.XPath("boolean(.//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//h6)")
_WORD_SPLIT = re.compile(r"[\s_]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# inline tags that carry nothing but their text; trafilatura deletes some of them with their text (`time`, `output`:
# its settings.MANUALLY_CLEANED), and "Last updated: <time>March 1, 2024</time>" would lose its date (a <time>
# dating the page relative to the visit, "3 days ago", is dropped first)
_UNWRAP = ("u", "font", "ins", "mark", "big", "center", "blink", "abbr", "acronym", "bdi", "bdo", "wbr", "time",
           "output", "data")


_CONSENT_HINTS = ("cookie", "consent", "gdpr", "cmp", "cky", "onetrust", "optanon", "didomi", "truste", "cc-",
                  "cc_", "sp_message", "iubenda", "osano", "klaro", "borlabs", "tarteaucitron", "axeptio",
                  "termly", "usercentrics", "quantcast", "privacy-banner", "ccpa")


@functools.lru_cache(maxsize=8192)
def _class_verdict(words: str, may_be_furniture: bool) -> str | None:
    """'consent', 'furniture' or None for an element's lower-cased "class id" string. Cached: a page repeats
    a few hundred class strings over thousands of elements, and sites share their themes' class names."""
    if any(h in words for h in _CONSENT_HINTS) and _CONSENT_IDS.search(words):  # the regex is the slow part
        return "consent"
    if may_be_furniture:
        if _FEED_NAME.search(words):
            return "furniture"
        for tok in _WORD_SPLIT.split(words):
            if tok and (tok in _FURNITURE_TOKENS or any(p in _FURNITURE_PARTS for p in _name_parts(tok))):
                return "furniture"
    return None


# the class names of text kept for screen readers only, never shown (Bootstrap's `sr-only` / `visually-hidden`,
# Tailwind's `sr-only`, WordPress's `screen-reader-text`, Drupal's `element-invisible`, HTML5 Boilerplate's
# `visuallyhidden`...)
_VISUALLY_HIDDEN = ("sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only",
                    "screenreader-only", "a11y-hidden", "hidden-visually", "element-invisible", "assistive-text",
                    "show-for-sr")  # also prefixed (govuk-visually-hidden) and focusable (sr-only-focusable: a skip link)


# a link's warning that it opens a new window or leads off the site (WCAG 2 technique G201, "Giving users advanced
# warning when opening a new window"): a short label naming a new window or tab, or an external link, in the
# languages the vocabulary covers most ("(opens in a new window)", "Opens in a new browser tab", "(link is
# external)", "s'ouvre dans une nouvelle fenêtre", "öffnet in neuem Fenster", "se abre en una ventana nueva");
# a hint about the link, never its name
_NEW_WINDOW_HINT = re.compile(
    r"\bnew (?:browser )?(?:window|tab)\b|\bexternal (?:link|site|website)\b|\blink is external\b|"
    r"nouv(?:elle|el) (?:fenêtre|onglet)|\b(?:lien|enlace|link) (?:externe?|externo|esterno)\b|externer link|"
    r"\bneue[nmrs]? (?:browser-?)?(?:fenster|tab)\b|"
    r"\b(?:nueva|nova|nuova) (?:ventana|pestaña|janela|aba|guia|finestra|scheda)\b|"
    r"\b(?:ventana|pestaña|janela|aba|guia) (?:nueva|nova)\b|\bnieuwe? (?:venster|tabblad)\b|\bnowym (?:oknie|karcie)\b|"
    r"новом (?:окне|вкладке)|新しい(?:ウィンドウ|タブ)|別(?:ウィンドウ|タブ)|新(?:窗口|标签页|視窗|分頁|頁籤)|새 (?:창|탭)", re.I)
_HINT_WORDS = 8  # a hint is a short label: a longer one that names a window is a sentence of the policy
_ICONS = frozenset(("img", "svg", "i", "picture", "object", "canvas"))  # what a control may show instead of words
# where a control's screen-reader label can be: a link (a skip link), or inside a link or a button
_IN_CONTROLS = etree.XPath(".//a[@class] | .//a//*[@class] | .//button//*[@class]")


def screen_reader_only(el) -> bool:
    """Is `el` classed as text for screen readers only (`_VISUALLY_HIDDEN`, not `not-sr-only`)?"""
    classes = [c.lower() for c in (el.get("class") or "").split()]
    return any(c.removesuffix("-focusable").endswith(_VISUALLY_HIDDEN) for c in classes) and \
        not any("not-sr-only" in c for c in classes)


def visually_hidden(el) -> bool:
    """A control's label for screen readers only: "(opens in a new window)" inside a link or a button beside
    its own words, a skip link ("Skip to content"), which a site adds or rewords without touching its policy
    (Open Terms Archive's curators remove `main .sr-only` for ChatGPT), or the hint of a link that shows
    nothing. A label that is all the words of a link showing an icon names it (`<a><i class="icon"></i><span
    class="sr-only">Your Privacy Choices</span></a>`).
    Screen-reader text elsewhere is kept: an icon table's "Yes" (`<i class="icon-check"></i><span
    class="sr-only">Yes</span>`) is the policy's answer, a visually hidden heading its title; so is text shown
    on some screens (Tailwind's `sr-only md:not-sr-only`)."""
    if not screen_reader_only(el):
        return False
    if el.tag == "a":  # a skip link
        return True
    control = next((a for a in el.iterancestors() if a.tag in ("a", "button")), None)
    if control is None:
        return False
    if _NEW_WINDOW_HINT.search(label := " ".join(el.itertext())) and _nwords(label) <= _HINT_WORDS:
        return True  # a hint about the link, whatever it shows (an image with an empty alt: a partner's badge)
    if "".join(control.itertext()).replace("".join(el.itertext()), "", 1).strip():
        return True  # a label beside the control's own words
    # all the control's words: the name of the icon it shows (kept), or the hint of a link that shows nothing
    # (Badoo's `<a><span class="…visually-hidden"> (ouvre une nouvelle fenêtre)</span></a>`: dropped), or of
    # one that shows an image naming itself (its `alt`, an svg's <title>: a licence badge's "(opens in a new
    # window)", dropped)
    inside = set(el.iter())
    icons = [c for c in control.iter() if c not in inside and c.tag in _ICONS]
    return not icons or any((c.get("alt") or "").strip() or c.find("title") is not None for c in icons)


# a block shown only on paper: named so (Bootstrap 3's `visible-print`, Foundation's `show-for-print`,
# `print-only`), or hidden on the screen and shown in print (`d-none d-print-block`, Tailwind's `hidden
# print:block`) or named for print (Microsoft's `printsummary` with display:none); never a block hidden from
# print (`d-print-none`, `no-print`: screen content) or meant to print too (`printable`)
_PRINT_ONLY = re.compile(r"^(?:print-?only|only-?print|show-for-print|visible-print(?:-[\w-]+)?)$", re.I)
_SHOWN_IN_PRINT = re.compile(r"^(?:d-print-(?!none$)[\w-]+|print:(?!hidden$)[\w-]+|print(?!able)[\w-]*)$", re.I)
_HIDDEN_IN_PRINT = re.compile(r"^(?:d-print-none|no-?print|hidden-print|print:hidden|not-print|hide-on-print)$", re.I)
_SCREEN_HIDDEN = frozenset(("d-none", "hidden", "hide", "is-hidden", "u-hidden", "display-none"))


def print_only(el) -> bool:
    """A copy for printing (a summary, the printed page's header, the whole text again) that a template keeps
    in the page and does not show on the screen: it comes and goes with the template (Open Terms Archive's
    curators remove Microsoft's `.printsummary` and `.printDetailedContent`)."""
    tokens = (el.get("class") or "").split()
    if "print" not in (el.get("class") or "").lower() or any(_HIDDEN_IN_PRINT.match(t) for t in tokens):
        return False
    if any(_PRINT_ONLY.match(t) for t in tokens):
        return True
    return any(_SHOWN_IN_PRINT.match(t) for t in tokens) and (
        _is_hidden(el) or any(t.lower() in _SCREEN_HIDDEN for t in tokens))


def _is_hidden(el) -> bool:
    """Is `el` hidden by its markup: `hidden`, `aria-hidden`, a style, or a tab panel whose tabs are all unselected
    (`_unselected_panel`)?"""
    return _marked_hidden(el) or el.get("role") == "tabpanel" and _unselected_panel(el)


def _unselected_panel(panel) -> bool:
    """Is `panel` a tab panel whose tab says it is not shown: every `tab` its `aria-labelledby` names, or whose
    `aria-controls` names it, has `aria-selected="false"` (WAI-ARIA's Tabs pattern; the page's stylesheet hides the
    panel, Bootstrap's `.tab-pane` without `.active`)? Read as shown, a Liferay tab set's cookie policy beside the
    privacy policy was the policy's, and each of its own revisions a version (fashion_world)."""
    parent = panel.getparent()
    if parent is not None and any(c.get("role") == "tabpanel" and _marked_hidden(c) for c in parent):
        return False  # (the page marks which panels are hidden itself: `show_located_tab` reads and changes those)
    tabs = [t for i in (panel.get("aria-labelledby") or "").split() for t in _indexed(panel, "id", i)]
    if panel.get("id"):
        tabs += _indexed(panel, "aria-controls", panel.get("id"))
    return bool(tabs) and all(t.get("aria-selected") == "false" for t in tabs)


def _marked_hidden(el) -> bool:
    return el.get("hidden") is not None or el.get("aria-hidden") == "true" or \
        bool(_HIDDEN_STYLE.search(el.get("style") or ""))


# class tokens that only say which state a panel is in, not what kind of panel it is
_STATE_TOKENS = re.compile(r"^(?:active|inactive|show|shown|hide|hidden|open|opened|closed|collapsed?|collapsing|in|"
                           r"out|selected|current|visible|invisible|expanded|d-none|d-block|is-[\w-]+|has-[\w-]+|"
                           r"[\w-]*--(?:active|open|hidden|selected|current|visible|expanded|collapsed))$", re.I)
_HEADER_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "button", "summary", "dt", "a", "label"))


def _kind(el) -> tuple:
    """What kind of block an element is, for comparing siblings: its tag, role and class words without the
    words that say whether it is shown (`active`, `is-open`, `d-none`...)."""
    classes = frozenset(t for t in (el.get("class") or "").split() if not _STATE_TOKENS.match(t))
    return el.tag, (el.get("role") or "").lower(), classes


def _holds_panels(el) -> bool:
    """A `role="tablist"` that holds its panels, not only its tabs: an accordion as Elementor, Bootstrap 3 and
    jQuery UI write one (the titles and their `tabpanel`s in one box with the list's role), whose panels are the
    policy's sections; or text besides its tabs' labels. WAI-ARIA's tablist holds tabs alone, which are
    navigation (Bumble's section switcher)."""
    if el.xpath('.//*[@role="tabpanel" or @role="region"]'):
        return True
    labels = sum(len(t.text_content().split()) for t in el.xpath('.//*[@role="tab"]'))
    return len(el.text_content().split()) - labels >= 8


def _is_alternative(el) -> bool:
    """A hidden panel among siblings of its own kind of which one is shown, with no header of its own just
    before it: the other tabs of a tab set, the older versions of a versioned document, the other
    documents of a legal hub that shows one at a time. A reader sees the shown one; the page's own
    switcher picks it (the URL's document, the current version). An accordion's collapsed panel follows
    its own header (a heading, button or summary), and stays."""
    parent = el.getparent()
    if parent is None:
        return False
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    if prev is not None and (prev.tag in _HEADER_TAGS or prev.get("data-pa-header")) and not _is_hidden(prev):
        return False
    kind = _kind(el)
    if not kind[2] and not kind[1]:  # bare <div>s say nothing about being of one kind
        return False
    # a run of consecutive siblings of this kind (elements without text, such as spacers, may sit between):
    # a flat accordion interleaves its headers with its panels, a tab set or version switcher does not
    sibs = [c for c in parent if isinstance(c.tag, str) and (_kind(c) == kind or _text_len(c) > 0)]
    i = sibs.index(el)
    lo = hi = i
    while lo > 0 and _kind(sibs[lo - 1]) == kind:
        lo -= 1
    while hi < len(sibs) - 1 and _kind(sibs[hi + 1]) == kind:
        hi += 1
    return any(sib is not el and not _is_hidden(sib) and _text_len(sib) > 0 for sib in sibs[lo:hi + 1])


ARTICLE_SHARE = 0.8  # of its `<main>`'s text that the document's `<article>` holds
CALL_WORDS = 20  # words of a call to action, besides its links' (`drop_calls_after_article`)


def drop_calls_after_article(body) -> None:
    """A call to action after the document: a short box that follows the page's one `<article>` inside its
    `<main>`, holds a link or a button and no word of the policy vocabulary ("More than 20,267 salons use
    AgendaFácil · Start free trial"; a Ghost theme's "Support El Ventanal / 60 € a year pays for one
    investigation a month · I want to join"). HTML's `<article>` is the self-contained composition, the
    document; the boxes a marketing or membership template sets after it are the page's, and their words change
    with the campaign or count the visitors (a simulated booking tool's counter and a news site's membership
    box, `benchmarks/simulated.py`'s notices_world and publishers_world: a version at each capture; the box also
    made the article look too small to be the document, `widen_article`). Only when the article holds most of
    `<main>`'s text (ARTICLE_SHARE); a box of more than CALL_WORDS words outside its links, one naming the
    policy's matters ("How to contact us / The data controller is…", the contact footer of `../shared/cases`),
    one whose only links are mail or phone links (a contact line), or one with a heading and no button
    stays (`_call_to_action`). A `<main>` without one `<article>` has its document's box instead: the lowest box
    around its first `<h1>`, when that names a legal document, that holds ARTICLE_SHARE of its text (a dental
    group's Wix page: its "Prochaines disponibilités" with the next free slot of each clinic after the policy's
    section, a version at each capture; `benchmarks/simulated.py`'s health_world); after it only a box under a
    heading with a button, no prose and no date goes (a colleague's review: a contact box's address, "Stand: 1.
    März 2024" with a PDF's button, "Questions about this notice? Write to …" after a policy's box stay)."""
    from ..classify import heading_kind
    for main in body.xpath(".//main | .//*[@role='main']"):
        articles, total = main.xpath(".//article"), _text_len(main)
        if len(articles) == 1:
            el = articles[0]
        else:
            el = next(main.iter("h1"), None)
            if el is None or heading_kind(" ".join(" ".join(el.itertext()).split()))[0] is None:
                continue
            while el is not main and _text_len(el) < ARTICLE_SHARE * total:
                el = el.getparent()
        if _text_len(el) < ARTICLE_SHARE * total:
            continue
        boxed = len(articles) != 1  # (the box around the <h1> is a weaker sign than an <article>)
        while el is not main:
            for box in list(el.itersiblings()):
                if isinstance(box.tag, str) and _call_to_action(box, button=boxed) and \
                        not (boxed and (not box.xpath(_ANY_HEADING) or _has_prose(box) or _dated(box))):
                    _drop(box)
            el = el.getparent()


# a box its widget names a call to action: Elementor's `elementor-widget-call-to-action`, themes' `cta`, `cta-box`
# (a space bounds a name too: the page's class names are first searched as one string, `_class_names`)
_CTA_NAME = re.compile(r"(?:^|[-_\s])(?:cta|call-?to-?action|calltoaction)(?:$|[-_\s])", re.I)


_LAYOUT_PARTS = frozenset(("table", "thead", "tbody", "tfoot", "tr", "td", "th"))
_LAYOUT_CELL_BLOCKS = etree.XPath("./tr/td | ./*/tr/td")


def _layout_table(table) -> bool:
    """A table that lays out the page rather than holding data, by Mozilla Readability's tests (`_markDataTables`):
    `role="presentation"` or `datatable="0"` lay out; a summary, a caption, `<th>`, `<thead>`, `<tfoot>` or column
    groups, ten rows or more, or more than four columns hold data (but a table of one cell is a box, whatever it
    holds: Readability's "rows == 1 || columns == 1" read as layout; a restaurant's DedeCMS article in `<table
    width='100%'><tr><td>`, simulated local_world, was one cell of Markdown with the column beside it); and then,
    where Readability goes on to judge
    by size alone, only a cell holding a section of prose (a heading, and two paragraphs or lists) lays out (a
    policy's small table of recipients without header cells, ota-dating's real ones, a cookie table pasted from
    Word with each cookie's name a heading, a recipients' table with a table in a cell, are data: a colleague's
    review)."""
    if table.get("role") == "presentation" or table.get("datatable") == "0":
        return True
    rows = table.xpath("./tr | ./*/tr")
    if len(rows) == 1 and len(rows[0]) == 1 and rows[0][0].tag == "td" and not table.xpath("./caption") and \
            (table.getparent() is None or table.getparent().tag != "figure"):
        return True  # one cell: a box, whatever it holds (a CMS's article set in `<table width='100%'>`; a
        # WordPress table block's one cell stays its figure's table, which trafilatura keeps: ota-dating's Zoosk)
    if table.get("summary") or table.xpath("./caption | .//th | ./thead | ./tfoot | ./col | ./colgroup"):
        return False
    if len(rows) >= 10 or max((len(r.xpath("./td")) for r in rows), default=0) > 4:
        return False
    return any(next(cell.iter(*_HEADINGS), None) is not None and len(cell.xpath(".//p | .//ul | .//ol")) >= 2
               for cell in _LAYOUT_CELL_BLOCKS(table))


def unwrap_layout_tables(body) -> None:
    """A page laid out in a table (an older PHP template's grid of a menu column, the content and a sidebar of
    counters; `_layout_table`) is read as boxes: its rows and cells become `<div>`s, so the content cell is judged
    as the page's content and the columns beside it as theirs. Kept as a table, the whole grid was the policy, its
    sidebar's "551 Mitglieder online" with it, a version at every capture (a simulated regional dating site:
    `benchmarks/simulated.py`'s dating_world). A table inside the content that holds data stays a table."""
    for table in list(body.iter("table")):
        if table.getparent() is None or not _layout_table(table):
            continue
        parts = [p for p in table.iterdescendants(*_LAYOUT_PARTS)
                 if p.tag != "table" and next(p.iterancestors("table")) is table]
        for part in (table, *parts):
            part.tag = "div"
            for attr in ("width", "valign", "align", "colspan", "rowspan"):
                part.attrib.pop(attr, None)


# (a filter in C first: a walk of every box in Python cost 2 % of extraction)
_CTA_CANDIDATES = etree.XPath(".//*[contains(@class, 'cta') or contains(@class, 'CTA') or contains(@class, 'Cta') or "
                              "contains(@class, 'action') or contains(@class, 'Action') or contains(@class, 'ACTION')]")


# a time of day ("15:30", "10h00"), as a booking box states its next free slot
# ("15:30", "10h00"; or the Nordic "kl. 12.30", "klo 9.30", whose dot a time marker sets apart from a decimal's)
_CLOCK_TIME = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3])[:h][0-5]\d(?![\d:])|"
                         r"(?<!\w)(?:kl|klo|kello)\.?\s?(?:[01]?\d|2[0-3])\.[0-5]\d(?!\d|\.\d)", re.I)


def drop_named_calls(body) -> None:
    """A call to action anywhere in the page that its widget names so (`_CTA_NAME`) and that reads as one
    (`_call_to_action`: a few words, none of the policy vocabulary, a button) and that offers an amount of money
    (`_offers`) or states one time of day and no date (`_CLOCK_TIME`): a supplier's "Parrainez vos proches / 50 €
    offerts … / Je parraine" set between two sections of its policy, whose offer moves with the campaign (a simulated
    energy supplier's Elementor page, `benchmarks/simulated.py`'s france_world: a version at each new amount), an
    optician's "Următorul interval liber: mâine, 15:30 / Alege ora" in the policy's Umbraco grid, its next free slot
    at every visit (fashion_world); opening hours ("Mo–Fr 9:00–17:00") and a date of effect with its hour stay (a
    colleague's review). A box so named that speaks of the policy's matters ("Exercise your rights" with a form's
    link and the word "personal data"), or offers nothing ("Contact us / 20 Market Street, Leeds", "You can delete
    your account at any time …": a colleague's review), stays, and so does one whose control is a plain link ("Die erste Kopie ist kostenlos. Für jede weitere Kopie
    berechnen wir 5 € …  / Antrag stellen": a second review, once the names standing alone were looked at too)."""
    if not _CTA_NAME.search(_class_names(body)):
        return
    for box in _CTA_CANDIDATES(body):
        if any(_CTA_NAME.search(t) for t in box.get("class").split()) and box.getparent() is not None and \
                not any(_CTA_NAME.search(t) for up in box.iterancestors() for t in (up.get("class") or "").split()) \
                and ((_offers(text := box.text_content()) or
                      len(_CLOCK_TIME.findall(text)) == 1 and not _dated(box)) and _call_to_action(box, button=True)
                     or _messenger_call(box, text)):
            _drop(box)


# a messaging app's address that opens a chat with the site: WhatsApp's click-to-chat, Telegram's, Messenger's, LINE's
# and Viber's links
_MESSENGER_CHAT = re.compile(r"https?://(?:wa\.me|api\.whatsapp\.com|t\.me|m\.me|line\.me|lin\.ee|"
                             r"(?:www\.)?viber\.com/|invite\.viber\.com)(?:/|$)", re.I)


def _messenger_call(box, text: str) -> bool:
    """Is a call to action a chat's (for `drop_named_calls`): its links all open a chat in a messaging app
    (`_MESSENGER_CHAT`) with a message written for the visitor (`?text=`), none of them showing a number or a
    handle, CHAT_WORDS words at most, no heading, no policy term? A publishing service's "Ada pertanyaan? / Admin
    Nadia sedang online ● Online · biasanya membalas dalam 5 menit / Chat via WhatsApp" (`wa-cta`) after its
    policy's contact section names the agent on duty at each visit (books_world). A controller's own channel in
    such a box, "Layanan pelanggan via WhatsApp: 0812-2700-4455", "@start_privacy" on Telegram, stays (a
    colleague's review)."""
    links = list(box.iter("a"))
    return bool(links) and all(_MESSENGER_CHAT.match((a.get("href") or "").strip()) and
                               not re.search(r"[\d@]", a.text_content()) for a in links) and \
        any("text=" in (a.get("href") or "") for a in links) and _nwords(text) <= CHAT_WORDS and \
        not _HAS_HEADING(box) and not checks.policy_terms(text)


# a free slot a picker offers: a time of day alone, with a 12-hour clock's mark or a language's word for the hour
# ("11:30", "9h15", "2:30 PM", "10:15 Uhr", "오전 10:00", "10:00〜", "10:00 ص": a colleague's review)
_SLOT = re.compile(rf"(?:오전|오후|午前|午後)?\s?{_CLOCK_TIME.pattern}(?:\s?[ap]\.?m\.?|\s?uhr|\s?[صم]|〜|～)?", re.I)
SLOT_PICKER_WORDS = 60  # a picker's title, its places' and people's names, its button


def drop_slot_pickers(body) -> None:
    """A picker of free appointment slots goes: links or buttons whose words are a time of day alone (`_SLOT`), two
    side by side (nothing but spaces between them) or in two items of one list (`_picked`), in a box of their own
    under a title of its own, its places, days and button with them: a vet chain's "Slobodni termini / Zagreb –
    Dubrava danas 09:15 19:00 dr. med. vet. … / Prikaži sve termine" in its Kentico page's content zone after the
    policy, the slots new at every visit (a simulated one: `benchmarks/simulated.py`'s family_world, 24 false
    versions of 30 captures). The box is the largest around the slots below the page's `<main>`, `<article>` or a
    table with at most SLOT_PICKER_WORDS words besides them, no line that is a sentence (a `<p>`, `<div>` or `<li>`
    of eight words or more that ends one) and no policy vocabulary. A colleague's review found a policy's hours set
    as links lost by a first form that asked neither the title nor the slots' places: a data protection officer's
    call-back times under the officer's heading, "Monday–Friday 9:00 am – 5:00 pm" and "평일 09:00 ~ 18:00" (a
    range, not two slots), a retention sentence in a `<div>` ("… her gün 03:00 ile 04:00 arasında … silinir.").

    Slots listed as items, two or more (`_slot_item`: "შაბ 11:00 კოსმოსური დარბაზი", Saturday 11:00, the space room,
    a party venue's Tilda widget after its policy, toys_world: 21 false versions of 27 captures), are a picker's in
    a box with no heading and a booking call of its own (`_called`)."""
    slots = [a for a in body.iter("a", "button") if _SLOT.fullmatch(" ".join(a.text_content().split()))]
    items = [li for ul in body.iter("ul", "ol") if len(ul) >= 2 and all(map(_slot_item, ul)) for li in ul]
    slots = sorted(slots + items, key=lambda el: el.sourceline or 0) if items else slots
    if len(slots) < 2:
        return
    boxes = set()
    for slot in slots:
        box = None
        for up in slot.iterancestors():
            if up.tag in ("body", "main", "article", "table", "td", "th") or up.get("role") == "main":
                break
            inside = [a for a in slots if up in a.iterancestors()]
            if _words_besides(up, inside) > SLOT_PICKER_WORDS or checks.policy_terms(_spoken(up)) or any(
                    _nwords(t := " ".join(line.text_content().split())) >= 8 and t[-1] in _SENTENCE_ENDS
                    for line in up.iter("p", "div", "li")):
                break
            box = up
        if box is not None and (_called(box, items) if slot.tag == "li" else box.xpath(_ANY_HEADING)) and \
                _picked([a for a in slots if box in a.iterancestors()]):
            boxes.add(box)
    for box in boxes:
        if box.getparent() is not None and not any(b in box.iterancestors() for b in boxes):
            _drop(box)


SLOT_ITEM_WORDS = 6  # a day, the time, a room or a practitioner


BOOKING_WORDS = 30  # a booking box's words besides its controls: a title, a few slots or groups and their facts
GROUP_WORDS = 10  # words of one group a box offers: its course, its start, its places
# a day and month without a year, as a box offers its next slot or group ("старт 18.04", "po 7. 3.", "14/10"): a
# month of one digit only with its dot, so that a version or a section's number is none ("v3.1", "Version 3.1",
# "sections 4.2 and 5.1", "Art. 6.1(b)": a colleague's review)
_DAY_MONTH = re.compile(r"(?<![\w.,/])(?:(?:0?[1-9]|[12]\d|3[01])\.\s?(?:(?:0[1-9]|1[0-2])(?:\.(?!\s?\d)|(?![.,]?\d))|"
                        r"[1-9]\.(?!\s?\d))|(?:0[1-9]|[12]\d|3[01])/(?:0[1-9]|1[0-2])(?![/\d]))")
PROSE_WORDS = 15  # a paragraph, an item or a cell of this many words is the document's prose
_DAY_NUMBER = re.compile(r"[^\W\d_]+|\d+")


def _day_and_month(text: str, lang: str | None) -> bool:
    """Does the text state a day of a month without its year: "7. 3.", "14/10", or a day beside a month's name in
    the page's language ("lunes 15 de agosto", "Mon 14 May": `meta._month_numbers`)?"""
    if _DAY_MONTH.search(text):
        return True
    from .meta import _month_numbers
    months, words = _month_numbers(lang), _DAY_NUMBER.findall(text.lower())
    return any(w in months and any(x.isdigit() and 1 <= int(x) <= 31 for x in words[max(0, i - 2):i + 2])
               for i, w in enumerate(words))


def drop_booking_boxes(body, page: str | None = None) -> None:
    """A box that offers the next free slot or the next groups to book goes: BOOKING_WORDS words or fewer besides
    one or two controls that open another page (no mail or phone link, none within the page; each on a line of its
    own, `_stands_alone`, or a button closing its box), none of the policy vocabulary, no year and no date of the
    policy, and either one time of day on a day of a month (`_day_and_month`) or two groups or more, each a line of
    GROUP_WORDS words or fewer with a day and month and another figure, its places. Its slot is the next one at each
    visit: a vehicle inspection station's `<aside>` under its policy's title, "Nejbližší volný termín / po 7. 3. v
    13:00 / Objednat se online", an emissions centre's Wix booking card after its notice, "Próximo horario
    disponible: lunes 15 de agosto, 13:40 / Agendar cita", a driving school's "Найближчі групи / Категорія A старт
    18.04 вільних місць: 1 / … / Записатися" (simulated driving_world: a version at nearly every capture of each).
    The box is the largest around the control that keeps within those words, and it opens or closes the document's
    prose (`_at_an_edge`). A colleague's review of 70 pages in 28 languages narrowed a first form that took a
    policy's own boxes: an officer's hours ("on Tuesdays from 10:00"), a request's cut-off, a nightly purge, each a
    time on no day; deletion dates and deadlines in a line ("am 30.06. und 31.12.", "do 31.03."), versions and
    sections ("v3.1 · v2.4", "4.2 and 5.1"); a paragraph ending in a link. A second review of 70 pages in 29
    languages narrowed the second, which took 29 of 31 boxes among a policy's sections that date one of its matters
    ("Junta de propietarios: jueves 15 de mayo, 19:00", "Purge annuelle : le 31 décembre à 23h59"), version logs and
    ranges ("Version 3.1 – new section 3", "Redovni upis: 02.05. – 16.05.", "1. Quartal: 31.03.").

    An event's date with its year goes when a count of its tickets or places follows (`_event_count`: a club's next
    match), and a box its class names a booking (`_booking_named`) goes with one time of day, no day needed,
    between the sections too (clubs_world, garage_world)."""
    lang = re.split(r"[-_\s]", (body.getroottree().getroot().get("lang") or "").strip(), maxsplit=1)[0].lower()
    for control in list(body.iter("a", "button")):
        href = (control.get("href") or "").strip().lower()
        if control.getparent() is None or href.startswith(("mailto:", "tel:", "#", "javascript:")) or \
                _nwords(_spoken(control)) > 4 or \
                not (_stands_alone(control) or _is_button(control) and _ends_box(control)):
            continue
        box, el = None, control.getparent()
        while el is not None and el is not body and el.tag not in ("main", "article", "td", "th", "tr", "table"):
            controls = list(el.iter("a", "button"))
            # (the policy's words asked only of a box with a figure: one without has no slot, and its words are
            # its parent's too)
            if len(controls) > 2 or _nwords(words := _besides(el, controls)) > BOOKING_WORDS or \
                    _FIGURES.search(words) and checks.policy_terms(words):
                break
            box, el = el, el.getparent()
        if el is None or box is None or box.tag == "p":
            continue  # (no box, a paragraph, or a box inside one dropped already: out of the page)
        words = _besides(box, list(box.iter("a", "button")))
        if not _FIGURES.search(words) or _dated(box):
            continue
        times = _CLOCK_TIME.findall(words)
        if len(times) == 1 and not _YEAR.search(words) and _booking_named(box) or \
                (len(times) == 1 and (not _YEAR.search(words) and
                                      _day_and_month(_CLOCK_TIME.sub(" ", words), lang or None) or
                                      _event_count(box, words, page)) or
                 not _YEAR.search(words) and not times and
                 len([g for g in box.iterdescendants(*_LINE_BREAKING) if _offered_group(g)]) >= 2) and \
                _at_an_edge(box, body):
            _drop(box)


def _booking_named(box) -> bool:
    """Does the box's class or id, or one of its parts' but its controls', name a booking (Dynamicweb's
    `item_hjul_bookingteaser`, "booking-widget"), its words stating no sentence? Its one time of day is then its
    next free slot wherever it stands, on whatever day ("Næste ledige tid i Kolding: i morgen kl. 12.30 / Book tid"
    between a tyre chain's policy sections, garage_world). A hotel's or a salon's rule in a box so named is a
    sentence ("Unpaid reservations are released at 18:00."), and a button's own name names no box (a colleague's
    review)."""
    if not any("booking" in f"{el.get('class') or ''} {el.get('id') or ''}".lower()
               for el in box.iter(etree.Element) if el.tag not in ("a", "button")):
        return False
    return not any(t.strip()[-1:] in _SENTENCE_ENDS for t in box.itertext() if t.strip())


# a numeric date with a space after each dot, as Central European languages write it ("18. 5. 2022")
_SPACED_DATE = re.compile(r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.\s(?:0?[1-9]|1[0-2])\.\s(?:19|20)\d\d(?!\d)")


def _event_count(box, words: str, page: str | None) -> bool:
    """Does a box with one time of day state an event's date, its year with it, and after them a count of its
    places or tickets, sold or left (a figure that is no year: "18. 5. 2022. u 19:30, Dvorana Višnjik. Preostalo
    ulaznica: 432", "30. oktober 2022 kl. 17.00, Nordkyst Arena / Solgte billetter: 2 826 av 6 300", a club's next
    match after its policy, clubs_world), a label's count closing the box (`_LABELLED_COUNT`), its button to a ticket
    seller's site (`_sells_elsewhere`)? A webinar's date and hour alone, "Next webinar: 14 May 2024, 15:00", a
    meeting's venue with its postcode, a report's count as of a date stay (two colleagues' reviews)."""
    time = _CLOCK_TIME.search(words)
    date = _written_dates(box).search(words) or _SPACED_DATE.search(words)
    return date is not None and bool(_LABELLED_COUNT.search(words, max(time.end(), date.end()))) and \
        _sells_elsewhere(box, page)


def _sells_elsewhere(box, page: str | None) -> bool:
    """Does a link of the box lead to another site than the page's (a ticket seller's: entrio.hr, ticketco.events)?
    A report's figure "as of" a date and hour links the site's own report (a colleague's review)."""
    if not page:
        return False
    own = host_labels(urlsplit(page).hostname or "")[1]
    for control in box.iter("a"):
        try:
            host = urlsplit((control.get("href") or "").strip()).hostname
        except ValueError:
            continue
        if host and host_labels(host)[1] != own:
            return True
    return False


# a count its label states, closing the box's words: "Preostalo ulaznica: 432.", "Solgte billetter: 2 826 av 6 300"
# (an address's postcode or a hall's number follows no label: a colleague's review)
_LABELLED_COUNT = re.compile(r"[:：]\s*\d{1,3}(?:[\s.,]\d{3})*(?:\s*(?:/|\w{1,3})\s*\d{1,3}(?:[\s.,]\d{3})*)?\W*$")


def _offered_group(el) -> bool:
    """Is a line of a box a group it offers: GROUP_WORDS words or fewer, no line inside, a day and month without
    a year and another figure ("Категорія A (мотоцикл) старт 18.04 вільних місць: 1")?"""
    text = " ".join(_spoken(el).split())
    if next(el.iterdescendants(*_LINE_BREAKING), None) is not None or _nwords(text) > GROUP_WORDS or \
            len(_DAY_MONTH.findall(text)) != 1:
        return False
    m = _DAY_MONTH.search(text)  # (one date: not a range; no figure before it: not an ordinal's line, "1. Quartal")
    return not re.search(r"\d", text[:m.start()]) and bool(re.search(r"\d", text[m.end():]))


def _at_an_edge(box, body) -> bool:
    """Does the box open or close the prose of the page's `<main>` or `<article>` (the body's, without one): no
    paragraph, item or cell of PROSE_WORDS words or more besides its links before it there, or none after it,
    outside the page's chrome (`_page_chrome`; a menu's items are links)? A site's box stands above or below the document; a policy's own notes stand
    among its sections (a colleague's review)."""
    scope = next((up for up in box.iterancestors() if up.tag in ("main", "article") or up.get("role") == "main"), body)
    order = {el: i for i, el in enumerate(scope.iter())}
    inside = set(box.iter())
    at, end = order[box], max(order[el] for el in inside)
    prose = [order[el] for el in scope.iter("p", "li", "dd", "td") if el not in inside and
             _nwords(_besides(el, list(el.iter("a")))) >= PROSE_WORDS and not any(map(_page_chrome, el.iterancestors()))]
    return not any(i < at for i in prose) or not any(i > end for i in prose)


def _page_chrome(el) -> bool:
    """Is the element the page's header, footer, navigation, a form or a dialog (by its tag or role), or a consent
    manager's box or furniture by its class or id (`_class_verdict`: a cookie banner's notice after the document,
    a site banner in a `header_navbar-component` before it, are no prose of it)?"""
    return el.tag in ("header", "footer", "nav", "form", "dialog") or el.get("role") in _FURNITURE_ROLES or \
        _class_verdict(f"{el.get('class') or ''} {el.get('id') or ''}".lower(), True) is not None


def _ends_box(control) -> bool:
    """Does the control close its box, nothing after it (a card's button after its inline facts)?"""
    return control.getnext() is None and not (control.tail or "").strip()


def _slot_item(li) -> bool:
    """Is a list item a free slot a booking widget lists: one time of day (`_CLOCK_TIME`) among SLOT_ITEM_WORDS
    words or fewer, no link, no sentence, no label before a colon ("შაბ 11:00 კოსმოსური დარბაზი": Saturday, 11:00,
    the space room)? Opening hours are ranges, two times; "Server-Logs: täglich 03:00" is a schedule's field."""
    if li.tag != "li" or next(li.iter("a"), None) is not None:
        return False
    text = " ".join(li.text_content().split())
    return bool(text) and len(_CLOCK_TIME.findall(text)) == 1 and _nwords(text) <= SLOT_ITEM_WORDS and \
        text[-1] not in _CLAUSE_ENDS and ":" not in _CLOCK_TIME.sub("", text)


def _called(box, items) -> bool:
    """Is a box of listed slots (`_slot_item`) a booking widget's: no heading (a policy's list of times stands under
    its section's: a colleague's review set deletion runs, call-back times, shifts and newsletter days so, each
    with a link) and a button or a link besides the slots, not a mail or phone link (a contact box's), the call a
    picker ends with?"""
    return not box.xpath(_ANY_HEADING) and any(
        not any(li in a.iterancestors() for li in items) and
        not (a.get("href") or "").strip().lower().startswith(("mailto:", "tel:")) for a in box.iter("a", "button"))


def _picked(slots) -> bool:
    """Do two of `slots` (in document order) stand side by side, nothing but spaces between them, or in two items of
    one list?"""
    for one, two in zip(slots, slots[1:]):
        if one.getnext() is two and not (one.tail or "").strip():
            return True
    items = {li for li in (next((up for up in a.iterancestors() if up.tag == "li"), None) for a in slots)
             if li is not None}
    return len({li.getparent() for li in items}) < len(items)


# a countdown, as its markup names it: a class or id whose part is "countdown" or "timer" (`promo__countdown`,
# `sn-dropbar__timer`, jQuery Countdown's `countdown`, Divi's `et_pb_countdown_timer`), or the `data-countdown` its
# script reads
_COUNTDOWN_PARTS = frozenset(("countdown", "timer"))
_FIGURES = re.compile(r"\d+")
_COUNTDOWN_CANDIDATES = etree.XPath(".//*[contains(@class, 'ountdown') or contains(@class, 'imer') or "
                                    "contains(@id, 'ountdown') or contains(@id, 'imer') or @data-countdown]")


def drop_countdowns(body) -> None:
    """A countdown goes: an element its markup names so (`_COUNTDOWN_PARTS`, `ofertaCountdown`, `count-down`,
    `data-countdown`) whose words are a short line (_SMALL_WIDGET_WORDS at most, no heading) holding three figures
    or more (days, hours, minutes), or its own title over two bare figures (`_own_title_at_most`: "Hot Sale / 08
    Días 01 Hrs", Divi's module above a plumbing franchise's notice, trades_world), and no date: "Oferta expiră în
    04 zile 11:25:42" in an antivirus maker's offer box among its policy's sections (`benchmarks/simulated.py`'s
    security_world), "chiude tra 5g 11h 25m" in a sneaker shop's drop bar. It counts down to the second from the
    visit, a new text at every capture. The box around it goes with it when it is a call to action (`_call_to_action`, a button and a few
    words: a game studio's "Tähtilaivue 2 −40 % Steamissa / Ale päättyy 7 pv 14 h / Osta nyt" card above its
    policy, games_world), as the live count's rule took it whole; another box is then judged as any other. A
    colleague's review kept what a policy names a timer (a session timer's cookie, "we sign you out after 15
    minutes", "Gilt ab 01.06.2025, 10:00 Uhr": one period, or a date)."""
    for el in _COUNTDOWN_CANDIDATES(body):
        names = f"{el.get('class') or ''} {el.get('id') or ''}".lower().split()
        if (box := el.getparent()) is None or not (el.get("data-countdown") is not None or any(
                "countdown" in t.replace("-", "") or _COUNTDOWN_PARTS.intersection(_name_parts(t)) for t in names)):
            continue
        text = _spoken(el)
        if not _written_dates(el).search(text) and len(text.split()) <= _SMALL_WIDGET_WORDS and \
                (len(_FIGURES.findall(text)) >= 3 or next(el.iter(*_HEADINGS), None) is not None) and \
                _own_title_at_most(el):
            offer = _offer_around(el, text)
            _drop(el)
            if box is not body and box.getparent() is not None and _call_to_action(box, button=True):
                _drop(box)
            elif offer is not None and offer.getparent() is not None:
                _drop(offer)


def _own_title_at_most(el) -> bool:
    """Does a countdown hold no heading, or one only, its own title above its figures with none of the policy's
    vocabulary, the figures bare, each an element's whole text (Divi's countdown timer module: "Kongamano la Vijana
    2023 linaanza baada ya / 73 Siku : 11 Saa : 25 Dakika", a church's convention counted down between its policy's
    sections, faith_world), a unit's word at most beside each, two of them at least? A box of a policy's periods under
    a heading, "after <strong>15</strong> minutes idle, or <strong>12</strong> hours", in a sentence, one period
    under its heading ("Automatic sign-out / 15 minutes") or a heading alone stay (three colleagues' reviews; Divi's
    title alone between campaigns, "Servicio 24 horas", is left so)."""
    heads = list(el.iter(*_HEADINGS))
    if not heads:
        return True
    first = next((d for d in el.iterdescendants(etree.Element) if (d.text or "").strip()), None)
    bare = [d for d in el.iter(etree.Element) if not len(d) and re.fullmatch(r"\d{1,3}", d.text_content().strip())]
    rest = _spoken(el).replace(_spoken(heads[0]), " ", 1)
    return len(heads) == 1 and first is heads[0] and len(bare) >= 2 and not checks.policy_terms(_spoken(heads[0])) \
        and len(re.findall(r"[^\W\d_]+", rest)) <= len(_FIGURES.findall(rest))


def _offer_around(countdown, text: str):
    """The offer a countdown counts down for: the first box around it with words of its own, when those are an
    offer (an amount of money, a percentage or a button) of CALL_WORDS at most, none of the policy vocabulary, no
    date and no sentence ("Ưu đãi tháng 5: Giảm 20% cho học viên đăng ký theo nhóm 2 người / 00 00 00 00 / ĐĂNG
    KÝ NGAY", a monthly offer's title above its countdown, its button a LadiPage `<div>`: a yoga studio's page,
    `benchmarks/simulated.py`'s local_world, a version each month); None when there is no such box below the page's
    `<main>`, `<article>` or `<body>`. A colleague's review found a policy's own labels around such a timer on 7 of
    10 pages when no offer was asked ("Neue Fassung gültig ab 1. Juli 2025", "Thời hạn phản hồi yêu cầu: 30 ngày",
    "Konto zostanie trwale usunięte za")."""
    for up in countdown.iterancestors():
        if up.tag in ("body", "main", "article", "li", "td") or up.get("role") == "main":
            return None
        own = " ".join(_spoken(up).split())
        if own == " ".join(text.split()):
            continue
        rest = own.replace(" ".join(text.split()), " ", 1)
        offer = _offers(rest) or "%" in rest or any(_is_button(el) for el in up.iter(etree.Element))
        return up if offer and _nwords(rest) <= CALL_WORDS and not checks.policy_terms(rest) and next(
            up.iter("table", "dl"), None) is None and rest.rstrip()[-1:] not in _SENTENCE_ENDS and \
            not _written_dates(up).search(rest) else None
    return None


# a quotation as a whole block: opened and closed by quotation marks of any script
_QUOTED = re.compile(r"[«»“”„\"'‘’‚「『‹›][^«»“”„\"「」『』‹›]{8,}[«»“”\"'‘’」』‹›][.!]?")
# a testimonial's attribution: a dash, then a name, no figure ("– Anna S.", "— Jan, Brno"; five words at most)
_ATTRIBUTION = re.compile(r"[-–—―~]\s*[^\W\d_][^\d]{0,40}")
# the names testimonial and review widgets give their boxes (themes' `testimonial`, `review-card`, `feedback`,
# German themes' `kundenstimmen`)
_TESTIMONIAL_NAMES = re.compile(r"testimonial|review|feedback|kundenstimme|referenz|opini|depoiment|recensi|avis", re.I)
TESTIMONIAL_BOX_WORDS = 80  # the words of the box around a review in which its stars or its name are looked for


def drop_testimonials(body) -> None:
    """A customer's testimonial goes: a block whose words are a quotation alone, in quotation marks
    (`_QUOTED`), with its attribution (`_ATTRIBUTION`: "– Άννα Σ.") as the block's last line or the next block,
    naming no policy term, in a box that says it is a review: a box around it of TESTIMONIAL_BOX_WORDS words at most
    named so (`_TESTIMONIAL_NAMES`) or drawing stars ("4,9 ★★★★★ · 173 κριτικές Google"). A small business's site
    builder sets a review beside or after the policy's text and shows another at each publish (a plumber's Duda
    page: `benchmarks/simulated.py`'s local_world, a version at each). A colleague's review found a policy's own
    quotations with an attribution on 11 of 15 pages when nothing else was asked (a director's pledge, a clinic's
    oath, the consent checkbox's words, a reminder's text): they stand in no such box, and a quotation a sentence
    introduces (":") stays wherever it is."""
    for block in list(body.iter("p", "blockquote")):
        if block.getparent() is None or any(a.tag in ("li", "td", "th", "table") for a in block.iterancestors()):
            continue
        if _introduced_run(block):
            continue
        lines = _lines_of(block)
        if not lines or not _QUOTED.fullmatch(lines[0]):
            continue
        follower = None
        if len(lines) == 2:
            attribution = lines[1]
        elif len(lines) == 1 and (follower := block.getnext()) is not None and len(follower) <= 2 and \
                follower.tag in ("p", "cite", "footer", "div"):
            attribution = " ".join(follower.text_content().split())
        else:
            continue
        if not _ATTRIBUTION.fullmatch(attribution) or _nwords(attribution) > 5 or checks.policy_terms(lines[0]) or \
                not _in_review_box(block):
            continue
        if follower is not None:
            _drop(follower)
        _drop(block)
    _drop_review_lists(body)


REVIEW_WORDS = 80  # words of one item of a reviews widget: a name, a date, stars and a short text
_REVIEW_NAMES = re.compile(_TESTIMONIAL_NAMES.pattern)
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# the words of a class that name a review, whole ("ti-review-item", "testimonial-card"; not Spanish's "aviso")
_REVIEW_WORDS = frozenset(("review", "reviews", "testimonial", "testimonials", "feedback", "kundenstimme",
                           "kundenstimmen", "referenz", "referenzen", "opinion", "opinions", "opinião", "opiniones",
                           "opinioni", "depoimento", "depoimentos", "recensione", "recensioni", "recension", "avis"))


def _names_a_review(el) -> bool:
    return any(_REVIEW_WORDS.intersection(_name_parts(t)) for t in (el.get("class") or "").lower().split())


def _rated_or_dated(item) -> bool:
    """Does a review's box rate or date it: a star glyph, an element whose class names stars or a rating, or a
    line that dates it ("2 weken geleden", `meta.relative_time`; "3 March 2024")? (A theme's stars drawn by CSS in
    empty elements are gone by then: `tidy_markup`.)"""
    from .meta import relative_time
    return bool(_STARS.search(item.text_content())) or any(
        _RATING_NAMES.intersection(_name_parts(t)) for d in item.iter(etree.Element)
        for t in (d.get("class") or "").lower().split()) or any(
        relative_time(line) or ANY_DATE.search(line) for t in item.itertext() if (line := " ".join(t.split())))


def _drop_review_lists(body) -> None:
    """A reviews widget's list goes: two sibling boxes or more of one class that names a review (`_REVIEW_WORDS`,
    a whole word of it: Trustindex's `ti-review-item`), each of REVIEW_WORDS words at most, rated or dated
    (`_rated_or_dated`), no heading, table or list in it and no policy term, outside any table or list. A
    Google-reviews slider after a business centre's policy showed its newest reviews, and each new one made a
    version (Elementor with Trustindex, coworking_world);
    the quotations `drop_testimonials` reads are one review each. A colleague's review found a policy's own items
    so named that speak no term of its vocabulary (the review platforms it shares data with, the kinds of review a
    review site's policy describes, Spanish `aviso` notes): they are neither rated nor dated, and stay."""
    names = set(_REVIEW_NAMES.findall(_class_names(body).lower()))  # (lower-cased: five times faster than re.I)
    if not names:
        return  # (most pages name no review)
    named = body.xpath(" | ".join(f".//*[contains(translate(@class, '{_UPPER}', '{_UPPER.lower()}'), '{n}')]"
                                  for n in names))
    for parent in {el.getparent() for el in named if _names_a_review(el)}:
        if parent is None or parent.getparent() is None or \
                any(a.tag in ("li", "td", "th", "table") for a in itertools.chain([parent], parent.iterancestors())):
            continue
        by_class = collections.defaultdict(list)
        for child in parent:
            if isinstance(child.tag, str) and _names_a_review(child):
                by_class[child.get("class")].append(child)
        for items in by_class.values():
            if len(items) >= 2 and all(
                    _nwords(text := " ".join(item.text_content().split())) <= REVIEW_WORDS and
                    not checks.policy_terms(text) and _rated_or_dated(item) and
                    next(item.iter(*_HEADINGS, "table", "ul", "ol"), None) is None for item in items):
                for item in items:
                    _drop(item)


def _in_review_box(block) -> bool:
    """Is `block` in a box of TESTIMONIAL_BOX_WORDS words at most that names itself a review or draws stars?"""
    for box in itertools.chain([block], block.iterancestors()):
        if box.tag in ("body", "main", "article") or _nwords(" ".join(box.text_content().split())) > TESTIMONIAL_BOX_WORDS:
            return False
        if _TESTIMONIAL_NAMES.search(f"{box.get('class') or ''} {box.get('id') or ''}") or \
                _STARS.search(box.text_content()):
            return True
    return False


def _lines_of(el) -> list[str]:
    """The element's lines, a `<br>` a line break, spaces collapsed."""
    parts = [el.text or ""]
    for child in el.iterdescendants():
        if child.tag == "br":
            parts.append("\n")
        elif isinstance(child.tag, str) and child.text:
            parts.append(child.text)
        if child.tail:
            parts.append(child.tail)
    return [" ".join(line.split()) for line in "".join(parts).split("\n") if line.strip()]


# a reusable fragment of the site that a CMS places inside a page's content: AEM's experience fragment (Core
# Components' `cmp-experiencefragment`), Joomla's custom module as `{loadposition}` writes it (`custom` in Joomla 3,
# `mod-custom` in 4); and a live component the server renders and refreshes on its own (Livewire's `wire:id`, an
# Astro island)
_FRAGMENT_CANDIDATES = etree.XPath(".//div[contains(@class, 'experiencefragment') or contains(@class, 'custom')] | "
                                   ".//*[@*[name()='wire:id']] | .//astro-island")
_FRAGMENT_NAMES = frozenset(("cmp-experiencefragment", "custom", "mod-custom"))
FRAGMENT_WORDS = 60  # a fragment's words at most: a promotion's box or a widget, not a text
_EXCLAIMED = re.compile(r"[!！](?=\s|$)")
EXCLAIMS = 2  # sentences a promotion exclaims: "… kayıtlarımız devam ediyor! … Son 6 kontenjan!"
INTERJECTION_WORDS = 2  # an exclamation this early opens a warning ("Uwaga! Nigdy nie prosimy …"), it sells nothing


def _exclaims(text: str) -> bool:
    """Does a fragment's text exclaim as a promotion does, EXCLAIMS times, an opening interjection not counted? A
    driving school's module inside its notice, "Kasım 2021 dönemi kayıtlarımız devam ediyor! … Son 6 kontenjan!
    Bilgi için: 0232 339 44 55", a new term and count at each visit (local_world); a bank's "Dėmesio! Bankas
    niekada neprašo slaptažodžio" or a promise "We answer every request within 48 hours!" in such a box is the
    policy's (a colleague's review)."""
    marks = [m.start() for m in _EXCLAIMED.finditer(text)]
    if marks and _nwords(text[:marks[0]]) <= INTERJECTION_WORDS:
        marks = marks[1:]
    return len(marks) >= EXCLAIMS


def drop_site_fragments(body) -> None:
    """A fragment of the site or a live component inside the page (`_FRAGMENT_CANDIDATES`) goes when it is a
    promotion or a widget: FRAGMENT_WORDS words at most, none of the policy vocabulary, no heading, no mail link, no
    sentence before it introducing it (":"), and either a call to action (a link or a button standing alone, not a
    phone's) or a place before the document's title. A football club's box office ("Biglietteria / Brenta – Padova /
    Curva Sud ESAURITO / Acquista") between an AEM policy's sections and a farm app's Livewire weather strip above
    its policy's title, edited for every page at once or refreshed at every visit, made a version at each change
    (`benchmarks/simulated.py`'s events_world and agri_world). A colleague's review found a policy's own words in
    such fragments on all of 16 pages when only words and headings were asked: a controller's address, a data
    protection officer's phone, lists of processors and recipients, retention periods; none has a call to action,
    and each follows the policy's title."""
    title = None
    for box in _FRAGMENT_CANDIDATES(body):
        if box.getparent() is None or box.tag == "div" and "wire:id" not in box.attrib and \
                _FRAGMENT_NAMES.isdisjoint((box.get("class") or "").split()):
            continue
        text = " ".join(box.text_content().split())
        if not text or _nwords(text) > FRAGMENT_WORDS or checks.policy_terms(text) or box.xpath(_ANY_HEADING) or \
                any((a.get("href") or "").lower().startswith("mailto:") for a in box.iter("a")):
            continue
        outer = box
        while (up := outer.getparent()) is not None and up is not body and \
                " ".join(up.text_content().split()) == text:
            outer = up
        if _introduced_run(outer):
            continue
        calls = [a for a in box.iter("a", "button") if not (a.get("href") or "").lower().startswith("tel:")
                 and _stands_alone(a)]
        if not calls and not _exclaims(text):
            title = title if title is not None else _legal_title(body)
            if title is None or title not in _FOLLOWING_H1(box):
                continue
        _drop(outer)


# a teaser, as content management systems name the card that previews another page: AEM's Core Components
# `cmp-teaser`, Drupal's `node--view-mode-teaser`, TYPO3's and themes' `teaser`; and a promotion's card, as themes
# and editors name it (`promo`, `promo-tocke`: a coffee chain's weekly loyalty offer above its policy, food_world),
# or a banner (Magento's banner widget, `block-banners` in a dynamic block between a tyre shop's policy sections,
# its season's offer: garage_world)
_TEASER_NAME = re.compile(r"(?:^|[-_\s])(?:teasers?|promos?|banners?)(?:$|[-_\s])", re.I)
_BANNER_NAME = re.compile(r"(?:^|[-_\s])banners?(?:$|[-_\s])", re.I)


def _sells(text: str) -> bool:
    """Does a box's text sell: an amount of money, a share off, or an exclamation ("Tijd voor zomerbanden!")?"""
    return _offers(text) or "%" in text or "!" in text or "！" in text


def _offers(text: str) -> bool:
    """Does the text offer an amount of money (`currencies.amounts`: "Sleva 200 Kč", "Цена от 200 лв.", "50 €
    offerts")? An amount its label states, after a colon or a dash, is a value the text gives, a fee or a charge
    ("Такса за издаване на копие: 10 лв.", "Стоимость повторной выдачи карты — 100 руб.", a policy's fees in
    boxes named banners or calls to action: a colleague's review)."""
    return any(text[:start].rstrip()[-1:] not in _LABEL_ENDS for start, _ in _amounts(text))


_LABEL_ENDS = ":：-–—"


_TEASER_CANDIDATES = etree.XPath(".//*[contains(@class, 'teaser') or contains(@class, 'Teaser') or "
                                 "contains(@class, 'promo') or contains(@class, 'Promo') or "
                                 "contains(@class, 'banner') or contains(@class, 'Banner')]")


def drop_teasers(body, page: str | None = None) -> None:
    """A teaser anywhere in the page, a card its component names so (`_TEASER_NAME`) that previews another page:
    a title, a line or two (CALL_WORDS words at most outside its links), a link standing alone, none of the policy
    vocabulary: a wearables maker's "Nordvik Trail X / Ingyenes szíj minden Trail X mellé / Megnézem" set by its
    testing tool between its policy's introduction and its sections, its offer drawn anew by the campaign (a
    simulated AEM page, `benchmarks/simulated.py`'s health_world: a version at each change). When its link leads to
    another page, its line or two may hold twice those words (TEASER_SENTENCES sentences besides its headings and
    links, `_sentences_in`): a distillery's "Il cocktail del giorno / ## Negroni Bassanese / 3 cl gin, 3 cl vermouth
    rosso, 3 cl Amaro Ferraguti, scorza d'arancia. / Scopri tutte le ricette" after its policy, a new recipe each
    day, 20 to 22 words (drinks_world); an optician's Magento `promo-box` between two sections of its policy,
    "Druga para za 1 zł / Kupując okulary korekcyjne, drugą parę … otrzymasz za 1 zł. Szczegóły w regulaminie
    promocji. / Sprawdź oprawy", the month's offer (wellness_world). A policy's own summary in a box so named, two
    long sentences or a list with "Read the full text" (a colleague's review), is more or leads to the policy's
    own place. The outermost box so named goes; a teaser of the policy's matters ("Your privacy choices /
    Manage how we use your personal data") stays, and so does one without a link of its own or one stating the
    policy's date ("Stand: 1. März 2024 · Fassung 4": a colleague's review)."""
    if not _TEASER_NAME.search(_class_names(body)):
        return
    for box in _TEASER_CANDIDATES(body):
        if box.getparent() is None or not any(_TEASER_NAME.search(t) for t in box.get("class").split()) or \
                any(_TEASER_NAME.search(t) for up in box.iterancestors() for t in (up.get("class") or "").split()):
            continue
        links = [a for a in box.iter("a") if _stands_alone(a)]
        if not links or checks.policy_terms(_spoken(box)) or _dated(box) or \
                not any(_TEASER_NAME.search(t) and not _BANNER_NAME.search(t) for t in box.get("class").split()) and \
                not _sells(_spoken(box)):
            continue  # (a box named a banner only when it sells: "We answer every request within one month." stays)
        words = _words_besides(box, links)
        if words <= CALL_WORDS or words <= 2 * CALL_WORDS and any(_leads_elsewhere(a.get("href"), page)
                                                                   for a in links) and \
                _sentences_in(box, links + list(box.iter(*_HEADINGS))) <= TEASER_SENTENCES:
            _drop(box)


TEASER_SENTENCES = 2  # a teaser card's text besides its title and links: "a line or two"


def _leads_elsewhere(href: str | None, page: str | None) -> bool:
    """Does a link lead to another page than `page` (in any of its forms, `normalise.hash_url`), not to a place on
    it?"""
    target = urldefrag(href or "")[0]
    return bool(target) and (page is None or _page_form(target) != _page_form(page))


def _sentences_in(box, parts=()) -> int:
    """How many sentences the box says outside `parts` (its links, its headings): its text's sentence marks
    (`_SENTENCE_ENDS`; a full-width one needs no space after it), each item or cell of a list or table that ends in
    none, and the text's last run when it ends in none ("Il cocktail del giorno / … d'arancia." is one)."""
    skip = {id(p) for p in parts}
    items = 0
    texts = []
    for el in box.iter(etree.Element):
        if any(id(a) in skip for a in el.iterancestors()):
            continue
        if id(el) in skip:
            texts += [el.tail] if el.tail and el.tail.strip() and el is not box else []
            continue
        if el.tag in ("li", "td", "th", "dd"):
            own = " ".join(" ".join(el.itertext()).split())
            items += bool(own) and own[-1] not in _SENTENCE_ENDS
        texts += [t for t in (el.text, el.tail if el is not box else None) if t and t.strip()]
    text = " ".join(" ".join(texts).split())
    return len(_SENTENCE_MARK.findall(text)) + items + (bool(text) and text[-1] not in _SENTENCE_ENDS and not items)


_SENTENCE_MARK = re.compile(f"[{_SENTENCE_ENDS}]+(?:(?=\\s|$)|(?<=[。！？]))")


_SPONSORED = etree.XPath(".//a[contains(concat(' ', normalize-space(@rel), ' '), ' sponsored ')]")
SPONSOR_LABEL = 3  # words beside a sponsored link in its box: "Sponsored:", "贊助：", "Anzeige"


def drop_sponsored(body) -> None:
    """A link its page marks as paid (`rel="sponsored"`, which Google asks of ads and affiliate links) goes with the
    box around it holding no more than a short label ("贊助：" before a block explorer's ad beside its policy's
    title, drawn anew at each visit: crypto_world), a box that is no paragraph, list item or table cell."""
    for a in _SPONSORED(body):
        if body not in a.iterancestors():
            continue
        box = a
        while (up := box.getparent()) is not None and up is not body and up.tag not in _ENTRIES and \
                len(_spoken(up).split()) - len(_spoken(a).split()) <= SPONSOR_LABEL and \
                next(up.iter(*_HEADINGS), None) is None:
            box = up
        if box is not a:  # a link in a sentence, a list's item or a table's cell is the policy's (a plugin marks
            _drop(box)  # every outbound link sponsored; an affiliate's list of its partners: a colleague's review)


_ENTRIES = frozenset(("li", "td", "th", "dd", "p"))


_PAGE_BANDS = etree.XPath(".//header | .//footer | .//*[@role='banner' or @role='contentinfo']")
_WARNING_NAME = re.compile(r"warning|warnhinweis|risk|disclaimer|avertissement|advertencia|avviso", re.I)
REPEAT_WORDS = 12  # words of a site-wide statement, at least, for it to be known again inside the document


def drop_site_repeats(body) -> None:
    """A box inside the page's `<main>` or `<article>` that holds only a statement the page also prints outside
    them (in its header band, its footer) goes: the site's statement, set again in the text by its editors, not
    the policy's. A broker's risk warning ("CFDs are complex instruments … 76% of retail investor accounts lose
    money …"), whose figure its regulator has it restate each quarter, made a version each time (a simulated CFD
    broker's page, `benchmarks/simulated.py`'s fintech_world). Only a box around the statement's paragraph (a
    `<div>`, `<section>` or `<aside>` holding nothing else) that is marked a note or a warning (`role="note"` or
    `"alert"`, a class or id naming a warning, a risk or a disclaimer), REPEAT_WORDS words or more, with no link
    and none of the policy's vocabulary: a paragraph of the text that says what the footer says (a company's
    registration line under "Who we are", a scope line) is the policy's and stays, in a page builder's box too (a
    colleague's review: Elementor's, Divi's, Gutenberg's groups wrap every paragraph). A page with neither has the
    statement printed in its `<header>` or `<footer>` (or ARIA's banner or contentinfo) and again in its body."""
    scopes = body.xpath(".//main | .//*[@role='main'] | .//article")
    # (a page without them: the statement printed in its header or footer, `_PAGE_BANDS`, and again in its body)
    outside, stack = set(), [body] if scopes else _PAGE_BANDS(body)
    scopes = scopes or [body]
    while stack:
        for child in stack.pop():
            if not isinstance(child.tag, str) or child.tag in ("main", "article", "script", "style", "template") or \
                    child.get("role") == "main":
                continue
            if child.tag in ("p", "div") and _nwords(text := " ".join(child.text_content().split())) >= REPEAT_WORDS:
                outside.add(text)
            stack.append(child)
    if not outside:
        return
    for scope in scopes:
        for p in list(scope.iter("p")):
            text = " ".join(p.text_content().split())
            if text not in outside or p.getparent() is None or next(p.iter("a"), None) is not None or \
                    checks.policy_terms(text):
                continue
            box = p
            while (up := box.getparent()) is not None and up is not scope and up.tag in ("div", "section", "aside") \
                    and " ".join(up.text_content().split()) == text:
                box = up
            if box is not p and (box.get("role") in ("note", "alert") or
                                 _WARNING_NAME.search(f"{box.get('class') or ''} {box.get('id') or ''}")):
                _drop(box)


FORM_TITLE_WORDS = 30  # words a form's own box holds besides the form: its title, a line or two of help, a status


def _priced_card(box) -> bool:
    """Is the box one of a grid of a shop's cards, each with a price its markup names (`_names_price`)? Such a grid
    is judged whole (`drop_tiles`), its title with it; dropped card by card with their cart forms (`_form_box`),
    a shop's list of products after a policy left its sold-out card and its title, another at each visit (a
    simulated Magento shop, pets_world). Cards titled by headings are a section's (a credit bureau's fee cards, each
    with its order form, under the policy's heading and sentence: a colleague's review), and go card by card."""
    def priced(el) -> bool:
        return any(_names_price(p) for p in _PRICE_CANDIDATES(el))

    def kin(el) -> list:
        return [c for c in itertools.chain(el.itersiblings(preceding=True), el.itersiblings())
                if isinstance(c.tag, str) and c.tag == el.tag and c.get("class") == el.get("class")]
    card = box  # (or the item it is the only element of: Magento's `<li class="product-item">` around its box)
    while not kin(card) and (up := card.getparent()) is not None and sum(isinstance(c.tag, str) for c in up) == 1:
        card = up
    return priced(box) and any(map(priced, kin(card))) and not _HAS_HEADING(card)


def _form_box(form):
    """The box a form stands in with its own title and lines (a call-back service's "Rückruf-Service / Wir rufen
    Sie gern zurück. Jetzt erreichbar", a newsletter's "Stay informed / Subscribe to our news"): the widest box
    around the form whose words besides the form's are FORM_TITLE_WORDS at most, none of the policy vocabulary and
    no date line, under no numbered heading, and that does not continue the text before it (a paragraph, a list, a
    table or a heading just before the box). It goes with the form: its status moves with the hour (a simulated
    health insurer's TYPO3 form beside its policy, `benchmarks/simulated.py`'s longform_world: a version whenever
    the line was open or closed). A form in a section of the policy ("8. Your rights / Use this form", "Contact us /
    Acme Ltd, 1 High Street", an opt-out's explanation) leaves its section (a colleague's review)."""
    from .meta import declared_date
    box = form
    while (up := box.getparent()) is not None and up.tag not in _NOT_WIDGET and up.tag != "body":
        prev = up.getprevious()
        outside = _text_outside(up, form)
        if _nwords(outside) > FORM_TITLE_WORDS or prev is not None and prev.tag in _CONTINUING or \
                checks.policy_terms(outside) or declared_date(outside, None) or \
                any(_numbered_heading(h) for h in up.iter(*_HEADINGS)):
            break
        box = up
    return box


_CONTINUING = frozenset(("p", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5", "h6"))  # text a box goes on


def _text_outside(box, part) -> str:
    """The words of `box` that are not `part`'s (its own text and tail aside)."""
    out = []
    for t in box.xpath(".//text()"):
        owner = t.getparent()
        if not (owner is part and not t.is_tail or any(a is part for a in owner.iterancestors())):
            out.append(t)
    return " ".join(out)


def _stands_alone(control) -> bool:
    """A control set apart (a button, a link on a line of its own), not a link in a line of text (a colleague's
    review: "Effective date: 1 March 2025 · Previous versions", "… or through our contact form")."""
    return not _text_around(control).strip(" \n\t·|-–")


def _text_around(el) -> str:
    """The words of the element's parent on its line: the parent's own text and its inline children's, the
    element's and those of children that break the line (`_LINE_BREAKING`) left out."""
    parent = el.getparent()
    return (parent.text or "") + "".join((c.tail or "") + ("" if c is el or c.tag in _LINE_BREAKING else
                                                           c.text_content()) for c in parent if isinstance(c.tag, str))


_LINE_BREAKING = frozenset(("p", "div", "ul", "ol", "li", "section", "table", "br", "h1", "h2", "h3", "h4", "h5",
                            "h6"))


# a link styled as a button: Bootstrap's `btn`, themes' `button` and `gh-button`, `cta`, WPBakery's `vc_btn3`
_BUTTON_CLASS = re.compile(r"(?:^|[-_])(?:btn|button|cta)\d*(?:$|[-_])", re.I)


def _dated(box) -> bool:
    """Does the box state a date of the policy (`meta.declared_date`)?"""
    from .meta import declared_date
    return declared_date(" ".join(box.text_content().split())) is not None


def _is_button(control) -> bool:
    """A `<button>`, or a link its class styles as one (`_BUTTON_CLASS`)."""
    return control.tag == "button" or any(_BUTTON_CLASS.search(t) for t in (control.get("class") or "").split())


def _call_to_action(box, button: bool = False) -> bool:
    """A box of a few words (CALL_WORDS outside its links), none of the policy vocabulary, with a control that
    stands alone (`_stands_alone`) and is no mail or phone link; under a heading, only with a button ("Contact us /
    Acme Ltd, 1 Road / Contact form" stays: a controller's address); with `button`, only with a button."""
    controls = [a for a in box.iter("a", "button")
                if not (a.get("href") or "").lower().startswith(("mailto:", "tel:")) and _stands_alone(a)]
    if not controls or (button or box.xpath(_ANY_HEADING)) and not any(_is_button(c) for c in controls):
        return False
    return _words_besides(box, controls) <= CALL_WORDS and not checks.policy_terms(_spoken(box))


def _words_besides(box, controls) -> int:
    """The box's words outside its controls' text, its markup's indentation no word and a figure one ("14.929")."""
    return _nwords(_IN_FIGURE.sub("", _besides(box, controls)))


def _besides(box, parts) -> str:
    """The box's text outside its `parts`' text, its whitespace collapsed."""
    outside = _spoken(box)
    for a in parts:
        outside = outside.replace(_spoken(a), " ", 1)
    return " ".join(outside.split())


_IN_FIGURE = re.compile(r"(?<=\d)[.,'’](?=\d)")


def _spoken(el) -> str:
    """The element's text with its text nodes set apart, as a reader hears them: minified markup's items
    (`<li>Kontakt</li><li>Datenschutzbeauftragter</li>`) are two words, not one `text_content()` glues."""
    return " ".join(el.itertext())


VIEWS = 3  # sibling views of a one-page site, at least: a pair is a tab set (`_full_layer`, `_regional_panel`)
VIEW_SHARE = 0.5  # of the page's text that the policy's view holds: the page is there for it
_HIDDEN_BOXES = etree.XPath(".//*[self::section or self::article or self::div][@hidden or @aria-hidden='true' "
                            "or contains(@style, 'none') or contains(@style, 'hidden')]")


def show_located_tab(body) -> None:
    """A tab set of places whose shown tab the visitor's location picks (geo-IP at the edge, the browser's
    locale): every tab is named by a place alone ("United States", "EU/EEA") or a privacy law ("USA (CCPA)"; the
    `tab` a panel's `aria-labelledby` names, or whose `aria-controls` names it: WAI-ARIA's Tabs pattern), and the
    panel shown is a notice that supplements a hidden one, the longest: of its kind, NOTICE_SHARE of its length
    at most, in its script and language, not a policy of its own (`_another_policy`), the longest one a policy
    (three of the vocabulary's terms). The page is then read as a visitor shown that panel, the policy whole,
    reads it (it shown, the notice hidden; `hidden_verdict` judges the rest), so that a capture from another
    place is the same version: read as shown, a rider's notice was the U.S. notice alone at one visit in five and
    the European policy at the others (`benchmarks/simulated.py`'s market_world: 9 false versions, and 2 edits of
    the European policy missed at captures 12 hours apart). A colleague's review of 101 pages narrowed a first
    form that took an EU visitor's policy for a notice of a longer U.S. one, an archived or an audience's tab
    ("Australia — Before 1 July 2023", "Canada — Job Applicants") for a place, a country's store hours for a
    notice, and unhid a panel a class hides (jQuery UI's `ui-tabs-hide`)."""
    from .meta import language
    lang = body.getroottree().getroot().get("lang")
    for parent in {el.getparent() for el in _TAB_PANELS(body)}:
        panels = [c for c in parent if isinstance(c.tag, str) and c.get("role") == "tabpanel"]
        shown = [c for c in panels if not _is_hidden(c)]
        if len(panels) < 2 or len(shown) != 1:
            continue
        labels = []
        for panel in panels:
            tabs = [t for i in (panel.get("aria-labelledby") or "").split() for t in _indexed(panel, "id", i)]
            if panel.get("id"):
                tabs += _indexed(panel, "aria-controls", panel.get("id"))
            labels.append([_label(t) for t in tabs])
        if not all(labels) or not all(_place_label(label, lang) for tab_labels in labels for label in tab_labels):
            continue  # (first: the language test below loads langdetect's profiles, 60 MB a process)
        whole = max((c for c in panels if c is not shown[0]), key=_text_len)
        size, text, full = _text_len(shown[0]), shown[0].text_content(), whole.text_content()
        if _kind(whole) != _kind(shown[0]) or size > NOTICE_SHARE * _text_len(whole) or \
                len(checks.policy_terms(full)) < 3 or _script(text[:2000]) != _script(full[:2000]):
            continue  # (a panel of fewer than three of the vocabulary's terms is no policy: `show_policy_view`)
        if (size < LANGUAGE_SAMPLE or language(text) in (None, language(full))) and \
                not _another_policy(shown[0], [whole], 2):
            # not a translation (a line is no sample of a language: a U.S. notice read as French), nor the place's
            # own policy (numbered from 1 again, or under the longest one's headings)
            shown[0].set("hidden", "")
            for attr in ("hidden", "aria-hidden"):
                whole.attrib.pop(attr, None)
            if (style := _HIDDEN_STYLE.sub("", whole.get("style") or "")) != (whole.get("style") or ""):
                whole.set("style", style)


def _place_label(label: str, lang: str | None) -> bool:
    """Is a tab's label a place alone (a territory's name in English or the page's language `lang`, by CLDR, or
    region codes: "United States", "EU/EEA") or a privacy law's ("USA (CCPA)"), naming no other document? Not a
    place and more ("Europe – Summary", "Deutschland (2024)", "Canada — Job Applicants")."""
    if _names_another_document(label):
        return False
    if _PRIVACY_LAWS.search(label):
        return True
    words = [w for w in re.split(r"[\W_]+", label.lower()) if w]
    return bool(words) and (all(w in _REGION_CODES for w in words) or
                            " ".join(words) in _territory_names((lang or "en").split("-")[0].lower()))


_TAB_PANELS = etree.XPath(".//*[@role='tabpanel']")
LANGUAGE_SAMPLE = 200  # characters of a text, at least, whose language `meta.language` tells reliably
# of the longest panel's text that a notice supplementing it holds at most: market_world's rider notices held 0.10
# to 0.13 of the policy; a colleague's review's whole policies of other places, 0.42 to 0.79 (those over a half
# kept, those under it read as notices when nothing else tells them apart)
NOTICE_SHARE = 0.5


def show_policy_view(body) -> None:
    """A one-page site's privacy policy, kept in a view the page hides until its link is followed: the page's
    views are sibling boxes of one kind (its `<section>`s: "home", "timetable", "prices", "contact",
    "privacy"), one shown, the others hidden, each under its own title, and a script shows the one a link's
    `#anchor` names (Carrd publishes every site so; a simulated pilates studio's policy,
    `benchmarks/simulated.py`'s officedocs_world, made a version at every change of its timetable). The view
    titled as the privacy policy is then the page's policy, the other views the site's other pages, when the
    view shown is not the policy (no privacy title, less text, not a version of it) and the policy's view holds
    half the page's text (not a FAQ's answer on data protection: a colleague's review). A hidden view titled so
    among views that are not the site's pages (a pair of layers, a legal hub's tabs beside other blocks) is judged
    by `hidden_verdict`."""
    from ..classify import heading_kind
    parents = set()
    for el in _HIDDEN_BOXES(body):
        if not _is_hidden(el) or (parent := el.getparent()) is None or parent in parents:
            continue
        parents.add(parent)  # (its views are judged once; the cheap tests first: a page hides many boxes)
        kind = _kind(el)
        views = [c for c in parent if isinstance(c.tag, str) and _kind(c) == kind]
        if len(views) < VIEWS or sum(1 for c in views if not _is_hidden(c)) != 1:
            continue
        titles = [next(v.iter(*_HEADINGS), None) for v in views]
        if any(t is None for t in titles):
            continue
        titled = [v for v, t in zip(views, titles) if heading_kind(_label(t))[0] == "privacy_policy"]
        if len(titled) != 1 or not _is_hidden(el := titled[0]):
            continue
        shown = [c for c in views if not _is_hidden(c)]
        if _text_len(shown[0]) >= _text_len(el) or _text_len(el) < VIEW_SHARE * _text_len(body) or \
                len(views) != sum(1 for c in parent if isinstance(c.tag, str) and _text_len(c) > 0):
            continue
        if len(checks.policy_terms(_spoken(el))) < 3 or \
                _contained(shown[0].text_content(), el.text_content()) >= LAYER_SHARED:
            continue  # (a version switcher's current text, shown, and an older one, hidden: a colleague's review)
        for view in views:
            if view is not el:
                _drop(view)
        for attr in ("hidden", "aria-hidden", "style"):
            el.attrib.pop(attr, None)
        return


# the words of a show/hide control (a disclosure toggle), in the supported languages: navigation, not text
TOGGLE = re.compile(
    r"^\W*(?:(?:see|show|view|read|hide|expand|collapse|open|close|click (?:here )?to (?:see|show|expand|read))"
    r"(?: (?:the |all )?(?:details?|more|less|all|full (?:text|policy)|everything|summary))?|details|more|less|"
    r"mehr(?: (?:anzeigen|lesen|erfahren))?|weniger(?: anzeigen)?|details anzeigen|en savoir plus|"
    r"(?:voir|afficher|lire) (?:plus|moins|la suite|le détail|les détails)|ver (?:más|menos|detalles)|leer más|"
    r"mostra(?:re)? (?:di più|altro|meno)|leggi (?:di più|tutto)|mostrar (?:mais|menos)|saiba mais|lees meer|"
    r"toon meer|展开|收起|查看(?:详情|更多|全文)|更多|詳細(?:を見る)?|もっと見る|閉じる|더 ?보기|접기|"
    r"подробнее|показать (?:больше|все)|скрыть|"
    # the same controls in more languages (their standard words, not any page's)
    r"mostrar (?:más|todo)|ocultar|masquer|réduire|développer|tout afficher|ausblenden|einblenden|alle anzeigen|"
    r"nascondi|espandi|chiudi|mostra tutto|ver mais|leia mais|toon minder|lees minder|verbergen|"
    r"meer weergeven|pokaż (?:więcej|mniej)|rozwiń|zwiń|czytaj więcej|zobrazit (?:více|méně)|skrýt|"
    r"daha (?:fazla|az) göster|devamını oku|gizle|visa (?:mer|mindre)|läs mer|dölj|vis (?:mere|mer|mindre)|"
    r"læs mere|les mer|skjul|näytä (?:lisää|vähemmän)|lue lisää|piilota|"
    r"mutasd? (?:többet|kevesebbet)|zobraziť (?:viac|menej)|skryť|arată mai (?:mult|puțin)|ascunde|"
    r"δείτε περισσότερα|περισσότερα|απόκρυψη|اقرأ المزيد|عرض المزيد|إخفاء|הצג עוד|קרא עוד|הסתר|"
    r"続きを読む|詳しく見る|펼치기|닫기|자세히 보기|显示更多|展开全部|收起全部|顯示更多|展開|收合|"
    r"свернуть|развернуть|читать далее|показать меньше|показати (?:більше|менше)|згорнути|"
    r"xem thêm|thu gọn|baca selengkapnya|lihat (?:lebih banyak|selengkapnya)|sembunyikan|"
    r"ดูเพิ่มเติม|ซ่อน|और देखें|कम देखें)\W*$", re.I)


_ROLE_BUTTON = etree.XPath(".//*[@role='button'][not(self::a or self::button or self::input)]"
                           "[not(.//p or .//ul or .//ol or .//table or .//h1 or .//h2 or .//h3 or .//h4)]")


def role_buttons(tree) -> None:
    """An element with `role="button"` is a button (WAI-ARIA: the role makes a `<div>` or `<span>` a button for
    every reader): a "Copy link" control, or an accordion's header, is then judged by the rules for buttons
    below, instead of being read as a line of the policy. A link keeps its role (it still leads somewhere),
    and an element holding paragraphs, lists or headings is a clickable card, not a control."""
    for el in _ROLE_BUTTON(tree):
        el.tag = "button"


_BACK_TO_TOP = re.compile(r"^\W*(?:back to (?:the )?top|scroll to top|top of (?:the )?page|top|retour en haut(?: de (?:la )?"
                          r"page)?|haut de page|nach oben|zum seitenanfang|volver arriba|ir arriba|torna su|"
                          r"voltar ao topo|terug naar boven|返回顶部|回到顶部|トップへ戻る|ページの先頭へ|맨 위로|"
                          # more languages' standard words (a same-page link only: see `drop_back_to_top`)
                          r"(?:powrót )?(?:do|na) góry|na górę|(?:zpět )?nahoru|(?:вернуться )?наверх|вгору|нагору|"
                          r"başa dön|yukarı çık|sayfa başına dön|(?:tillbaka )?till toppen|(?:tilbage )?til toppen|"
                          r"takaisin ylös|sivun alkuun|voltar (?:para o topo|ao início)|volver al inicio|ir al inicio|"
                          r"subir|torna (?:in alto|all'inizio)|naar boven|ページトップへ|トップに戻る|ページの先頭に戻る|"
                          r"回到頂部|返回頂部|맨위로|위로|العودة إلى الأعلى|επιστροφή στην κορυφή|"
                          r"vissza a tetejére|az oldal tetejére|înapoi sus|về đầu trang|kembali ke atas)\W*$", re.I)


def drop_back_to_top(tree) -> None:
    """A "Back to top" link (to a place on the same page) standing alone is navigation wherever the theme puts
    it, in a table's header cell too, where the line rule of `postclean` cannot see it among the cell's words.
    In a sentence ("see the <a href="#top">top</a> of this policy") it is a word of the sentence."""
    for a in list(tree.iter("a")):
        href = (a.get("href") or "").strip()
        if not href.startswith("#") or not _BACK_TO_TOP.match(" ".join(a.itertext()) or "-"):
            continue
        before = a.getprevious().tail if a.getprevious() is not None else a.getparent().text
        if not (_WORD_CHAR.search(a.tail or "") or _WORD_CHAR.search(before or "")):
            _drop(a)


def drop_toggles(tree) -> None:
    """Show/hide controls are navigation: a `<summary>` or a disclosure button whose words are a toggle's
    ("See details", "Show more", "Mehr anzeigen"), not a section title, is removed with its words."""
    for el in list(tree.iter("summary", "button")):
        if TOGGLE.match(" ".join(el.itertext()).strip() or "-") and el.getparent() is not None:
            _drop(el)


_SUMMARY_BLOCKS = frozenset(("p", "div", "ul", "ol", "dl", "table", "blockquote"))  # a lead-in under the heading
_ANY_HEADING = ".//h1|.//h2|.//h3|.//h4|.//h5|.//h6"
_ICON_TAGS = frozenset(("svg", "i", "img", "picture"))


def open_details(tree) -> None:
    """A `<details>` whose `<summary>` holds a heading is a section of the page set as a disclosure widget:
    its heading stands before the section's blocks, as the page shown open has them (trafilatura writes every
    summary as a heading of level 2, so a policy whose sections moved into `<details>` read otherwise and
    made a version). The summary's icons and screen-reader labels ("+", "Toggle section") are the widget's;
    its other words are the heading's ("6." before it); a lead-in paragraph in it stays one. A closed one's
    blocks are a hidden panel after the heading, judged as any other by `preclean` (`hidden_verdict`: spam
    or a link farm hidden so goes, its heading stays as the page shown keeps a heading over links it drops).
    An open one's blocks stand in its place."""
    for summary in list(tree.iter("summary")):
        box = summary.getparent()
        if box is None or box.tag != "details" or not (heads := summary.xpath(_ANY_HEADING)):
            continue
        for el in list(summary.iter(etree.Element)):
            if el is not summary and el.getparent() is not None and el.tag not in _HEADINGS and \
                    not el.xpath(_ANY_HEADING) and (el.get("aria-hidden") == "true" or el.tag in _ICON_TAGS or
                                                    screen_reader_only(el)):
                _drop(el)
        if len(heads) == 1 and not any(isinstance(el.tag, str) and el.tag in _SUMMARY_BLOCKS for el in summary.iter()):
            head = heads[0]
            head.text, head.tail = " " + (head.text or ""), " " + (head.tail or "")
            summary.tag = head.tag  # the summary is the heading, with the words beside it, and its id (a `<nav>`
            for k in ("id", "aria-label"):  # names its label by it: `_nav_toc_label`)
                if head.get(k) is not None and summary.get(k) is None:
                    summary.set(k, head.get(k))
            head.drop_tag()
        tail, summary.tail = summary.tail, None  # (text straight in the details: its panel's)
        box.addprevious(summary)
        box.text = (tail or "") + (box.text or "")
        if summary.tag == "summary":
            summary.drop_tag()
        box.tag = "div"
        if box.get("open") is None:
            box.set("hidden", "")
        else:
            _unbox_all(box)


_TOGGLERS = etree.XPath("//div[@aria-expanded or @data-toggle='collapse' or @data-bs-toggle='collapse'] | "
                        "//span[@aria-expanded or @data-toggle='collapse' or @data-bs-toggle='collapse']")


def keep_disclosure_headers(tree) -> None:
    """An accordion's header is often a <button> (WAI-ARIA Accordion pattern: `<h3><button aria-expanded>`,
    or a button followed by its collapsed panel): its words are the section's title, so it is kept as text
    (a span inside a heading, else a paragraph marked as a header) while other buttons are dropped. A button
    holding a heading element (`<button><h3>1.1 When you have a profile</h3></button>`, which HTML does not
    allow but page builders write) is a header whatever its attributes: the heading stays a heading. A
    `<div>` or `<span>` that toggles a collapsed panel (`aria-expanded`, Bootstrap's `data-toggle="collapse"`)
    and holds words only is such a header too: "Our analytics partners" over its panel was dropped as a
    widget's label; one whose panel is a `region` that names it back (WAI-ARIA's accordion, as Elementor's
    toggle widget writes it with no heading element: `_labels_its_region`) is a heading. A `<details>` whose `<summary>` holds a heading is a section of the page set as a
    disclosure widget (`open_details`, called before)."""
    for el in list(tree.iter("button")) + _TOGGLERS(tree):
        if el.tag != "button" and el.xpath(".//p|.//div|.//ul|.//ol|.//table|.//button"):
            continue  # a card that opens, not its title
        if el.xpath(".//h1|.//h2|.//h3|.//h4|.//h5|.//h6"):
            el.tag = "div"
            el.set("data-pa-header", "1")
            continue
        nxt = el.getnext()
        while nxt is not None and not isinstance(nxt.tag, str):
            nxt = nxt.getnext()
        if el.get("aria-expanded") is None and not el.get("aria-controls") and not (nxt is not None and _is_hidden(nxt)):
            continue
        parent = el.getparent()
        if parent is not None and parent.tag in ("h1", "h2", "h3", "h4", "h5", "h6", "dt", "summary"):
            el.tag = "span"
        elif _labels_its_region(el):
            # a section's heading, a level under the page's own heading before it (not an earlier header, not a
            # sub-section's heading inside an earlier panel, not an empty one: an empty `<h2>` between two toggles
            # set every later section a level lower), so the same text set under headings hashes alike
            # (`normalise.canonical` reads headings by rank); at the level of the accordion's header before it
            # when its number follows that header's and no heading of that level or above stands between them (a
            # note's heading left between "2." and "3."). Unnumbered, a heading between them cannot say whether it
            # is a note left outside a panel or the title of what follows (a "Cookies" heading over its categories'
            # toggles): two colleagues' reviews
            headings = _PAGE_HEADINGS_BEFORE(el)
            level = int(headings[-1].tag[1]) + 1 if headings else 2
            if (header := _HEADER_BEFORE(el)) and (number := _section_number(el)) is not None and \
                    _section_number(header[0]) == number - 1:
                top = int(header[0].tag[1])
                higher = [h for h in headings if int(h.tag[1]) <= top]
                if not higher or _HEADER_BEFORE(higher[-1])[:1] != header[:1]:
                    level = top
            el.tag = f"h{level}"
            el.set("data-pa-header", "1")
        else:
            el.tag = "p"
            el.set("data-pa-header", "1")


_PAGE_HEADINGS_BEFORE = etree.XPath("preceding::*[(self::h1 or self::h2 or self::h3 or self::h4 or self::h5) and "
                                    "not(@data-pa-header) and normalize-space(translate(., '\u00a0', ' ')) and "
                                    "not(ancestor::*[@role='region'])]")  # (in the document's order)
_HEADER_BEFORE = etree.XPath("preceding::*[(self::h1 or self::h2 or self::h3 or self::h4 or self::h5) and "
                             "@data-pa-header and not(ancestor::*[@role='region'])][1]")


_INDEX: list = [None, {}, {}]  # [the tree's root, id -> elements, aria-controls id -> elements]: read per tree


def _indexed(el, attr: str, value: str) -> list:
    """The elements of `el`'s tree whose `attr` ("id" or "aria-controls") is `value`, from an index of the tree made
    once (an XPath over the whole page for each of a page's accordion headers cost 1.4 ms each, a tenth of the
    extraction of a page of them); elements removed from the tree since are left out."""
    root = el.getroottree().getroot()
    if _INDEX[0] is not root:
        ids, controls = {}, {}
        for e in root.iter(etree.Element):
            if (i := e.get("id")) is not None:
                ids.setdefault(i, []).append(e)
            if (c := e.get("aria-controls")) is not None:
                controls.setdefault(c, []).append(e)
        _INDEX[:] = [root, ids, controls]
    found = _INDEX[1 if attr == "id" else 2].get(value, [])
    return [e for e in found if e.get(attr) == value and e.getroottree().getroot() is root]


def _labels_its_region(el) -> bool:
    """Does `el` control (`aria-controls`) a `region` that is labelled by it (`aria-labelledby`)? WAI-ARIA
    Authoring Practices, Accordion pattern: each panel is a `region` labelled by its header's control (the
    Menu Button pattern's menu is labelled by its button too: a language picker's "English" is no header)."""
    own, ids = el.get("id"), (el.get("aria-controls") or "").split()
    if not own or len(ids) != 1:
        return False
    panel = _indexed(el, "id", ids[0])
    return len(panel) == 1 and panel[0].get("role") == "region" \
        and own in (panel[0].get("aria-labelledby") or "").split()  # a menu button's menu names it back too


def _panel_of_heading(el) -> bool:
    """Does a shown heading (h1-h6, a <summary>, a <dt>, a heading's disclosure button) stand just before
    `el`? Then `el` is that section's collapsed panel, whatever it holds: a policy's list of partners'
    privacy statements is links, and is policy text."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    return prev is not None and not _is_hidden(prev) and (
        prev.tag in ("h1", "h2", "h3", "h4", "h5", "h6", "summary", "dt") or prev.get("data-pa-header") is not None)


def hidden_verdict(el, page: str | None = None) -> str | None:
    """Why a hidden element is not part of the policy ('spam', 'link farm', 'alternative'), or None when it
    is a collapsed part of it (an accordion panel, a tab of the policy, however short: a one-sentence
    "Children" panel is policy text). Source of the rule: accordions and disclosure widgets keep their
    panels in the page with `hidden`, `display:none` or `aria-hidden` (WAI-ARIA Authoring Practices,
    Accordion and Tabs patterns), while injected SEO spam hides link lists to other sites. A heading's panel
    of links is the section's when it says something in a sentence, or when its links lead to the site
    itself (`page`: the page's address) or to privacy pages (Criteo's list of its other privacy pages);
    hidden links to other sites' shops and loans under a heading are a link farm still."""
    txt = " ".join(el.itertext())
    if not txt.strip():
        return "empty"
    if is_spam(txt):
        return "spam"
    if _nwords(txt) < 4 and not any(c in txt for c in ".:;!?。：；！？") and not _panel_of_heading(el):
        return "ui crumb"  # "Error", "Copied", "Loading": a widget's state, not a sentence; under a heading
        # it is the section's answer ("#### Location" / "Coarse location": an app-store privacy label)
    links = sum(len(" ".join(a.itertext())) for a in el.iter("a"))
    if links > 0.5 * max(len(txt.strip()), 1) and len(el.xpath(".//a")) >= 2 and not _wired_panel(el) and not (
            _panel_of_heading(el) and (any(_sentence_like(b) for b in el.iter("p", "li", "div"))
                                       or _own_or_privacy_links(el, page))):
        return "link farm"
    if _is_alternative(el) and not _regional_panel(el) and not _full_layer(el) and not _section_tab(el):
        return "alternative"
    return None


def meta_version(label: str) -> bool:
    """Does a tab's label name a version ("Version 2", "Versión anterior", "Fassung")?"""
    from .meta import POLICY_DATE_WORD
    return bool(re.search(r"versi|fassung|wersj|редакц", label, re.I)) or \
        bool(POLICY_DATE_WORD.search(label)) and bool(re.search(r"\d", label))


SECTION_TABS = 3  # panels at least of a tab set of a document's sections (a pair: `_full_layer`'s)


def _section_tab(el) -> bool:
    """A hidden panel of a tab set that splits one policy into its sections: WAI-ARIA's tabs pattern (a `tabpanel`
    named by its `tab`), SECTION_TABS panels or more under a heading that names a privacy policy ("Politique de
    confidentialité" / tabs "Responsable", "Données collectées", "Finalités" …, one shown), whose labels and first
    headings name no year, version, region and no other document than cookies, each hidden one in the shown one's
    language and not its words again (LAYER_SHARED, half its length or more), and whose text is shown nowhere else
    on the page, the one shown less than half the set's text, as one section of several is (a colleague's review
    found a first form keeping translations, versions, a country selector, products' policies and a shop's FAQ in
    tabs under a policy's title).
    Taken for an alternative, a streaming service's policy in tabs lost all but its first tab, and every capture
    was refused as too short to be a policy (`benchmarks/simulated.py`'s france_world). A tab set repeated once
    per section, each copy showing another panel (Bumble's), shows every section already: its hidden copies stay
    alternatives; a hub's documents, a history's years and a country's own policy (`_another_policy`) are."""
    if el.get("role") != "tabpanel":
        return False
    global _TAB_SETS
    root = el.getroottree().getroot()
    page = _TAB_SETS
    if page[0] is not root:  # per page: the shown panels' texts, and each tab set's verdict once
        page = _TAB_SETS = (root, {" ".join(c.text_content().split()) for c in _SHOWN_PANELS(root)
                                   if not _is_hidden(c)}, {})
    if " ".join(el.text_content().split()) in page[1]:
        return False  # shown in another copy of the tab set
    parent = el.getparent()
    if parent not in page[2]:
        page[2][parent] = _sections_tab_set(parent)
    return page[2][parent]


# the page `_section_tab` last judged: (its root, its shown panels' texts, each tab set's verdict); one tuple,
# replaced whole, so that two threads extracting two pages never read each other's
_TAB_SETS: tuple = (None, set(), {})
_SHOWN_PANELS = etree.XPath("//*[@role='tabpanel']")


def _sections_tab_set(parent) -> bool:
    """Is the tab set of `parent`'s `tabpanel`s one policy's sections (`_section_tab`)?"""
    panels = [c for c in parent if isinstance(c.tag, str) and c.get("role") == "tabpanel"]
    shown = [c for c in panels if not _is_hidden(c)]
    if len(panels) < SECTION_TABS or len(shown) != 1 or any(_another_policy(p, shown) for p in panels if p
                                                            is not shown[0]) or \
            2 * _text_len(shown[0]) >= sum(map(_text_len, panels)):
        return False  # the one shown is most of the set: the policy whole beside other pages (a product's, a FAQ)
    from ..classify import heading_kind
    title = next(iter(panels[0].xpath("preceding::h1[1]") or panels[0].xpath("preceding::h2[1]")), None)
    if title is None or heading_kind(_label(title))[0] != "privacy_policy":
        return False
    from .meta import language
    lang = language(shown[0].text_content())
    for panel in panels:
        tabs = [t for i in (panel.get("aria-labelledby") or "").split() for t in _indexed(panel, "id", i)]
        if panel.get("id"):
            tabs += _indexed(panel, "aria-controls", panel.get("id"))
        heading = next(panel.iter(*_HEADINGS), None)
        labels = [_label(t) for t in [*tabs, *([heading] if heading is not None else [])]]
        if not tabs or any(_YEAR.search(label) or meta_version(label) or _names_region(label, lang) or
                           heading_kind(label)[0] not in (None, "cookies", "privacy_policy") or
                           (heading_kind(label)[0] is None and _names_another_document(label)) for label in labels):
            return False
        if panel is not shown[0]:  # a section: of the policy's matters, in its language, not the shown one again
            words = panel.text_content()
            again = _contained(words, shown[0].text_content()) >= LAYER_SHARED and \
                2 * len(words.split()) >= len(shown[0].text_content().split())  # another version of the whole
            if again or (lang and language(words) not in (None, lang)):
                return False
    return True


LAYER_RATIO = 2  # the full text of a layered notice holds more than twice the text of the summary shown


def _full_layer(el) -> bool:
    """One of a pair of tab panels, hidden, holding more than LAYER_RATIO times the text of the shown one, in its
    script, whose tab and first heading name no other document: the full text of a layered notice whose summary is
    shown ("Short version | Full version", the layered approach of the EDPB's transparency guidelines and the
    ICO's), which its curator selects with the summary; taken for an alternative, every edit of the full text was
    missed (a simulated VPN's policy: `benchmarks/simulated.py`'s layered_world). The pair holds half the page's
    text at least and the summary's words are the full text's (`_contained`); a shown panel under a legal
    document's own title is that document whole; a tab or heading with a year or another document's name is
    another version or document; a switcher of a policy's sections shows one of many (Bumble's, whose curated text
    is the section shown). (A colleague's review found a first form taking an archived version, an employees'
    notice, a translation, the Terms, a shop's FAQ and a news tab beside a short policy.)"""
    kind = _kind(el)
    pair = [c for c in el.getparent() if isinstance(c.tag, str) and _kind(c) == kind]
    shown = [c for c in pair if c is not el and not _is_hidden(c)]
    if len(pair) != 2 or len(shown) != 1:
        return False
    size, full = _text_len(shown[0]), _text_len(el)
    root = el.getroottree().getroot()
    if not size or full <= LAYER_RATIO * size or size + full < LAYER_SHARE * _text_len(root) or \
            _script(el.text_content()[:2000]) != _script(shown[0].text_content()[:2000]) or \
            _contained(shown[0].text_content(), el.text_content()) < LAYER_SHARED:
        return False
    tabs = [t for i in (el.get("aria-labelledby") or "").split() for t in _indexed(el, "id", i)]
    if el.get("id"):
        tabs += _indexed(el, "aria-controls", el.get("id"))
    heading = next(el.iter(*_HEADINGS), None)
    labels = [_label(t) for t in [*tabs, *([heading] if heading is not None else [])]]
    if any(_names_another_document(label) or _YEAR.search(label) for label in labels):
        return False  # another document's, or another year's version's
    from ..classify import heading_kind  # a shown panel under a document's own title is that whole document
    return not any(heading_kind(_label(h))[0] for h in shown[0].iter(*_HEADINGS))


_UNSPACED_SCRIPTS = frozenset(("THAI", "LAO", "KHMER", "MYANMAR", "CJK", "HIRAGANA", "KATAKANA"))
LAYER_SHARE = 0.5  # of the page's text that a layered notice's pair of panels holds
LAYER_SHARED = 0.6  # of the summary's words (or, unspaced, its character trigrams) that its full text holds


def _contained(part: str, whole: str) -> float:
    """The share of `part`'s words of four letters or more that `whole` writes too, or, for a text written without
    spaces (Thai, Lao, Khmer, Chinese), of its character trigrams: a summary says what its full text says, in its
    words (a colleague's review: a layered notice 0.81; an employees' notice beside customers' 0.45, a state's
    notice 0.30, the Terms 0.20, a translation 0)."""
    def units(text: str) -> set[str]:
        if _script(text[:2000]) not in _UNSPACED_SCRIPTS:
            return set(re.findall(r"\w{4,}", text.lower()))
        flat = "".join(text.split()).lower()
        return {flat[i:i + 3] for i in range(len(flat) - 2)}
    mine = units(part)
    return len(mine & units(whole)) / len(mine) if mine else 0.0


REGIONAL_SHARE = 0.8  # a regional notice is shorter than the policy it supplements
SUPPLEMENTS_SHARE = 0.5  # of the page's text, which a tab set of supplements beside the policy holds less of
# the US states, whose privacy laws (California's CCPA, Virginia's VCDPA...) policies supplement state by state
_US_STATES = frozenset((
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
    "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
    "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
    "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
    "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
    "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming"))
# privacy laws by the acronyms every language writes them with, and the regions tabs name by their codes
_PRIVACY_LAWS = re.compile(r"\b(?:gdpr|rgpd|dsgvo|avg|ccpa|cpra|lgpd|pipeda|pipl|appi|pdpa|pdpl|popia|kvkk|vcdpa|"
                           r"ctdpa|nfadp|dpdpa|pipa)\b", re.I)
_REGION_CODES = frozenset(("eu", "eea", "ees", "ewr", "eee", "uk", "us", "usa", "emea", "apac", "latam"))


def _regional_panel(el) -> bool:
    """A hidden tab whose tab names a region or a privacy law ("USA (CCPA)", "Brasilien (LGPD)", "EU/EES"): a
    policy's regional notice, read with the policy (the issue's "regional notices such as a CCPA notice" are the
    policy's own sub-sections), where the other tabs of a tab set are alternatives. The tab is the element the
    panel's `aria-labelledby` names, or the one whose `aria-controls` names the panel (WAI-ARIA's Tabs pattern);
    a region by its name in English or in the page's language (CLDR's territory names, by Babel), or its code.
    Only a panel shorter than the tab shown beside it, whose sections are not numbered from 1 again nor mostly the
    shown one's: a notice that supplements the policy, not the policy itself as another region's version. A
    colleague's review narrowed it further: a tab that names another document ("Terms (Canada)", "GDPR Data
    Processing Addendum") is an alternative; a region alone counts only in a set whose tabs are not all regions
    without a law (a country selector: "United States | Canada | United Kingdom"), and only in the shown tab's
    script (a translation: "English | China (中文)")."""
    kind = _kind(el)
    panels = [c for c in el.getparent() if isinstance(c.tag, str) and _kind(c) == kind]
    shown_boxes = [c for c in panels if c is not el and not _is_hidden(c)]
    shown = max((_text_len(c) for c in shown_boxes), default=0)
    root = el.getroottree().getroot()
    ids = (el.get("aria-labelledby") or "").split()
    tabs = [t for i in ids for t in _indexed(el, "id", i)]
    if el.get("id"):
        tabs += _indexed(el, "aria-controls", el.get("id"))
    # a set of supplements after the policy (one notice per US state, the one shown chosen by the visitor's
    # location): tabs that all name US states (not "Armenia | Georgia | Azerbaijan"), panels holding a small part
    # of the page, the policy outside them, and the shown one another supplement, not the policy the hidden ones
    # must be shorter than (a simulated short-video app's "California | Virginia" tabs: a version whenever the tab
    # shown by default changed; bigtech_world); a privacy notice in the shown one's language
    if any(all(" ".join(re.split(r"[\W_]+", _label(t).lower())).strip() in _US_STATES
               for t in _tab_set(tab)) for tab in tabs) and \
            sum(_text_len(c) for c in panels) < SUPPLEMENTS_SHARE * _text_len(root) and \
            not _another_policy(el, shown_boxes) and _supplement_of(el, shown_boxes):
        return True
    if _text_len(el) > REGIONAL_SHARE * shown or _another_policy(el, shown_boxes, 2):
        return False
    lang = root.get("lang")
    for tab in tabs:
        label = _label(tab)
        if _names_another_document(label):
            continue
        if _PRIVACY_LAWS.search(label):
            return True
        # a region alone: a notice when the set is not a selector of regions only (a country's whole policy per tab)
        others = [_label(t) for t in _tab_set(tab) if t is not tab]
        if _names_region(label, lang) and not all(_names_region(o, lang) and not _PRIVACY_LAWS.search(o)
                                                   for o in others if o) and \
                _script(el.text_content()[:2000]) == _script(" ".join(c.text_content()[:2000] for c in shown_boxes)):
            return True  # (not a translation of the policy in its tab: "English | China (中文)")
    return False


def _supplement_of(panel, shown: list) -> bool:
    """Is a hidden panel a privacy notice in the language of the one shown: a term of the policy vocabulary, and
    the shown panel's language (not a store's hours by state, nor a translation of the shown notice: a colleague's
    review)?"""
    from .meta import language
    text = panel.text_content()
    shown_text = " ".join(c.text_content() for c in shown)
    if not checks.policy_terms(text):
        return False
    own, other = language(text), language(shown_text)
    return own is None or other is None or own == other


def _tab_set(tab) -> list:
    """`tab` and the other tabs of its set: those of the `role="tablist"` around it (WAI-ARIA's owner of a set's
    tabs; Bootstrap's `nav-tabs` wrap each in an `<li role="presentation">`, where a tab has no sibling), else its
    siblings."""
    for up in itertools.islice(tab.iterancestors(), 3):
        if up.get("role") == "tablist":
            found = [t for t in up.iter(etree.Element) if t.get("role") == "tab" or t.get("aria-controls")]
            if tab in found:
                return found
            break
    return [tab, *tab.itersiblings(preceding=True), *tab.itersiblings()]


def _label(el) -> str:
    return " ".join(el.text_content().split()) if isinstance(el.tag, str) else ""


def _names_another_document(label: str) -> bool:
    """Does a tab's label name a document of another kind (the vocabulary's Terms and other legal documents, and
    the English words of a contract, which the vocabulary reads as privacy: "GDPR Data Processing Addendum")?"""
    from ..classify import VOCAB, fold, heading_kind
    kind = heading_kind(label)[0]
    return kind not in (None, "privacy_policy") or bool(VOCAB.find(fold(label), "other_legal")) or \
        bool(re.search(r"\b(?:addendum|agreement|dpa|terms)\b", label, re.I))


def _another_policy(panel, shown: list, least: int = 1) -> bool:
    """Is a hidden panel a policy of its own beside the one shown: its sections numbered from 1 again, or most of
    its headings, `least` or more, the shown one's (a country's version of the whole policy, a colleague's
    review)? `_regional_panel` asks two: a regional notice of one section may repeat a heading of the policy
    ("Contact us": the robustness benchmark's `regional-tabs` on the development collections), where another
    region's short version of two sections, or of one under the policy's own title, is an alternative still
    (two colleagues' reviews)."""
    from ..classify import heading_kind
    heads = [" ".join(h.text_content().split()).lower() for h in panel.iter(*_HEADINGS)]
    if heads and _section_number(next(panel.iter(*_HEADINGS))) == 1:
        return True
    shown_heads = {" ".join(h.text_content().split()).lower() for box in shown for h in box.iter(*_HEADINGS)}
    if heads and heads[0] in shown_heads and heading_kind(heads[0])[0] == "privacy_policy":
        return True  # under the shown one's title ("Privacy Policy"): another region's version, however short
    return len(heads) >= least and sum(h in shown_heads for h in heads) >= 0.5 * len(heads)


def _script(text: str) -> str:
    """The script most of the text's first letters are written in, by their Unicode names ("LATIN", "CJK")."""
    names = collections.Counter(unicodedata.name(c, " ").split(" ")[0] for c in text if c.isalpha())
    return names.most_common(1)[0][0] if names else ""


def _names_region(label: str, lang: str | None) -> bool:
    """Does a tab's label (six words at most) name a region: its words all codes ("EU/EES"), or the label or one
    of its words a territory's name in English or in the page's language `lang`?"""
    if not label or len(label.split()) > 6:
        return False
    words = [w for w in re.split(r"[\W_]+", label.lower()) if w]
    if words and all(w in _REGION_CODES for w in words):
        return True
    names = _territory_names((lang or "en").split("-")[0].lower())
    return " ".join(words) in names or any(w in names for w in words)


@functools.lru_cache(maxsize=32)
def _territory_names(lang: str) -> frozenset:
    """CLDR's names of the world's territories in English and in `lang`, lower-cased, as words."""
    from babel import Locale, UnknownLocaleError
    names = set()
    for code in {"en", lang}:
        try:
            territories = Locale.parse(code).territories.values()
            names.update(" ".join(re.split(r"[\W_]+", n.lower())).strip() for n in territories)
        except (UnknownLocaleError, ValueError):
            continue
    return frozenset(names)


def _own_or_privacy_links(el, page: str | None) -> bool:
    """Do most of `el`'s links lead to the page's own site (or an e-mail address), or to a privacy page
    anywhere (its address names one, in the discovery vocabulary's words)?"""
    from ..classify.vocab import VOCAB
    from ..capture import host_of
    own = host_of(page) if page else ""
    hrefs = [a.get("href") or "" for a in el.iter("a")]

    def ours(href: str) -> bool:
        if href.startswith(("mailto:", "#")):
            return True
        host = host_of(href)
        if own and host and (host == own or host.endswith("." + own) or own.endswith("." + host)):
            return True
        parts = urlsplit(href)
        return bool(VOCAB.url_hits(parts.path + "?" + parts.query).keys() & {"privacy", "cookies", "choices"})
    return sum(map(ours, hrefs)) * 2 > len(hrefs)


_TOGGLES = etree.XPath(".//*[@aria-controls or @data-target or @data-bs-target]")


def open_panels(body) -> None:
    """A panel the page's own widget opens (one a toggle names by `aria-controls` or Bootstrap's
    `data-target`), after its heading, read as the page shown open: its boxes of blocks go (Bootstrap's
    `accordion-collapse` and `accordion-body`, and the item holding the heading and the panel), so its
    blocks stand beside the heading as the same section without the widget has them (trafilatura judges a
    block that ends its box more strictly: a short linked paragraph, a list of links were lost)."""
    named = {ident for toggle in _TOGGLES(body) for ident in (toggle.get("aria-controls") or "").split() + [
        t[1:] for t in (toggle.get("data-target"), toggle.get("data-bs-target")) if t and t.startswith("#")]}
    if not named:
        return
    panels = [el for el in body.xpath(".//*[@id]") if el.get("id") in named and el.getparent() is not None
              and _titled_panel(el)]
    # an accordion's item: a box holding the header and the panel only (its header's box goes too:
    # Bootstrap 4's `card-header` around the heading); the accordion: a box of items only
    items, headers = {}, []
    for panel in panels:
        kids = [c for c in panel.getparent() if isinstance(c.tag, str)]
        if len(kids) == 2 and kids[1] is panel and panel.getparent().getparent() is not None:
            items[panel.getparent()] = None
            headers.append(kids[0])
    boxes = {item.getparent(): None for item in items
             if all(c in items for c in item.getparent() if isinstance(c.tag, str))}
    for panel in panels:
        _unbox_all(panel)
    for box in [*headers, *items, *boxes]:
        _unbox(box)


def _titled_panel(el) -> bool:
    """Does `el` follow the header that opens it, holding a heading or being one (`_wired_panel`)?"""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    return prev is not None and _wired_panel(el) and (
        prev.tag in _HEADINGS or prev.get("data-pa-header") is not None or bool(prev.xpath(_ANY_HEADING)))


_CONTROLLED = etree.XPath("descendant-or-self::*[contains(concat(' ', normalize-space(@aria-controls), ' '), "
                          "concat(' ', $id, ' ')) or @data-target = concat('#', $id) or @data-bs-target = concat('#', $id)]")


def _wired_panel(el) -> bool:
    """Is `el` a panel that the page's own widget opens: one a toggle names (`aria-controls`, Bootstrap's
    `data-target` / `data-bs-target`), or one just after a toggle (`aria-expanded`)? Then a list of links in
    it is the section's (the processors a policy names, each linked to its statement): injected spam hides
    link lists, but wires no widget to them (WAI-ARIA Authoring Practices, Accordion and Disclosure)."""
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    if prev is None:
        return False
    # the toggle is the panel's header just before it, or inside it (`<h3><button aria-controls>`, a card's
    # header): looked for there, not in the whole page
    return prev.get("aria-expanded") is not None or bool((ident := el.get("id")) and _CONTROLLED(prev, id=ident))


def widen_article(body) -> None:
    """An <article> inside <main> next to more of the same text (a closing "Contact us" section marked up as
    its own block, a regional annex after the article) is not the whole document: trafilatura would take the
    article alone, so it becomes a section and the main element is what is extracted. Furniture has been
    removed before, so what is left beside the article is content; but an article that holds the document's
    title (its `<h1>`) starts the document, and what stands before it is not, unless it speaks of the policy
    as a document's opening does (`_opening_before`): a notice of the visitor's country above a bank's policy
    ("Sie besuchen uns aus Deutschland. Zur Website für Österreich wechseln", an audit of other industries) is
    not; a scope line set there with no word of the policy's vocabulary ("This policy applies to customers of
    …", the same audit) is lost with it. The page's other `<article>`s (teasers outside `<main>`) become
    sections with it."""
    from .checks import policy_terms
    for main in body.xpath(".//main | .//*[@role='main']"):
        arts = main.xpath(".//article")
        if len(arts) != 1:
            continue
        art = arts[0]
        titled = art.find(".//h1") is not None
        after = False
        outside = 0
        for el in main.iter("p", "li", "td", "address", "article"):
            if el is art:
                after = True
            elif art not in el.iterancestors() and _sentence_like(el) and \
                    (after or not titled or policy_terms(" ".join(el.itertext()))):
                outside += len(" ".join(el.text_content().split()))
        if outside:
            art.tag = "section"
            # trafilatura takes a page's first `<article>`: a teaser card of a feed after `<main>` (a Ghost
            # theme's "Latest", a simulated news site: publishers_world) would be read, not the main element
            for card in body.iter("article"):
                if main not in card.iterancestors():
                    card.tag = "section"


def _sentence_like(el) -> bool:
    text = " ".join(el.text_content().split())
    return len(text.split()) >= 8 and any(c in text for c in ".;:。")


_TOC_CONTAINERS = ("ul", "ol", "div", "section", "table", "p", "dl")


def drop_toc(body, url: str | None) -> None:
    """A table of contents is navigation: a list (or block) of three or more links, every one of them to a
    place on this same page, whose text is nearly all link text. It comes and goes with a page's theme and
    its anchors are renamed with headings, while no word of the policy changes. Removed in place."""
    page = urldefrag(url)[0] if url else None
    same = [a for a in body.iter("a") if _same_page(a.get("href"), page)]
    if len(same) < 3:  # most pages: nothing to look at
        return
    candidates = []  # the containers holding same-page links, outermost first
    seen = set()
    for a in same:
        for anc in a.iterancestors(*_TOC_CONTAINERS):
            if anc in seen:
                break
            seen.add(anc)
            candidates.append(anc)
    candidates.sort(key=lambda el: sum(1 for _ in el.iterancestors()))
    doomed = []
    for el in candidates:
        if any(d in el.iterancestors() for d in doomed):
            continue
        if not _only_same_page_links(el, page):
            continue
        links = el.xpath(".//a[@href]")
        text = " ".join(el.text_content().split())
        link_text = sum(len(" ".join(a.text_content().split())) for a in links)
        if link_text >= 0.8 * max(len(text), 1):
            doomed.append(el)
    for el in doomed:
        if (label := _toc_label(el)) is not None:
            _drop(label)
        _drop(el)


def _only_same_page_links(el, page: str | None) -> bool:
    """Does `el` hold three or more links, every one of them to a place on `page` (a table of contents)?"""
    links = el.xpath(".//a[@href]")
    return len(links) >= 3 and all(_same_page(a.get("href"), page) for a in links)


def _nav_toc_label(nav, page: str | None):
    """The title of a table of contents set in a `<nav>` of same-page links alone, when its box holds the title and
    `<nav>`s only (a documentation site's "In this article" over its `<nav>`, GitHub's privacy statement): it goes with
    the table. A short block before such a `<nav>` among other blocks (the controller's name under the title,
    a section's heading over its own entries) is the policy's (a colleague's review)."""
    if not _only_same_page_links(nav, page) or sum(len(_squeezed(a)) for a in nav.iter("a")) < len(_squeezed(nav)):
        return None
    ids = (nav.get("aria-labelledby") or "").split()
    if len(ids) == 1 and len(named := _indexed(nav, "id", ids[0])) == 1 and nav not in named[0].iterancestors() \
            and named[0] not in nav.iterancestors() and _toc_label_text(named[0]) and _labels_only(named[0], nav):
        return named[0]  # the label the `<nav>` names (WAI-ARIA), wherever it stands: a redesign set it in an
        # accordion's summary over the table (the robustness benchmark's accordion kinds on GitHub's statement)
    box, label = nav.getparent(), _toc_label(nav)
    if box is None or label is None or any(c is not label and c.tag != "nav" for c in box if isinstance(c.tag, str)):
        return None
    return label


def _labels_only(label, nav) -> bool:
    """Does `label` title nothing but `nav`: no word outside it before the next heading of the label's level or
    above (or the page's end)? A section's heading that names its own `<nav>` of links to the entries below it
    ("Your rights": "Access", "Erasure", then a sub-section for each) titles the section (a colleague's review)."""
    rank = int(label.tag[1]) if label.tag in _HEADINGS else 6
    for text in label.xpath("following::text()"):
        owner = text.getparent()
        if text.is_tail:
            owner = owner.getparent()
        if owner is None or owner is nav or nav in owner.iterancestors():
            continue
        if owner.tag in _HEADINGS and int(owner.tag[1]) <= rank or any(
                a.tag in _HEADINGS and int(a.tag[1]) <= rank for a in owner.iterancestors()):
            return True
        if text.strip():
            return False
    return True


def _toc_label(toc):
    """The label set just before a table of contents ("**Contents**", "On this page", "Sommaire"): a block of
    three words or fewer, no sentence, no figure (a date line, "Stand: März 2024", is the document's), not the
    document's <h1> nor a title naming a legal page; it comes and goes with the table. None when the element
    before is anything else."""
    prev = toc.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    return prev if prev is not None and _toc_label_text(prev) else None


def _toc_label_text(el) -> bool:
    """Can `el` be a table of contents' label (`_toc_label`)?"""
    from ..classify import heading_kind
    if el.tag in ("h1", "ul", "ol", "table") or el.find(".//a") is not None:
        return False
    text = " ".join(" ".join(el.itertext()).split())
    return bool(text) and len(text.split()) <= 3 and not any(c in text for c in ".;!?。") and \
        not any(c.isdigit() for c in text) and not heading_kind(text)[0]


SIBLING_COPY_CHARS = 200  # a block this long repeated word for word beside itself is a copy, not a repetition
# a block right after a block as long as itself, found by lxml in C (the text of every block cost 6% of extraction)
_COPY_CANDIDATES = etree.XPath(
    ".//*[self::div or self::section][*][preceding-sibling::*[1][self::div or self::section]]"
    "[count(*) = count(preceding-sibling::*[1]/*)]"
    f"[string-length(normalize-space(.)) >= {SIBLING_COPY_CHARS}]"
    "[string-length(normalize-space(.)) = string-length(normalize-space(preceding-sibling::*[1]))]")


def drop_sibling_copies(body) -> None:
    """A block followed by a sibling `<div>` or `<section>` of the same text is one block rendered twice: page
    builders write one copy per screen size and hide all but one with their style sheet (Framer's
    `ssr-variant`s, Bootstrap's `d-none d-md-block` pairs). The copies after the first go; the headings and list
    items of the second copy were kept (paragraphs are kept once anyway), and a third screen size was a version.
    Only blocks of SIBLING_COPY_CHARS or more: a short line may well be said twice."""
    for kid in _COPY_CANDIDATES(body):  # in document order: a third copy is compared with the second, the same
        before = kid.getprevious()
        if before is not None and " ".join(kid.text_content().split()) == " ".join(before.text_content().split()):
            _drop(kid)


# the classes that show a box on small screens only, and those that show it from a breakpoint on: Tailwind's
# `md:hidden` / `hidden md:block`, Bootstrap's `d-md-none` / `d-none d-md-block`, Bootstrap 3's `visible-xs` /
# `hidden-xs`, Foundation's `hide-for-medium` / `show-for-medium`, Elementor's `elementor-hidden-desktop` /
# `elementor-hidden-mobile`, Bulma's `is-hidden-tablet` / `is-hidden-mobile`, UIkit's `uk-hidden@m` / `uk-visible@m`,
# Tailwind's `max-md:hidden`, and themes' plain names
_SMALL_ONLY = re.compile(r"^(?:(?:sm|md|lg|xl|2xl):hidden|d-(?:sm|md|lg|xl|xxl)-none|visible-xs(?:-\w+)?|"
                         r"hidden-(?:sm|md|lg)|hide-for-(?:medium|large)(?:-up)?|show-for-small-only|"
                         r"elementor-hidden-desktop|is-hidden-(?:tablet|desktop)|uk-hidden@[sml]|"
                         r"(?:mobile-only|only-mobile|visible-mobile|show-mobile|show-on-mobile|hide-desktop|"
                         r"hidden-desktop|hide-on-desktop))$", re.I)
_WIDE_ONLY = re.compile(r"^(?:(?:sm|md|lg|xl|2xl):(?:block|flex|grid|table|inline|inline-block|inline-flex|contents)|"
                        r"d-(?:sm|md|lg|xl|xxl)-(?:block|flex|grid|table|inline|inline-block|inline-flex)|"
                        r"hidden-xs|visible-(?:sm|md|lg)(?:-\w+)?|show-for-(?:medium|large)(?:-up)?|"
                        r"hide-for-small-only|elementor-hidden-mobile|is-hidden-mobile|uk-visible@[sml]|"
                        r"max-(?:sm|md|lg|xl):hidden|desktop-only|only-desktop|visible-desktop|show-desktop|hide-mobile|"
                        r"hidden-mobile|hide-on-mobile)$", re.I)


def _word_set(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _shown_on(el) -> str | None:
    """'small' or 'wide': the screens a box is shown on by its classes (`_SMALL_ONLY`, `_WIDE_ONLY`), or None."""
    classes = (el.get("class") or "").split()
    if any(_SMALL_ONLY.match(c) for c in classes):
        return "small"
    return "wide" if any(_WIDE_ONLY.match(c) for c in classes) else None


_ANY_SMALL_ONLY = re.compile(r"(?:^|\s)(?:" + _SMALL_ONLY.pattern[4:-2] + r")(?=\s|$)", re.I)
_CLASS_VALUES = etree.XPath(".//@class", smart_strings=False)
_CLASSES: tuple = (None, "")  # (a body, its class names), replaced whole (as `_TAB_SETS`)


def _class_names(body) -> str:
    """All the page's class names, one string (read once per page: most pages name no such widget)."""
    global _CLASSES
    page = _CLASSES
    if page[0] is not body:
        page = _CLASSES = (body, " ".join(_CLASS_VALUES(body)))
    return page[1]


# (the names `_SMALL_ONLY` matches all hold one of these)
_SMALL_CANDIDATES = etree.XPath(".//*[contains(@class, 'hidden') or contains(@class, '-none') or "
                                "contains(@class, 'visible') or contains(@class, 'hide') or contains(@class, 'show') or "
                                "contains(@class, 'mobile')]")


def drop_responsive_copies(body) -> None:
    """A box shown on small screens only beside its sibling shown from a breakpoint on, holding the same content set
    otherwise (every word and number of it: a phones-only line that says more, "In our mobile app, open Settings"
    beside "On our website, …", a phone number, a footnote, stays: a colleague's review): one table rendered as a
    table for wide screens and as cards for phones (a classified-ads site's partners, Tailwind's `hidden md:block`
    and `md:hidden`, a simulated one: `benchmarks/simulated.py`'s france_world). The phones' copy goes, as a curator
    working on a desktop removes it: kept, the policy held its table twice, in two layouts. Copies set out
    identically are `drop_sibling_copies`'."""
    if not _ANY_SMALL_ONLY.search(_class_names(body)):
        return
    for small in _SMALL_CANDIDATES(body):
        if small.getparent() is None or _shown_on(small) != "small":
            continue
        for wide in (_element_sibling(small, "getprevious"), _element_sibling(small, "getnext")):
            if wide is not None and _shown_on(wide) == "wide" and \
                    _word_set(" ".join(small.itertext())) <= _word_set(" ".join(wide.itertext())):
                _drop(small)
                break


def drop_heading_permalinks(body, page: str | None) -> None:
    """A heading's permalink is the theme's, not the heading's words: a link to a place on the page whose text is
    a mark or nothing ("¶" of Sphinx and MkDocs, "#", "§", "🔗", an icon). Kept, it wrote every heading
    "## Your rights[¶](#x)", and a theme update that changed the mark changed every heading. A link to the
    heading's own place that holds all its words (GitBook's and Hugo's headings made links to themselves) is
    the heading's words: as a link, a heading alone in its box was dropped as a link list; so is a link that is
    an accordion's control, opening the panel below its heading (Bootstrap's `data-toggle="collapse"`,
    `role="button"`, `aria-expanded`): its words are the section's title."""
    for heading in body.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        for a in list(heading.iter("a")):
            if not _same_page(a.get("href"), page):
                continue
            text = "".join(a.itertext()).strip()
            if not any(c.isalnum() for c in text):
                _drop(a)
            elif hasattr(a, "drop_tag") and (_is_control(a) or (
                    " ".join(text.split()) == " ".join("".join(heading.itertext()).split())
                    and urldefrag(a.get("href"))[1] in _own_ids(heading))):
                a.drop_tag()


def _is_control(a) -> bool:
    """A link that works a widget (opens a panel) rather than leading somewhere (WAI-ARIA's button role, the
    state of what it opens, Bootstrap's toggle attribute), or one inside an accordion's `role="tab"` title."""
    if (a.get("role") or "").lower() == "button" or "aria-expanded" in a.attrib or \
            "data-toggle" in a.attrib or "data-bs-toggle" in a.attrib:
        return True
    return any((up.get("role") or "").lower() == "tab" for _, up in zip(range(3), a.iterancestors()))


def _own_ids(heading) -> set[str]:
    """The anchors that name a heading's own place: its id, its link's, its box's (a table of contents set
    as headings links other places, and stays links)."""
    parent = heading.getparent()
    return {i for el in (heading, parent, *heading.iter("a")) if el is not None and (i := el.get("id") or el.get("name"))}


def _same_page(href: str | None, page: str | None) -> bool:
    """Is `href` a place on `page` (written as the page's address in any of its forms: http or https, with or
    without `www.`, as `normalise.hash_url` reads them)?"""
    if not href or "#" not in href:
        return False
    target, frag = urldefrag(href)
    return bool(frag) and (not target or target == page or (page is not None and _page_form(target) == _page_form(page)))


@functools.lru_cache(maxsize=1024)
def _page_form(url: str) -> str:
    from .normalise import hash_url
    return hash_url(url)


def _text_len(el) -> int:
    return len("".join(el.itertext()).strip())


def _inside_main(el) -> bool:
    for a in el.iterancestors():
        if a.tag in ("main", "article") or a.get("role") == "main":
            return True
    return False


_FLOW = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote"))


_FIGURE_TEXT = ("table", "blockquote", "p", "ul", "ol", "dl", "pre")


def _open_figure(fig) -> None:
    """A `<figure>` that holds text (a table, a quotation, paragraphs, a list: WordPress sets its tables and
    pull quotes in figures) is a block of the text with its caption a paragraph of it. trafilatura keeps a
    figure only for a table inside it and drops every `<figcaption>` ("Table 2: categories of personal data
    we collect"). A figure of images alone is left to it."""
    if not any(el.tag in _FIGURE_TEXT and not any(a.tag == "figcaption" for a in el.iterancestors())
               for el in fig.iterdescendants(*_FIGURE_TEXT)):
        return  # images alone, whatever their caption is made of ("<figcaption><p>Our team</p>")
    fig.tag = "div"
    for cap in fig.iterdescendants("figcaption"):
        cap.tag = "p"


def _in_text_flow(el) -> bool:
    """An <aside> set in the policy's text, next to its paragraphs, headings or lists (an "In short" summary,
    a "Note: backups are overwritten within 35 days" box) is part of that text: trafilatura drops every
    <aside>, and an edit inside the box would make no version; so is one between two of its sections
    (`<section>`s, or `<div>`s each holding a heading and its text when its own words are the policy's, two of
    its vocabulary's terms: a layered notice's box for teenagers between its summary and its full text, not an
    app's promotion, a share price or the weather between a page builder's blocks, a colleague's review), and one
    that is a list item's or a table cell's content. A sidebar stands
    beside the text's container, not next to its paragraphs nor between its sections; a box with form
    controls (a newsletter sign-up), made of links (a "related" card) or named for what it is (`_ASIDE_KINDS`:
    a promotion, an author's box, related posts) stays an aside."""
    parent = el.getparent()
    around = (_element_sibling(el, "getprevious"), _element_sibling(el, "getnext"))
    if not any(s is not None and s.tag in _FLOW for s in around) and \
            not (parent is not None and parent.tag in _ITEM_TAGS) and \
            not all(s is not None and s.tag == "section" for s in around) and \
            not (all(s is not None and _boxed_section(s) for s in around) and
                 len(set(checks.policy_terms(_spoken(el)))) >= 2):
        return False
    if next(el.iter("form", "input", "button", "select", "textarea"), None) is not None or \
            _ASIDE_KINDS.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
        return False
    text, links = _text_and_links(el)
    return links <= 0.5 * len(text)


def _boxed_section(el) -> bool:
    """A `<div>` that holds a section of text: a heading and a paragraph, list or table, and is named no consent box
    nor furniture (`benchmarks/simulated.py`'s layered_world: a teen box between a notice's summary and its full
    text was dropped, and its edit missed; a CookieYes banner beside its preference centre is no section)."""
    return el.tag == "div" and next(el.iter(*_HEADINGS), None) is not None and \
        next(el.iter("p", "ul", "ol", "table", "dl"), None) is not None and \
        _class_verdict(f"{el.get('class') or ''} {el.get('id') or ''}".lower(), True) is None


def _cookie_declaration(el) -> bool:
    """A box named for a consent tool that is the policy's declaration of its cookies: a table (or a list) of
    them set in the policy's text, next to its paragraphs and headings (`_in_text_flow`) or inside such a box
    (the tool's wrappers around each table). A consent tool writes it into the policy as Cookiebot does (whose
    names mark no banner); CookieYes' `cky-` names did, and its table was dropped with the banners, a cookie
    the monthly scan added never a version (an audit of publishing platforms). A banner or a preference centre
    is a dialog beside the page's text, with buttons, and holds no such table in the text's flow."""
    if next(el.iter("table", "ul", "ol", "dl"), None) is None:
        return False
    return any(_in_text_flow(box) for box in (el, *el.iterancestors()) if _class_verdict(
        f"{box.get('class') or ''} {box.get('id') or ''}".lower(), False) == "consent" or box is el)


_ITEM_TAGS = frozenset(("li", "dd", "td", "th", "blockquote"))
# what a box beside the text is when it is no part of it, by its class or id ("promo-card", "author-box")
_ASIDE_KINDS = re.compile(r"promo|author|byline|\bcta|advert|sponsor|banner|related|newsletter|subscri|signup|"
                          r"share|social|\btoc\b|table-of-contents|widget", re.I)


def _element_sibling(el, step: str):
    """The element just before (`step="getprevious"`) or after `el`, past comments; None at the end."""
    sib = getattr(el, step)()
    while sib is not None and not isinstance(sib.tag, str):
        sib = getattr(sib, step)()
    return sib


def keep_words_of_sentences(body) -> None:
    """A button, a label or an image inside a sentence ("press <button>Delete account</button> at the
    bottom", "look for the <img alt="Your Privacy Choices"> icon") is a word of it: a button or a label
    becomes a span, an image its alt text. Standing alone they are the page's controls and pictures, and
    go with them."""
    for el in list(body.iter("button", "label", "img")):
        before = el.getprevious().tail if el.getprevious() is not None else el.getparent().text
        if not (_WORD_CHAR.search(el.tail or "") and _WORD_CHAR.search(before or "")):
            continue
        if el.tag != "img":
            el.tag = "span"
            el.attrib.clear()
        elif (alt := " ".join((el.get("alt") or "").split())):
            el.tail = alt + el.tail
            _drop(el)


_WORD_CHAR = re.compile(r"\w")


def _heading_of_text(el) -> bool:
    """A heading over text titles that text, whatever its class says ("social-title": "Social media";
    "share-heading": "Sharing your information"; "related": "Related parties"). The text is what comes next
    in the page, past line breaks, empty boxes, sub-headings and labels, and out of a box that holds no other
    words than the heading's (an FAQ's question box with its arrow icons): three words or more, not mostly
    links (one paragraph that is a link may come first), not a form or a menu; or, at the end of the heading's
    box, a short answer (a sentence-like line or a link of three words). A widget's heading stands over links
    (share buttons, related posts) or controls, or goes with its box."""
    if el.tag not in _HEADINGS:
        return False
    node, own, linked, answered = el, " ".join(el.text_content().split()), False, False
    for _ in range(6):
        nxt = node.getnext()
        while nxt is None and (up := node.getparent()) is not None and up.tag != "body" and (
                len(up) == 1 or _holds_only(up, own)):
            node, nxt = up, up.getnext()  # out of a title box that holds the heading alone
        if nxt is None:  # the end of the heading's box: a short answer ("Your consent.") in it is its text
            return answered
        if not isinstance(nxt.tag, str):
            return False
        if nxt.tag in _HEADINGS:  # a sub-heading (linked to itself, maybe)
            node = nxt
            continue
        text, links = _text_and_links(nxt)
        if nxt.tag == "p" and links > 0.5 * len(text) and not linked:
            node, linked = nxt, True  # one paragraph that is a link ("The agreement with you, see the terms"):
            answered = _nwords(text) >= 3  # an answer given as a reference; a widget's links go on
            continue
        if nxt.tag in _NOT_TEXT or links > 0.5 * len(text):
            return False
        if _nwords(text) < 3:  # a line break, an empty box, a label ("Principes généraux")
            answered = answered or (nxt.tag == "p" and text.endswith("."))  # ...or a one-line answer
            node = nxt
            continue
        return True
    return False


# a heading that opens with its section's number ("15. Related Practices", "12.1 Safari", "A.", "m.", "IV)",
# "§ 3"): a count of comments or posts ("3 Comments") has no stop after its number, and a date ("12.03.2024 New
# offices") is no number
_NUMBERED_TITLE = re.compile(r"\s*(?!\d{1,2}\.\d{1,2}\.\d{2,4}\b)(?:§\s*\d+|\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|"
                             r"[IVXLCivxlc]+[.)]|[A-Za-z][.)])(?:\s|$)")


def _numbered_heading(el) -> bool:
    """A heading that opens with its section's number is a title of the document's outline, whatever its class
    says and whatever its section holds (Amazon's "15. Related Practices & Information" over a list of links,
    the BBC's "m."): a widget's heading is not numbered."""
    return el.tag in _HEADINGS and _NUMBERED_TITLE.match(" ".join(el.itertext())) is not None


_NOT_TEXT = frozenset(("nav", "form", "button", "select", "input", "footer", "header", "aside", "dialog"))
# a section's number set beside its heading, in a box of its own: "1.", "2.1", "IV.", "A)", "§ 3"
_SECTION_MARK = re.compile(r"\s*(?:§\s*)?(?:\d+(?:[.-]\d+)*|[IVXLCivxlc]+|[A-Za-z])[.):]?\s*")


def _holds_only(box, heading: str) -> bool:
    """`box` holds no words but the heading's (`heading`: its text, whitespace collapsed), and maybe the
    section's number beside it (a numbered template's `<div>1.</div><div><h2>...</h2></div>`)."""
    text = " ".join(box.text_content().split())
    if text == heading:
        return True
    rest = text.replace(heading, " ", 1) if heading else text
    return rest != text and (_nwords(rest) == 0 or _SECTION_MARK.fullmatch(rest) is not None)


def _in_sentence(el) -> bool:
    """An inline element that the sentence goes on after (a glossary term with its tooltip, "We share your
    <span class="tooltip">personal data</span> only with..."; a word that opens a popover) is a word of that
    sentence whatever its class says: dropped, it took the word out of the policy, and an edit of it made
    no version. (The tooltip's own box, after the word, is furniture: the sentence does not go on after it.)"""
    return el.tag in _INLINE and bool((el.tail or "").strip())


_SECTIONING = frozenset(("main", "article", "section", "aside", "nav"))


def _scoped_header(el) -> bool:
    """A <header> inside sectioning content is that section's own header (its title, date and opening
    paragraph), not the page's banner: the HTML-AAM mapping gives <header> the `banner` role only when it
    is not a descendant of article, aside, main, nav or section (https://www.w3.org/TR/html-aam-1.0/). One that
    holds the site's navigation is the page's banner wherever it stands (`_site_navigation`: PrestaShop's classic
    theme sets its `<header id="header">`, menus and a drop's countdown bar with them, inside a `<main>` around the
    whole page, fashion_world), unless it holds a heading of its own (`_own_heading`)."""
    return any(a.tag in _SECTIONING or a.get("role") in ("main", "article", "region") for a in el.iterancestors()) \
        and not (_site_navigation(el) and not _own_heading(el)) or _heading_header(el)


def _own_heading(el) -> bool:
    """Does `el` hold a heading that is no link and stands in no navigation or link (a document's title, not a site's
    name linking home)? A colleague's review: a policy's own header holding a contents menu, a language menu or a
    share bar beside its title and date was taken for the banner."""
    return any(h.find(".//a") is None and not any(
        a.tag in ("a", "nav") or a.get("role") == "navigation" for a in h.iterancestors() if el in a.iterancestors())
        for h in el.iter(*_HEADINGS))


_BREADCRUMB = re.compile(r"crumb", re.I)


def _site_navigation(el) -> bool:
    """Does `el` hold a navigation landmark (`<nav>`, `role="navigation"`) other than a breadcrumb trail?"""
    return any(not _BREADCRUMB.search(f"{nav.get('aria-label') or ''} {nav.get('class') or ''} {nav.get('id') or ''}")
               for nav in el.xpath(".//nav | .//*[@role='navigation']"))


def _heading_header(el) -> bool:
    """A <header> holding a heading and nothing else (no link, image, menu or control, every word a heading's) is a
    section's title, wherever it stands: TYPO3's content elements (`fluid_styled_content`: `<div class="frame">
    <header><h2>…</h2></header><div class="ce-bodytext">…`, a header-only element for a title alone) set every
    section's title so, and outside `<main>` the page's banner rule dropped all but the page's title (a colleague's
    review, a TYPO3 insurer's policy). A site's banner holds its name as a link or a logo."""
    if el.find(".//a") is not None or el.find(".//img") is not None or el.find(".//nav") is not None or \
            el.find(".//form") is not None or el.find(".//button") is not None:
        return False
    heads = list(el.iter(*_HEADINGS))
    return bool(heads) and len(_spoken(el).split()) == sum(
        len(_spoken(h).split()) for h in heads if not any(a in heads for a in h.iterancestors()))


# what schema.org marks as the page's readers' activity: their comments (the `Comment` and `UserComments` types, a
# CreativeWork's `comment` property) and the counts of their likes or views (`InteractionCounter`,
# `interactionStatistic`)
_COMMENT_TYPES, _COMMENT_PROPS = frozenset(("comment", "usercomments")), frozenset(("comment",))
_COUNTER_TYPES, _COUNTER_PROPS = frozenset(("interactioncounter",)), frozenset(("interactionstatistic",))
_MICRODATA = etree.XPath(".//*[@itemprop or @itemtype]")
_AUTHOR = etree.XPath(".//*[@itemprop='author']")


def _marked(el, types: frozenset, props: frozenset) -> bool:
    return not types.isdisjoint(t.rstrip("/").rsplit("/", 1)[-1] for t in (el.get("itemtype") or "").lower().split()) \
        or not props.isdisjoint((el.get("itemprop") or "").lower().split())


def drop_readers_activity(body) -> None:
    """The page's readers' comments and counts of likes go, as schema.org marks them: a forum topic whose first post
    is the policy (Discourse's crawler view) marks its replies as the post's `comment`s and its likes as an
    `InteractionCounter`, and replies added and likes counted made a version at every capture (a simulated cycling
    forum, `benchmarks/simulated.py`'s social_world). A comment by the first post's author is its continuation (a
    policy longer than the forum's limit goes on in the second post), and comments that hold two fifths of the page's
    text are its posts (Invision Community marks every post a `Comment`, the first too: a colleague's review)."""
    marked = _MICRODATA(body)
    if not marked:
        return
    comments = [el for el in marked if _marked(el, _COMMENT_TYPES, _COMMENT_PROPS)]
    comments = [el for el in comments if not any(a in comments for a in el.iterancestors())]
    if comments and sum(_text_len(c) for c in comments) < 0.4 * _text_len(body):
        first = next((a for a in _AUTHOR(body) if not any(c in comments for c in a.iterancestors())), None)
        author = " ".join(first.text_content().split()) if first is not None else None
        for c in comments:
            own = next(iter(_AUTHOR(c)), None)
            if not (author and own is not None and " ".join(own.text_content().split()) == author):
                _drop(c)
    for el in _MICRODATA(body) if comments else marked:  # (what the comments held is gone with them)
        if el.getparent() is not None and _marked(el, _COUNTER_TYPES, _COUNTER_PROPS):
            _drop(el)


CHAT_WORDS = 30  # a chat's launcher or teaser: its assistant's name, its status or wait, its button
_CHAT_CANDIDATES = etree.XPath(".//*[contains(@class, 'hat') or contains(@id, 'hat')]")
# a chat's box names: "chat-teaser", `ChatLauncher_root`, WordPress's `joinchat`; not a word ending in "chat" (French
# "bloc-achat", a purchase: a colleague's review)
_CHAT_NAMES = ("chat", "livechat", "webchat", "joinchat")


STATUS_WORDS = 30  # words of a desk's live status line ("Kundeservice er åpen nå – gjennomsnittlig svartid …")
_STATES = frozenset(("open", "opened", "closed", "online", "offline", "busy", "available", "unavailable"))
_STATUS_CANDIDATES = etree.XPath(".//*[contains(@class, 'status') or contains(@class, 'Status')]")


def drop_desk_status(body) -> None:
    """A desk's live status goes: an element whose class names a status and its state (BEM's `…__status--open`,
    `contact-status--closed`, `status is-online`: a token with "status" among its words and one with a state,
    `_STATES`), of STATUS_WORDS words at most, with no heading, list, table or link in it. Whether customer service
    is open now, how long the wait in its chat or on its phone line is, when it opens again, follow the clock of
    the visit: a jeweller's Optimizely block under its policy's contact section ("Kundeservice er stengt nå. Vi
    åpner igjen i morgen kl. 09.00.") and an airport car park's phone desk in its policy's contact box ("ただいま受付中
    お電話の混雑状況：やや混雑しています（待ち時間 約3分）") made a version at nearly every capture (jewellery_world,
    parking_world). An accordion's open panel names a state and no status, and stays; so does, by a colleague's
    review, a legend of a request's states (siblings each named for one: a live status shows one state), a status
    speaking the policy's vocabulary ("Data protection helpline: 0800 …"), and one in a table or a list (a table of
    rights by state, each cell "Available")."""
    if "tatus" not in (classes := _class_names(body)) or not any(state in classes.lower() for state in _STATES):
        return  # (most pages name no status with a state)
    for el in _STATUS_CANDIDATES(body):
        names = (el.get("class") or "").lower()
        if el.getparent() is None or not any(state in names for state in _STATES):
            continue  # (WordPress marks every post `status-publish`)
        words = [_name_parts(t) for t in names.split()]
        if not any("status" in w for w in words) or not any(_STATES.intersection(w) for w in words):
            continue
        text = " ".join(el.text_content().split())
        if _nwords(text) > STATUS_WORDS or checks.policy_terms(text) or \
                next(el.iter("a", "ul", "ol", "table", *_HEADINGS), None) is not None or \
                any(a.tag in ("li", "td", "th", "table", "dl") for a in el.iterancestors()) or \
                any(_state_named(sib) for sib in itertools.chain(el.itersiblings(), el.itersiblings(preceding=True))):
            continue  # (a legend of a request's states lists them all; a live status shows one)
        _drop(el)


def _state_named(el) -> bool:
    return isinstance(el.tag, str) and any(_STATES.intersection(_name_parts(t))
                                           for t in (el.get("class") or "").lower().split())


def drop_chat_teasers(body) -> None:
    """A live chat's launcher or teaser set in the page goes: a box named for a chat (a class or id word beginning
    so, `_CHAT_NAMES`: `chat-teaser`, `ChatLauncher_root`, WordPress's `joinchat`, `livechat`) holding a button
    to open it and CHAT_WORDS words at most, no heading and no policy term: whether its agents are online and how
    long the wait is ("Online now · wait for an adviser: ~4 min") change with every visit (a simulated mobile
    operator's teaser between two blocks of its policy, telecom_world: a version at nearly every capture). Run
    while the buttons stand. A section of the policy on chats has a heading, or no button."""
    for el in _CHAT_CANDIDATES(body):
        if el.getparent() is None or el.tag in _NOT_WIDGET or not any(
                p.startswith(_CHAT_NAMES) for t in f"{el.get('class') or ''} {el.get('id') or ''}".lower().split()
                for p in _name_parts(t)):
            continue
        text = el.text_content()
        if next(el.iter("button"), None) is not None and _nwords(text) <= CHAT_WORDS and not _HAS_HEADING(el) and \
                not checks.policy_terms(text):
            _drop(el)


def drop_players(body) -> None:
    """A media player goes with the box that labels it: the outermost box around an `<audio>` or `<video>` element
    whose words are a line or two (TEASER_SENTENCES sentences, 2 × CALL_WORDS words at most), none of them in a
    paragraph, a list or a table, no heading and no policy term: a radio station's Joomla module set inside its
    policy's article, "LIVE Sasa Hewani: Amka na Mwambao na Mzee Juma / Wimbo unaocheza (06:29): Rehema Tatu –
    Bado Nakupenda / Wasikilizaji mtandaoni: 2,063" beside its live stream's `<audio>`: what plays and how many
    listen at the visit (music_world: a version at each capture). Run before media elements are stripped. A
    section's tutorial video beside its steps, its sentences or its table of retention periods stays (a colleague's
    review), and so does a caption that names the policy's matters."""
    for media in _PLAYERS(body):
        box, up = None, media.getparent()
        while up is not None and up is not body and up.tag in _PLAYER_BOXES and _player_label(up):
            box, up = up, up.getparent()
        if box is not None and box.getparent() is not None:
            _drop(box)


def _player_label(box) -> bool:
    """Is `box` a player's with its labels (`drop_players`)?"""
    if _HAS_HEADING(box) or next(box.iter("p", "li", "td", "th", "dd", "table"), None) is not None:
        return False
    text = " ".join(_spoken(box).split())
    return _nwords(text) <= 2 * CALL_WORDS and _sentences_in(box) <= TEASER_SENTENCES and \
        not checks.policy_terms(text)


_PLAYERS = etree.XPath(".//audio | .//video")
_PLAYER_BOXES = frozenset(("div", "section", "aside", "figure", "span"))


def _element_verdict(el) -> str | None:
    """`_class_verdict` of the element's class and id, the id left out when it is its heading's slug, and of a
    custom element's name (`<promo-banner>`, `<chat-widget>`: HTML's custom elements have a hyphen in their
    name, and a web component is named for what it is, as a class is)."""
    furniture_ok = el.tag not in ("main", "article", "body", "html")
    custom = el.tag if "-" in el.tag else ""
    names = f"{el.get('class') or ''} {el.get('id') or ''} {custom}".lower()
    verdict = _class_verdict(names, furniture_ok)
    if verdict == "furniture" and el.get("id") and not _own_id(el):
        verdict = _class_verdict(f"{el.get('class') or ''} {custom}".lower(), furniture_ok)
    if verdict is None and furniture_ok and not _SMALL_WIDGETS.isdisjoint(_WORD_SPLIT.split(names)) and \
            _nwords(el.text_content()) <= _SMALL_WIDGET_WORDS and not _HAS_HEADING(el):
        verdict = "furniture"
    if verdict is None and furniture_ok and _site_alert(el):
        verdict = "furniture"
    if verdict is None and furniture_ok and not _CAROUSELS.isdisjoint(names.split()):
        from .checks import policy_terms
        whole = el  # the carousel its slides are judged with: the outermost box so named
        for up in el.iterancestors():
            if not _CAROUSELS.isdisjoint((up.get("class") or "").lower().split()):
                whole = up
        if len(set(policy_terms(_spoken(whole)))) <= 1:
            verdict = "furniture"
    return verdict


# an alert component: ARIA's `alert` role ("important, and usually time-sensitive, information") or Bootstrap's
# alert with its contextual class (`alert alert-info`: "contextual feedback messages"; Canada.ca's WET and many
# government and bank templates are built on it)
_ALERT_CONTEXT = re.compile(r"^alert-(?:primary|secondary|success|danger|warning|info|light|dark)$")
# ...and design systems' alert components: the French State's DSFR (`fr-alert`), the US Web Design System's
# (`usa-alert`)
_DESIGN_ALERTS = frozenset(("fr-alert", "usa-alert"))
_SITE_ALERT_WORDS = 60  # two or three sentences: a message, not a chapter
_TEXT_BEFORE = etree.XPath("preceding::*[self::p or self::li or self::dd or self::td or self::blockquote]")


def _is_alert(el) -> bool:
    classes = (el.get("class") or "").lower().split()
    return el.get("role") == "alert" or ("alert" in classes and any(map(_ALERT_CONTEXT.match, classes))) or \
        not _DESIGN_ALERTS.isdisjoint(classes)


_ALERT_BOX = "data-pa-alert-box"
# (the components' names are lower case: a `translate()` to read others cost more than the rest of the pass)
_ALERT_CANDIDATES = etree.XPath(".//*[@role='alert' or contains(@class, 'alert')]")


def mark_alert_boxes(body) -> None:
    """Marks (`_ALERT_BOX`) the box whose only other text is the title of an alert that has no heading of its own
    (a portal's portlet "Alerte fraude" around its alert: Liferay's, france_world), for `_site_alert` to judge the
    two together. One pass over the page's alerts: asked of every box, the question cost each page's walk."""
    for alert in _ALERT_CANDIDATES(body):
        if not _is_alert(alert) or alert.xpath(_ANY_HEADING):
            continue
        own = len(" ".join(alert.text_content().split()))
        for up in alert.iterancestors():
            if up.tag in ("main", "article", "body"):
                break
            if headings := up.xpath(_ANY_HEADING):
                title = len(" ".join(headings[0].text_content().split()))
                if len(headings) == 1 and len(" ".join(up.text_content().split())) <= own + title + 2:
                    up.set(_ALERT_BOX, "1")
                break


_SITE_MESSAGE = "data-pa-site-message"


def mark_site_messages(body) -> None:
    """Marks (`_SITE_MESSAGE`) a site's message the page may show above the document: an alert component with no
    heading of its own (`_is_alert`), in a box of its own (a CMS's content element or portlet holding nothing else),
    before the box of the document's title (`_legal_title`), of _SITE_ALERT_WORDS words at most, stating no date and
    no policy term. A ferry line's sailing ban or strike in its TYPO3 content element above the policy's header
    element, an airport's traffic alert in a Liferay portlet above the policy's (simulated ones:
    `benchmarks/simulated.py`'s airline_world), shown for days and gone, made a version each way. Its words stay in
    the text, and are no part of its hash (`without_messages`): a colleague's review of a first form that dropped
    such boxes found a policy's own notes set so on all 32 of its pages (a translation's note, a scope, "this version
    replaces the previous one", a breach notice), which nothing in their words or markup told from a site's
    messages; kept, such a note is the policy's text, and only an edit of it alone makes no version."""
    title = None
    for alert in _ALERT_CANDIDATES(body):
        if alert.getparent() is None or not _is_alert(alert) or alert.xpath(_ANY_HEADING):
            continue
        text = " ".join(alert.text_content().split())
        if not text or _nwords(text) > _SITE_ALERT_WORDS or checks.policy_terms(text) or _dated(alert):
            continue
        title = title if title is not None else _legal_title(body)
        if title is None or title not in _FOLLOWING_H1(alert):
            continue
        own = alert  # the box holding the alert alone, up to the box it shares with the title
        for up in alert.iterancestors():
            if title in up.iterdescendants():
                break
            own = up
        if own is not alert and " ".join(own.text_content().split()) == text:
            own.set(_SITE_MESSAGE, "1")


def site_messages(tree) -> tuple[str, ...]:
    """The words of the site's messages `mark_site_messages` marked and the page still shows, each as one line."""
    return tuple(t for el in tree.iterfind(f".//*[@{_SITE_MESSAGE}]") if (t := " ".join(el.text_content().split())))


def without_messages(markdown: str, messages: tuple[str, ...]) -> str:
    """The Markdown without the blocks that are the words of a site's message (`site_messages`), for the hash; the
    Markdown itself when there is none."""
    if not messages:
        return markdown
    from .normalise import plain_text
    words = [" ".join(m.split()) for m in messages]
    blocks = markdown.split("\n\n")
    kept = [b for b in blocks if not ((t := " ".join(plain_text(b).split())) and
                                     any(t == w or len(t) >= 30 and t in w for w in words))]
    return "\n\n".join(kept) if len(kept) < len(blocks) else markdown


def _site_alert(el) -> bool:
    """A site's message inside the page about something else than its text: an alert component (`_ALERT_CONTEXT`,
    `role="alert"`, `_DESIGN_ALERTS`) of a few sentences (`_SITE_ALERT_WORDS`) under a heading of its own (inside
    it, or as the title of a box that holds nothing else: a portal's portlet "Alerte fraude" around its alert,
    Liferay's, france_world; the box goes with it), above the text of its `<main>` or `<article>` (no sentence
    before it there, as a title and a date line are not), naming no policy term and stating no date of the policy
    ("Entretien prévu des services en ligne: Mon dossier ne sera pas disponible le 5 mars de 0 h à 6 h", a postal
    strike: public_world's Canada.ca page, shown for weeks and gone, a false version each way). A policy's own
    note in such a box ("This policy was updated on 3 March 2024", "Your personal data …"), one without a heading of
    its own ("What changed: we now keep chat transcripts for 12 months", "Applies to: customers in Canada": a
    colleague's review found seven such notes dropped by a first form that asked none), or one among its sections
    ("Please note: we never ask for your password"), stays. ARIA's `status` role ("advisory information for the
    user that is not important enough to justify an alert", WAI-ARIA 1.2) marks a site's message whether it has a
    heading or not (a rail operator's weather and strike alerts above its policy, shown for days and gone: a
    simulated one's, travel_world, 19 false versions), in a box that links to another page for more and writes
    no year: a colleague's review found a policy's summary of changes, its scope, its version line, its
    controller's card and its dates in eight languages (which `declared_date`, not knowing the page's
    language, did not read) set in such boxes."""
    if el.get("role") == "status":  # a status message: a box, a heading of its own or none, a link to more
        if el.tag not in ("div", "section", "aside") or len(el.xpath(_ANY_HEADING)) > 1 or \
                _YEAR.search(el.text_content()) or not any(
                    (href := (a.get("href") or "").lower()) and not href.startswith(("#", "mailto:", "tel:"))
                    for a in el.iter("a")):
            return False
    elif not (el.get(_ALERT_BOX) or (el.get("role") == "alert" or "alert" in (el.get("class") or "").lower()) and
              _is_alert(el)) or len(el.xpath(_ANY_HEADING)) != 1:
        return False
    box = next((up for up in el.iterancestors() if up.tag in ("main", "article", "body")), None)
    if box is not None and any(box in p.iterancestors() and _sentence_like(p) for p in _TEXT_BEFORE(el)):
        return False
    text = el.text_content()
    if _nwords(text) > _SITE_ALERT_WORDS or checks.policy_terms(text):
        return False
    from .meta import declared_date
    return declared_date(text) is None


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_SLUG_WORD = re.compile(r"[^\W\d_]+")


def _own_id(el) -> str:
    """The element's id, unless it is the slug of its own heading: `id="23-sharing-of-your-personal-data"`
    on the section titled "2.3 Sharing of Your Personal Data" names that section, and says nothing about
    furniture ("sharing", "social", "cookies" are furniture words in a theme's class names, and section
    titles of a policy). Slug: two words or more of the heading, and few others (parts with figures are
    numbering or generated, and not counted; one generated suffix of letters is: 60%), or one word of a short
    title (`<h2 id="comments">Comments</h2>`, `<section id="consent"><h2>Your consent</h2>`). A section is one
    with prose of its own (a sentence: 12 words besides its headings and links) and no form controls: a share
    widget titled "Share this page", a "Newsletter signup" box, are still widgets. (A table of contents links
    to such ids: "#cookies", "#consent", "#sharing"; a short section so named was dropped as furniture.)"""
    value = el.get("id") or ""
    slug = [part for w in re.split(r"[\W_]+", value.lower()) if w.isalpha()  # "-x7f3a": a generated suffix
            for part in _compound_words(w)]
    if not slug:
        return value
    head = el if el.tag in _HEADINGS else next(el.iter(*_HEADINGS), None)
    if head is None:
        return value
    title = set(_SLUG_WORD.findall(" ".join(head.itertext()).lower()))
    found = sum(w in title for w in slug)
    # one word: a word of a short title ("Comments", "Your consent"); more: most of them, two at least
    if (found < 2 or found < 0.6 * len(slug)) if len(slug) > 1 else (not found or len(title) > SHORT_TITLE):
        return value
    if head is not el:
        if next(el.iter("form", "input", "button", "select"), None) is not None:
            return value  # a widget (a sign-up box titled "Newsletter signup")
        text = len(" ".join(el.itertext()).split())
        aside = sum(len(" ".join(a.itertext()).split()) for a in el.iter("a", *_HEADINGS))
        if text - aside < SECTION_WORDS:
            return value
    return ""


def _compound_words(word: str) -> list[str]:
    """A furniture compound's two words ("sociallinks", an id `socialLinks` lower-cased: social, links), so that
    it is judged as "social-links" is (a section so named after its heading "Social media links" is told by
    it); any other word alone."""
    m = _FURNITURE_COMPOUND.fullmatch(word)
    return [g for g in m.groups() if g] if m else [word]


def _name_parts(token: str) -> list[str]:
    """The words of a lower-cased class or id token: "jp-relatedposts" -> jp, related, posts."""
    return [w for p in token.replace("_", "-").split("-") for w in _compound_words(p)]


SHORT_TITLE = 4  # words of a title one word of which may name its section's id
SECTION_WORDS = 12  # a section says at least a sentence besides its headings and links


def _answer_box(nav) -> bool:
    """A `<nav>` that holds prose: a paragraph ending a sentence, and links in a fifth of its text at most. Webflow's
    Dropdown component sets its list in a `<nav>`, and a FAQ built of it ("w-dropdown-list") holds each answer so:
    taken for navigation, every answer was dropped and a question added was missed (`benchmarks/simulated.py`'s
    layered_world). A menu is links, with a blurb now and then."""
    text, links = _text_and_links(nav)
    return bool(text) and links <= 0.2 * len(text) and any(
        " ".join(p.text_content().split())[-1:] in _SENTENCE_ENDS for p in nav.iter("p"))


def _text_and_links(el) -> tuple[str, int]:
    """The element's text (whitespace folded) and how many of its characters are link text."""
    return (" ".join(el.text_content().split()),
            sum(len(" ".join(a.text_content().split())) for a in el.iter("a")))


# furniture words that are also the topics of a policy's chapters (sharing, social media, newsletters)
_TOPIC_WORDS = frozenset(("share", "sharing", "social", "socials", "newsletter", "feedback"))


def _section_of_prose(el) -> bool:
    """An element whose class or id holds a furniture word that is also a policy's topic ("sharing",
    "social", "newsletter": `_TOPIC_WORDS`) but that holds the prose of a section (100 words or more outside
    links, in two sentences or more, little link text) is that section: "Sectionpanel-information-sharing"
    is the policy's chapter on sharing; so is a section of a sentence or more under its numbered heading, with
    no form control in it. Words that only name furniture (comments, related, sidebar, promo, menu, modal) are
    not let off by prose."""
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower().split()
    parts = {p for t in names for p in _name_parts(t)}
    if any(t in _FURNITURE_TOKENS for t in names) or (parts & (_FURNITURE_PARTS | _FURNITURE_TOKENS)) - _TOPIC_WORDS:
        return False  # a word that only ever names furniture: comments, related posts, a sidebar, a menu
    text, links = _text_and_links(el)
    if links > 0.3 * max(len(text), 1):
        return False
    sentences = sum(1 for b in el.iter("p", "li") if _sentence_like(b))
    if len(text.split()) >= 100 and sentences >= 2:
        return True
    # a numbered section of prose, its heading in any language (`<section id="share"><h2>3. העברת מידע לצדדים
    # שלישיים</h2><p>…</p>`: the id is no slug of a Hebrew or Arabic title, so `_own_id` cannot tell it; a fresh
    # user's trial lost the chapter on sharing in both): its numbered heading first (a document's section: a
    # widget's "Follow us" or "Was this helpful?" is never numbered, a second review), a sentence besides its
    # headings and links, no form controls (a share widget has its buttons, a newsletter box its form)
    head = next(el.iter(*_HEADINGS), None)
    if head is None or next(el.iter("form", "input", "button", "select", "textarea"), None) is not None or \
            not _numbered_heading(head):
        return False
    first = next((d for d in el.iterdescendants(etree.Element) if (d.text or "").strip()), None)
    if (el.text or "").strip() or first is None or (first is not head and head not in first.iterancestors()):
        return False  # the heading is not what the element begins with
    aside = sum(len(" ".join(a.itertext()).split()) for a in el.iter("a", *_HEADINGS))
    return sentences >= 1 and len(text.split()) - aside >= SECTION_WORDS


def _furniture_words(el) -> set[str]:
    """The furniture words (`_FURNITURE_TOKENS`, `_FURNITURE_PARTS`) in the element's class and id."""
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower().split()
    return {t for t in names if t in _FURNITURE_TOKENS} | \
        {p for t in names for p in _name_parts(t) if p in _FURNITURE_PARTS}


def _toggle_box(el) -> bool:
    """A box named for furniture whose words are all an accordion header's (`keep_disclosure_headers`) and whose
    header opens a panel of prose (SECTION_WORDS words or more, links in half of them at most) is that header's box,
    named by its component: Tilda's accordion sets each section's title in a `t585__header` (BEM's "header" element
    of the block `t585`, not the page's header), and every title of a Latvian music school's policy was dropped with
    it (music_world: its sections ran together, and an edit of a title would have been missed). A site header's
    menu toggle opens a list of links."""
    headers = el.xpath(".//*[@data-pa-header]")
    if not headers or " ".join(_spoken(el).split()) != " ".join(" ".join(_spoken(h).split()) for h in headers):
        return False
    for h in headers:
        panels = _indexed(h, "id", h.get("aria-controls")) if h.get("aria-controls") else []
        text, links = _text_and_links(panels[0]) if panels else ("", 0)
        if len(text.split()) < SECTION_WORDS or links > 0.5 * len(text):
            return False
    return True


def _layout_of_regions(el) -> bool:
    """A box named for furniture that holds a box named by the same word, and twice as much text beside it
    (200 characters at least), is a layout of the page's regions, named for the region it has: Drupal Panels'
    `zen-one-sidebar-second` holds the content and `panel-sidebar-first`, the Genesis themes'
    `content-sidebar-wrap` holds `<main>` and the sidebar. The regions are judged, not the layout, which held
    less than 40 % of a page of heavy chrome and went with a short policy (found on real site chrome:
    `benchmarks/site_chrome.py`). A sidebar of widgets has no text beside its inner boxes, or none set as
    content is, in a paragraph or under a heading, nor speaking of the policy: a yoga studio's Bitrix `bx-sidebar`
    holds its `sidebar-app` box and, beside it, a list of the next classes with their free places, new at every
    visit (wellness_world); a policy set in a page builder's `<div>`s beside a sidebar is a policy (a colleague's
    review)."""
    words = _furniture_words(el)
    if not words:
        return False
    inner, inside = set(), 0
    for d in el.iterdescendants(etree.Element):
        if ("class" in d.attrib or "id" in d.attrib) and _furniture_words(d) & words and \
                not any(a in inner for a in d.iterancestors()):
            inner.add(d)
            inside += len(_squeezed(d))
    if not inner:
        return False
    beside = len(_squeezed(el)) - inside
    return beside >= 200 and beside >= 2 * inside and (any(
        b not in inner and not any(a in inner for a in b.iterancestors()) for b in el.iter("p", *_HEADINGS)) or
        bool(checks.policy_terms(_besides(el, inner))))


# furniture words of class names that are also what a policy's section may be about
_POLICY_TOPICS = _TOPIC_WORDS | {"cookie", "cookies", "consent", "tracking", "advertising", "ads", "marketing",
                                 "analytics"}


def _body_of_its_heading(el) -> bool:
    """An element named by a furniture word that the heading just before it names too (`<h2>Cookies</h2>
    <div class="cookies"><p>We use cookies only to keep you logged in.</p></div>`) is that section's text,
    however short: a theme names a section's box after its title. A sentence is asked of it, and no form
    control (a consent widget under "Cookie settings" stays a widget); only words that are also a policy's
    topics count (`_POLICY_TOPICS`: "related" or "comments" under such a heading are still furniture). The
    heading may open the box itself (`<div class="data-sharing"><h3>Data sharing</h3><p>We share your profile
    with…</p></div>`: an audit of missed changes found every edit inside such a box unversioned)."""
    first = next(el.iterchildren(etree.Element), None)
    if first is not None and first.tag in _HEADINGS and len(el) > 1:
        heading = first
    elif _panel_of_heading(el):
        heading = el.getprevious()
        while not isinstance(heading.tag, str):
            heading = heading.getprevious()
    else:
        return False
    if next(el.iter("form", "input", "button", "select"), None) is not None:
        return False
    if not (_sentence_like(el) or any(_sentence_like(b) for b in el.iter("p", "li"))):
        return False
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    parts = {p for w in re.split(r"[\W_]+", names) for p in _compound_words(w) if p in _POLICY_TOPICS}
    title = _SLUG_WORD.findall(" ".join(heading.itertext()).lower())
    return any(_same_stem(p, w) for p in parts for w in title)


def _same_stem(a: str, b: str) -> bool:
    """"cookie" and "cookies", "share" and "sharing": the shorter word, but for its last letter, begins the
    longer, four letters at least."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and long.startswith(short[:max(4, len(short) - 1)])


_HEADER_WORD = re.compile(r"header|masthead", re.I)


def _document_header(el) -> bool:
    """An element named a header ("subsidary__header", "section-header") that holds a heading and prose
    (15 words or more besides the headings, sentences, little link text): the header of a document or
    section (its title and opening text), not the site's banner, which is a logo, menus and buttons."""
    if el.tag not in ("div", "section"):
        return False
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower().split()
    # a header of something ("subsidary__header", "legal-header"), not the site's ("header", "site-header")
    if not any(_HEADER_WORD.search(t) and t not in _FURNITURE_TOKENS for t in names) or \
            any(t in _FURNITURE_TOKENS for t in names):
        return False
    if next(el.iter(*_HEADINGS), None) is None:
        return False
    text, links = _text_and_links(el)
    titles = sum(len(h.text_content().split()) for h in el.iter(*_HEADINGS))
    return links < 0.2 * max(len(text), 1) and len(text.split()) - titles >= 15 and _sentence_like(el)


_TITLE_BOX_CHARS = 400  # a title block: the title, a date line, a line of introduction


def _legal_title_box(el) -> bool:
    """A box (a page-level <header>, a div of class "header") whose heading names a legal page
    ("Datenschutzerklärung", "プライバシーポリシー") and that holds little else, no menu nor form: the document's
    title and date, where the theme set them in the page's header band, not the site's banner (a logo, menus)."""
    from ..classify import heading_kind
    if el.tag not in ("div", "section", "header"):
        return False  # (a heading of class "section-header" is judged as a heading)
    head = next(el.iter(*_HEADINGS), None)
    trails = [t for t in el.iter("nav", "ul", "ol") if _breadcrumb_trail(t)]
    if head is None or any(not any(t is x or t in x.iterancestors() for t in trails)
                           for x in el.iter("nav", "form", "input", "select", "ul", "ol")):
        return False
    text, links = _text_and_links(el)
    for trail in trails:  # the page's place in the site, over its title: no words of the box
        trail_text, trail_links = _text_and_links(trail)
        text, links = text.replace(trail_text, "", 1), links - trail_links
    # the document as a file ("Download PDF" beside its title) is no link away from it
    links -= sum(len(" ".join(a.text_content().split())) for a in el.iter("a") if _file_of_page(a))
    return len(text) <= _TITLE_BOX_CHARS and links < 0.2 * max(len(text), 1) and \
        heading_kind(" ".join(" ".join(head.itertext()).split()))[0] is not None


def _file_of_page(a) -> bool:
    """A link that downloads a file (HTML's `download` attribute) or leads to a PDF."""
    return "download" in a.attrib or urlsplit(a.get("href") or "").path.lower().endswith(".pdf")


def _breadcrumb_trail(el) -> bool:
    """A list or nav named a breadcrumb trail (a "crumb" in its class or id, WAI-ARIA's `aria-label="Breadcrumb"`,
    schema.org's BreadcrumbList)."""
    names = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('aria-label') or ''}".lower()
    return "crumb" in names or "breadcrumblist" in (el.get("itemtype") or "").lower()


def _drop(el) -> None:
    """Remove an element but keep its tail text (lxml's drop_tree semantics for any element)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def decode_cfemail(hexstr: str) -> str | None:
    """Cloudflare's e-mail obfuscation: first byte is the XOR key of the rest."""
    try:
        data = bytes.fromhex(hexstr)
    except ValueError:
        return None
    if len(data) < 2:
        return None
    key = data[0]
    try:
        return bytes(b ^ key for b in data[1:]).decode("utf-8")
    except UnicodeDecodeError:
        return None


def decode_emails(tree) -> None:
    """Obfuscated addresses become plain ones, so the per-request key never makes a version."""
    found = tree.xpath('//*[@data-cfemail or self::a[contains(@href, "/cdn-cgi/l/email-protection")]]')
    for el in found:
        if (key := el.get("data-cfemail")) is not None and (addr := decode_cfemail(key)):
            for child in list(el):
                el.remove(child)
            el.text = addr
            del el.attrib["data-cfemail"]
    for a in found:
        if a.tag != "a" or "/cdn-cgi/l/email-protection" not in (href := a.get("href", "")):
            continue
        addr = decode_cfemail(href.rsplit("#", 1)[-1]) if "#" in href else None
        if addr:
            a.set("href", "mailto:" + addr)
        elif "@" in "".join(a.itertext()):
            a.set("href", "mailto:" + "".join(a.itertext()).strip())
    # "name [at] example [dot] com" is left to normalise.py, which works on text.


_TELLING_TAGS = frozenset(("nav", "header", "footer", "aside", "form", "dialog"))
_QUESTION_MARKS = "?？؟\u037e"  # Latin and most scripts, CJK full width, Arabic script, Greek
POLL_QUESTION_WORDS = 12  # "Was this page helpful?", "Hasznos volt ez az oldal?"
POLL_ANSWER_WORDS = 3  # "Yes", "Igen", "Not really"
POLL_NODES = 30  # elements a poll's box holds at most (a question, its buttons, their icons and labels)


# the path of an author's page: WordPress's /author/, a help centre's /profiles/ (Zendesk), /users/, /people/
_AUTHOR_PATH = re.compile(r"/(?:authors?|profiles?|users?|people|members?|contributors?)/[^/?#]", re.I)
BYLINE_WORDS = 15  # "Chhobighor Legal Team · 9 April 2023 · Updated", "Posted on 3 March 2024 by admin"
BYLINE_CHARS = 120  # ...and its characters, which bound a script written without spaces too
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")  # in any script's digits ("2019", Khmer's "២០២២")
# a class naming its element the page's author or byline: a wiki's export's `<span class="author">`, a help centre's
# `<div class="article-author">` (its profile not linked), a theme's "post-author", "author_box", "byline", Plone's
# "documentByLine" ("Publicado em 04/06/2021 15h22 Atualizado em 28/09/2021 07h42", gov.br's portals)
_NAMED_AUTHOR = re.compile(r"(?:^|[\s_-])(?:authors?|[a-z]*byline)(?:$|[\s_-])", re.I)


_ISO_DATE = re.compile(r"\s*\d{4}-\d\d-\d\d")
_TIME_LABEL_WORDS = 3


def _visit_relative(time) -> bool:
    """Is `time` (a `<time>` element) a time relative to the visit, in any language of the vocabulary: its
    `datetime` a date, its words (six at most, no year) a time before now (`meta.says_ago`: "prieš 8 mėnesius",
    "prieš metus", "3 ay önce") or marked so (Zendesk Guide's `data-datetime="relative"`, a `timeago` class), and on
    its line nothing else but a label of three words at most without a figure ("Atnaujinta")? A help centre's
    template writes the article's date so (Zendesk Guide's `{{date updated_at timeago=true}}`, moment.js's
    `fromNow`), and the words age between visits: a version at each (a simulated Lithuanian school app's Zendesk
    article, `benchmarks/simulated.py`'s family_world, 14 false versions). A sign of the past is needed: a
    colleague's review found dates the words state without the `datetime`'s year or day dropped by a first form that
    asked none (令和六年四月一日, 二〇二四年五月一日, "22 شوال", "the first of May", a history's "1. Mai" whose
    `datetime` a script wrote the day before in UTC)."""
    from .meta import says_ago
    text = " ".join(time.text_content().split())
    if not _ISO_DATE.match(time.get("datetime") or "") or not text or len(text.split()) > 6 or _YEAR.search(text):
        return False
    marked = time.get("data-datetime") == "relative" or "timeago" in (time.get("class") or "").lower()
    if not (marked or says_ago(text)):
        return False
    line = next((a for a in time.iterancestors() if a.tag in _LINE_BREAKING), None)
    if line is None:
        return False
    rest = " ".join(_spoken(line).split()).replace(text, " ", 1).split()
    return len(rest) <= _TIME_LABEL_WORDS and not any(c.isdigit() for c in "".join(rest))


def _byline(el):
    """The byline `el` stands in, when it is one: the nearest box around it (three levels up at most) of
    BYLINE_WORDS words and BYLINE_CHARS characters at most that, around a `<time>`, holds a link to an author's
    page (`_AUTHOR_PATH`, or `rel="author"`), or, from a box a class names the page's author (`_NAMED_AUTHOR`:
    its name is not linked), holds a year: who posted the page and when (a help centre's
    article meta, a blog theme's entry meta, Confluence's "Created by …, last modified by … on …"), which a CMS
    stamps anew at every save though no word of the policy changed, and which the document's curators leave out
    (a Zendesk article's "updated" date: `benchmarks/simulated.py`'s platforms_world, and with its author
    unlinked, its edits_world; a Confluence page's: its migrations_world). Never a box holding a heading, a table's
    row or cell, or a definition list, nor a named one that ends a sentence or states a version's or an effective
    date (`meta.POLICY_DATE_WORD`) (two colleagues' reviews: a theme's header with the title and "Effective January
    1, 2024" beside an unlinked author, a history's "Author" column, a Japanese statement's signature, whose fifteen
    "words" were a section, a document-control list, "Approved by the Board on 12 December 2023."). None otherwise."""
    named = el.tag != "time"
    for box in itertools.islice(itertools.chain((el,) if named else (), el.iterancestors()), 4 if named else 3):
        if box.tag in ("body", "main", "article", "table", "tr", "td", "th", "dl") or \
                next(box.iter(*_HEADINGS, "dl"), None) is not None:
            return None
        text = " ".join(box.text_content().split())
        if named and any(1900 <= int(year) < 2100 for year in _YEAR.findall(text)) or not named and any(
                "author" in (a.get("rel") or "").split() or _AUTHOR_PATH.search(a.get("href") or "")
                for a in box.iter("a")):
            return box if len(text.split()) <= BYLINE_WORDS and len(text) <= BYLINE_CHARS and not (
                named and (text[-1:] in ".!?。" or POLICY_DATE_WORD.search(text) or _after_text(box))) else None
    return None


# a link to one commit of a version-control system (GitHub's and Gitea's /commit/<sha>, GitLab's /-/commit/<sha>,
# Bitbucket's /commits/<sha>, Mercurial's /changeset/<sha>); a hash with a letter (a CMS's /rev/20240912 is none)
_COMMIT_PATH = re.compile(r"/(?:-/)?(?:commits?|changeset)/(?=[0-9]*[a-f])[0-9a-f]{7,40}(?![0-9a-z])", re.I)


_MODIFIED = etree.XPath(".//*[@itemprop='dateModified' or @property='dateModified' or @property='dcterms:modified']")


def drop_modified_stamps(body) -> None:
    """A page's date of last modification as its template marks it for machines (schema.org's `dateModified`, in
    microdata or RDFa: Canada.ca's "Date modified: 2021-07-25" under every page, a theme's "Updated <time
    itemprop=dateModified>"), on a line of its own (the widest box around it of BYLINE_WORDS words at most, with
    no heading, outside a table or a list): the CMS's stamp of the page's last save, set at every republication
    though no word of the policy changed (a simulated federal programme's page, `benchmarks/simulated.py`'s
    public_world: a version at each). The line's words beside the date are a label of MODIFIED_LABEL words at
    most, none stating a version or an effect (`POLICY_DATE_WORD`); the policy's own date line carries no such
    mark, and a date so marked in a sentence, beside an address or an effective date, in a table or a list is
    its word (a colleague's review)."""
    for el in _MODIFIED(body):
        if el.getparent() is None or not el.text_content().strip() or \
                any(a.tag in _NOT_WIDGET and a.tag not in ("main", "article") for a in el.iterancestors()):
            continue
        box, up = el, el.getparent()
        while up is not None and up is not body and up.tag not in _NOT_WIDGET and \
                _nwords(up.text_content()) <= BYLINE_WORDS and next(up.iter(*_HEADINGS), None) is None and \
                len(_LABEL_WORD.findall(label := _text_outside(up, el))) <= MODIFIED_LABEL and \
                not POLICY_DATE_WORD.search(label):
            box, up = up, up.getparent()
        if box is not el and box.tag not in _LINE_PARTS and box.text_content().strip()[-1:] not in ".!?。":
            _drop(box)  # (an inline box is a part of a line: "Version 4.2 · <span>Updated <time>…</time></span>")
    # hAtom's (and microformats2's) date of the entry's last change, written for machines, a date and time alone:
    # Avada's `<span class="updated rich-snippet-hidden">2022-05-11T22:03:18-06:00</span>` in every page, hidden by
    # its stylesheet, a new one at each save (accountants_world); a date shown to readers so named is the text's,
    # "Last updated: <time class="entry-date updated">2025-03-01 09:30</time>" (a colleague's review)
    for el in _HATOM_UPDATED(body):
        classes = el.get("class").lower().split()
        if el.getparent() is not None and ("updated" in classes or "dt-updated" in classes) and \
                not _HIDDEN_ALWAYS.isdisjoint(classes) and _ISO_STAMP.fullmatch(el.text_content().strip()) and \
                not any(a.tag in _IN_ROWS for a in el.iterancestors()):
            _drop(el)


# (hidden at every width and in every medium: not Bootstrap's `hidden-xs`, `hidden-print`, `d-none d-md-inline`)
_HIDDEN_ALWAYS = frozenset(("hidden", "hide", "sr-only", "screen-reader-text", "visually-hidden",
                            "rich-snippet-hidden"))
_HATOM_UPDATED = etree.XPath(".//*[contains(@class, 'updated')]")  # (its whole class tokens read in Python: cheaper)
_ISO_STAMP = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?"
                        r"(?:Z|[+-][0-2]\d:?[0-5]\d)?")


# a promotional material's approval code, as pharmaceutical companies print one on every page they publish, with
# the date it was prepared or last reviewed (the ABPI Code's and EFPIA's "job code": "PP-UNP-GBR-1234 | Date of
# preparation: May 2024", "UK-ABC-2300123", Japan's "JP-NVL-SAS-0412 2022年9月作成"): capitals, then two or more
# parts of capitals or digits joined by hyphens, a digit among them
_MATERIAL_CODE = re.compile(r"(?<![\w-])(?=[A-Z0-9-]*\d)[A-Z]{1,5}(?:-[A-Z0-9]{2,}){2,}(?![\w-])")
_IN_ROWS = frozenset(("table", "tr", "td", "th", "ul", "ol", "li", "dl"))
# the code with its issue after it ("MAT-GB-2301234 (v2.0)", "JP-NVL-SAS-0412(1)"), and a month written in figures
_CODE_AND_ISSUE = re.compile(_MATERIAL_CODE.pattern + r"(?:\s?\((?:v\s?)?\d+(?:\.\d+)?\))?")
_NUMERIC_MONTH = re.compile(r"(?<!\d)\d{1,2}[./]\d{2,4}(?!\d)")
CODE_LABEL_WORDS = 5  # "Job code", "Date of preparation", "資材番号": the words beside the code and its date


def drop_material_codes(body, alltext: str) -> None:
    """A material's approval code with its date, alone on the text's last line: the code and date of preparation
    a pharmaceutical company's compliance review stamps on every page, restamped at each yearly review though no
    word of the policy changed (a patient-support programme's notice, `benchmarks/simulated.py`'s pharma_world: a
    version at each review). The line is the box around the code that holds nothing else, outside a table or a
    list, with no link, no heading and no sentence's end; besides the code (and its issue) and its date, a label of
    CODE_LABEL_WORDS words at most with no figure and no version or effect (`POLICY_DATE_WORD`); a year outside the
    code; the text before it, and no heading or paragraph after it in its `<main>` or `<article>` but the page's
    chrome (a footer's columns, a cookie banner: `_in_chrome`). A colleague's review of 71 pages: a first form, the
    widest short box around a code with a year anywhere after the text's start, took a company's address beside
    the code, a form's reference in its section, a certificate's or a registration's number, a document's control
    line ("Policy ID: PRIV-EXT-0007 | Owner: Legal | Approved 14/02/2024"); a reference whose label ends in a date
    ("管理番号：JP-PRV-POL-001 2023年4月1日改定") reads as the stamp does and goes."""
    if not re.search(r"[A-Z](?:-[A-Z0-9]{2,}){2,}", alltext):  # (the page's text runs its lines together)
        return
    for el in [el for el in body.iter(etree.Element) if
               _MATERIAL_CODE.search(el.text or "") or any(_MATERIAL_CODE.search(c.tail or "") for c in el)]:
        if el.getparent() is None or any(a.tag in _IN_ROWS for a in (el, *el.iterancestors())):
            continue
        text = " ".join(el.text_content().split())
        box, up = el, el.getparent()
        while up is not None and up is not body and up.tag not in _NOT_WIDGET and \
                " ".join(up.text_content().split()) == text:
            box, up = up, up.getparent()
        rest = _CODE_AND_ISSUE.sub(" ", text)
        label = _YEAR.sub(" ", _NUMERIC_MONTH.sub(" ", ANY_DATE.sub(" ", rest)))
        if box.tag not in _LINE_PARTS and next(box.iter(*_HEADINGS), None) is None and \
                box.find(".//a[@href]") is None and text[-1:] not in ".!?。" and \
                any(1900 <= int(y) < 2100 for y in _YEAR.findall(rest)) and not POLICY_DATE_WORD.search(text) and \
                _nwords(label) <= CODE_LABEL_WORDS and not re.search(r"\d", label) and \
                _follows_text(box) and not _text_follows(box):
            _drop(box)


def _in_scope(box):
    """A test of whether an element stands within the nearest `<main>` or `<article>` around `box` (anywhere in
    the page, when none is)."""
    scope = next((a for a in box.iterancestors() if a.tag in ("main", "article") or a.get("role") == "main"), None)
    return lambda el: scope is None or el is scope or any(a is scope for a in el.iterancestors())


def _text_follows(box) -> bool:
    """Does a heading, or a paragraph of more than eight words, come after `box` within its `<main>` or
    `<article>`, outside the page's chrome (`_in_chrome`: a footer's column titles, a cookie banner's text)?"""
    inside = _in_scope(box)
    return any((x.tag in _HEADINGS or x.tag == "p" and _nwords(x.text_content()) > 8) and inside(x) and
               not _in_chrome(x) for x in box.xpath("following::*"))


_CHROME_TAGS = frozenset(("footer", "nav", "header", "aside", "form", "dialog"))
_CHROME_ROLES = frozenset(("contentinfo", "navigation", "banner", "dialog", "alertdialog"))


def _in_chrome(el) -> bool:
    """Is `el` inside the page's chrome: a footer, a navigation, a header, an aside, a form or a dialog by its tag
    or role, or a box its class or id names furniture or consent (`_class_verdict`)?"""
    return any(a.tag in _CHROME_TAGS or a.get("role") in _CHROME_ROLES or
               (a.get("class") or a.get("id")) and
               _class_verdict(f"{a.get('class') or ''} {a.get('id') or ''}".lower(), True) is not None
               for a in (el, *el.iterancestors()))


def _follows_text(box) -> bool:
    """Does more than a sentence of text (BYLINE_WORDS words) come before `box` within its `<main>` or
    `<article>`?"""
    inside = _in_scope(box)
    return _nwords(" ".join(t for t in box.xpath("preceding::text()") if inside(t.getparent()))) > BYLINE_WORDS


_LINE_PARTS = frozenset(("span", "time", "a", "em", "strong", "b", "i", "small", "abbr", "bdi", "bdo", "data"))
MODIFIED_LABEL = 4  # words beside the date: "Date modified:", "Last modified:", "Mis à jour le", "Stand:"
_LABEL_WORD = re.compile(r"\w+")


def _commit_message(a) -> bool:
    """Is the link's text its commit's message ending in the commit's short hash ("… (#398) (8f90bb2)"), the one
    commit linked in the box around its line?"""
    named = re.search(r"\(([0-9a-f]{7,40})\)$", " ".join(a.text_content().split()))
    up = a.getparent()
    box = up.getparent() if up is not None else None
    return bool(named and named.group(1) in (a.get("href") or "") and box is not None and
                sum(1 for x in box.iter("a") if _COMMIT_PATH.search(x.get("href") or "")) == 1)


def _revision_stamp(a):
    """The line a link to a commit of the page's source stands in, when it is the page's revision stamp: the nearest
    box around it (three levels up at most) of BYLINE_WORDS words and BYLINE_CHARS characters at most, with a year,
    that ends no sentence and holds no heading, row or definition list, the link itself three words at most ("Last
    change: b207531 · 19 April 2021": a static site generator's Git information, Hugo's GitInfo, MkDocs' and
    Docusaurus' last-update plugins), which changes at every commit of the file though no word of the policy did
    (a simulated e-invoicing service's Hugo page: `benchmarks/simulated.py`'s officedocs_world). A sentence that
    cites a commit is the policy's, and so are a list's items (a change history, a build's release notes) and a line
    with a version's or an effective date (`meta.POLICY_DATE_WORD`: "Effective date: 1 March 2025 · View source", a
    colleague's review); the commit's hash has a letter, so a date's digits in a CMS's revision path are none.
    The link may instead be the commit's message ending in its short hash, as Docsy writes it ("Last modified 28 July
    2021: Legal: page weights (#398) (8f90bb2)": a simulated database company's Hugo page, devtools_world), when
    no other commit is linked around it (a colleague's review: a policy's change log in paragraphs, each entry
    its commit's message and hash, is the policy's)."""
    if len(a.text_content().split()) > 3 and not _commit_message(a):
        return None
    for box in itertools.islice(a.iterancestors(), 3):
        if box.tag in ("body", "main", "article", "table", "tr", "td", "th", "dl", "li", "ul", "ol") or \
                next(box.iter(*_HEADINGS, "dl", "li"), None) is not None:
            return None
        text = " ".join(box.text_content().split())
        if len(text.split()) > BYLINE_WORDS or len(text) > BYLINE_CHARS or text[-1:] in ".!?。" or \
                POLICY_DATE_WORD.search(text):
            return None
        if any(1900 <= int(year) < 2100 for year in _YEAR.findall(text)):
            return box
    return None


def _after_text(box) -> bool:
    """Does a paragraph of the text (more than eight words) come before `box`? A byline heads its page; a line
    naming a person at the text's end is its signature ("Jane Doe, Data Protection Officer / Leeds, 1 March 2024":
    a colleague's review). Within the nearest `<article>` or `<main>` holding such a paragraph (not a section or a
    signature card set in an `<article>` of its own: a second review) when it stands in one: a site's notice
    above it ("Scheduled maintenance every Tuesday from 9:00 to 11:00") is not the text (a simulated game's
    help centre, `benchmarks/simulated.py`'s apps_world: its article's updated time made a version at each save)."""
    scope = next((a for a in box.iterancestors() if (a.tag in ("article", "main") or a.get("role") == "main")
                  and any(_nwords(p.text_content()) > 8 for p in a.iter("p"))), None)
    return any(len(p.text_content().split()) > 8 and (scope is None or scope in p.iterancestors())
               for p in box.xpath("preceding::p"))


def drop_polls(tree) -> None:
    """Feedback polls (`_feedback_poll`) are widgets, removed in place: the nearest box around two or more
    buttons that is one."""
    seen = set()
    for button in list(tree.iter("button")):  # (after `role_buttons`: a `role="button"` is a <button> by then)
        for box in itertools.islice(button.iterancestors(), 3):
            if box in seen:
                break
            seen.add(box)
            if box.getparent() is not None and _feedback_poll(box):
                _drop(box)
                break


def _feedback_poll(el) -> bool:
    """A box that asks the reader one short question and holds two or more buttons (`<button>`, or an element
    of role `button`) of a few words each to answer it, and nothing else: "Was this page helpful? Yes No", in
    any language, however its classes are named (a social network's atomic classes, `benchmarks/simulated.py`;
    the phrases `_FEEDBACK` reads cover fifteen languages). Not a poll (a colleague's review): links set as
    buttons ("Email our DPO"), buttons without words (an accordion's icons), a heading with its actions ("Do we
    sell your data?" over Print and Share), a question with its answer after it (a FAQ's Show and Hide), or a
    line ending in ";" (Greek's question mark only as its own character, U+037E). An accordion's headers are
    buttons holding the question itself, with the answers outside: no poll either."""
    nodes = list(itertools.islice(el.iter(), POLL_NODES + 1))
    if len(nodes) > POLL_NODES:  # a poll is a small box: a page's column with buttons is read no further
        return False
    buttons = [b for b in nodes if isinstance(b.tag, str) and b is not el and b.tag != "a"
               and (b.tag == "button" or (b.get("role") or "").lower() == "button")]
    if len(buttons) < 2 or any(not 0 < len(b.text_content().split()) <= POLL_ANSWER_WORDS
                               or b.find(".//a") is not None for b in buttons):
        return False
    if next(el.iter(*_HEADINGS), None) is not None or _followed_by_text(el):
        return False  # a section's heading with its actions, a FAQ's question over its answer
    rest = " ".join(el.text_content().split())
    for b in buttons:  # the question: the box's words but its answers'
        rest = rest.replace(" ".join(b.text_content().split()), " ", 1)
    rest = " ".join(rest.split())
    return bool(rest) and rest[-1] in _QUESTION_MARKS and rest.count(rest[-1]) == 1 and \
        len(rest.split()) <= POLL_QUESTION_WORDS


def _followed_by_text(el) -> bool:
    """Does a block of more than POLL_QUESTION_WORDS words come right after `el` (an answer after a question)?"""
    nxt = _element_sibling(el, "getnext")
    if nxt is None or len(nxt.text_content().split()) <= POLL_QUESTION_WORDS:
        return False
    # ...an answer, not a list of links (an Intercom article's "Related Articles" after its poll "Did this answer
    # your question? 😞 😐 😃": the poll stayed whenever related articles were listed, a simulated companion app's
    # help-centre policy, `benchmarks/simulated.py`'s genai_world; an answer under a heading of its own, "Do we sell
    # your information? Show Hide / #### No. …", is an answer still: a colleague's review)
    text, links = _text_and_links(nxt)
    return links <= 0.5 * len(text)


def _unbox(el) -> bool:
    """Drop `el`'s own tag when it is a box of blocks only (a `<div>` or `<section>` with no words or inline
    element of its own): its blocks stand where they are. Returns whether it was dropped."""
    if el.tag in ("div", "section") and el.getparent() is not None and hasattr(el, "drop_tag") and \
            not (el.text or "").strip() and not any((c.tail or "").strip() for c in el) and \
            all(isinstance(c.tag, str) and c.tag not in _INLINE for c in el):
        el.drop_tag()
        return True
    return False


def _unbox_all(el) -> None:
    """`_unbox` the boxes of blocks only inside `el`, innermost first, then `el`: a panel's inner wrappers
    (`accordion-body`, a `<details>`' own `<div>`) go with it."""
    for box in reversed([d for d in el.iterdescendants("div", "section")]):
        _unbox(box)
    _unbox(el)


def _accordion_box(panel):
    """The `role="tablist"` box a revealed panel is the panel of (an accordion as Elementor, Bootstrap 3 and
    jQuery UI write one: `tablist` > item > `tab` title + `tabpanel`), or None."""
    for _, up in zip(range(3), panel.iterancestors()):
        if (up.get("role") or "").lower() == "tablist":
            return up
    return None


def _open_accordion(box) -> None:
    """An accordion read as the page shown open: its titles' and items' boxes go as its panels' did
    (`_unbox`), so a title heading and its section's blocks stand side by side as the same policy without
    the widget has them. A title box with words of its own (Elementor's `<a>` title) stays a line."""
    if box.getparent() is None:
        return
    tabs = box.xpath('.//*[@role="tab"]')
    holders = {up: None for tab in tabs for up in tab.iterancestors() if up is not box and box in up.iterancestors()}
    for el in [*tabs, *holders]:  # the titles first, then the boxes holding them, innermost first
        _unbox(el)
    _unbox(box)


def preclean(tree, url: str | None = None) -> bool:
    """Remove page furniture from the tree in place (never the element holding most of the text).

    `url` is the page's own URL: links are resolved against it (`html.resolve_links`), so a table of
    contents (links to the page itself) can be told from a list of links elsewhere.
    Returns whether the page's text holds spam anywhere, so `postclean` need not look for it again."""
    body = tree.find("body")
    if body is None:
        body = tree
    for el in _IN_CONTROLS(body):  # before links are judged by their text ("www.x.com (opens in a new window)")
        if visually_hidden(el):  # and before a button in a sentence becomes one of its words
            _drop(el)
    role_buttons(tree)
    drop_back_to_top(tree)
    drop_polls(tree)  # before the toggles: a poll's answers are buttons
    drop_toggles(tree)
    open_details(tree)
    show_policy_view(body)
    show_located_tab(body)
    keep_disclosure_headers(tree)
    keep_words_of_sentences(body)
    drop_progress(body)  # (while its buttons stand)
    drop_chat_teasers(body)
    drop_desk_status(body)
    drop_readers_activity(body)
    drop_players(body)
    etree.strip_elements(tree, etree.Comment, *[t for t in _DROP_TAGS if t not in ("form", "dialog")],
                         with_tail=False)
    tidy_markup(body)
    break_paragraphs(body)  # before any judgement of blocks; again below, for the paragraphs made of text runs
    resolve_links(tree, url)
    if url:
        tree.set(RESOLVED, "1")
    page = urldefrag(url)[0] if url else None
    drop_heading_permalinks(body, page)
    alltext = body.text_content()
    total = max(len(alltext.strip()), 1)
    # the common case: no spam anywhere, so no per-element test
    spam_here = not gambling_site(url) and spam_on_page(alltext)
    decode_emails(tree)
    etree.strip_tags(body, "wbr")  # a word's break opportunity is no break of it, for the rules that read words
    unwrap_layout_tables(body)
    mark_alert_boxes(body)
    mark_site_messages(body)
    drop_countdowns(body)
    drop_calls_after_article(body)  # (after the e-mails are decoded: a protected address is a mail link)
    drop_named_calls(body)
    drop_slot_pickers(body)
    drop_booking_boxes(body, page)
    drop_teasers(body, page)
    drop_site_fragments(body)
    drop_testimonials(body)
    drop_sponsored(body)
    drop_site_repeats(body)
    drop_responsive_copies(body)  # (before the walk reveals the hidden copy and unboxes it, its classes with it)
    for el in list(body.iter("time")):  # "Posted by Jane · <time>3 days ago</time>" follows the clock
        if _REL_DATE_LINE.match(el.text_content()) or _visit_relative(el):
            _drop(el)
        elif (line := _byline(el)) is not None:
            _drop(line)
    for el in body.xpath('.//*[contains(@class, "uthor") or contains(@class, "yline") or contains(@class, "yLine")]'):
        if _NAMED_AUTHOR.search(el.get("class")) and (line := _byline(el)) is not None and \
                line.getparent() is not None:
            _drop(line)
    drop_modified_stamps(body)
    drop_material_codes(body, alltext)
    for a in [a for a in body.iter("a") if _COMMIT_PATH.search(a.get("href") or "")]:
        if a.getparent() is not None and (line := _revision_stamp(a)) is not None:
            _drop(line)
    etree.strip_tags(tree, *_UNWRAP)
    for el in list(body.iter("aside")) + body.xpath('.//*[@role="complementary"]'):
        if _in_text_flow(el):  # a box among the policy's paragraphs is its text (trafilatura drops every <aside>;
            el.tag = "section"  # `role="complementary"` is an aside's role, and as its furniture went with it)
            el.attrib.pop("role", None)
    for el in list(body.iter("figure")):
        _open_figure(el)
    for cap in list(body.iter("figcaption")):  # a caption outside a figure (a table's, set in a `<div>`:
        if not any(a.tag == "figure" for a in cap.iterancestors()):  # Anthropic's) is a line of the text, which
            cap.tag = "p"  # trafilatura drops
    doomed, reveal, title_boxes, declarations = [], [], [], set()
    # without spam on the page only elements with a telling tag or attribute can be furniture
    candidates = body.iter(etree.Element)
    if not spam_here:  # a filter in Python is twice as fast as the equivalent XPath union here
        candidates = (el for el in candidates if el.attrib or el.tag in _TELLING_TAGS or "-" in el.tag)
    for el in candidates:
        tag = el.tag
        if not isinstance(tag, str):
            continue
        role = (el.get("role") or "").lower()
        reason = None
        if tag == "nav" and _answer_box(el):
            el.tag = "div"  # a dropdown's box of prose, named a <nav> by its component (`_answer_box`)
        elif tag in ("nav",) or role in _FURNITURE_ROLES and not (role == "tablist" and _holds_panels(el)):
            reason = "nav"
        elif tag in ("footer", "aside") and not _inside_main(el) or tag == "header" and not _scoped_header(el):
            if tag == "header" and _legal_title_box(el):
                title_boxes.append(el)  # the document's title in the page's header band: its blocks stay
                continue
            reason = tag
        elif tag in ("form", "dialog"):
            reason = tag
        elif el.get("aria-modal") == "true":
            reason = "modal"
        elif "class" in el.attrib and print_only(el):
            reason = "print"
        elif ("class" in el.attrib or "id" in el.attrib or "-" in tag or role in ("alert", "status") or
              _ALERT_BOX in el.attrib) and (verdict := _element_verdict(el)):
            if verdict == "furniture" and (_document_header(el) or _legal_title_box(el)):
                el.tag = "header"  # a document's own header: kept, and named so for `mark_main`
            elif verdict == "consent" and (not declarations.isdisjoint(el.iterancestors()) or _cookie_declaration(el)):
                declarations.add(el)  # (its parts the tool names too: CookieYes' `cookieyes-cookie-name` cells)
            elif not (verdict == "furniture" and (_in_sentence(el) or _heading_of_text(el) or _section_of_prose(el)
                                                  or _numbered_heading(el) or _body_of_its_heading(el)
                                                  or _layout_of_regions(el) or _toggle_box(el))):
                reason = verdict
        elif (el.get("aria-label") or "").lower().startswith("breadcrumb") or \
                "breadcrumblist" in (el.get("itemtype") or "").lower():
            reason = "breadcrumb"
        elif _is_hidden(el):
            # hidden content is judged by what it is (see `hidden_verdict`), not by being hidden
            if (why := hidden_verdict(el, page)) is not None:
                reason = "hidden"
                if why == "link farm" and _only_same_page_links(el, page) and (label := _toc_label(el)) is not None:
                    doomed.append(label)  # a collapsed table of contents goes with its title, as a shown one does
            else:  # a collapsed section of the policy: shown (after the walk, which compares siblings'
                reveal.append(el)  # states), so trafilatura does not drop it either
        elif spam_here and tag in ("a", "h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "span", "div", "strong",
                                   "b") and len(el) < 8:
            txt = "".join(el.itertext())
            if len(txt) < 200 and is_spam(txt):
                reason = "spam"
        if reason is None:
            continue
        if reason in ("hidden", "spam"):
            doomed.append(el)
            continue
        # furniture is removed unless it holds the bulk of the page (a theme that wraps everything in a
        # "modal" or "header" div must not lose its content)
        if _text_len(el) < 0.4 * total:
            doomed.append(el)
            if reason == "nav" and (label := _nav_toc_label(el, page)) is not None:
                doomed.append(label)
            elif reason == "form" and (box := _form_box(el)) is not el and not _priced_card(box):
                doomed.append(box)
    for el in doomed:
        if el.getparent() is not None:
            _drop(el)
    for el in title_boxes:
        if el.getparent() is not None and hasattr(el, "drop_tag"):
            el.drop_tag()
    accordions = {}
    for el in reveal:
        for attr in ("hidden", "aria-hidden", "style"):
            el.attrib.pop(attr, None)
        if (box := _accordion_box(el)) is not None:
            accordions[box] = None
        # the panel's own box goes (when it holds blocks only): its blocks stand where the page shown
        # open has them, so a policy that turns its sections into accordions reads the same
        # (trafilatura judges a block's links by whether it is its container's last child)
        for block in el.iterdescendants(*_FLAT_BLOCKS, *_HEADINGS):
            block.set(_PANEL_BLOCK, "1")  # (`_sections_after` takes a revealed panel's blocks with their section)
        _unbox_all(el)
    for box in accordions:
        _open_accordion(box)
    open_panels(body)
    for el in body.iter("footer"):
        # a footer left standing is inside the policy (its own "Contact us" section: the controller, the
        # DPO's address); trafilatura drops every <footer>, so it becomes a section
        el.tag = "section"
    # after the furniture is gone: a consent dialog repeating its banner's words is furniture, not a copy
    # (dropped as a copy first, the banner it repeated came to hold the bulk of the page and stayed)
    drop_sibling_copies(body)
    drop_toc(body, url)
    drop_tiles(body, page)
    drop_counters(body)
    drop_today_calls(body, page)
    drop_ratings(body, _STARS.search(alltext) is not None)
    drop_taglines(body)
    drop_hero_counts(body)
    drop_counter_lines_above_title(body)  # (after: a hero's count goes with its button first)
    drop_side_columns(body, page)
    drop_feeds(body, page)
    drop_hero_titles(body)  # (last of the rules that read the first <h1> as the document's title)
    widen_article(body)
    mark_main(body, url)
    # class/id words mislead trafilatura's own substring rules (a heading of class "section-header", a
    # contact section of class "navigation-block" are content); every element has been judged above.
    etree.strip_attributes(body, "class", "id")
    # a span says nothing more once judged: trafilatura unwraps spans itself, after running its XPath rules
    # over each of them (~5% of its time on the dev set)
    etree.strip_tags(body, "span")
    drop_layout_whitespace(body)
    text_runs_to_paragraphs(body)
    break_paragraphs(body)
    etree.strip_attributes(body, _PIECE)
    cell_line_breaks(body)
    keep_introduced_lists(body, url)
    open_title_box(body)
    _INDEX[:] = [None, {}, {}]  # (the page's ids were read; the tree is not kept alive by the index)
    return spam_here


# inline elements that show nothing when they hold nothing: an icon font's `<i class="fas fa-external-link">`,
# a `<span>` its `<svg>` was dropped from
_EMPTY_INLINE = ("i", "span", "em", "b", "strong", "small", "u", "font", "sup", "sub")
# an icon font's ligature, written as the icon's name (Material Icons' `open_in_new`, `chevron_right`), in an
# element hidden from screen readers and named for an icon font (a ligature a table shows as its "yes" or "no",
# not hidden, is the table's word)
_ICON_NAME = re.compile(r"[a-z]+(?:_[a-z0-9]+)*")
_ICON_CLASS = re.compile(r"material-(?:icons|symbols)(?:-[a-z]+)?|icons?|[a-z]+-icons?")
# WAI-ARIA 1.2's table roles: a table of `<div>`s (data grids, page builders) is a table
_ARIA_TABLE = {"table": "table", "grid": "table", "treegrid": "table", "rowgroup": "tbody", "row": "tr",
               "cell": "td", "gridcell": "td", "columnheader": "th", "rowheader": "th"}


def tidy_markup(body) -> None:
    """Markup that shows the same text in another form, written in one form before anything is judged:

    - an empty inline element goes (its tail stays): an icon font's `<i>`, which its script replaces by an
      `<svg>` in some captures and not in others, left a link holding its label and the icon, and trafilatura
      wrote the label as bold text without its link, or took the rest of the paragraph into the link;
    - an icon font's ligature hidden from screen readers (`<span class="material-icons" aria-hidden="true">
      open_in_new</span>`: the icon's name as text, shown as a glyph) goes: it was glued to the link's words
      ("privacyopen_in_new");
    - a `<div>` table (WAI-ARIA `role="table"`, `row`, `cell`, `columnheader`) is the table it declares:
      its short cells ("13 months") were dropped as labels;
    - a spacer paragraph (`<p>&nbsp;</p>`, an editor's empty line) is a line break: between the sentence that
      introduces a list and the list, it cut the list from its introduction, and the list was dropped as links;
    - an emoji drawn as an image (WordPress's and Twemoji's `<img class="emoji" alt="✅">`, when the browser
      has no emoji font) is its character;
    - an element with WAI-ARIA's `role="heading"` (React Native Web's, a design system's `<div>`) is the
      heading of its `aria-level` (2 by default, as ARIA says): as a short `<div>` it was read as a label and
      dropped, so a renamed section made no version;
    - a list of `<div>`s that says it is one (`_typed_lists`) is that list, and a grid of them whose classes
      say rows and cells (`_named_grids`) the table it draws;
    - a page builder's site-wide header and footer templates, `<div>`s its markup names so (Elementor Pro's Theme
      Builder: `data-elementor-type="header"`, `"footer"`), are the page's `<header>` and `<footer>`: a funeral
      home's footer of its four newest obituaries, each an `<article>`, was read as the page's articles, one of
      them before the policy's title, and every new death notice made a version (funeral_world)."""
    for el in body.xpath('.//div[@data-elementor-type="header" or @data-elementor-type="footer"]'):
        el.tag = el.get("data-elementor-type")
    for el in body.xpath('.//*[@role="heading"]'):
        if el.tag not in _HEADINGS and next(el.iter(*_BLOCK_TAGS - {el.tag}), None) is None:
            level = el.get("aria-level") or "2"
            el.tag = f"h{level}" if level in "123456" and len(level) == 1 else "h2"
            del el.attrib["role"]
    for el in reversed(list(body.iter(*_EMPTY_INLINE, "img", "p"))):
        tag, parent = el.tag, el.getparent()
        if parent is None:
            continue
        if tag == "img":
            alt = (el.get("alt") or "").strip()
            if alt and len(alt) <= 4 and all(unicodedata.category(c) in ("So", "Sk", "Mn", "Cf") for c in alt):
                _replace_by_text(el, alt)
        elif len(el):
            continue
        elif not (text := (el.text or "").replace("\xa0", " ").strip()):
            if tag == "p":
                _replace_by_text(el, "\n")  # (a line break between the runs of text on either side)
            elif not el.text:  # (a space in an element stays a space)
                _replace_by_text(el, "")
        elif _ICON_NAME.fullmatch(text) and el.get("aria-hidden") == "true" and \
                any(_ICON_CLASS.fullmatch(c) for c in (el.get("class") or "").lower().split()):
            _replace_by_text(el, "")
    _typed_lists(body)
    for table in body.xpath(".//div[@role='table' or @role='grid' or @role='treegrid']"):
        boxes = []
        for el in table.iter("div", "span"):
            if (role := (el.get("role") or "").strip().lower()) in _ARIA_TABLE:
                el.tag = _ARIA_TABLE[role]
            elif el.get("role") is None and el.find(".//*[@role='row']") is not None:
                boxes.append(el)  # a box of rows no role names (a scroller): its rows are the table's
        for el in boxes:
            if el.getparent() is not None:
                el.drop_tag()
    _named_grids(body)


# a grid's row and cell by their class (Webflow's `grid-row`/`grid-cell`, `table-row`/`table-cell`, `tr`/`td`
# named so): the words "row" and "cell" as a class name's part
_ROW_CLASS = re.compile(r"(?:^|[-_])row(?:$|[-_])")
_CELL_CLASS = re.compile(r"(?:^|[-_])cell(?:$|[-_])")


def _named_grids(body) -> None:
    """A grid of `<div>`s whose class names say rows and cells (two rows or more, each of the same two or more
    cells of inline content, a cell of three words at least) is the table it draws: a Webflow migration set a policy's table so, and its short
    cells ("Destinatário", "Nome e NIF") were dropped as labels (`benchmarks/simulated.py`'s migrations_world). A
    first row named a head (`is-head`, `header`) is the table's header."""
    def named(el, rx) -> bool:
        return el.tag == "div" and any(rx.search(t) for t in (el.get("class") or "").lower().split())
    for grid in list(body.iter("div")):
        rows = [r for r in grid if isinstance(r.tag, str)]
        if len(rows) < 2 or not all(named(r, _ROW_CLASS) for r in rows):
            continue
        cells = [[c for c in r if isinstance(c.tag, str)] for r in rows]
        if len(cells[0]) < 2 or any(len(c) != len(cells[0]) for c in cells) or \
                not all(named(c, _CELL_CLASS) and all(_inline(k) for k in c) for row in cells for c in row) or \
                not any(len(c.text_content().split()) >= 3 for row in cells for c in row):
            continue  # (a calendar's `cal-row`s of days are no table of a policy's: a colleague's review)
        grid.tag = "table"
        head = any(t in ("head", "header", "is-head", "thead") or t.endswith(("-head", "-header"))
                   for t in (rows[0].get("class") or "").lower().split())
        for n, (row, row_cells) in enumerate(zip(rows, cells)):
            row.tag = "tr"
            for c in row_cells:
                c.tag = "th" if n == 0 and head else "td"


# a block editor's list item, by its class (Notion's `notion-bulleted_list-block`, `notion-numbered_list-block`;
# `bulleted-list-item`): the bullet is drawn by CSS, so no glyph says it is one
_LIST_ITEM_CLASS = re.compile(r"(?:^|[-_])(bulleted|numbered)[-_]list(?:[-_](?:block|item))?$")


_ITEM_WORDS = 60  # a list item is a phrase or a sentence or two, not a section
_HOLDS_BLOCKS = etree.XPath("boolean(.//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//h6 | .//p | .//ul | .//ol | .//table)")


def _typed_lists(body) -> None:
    """`<div>`s that declare themselves list items (a block editor's class for its bulleted or numbered list
    blocks; WAI-ARIA's `role="listitem"` holding no blocks of its own, when a line introduces the list or its
    items are phrases) are `<li>`s, and a run of such siblings outside a list is wrapped in
    the `<ul>` (`<ol>` for numbered items) it is: as short `<div>`s they were read as labels and dropped, a
    Notion policy's list of the data it collects lost, an item added no version (an audit of publishing
    platforms)."""
    items, by_role = [], collections.defaultdict(list)
    for el in body.iter("div"):
        numbered = None
        if (el.get("role") or "").strip().lower() == "listitem":
            # (Webflow's CMS lists mark each entry so: a whole policy in one "item", in blocks or in divs)
            if not _HOLDS_BLOCKS(el) and _nwords(" ".join(el.itertext())) <= _ITEM_WORDS:
                by_role[el.getparent()].append(el)
            continue
        for token in (el.get("class") or "").lower().split():
            if m := _LIST_ITEM_CLASS.search(token):
                numbered = m.group(1) == "numbered"
                break
        if numbered is not None:
            items.append((el, numbered))
    for parent, group in by_role.items():
        # ARIA's list items are a site's tag chips and menus too: a list of the text when a line introduces it
        # or its items are phrases (three words or more on average), not one-word labels (a colleague's review)
        before = _line_before(group[0])
        introduced = before is not None and " ".join(before.itertext()).rstrip().endswith((":", "："))
        if introduced or sum(_nwords(" ".join(el.itertext())) for el in group) >= 3 * len(group):
            items += [(el, False) for el in group]
    for el, _ in items:
        el.tag = "li"
    for el, numbered in items:
        if el.getparent() is None or el.getparent().tag in ("ul", "ol"):
            continue  # (wrapped with the run an earlier item opened)
        run = [el, *itertools.takewhile(lambda sib: sib.tag == "li", el.itersiblings())]
        wrapper = etree.Element("ol" if numbered else "ul")
        el.addprevious(wrapper)
        wrapper.extend(run)


def _line_before(el, levels: int = 3):
    """The element before `el`, or before the box of its first place (`levels` boxes up at most: Webflow's
    `w-dyn-list` > `role="list"` > first item, its introducing line before the outer box: a colleague's review)."""
    for _ in range(levels):
        if el is None:
            return None
        prev = next((p for p in el.itersiblings(preceding=True) if isinstance(p.tag, str)), None)
        if prev is not None:
            return prev
        el = el.getparent()
    return None


def _replace_by_text(el, text: str) -> None:
    """`el` replaced by `text` (its tail kept), in its parent's text flow."""
    parent, prev = el.getparent(), el.getprevious()
    joined = text + (el.tail or "")
    if prev is not None:
        prev.tail = (prev.tail or "") + joined
    else:
        parent.text = (parent.text or "") + joined
    parent.remove(el)


def open_title_box(body) -> None:
    """The box that opens the document with its title, a line or two and a link ("Naver privacy policy
    (Ver.11.9)", "We put your privacy first.", "See the previous version") is the document's: trafilatura's
    backtracking link-density test drops a block of three children or more that is short (under 100
    characters) and holds a link, title and all, so the box is unwrapped and its blocks stand in the text.
    Only the first heading's box, and only a small one, when its heading comes first and is over text."""
    head = next(body.iter("h1", "h2", "h3"), None)
    box = head.getparent() if head is not None else None
    if box is None or box.tag not in ("div", "section", "header", "hgroup") or box is body or \
            next(box.iterchildren(etree.Element), None) is not head or len(box) > 6 or \
            next(box.iter("a"), None) is None or _text_len(box) > 300 or \
            not any(isinstance(c.tag, str) and c.tag == "p" for c in box):
        return
    box.drop_tag()


_SHARE_LINK = re.compile(r"shar(?:e|er|ing)\b|/intent/|sharearticle|addtoany", re.I)


def _host(url: str | None) -> str:
    try:
        return urlsplit(url or "").netloc.lower().removeprefix("www.")
    except ValueError:
        return ""


def keep_introduced_lists(body, url: str | None = None) -> None:
    """A list of links to other sites that a sentence introduces ("…please read the relevant privacy
    statement:", then the partners' statements) is that sentence's end, not a link farm, and so is a list
    under a heading whose every link is another site's privacy page ("Third-party SDKs", then each SDK's
    policy). Share buttons, a list of this site's own pages and other lists under a heading ("Related
    articles:") are not. The introduction may stand in a wrapper of its own (`_block_before`). trafilatura
    drops a short list whose text is mostly links (under 100 characters, or 300 when it is its container's
    last child), so its links are written here as Markdown text, the form `markdown._link` would give them."""
    for lst in list(body.iter("ul", "ol")):
        prev = _block_before(lst)
        links = [a for a in lst.iter("a") if a.get("href")]
        if prev is not None and prev.tag in _HEADINGS:
            if not (links and all(_privacy_page_elsewhere(a.get("href"), url) for a in links)):
                continue  # "Related articles:" titles a widget; "Third-party SDKs" over their privacy pages does not
        else:
            intro = " ".join((" ".join(prev.itertext()) if prev is not None and not _inline(prev)
                              else _text_before(lst)).split())
            if not intro.endswith((":", "：")) or len(words(intro)) < 6:
                continue
        text = " ".join(lst.text_content().split())
        if not links or sum(len(" ".join(a.text_content().split())) for a in links) < 0.5 * len(text):
            continue
        hrefs = [a.get("href") for a in links]
        page = _host(url)
        if any(_SHARE_LINK.search(h) for h in hrefs) or sum(_host(h) not in ("", page) for h in hrefs) * 2 < len(hrefs):
            continue  # share buttons; this site's own pages (a language list, related pages)
        for a in links:
            label = " ".join(a.text_content().split())
            span = a.makeelement("span", {})
            span.text = link(label, a.get("href")) if label else ""
            span.tail = a.tail
            a.getparent().replace(a, span)
        etree.strip_tags(lst, "span")


def _privacy_page_elsewhere(href: str, page: str | None) -> bool:
    """Does `href` lead to another site's privacy page (its address names one, in the discovery vocabulary's
    words: `https://sentry.io/privacy/`)? A policy lists its processors' policies so, under a heading."""
    from ..classify.vocab import VOCAB
    host = _host(href)
    if not host or host == _host(page):
        return False
    return bool(VOCAB.url_hits(urlsplit(href).path).keys() & {"privacy", "cookies"})  # (a visit's `?source=
    # privacy-policy` names no statement: the path says where a link leads)


def _block_before(el):
    """The element just before `el`, or, when `el` opens a wrapper that holds nothing before it (a help centre's
    `<div class="intercom-interblocks-unordered-nested-list"><ul>`), the one just before that wrapper: the
    paragraph that introduces a list may stand in a wrapper of its own."""
    node = el
    while node.getprevious() is None and not (node.getparent().text or "").strip() and \
            node.getparent().tag in ("div", "section") and node.getparent().getparent() is not None:
        node = node.getparent()
    prev = node.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    return prev


def _text_before(el) -> str:
    """The words of `el`'s parent before it, when they are the parent's own line ("<li><strong>Browsers:</strong>
    The links below take you to each browser's help:<ul>…"): the parent's text and its inline children's."""
    parent = el.getparent()
    parts = [parent.text or ""] if parent is not None else []
    for c in (parent if parent is not None else ()):
        if c is el:
            break
        parts += [" ".join(c.itertext()) if _inline(c) else "\0", c.tail or ""]  # a block: a new line
    return "".join(parts).rsplit("\0", 1)[-1]


_BLOCK_TAGS = frozenset(("address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "figcaption",
                         "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
                         "ol", "p", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul",
                         "caption", "center", "body"))


def drop_layout_whitespace(body) -> None:
    """Whitespace between blocks (a template's indentation) becomes one newline, whatever it was, and where
    a minified page has none: it is not text (CSS 2.1 §9.2.2.1, white space between block boxes collapses
    away), yet its length sways trafilatura's ratios, so a page re-indented by a new template version
    changed which of its blocks were kept. One newline, not none, because trafilatura reads a newline
    between two blocks of a list item as a line break. Whitespace between inline elements, and inside
    <pre>, stays."""
    for el in body.iter(*_BLOCK_TAGS):  # lxml filters by tag in C: most of a page's elements are inline
        if not any(isinstance(c.tag, str) for c in el):
            continue
        if not (el.text or "").strip() and isinstance(el[0].tag, str) and el[0].tag in _BLOCK_TAGS:
            el.text = "\n"
        for c in el:
            if c.tail is not None and c.tail.strip():
                continue
            nxt = c.getnext()
            if (isinstance(c.tag, str) and c.tag in _BLOCK_TAGS) or (nxt is not None and nxt.tag in _BLOCK_TAGS) \
                    or nxt is None:
                c.tail = "\n"


_INLINE = frozenset(("a", "abbr", "b", "strong", "i", "em", "u", "code", "sup", "sub", "small", "br", "font",
                     "mark", "time", "cite", "q", "s", "del", "ins", "img", "label", "kbd", "var", "dfn", "samp",
                     "tt", "strike", "big", "bdi", "bdo", "wbr", "span"))
_RUN_HOLDERS = ("body", "div", "section", "article", "main", "header")
# HTML's elements (lxml's list, which lacks some of HTML5's): any other is a page's own (a custom element)
_KNOWN_TAGS = frozenset(lxml.html.defs.tags) | {"main", "picture", "template", "search", "slot", "svg", "math"}


def _inline(el) -> bool:
    """Is a child of a block inline content: an inline element, or one HTML does not define that holds words and
    inline markup only (Termly puts each answer of its form, the company, the contact e-mail, in a `<bdt>`:
    counted as a block, it split "This privacy notice for <bdt>Acme Ltd</bdt> describes..." and the answers
    were lost, so a changed e-mail address made no version). A custom element holding blocks (a consent
    manager's `<cookie-banner>`) is a block."""
    tag = el.tag
    return not isinstance(tag, str) or tag in _INLINE or (tag not in _KNOWN_TAGS and all(_inline(c) for c in el))


_LINE_MARK = re.compile(r"\d")
# a list item typed as text: a bullet glyph, then a word ("• Mute", Word's "·" before its list's items)
_TYPED_ITEM = re.compile(rf"\s*[{BULLETS}–]\s*\w", re.U)


def _is_line(text: str, introduces: bool = False) -> bool:
    """Is a container's own text a line of the document rather than a widget's label ("English", "Menu",
    "Copied to clipboard!", "Share: Facebook X")? Five words or more, or three or more with a figure
    ("Effective date: Dec 22, 2022") or, when `introduces` (the next block holds words of its own, not only
    links or a form's remains), ending with a colon ("Our contact details are:" over an address: it introduces
    what follows, as a sentence does; "Subscribe to our newsletter:" over its form does not), or a list item
    typed with its bullet ("• Mute": a page builder sets each paragraph in a `<div>`, and a list's short items
    were dropped as labels)."""
    n = _nwords(text)  # two Chinese or Japanese characters count as a word
    return n >= 5 or (n >= 3 and (bool(_LINE_MARK.search(text)) or
                                  introduces and text.rstrip().endswith((":", "：")))) or \
        bool(_TYPED_ITEM.match(text))


def _introduces_text(el) -> bool:
    """Does the block after `el` hold words outside links (an address, a sentence, a list), not a bar of links?
    Or the list after the wrappers that hold `el` alone: a Notion page sets each block in a box of its own, "Du
    har rätt att:" in one and the list it introduces in the next, and the line was dropped
    (`benchmarks/simulated.py`'s migrations_world)."""
    node, nxt = el, el.getnext()
    while True:
        while nxt is not None and not isinstance(nxt.tag, str):
            nxt = nxt.getnext()
        up = node.getparent()
        if nxt is not None or up is None or up.tag not in ("div", "section") or \
                [c for c in up if isinstance(c.tag, str)] != [node]:
            break
        node, nxt = up, up.getnext()
    if nxt is None or node is not el and nxt.tag not in ("ul", "ol"):
        return False  # (past its boxes, only a list: "Follow us on:" over buttons, "Get our updates:" over a form that
        # went, are a widget's labels, whatever follows them: a colleague's review)
    words = _nwords("".join(nxt.itertext()))
    return words > 0 and words > _nwords(" ".join(" ".join(a.itertext()) for a in nxt.iter("a")))


_TYPE_STYLE = frozenset(("small", "strong", "b", "em", "i", "u", "mark", "time", "cite", "q", "sup", "sub", "big",
                         "font", "code", "s", "del", "ins"))


def _line_in_type(kids) -> bool:
    """Does a container hold, as a child of its own, a line set in a type style without a link (`<div><small>
    Effective Date: 11/13/2024</small></div>`, `<article>…<strong>Last updated May 2025</strong><section>`)?
    trafilatura drops such a line as it drops a container's own text."""
    return any(isinstance(c.tag, str) and c.tag in _TYPE_STYLE and not any(True for _ in c.iter("a"))
               and _is_line(" ".join(c.itertext())) for c in kids)


# blocks of text whose every div is a line of theirs: a list item's, a definition's, a quotation's, an address's
_TEXT_BLOCKS = frozenset(("li", "dd", "blockquote", "address", "td", "th"))  # (and a table's cell: "13 months")
# a paragraph a page builder's text block held, split at its `<br><br>` (`break_paragraphs`): a line of a run
_PIECE = "data-pa-piece"


def text_runs_to_paragraphs(body) -> None:
    """Text held directly by a block container (`<div>Effective date: May 1, 2025</div>`, `<div>We process
    <a>…</a> data.</div>`, or only in a type style: `<div><small>Effective Date: …</small></div>`) becomes
    paragraphs: trafilatura 2.3 drops a <div>'s own text (its children and
    their tails stay), so such a line vanished or lost its words before its first link. A container of
    inline content only is renamed <p>; in one that mixes blocks and text, each run of text and inline
    elements between blocks is wrapped in a <p>. A container of inline content that reads as a widget's
    label rather than a line (`_is_line`) is left to trafilatura, which drops it as before, unless it is one
    of a run of line divs (a page converted from PDF, one div per printed line: "mandatory:"), stands in a block
    of text (a list item, a table's cell) or follows a line that introduces it (`_introduced_run`). An element HTML
    does not define that holds blocks (a web component's box, `<eu representative>` written into a page as
    text) is such a container: its own text was lost with it. So is `<body>` (never renamed): an app's in-app
    page sets its text straight in it, paragraphs split by `<br><br>`, and each paragraph was kept only up to its
    first link or bold word."""
    short, lines = [], set()
    # a custom element holding blocks (a web component's box) is a div; innermost first, so that an outer one
    # finds its inner boxes named already
    for el in reversed(list(body.iter(etree.Element))):
        if el.tag not in _KNOWN_TAGS and isinstance(el.tag, str) and not _inline(el):
            el.tag = "div"
    for el in list(body.iter(*_RUN_HOLDERS)):
        kids = list(el)
        if not ((el.text or "").strip() or any((c.tail or "").strip() for c in kids) or _line_in_type(kids)):
            if el.tag == "div" and kids and all(_inline(c) for c in kids) and "".join(el.itertext()).strip():
                short.append(el)  # words in inline children only (a link, a bold run): left to trafilatura, but see below
            continue
        if all(_inline(c) for c in kids):
            if el.tag == "div":
                if _is_line(" ".join(el.itertext()), _introduces_text(el)):
                    el.tag = "p"
                    lines.add(el)
                else:
                    short.append(el)
            elif _is_line(" ".join(el.itertext())):  # a <section> of text only: its text in a <p>
                para = etree.SubElement(el, "p")
                para.text, el.text = el.text, None
                for c in kids:
                    para.append(c)
            continue
        _wrap_runs(el)
    # a run of lines, a div or a paragraph each (a page converted from PDF sets each printed line in a div, a
    # page builder each paragraph): among ten or more siblings, most of them lines, a short one ("mandatory:",
    # "● your first name;", a link alone on its line) is a line too
    lined: dict = {}
    found = []  # renamed after all are judged: a line renamed would hide the run of divs it stands in
    for el in short:
        parent = el.getparent()
        if parent is None:
            continue
        if parent not in lined:
            sibs = [c for c in parent if c.tag in ("p", "div")]
            lined[parent] = parent.tag in _TEXT_BLOCKS or \
                len(sibs) >= 10 and sum(c in lines or c.get(_PIECE) is not None for c in sibs) >= 0.5 * len(sibs)
        if lined[parent] or _introduced_run(el):
            found.append(el)
    for el in found:
        el.tag = "p"


def _introduced_run(el) -> bool:
    """Does `el` (a short `<div>`) follow, past other such divs, a line that introduces them ("The controller
    responsible for your data is:" over an address typed a div a line, "We collect the following data:" over
    one div per category, as pasted or CKEditor content sets them)? A widget's label follows no such line."""
    prev = el.getprevious()
    while prev is not None and (not isinstance(prev.tag, str) or
                                prev.tag == "div" and all(_inline(c) for c in prev) and _nwords(prev.text_content()) < 5):
        prev = prev.getprevious()
    return prev is not None and prev.tag in ("p", "div") and " ".join(prev.itertext()).rstrip().endswith((":", "："))


def _wrap_runs(el) -> None:
    """Each run of text and inline elements between `el`'s block children is wrapped in a <p>; a run with no
    words (whitespace, a lone <br> between two blocks) is dropped."""
    items = [el.text] if el.text else []
    el.text = None
    for c in list(el):
        items.append(c)
        if c.tail:
            items.append(c.tail)
            c.tail = None
        el.remove(c)
    para = None
    for item in items:
        if not (isinstance(item, str) or _inline(item)):
            para = None
            el.append(item)
            continue
        if para is None:
            if isinstance(item, str) and not item.strip():
                continue  # whitespace between blocks
            para = etree.SubElement(el, "p")
        if isinstance(item, str):
            if len(para):
                para[-1].tail = (para[-1].tail or "") + item
            else:
                para.text = (para.text or "") + item
        else:
            para.append(item)
    for para in el.findall("p"):
        if not "".join(para.itertext()).strip() and not any(c.tag != "br" for c in para):
            el.remove(para)


def _blank_break(el) -> bool:
    return isinstance(el.tag, str) and el.tag == "br" and not (el.tail or "").strip()


def _piece_of(p, first: bool = False):
    """A new <p> with `p`'s attributes (its id on the first piece only); one a parser let through that no
    element may be given (`"`, from `<p class="a""b">`) is left out."""
    piece = etree.Element("p")
    for name, value in p.attrib.items():
        if first or name != "id":
            try:
                piece.set(name, value)
            except ValueError:
                continue
    return piece


def break_paragraphs(body) -> None:
    """A paragraph break typed as two line breaks (`…of the EU.<br><br>Where we transfer…`: an editor's
    Shift+Enter twice, WordPress with `wpautop` off, Squarespace's legacy text blocks, an app's page of text
    straight in `<body>`) is a paragraph break, as a browser shows it: the <p> is split there. trafilatura
    wrote such a run as one paragraph of lines and judged the lines otherwise than the same lines set in <p>s
    (a line of links kept in one form and not the other, a bold run's space lost), so a template's change
    between the two forms made a version while no word changed. A single <br> is a line break and stays.
    A `<div>` of inline content only that holds such a break is paragraphs set in a box (a page builder's text
    block) and is split alike, so each piece is judged as the same piece set in a `<p>` is (an address's
    last line, its e-mail address alone, was lost in a div and kept in a p: `html._address_line`)."""
    for p in list(body.iter("p", "div")):
        kids = list(p)
        if p.tag == "div" and (not all(_inline(c) for c in kids) or
                               any(a.tag == "p" or _inline(a) for a in p.iterancestors())):
            continue  # (a box inside a paragraph or a link, where a parser leaves it, stays whole)
        if not any(_blank_break(a) and b.tag == "br" for a, b in zip(kids, kids[1:])):
            continue
        paras = [_piece_of(p, first=True)]  # each piece is judged as the whole was: its class, its style
        paras[0].text = p.text
        i = 0
        while i < len(kids):
            c = kids[i]
            if _blank_break(c) and i + 1 < len(kids) and kids[i + 1].tag == "br":
                while i + 1 < len(kids) and _blank_break(kids[i]) and kids[i + 1].tag == "br":
                    i += 1  # the run of breaks; its last one's tail opens the next paragraph
                paras.append(_piece_of(p))
                paras[-1].text = kids[i].tail
                i += 1
                continue
            paras[-1].append(c)  # (moved, with its tail)
            i += 1
        paras = [q for q in paras if "".join(q.itertext()).strip() or any(c.tag != "br" for c in q)]
        for q in paras:
            while len(q) and q[-1].tag == "br" and not (q[-1].tail or "").strip():
                q.remove(q[-1])  # a line break closing a paragraph shows nothing
        if not paras:
            continue
        paras[-1].tail = p.tail
        for q in reversed(paras):
            if p.tag == "div":
                q.set(_PIECE, "")
            p.addnext(q)
        p.getparent().remove(p)


def cell_line_breaks(body) -> None:
    """A table cell's text beside line breaks or blocks (`<td>- Provide the Services<br>- Contact you</td>`,
    `<td><ul>…</ul>It is in our legitimate interests…</td>`) is set in paragraphs, a run of it between
    blocks each: trafilatura makes every line after a cell's own `<br>` a paragraph of its own, so a line
    break and a paragraph could not be told apart, and it joins a run after a list to the list. Open Terms
    Archive's versions write the three differently in a cell (`markdown._cell`): "<br>" for a line break and
    a list item, "<br><br>" before a paragraph. Inside a paragraph trafilatura keeps a `<br>` as the line
    break it is. A cell of inline text alone, or of blocks alone, is left as it is."""
    for cell in body.iter("td", "th"):
        kids = list(cell)
        if not kids or not "".join(cell.itertext()).strip():  # (a spacer cell of <br> alone stays as it is)
            continue
        runs = (cell.text or "").strip() or any((c.tail or "").strip() for c in kids)
        if any(c.tag == "br" for c in kids) or runs and not all(_inline(c) for c in kids):
            _wrap_runs(cell)

def _header_before(parent, child) -> bool:
    """Does `parent` hold, before `child`, a document header: the title as an <h1> of its own, or a <header>
    (one left standing is scoped to its section, see `_scoped_header`, or is one by `_document_header`) with
    the title (h1-h3)? Then the document is the parent: its title, date and opening paragraph, and the bulk of
    its text after them (a retailer's policy, held out: its title, date and opening stood before a box of
    question cards, which alone was extracted)."""
    for c in parent:
        if c is child:
            return False
        if isinstance(c.tag, str) and (c.tag == "h1" or any(h.xpath(".//h1|.//h2|.//h3") for h in c.iter("header"))):
            return True
    return False


def _opening_before(parent, child, sizes: dict, sections=()) -> bool:
    """Does `parent` hold, before `child` and nothing after it but the `sections` that go on with it
    (`_sections_after`), the document's opening: a few paragraphs of prose, not links, that speak of the policy
    ("Bienvenue dans la Politique de confidentialité de …", "This policy applies from 07/08/2024")? Then the
    document is the parent, opening and all (a dating site set its welcome and the date the policy applies from
    in a box before the box of its sections, and both were dropped: trial 10; and so when its last sections were
    regional notices in tabs after the one shown: the robustness benchmark's `regional-tabs`)."""
    before, after = [], False
    for c in parent:
        if not isinstance(c.tag, str):
            continue
        if c is child:
            after = True
        elif after:
            if sizes.get(c, 0) and not any(c is s for s in sections):
                return False  # something follows the sections: the parent is more than the document
        else:
            before.append(c)
    return _opening(before, sizes)


def _opening(blocks: list, sizes: dict) -> bool:
    """Are `blocks` a document's opening: paragraphs or boxes of paragraphs (not a form, a list of links, a heading
    bar), _OPENING_CHARS at most, links in a fifth of each at most, that speak of the policy (`checks.policy_terms`)?"""
    from .checks import policy_terms
    chars = sum(sizes.get(c, 0) for c in blocks)
    if not blocks or not 0 < chars <= _OPENING_CHARS or any(_link_chars(c) > 0.2 * max(sizes.get(c, 0), 1)
                                                          for c in blocks):
        return False
    if any(c.tag not in _CONTAINERS + ("p",) or c.find(".//p") is None and c.tag != "p" for c in blocks):
        return False
    return bool(policy_terms(" ".join(" ".join(c.itertext()) for c in blocks)))


_OPENING_CHARS = 2_000  # an opening: a greeting, what the policy is, the date it applies from
_CONTAINERS = ("div", "section", "center", "span", "font")
_TITLE_BLOCK_CHARS = 400  # a title block (a hero: the title, a subtitle, the date) and what stands between it and the text


def _title_block_before(child, sizes: dict):
    """The block before `child` (a sibling, the nearest holding an <h1>) that holds the document's title, when
    it and the blocks between are short and are not links, and the <h1> names a legal page in one of the
    vocabulary's languages (a page builder's hero: "Privacy Policy", "Effective Date: June 5, 2026", set apart
    from the box that holds the text); None otherwise. Between them may stand the document's opening too, up to
    _OPENING_CHARS of paragraphs that speak of the policy (`_opening`) and name it ("Šī privātuma politika
    skaidro…"): Tilda sets a policy's title, its date and opening, and its sections' accordion in three records,
    and the title, date and opening were lost (a Latvian music school: music_world); a hero's marketing between
    them that mentions personal data names no policy (a colleague's review). A site's header with its logo as <h1>
    is made of links, and a help centre's "Help & services" over its pages names no document: neither is a title
    block."""
    from ..classify import heading_kind
    from ..classify.vocab import VOCAB, fold
    chars = opening = 0
    for sib in child.itersiblings(preceding=True):
        if not isinstance(sib.tag, str):
            continue
        if _link_chars(sib) > 0.5 * max(sizes.get(sib, 0), 1):
            return None
        h1 = sib if sib.tag == "h1" else sib.find(".//h1")
        if h1 is None and _opening([sib], sizes) and VOCAB.find(fold(" ".join(sib.itertext())), "policy"):
            opening += sizes.get(sib, 0)
            if opening > _OPENING_CHARS:
                return None
            continue
        chars += sizes.get(sib, 0)
        if chars > _TITLE_BLOCK_CHARS:
            return None
        if h1 is not None:
            return sib if heading_kind(" ".join(" ".join(h1.itertext()).split()))[0] else None
    return None


def _link_chars(el) -> int:
    return sum(len("".join(a.itertext()).strip()) for a in el.iter("a"))


def mark_main(body, url: str | None = None) -> None:
    """Without <main>/<article>, trafilatura falls back to a paragraph-only recovery that loses headings and
    lists; the smallest container holding most of the page's text is made the <article> it looks for.

    Most of the text is 70%. A paragraph or list holding it (a CMS that wraps a whole policy in one <p>)
    marks its container; a page whose sections are all children of one element, none of them holding most
    of the text (the body's children), has the run of those sections wrapped in an <article>.

    A page whose <main>s and <article>s are all small boxes (under a quarter of the text: a sidebar's news
    feed, teaser cards, as news and blog themes mark each teaser) is such a page too, and those boxes become
    <div>s: trafilatura would take the first <article> for the document, keep the feed and recover the
    policy's paragraphs without their headings (found on real site chrome: `benchmarks/site_chrome.py`).

    A box of teasers (`_feeds`: a news site's "Read also" and front-page feed after a short policy in its
    column) counts no text here, so the policy's own box can hold most of the rest (a real news site's chrome,
    `benchmarks/site_chrome.py`). Feeds are not removed: a first form that removed them cut policies' own
    boxes of linked headings (a colleague's review; `tests/test_layouts.py`)."""
    marked = body.xpath(".//main | .//article | .//*[@role='main']")
    if marked:
        chars = len(_squeezed(body))
        if chars < 200:
            return
        if any(len(_squeezed(m)) >= 0.25 * chars for m in marked):
            _unmark_cards(marked, chars)
            return
    sizes = _text_sizes(body)
    for feed in _feeds(body, sizes, url):
        n = sizes[feed]
        for el in (feed, *feed.iterancestors()):
            sizes[el] -= n
            if el is body:
                break
    total = sizes.get(body, 0)
    if total < 200:
        return
    if marked:
        _unmark_boxes(body, marked, sizes, total)
        return
    best = body
    while True:
        big = [c for c in best if sizes.get(c, 0) >= 0.7 * total]
        if not big and best is body:
            _wrap_sections(best, sizes, total)
            return
        if not big:
            break
        after = _sections_after(big[0], sizes)
        if best is not body and (_header_before(best, big[0]) or _opening_before(best, big[0], sizes, after)):
            break
        if (head := _title_block_before(big[0], sizes)) is not None:
            run = [head, *head.itersiblings()]
            _wrap_in_article(run[:run.index(big[0]) + 1] + after)
            return
        if after:
            _wrap_in_article([big[0], *after])
            return
        best = big[0]
    while best is not body and best.tag not in _CONTAINERS + ("td", "table"):
        best = best.getparent()  # a <p> or <ul> holding the whole text: its container is the document
    if best is not body and best.tag in _CONTAINERS:
        best.tag = "article"


def _unmark_cards(marked: list, chars: int) -> None:
    """`<article>`s that are cards inside the document's box become `<section>`s: each under a quarter of the
    page's text, with no h1 or h2 of its own, inside a marked box (`<main>`, `role="main"`, a bigger article)
    that holds most of the text and the document's h1 or h2 outside them (a contact section's cards, "Controller"
    and "Data protection officer", each its address and a link; a policy's processors as cards). trafilatura
    takes the first `<article>` of a page for the document: it read one card, then the policy's paragraphs
    without a heading (a colleague's review). A `<section>`, unlike a `<div>`, is not dropped by its
    link-density test when a card is a few words and a link."""
    big = [m for m in marked if len(_squeezed(m)) >= 0.25 * chars]
    for art in marked:
        if art.tag != "article" or len(_squeezed(art)) >= 0.25 * chars or _TOP_HEADING(art):
            continue
        boxes = [m for m in big if m is not art and art in m.iterdescendants()]
        if any(_in_no_article_below(h, box) for box in boxes for h in box.iter("h1", "h2")):
            art.tag = "section"


_TOP_HEADING = etree.XPath("boolean(.//h1 | .//h2)")


def _in_no_article_below(el, box) -> bool:
    """Is `el`, inside `box`, in no `<article>` between them?"""
    for up in el.iterancestors():
        if up is box:
            return True
        if up.tag == "article":
            return False
    return False


# what names a price in a shop's markup: a class or id part "price" (Magento's `price-wrapper`, WooCommerce's
# `woocommerce-Price-amount`, Shopify's `price__regular`, Salesforce Commerce's `price`) or schema.org's itemprop
_PRICE_PART = re.compile(r"(?:^|[-_])prices?(?:$|[-_])")
_TILE_WORDS = 40
# (a filter in C first: most pages name no price, and a walk of every element in Python cost 2 % of extraction)
_PRICE_CANDIDATES = etree.XPath(".//*[contains(@class, 'rice') or contains(@id, 'rice') or @itemprop = 'price']")


def _names_price(el) -> bool:
    if (el.get("itemprop") or "").lower() == "price":
        return True
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    return "price" in names and any(_PRICE_PART.search(t) for t in names.split())


def drop_tiles(body, page: str | None = None) -> None:
    """A grid of tiles beside a policy goes, with the box that holds only it and its title: two or more sibling
    cards, none over `_TILE_WORDS` words, each a link and either a price the shop's markup names
    (`_names_price`: "Customers also viewed", "Recommended for you") or an `<article>` of its own with no heading
    and no sentence, a figure, and links to the page's own site only (an online school's course cards, "Design
    UX, 1 409 learners enrolled": HTML's article is a self-contained item, a product card, a teaser; a policy's
    processors set as `<article>` cards, each linking its own privacy policy, stay: a colleague's review). Their
    items, prices and counts are drawn anew at every visit, and every capture of the policy was a version
    (Magento's `block-products-list` after a legal page's tabs, Salesforce Commerce's recommendation grid,
    Elementor's course grid: `benchmarks/simulated.py`). The policy's own text holds no such cards: its sections
    are headed, its items are sentences or list items.

    AEM's List component (`_listed_article`), which lists pages, is such a grid without a link or a figure (a
    streaming service's "Nowości" of albums and artists after its policy's accordion, new every week:
    `benchmarks/simulated.py`'s media_world, 20 false versions) when the policy's text does not go on after it
    (`_text_follows`), neither its box nor the element before it is a numbered title (`_numbered_heading`: a
    section of the policy), and its box does not speak the policy vocabulary or date its items (a list of the
    policy's earlier versions). A colleague's review narrowed a first form that took any list of `<article>` items
    (a policy's data categories, rights or processors set as cards among its sections, its regional notices as its
    last section).

    Cards each in a row of their own (Drupal Views' `views-row`) are a grid too, and such a card may open with a
    title that is its link's words alone (`_linked_title`) when the title names no legal document, the card speaks
    none of the policy vocabulary and its line under the title states one count (`_a_count_line`): a membership
    platform's featured creators, "Andrei Ruse / podcast de istorie · 1627 susținători", three drawn at each visit
    between its policy's sections (creator_world); a processor's address or an officer's phone under a linked
    name is no count, and stays (a colleague's review). A priced card needs no link when its price is an amount
    and the grid follows, outside it, the box holding half the page's text or more (EC-CUBE's "新着買取実績" after a
    brand reseller's policy, each item with the price paid: resale_world); a policy's fees so marked, its last
    section or one among its sections, stay (a colleague's review)."""
    from ..classify import heading_kind
    prices = [el for el in _PRICE_CANDIDATES(body) if _names_price(el)]
    priced = set()
    for p in prices:
        for el in (p, *p.iterancestors()):
            if el in priced:
                break
            priced.add(el)
    grids = {}
    for p in prices:
        for el in p.iterancestors():
            if sum(1 for c in el if c in priced) >= 2:
                grids[el] = None
                break
    for art in body.iter("article"):
        if (up := art.getparent()) is not None and sum(1 for c in up if c.tag == "article") >= 2:
            grids[up] = None
        elif up is not None and _listed_article(up) and (items := up.getparent()) is not None and \
                items.tag in ("ul", "ol") and sum(1 for li in items if _listed_article(li)) >= 2:
            grids[items] = None
        elif up is not None and _lone_article(up) is art and (rows := up.getparent()) is not None and \
                sum(1 for row in rows if _lone_article(row) is not None) >= 2:
            grids[rows] = None  # (each card in a row of its own: Drupal Views' `views-row`)
    total, site = None, _host(page)

    def card(c) -> bool:
        listed = _listed_article(c)  # (a list of pages: no link or figure needed)
        if len(c.text_content().split()) > _TILE_WORDS:
            return False
        if not listed and (art := _lone_article(c)) is not None and _linked_title(art) and \
                not checks.policy_terms(" ".join(art.itertext())) and \
                not heading_kind(" ".join((head := next(art.iter(*_HEADINGS))).text_content().split()))[0] and \
                _a_count_line(_spoken(art).replace(_spoken(head), " ", 1)) and \
                all(_host(a.get("href")) in ("", site) for a in art.iter("a") if a.get("href", "").startswith("http")):
            return True  # (a view's row of one card titled by its link over a count)
        if not listed and c.find(".//a[@href]") is None and c.get("href") is None:
            # (a priced card needs no link when its price is an amount: a shop's "latest buy-ins", each an item
            # and the price paid)
            return c in priced and bool(_amounts(" ".join(c.text_content().split())))
        return c in priced or (c.tag == "article" or listed) and not _HAS_HEADING(c) and not _sentence_like(c) and \
            (listed or any(ch.isdigit() for ch in c.text_content())) and \
            all(_host(a.get("href")) in ("", site) for a in c.iter("a") if (a.get("href") or "").startswith("http"))

    for grid in grids:
        cards = [c for c in grid if isinstance(c.tag, str) and _squeezed(c)]
        if grid.getparent() is None or len(cards) < 2 or not all(card(c) for c in cards):
            continue
        box = grid
        while (up := box.getparent()) is not None and up is not body and up.tag not in ("main", "article") and \
                len(up.text_content().split()) - len(box.text_content().split()) <= 8:
            box = up
        total = total or max(_text_len(body), 1)
        # (priced cards without links go only after the box holding the policy's text: a policy's fees)
        unlinked = any(c.find(".//a[@href]") is None and c.get("href") is None and not _listed_article(c)
                       for c in cards)
        after_text = not unlinked or any(2 * _text_len(sib) >= total for sib in box.itersiblings(preceding=True)
                                         if isinstance(sib.tag, str))
        if _text_len(box) < 0.4 * total and not (_listed_article(cards[0]) and _policys_list(box)) and after_text:
            _drop(box)
    for p in prices:
        if p.getparent() is not None and (offer := _offer_card(p, site)) is not None:
            _drop(offer)


_CARD_TAGS = frozenset(("div", "aside", "section", "figure"))


def _lone_article(row):
    """The one `<article>` a row holds and nothing else (a view's row wrapping its card), None otherwise."""
    kids = [c for c in row if isinstance(c.tag, str)]
    if row.tag == "article" or len(kids) != 1 or kids[0].tag != "article" or (row.text or "").strip() or \
            (kids[0].tail or "").strip():
        return None
    return kids[0]


CARD_LINE_WORDS = 6  # a teaser card's line under its title: a topic and a count ("podcast de istorie · 1627 fani")


def _a_count_line(text: str) -> bool:
    """Is the text a short line stating one count, a word after it: CARD_LINE_WORDS words at most, one figure, not
    opening with a zero ("ilustrații · 1493 susținători")? An address states a street's number and a postcode or a
    district's ("Industriestr. 25, 91710 Gunzenhausen", "Dublin 2"), a contact a phone number ("01 23 45 67 89"),
    and stays (a colleague's review)."""
    figures = list(re.finditer(r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?!\d)", text))
    return _nwords(text) <= CARD_LINE_WORDS and len(figures) == 1 and figures[0].group()[0] != "0" and \
        re.match(r"\s*[^\W\d_]", text[figures[0].end():]) is not None


def _linked_title(card) -> bool:
    """Does a card open with its one heading, a link's words alone (a teaser's title linking the page it shows)?"""
    heads = list(card.iter(*_HEADINGS))
    return len(heads) == 1 and _opens_with_heading(card) and (links := list(heads[0].iter("a"))) != [] and \
        " ".join(heads[0].text_content().split()) == " ".join(" ".join(a.text_content() for a in links).split())


def _listed_article(li) -> bool:
    """Is `li` an item of AEM's List component (Core Components' `cmp-list`, which lists pages: child pages, a
    query's, a tag's), one `<article>` and nothing else, as its version 2 and later render an item?"""
    if li.tag != "li" or (li.text or "").strip() or (up := li.getparent()) is None or \
            "cmp-list" not in (up.get("class") or "").split():
        return False
    kids = [c for c in li if isinstance(c.tag, str)]
    return len(kids) == 1 and kids[0].tag == "article" and not (kids[0].tail or "").strip()


def _policys_list(box) -> bool:
    """Is a list of pages (`_listed_article`) in `box` the policy's: its text goes on after it (`_text_follows`),
    it or the element before it is a numbered title (`_numbered_heading`: a section of the policy), or it speaks
    the policy vocabulary or dates its items (the policy's earlier versions)?"""
    words = " ".join(box.itertext())  # (minified markup runs its items' words together in `text_content`)
    return bool(checks.policy_terms(words) or _written_dates(box).search(words) or _text_follows(box) or
                any(_numbered_heading(h) for h in (*box.iter(*_HEADINGS), box.getprevious()) if h is not None))


def _offer_card(price, site: str) -> etree._Element | None:
    """The card a lone price of a shop's markup (`_names_price`) stands in, set between two of a page's sections:
    the outermost `<div>`, `<aside>`, `<section>` or `<figure>` around it of `_TILE_WORDS` words at most, inside no
    box with a heading (a short section of the policy holding the card is no card), outside any table, list or
    paragraph (but a shop's sale price set as one: `_sale_price`); holding a link to a page of the site's own (an
    address or a phone number is none) and no sentence or term of the policy vocabulary, each of its words in an
    element of its own (`_runs_between`); beside more than as much text again in its box, and right before a
    section's heading. A price-comparison site's sponsored "Tip / Apple iPhone 15 / od 17 990 Kč / v 55 obchodech"
    between a policy's sections, its product, price and shop count drawn anew at every visit, made a version at
    each (`benchmarks/simulated.py`'s market_world: 24 false versions, 4 at captures 12 hours apart), and so did an
    antivirus maker's TYPO3 offer banner, its sale price a paragraph of its own (cloud_world: 12, 9 at 12 hours);
    `drop_tiles` took such cards only two or more side by side. A fee named in a sentence, a table of charges or a list of plans is the text's, and so is a fee box inside a
    section or with a mail link (a colleague's review of 48 layouts); a fee box set as a shop's card (a price
    class, a label, a link to the site's own form) ending a section cannot be told from an offer and goes."""
    card = None
    for up in price.iterancestors():
        if up.tag in ("body", "main", "article") or len(up.text_content().split()) > _TILE_WORDS or _HAS_HEADING(up):
            break
        if up.tag in _CARD_TAGS:
            card = up
    if card is None or any(a.tag in _TEXT_HOLDERS and not (a.tag == "p" and _sale_price(a))
                           for a in (price, *price.iterancestors())):
        return None
    links = [h for a in card.iter("a") if (h := (a.get("href") or "").strip()) and
             not h.lower().startswith(("mailto:", "tel:", "javascript:", "#"))]
    parent, after = card.getparent(), card.getnext()
    # (what holds no text stands between nothing: a skip link's empty target `<a id="skip-to-content">`)
    while after is not None and (not isinstance(after.tag, str) or not after.text_content().strip()):
        after = after.getnext()
    if not links or any(_host(h) not in ("", site) for h in links if h.startswith("http")) or _runs_between(card) or \
            checks.policy_terms(_spoken(card)) or \
            parent is None or len(_squeezed(parent)) <= 2 * len(_squeezed(card)) or \
            after is None or not _opens_with_heading(after):
        return None
    return card


_TEXT_HOLDERS = frozenset(("table", "ul", "ol", "dl", "p", "li"))


def _sale_price(p) -> bool:
    """Whether a paragraph is a shop's sale price: amounts of money and nothing else, one of them struck through
    (WooCommerce's `<p class="price"><del>59,99 €</del> <ins>17,99 €</ins></p>`, a TYPO3 offer banner's
    `offer-banner__price`). A fee or a plan's price alone in a paragraph beside a link ("Electronic copy / $6.50",
    "Pro plan / $12") is the policy's: no fee is on sale (a colleague's review of 71 pages: 9 such boxes lost
    without the struck price)."""
    text = p.text_content()
    spans, rest = _amounts(text), text
    for start, end in reversed(spans):
        rest = rest[:start] + rest[end:]
    return bool(spans) and not re.search(r"\w", rest) and any(_amounts(d.text_content())
                                                             for d in p.iter("del", "s", "strike"))


def _opens_with_heading(el) -> bool:
    """Whether `el` is a heading or its first words are one's."""
    for d in el.iter():
        if d.tag in _HEADINGS:
            return True
        if isinstance(d.tag, str) and (d.text or "").strip():
            return False
    return False


def _runs_between(box) -> bool:
    """Whether words of `box` run between its elements outside a link, as a written line's do ("Further copies
    <span>5,00 €</span> each"), rather than each in an element of its own, as a widget's template sets its label,
    name and price."""
    return any(el.tag != "a" and len(el) and (el.text or "").strip() or
               el is not box and el.getparent().tag != "a" and (el.tail or "").strip()
               for el in box.iter() if isinstance(el.tag, str))


# a count as a landing page's counter shows it: digits grouped by thousands ("1 207 281", "12,500", "3.400.000"),
# five or more digits, or a figure with a percent sign or a word of scale ("98%", "12k", "2,5 млн"), a "+" after
# (the lookahead first: a pattern opening with an optional sign was tried at every place of every text node, three
# times slower, twice over every element of a page: a twentieth of extraction's time, forty-ninth session's profile)
_COUNTER_FIGURE = re.compile(r"(?=[~≈\d])[~≈]?(?:\d{1,3}(?:([ \u00a0\u202f\u2009,.'’\u066c])\d{3})(?:\1\d{3})*|\d{5,}|"
                             r"\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|[kKMB]|mln|mio|млн|тыс\.?|万|億|千))(\+?)")
# a count written plainly: digits, grouped or not, a "+" after ("408", "١٬٢٢٢", "12 500+"), no percent or scale
_PLAIN_COUNT = re.compile(r"[~≈]?\d{1,3}(?:[ \u00a0\u202f\u2009,.'’\u066c]?\d{3})*\+?")
# ...that only a count is: a "+" after it, or thousands grouped under a first group of one or two digits ("1 207 281";
# "900 123 456" is a Spanish phone number, "95588" a Chinese bank's hotline, "10115" a postcode, "4B" a clause;
# Arabic's own separator, "١٬٢٢٢", and a thin space group thousands too)
_SURELY_COUNT = re.compile(r"[~≈]?\d{1,2}(?:[ \u00a0\u202f\u2009,.'’\u066c]\d{3})+\+?|.*\+")
# the names the counter widgets give their box or figure (Elementor's `elementor-counter-number`, WordPress
# blocks' `…-counter`, Webflow's and themes' `stat-number`, `kpi`), and the attributes their scripts count up to
# (`data-to-value`, `data-count`, `data-target`, `data-purecounter-end`)
_COUNTER_NAMES = frozenset(("counter", "counters", "count", "countup", "stat", "stats", "statistic", "statistics",
                            "kpi", "kpis", "metric", "metrics", "odometer"))
_COUNTER_ATTRS = ("data-to-value", "data-count", "data-target", "data-purecounter-end", "data-countup")
_COUNTER_CAPTION_WORDS = 8


def drop_counters(body) -> None:
    """A counter goes: a box holding only a count and a short caption ("1 207 281 / workouts done with PulseFit",
    "12k+ / happy clients"; Tilda's number block, Elementor's and Webflow's counter widgets), the caption 8 words
    or fewer, no digit in it and no sentence, no link, heading, list or table in the box. The count is drawn anew
    at every visit (a live total) and every capture of a policy beside one was a version: a simulated fitness
    app's Tilda page (`benchmarks/simulated.py`'s services_world). The figure must be a count (`_COUNTER_FIGURE`),
    and one only a count is (`_SURELY_COUNT`) unless the box or figure is named a counter or a statistic, or
    carries a counter script's target (`_COUNTER_NAMES`, `_COUNTER_ATTRS`): a policy's phone numbers ("900 123
    456 / Atención al cliente", "+7 …", "0800 …"), postcodes, key figures ("100% / of your data hosted in the
    EU") and numbered clauses stay (a colleague's review). A count whose caption names the day of the visit
    (`meta.names_today`: "١٬٢٢٢ / صورة طُبعت اليوم في فروعنا الـ١٤", 1,222 photos printed today in our 14 branches, an
    Egyptian photo lab's Odoo snippet above its policy's date: photo_world, 23 false versions of 30 captures) is one
    whatever its size and its caption's digits: a count of today is drawn anew each day. A count-up script's target
    does not tell it: a policy's key facts are animated so too ("30 / days to answer your request", "1.222 /
    requests in 2023": a colleague's review). An amount alone grouped by thousands (`_a_total`) goes as a count
    beside one that goes, in a box of the same class: a live total, "22.073 aktive Unterstützer:innen / € 55.430
    diesen Monat an Kreative ausgezahlt" between a membership platform's policy sections on TYPO3 (creator_world).
    Alone in a box named a counter, it is a policy's key figure to a colleague's review ("€ 20.000.000 / maximales
    Bußgeld" beside "72 h / Meldefrist"), and stays."""
    counted, totals = set(), []  # ((box, class) of each count dropped; the amounts that may stand beside one)
    for el in list(body.iter("div", "section")):
        if el.getparent() is None or \
                next(el.iter("a", "li", "td", "th", "form", "input", *_HEADINGS), None) is not None:
            continue
        parts = [" ".join(t.split()) for t in el.itertext()]
        parts = [t for t in parts if t]
        if len(parts) != 2 or parts[0][0] == "0":
            continue
        caption = parts[1]
        today = _PLAIN_COUNT.fullmatch(parts[0]) is not None and names_today(caption)
        total = _a_total(parts[0])  # (an amount alone: a live total, when the box is named a counter)
        if not today and not total and not _COUNTER_FIGURE.fullmatch(parts[0]):
            continue
        if len(caption.split()) > _COUNTER_CAPTION_WORDS or caption[-1] in _CLAUSE_ENDS or \
                not today and any(c.isdigit() for c in caption):
            continue
        if any(a.tag in ("li", "td", "th", "p") for a in el.iterancestors()):
            continue
        if not today and (total or not _SURELY_COUNT.fullmatch(parts[0])) and not any(
                _COUNTER_NAMES.intersection(re.split(r"[\W_]+", f"{d.get('class') or ''} {d.get('id') or ''}".lower()))
                or any(k in d.attrib for k in _COUNTER_ATTRS) for d in el.iter(etree.Element)):
            continue
        if total:
            totals.append(el)
            continue
        counted.add((el.getparent(), el.get("class")))
        _drop(el)
    for el in totals:
        if (el.getparent(), el.get("class")) in counted:
            _drop(el)
    _drop_counter_lines(body)
    _drop_labelled_counts(body)
    _drop_named_counter_lines(body)
    _drop_named_reads(body)


def _a_total(figure: str) -> bool:
    """Is the figure an amount of money alone whose sum is a count's (`currencies.amounts` over the whole of it, its
    digits grouped by thousands: "€ 55.430", "1 204 880 Kč"), as a counter widget shows a live total paid out or
    raised? A price, "€ 9,90", "4,99 €/Monat", is none."""
    spans = _amounts(figure)
    return len(spans) == 1 and spans[0] == (0, len(figure)) and \
        any(_SURELY_COUNT.fullmatch(m.group(0)) for m in _COUNTER_FIGURE.finditer(figure))


TODAY_CALL_WORDS = 10  # a count of today with its words: "Heute noch 10 freie Termine", "Only 3 tables left today"


def drop_today_calls(body, page: str | None) -> None:
    """A box of a count of today and a control to act on it goes: one line of TODAY_CALL_WORDS words or fewer that
    names the day of the visit (`meta.names_today`) and states one figure, a count (no time of day, no year), no
    sentence and no policy term, with one link that stands alone and leads to another site (`_sells_elsewhere`, a
    booking platform's): a salon's booking widget between its policy's sections, "Heute noch 10 freie Termine /
    Termin buchen" (Salonkee's, on a TYPO3 page: salon_world, a version at each capture). A count of today is
    drawn anew each day, as a counter's caption naming the day tells (`drop_counters`). A colleague's review found
    a policy's own lines so set with a link to its own site lost by a first form that asked no other site:
    "Requests received today are answered within 30 days / Contact", "Diese Fassung gilt ab heute für alle 3 Apps /
    Frühere Fassungen"."""
    if not page:
        return
    for control in list(body.iter("a", "button")):
        box = control.getparent()
        if box is None or box is body or box.tag in ("p", "li", "td", "th", "main", "article") or \
                (text := _short_text(box, 200)) is None or not _FIGURES.search(text) or not names_today(text):
            continue  # (the cheap tests first: a page has hundreds of links)
        href = (control.get("href") or "").strip().lower()
        if href.startswith(("mailto:", "tel:", "#", "javascript:")) or _nwords(_spoken(control)) > 4 or \
                len(list(box.iter("a", "button"))) != 1 or not _stands_alone(control) or \
                any(a.tag in ("p", "li", "td", "th") for a in box.iterancestors()):
            continue
        line = " ".join(_besides(box, [control]).split())
        if line and line != text and len(_FIGURES.findall(line)) == 1 and not _CLOCK_TIME.search(line) and \
                not _YEAR.search(line) and _nwords(line) <= TODAY_CALL_WORDS and line[-1] not in _CLAUSE_ENDS and \
                names_today(line) and not checks.policy_terms(line) and _sells_elsewhere(box, page):
            _drop(box)


READS_CHARS = 60  # a read count's line: a count and its word or two ("Megtekintések száma: 4 334")


def _short_text(el, limit: int) -> str | None:
    """The element's words, spaces collapsed, when they are `limit` characters or fewer; None otherwise, read no
    further than needed (a box named a statistic may hold a whole page)."""
    parts, size = [], 0
    for t in el.itertext():
        parts.append(t)
        size += len(t.strip())
        if size > limit:
            return None
    text = " ".join("".join(parts).split())
    return text if len(text) <= limit else None


def _drop_named_reads(body) -> None:
    """A line its class names a counter or a statistic (`_COUNTER_NAMES`) whose words are a count and its
    unit alone goes, the unit one of the words that also count a meter's or a plan's readings (`_READS_OF_METERS`:
    "12 letture", "19757 leituras") as well as `_COUNTER_UNIT`'s: Drupal's statistics module sets "N reads",
    translated, in its `statistics_counter` link under the node (a charity's Drupal 7 policy, "18568 leituras",
    faith_world: a version at nearly every capture). A line of its own only, an item only among links (Drupal's
    `ul.links`): unnamed, or in a sentence, a table or a list of facts, such a count is a policy's own (two
    colleagues' reviews: a list of meter readings, "le 12 letture più recenti", "Lecturas: 24")."""
    if _COUNTER_NAMES.isdisjoint(re.split(r"[\W_]+", _class_names(body).lower())):
        return  # (most pages name no counter: the page's class names read once)
    for el in _NAMED_READS_CANDIDATES(body):
        if el.getparent() is None or _COUNTER_NAMES.isdisjoint(re.split(r"[\W_]+", el.get("class").lower())) or \
                (text := _short_text(el, READS_CHARS)) is None or not _NAMED_READS.match(text) or \
                any(a.tag in ("td", "th", "p", "dl") for a in el.iterancestors()):
            continue
        line = next((a for a in itertools.chain((el,), el.iterancestors()) if a.tag in _LINE_BREAKING), None)
        item = next((a for a in itertools.chain((el,), el.iterancestors()) if a.tag == "li"), None)
        if line is not None and " ".join(line.text_content().split()) == text and (item is None or all(
                next(sib.iter("a"), None) is not None for sib in item.itersiblings(preceding=True)) and all(
                next(sib.iter("a"), None) is not None for sib in item.itersiblings())):
            _drop(line if line.tag != "li" else item)


_NAMED_READS_CANDIDATES = etree.XPath(".//*[contains(@class, 'count') or contains(@class, 'stat')]")


def _drop_named_counter_lines(body) -> None:
    """A box its class or id names a counter or a statistic (`_COUNTER_NAMES`) that is one short line with a count
    only a count is in its caption (`_counter_line`, `_SURELY_COUNT`), above the document (before its title,
    `_legal_title`; on a page with no such title, before the text's first sentence), goes: a personal-training
    marketplace's "Bu hafta <strong>2.983</strong> ders rezerve edildi" (`legal__stats`) above the tabs of its legal
    texts, a new figure at every visit (a simulated one on Angular Universal: `benchmarks/simulated.py`'s
    fitness_world, 21 false versions of 30 captures). A colleague's review found a policy's own figures in boxes so
    named lost by a first form that asked no place: a transparency report's "Last year we received 1,204 government
    requests" (`stats`, `kpi`, `metrics`) among its sections, a breach's "12.500 Kundenkonten" in a `<span
    class="stat">` inside a sentence; only a line of its own (a `<div>`, `<p>` or `<section>`) goes. A row of such
    lines is `_drop_counter_lines`'s."""
    title = None
    for el in list(body.iter("div", "p", "section")):
        if el.getparent() is None or any(a.tag in ("li", "td", "th", "p") for a in el.iterancestors()) or \
                _COUNTER_NAMES.isdisjoint(re.split(r"[\W_]+", f"{el.get('class') or ''} {el.get('id') or ''}".lower())):
            continue
        if (figure := _counter_line(el)) is None or not _SURELY_COUNT.fullmatch(figure):
            continue
        title = title if title is not None else _legal_title(body)
        if title is not None:
            above = title in _FOLLOWING_H1(el)
        else:
            above = not any(map(_sentence_like, _TEXT_BEFORE(el)))
        if above:
            _drop(el)


_FOLLOWING_H1 = etree.XPath("following::h1")


# an amount of money: a currency's sign or code beside the figure ("25.000 EUR", "50 000 zł", "10,000,000円",
# "RM 50,000", "₽", "грн", "TL", "Kč", "Rp")
_CURRENCY = re.compile(r"[$€£¥₹₩₽₺₴円元]|\b(?:EUR|USD|GBP|CHF|PLN|CZK|HUF|RON|SEK|NOK|DKK|TRY|TL|RUB|UAH|JPY|CNY|"
                     r"RMB|MYR|RM|IDR|Rp|zł|Kč|Ft|lei|kr|грн|руб|₸|тг|AED|SAR|د\.إ|ر\.س)(?!\w)", re.I)


def drop_counter_lines_above_title(body) -> None:
    """A line of its own that only counts (`_counter_line`, `_SURELY_COUNT`), named so or not, goes when no sentence
    stands before it in the page and a legal document's title follows it (an `<h1>` that `classify.heading_kind`
    names) or it stands in the band of such a title (`_legal_title_box`): a publishing service's hero
    "<strong>11.017</strong> naskah telah terbit bersama TerbitKita" in the page's title band, above the policy's
    own `<h1>`, a new count at every visit (books_world). Before the text's first sentence and above a document's
    title, it is none of the document's words; a policy's own figures ("Last year we received 1,204 requests")
    follow its first sentence, and an amount of money (`_CURRENCY`) is no count: a company's "Stammkapital:
    25.000 EUR", "Kapitał zakładowy 50 000 zł" or "資本金 10,000,000円" in its legal notice above the policy's
    title stays (a colleague's review)."""
    from ..classify import heading_kind
    for node in list(body.iter(etree.Element)):
        if not (node.text and _COUNTER_FIGURE.search(node.text)) or node.getparent() is None:
            continue
        box = next((b for b in itertools.islice(itertools.chain([node], node.iterancestors()), 3)
                    if b.tag in ("p", "div", "section")), None)
        if box is None or box.getparent() is None or any(a.tag in ("li", "td", "th", "p") for a in box.iterancestors()):
            continue
        if (figure := _counter_line(box, paragraph=True)) is None or not _SURELY_COUNT.fullmatch(figure) or \
                _CURRENCY.search(" ".join(box.itertext())) or any(map(_sentence_like, _TEXT_BEFORE(box))):
            continue
        if any(heading_kind(" ".join(" ".join(h.itertext()).split()))[0] is not None for h in _FOLLOWING_H1(box)[:3]) \
                or any(_legal_title_box(up) for up in itertools.islice(box.iterancestors(), 2)):
            _drop(box)


# the names an element holding only a count takes when an icon, not a word, labels it on the page (Bitrix's
# `news-detail__views`, WordPress plugins' `post-views`, Joomla's `hits`, an ASP.NET label's `lblHits`)
_COUNT_NAMES = frozenset(("views", "viewcount", "hits", "hitcount", "pageviews", "reads", "visits", "visitors",
                          "likes", "comments", "shares", "downloads"))
_DIGITS_ONLY = etree.XPath(".//text()[normalize-space(.) != '' and "
                           "translate(normalize-space(.), '0123456789 .,  ', '') = '']")
_NAME_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_IDS = etree.XPath(".//@id")
_LABELS = etree.XPath(".//@title | .//@aria-label")


def _drop_labelled_counts(body) -> None:
    """A count an icon labels goes: an element whose words are a count alone (`_COUNT`), named for what it counts
    by its `title` or `aria-label` (`_COUNTER_UNIT`'s words: "Просмотров", "Views") or by its class or id
    (`_COUNT_NAMES`): the view count an exchanger's Bitrix page sets after its eye icon beside the policy's date
    ("01.09.2022 👁 2 433", crypto_world) and an ASP.NET page's hits label, new at every visit; with its line,
    when the line is a counter's (`_COUNTERS`: "इस पृष्ठ को देखा गया: <span id="lblHits">2,48,005</span> बार")."""
    names = f"{_class_names(body)} {' '.join(_IDS(body))}".lower()
    if not any(name in names for name in _COUNT_NAMES) and \
            not any(re.fullmatch(_COUNTER_UNIT, " ".join(label.split()), re.I) for label in _LABELS(body)):
        return  # (most pages name no count: the text nodes are not read)
    dated = _written_dates(body)
    for node in _DIGITS_ONLY(body):
        el = node.getparent()
        if el is None or el.getparent() is None or not re.fullmatch(_COUNT, " ".join(node.split())) or \
                any(a.tag in ("td", "th") for a in el.iterancestors()):
            continue  # (a table's figures are its data: Drupal Views' cells, a cookie's lifetime)
        box = None
        while el is not None and el is not body and el.tag not in _LINE_BREAKING and \
                " ".join(_spoken(el).split()) == " ".join(node.split()):
            label = " ".join(f"{el.get('title') or ''} {el.get('aria-label') or ''}".split())
            if label and re.fullmatch(_COUNTER_UNIT, label, re.I) or _named_count(el):
                box = el
            el = el.getparent()
        if box is None:
            continue
        line = next((a for a in box.iterancestors() if a.tag in _LINE_BREAKING), None)
        words = " ".join(_spoken(line).split()) if line is not None and line is not body else ""
        if words and _COUNTERS.match(words):
            _drop(line)  # ("This page was viewed <b>12</b> times")
        elif not _LINE_WORDS.search(dated.sub(" ", words.replace(" ".join(_spoken(box).split()), " ", 1))):
            _drop(box)  # alone on its line, or beside a date: not a figure a label of the policy states ("Maximum
            # downloads per day: 5", "Delegado de protección de datos: 910 123 456": a colleague's review)
        elif (piece := _counter_piece(box, line)) is not None and \
                dated.search(words.replace(" ".join(_spoken(piece).split()), " ", 1)):
            _drop(piece)  # one of a line's facts about the page, its date among them (`<span>浏览次数：<em
            # id="views">…`, or the count alone with its icon: `<span class="doc-detail__views"><i class="fa
            # fa-eye"></i> 2995</span>` after "Թարմացվել է՝ 29.05.2022 14:26", a library's Bitrix page, science_world;
            # "Downloads: 3" among a policy's facts stays: a colleague's review)


FACT_WORDS = 8  # a line of the page's facts around a count its name labels: "Published: … Updated: … 14:26"


def _counter_piece(box, line):
    """The element around `box` (a labelled count) and inside `line` whose words are the count with its label
    alone ("浏览次数：10843", `_COUNTER_PIECE`), or None: a Chinese CMS sets an article's facts each in a `<span>`
    with no space between them ("发布时间：2021-11-01 10:01来源：中衡信律师事务所浏览次数：10843"), read glued as
    one line that no rule of a line of facts could split (a law firm's JEECMS page, legal_world). The box is such
    a piece itself when it is its line's child, an element of its own beside the line's other facts, and the line
    is no sentence: "Since 1 March 2024 … up to <span class='max-downloads'>3</span> times a day" keeps its
    figure (a colleague's review)."""
    if box.getparent() is line:  # (a line of facts: no sentence besides its dates, FACT_WORDS words at most)
        words = " ".join(_spoken(line).split()).replace(" ".join(_spoken(box).split()), " ", 1)
        rest = _written_dates(line).sub(" ", words)
        return box if _nwords(rest) <= FACT_WORDS and not any(c in rest for c in ".;!?。") else None
    for el in box.iterancestors():
        if el is line or el.tag in _LINE_BREAKING:
            return None
        if _COUNTER_PIECE.match(" ".join(_spoken(el).split())):
            return el
    return None


def _named_count(el) -> bool:
    """Does a class or id of `el` end with a name of what a count counts (`_COUNT_NAMES`: BEM's `news-detail__views`,
    `post-hits`, ASP.NET's `lblHits`), not start with one (Drupal's `views-field`, every field of a View)?"""
    tokens = f"{el.get('class') or ''} {el.get('id') or ''}".split()
    return any(parts and parts[-1].lower() in _COUNT_NAMES for parts in map(_NAME_PART.findall, tokens))


def _counter_line(el, paragraph: bool = False) -> str | None:
    """The figure of a box that is one short line holding a count in its caption ("9 792 інвесторів уже з нами",
    "Видано позик на ₴ 373 181 327", "Середня дохідність 17,3% річних*"), or None: _COUNTER_CAPTION_WORDS words
    of caption at most, no sentence, no link, heading, list or table, no policy term, its only digits the
    figure's, the figure not a phone number's ("+…", "0…"). `paragraph`: the box may be a `<p>` itself, a line of
    its own (`drop_counter_lines_above_title`)."""
    if next(el.iterdescendants("a", "li", "td", "th", "form", "input", "p", *_HEADINGS), None) is not None or \
            el.tag in ("a", "li", "td", "th", "form", "input", *_HEADINGS) or el.tag == "p" and not paragraph:
        return None
    text = " ".join(el.text_content().split())
    figure = _COUNTER_FIGURE.search(text)
    if not figure or text[figure.start():figure.start() + 1] == "0" or text[:figure.start()].rstrip().endswith("+") \
            or any(c.isdigit() for c in text[:figure.start()] + text[figure.end():]):
        return None
    caption = text[:figure.start()] + " " + text[figure.end():]
    if not 0 < len(caption.split()) <= _COUNTER_CAPTION_WORDS or text[-1] in _CLAUSE_ENDS or \
            checks.policy_terms(text):
        return None
    return figure.group(0)


_FOLLOWING_P = etree.XPath("following::p[not(ancestor::footer)]")


def _introduced(el) -> bool:
    """Does a title introduce `el`: a heading inside it, or the element before it (or before the nearest of its two
    nearest ancestors that has one) a heading, a box ending in one, or a title's short line in a box of its own
    (eight words at most, no sentence mark, no digit: a page builder's title set in a `<div>`)?"""
    if next(el.iter(*_HEADINGS), None) is not None:
        return True
    for node in itertools.islice(itertools.chain([el], el.iterancestors()), 3):
        prev = node.getprevious()
        while prev is not None and not isinstance(prev.tag, str):
            prev = prev.getprevious()
        if prev is not None:
            if prev.tag in _HEADINGS:
                return True
            if not len(prev):  # a title set in a <div> of its own
                line = " ".join(prev.text_content().split())
                return 0 < _nwords(line) <= 8 and line[-1] not in _CLAUSE_ENDS and not any(c.isdigit() for c in line)
            last = next(iter(prev.xpath("(.//h1|.//h2|.//h3|.//h4|.//h5|.//h6|.//p|.//li|.//div[not(*)])[last()]")),
                        None)
            return last is not None and last.tag in _HEADINGS
    return False


def _drop_counter_lines(body) -> None:
    """A row of counters whose figures stand in their captions goes: two sibling boxes or more of one tag and
    class, each one short line with a count (`_counter_line`), one of them a figure only a count is
    (`_SURELY_COUNT`): a lending platform's "Видано позик на ₴ 373 181 327 / 9 792 інвесторів уже з нами /
    Середня дохідність 17,3% річних*" after its policy (Tilda's free-form block), new at every visit, made every
    capture a version (a simulated Ukrainian lender: `benchmarks/simulated.py`'s fintech_world). Its siblings that
    are not such lines (a footnote's sentence) stay, and so does a row of a contact's numbers ("+380 44 …", "0800
    …") or one figure alone. The row stands after the text: no title introduces it and no sentence follows it in
    its `<main>` or `<article>` (a colleague's review: a transparency report's "Requests received 1,204 / Accounts specified 2,310" under its
    heading, a controller's "Capital social 10 000 € / RCS Paris 552 100 554" before the policy's sections, are
    the policy's)."""
    parents = {box.getparent() for el in body.iter(etree.Element) if el.text and _COUNTER_FIGURE.search(el.text)
               for box in itertools.islice(itertools.chain([el], el.iterancestors()), 3)
               if box.tag in ("div", "span", "section")}
    for parent in parents:
        if parent is None or any(a.tag in ("li", "td", "th", "p") for a in itertools.chain([parent], parent.iterancestors())):
            continue
        kinds = collections.defaultdict(list)
        for child in parent:
            if isinstance(child.tag, str) and child.tag in ("div", "span", "section"):
                kinds[(child.tag, ((child.get("class") or "").split() or [""])[0])].append(child)
        scope = next((a for a in parent.iterancestors() if a.tag in ("main", "article") or a.get("role") == "main"),
                     None)
        if _introduced(parent) or any(_nwords(t := " ".join(p.text_content().split())) > 8 or t[-1:] in _SENTENCE_ENDS
                                      for p in _FOLLOWING_P(parent) if scope is None or scope in p.iterancestors()):
            continue
        for boxes in kinds.values():
            lines = [(box, figure) for box in boxes if len(boxes) >= 2 and (figure := _counter_line(box))]
            if len(lines) >= 2 and any(_SURELY_COUNT.fullmatch(figure) for _, figure in lines):
                for box, _ in lines:
                    _drop(box)


RATING_WORDS = 12  # words of a rating widget, its title and caption with it
# an average rating ("4,8", "3.7", "4/5") and a count of votes or reviews ("(26 voti)", "319 avaliações", "1.204")
_RATING_VALUE = re.compile(r"(?<![\d.,])[0-5](?:[.,]\d{1,2}|\s*/\s*5)(?![\d.,%])")
# ...or a score out of ten, as Dutch and German review services give it (Kiyoh's "9,2", "8,7/10": garage_world),
# stated alone (`_score_of_ten`) beside a count of its reviews grouped by thousands ("24.081"): a scale's
# threshold, a test's or an audit's score, "aprobamos desde 6,5", "Fahrscore 8,4 / 10", "9,1 (sur 45 critères)",
# has no such count or stands in a line of text (two colleagues' reviews)
_OUT_OF_TEN = re.compile(r"(?<![\d.,])(?:[6-9][.,]\d|(?:\d(?:[.,]\d)?|10)\s*/\s*10)(?![\d.,%])")
_REVIEWS_COUNT = re.compile(r"(?<![\d.,/-])\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?![\d.,/-])")
_RATING_COUNT = re.compile(r"\d[\d.,\u00a0\u202f ]*\d|\d")
_STARS = re.compile(r"[★☆⭐]")
# the names rating widgets give their boxes (Liferay's `taglib-ratings` and `rating-score`, WordPress plugins'
# `kk-star-ratings` and `star-rating`, themes' `review-score`) and schema.org's AggregateRating
_RATING_NAMES = frozenset(("rating", "ratings", "stars", "star", "starrating", "score"))
# ...and a box named for reviews, whose rating must be written out of five ("4,8 / 5"): a policy's "Version 2.1 · Last
# reviewed 4 March 2024" or "Reviewed: 4/5/2024" in a box named `policy-review` is none (a colleague's review)
_REVIEW_NAMES_OF_BOX = frozenset(("review", "reviews"))
_OUT_OF_FIVE = re.compile(r"(?<![\d.,/])[0-5](?:[.,]\d{1,2})?\s*(?:/|(?:out of|of|av|af|de|sur|su|von|van|z|ze|"
                          r"из|з|от|na|dari|daripada|από)\s)\s*5(?![\d.,%/])", re.I)


def drop_ratings(body, stars: bool = True) -> None:
    """A rating widget goes: a box of RATING_WORDS words at most holding an average rating and a count of votes,
    named so (`_RATING_NAMES` in its class or id, schema.org's `aggregateRating`) or drawn with star glyphs:
    a CMS's "Rate this page" ("Valuta questa pagina / 4,0 (26 voti)", Liferay's ratings), an app's store line
    ("Baixe o Bichinhos da Mata · ★ 4,8 · 360 avaliações"). Each vote moves it, and every capture of a policy
    beside one was a version (a simulated water utility and a children's game, `benchmarks/simulated.py`'s
    longform_world and apps_world). So does a box named for reviews whose rating is written out of five (a
    reviews strip whose stars are hidden from screen readers, "Asiakkaidemme arvio 4,8 / 5 – perustuu 1 062
    arvioon", HubSpot's `reviews-strip` under a funeral insurer's policy: funeral_world), and a box named a rating
    whose stars draw the average beside the count alone ("Đánh giá bài viết: Trung bình (17 Phiếu) ★★★★☆",
    Liferay's: parking_world). The widest box around the named element or the glyph that stays that short goes,
    its title with it; never one in a table or a list, or holding a heading, or set in a line of text (`_in_a_line`:
    "…हमारे उपयोगकर्ताओं ने इसे ४.५/५ दिया…", a colleague's review). Digits are read in any script, Arabic's decimal
    sign with them (KK Star Ratings' "۴.۶/۵ - (۱۱۲ امتیاز)" under a Persian pharmacy's policy: pharmacy_world)."""
    seeds = []
    for el in _RATING_MARKED(body):
        names = set(re.split(r"[\W_]+", f"{el.get('class') or ''} {el.get('id') or ''}".lower()))
        if _RATING_NAMES.intersection(names) or el.get("itemprop"):
            seeds.append((el, True))
        elif _REVIEW_NAMES_OF_BOX.intersection(names):
            seeds.append((el, False))  # (named for reviews only: its rating must be out of five)
    if stars:  # (whether the page's text draws stars at all: `preclean` read it once)
        seeds += [(el, True) for el in body.iter(etree.Element) if _STARS.search(el.text or "")]
    for el, rating in seeds:
        if el.getparent() is None or any(a.tag in ("td", "th", "li", "table") for a in el.iterancestors()):
            continue
        box = el
        while (up := box.getparent()) is not None and up is not body and up.tag not in _NOT_WIDGET and \
                len(up.text_content().split()) <= RATING_WORDS and next(up.iter(*_HEADINGS), None) is None:
            box = up
        text = " ".join(box.text_content().split())
        if len(text.split()) > RATING_WORDS or checks.policy_terms(text) or \
                next(box.iter(*_HEADINGS), None) is not None:
            continue
        if _in_a_line(box):
            continue  # (a rating a sentence states: "…rated ४.५/५ by our users…")
        text = _ascii_digits(text).replace("٫", ".")  # ("۴.۶/۵ - (۱۱۲ امتیاز)", Arabic's decimal sign: "٤٫٧/٥")
        counts = len(_RATING_COUNT.findall(text))
        own = re.split(r"[\W_]+", f"{el.get('class') or ''} {el.get('id') or ''}".lower())
        if counts >= 2 and (_RATING_VALUE if rating else _OUT_OF_FIVE).search(text) or \
                counts and _STARS.search(text) and _RATING_NAMES.intersection(own) or \
                (ten := _score_of_ten(box)) and _REVIEWS_COUNT.search(text.replace(ten, " ", 1)):  # ("9,224.081")
            _drop(box)


LINE_WORDS = 4  # words around an inline element that make it part of a line of text


def _in_a_line(el) -> bool:
    """Is an inline element (`<span>`, `<strong>`…) set in a line of text, LINE_WORDS words or more of its parent's
    own around it?"""
    return el.tag not in _LINE_BREAKING and el.getparent() is not None and _nwords(_text_around(el)) >= LINE_WORDS


def _score_of_ten(box) -> str | None:
    """A score out of ten that an element of the box states alone (`_OUT_OF_TEN`: Kiyoh's `<span
    class="kiyoh-score">9,2</span>`), or None: a scale's example in a line of text, "Fahrscore 8,4 / 10 nach 312
    km", "43 bodů z 50 (8,6 z 10)", is none (a colleague's review)."""
    return next((t for el in box.iter(etree.Element) if not len(el) and
                 _OUT_OF_TEN.fullmatch(t := _ascii_digits(" ".join(el.text_content().split())))), None)


_RATING_MARKED = etree.XPath(".//*[contains(@class, 'rating') or contains(@class, 'star') or contains(@class, 'score') "
                             "or contains(@class, 'review') or contains(@id, 'rating') or @itemprop='aggregateRating' "
                             "or @itemprop='ratingValue']")


PROGRESS_CHARS = 200  # a progress widget's text, spaces collapsed (a count of words would not bound Thai or Khmer):
# "Support our appeal: Warm winter for every child / 27,637 € of 25,000 € raised / 10 € 25 € 50 € Donate now"
_PROGRESS = './/progress|.//meter|.//*[@role="progressbar" or @role="meter"]'


def drop_progress(body) -> None:
    """A progress indicator (`<progress>`, `<meter>`, `role="progressbar"` or `"meter"`, WAI-ARIA) in a form's widget
    goes with it: the widest box around it of PROGRESS_CHARS characters at most, below the page's `<main>` or
    `<article>`, that holds a control (a button, an input, a form) and no sentence, table or paragraph: a
    fundraising goal's "27.637 € od 25.000 € zbranih" with its campaign's name and its donate buttons. Its figures
    move with every donation, and every capture of a policy with a donation form in its text was a version (a
    simulated charity's WordPress page with GiveWP: `benchmarks/simulated.py`'s edits_world). A bar among the
    policy's own words stays with them (two colleagues' reviews: a retention table's meters, an infographic's bars
    of where data is stored, a request's steps, a reading-progress bar over the title and its date, a cookie table's
    row with its toggle, a request form's section heading): never a table's row or cell, a list item, or a box
    holding an `<h1>`, an `<h2>` or a `<time>`. A box around the bar with no control goes too when it states a
    tally, two amounts of money or counts of thousands ("147.894,00 € angariados de 150.000,00 €", "12.480 of
    15.000 signatures"): the goal's figures alone, when the campaign's `<h2>` title keeps its form out of reach (a
    simulated charity's GiveWP form, civic_world: a version at each capture); a bar of a share ("80 %") stays."""
    for bar in body.xpath(_PROGRESS):
        box, widget = bar, None
        while (up := box.getparent()) is not None and up is not body and up.tag not in _NOT_WIDGET and \
                len(" ".join(up.text_content().split())) <= PROGRESS_CHARS and not _has_prose(up) and \
                next(up.iter("h1", "h2", "time"), None) is None:
            box = up
            if next(up.iter("button", "input", "select", "form"), None) is not None:
                widget = up
        if widget is None and box is not bar and _tally_figures(box.text_content()) >= 2:
            widget = box
        if widget is not None and widget.getparent() is not None:
            _drop(widget)


# a count grouped by thousands ("150.000", "12 480")
_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?![\d])")


def _tally_figures(text: str) -> int:
    """How many figures of a tally the text states: amounts of money (`_amounts`) and counts grouped by
    thousands."""
    spans = _amounts(text)
    return len(spans) + sum(1 for m in _THOUSANDS.finditer(text) if not any(s <= m.start() < e for s, e in spans))


_NOT_WIDGET = frozenset(("main", "article", "table", "thead", "tbody", "tr", "td", "th", "li"))


def _has_prose(el) -> bool:
    """Does `el` hold a paragraph, a table, a definition list or a line that ends a sentence?"""
    return next(el.iter("p", "table", "dl"), None) is not None or \
        any(t.rstrip()[-1:] in _SENTENCE_ENDS for t in el.itertext() if t.strip())


_TAGLINE_WORDS = 8
DOCUMENT_SHARE = 0.8  # of the page's text (characters) that the box of a document's title holds


def _legal_title(body):
    """The page's first `<h1>` when it names a legal document (`classify.heading_kind`), else None."""
    from ..classify import heading_kind
    title = next(body.iter("h1"), None)
    if title is None or heading_kind(" ".join(" ".join(title.itertext()).split()))[0] is None:
        return None
    return title


def drop_hero_titles(body) -> None:
    """The page's first `<h1>` goes when it names no legal document, stands alone in its box (a hero band's) and the
    next `<h1>` names one: the site's section over the document's own title (Salesforce Commerce Cloud's SFRA sets
    "Kundeservice" in a hero over the content asset's "Privatlivspolitik": a simulated toy shop replatformed from
    SiteGenesis, toys_world, a version at the move). Only the hero's title: run last, after the rules that read the
    first `<h1>` as the document's title (`_legal_title`), so what stands between the hero and the document stays
    (a colleague's review: a scope line, the controller's name, a request box's deadline)."""
    from ..classify import heading_kind
    heads = list(body.iter("h1"))
    # (a title's words as written, "Priva<span>c</span>y policy" one word; the next <h1> the document's title: later
    # ones may be its sections', "5. Cookies and tracking tools", ota-dating's happn)
    if len(heads) < 2 or heading_kind(" ".join(heads[0].text_content().split()))[0] is not None or \
            heading_kind(" ".join(heads[1].text_content().split()))[0] is None:
        return
    box = heads[0]
    while (up := box.getparent()) is not None and up is not body and _squeezed(up) == _squeezed(heads[0]):
        box = up
    if box is not heads[0] and box.getparent() is not None:  # (alone in a box of its own)
        _drop(box)


def drop_taglines(body) -> None:
    """A line in a box of its own before the document's box goes: a hero's tagline, a kicker ("Data you can trust",
    "Legal"), 8 words or fewer, no figure, no link, no sentence. The document's box is the lowest one around its
    title (the page's first `<h1>`, when it names a legal document: `classify.heading_kind`) that holds
    DOCUMENT_SHARE of the page's text; what a theme sets before that box is the page's, as a curator's selector
    of the box leaves it, and a landing page's A/B test rewrites it between visits (a simulated B2B site's HubSpot
    hero: `benchmarks/simulated.py`'s services_world). A line in that box stays, before the title or not: a
    hero holding the title with a scope line ("For customers in the European Economic Area") or a "Last updated"
    label above it, a page of several documents whose first `<h1>` comes late (a colleague's review)."""
    if (title := _legal_title(body)) is None:
        return
    total, box = _text_len(body), title
    while box is not body and _text_len(box) < DOCUMENT_SHARE * total:
        box = box.getparent()
    node = box
    while node is not body and (up := node.getparent()) is not None:
        for sib in list(node.itersiblings(preceding=True)):
            if not isinstance(sib.tag, str) or sib.tag in ("ul", "ol", "table", "dl"):
                continue
            text = " ".join(sib.text_content().split())
            if text and len(text.split()) <= _TAGLINE_WORDS and not any(c.isdigit() for c in text) and \
                    text[-1] not in _CLAUSE_ENDS and sib.tag != "a" and next(sib.iter("a"), None) is None:
                _drop(sib)
        node = up


# a count set apart in an element of its own, as counter widgets set their figure ("Hoy <strong>905</strong>
# personas…"): digits grouped by thousands or fewer than four, a "+" after
_SET_COUNT = re.compile(r"[1-9]\d{0,2}(?:([ \u00a0\u202f,.'’])\d{3})?(?:\1\d{3})*\+?")


def _live_count(box, set_apart: bool = True) -> bool:
    """Does `box` hold a count: a figure only a count is (`_SURELY_COUNT`: "1,259", "12 000+") in its words, or, with
    `set_apart`, a count an element holds alone (`_SET_COUNT`); not a phone number's ("0 800 …", "+49 …"), a
    postcode, a year, an amount of money ("Rp 10.000", `currencies.amounts`)?"""
    text = " ".join(" ".join(box.itertext()).split())
    money = _amounts(text)
    return any(_SURELY_COUNT.fullmatch(m.group(0)) and m.group(0)[0] != "0" and
               not text[:m.start()].rstrip().endswith("+") and not any(s <= m.start() < e for s, e in money)
               for m in _COUNTER_FIGURE.finditer(text)) or \
        set_apart and any(_SET_COUNT.fullmatch(" ".join(el.text_content().split())) for el in box.iter(*_LINE_PARTS))


def drop_hero_counts(body) -> None:
    """A live count with its call to action goes: a box of CALL_WORDS words at most besides a button
    (`_call_to_action`), holding a count (`_live_count`), with no sentence's end, no date, none of the policy
    vocabulary, and no heading but its figure ("14.929 MWh"), before the document's title (the page's first `<h1>`,
    when it names a legal document) or among its blocks. A comparison site's hero over its notice, "Hoy 1,259
    personas compararon su seguro con nosotros · Compara más de 10 aseguradoras", drew its count and its A/B button
    anew at every visit (`benchmarks/simulated.py`'s insurance_world), and so did a solar installer's box of its
    customers' output between its policy's two text boxes ("14.929 MWh / de energia limpa já gerados… / 2.723
    sistemas instalados / Simule sua economia", a Wix page, energy_world): a version at each capture. A colleague's
    review of a first form without the count, which took a controller's line, a scope line, a legal basis with its
    PDF or a request form's link before the title for a call to action, narrowed it."""
    controls = [c for c in body.iter("a", "button") if _is_button(c)]
    if not controls:
        return
    title = _legal_title(body)
    ahead = set(itertools.takewhile(lambda el: el is not title, body.iter())) if title is not None else set()
    for control in controls:
        if body not in control.iterancestors():
            continue  # (gone with a box dropped before)
        # before the title a count may be any an element holds alone; after it, only one a count only is: a
        # policy's own box may set a figure apart ("Plazo de respuesta: <strong>30</strong> días / Enviar
        # solicitud", "<b>3</b> Rechenzentren … / Zertifikat ansehen": a colleague's review)
        before = control in ahead
        box, up = None, control.getparent()
        while up is not None and up is not body and _nwords(" ".join(_spoken(up).split())) <= 2 * CALL_WORDS:
            if title is not None and (up is title or title in up.iterdescendants()):
                break
            if _count_call(up, set_apart=before):
                box = up
            up = up.getparent()
        if box is not None:
            _drop(box)


def _count_call(box, set_apart: bool = True) -> bool:
    """A live count beside a call to action (`drop_hero_counts`); `set_apart`: a count an element holds alone will
    do, not only one a count only is."""
    return _live_count(box, set_apart) and _call_to_action(box, button=True) and not _dated(box) and \
        all(_COUNTER_FIGURE.match(" ".join(_spoken(h).split())) for h in box.xpath(_ANY_HEADING)) and \
        not checks.policy_terms(_spoken(box)) and \
        not any(t.rstrip()[-1:] in _SENTENCE_ENDS for t in box.itertext() if t.strip())

# the columns of a CSS grid, by the frameworks' own class names: Bootstrap's `col-md-8` (and Liferay's
# `portlet-column`, built on it), Foundation's `columns`/`cell`, Bulma's `column`, Tailwind's `col-span-8` and
# `md:w-2/3`, WordPress's `wp-block-column`, Elementor's `elementor-column`, Divi's `et_pb_column`, AEM's
# `aem-GridColumn`, Shopify themes' `grid__item`
_GRID_COLUMN = re.compile(r"col(?:-(?:xs|sm|md|lg|xl|xxl))?(?:-\d{1,2}|-auto)?|columns?|cell|portlet-column|"
                          r"(?:[a-z0-9]+:)?(?:col-span-\d{1,2}|w-\d{1,2}/\d{1,2}|basis-\d{1,2}/\d{1,2})|"
                          r"wp-block-column|elementor-column|et_pb_column(?:_\d_\d)?|aem-gridcolumn|grid__item")


# (every framework's column class holds one of these: a filter in C before the one in Python)
_COLUMN_CANDIDATES = etree.XPath(".//*[contains(@class, 'col') or contains(@class, 'Col') or contains(@class, 'cell') "
                                 "or contains(@class, '/') or contains(@class, 'grid__item')]")


_WIDGET_PART = re.compile(r"(?:^|[-_])(?:widgets?|portlets?)(?:$|[-_])")
_MODULE_PART = re.compile(r"(?:^|[-_])(?:widgets?|portlets?|module)(?:$|[-_])")
# a page builder's modules whose content the site draws anew at each visit, by their type's name: Divi's
# `et_pb_countdown_timer`, `et_pb_blog`, `et_pb_shop`, `et_pb_number_counter`
_LIVE_MODULE = re.compile(r"(?:^|[-_])(?:countdown|blog|posts?|shop|products|counters?|events)(?:$|[-_])")


def _of_widgets(column) -> bool:
    """Is all the column's text inside boxes named a widget or a portlet (a class or id part "widget", "portlet":
    WordPress's `widget-area` and `widget_recent_entries`, Liferay's `portlet-boundary`), or a page builder's
    modules one of which draws its content anew at each visit (`_LIVE_MODULE`: Divi's `et_pb_module` boxes beside
    an `et_pb_countdown_timer`, a school's open-day countdown and holiday timetable, edu_world)? A column of text and
    blurb modules alone is the policy's (a data protection officer's card, a representative's, the date of effect:
    a colleague's review). The column's own name does not count: Liferay names every column, the policy's too,
    `portlet-column`."""
    live = any(any(map(_LIVE_MODULE.search, words)) and any(map(_MODULE_PART.search, words))
               for words in ((d.get("class") or "").lower().split() for d in column.iterdescendants(etree.Element)))
    part = _MODULE_PART if live else _WIDGET_PART

    def named(el) -> bool:
        return any(part.search(t) for t in f"{el.get('class') or ''} {el.get('id') or ''}".lower().split())
    inside, outer = 0, set()
    for d in column.iterdescendants(etree.Element):
        if named(d) and not any(a in outer for a in d.iterancestors()):
            outer.add(d)
            inside += len(_squeezed(d))
    return inside > 0 and inside == len(_squeezed(column))


def _lists_pages(column, page: str | None) -> bool:
    """Does half or more of the column's text stand in entries that each date another page of the site and link
    it: two or more siblings, each holding a date and a link into one folder of the site (`_dated_link`: a news
    list's "09.11.2023 Citrix NetScaler …", a report card's "2024.12.17 / <h3><a>…")?"""
    boxes = {el.getparent() for el in column.iterdescendants(etree.Element) if el.getparent() is not None}
    listed = 0
    for box in boxes:
        entries = [(c, folder) for c in box if isinstance(c.tag, str) and (folder := _dated_link(c, page))]
        if len(entries) >= 2 and len({folder for _, folder in entries}) == 1:
            listed = max(listed, sum(len(_squeezed(c)) for c, _ in entries))
    return listed > 0 and 2 * listed >= len(_squeezed(column))


FEED_TITLE_WORDS = 8  # a feed's own title ("Mariages réels", "Latest news")
FEED_ENTRY_WORDS = 60  # an entry: a date, a linked title, a line of its teaser


def drop_feeds(body, page: str | None = None) -> None:
    """A feed of the site's other pages after the policy's box goes: two or more sibling entries that each date
    another page of one folder of the site and link it (`_dated_link`), not the policy's own folder, in the largest
    box around them that holds nothing else but a title of FEED_TITLE_WORDS words or fewer, after a box beside it
    that holds half the page's text or more (the policy's), with no policy vocabulary in it, no entry linking a
    legal document by its name (`classify.heading_kind`: "Kullanım Koşulları", "Cookie policy", "Aviso legal"; the
    policy's related documents, each with its date: a colleague's review) and no heading or paragraph of the page's
    text after it (`_text_follows`). A wedding-rental firm's Squarespace summary block,
    "Mariages réels" with its latest stories' dates and links in a page section after the policy's, new with each
    story (a simulated one: `benchmarks/simulated.py`'s weddings_world); the same entries in a column beside the
    policy are `drop_side_columns`'s. A colleague's review set a policy's earlier
    versions, its changelog and its regional supplements at the end of its text, titled with no word of its
    vocabulary ("Tidligere versioner", "改定履歴"): after its sections, not after one box of its text, in the policy's
    folder or named as its page is, they stay."""
    from ..classify import heading_kind
    total = None  # the page's text, read once a group of links needs it
    try:
        own, _, slug = urlsplit(page or "").path.rstrip("/").rpartition("/")  # ("", "", "") at the site's root
    except ValueError:  # a page's address with a placeholder host
        own, slug = "", ""
    slug = slug.rsplit(".", 1)[0].lower()
    groups: dict = {}  # {folder: links into it}
    for a in body.iter("a"):
        href = (a.get("href") or "").strip()
        if href.startswith("http"):
            try:
                groups.setdefault(urlsplit(href).path.rstrip("/").rsplit("/", 1)[0], []).append(a)
            except ValueError:  # a template's placeholder host
                continue
    boxes = set()
    for folder, links in groups.items():
        if len(links) < 2 or folder == own or len(slug) >= 4 and any(slug in a.get("href").lower() for a in links):
            continue  # (the policy's folder, or pages named as it is: its earlier versions, "/archive/privacy-2023")
        up = next((x for x in links[0].iterancestors() if all(x in b.iterancestors() for b in links[1:])), None)
        if up is None or up.tag in ("body", "main", "article") or up.get("role") == "main":
            continue
        total = len(_squeezed(body)) if total is None else total
        if 2 * len(_squeezed(up)) >= total:
            continue  # (a feed is no box holding half the page: read no further, dates are costly to seek)
        linked = {next(x for x in (a, *a.iterancestors()) if x.getparent() is up) for a in links}
        entries = [(c, dated) for c in up if c in linked and len(_spoken(c).split()) <= FEED_ENTRY_WORDS and
                   (dated := _dated_link(c, page))]
        if len(entries) < 2 or len({d for _, d in entries}) != 1 or \
                sum(len(_squeezed(c)) for c, _ in entries) * 2 < len(_squeezed(up)):
            continue
        box, listed = up, len(_spoken(up).split())
        while (above := box.getparent()) is not None and above.tag not in ("body", "main", "article") and \
                above.get("role") != "main" and len(_spoken(above).split()) - listed <= FEED_TITLE_WORDS:
            box = above
        if not checks.policy_terms(_spoken(box)) and not _text_follows(box) and \
                any(2 * len(_squeezed(sib)) >= total for sib in box.itersiblings(preceding=True)) and \
                not any(heading_kind(" ".join(_spoken(a).split()))[0] for c, _ in entries for a in c.iter("a")):
            boxes.add(box)
    for box in boxes:
        if box.getparent() is not None and not any(b in box.iterancestors() for b in boxes):
            _drop(box)


def _written_dates(el) -> re.Pattern:
    """`meta.ANY_DATE` with the month and weekday names of the language the element's page declares (`<html lang>`;
    CLDR's, by dateparser: `meta.any_date`), so that "1. marts 2024", "1 Mart 2024", "1 березня 2024" and "1 de
    març de 2024" are dates on a Danish, Turkish, Ukrainian or Catalan page as "1 March 2024" is on any: read where a
    date keeps a box (a countdown's, an offer's, a policy's list of its versions) or shows a count to be the page's
    ("1 березня 2024 👁 2 433"). Feeds and material codes read `ANY_DATE` alone: a colleague's review found a
    policy's related documents, dated in their language, taken for a feed. A page that declares no language, or
    one dateparser does not know, reads `ANY_DATE`'s forms."""
    lang = re.split(r"[-_\s]", (el.getroottree().getroot().get("lang") or "").strip(), maxsplit=1)[0].lower()
    return any_date(lang or None)



def _dated_link(entry, page: str | None) -> tuple | None:
    """The folder (host, path without its last part) of the page the element links when it holds a date and a link
    to another page, a page of a folder (http(s); not `page`, a page under it, a file, the site's root), and no
    date a policy states ("Updated 5 January 2024", "Fassung vom …", `meta`'s labels): a feed's entries are pages
    of one kind in one folder (`/news/`, `/research/advisories/`); a policy's column of its earlier versions, its
    regional supplements and related documents, its officers' dates of appointment, is none (a colleague's
    review). A time before the visit within the day, one of the entry's facts set apart by "·" or "|", dates it
    too ("Biržų giria · jonas_b · prieš 6 min.": a citizen-science site's latest observations, science_world;
    `meta.within_the_day`). None otherwise."""
    from .meta import _EFFECTIVE, _UPDATED, within_the_day
    text = " ".join(_spoken(entry).split())
    if not (ANY_DATE.search(text) or any(within_the_day(p) for p in _FACT_SEPARATOR.split(text))) or \
            _UPDATED.search(text) or _EFFECTIVE.search(text) or POLICY_DATE_WORD.search(text):
        return None
    own = urlsplit(page or "").path.rsplit(".", 1)[0].rstrip("/")
    for a in entry.iter("a"):
        try:
            parts = urlsplit((a.get("href") or "").strip())
        except ValueError:  # a template's placeholder host ("https://[your-website]/news")
            continue
        folder = parts.path.rstrip("/").rsplit("/", 1)[0]
        if parts.scheme in ("http", "https") and folder.strip("/") and not _file_of_page(a) and \
                not (page and _page_form(a.get("href").strip()) == _page_form(page)) and \
                not (own and parts.path.startswith(own + "/")):
            return parts.netloc, folder
    return None


def _grid_column(el) -> bool:
    return any(_GRID_COLUMN.fullmatch(t) for t in (el.get("class") or "").lower().split())


def drop_side_columns(body, page: str | None = None) -> None:
    """A column of a grid beside the policy's own column, holding none of the policy's vocabulary, goes: a bank's
    column of rate portlets (an exchange-rate table and its time of update, a savings rate) set in the same
    `role="main"` as the policy (Liferay's `col-md-8` and `col-md-4`: `benchmarks/simulated.py`), a column of
    promotions or quick links. Its figures change at every visit, and every capture was a version. The
    policy's column is the row's column holding three times any other's text and three policy terms or more
    (`checks.policy_terms`); a column beside it goes when it holds one term or none and is made of the CMS's
    pluggable boxes, each named a widget or a portlet (`_of_widgets`: Liferay's portlets, WordPress's widget
    areas). A column of the policy's own boxes stays, named so or not: a colleague's review set a data protection
    officer's or a representative's address, a regional notice, a cookie list's labels, section headings and
    short sections in grid columns beside the policy's text, and the first form, which asked no widget, dropped
    them all. Columns are known by the grid frameworks' class names (`_GRID_COLUMN`): their CSS sets them side by
    side.

    A column that lists the site's other pages by date (`_lists_pages`: a security firm's latest advisories or
    threat reports, each a date and a linked title, beside its policy in Sitecore's and Liferay's grids, a new one
    every week: `benchmarks/simulated.py`'s security_world) goes too, widgets or not, and so does a shop's column,
    one that states two prices or more (`_amounts`): a print shop's price calculator with its weekly offer in
    PrestaShop's `#left-column` inside a page-wide `<main>` (a simulated one: photo_world, 6 false versions of 32
    captures). A colleague's review set a policy's summary, its date, its controller's or officer's card in a
    column beside its text: they state no prices, and stay."""
    rows = {}
    for el in _COLUMN_CANDIDATES(body):
        if _grid_column(el) and (up := el.getparent()) is not None:
            rows.setdefault(up, []).append(el)
    for columns in rows.values():
        if len(columns) < 2:
            continue
        sizes = {c: len(_squeezed(c)) for c in columns}
        text = max(columns, key=sizes.get)
        side = [c for c in columns if c is not text and sizes[text] >= 3 * sizes[c] and
                (_of_widgets(c) or _lists_pages(c, page) or len(_amounts(_spoken(c))) >= 2) and
                len(checks.policy_terms(_spoken(c))) <= 1]
        # (the policy's terms read in its column's first 5,000 characters: a long policy's whole text is costly)
        if side and len(checks.policy_terms(_spoken(text)[:5000])) >= 3:
            for c in side:
                _drop(c)


_TOP_NUMBER = re.compile(r"\s*(?:§\s*)?(\d{1,3})(?:\.\d{1,3})*[.):]?(?:\s|$)")


def _section_number(heading) -> int | None:
    """The top-level number a heading opens with ("9. Children", "9.2 Schools", "§ 9"), None when it has none."""
    m = _TOP_NUMBER.match(" ".join(heading.itertext()))
    return int(m.group(1)) if m else None


def _sections_after(box, sizes: dict) -> list:
    """The siblings right after `box` (the block holding most of a page's text) that go on with its numbered
    sections: each opens with a heading of the level of the box's last one and numbered next ("10." after
    "9."), or is such a heading alone, then its body's box, and holds prose after it, not links. A page builder
    sets a policy's last sections in a box of their own ("11. Contact us" in a widget after the text widget; a
    rich-text block, then a tab set, then another rich-text block): the box alone was taken for the document,
    and those sections and their edits were lost (an audit of publishing platforms: Webflow, Elementor's canvas
    template). Numbering, not vocabulary, tells them: a newsletter's pitch, an "About us" blurb, a related
    article's teaser or a help box after a policy speak its words too (a colleague's review); a policy whose
    sections are not numbered keeps losing such a box (the closing note).

    Blocks revealed from the policy's hidden panels (`_PANEL_BLOCK`: regional notices in tabs after the box, as
    the robustness benchmark's `regional-tabs` sets "9." and "10." after a box ending "8. Your legal rights",
    "Time limit to respond") go on with the box's last numbered section though unnumbered sub-sections follow it
    in the box, may open with two short lines ("Our details are:") and may be a list of links (the supervisory
    authorities'); the development collections lost them in 4 of 62 trials. Blocks of another box go on only
    from a box whose last heading is numbered: after "4. Ihre Rechte", "Beschwerderecht", a page's disclaimer
    numbered "5. Haftung für Inhalte" is another document (a colleague's review)."""
    own = [h for h in box.iter(*_HEADINGS) if _squeezed(h)]
    last = next((i for i in range(len(own) - 1, -1, -1) if _section_number(own[i]) is not None), None)
    if last is None or any(h.tag <= own[last].tag for h in own[last + 1:]):
        return []  # (no numbered heading, or one followed by an unnumbered heading of its level or above)
    number, level = _section_number(own[last]), own[last].tag
    after, heading = [], None  # (a heading set between the boxes, as a sibling of its own, and its body's box)
    flat = False  # the last section is a heading standing alone and its body: flat blocks after are its own
    lead = []  # (the short blocks right after such a heading)
    for sib in box.itersiblings():
        if not isinstance(sib.tag, str):
            continue
        revealed = sib.get(_PANEL_BLOCK) and sib.tag in _FLAT_BLOCKS + _HEADINGS
        if last < len(own) - 1 and not revealed:
            break
        if sib.tag == level and heading is None and _section_number(sib) == number + 1:
            heading, number = sib, number + 1
            continue
        titles = [h for h in sib.iter(*_HEADINGS) if _squeezed(h)]
        text, links = _text_and_links(sib)
        linked = links > 0.5 * len(text) and not (revealed and sib.tag in ("ul", "ol"))  # (a list of authorities)
        if heading is None and flat and revealed and not (sib.tag in _HEADINGS and sib.tag <= level):
            if linked:
                break
            after.append(sib)  # a sub-heading of the section, its paragraphs and lists, from a revealed panel
            continue
        if heading is None:
            if not titles or titles[0].tag != level or _section_number(titles[0]) != number + 1:
                break
            number = max((n for h in titles if h.tag == level and (n := _section_number(h)) is not None),
                         default=number + 1)
        elif titles and titles[0].tag == level:
            break  # (a numbered heading on its own is followed by its body, not by another section)
        prose = sizes.get(sib, 0) - sum(len(_squeezed(h)) for h in titles)
        if linked:
            break  # (a footer's columns of links under headings of that level are no section)
        if prose < 40:
            if heading is None or not revealed or sib.tag in _HEADINGS or len(lead) == 2:
                break
            lead.append(sib)  # a revealed panel's short first lines ("Our full details are:") before its prose
            continue
        flat = heading is not None
        after += [heading, *lead, sib] if heading is not None else [sib]
        heading, lead = None, []
    return after


_FLAT_BLOCKS = ("p", "ul", "ol", "dl", "table", "blockquote")
_PANEL_BLOCK = "data-pa-panel"  # a block of a hidden panel shown open, whose box was dropped


def _text_sizes(body) -> dict:
    """element -> characters of its text (stripped runs, its descendants' included), for every element."""
    sizes: dict = {}
    for el in reversed(list(body.iter(etree.Element))):
        n = len((el.text or "").strip())
        for child in el:
            n += sizes.get(child, 0) + len((child.tail or "").strip())
        sizes[el] = n
    return sizes


def _feeds(body, sizes: dict, page: str | None) -> set:
    """The outermost boxes of teasers under `body`: two or more cards, each headed by an http(s) link to another
    page of one site (an article's, a post's or a product's headline over its summary), under half the page's
    text. Every child of the box that holds text holds a heading, the box holds no loose text of its own, and
    every heading in it is such a link. Not a feed: a box whose text uses the policy vocabulary twice or more
    (a policy's own grid of its users' rights, each card linking the account page that exercises it), a grid
    of vendors (their headings link several sites), contact cards headed by `tel:` links."""
    sites: dict = {}  # element -> the sites its headings link to; None for a heading that links no other page
    for h in body.iter(*_HEADINGS):
        if _squeezed(h):
            site = _heading_link_site(h, page)
            for el in h.iterancestors():
                sites.setdefault(el, set()).add(site)
                if el is body:
                    break
    if not sites.get(body, {None}) - {None}:
        return set()  # (most pages: no heading links another page)
    half = sizes.get(body, 0) / 2
    feeds: set = set()
    for el in body.iterdescendants(etree.Element):
        linked = sites.get(el)
        if not linked or len(linked) != 1 or None in linked or sizes.get(el, 0) >= half or \
                (el.text or "").strip() or any((c.tail or "").strip() for c in el):
            continue
        cards = [c for c in el if sizes.get(c, 0)]
        if len(cards) < 2 or any(c not in sites for c in cards) or any(a in feeds for a in el.iterancestors()):
            continue
        if len(checks.policy_terms(" ".join(el.itertext()))) < 2:
            feeds.add(el)
    return feeds


def _heading_link_site(heading, page: str | None) -> str | None:
    """The registrable label ("example" of news.example.co.uk) of the site of the other page the heading links
    to over http(s) (the heading inside an <a>, or wholly the text of the one <a> it holds; links are absolute
    by now, `html.resolve_links`); None for a heading that is no such link."""
    a = next(heading.iterancestors("a"), None)
    if a is None:
        links = heading.findall(".//a")
        if len(links) != 1 or _squeezed(links[0]) != _squeezed(heading):
            return None
        a = links[0]
    href = (a.get("href") or "").strip()
    try:
        parts = urlsplit(href)
        if parts.scheme not in ("http", "https") or not parts.hostname or \
                page and _page_form(href) == _page_form(page):
            return None
        return host_labels(parts.hostname)[1]
    except ValueError:  # a template's placeholder host ("https://[your-website]/cookies")
        return None


def _squeezed(el) -> str:
    return "".join(el.text_content().split())


def _unmark_boxes(body, marked: list, sizes: dict, total: int) -> None:
    """The smallest container holding 70 % of the text made the <article> and the small <main>/<article>
    boxes outside it <div>s; nothing changed when no container holds that much."""
    best = body
    while big := [c for c in best if sizes.get(c, 0) >= 0.7 * total]:
        best = big[0]
    while best is not body and best.tag not in _CONTAINERS + ("main", "article"):
        best = best.getparent()
    if best is body:
        return
    around = set(best.iterancestors())  # (none of the boxes holds that much, so none is one of these)
    for m in marked:
        if m not in around:
            m.attrib.pop("role", None)
            if m.tag in ("main", "article"):
                m.tag = "div"
    best.tag = "article"


_DOCUMENT_BLOCKS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "dl", "table", "blockquote",
                              "address"))


def _wrap_sections(parent, sizes: dict, total: int) -> None:
    """The sections of a document laid side by side in `parent` (no one of them most of the text): the run
    of siblings of the largest one's tag, with the headings, paragraphs, lists and tables beside them (and
    textless elements), becomes an <article>, when it holds 70% of the page's text. The sections may be
    containers, or the document's own headings and paragraphs straight in the <body> (a static page with no
    box at all: trafilatura's recovery kept its paragraphs and lost every heading)."""
    kids = [c for c in parent if isinstance(c.tag, str)]
    if len(kids) < 2:
        return
    top = max(kids, key=lambda c: sizes.get(c, 0))
    lo = hi = kids.index(top)
    # the document's own blocks beside its sections (its title and date before them, a closing "Contact
    # us" heading and paragraph after) are part of the run; a container of another kind (a bar, a widget) ends it
    same = lambda c: c.tag == top.tag or c.tag in _DOCUMENT_BLOCKS or sizes.get(c, 0) == 0  # noqa: E731
    while lo > 0 and same(kids[lo - 1]):
        lo -= 1
    while hi < len(kids) - 1 and same(kids[hi + 1]):
        hi += 1
    run = kids[lo:hi + 1]
    flat = top.tag in _DOCUMENT_BLOCKS and any(c.tag in _HEADINGS for c in run)
    if hi == lo or (top.tag not in _CONTAINERS and not flat) or sum(sizes.get(c, 0) for c in run) < 0.7 * total:
        return
    _wrap_in_article(run)


def _wrap_in_article(run: list) -> None:
    """Sibling elements moved, in order and with their tails, into a new <article> where the first stood."""
    art = etree.Element("article")
    run[0].addprevious(art)
    for c in run:
        art.append(c)


# --- text pass -------------------------------------------------------------------------------------
# a per-visit id: a UUID, or 8 to 64 letters and digits with both (not a cookie's name, "JSESSIONID", "sessionId",
# "__Secure-3PSID", nor a reference, "DSAR-2024"); bounded, so that a 100 KB "word" costs nothing
_TOKEN = r"(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?=[a-z]{0,63}\d)(?=\d{0,63}[a-z])[a-z\d]{8,64})"
_DEBUG_FOOTER = re.compile(
    r"^\s*(?:\d+\s+(?:queries|database queries|requests)(?:\s+in)?[,.]?\s*[\d.]+\s*(?:s|sec|secs|seconds?)\.?|"
    r"(?:page|this page was)\s+(?:generated|created|rendered|processed|built)\s+in\s+[\d.]+\s*(?:s|ms|sec|seconds?)\b.*|"
    r"(?:seite|page|página|pagina)\s+(?:erzeugt|erstellt|generiert|générée|créée|generada|generata|gegenereerd)\s+"
    r"(?:in|en)\s+[\d.,]+\s*(?:s|ms|sek(?:unden)?|secondes?|segundos?|secondi|seconden)\b.*|"
    # the id of the visit or of the request, as a server's template prints it ("Session ID: 8f3Kq2Lm1Z",
    # "Request ID: 3f2a…"): a label and one random token (`_TOKEN`), new at every capture
    rf"(?:session|sitzungs|request|anfrage|trace)[-\s]?(?:id|kennung|nummer)\s*[:：#]?\s*{_TOKEN}\.?|"
    rf"(?:identifiant|id)\s+de\s+(?:session|requête|la\s+requête)\s*[:：#]?\s*{_TOKEN}\.?|"
    rf"id\s+de\s+(?:sesión|solicitud|sessione|richiesta)\s*[:：#]?\s*{_TOKEN}\.?|"
    r"(?:processed|executed|rendered)\s+in:?\s+[\d.]+\s*(?:s|ms|sec|seconds?)\b.*|"
    r"(?:memory usage|peak memory|mem):?\s*[\d.]+\s*(?:mb|kb|b)\b.*|"
    r"time:?\s*[\d.]+\s*(?:s|ms)\s*(?:queries|q):?\s*\d+.*)\s*$", re.I)
# a copyright line: "©", or "Copyright" / "(c)" in a line with a year, a sign or "all rights reserved" ("(c) 2024
# Example Ltd", "Copyright Example Inc. 2024"); not "Copyright and trademarks: our logos are protected", and
# not "(c)" before a lower-case clause: legal texts letter their items "(a)", "(b)", "(c) any user may..."
_COPYRIGHT = re.compile(r"^\W*(?:©|&copy;|版权所有|著作権|©️|"
                        r"copyright\b(?=.*?(?:©|\(c\)|&copy;|\b(?:19|20)\d\d\b|all rights reserved))|"
                        r"\(c\)(?!\s*(?-i:[a-zà-ÿ]))(?=.*?(?:\b(?:19|20)\d\d\b|copyright|all rights reserved)))", re.I)
_ALL_RIGHTS = re.compile(r"all rights reserved|tous droits réservés|alle rechte vorbehalten|"
                         r"todos los derechos reservados|tutti i diritti riservati|版权所有|保留所有权利|"
                         r"todos os direitos reservados|alle rechten voorbehouden|wszelkie prawa zastrzeżone|"
                         r"všechna práva vyhrazena|všetky práva vyhradené|все права защищены|усі права захищені|"
                         r"tüm hakları saklıdır|alla rättigheter förbehållna|alle rettigheder forbeholdes|"
                         r"alle rettigheter reservert|kaikki oikeudet pidätetään|minden jog fenntartva|"
                         r"toate drepturile rezervate|με την επιφύλαξη παντός δικαιώματος|جميع الحقوق محفوظة|"
                         r"כל הזכויות שמורות|無断転載を禁じます|모든 권리 보유|版權所有|hak cipta dilindungi|"
                         r"bảo lưu mọi quyền", re.I)
_COOKIE_WORD = re.compile(r"cookie|トラッカー|traceur|çerez|クッキー|쿠키|куки|кукі|ciasteczk|eväste|süti|עוגיות|"
                          r"ملفات تعريف الارتباط|คุกกี้|کوکی", re.I)
# the IAB Transparency and Consent Framework's standard lead of a consent notice, in its own translations ("We
# and our partners store and/or access information on a device, such as cookies"): the wall a site shows in
# place of any page until it is answered. Not among `_CONSENT_ACTION`'s: a cookie policy may open with it
_TCF_LEAD = re.compile(
    r"(?:we and our(?: \w+){0,2} (?:partners|vendors)|our partners and we|nous et nos(?: \w+){0,2} partenaires|"
    r"nos partenaires et nous|wir und unsere(?: \w+){0,2} partner|nosotros y nuestros(?: \w+){0,2} (?:socios|partners|"
    r"proveedores)|noi e i nostri(?: \w+){0,2} (?:partner|fornitori)|wij en onze(?: \w+){0,2} partners|"
    r"nós e (?:os )?nossos(?: \w+){0,2} parceiros|my i nasi(?: \w+){0,2} partnerzy) (?:\w+ ){0,3}?(?:store|use|"
    r"process|stockons|utilisons|traitons|speichern|verwenden|nutzen|verarbeiten|almacenamos|utilizamos|usamos|"
    r"tratamos|memorizziamo|archiviamo|utilizziamo|trattiamo|slaan|gebruiken|verwerken|armazenamos|przechowujemy|"
    r"używamy|wykorzystujemy)\b", re.I)
_NOTICE_WORDS = 150  # a consent notice is a paragraph (the TCF's standard one, about 130 words in English)


def is_consent_notice(text: str) -> bool:
    """Does a block of the text's opening read as a cookie-consent notice: at most `_NOTICE_WORDS` words, a
    cookie word, and a consent banner's action ("accept all cookies", "by continuing to browse") or the IAB
    TCF's lead ("nous et nos partenaires utilisons des cookies")? A cookie policy may open so too: asked only
    of a text served where a policy of another kind was (`changes.is_consent_wall`)."""
    for block in text[:2_000].split("\n\n")[:6]:
        if _nwords(block) <= _NOTICE_WORDS and _COOKIE_WORD.search(block) and \
                (_CONSENT_ACTION.search(block) or _TCF_LEAD.search(block)):
            return True
    return False


_CONSENT_ACTION = re.compile(
    r"by continuing to (?:browse|use|visit|navigate)|agree(?:ing)? to (?:our|the) use of cookies|"
    r"consent to (?:our|the) use of cookies|"
    # the button ("Accept all cookies" on a line of its own, quoted, or after "click"), not a policy's sentence
    # ("if you do not accept cookies", "you can refuse to accept cookies")
    r"(?:^|\n|[“\"'«(]\s*|\b(?:click|select|press|tap)(?:ing)?\s+(?:on\s+)?)accept (?:all )?cookies|"
    r"(?:manage|customi[sz]e|change) "
    r"(?:cookie )?(?:preferences|settings)|cookie (?:preferences|settings)\s*$|en poursuivant (?:votre|la) "
    r"navigation|accepter (?:les|tous les) cookies|paramètres des cookies|gérer (?:mes|les) cookies|"
    r"alle (?:cookies )?akzeptieren|cookie-einstellungen|durch die weitere nutzung|"
    r"al continuar navegando|aceptar (?:todas las )?cookies|continuando a navigare|accetta (?:tutti i )?cookie|"
    r"继续(?:浏览|使用)本?(?:网站|站点)|接受.{0,4}cookie|this (?:site|website) uses cookies|"
    r"we use cookies to (?:ensure|give|improve|personali[sz]e|enhance|offer|provide you)|"
    r"nous utilisons (?:des|les) cookies (?:pour|afin)|wir verwenden cookies,? um|"
    r"utilizamos cookies (?:para|propias)|"
    # the same banners in more languages (their standard phrases, not any page's)
    r"ao continuar (?:a navegar|navegando)|aceitar (?:todos os )?cookies|este site (?:utiliza|usa) cookies|"
    r"door verder te (?:gaan|surfen|navigeren)|(?:alle )?cookies accepteren|accepteer (?:alle )?cookies|"
    r"deze website (?:maakt gebruik van|gebruikt) cookies|"
    r"(?:akceptuj|zaakceptuj) (?:wszystkie )?(?:pliki )?cookies?|ta strona (?:używa|wykorzystuje) (?:plików )?cookies|"
    r"çerezleri kabul et|bu (?:web )?site(?:si|mizde)? çerez(?:ler)?(?:i)? kullan|"
    r"(?:クッキー|cookie)(?:の使用)?に同意|当サイトでは(?:クッキー|cookie)を(?:使用|利用)|"
    r"쿠키(?:를)? ?(?:사용|허용)에 동의|이 (?:웹)?사이트는 쿠키를 사용|"
    r"продолжая (?:использовать|пользоваться|просматривать)(?: этот)? сайт|принять (?:все )?(?:файлы )?cookie|"
    r"acceptera (?:alla )?cookies|(?:den här )?webbplatsen använder cookies|accepter (?:alle )?cookies|"
    r"(?:denne )?hjemmeside(?:n)? bruger cookies|přijmout (?:všechny )?(?:soubory )?cookies|"
    r"(?:tento )?web používá (?:soubory )?cookies|"
    # (a banner's lead and its "accept all" button, not the nouns a policy's own cookie section uses: "accepting
    # cookies is optional", "if you do not accept cookies", "continued browsing")
    r"(?:ο ιστότοπος|η ιστοσελίδα|ο δικτυακός τόπος)(?: μας)? χρησιμοποιεί cookies|αποδοχή όλων|"
    r"(?:sivusto|verkkosivusto|sivustomme) käyttää evästeitä|hyväksy kaikki evästeet|"
    r"(?:weboldal|honlap|webhely)(?:unk)? sütiket használ|összes elfogadása|elfogadom a sütiket|"
    r"site(?:ul)?(?: nostru)? (?:folosește|utilizează) cookie|(?:acceptă|acceptați) toate cookie|"
    r"tümünü kabul et|"
    r"(?:الموقع|موقعنا) (?:يستخدم|يستعمل) (?:ملفات تعريف الارتباط|الكوكيز)|قبول الكل|"
    r"(?:אתר זה|האתר) משתמש ב(?:עוגיות|קובצי cookie)|אישור כל העוגיות|"
    r"เว็บไซต์(?:นี้)?ใช้คุกกี้|ยอมรับทั้งหมด|"
    r"(?:سایت|وب‌?سایت)(?: ما)? از کوکی|پذیرش همه|"
    r"trang web (?:này )?sử dụng cookie|chấp nhận tất cả|"
    r"situs (?:web )?ini menggunakan cookie|terima semua|"
    r"(?:сайт|веб-сайт) використовує (?:файли )?(?:cookie|кукі)|прийняти всі", re.I)
# a trail run together, its "Home" straight before the next crumb's capital ("HomePrivacy Agreement"), not
# a sentence that begins with "Homepage"
_CRUMB_RUN = re.compile(r"^(?:Home|HOME|Accueil|Startseite|Inicio)(?=[A-ZÀ-Ý])|^(?:首页|主页)\S")
_CRUMB_HOME = re.compile(r"^(?:home|homepage|accueil|startseite|inicio|首页|主页|ホーム|홈|início|página inicial|"
                         r"strona główna|domů|главная|головна|ana sayfa|startsida|forside|etusivu|főoldal|acasă|"
                         r"αρχική|الرئيسية|דף הבית|trang chủ|beranda)\s*(?:[>/»›|\\:·-]\s*)?(.+)$", re.I)
# where a share button sends a page ("Share on Facebook, LinkedIn", "Share via e-mail"): "Share on your behalf
# with our partners" is a policy's sentence, not a share widget
_SHARE_PLATFORM = (r"(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|reddit|pinterest|telegram|messenger|weibo|"
                   r"wechat|xing|threads|bluesky|mastodon|copy link)")
_SHARE_TO = rf"{_SHARE_PLATFORM}(?:[\s,/|·]+{_SHARE_PLATFORM})*"
# a feedback widget's buttons after its question, in the languages its questions are read in; and a help
# centre's "Submit a request" after "Have more questions?"
_ANSWERS = frozenset(("yes", "no", "submit a request", "oui", "non", "ja", "nein", "sí", "si", "sì", "sim", "não",
                      "nee", "tak", "nie", "да", "нет", "はい", "いいえ", "예", "아니요", "evet", "hayır", "是", "否"))
_FEEDBACK = re.compile(
    r"^\W*(?:was this (?:article|page|answer|information)? ?helpful\??|did this (?:article|page|answer) help"
    r"(?: you)?\??|is this (?:page|article) (?:helpful|useful)\??|(?:\d+ )?out of \d+ found this helpful.*|"
    rf"yes\s*(?:/|\|)?\s*no|share this(?: (?:article|page|post|story))?(?:\s*(?:on|via|:)?\s*{_SHARE_TO})*|"
    rf"share(?:\s*(?:on|via|:)\s*|\s+){_SHARE_TO}|print this page|"
    r"cet article (?:vous )?a-t-il été utile.{0,5}|war dieser artikel hilfreich.{0,5}|"
    r"¿(?:te|le) (?:ha )?(?:resultado|sido) útil.{0,20}|这篇文章(?:对您)?有帮助吗.{0,5}|"
    r"questo articolo (?:ti )?è stato utile.{0,5}|(?:este artigo|esta página) foi útil.{0,5}|"
    r"was dit artikel nuttig.{0,5}|czy ten artykuł (?:był )?pomocny.{0,5}|эта статья была полезной.{0,5}|"
    r"この記事は役に立ちましたか.{0,5}|이 (?:문서|글)가? 도움이 되었나요.{0,5}|bu makale yardımcı oldu mu.{0,5}|"
    # a help centre's closing widget (Zendesk: "Have more questions? Submit a request"), not a policy's own
    # "Have more questions? Write to dpo@..." nor its "[Submit a request](.../privacy-request)" line
    r"have more questions\?(?:\s*submit a request)?|back to top|scroll to top|retour en haut)\W*$", re.I)
# a line of page counters only ("12,345 views · 9 min read", "阅读 1234", "Aufrufe: 87"): they move at every
# visit and say nothing of the policy
# a count: digits in groups of three ("12,345", "12 345", "1.234") or as India groups them, by lakhs and crores
# ("2,48,005"), a decimal before its multiple ("1.2k"), or digits; not a section's number ("3.3 Visitor", "12.
# Comments": SurveyMonkey's and DeviantArt's titles)
# (a thousand's "k" not a word's first letter: "Loetud 1234 korda", read 1234 times)
_COUNT = r"(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[.,\s٬]\d{3})+|\d+(?:[.,]\d+)?\s?[kKmM万](?![^\W\d_])|\d+)(?![.,٬]?\d)"
_COUNTER_UNIT = (r"(?:(?:post|page|article|total|article total)\s+views?|(?:(?:article\s+)?total\s+)?view\s+count|"
                 r"views?|reads?|visits?|visitors?|comments?|likes?|shares?|downloads?|min(?:ute)?s? read|"
                 r"vues|visites|lectures|aufrufe|seitenaufrufe|besucher|visualizaciones|visitas|visite|visualizzazioni|"
                 r"visualizações|weergaven|bezoekers|odwiedzin|odsłon|wyświetleń|просмотр(?:ов|ы)?|перегляд(?:ів|и)?|"
                 r"次?浏览(?:量|次数|人次)?|阅读(?:量|数)?|閲覧数?|"
                 # (Taiwan's and Hong Kong's government portals: "點閱次數：5353" among an article's facts,
                 # culture_world; "人氣", "点击量": a colleague's review)
                 r"點閱(?:次數|數|人次)?|点阅(?:次数|数|人次)?|瀏覽(?:次數|人次|數)|點擊(?:次數|數)|点击(?:量|数|次数)|"
                 r"人氣|人气|"
                 # (a hit counter's and a reading time's Chinese labels, busuanzi's among them: "本页访问量 11310 次",
                 # "本站访客数 812 人", "阅读约 6 分钟": a simulated package registry's VitePress page, devtools_world)
                 r"(?:本[页頁站文][总總]?)?(?:访问量|访问次数|访客数|阅读量|訪問量|訪問次數|訪客數|閱讀量|瀏覽量)|"
                 # (an estimate only, "about": "阅读时间 40 分钟" is a minors' mode's limit, a review found)
                 r"(?:预计|預計)?(?:阅读|閱讀)(?:时间|時間)?(?:约|約|大约|大約)|"
                 # (a third audit: the view counts of government and news CMSs in other languages)
                 r"조회수?|lượt xem|lượt đọc|(?:ال)?مشاهدات|مشاهدة|görüntülenme|okunma|צפיות|προβολές|"
                 r"αναγνώσεις|dilihat|visualizações|acessos|देखा गया|बार देखा गया|"
                 # (a fourth audit: the words for "views" in more of the vocabulary's languages, as CMSs translate a
                 # page's view count: Drupal's Czech "3097 zobrazení", a Persian portal's "۱۰٬۰۳۹ بازدید")
                 r"zobrazení|zhlédnutí|shlédnutí|přečtení|megtekintés(?:ek)?(?: száma)?|vizualizări|afișări|"
                 r"преглеждания|прегледа|"
                 r"pregleda|ogledov|peržiūr(?:a|os|ų)|skatījum(?:i|u|s)|"
                 r"vaatamis(?:i|t)|katselukertaa|lukukertaa|visningar|"
                 r"visninger|بازدید|ნახვა|դիտում|қаралым|baxış|прегледи|áhorf|paparan|"
                 # (a fifth: the vocabulary's other languages, as WordPress's Post Views Counter and CMSs translate
                 # its label: a Thai self-storage operator's "จำนวนผู้เข้าชม 3,052" under its policy, moving_world)
                 r"(?:จำนวน)?(?:ผู้เข้าชม|การเข้าชม|ยอดเข้าชม|ยอดวิว|เข้าชม(?:แล้ว)?)|"
                 r"ভিউ|(?:বার )?দেখা হয়েছে|পঠিত|பார்வைகள்|వీక్షణలు|ವೀಕ್ಷಣೆಗಳು|കാഴ്ചകൾ|"
                 r"(?:वेळा )?पाहिले|વ્યૂઝ|(?:વખત )?જોવાયું|ਵਿਊਜ਼|(?:ਵਾਰ )?ਵੇਖਿਆ|(?:पटक )?हेरिएको|බැලීම්|"
                 r"(?:ចំនួន)?(?:អ្នកមើល|ការមើល)|(?:ຈຳນວນ)?(?:ຄົນເບິ່ງ|ການເບິ່ງ)|ကြည့်ရှုမှု|እይታዎች|"
                 r"(?:بار )?دیکھا گیا|shikime|прагляд(?:аў|ы)|үзэлт|үзсэн|ko[‘'’ʻ]?rishlar(?: soni)?|"
                 r"ikustaldi(?:ak)?|visualizacións|visualitzacions|golygon|besoeke|imetazamwa(?: mara)?|watazamaji|"
                 # (a sixth: the "N reads" of Drupal's statistics module and of CMSs like it, as their translations
                 # put it: a survey panel's Drupal 7 node links, "3719 skaitymų" under its policy, survey_world; not
                 # the words that also count a meter's readings or a plan's, "12 letture", "12 läsningar", "24
                 # lugemist", "5 прочитань", nor Hebrew's calls: two colleagues' reviews)
                 r"skaitym(?:ai|ų|as)|čitanja|prečítaní|prečítané|przeczytań|przeczytano|прочтени(?:й|я)|"
                 r"прочитано|pročitano|прочетена|loetud|prebrano|keer gelezen|dibaca)")
# the word some languages put after the count ("Dilihat 1.234 kali", "देखा गया: 1,234 बार", "ผู้เข้าชม 12 ครั้ง",
# "Prebrano: 1234-krat", "Prečítané: 1 234×")
_COUNT_TAIL = (r"(?:\s*(?:kali|lần|बार|次|回|人|分钟|分鐘|ครั้ง|คน|বার|முறை|पटक|ដង|ຄັ້ງ|ကြိမ်|mara|razy|пута|puta|рази|разів|"
               r"пъти|korda|-?krat|×))?")
# a page's reading time, its label first ("Lesezeit: 3 Min.", "زمان مطالعه: ۲ دقیقه") or after its minutes ("4 min de
# lecture"): set beside a view count in an article's facts
_MINUTES = (r"(?:min(?:ut(?:en|es|e|os|o|i|y|ów|er|ter|uttia|a))?|мин(?:ут[аы]?)?|хв(?:илин[аи]?)?|dakika|دقیقه|دقائق|"
            r"دقيقة|perc)\.?")
_READING_TIME = (r"(?:(?:lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|"
                 r"czas czytania|doba čtení|čas čítania|время чтения|час читання|okuma süresi|(?:مدت )?زمان مطالعه|"
                 r"وقت القراءة|lukuaika|lästid|læsetid|lesetid|olvasási idő|timp de citire|reading time|read time)"
                 rf"\s*[:：]?\s*~?\s*{_COUNT}\s*{_MINUTES}|{_COUNT}\s*{_MINUTES}\s+(?:de lecture|de lectura|di lettura|"
                 r"de leitura|lesezeit|leestijd|czytania|чтения|читання|okuma|lukuaika|läsning|læsning|lesing|"
                 r"olvasás|de citire))")
_COUNTER_ITEM = rf"(?:{_COUNT}\s*{_COUNTER_UNIT}|{_COUNTER_UNIT}\s*[:：៖]?\s*{_COUNT}{_COUNT_TAIL}|{_READING_TIME})"
# the page a counter counts for, before it ("इस पृष्ठ को देखा गया: 2,48,005 बार", "Diese Seite: 1.234 Aufrufe": a
# hit counter under an electricity distributor's policy, energy_world)
_COUNT_SUBJECT = (r"(?:this page|diese seite|cette page|esta página|questa pagina|deze pagina|ta strona|tato stránka|"
                  r"эта страница|эту страницу|ця сторінка|цю сторінку|bu sayfa|halaman ini|trang này|इस पृष्ठ को|इस पेज को|"
                  r"इस पृष्ठ|इस पेज)\s*[:：]?\s*")
_COUNT_OF = (r"(?:(?:the\s+)?number\s+of|anzahl\s+der|nombre\s+de|número\s+de|numero\s+di|aantal|liczba|количество|"
             r"عدد|số)\s+")
# an article's date beside its counters ("Mar 2, 2026 • 1,318 views": a knowledge base's article header)
# (or a day's figures, "12.01.2022", its counter set after it with no space: Bitrix's news.detail, "12.01.2022Қаралым:
# 604", cleaning_world)
_COUNTER_DATE = (r"(?:(?:[a-z]{3,9}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\.?\s+[a-z]{3,9}\.?\s+\d{4}|\d{4}-\d\d-\d\d)"
                 r"\s*[·•|/,-]\s*|"
                 r"\d{1,2}[./]\d{1,2}[./]\d{4}\s*(?:[·•|/,-]\s*)?)")
_COUNTERS = re.compile(
    # (each item atomic: set apart by spaces alone, "阅读 1 阅读 1 …" could be paired two ways at every step)
    rf"^[^\w§]*(?:{_COUNTER_DATE})?(?:{_COUNT_SUBJECT})?(?:{_COUNT_OF})?(?>{_COUNTER_ITEM})(?:\s*(?:[·•|/,-]\s*)?(?>{_COUNTER_ITEM}))*\W*$|"
    # the sentence a hit counter writes ("This page has been viewed 12,345 times", "Diese Seite wurde 12345 mal
    # aufgerufen")
    r"^\W*(?:this page has been (?:viewed|visited|accessed)|diese seite wurde(?: bereits)?|"
    r"cette page a été (?:vue|consultée|visitée)|esta página (?:ha sido|fue) (?:vista|visitada)|"
    r"questa pagina è stata (?:vista|visitata)|deze pagina is|"
    # the same without its subject ("Viewed 1,318 times": a knowledge base's article header)
    r"viewed|visited|read|gelesen|aufgerufen|vue?|consulté|visto|letto)\s+\d[\d.,\s]*\s*"
    r"(?:times|mal|fois|veces|volte|keer)\b"
    r"(?:\s+\w+){0,2}\W*$", re.I)
# a line of a page's facts set apart by bars or dots ("Ngày đăng: 28/06/2023 | Lượt xem: 1,276", "Published 3 March
# 2024 · 1,318 views"): its counters go (`_COUNTER_PIECE`), the rest of the line stays, a date of posting with it
_FACT_SEPARATOR = re.compile(r"\s+[|·•]\s+")
# the words for "reads" that also count a meter's or a plan's readings: a count only in a box named a counter
_READS_OF_METERS = (r"(?:letture|lecturas|leituras|läsningar|lesninger|læsninger|citiri|lecturi|lasījumi|olvasás|"
                    r"قراءات|קריאות|branj|lugemist|прочитань)")
_NAMED_READS = re.compile(rf"^\W*(?:{_COUNT}\s*(?:{_COUNTER_UNIT}|{_READS_OF_METERS})|"
                          rf"(?:{_COUNTER_UNIT}|{_READS_OF_METERS})\s*[:：]?\s*{_COUNT}{_COUNT_TAIL})\W*$", re.I)
_COUNTER_PIECE = re.compile(rf"^[^\w§]*(?:{_COUNT_OF})?{_COUNTER_ITEM}\W*$", re.I)
# ...or a line of labelled facts set apart by spaces alone, each piece a label, its colon and its value ("来源：晨光日报
# 发布时间：2021-06-01 09:00 浏览次数：23016": a Chinese news CMS's article header, TRS WCM's and its kind)
_LABELLED_FACTS = re.compile(r"\s+(?=[^\W\d_]+\s?[:：])")
_LABELLED = re.compile(r"[^\W\d_]+\s?[:：]\s*\S")
# ...or counters after the page's dated facts, each in its own element and read run together ("Ngày đăng: 06/10/2023
# 19:33 Lượt xem: 3.772": Liferay's asset metadata, a Vietnamese parking operator's page in parking_world)
_TRAILING_COUNTERS = re.compile(rf"\s+(?>{_COUNTER_ITEM})(?:\s*(?:[·•|/,-]\s*)?(?>{_COUNTER_ITEM}))*\W*$", re.I)


def _dated_facts(text: str) -> bool:
    """Is `text` a line of a page's facts with a date among them: a written date, and besides its dates FACT_WORDS
    words at most and no sentence's end ("Ngày đăng: 06/10/2023 19:33", "Published by Jane Doe on 3 March 2024")?"""
    rest = ANY_DATE.sub(" ", text)
    return rest != text and _nwords(rest) <= FACT_WORDS and not any(c in rest for c in ".;!?。")
# a line that only dates the page relative to the visit ("Updated over a week ago", "Last updated 3 months ago",
# "Mis à jour il y a 2 jours", "vor 3 Monaten aktualisiert", "3 天前更新"): its words follow the clock, not the
# document, and would make a version every few weeks (help centres and documentation platforms print one)
_AGO_N = r"(?:about|over|almost|nearly|less than|more than|a few|\d+|an?|one)"
_AGO_UNIT = r"(?:second|minute|hour|day|week|month|year)s?"
_REL_WHEN = (
    rf"(?:{_AGO_N}\s+)+{_AGO_UNIT}\s+ago|\d+\s*(?:s|m|h|d|w|mo|y|yr|min|hr|hrs|mins)\s+ago|"
    r"il y a (?:plus d.|environ |moins d.)?(?:une?|\d+|quelques) (?:seconde|minute|heure|jour|semaine|mois|an|année)s?|"
    r"vor (?:über |etwa |mehr als |weniger als )?(?:einer?[mn]?|\d+) (?:sekunden?|minuten?|stunden?|tag(?:en)?|"
    r"wochen?|monat(?:en)?|jahr(?:en)?)|"
    r"hace (?:más de |unos? |menos de )?(?:una?|\d+) (?:segundo|minuto|hora|día|semana|mes|año)(?:s|es)?|"
    r"há (?:mais de |cerca de )?(?:uma?|\d+) (?:segundo|minuto|hora|dia|semana|m[eê]s|ano)(?:s|es)?|"
    r"(?:\d+|una?|un) (?:second[oi]|minut[oi]|or[ae]|giorn[oi]|settiman[ae]|mes[ei]|ann[oi]) fa")
# only with a label ("Updated yesterday", "3 天前更新"): alone, "Today" or "30日前" (30 days before) may be text
_REL_LABELLED = (r"(?:yesterday|today)(?:\s+at\s+\d{1,2}[:.]\d\d\s*(?:am|pm)?)?|just now|"
                 r"\d{1,3}\s*(?:秒|分钟|分鐘|分|小时|小時|時間|天|日|周|週間?|个月|個月|か月|ヶ月|年)前")
_REL_LABEL = (r"(?:(?:last |was )?(?:updated|modified|edited|revised|posted|published|written|created)(?: on)?|"
              r"(?:dernière )?mise à jour|mis à jour|modifié|publié|(?:zuletzt )?(?:aktualisiert|geändert|bearbeitet)|"
              r"actualizado|modificado|publicado|atualizado|aggiornato|(?:に)?更新|更新于|更新於|最終更新|发布于)")
# what may follow the date on its line: its author ("by Support Team"), the reading time, a bracket
_REL_TAIL = r"(?:\s+by\s+[^·|().;:!?]{1,40}?)?(?:\s*[·•|]\s*[^·•|]{1,40}?)*(?:\s*\([^()]{1,40}\))?"
_RELATIVE_TIME = re.compile(
    rf"^\W*(?:(?:{_REL_LABEL})\s*:?\s*)?(?:{_REL_WHEN})(?:\s*(?:{_REL_LABEL}))?{_REL_TAIL}\W*$|"
    rf"^\W*(?:{_REL_LABEL})\s*:?\s*(?:{_REL_LABELLED}){_REL_TAIL}\W*$|^\W*(?:{_REL_LABELLED})\s*(?:{_REL_LABEL})\W*$",
    re.I)
# a label alone on its line ("Last updated", a <dt>), whose date follows on the next: "Today", "3 days ago"
_REL_LABEL_LINE = re.compile(rf"^\W*(?:{_REL_LABEL})\W*$", re.I)
_REL_DATE_LINE = re.compile(rf"^\W*(?:{_REL_WHEN}|{_REL_LABELLED})\W*$", re.I)
# a word: letters and digits with the combining marks of the scripts of India and Sri Lanka (Devanagari to Sinhala),
# which Python's `\w` leaves out, so "पृष्ठ" is one word, not three
_LINE_WORDS = re.compile(r"[\w\u0900-\u0dff]+")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")
_ITEM_START = re.compile(r"^\s*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s)")
_BLOCK_START = re.compile(r"^\s*(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|\||>|```)")
_END_CHARS = frozenset(".!?:;。！？：；)]\"'”’»")  # a line ending in one of these ends a sentence


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_BOLD_TITLE = re.compile(r"\s*(\*\*|__)[^*_\n]{1,80}\1[:：]?\s*")
_LINK_TARGET = re.compile(rf"\]\({LINK_DEST}\)")
_MD_SYNTAX = re.compile(r"[#*_`>\[\]|\\]")


_NUMBERED = re.compile(r"(\d{1,2})\.?\s+[^\W\d_]")
TITLE_WORDS = 12  # a section's title set as a line


def _in_numbered_titles(line: str, blocks: list[str]) -> bool:
    """Is a line that opens with a number ("2 Watazamaji", two viewers or section 2, Viewers; "๒ ผู้เข้าชม" in
    Thai digits) one of a run of numbered titles: a line of TITLE_WORDS words at most that opens with the number
    before or after it, and is no count itself, stands in the text too ("1 Wateja", "3 Haki zako"; not "0
    comments" beside "1 view")?"""
    if not (m := _NUMBERED.match(line)):
        return False
    near = {int(m.group(1)) - 1, int(m.group(1)) + 1}
    return any((k := _NUMBERED.match(b := _bare(block))) and int(k.group(1)) in near and "\n" not in block and
               _nwords(b) <= TITLE_WORDS and not _COUNTERS.match(b) for block in blocks)


def _nwords(line: str) -> int:
    n = line.count(" ") + 1
    if n > 80:  # long paragraphs: only "short line" rules care about the exact count
        return n
    return len(_LINE_WORDS.findall(line)) + (len(_CJK.findall(line)) // 2 if not line.isascii() else 0)


def _bare(line: str) -> str:
    """The line without Markdown syntax, for comparisons."""
    return _MD_SYNTAX.sub("", _LINK_TARGET.sub("]", line)).strip()


def postclean(markdown: str, title: str | None = None, page_spam: bool | None = None, url: str | None = None) -> str:
    """Drop non-policy lines that survived extraction; re-join hard-wrapped lines.

    `page_spam=False` (from `preclean`: no spam anywhere in the page) skips the per-line spam test, and so
    does a gambling operator's own page (`url`: `gambling_site`)."""
    from .meta import relative_time  # (meta reads spam with this module's rules)
    blocks = _split_blocks(markdown)
    n = len(blocks)
    titles = Counter(_bare(b).lower() for b in blocks if b.lstrip().startswith("#"))
    headings = set(titles)
    # a short line all in bold is a section's title set as a paragraph ("**Security**"): one the page has once
    # (among such lines) begins a section for the repeat test below, as a heading does
    bold_titles = Counter(_bare(b).lower() for b in blocks if _BOLD_TITLE.fullmatch(b))
    heads = [i for i, b in enumerate(blocks) if b.lstrip().startswith("#")]
    spam_here = not gambling_site(url) and ((page_spam is not False and might_be_spam(markdown)) or
                                            (title is not None and might_be_spam(title)))
    if title:
        headings.add(title.strip().lower())
    seen: set[tuple[int, str]] = set()
    # the section a block stands in: the place of the last heading before it that the page has once (a
    # sub-heading every section repeats, "Legal basis", names none); a paragraph repeated in another section is
    # that section's, and so is one under a second copy of the same titles (a page holding two versions)
    section = -1
    out: list[str] = []
    asked = False  # the block before was a feedback widget's question ("Was this article helpful?")
    labelled = False  # ...or a date's label alone ("Last updated"), its date on the next line
    for i, block in enumerate(blocks):
        bare = _bare(block)
        if not bare:
            continue
        words = _nwords(bare)
        low = bare.lower()
        if block.lstrip().startswith("#") and titles[low] == 1 or \
                bold_titles[low] == 1 and _BOLD_TITLE.fullmatch(block):
            section = i
        # the buttons after a feedback question ("Yes", "No": anywhere else an answer of the policy, "Sold: No"
        # in a definition list, whose change is a change), the relative date after its label ("Last updated")
        if asked and low in _ANSWERS or labelled and (_REL_DATE_LINE.match(bare) or relative_time(bare)):
            continue
        asked = words <= 12 and _FEEDBACK.match(bare) is not None
        labelled = words <= 4 and _REL_LABEL_LINE.match(bare) is not None
        if words > 60:  # every rule below is about short lines, except the repeat test
            out.append(block) if _first_time(block, low, seen, section) else None
            continue
        edge = i < 6 or i >= n - 6
        if spam_here and words <= 30 and is_spam(bare):
            continue
        if _DEBUG_FOOTER.match(bare) or asked or (words <= 12 and (
                # ("## 3 Besucher" is a section's title, and so is "2 Watazamaji" between "1 Wateja" and "3 Haki
                # zako": a colleague's review)
                (_COUNTERS.match(bare) and not block.startswith("#") and not _in_numbered_titles(bare, blocks)) or
                _RELATIVE_TIME.match(bare) or relative_time(bare))):
            continue
        if words <= 12 and "\n" not in block and block[0] not in "#|" and \
                len(pieces := _FACT_SEPARATOR.split(block)) > 1 and \
                (kept := [x for x in pieces if not _COUNTER_PIECE.match(_bare(x))]) != pieces:
            block = _FACT_SEPARATOR.search(block).group(0).join(kept)
        elif words <= 30 and "\n" not in block and block[0] not in "#|" and \
                len(pieces := _LABELLED_FACTS.split(block)) > 1 and all(_LABELLED.match(x) for x in pieces) and \
                (kept := [x for x in pieces if not _COUNTER_PIECE.match(_bare(x))]) != pieces:
            block = " ".join(kept)
        elif words <= 30 and "\n" not in block and block[0] not in "#|" and any(c.isdigit() for c in block[-41:]) and \
                (m := _TRAILING_COUNTERS.search(block, max(0, len(block) - 100))) is not None and \
                _dated_facts(_bare(block[:m.start()])):
            block = block[:m.start()].rstrip()
        if words <= 40 and (_COPYRIGHT.match(bare) or (edge and _ALL_RIGHTS.search(bare))):
            continue
        if edge and "\n" in block:  # a block's last line may be the page's ("...CA 94114<br>Copyright 2022 Bloomer Inc")
            rest, _, last = block.rpartition("\n")
            last = _bare(last)
            if _nwords(last) <= 12 and (_COPYRIGHT.match(last) or _ALL_RIGHTS.search(last)):
                block = rest
        if edge and words <= 60 and not block.startswith("#") and _COOKIE_WORD.search(bare) and \
                _CONSENT_ACTION.search(bare) and not _in_a_section(i, heads, out):
            continue  # (a section titled "Cookie settings" is no banner)
        m = _CRUMB_HOME.match(bare)
        if m and words <= 12 and (m.group(1).strip().lower() in headings or "\n" not in block and
                                  _CRUMB_RUN.match(bare)):
            continue
        # a paragraph repeated verbatim in one section is a repeated widget (tab summaries, sticky boxes),
        # kept once; table rows and short lines ("Yes", "Legitimate interest") legitimately repeat
        if words >= 6 and not _first_time(block, low, seen, section):
            continue
        out.append(block)
    # headings that end the text head nothing: a footer's column titles ("### Features", "### Connect") whose
    # link lists went as navigation (a heading the text has had before stays: its section was a repeat)
    while out and out[-1].lstrip().startswith("#") and out[-1] not in out[:-1] and \
            any(not b.lstrip().startswith("#") for b in out):
        out.pop()
    return "\n\n".join(rejoin_wrapped(out)).strip()


def _in_a_section(i: int, heads: list[int], out: list[str]) -> bool:
    """Is block `i` the text of one of the page's sections: right after its heading, or between two headings?
    A consent banner the extraction kept stands before the page's first heading or after its last section's
    text; a policy's own chapter on cookies ("This website uses cookies to remember your language", "You can
    manage cookie preferences at any time") often ends the policy, among its last blocks."""
    return bool(out) and out[-1].lstrip().startswith("#") or \
        bool(heads) and heads[0] < i < heads[-1]


# a record's field: a label of up to four words and a colon, then its value ("Legal basis: your consent, Art.
# 6(1)(a) GDPR.", "**Retention:** 13 months"), as each processor's entry repeats it
_FIELD = re.compile(r"^[*_\s]*(?:[^\W\d_][\w'’()-]*\s+){0,3}[^\W\d_][\w'’()-]*[*_\s]*[:：][*_]*\s+\S")
_FIELD_VALUE_WORDS = 10  # a value is a phrase ("your consent, Art. 6(1)(a) GDPR"); a sticky box's "In short: we
# only share the personal data listed here…" is a statement, a repeated widget


def _is_field(block: str) -> bool:
    m = _FIELD.match(block)
    return m is not None and "\n" not in block and _nwords(block[m.end() - 1:]) <= _FIELD_VALUE_WORDS


def _first_time(block: str, low: str, seen: set[tuple[int, str]], section: int) -> bool:
    """False for a paragraph seen before in this page in the same `section`. A policy that gives each tool
    or purpose its section repeats paragraphs word for word ("Recipient: Google Ireland, as our processor"):
    those are each section's (Check24, Bumble, Finya: its curators keep every one). Table rows and list items may repeat and always count
    as new: they are entries of a structure (each vendor's "Purpose: analytics", each SDK's "collected by
    the SDK itself"), not a repeated widget, and so are lines typed with a bullet ("• Purpose: analytics", a list
    pasted as plain text) and a record's fields ("Legal basis: your consent", under each processor's name set as
    a plain line); so do headings, which a plain-text table of contents before them
    repeats (12306's "1、如何收集和使用您的个人信息": the section lost its title)."""
    if block.lstrip().startswith(("|", "#", *BULLETS)) or _ITEM.match(block) or _is_field(block):
        return True  # (a list typed with its bullets, "• item" lines, is a list; "Legal basis: …" a record's field)
    from .normalise import fold_typography
    # compared as hashed: the same sentence written once with a straight and once with a curly apostrophe is
    # said twice, and an editor that smartens the quotes must not make it said twice only then
    key = (section, " ".join(fold_typography(low).split()))
    if key in seen:
        return False
    seen.add(key)
    return True


def _split_blocks(markdown: str) -> list[str]:
    """Markdown -> blocks: paragraphs split on blank lines, but each list item / heading / table on its own."""
    blocks: list[str] = []
    cur: list[str] = []
    table: list[str] = []

    def flush():
        if cur:
            blocks.append("\n".join(cur))
            cur.clear()

    for line in markdown.splitlines():
        if line.lstrip().startswith("|"):
            flush()
            table.append(line)
            continue
        if table:
            blocks.append("\n".join(table))
            table = []
        if not line.strip():
            flush()
        elif _ITEM_START.match(line):
            flush()
            cur.append(line)
        else:
            cur.append(line)
    flush()
    if table:
        blocks.append("\n".join(table))
    return blocks


def rejoin_wrapped(blocks: list[str]) -> list[str]:
    """Hard-wrapped text (a line broken mid-sentence, even across a blank line) is joined back."""
    out: list[str] = []
    for block in blocks:
        lines = block.split("\n")
        if not lines[0].lstrip().startswith("|"):
            merged = [lines[0]]
            for line in lines[1:]:
                if _joins(merged[-1], line):
                    merged[-1] = _joined(merged[-1], line.strip())
                else:
                    merged.append(line)
            block = "\n".join(merged)
        if out and _joins(out[-1].rpartition("\n")[2], block.partition("\n")[0]):
            out[-1] = _joined(out[-1], block.lstrip())
        else:
            out.append(block)
    return out


_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])(-|\u00ad)$")


def _joined(prev: str, nxt: str) -> str:
    """prev and its continuation nxt as one line. A word broken at a line's end ("third-" / "party",
    "Interest-" / "Based", or "infor\u00ad" / "mation" at a soft hyphen) is one word again (but for a
    suspended hyphen: "individual-" / "and aggregate-level"), so the text reads the same wherever a
    re-paginated PDF or a narrower column breaks it: a hyphen stays (it was in the word: line breaks fall
    at a compound's hyphen), a soft hyphen goes (it is only where a word may be broken, Unicode §6.2)."""
    prev = prev.rstrip()
    broken = _BROKEN_WORD.search(prev)
    if broken and nxt[:1].isalnum() and nxt.split(None, 1)[0].rstrip(",;.") not in SUSPENDING:
        return prev[:-1] + ("-" if broken.group(1) == "-" else "") + nxt
    return prev + " " + nxt


# the conjunctions after a suspended hyphen ("individual- and aggregate-level", "Vor- und Nachname"): the
# hyphen there ends a word, and a line may break after it (Duden, rule 98 on Ergänzungsstriche)
SUSPENDING = frozenset("and or nor to und oder bzw sowie bis et ou à y o e en of och eller og".split())


def _joins(prev: str, nxt: str) -> bool:
    prev, nxt = prev.rstrip(), nxt.strip()
    # continuation: next line starts in lower case (Latin scripts) or with an opening parenthesis,
    # and the previous one was a sentence, not a short heading (cheapest tests first: this runs per block)
    if not prev or not nxt or not (nxt[0].islower() or nxt[0] == "("):
        return False
    if prev[-1] in _END_CHARS or _BLOCK_START.match(nxt) or prev.lstrip().startswith(("#", "|")):
        return False
    return len(prev.split()) >= 4


_POLICY_BLOCKS = ("div", "section", "article", "main", "aside", "td", "dialog", "form", "footer", "header", "li", "dd")
_NOT_READ = ("script", "style", "noscript", "template", "svg", "nav")


def policy_block(tree, share: float = 0.8, min_hits: int = 15):
    """The smallest block holding `share` of the page's policy vocabulary (`checks.policy_terms`, counted
    with repeats), or None when the page holds fewer than `min_hits` such terms. Scripts, styles and
    <nav> are not read, nor consent banners and dialogs (a cookie notice is rich in the same words). Where main-content extraction took the wrong block, this is the policy's block."""
    body = tree.find("body")
    if body is None:
        return None
    hits: dict = {}
    for el in reversed(list(body.iter(etree.Element))):
        if not isinstance(el.tag, str) or el.tag in _NOT_READ or _not_the_policy(el):
            hits[el] = 0
            continue
        n = len(checks.policy_terms(el.text)) if el.text else 0
        for child in el:
            n += hits.get(child, 0)
            if child.tail:
                n += len(checks.policy_terms(child.tail))
        hits[el] = n
    total = hits.get(body, 0)
    if total < min_hits:
        return None
    best = body
    while True:
        inner = [c for c in best if isinstance(c.tag, str) and hits.get(c, 0) >= share * total]
        if not inner:
            break
        best = inner[0]
    while best is not body and best.tag not in _POLICY_BLOCKS:
        best = best.getparent()
    return best


def _not_the_policy(el) -> bool:
    role = (el.get("role") or "").lower()
    if role in ("dialog", "alertdialog", "navigation") or el.get("aria-modal") == "true":
        return True
    if "class" in el.attrib or "id" in el.attrib:
        return _class_verdict(f"{el.get('class') or ''} {el.get('id') or ''}".lower(), False) == "consent"
    return False
