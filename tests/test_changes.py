"""decide(): exact changes, blinking, reverted edits that held, fragments — replayed the way record applies them."""
from __future__ import annotations

import dataclasses
import gzip
from pathlib import Path

import pytest

from archive import changes
from archive.changes import NEW, REJECT, REVERT, SAME, Decision, VersionState, decide, is_fragment
from archive.extract import Extraction, content_hash, extract

FIX = Path(__file__).parent / "fixtures" / "extract"
WORDS = ("We collect personal data you give us and process it to provide the service. " * 40).strip()


def ex(text: str) -> Extraction:
    return Extraction(markdown=text, text=text, title=None, language="en", declared_date=None,
                      content_hash=content_hash(text))


def replay(states: list[str]) -> tuple[list[str], list[str]]:
    """Apply decisions like archive.record does; returns (kinds, texts of the versions left)."""
    versions: list[VersionState] = []
    kinds = []
    for s in states:
        cand = ex(s)
        d = decide(cand, versions)
        kinds.append(d.kind)
        if d.kind == NEW:
            versions.append(VersionState(number=len(versions) + 1, content_hash=cand.content_hash, text=cand.text,
                                         captures=1))
        elif d.kind == SAME:
            versions[-1].captures += 1
        elif d.kind == REVERT:
            versions.pop()
            versions[-1].captures += 1
    return kinds, [v.text for v in versions]


A = WORDS + " Today's featured partner: Alpha."
B = WORDS + " Today's featured partner: Beta."


def test_first_capture_is_new_and_identical_text_is_same():
    kinds, versions = replay([A, A, A])
    assert kinds == [NEW, SAME, SAME]
    assert versions == [A]


def test_one_word_edit_is_a_version():
    edited = A.replace("provide the service", "provide the services", 1)
    kinds, versions = replay([A, A, edited])
    assert kinds == [NEW, SAME, NEW]
    assert versions == [A, edited]


def test_blinking_page_does_not_make_a_version_at_every_flip():
    flips = [A, B, A, B, A, B, A, B, A, B, A]
    kinds, versions = replay(flips)
    assert len(versions) <= 4  # the first round trip cannot be told from a reverted edit
    assert kinds[4:].count(REVERT) >= 3
    assert versions[-1] == A


def test_edit_that_holds_and_is_reverted_keeps_its_versions():
    edited = WORDS + " We now also share data with our new analytics processor."
    kinds, versions = replay([A, A, edited, edited, edited, edited, A, A])
    assert REVERT not in kinds
    assert versions == [A, edited, A]


def test_flip_between_two_different_documents_is_not_blinking():
    # two substantially different texts served alternately at one URL are both real: keep recording them
    other = ("Members' area privacy notice. We process profile data, messages and photos for matching. " * 40)
    kinds, versions = replay([A, other, A, other, A, other, A])
    assert REVERT not in kinds
    assert len(versions) == 7


def test_long_lived_flip_state_is_not_undone():
    kinds, versions = replay([A, B, A, B, B, B, B, A])
    assert kinds[-1] == NEW
    assert versions[-1] == A and versions[-2] == B


def test_fragment_of_the_current_version_is_rejected():
    half_loaded = " ".join(WORDS.split()[:120])
    history = [VersionState(1, content_hash(A), A, 5)]
    d = decide(ex(half_loaded), history)
    assert d.kind == REJECT and d.reason == "fragment"
    # a much shorter text that is not contained in the current one is a change, not a fragment
    new_policy = "A completely rewritten short notice about the personal data we process: cookies, rights, " \
                 "controllers and retention. " * 12
    assert decide(ex(new_policy), history).kind == NEW
    # and a shorter edit that keeps most of the text is a change too
    trimmed = " ".join(A.split()[: int(len(A.split()) * 0.8)])
    assert decide(ex(trimmed), history).kind == NEW


def test_another_page_served_at_the_policys_address_is_rejected():
    """A privacy portal replaced an 11,000-word policy at its address (471 words, nothing of its wording):
    under a tenth of the policy's words and under half of its runs of three words found in it."""
    history = [VersionState(1, content_hash(A), A, 5)]
    portal = "Privacy centre: choose a product to read its privacy policy, or contact our privacy team."
    d = decide(ex(portal), history)
    assert d.kind == REJECT and d.reason == "other_page"
    assert decide(ex(" ".join(A.split()[:30])), history).reason == "fragment"  # a part of it: a fragment
    # in Chinese, where a character is a word, the same holds
    zh_policy = "我们会收集您在使用服务时主动提供的个人信息，并用于向您提供服务和保障账户安全。" * 30
    zh_history = [VersionState(1, content_hash(zh_policy), zh_policy, 5)]
    assert decide(ex("隐私保护中心：请选择产品查看对应的隐私政策，或联系我们。"), zh_history).reason == "other_page"
    assert decide(ex(zh_policy[:40]), zh_history).reason == "fragment"


def test_a_consent_wall_served_in_place_of_a_short_policy_is_rejected():
    """A cookie-consent wall served at the address of a short policy is another page, not a version that
    removes every section (a fresh user's trial: 68 words in place of 132); the IAB TCF's lead or a banner's
    action tells it, in its language. A policy rewritten shorter in new words is still a version."""
    policy = ("# Politique de confidentialité\n\nNous traitons vos données personnelles (nom, adresse e-mail, "
              "historique de commandes) pour gérer votre compte, sur la base du contrat, et les conservons trois "
              "ans après votre dernière commande. Vous pouvez exercer vos droits d'accès, de rectification et "
              "d'effacement en écrivant à dpo@exemple.fr ou saisir la CNIL. ") * 2
    history = [VersionState(1, content_hash(policy), policy, 3)]
    wall = ("# Vos choix en matière de cookies\n\nAvec votre accord, nous et nos partenaires utilisons des cookies "
            "ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite "
            "sur ce site. Vous pouvez retirer votre consentement à tout moment dans notre politique de "
            "confidentialité.\n\n[En savoir plus](https://exemple.fr/cookies)")
    french = Extraction(markdown=wall, text=wall, title="Vos choix en matière de cookies", language="fr",
                        declared_date=None, content_hash=content_hash(wall))
    assert decide(french, history) == Decision(REJECT, "other_page")
    banner = "# Your privacy\n\nThis website uses cookies. Click Accept all cookies to continue, or manage settings."
    assert decide(ex(banner), history).reason == "other_page"
    tcf = ("# We value your privacy\n\nWe and our selected partners store and/or access information on a device, "
           "such as cookies, and process personal data for personalised advertising and content measurement. You "
           "may click to consent to our and our 1478 partners' processing as described above.\n\nMORE OPTIONS")
    assert decide(ex(tcf), [VersionState(1, content_hash(A), A, 5)]).reason == "other_page"
    # a policy rewritten shorter, its words about cookies no notice's, is a version; so is a cookie policy
    # rewritten to open as banners do, with sections of its own
    assert decide(ex("A short notice about the personal data we keep: cookies, consent, rights, controllers and "
                     "retention. " * 12), [VersionState(1, content_hash(A), A, 5)]).kind == NEW
    cookie_policy = ("# Cookie Policy\n\nCookies are small text files that websites place on your device. Example Ltd, "
                     "the controller, places cookies strictly necessary for the shop and, with your consent under "
                     "Article 6(1)(a) GDPR, analytics cookies that expire after thirteen months. You have the right of "
                     "access, erasure and objection; write to privacy@example.com. ") * 2
    rewritten = ("# Cookie Policy\n\nThis website uses cookies. We use cookies to improve your experience and, if you "
                 "agree, to measure how the site is used.\n\n## Legal basis\n\nExample Ltd is the controller. Necessary "
                 "cookies rely on our legitimate interest (Article 6(1)(f) GDPR); analytics cookies on your consent "
                 "(Article 6(1)(a) GDPR), which you can withdraw at any time.\n\n## Your rights\n\nYou have the right "
                 "of access, rectification, erasure, restriction, portability and objection. Contact our data "
                 "protection officer: dpo@example.com.\n\n## Retention\n\nAnalytics cookies expire after 13 months.")
    assert decide(ex(rewritten), [VersionState(1, content_hash(cookie_policy), cookie_policy, 5)]).kind == NEW


HOMEPAGE = """# Meet the assistant your team will love

Answers in seconds, drafts in minutes. Connect your documents, your calendar and your chat, and ask anything.

## Privacy by design

GDPR-ready and built for data protection: your data stays in Europe, encrypted at rest and in transit.

## Loved by 10,000 teams

"It saved our support team ten hours a week." Start your free trial today, no credit card required.
Plans for startups, scale-ups and enterprises, with single sign-on, audit logs and priority support."""


def test_a_page_of_another_kind_served_at_the_policys_address_is_rejected_in_any_language():
    """A homepage served at the policy's address (it may say much about privacy, in any language): it shares
    little of the policy's wording and the page-type classifier calls it not legal. A policy rewritten in
    new words is a policy to the classifier: a new version."""
    history = [VersionState(1, content_hash(A), A, 5)]
    d = decide(ex(HOMEPAGE), history)
    assert d.kind == REJECT and d.reason == "not_legal"
    swedish = ("# Vi främjar AI-suveränitet i Europa\n\nVår plattform är byggd för integritet och dataskydd, helt "
               "GDPR-anpassad och driven av förnybar energi. Skala upp dina modeller på minuter med öppna verktyg "
               "och betala bara för det du använder. Boka en demo med vårt team i Stockholm redan i dag.\n\n") * 3
    assert decide(ex(swedish), history).reason == "not_legal"
    rewritten = ("# Privacy Policy\n\nThis privacy policy explains which personal data Example Ltd, the controller, "
                 "collects when you use the app, why we process it, the third parties we disclose it to, how long we "
                 "retain it and the rights you have: access, rectification, erasure and objection. We rely on your "
                 "consent for marketing e-mails and on our legitimate interest to keep the service secure.\n\n") * 3
    assert decide(ex(rewritten), history).kind == NEW
    german = Extraction(markdown=f"# Wie wir mit Ihren Daten umgehen\n\n{REWRITE_DE}", text=REWRITE_DE,
                        title="Datenschutz | Beispiel GmbH", language="de", declared_date=None,
                        content_hash=content_hash(REWRITE_DE))
    assert decide(german, history).kind == NEW  # the page's title names the kind of page


REWRITE_DE = ("Wir verarbeiten personenbezogene Daten nur, soweit das für den Dienst nötig ist. Verantwortliche "
              "ist die Beispiel GmbH. Rechtsgrundlage ist Ihre Einwilligung oder unser berechtigtes Interesse; Sie können der "
              "Verarbeitung widersprechen und Auskunft verlangen. Dritte erhalten Daten nur als Auftragsverarbeiter. "
              "Die Speicherdauer richtet sich nach den gesetzlichen Fristen.\n\n") * 3


def test_is_fragment_edges():
    assert is_fragment("", WORDS)
    assert not is_fragment(WORDS, WORDS)
    assert is_fragment("We collect personal data", WORDS)


def test_real_capture_history_noise_makes_no_version():
    """Two real captures of one policy whose raw HTML differs (Cloudflare's per-request e-mail keys)."""
    url = "https://ww.coffeemeetsbagel.com/privacy-policy"
    a = extract(gzip.decompress((FIX / "cmb-cfemail-1.html.gz").read_bytes()), None, url)
    b = extract(gzip.decompress((FIX / "cmb-cfemail-2.html.gz").read_bytes()), None, url)
    history = [VersionState(1, a.content_hash, a.text, 1)]
    assert decide(b, history).kind == SAME


def test_a_date_that_is_the_capture_day_is_the_clock():
    """Only dates changed, each to the capture's day (give or take a day for the server's time zone)."""
    import datetime as dt
    from archive.changes import is_clock_date
    policy = WORDS + " Contact us at privacy@example.com."
    old = f"Last updated: 3 March 2026, 08:14\n\n{policy}\n\nPage generated 2026-03-03"
    new = f"Last updated: 9 March 2026, 17:02\n\n{policy}\n\nPage generated 2026-03-09"
    day = dt.date(2026, 3, 9)
    assert is_clock_date(new, old, day)
    assert is_clock_date(new, old, day + dt.timedelta(days=1))  # the server's day ahead of UTC
    assert not is_clock_date(new, old, day + dt.timedelta(days=3))  # a date that is not the capture's: an update
    assert not is_clock_date(new.replace("privacy@", "dpo@"), old, day)  # a word changed too
    assert not is_clock_date(new.replace("Page generated 2026-03-09", "Page generated 2026-03-01"), old, day)
    assert not is_clock_date(old, old, day)  # nothing changed
    fr = "Mise à jour le 3 mars 2026 à 8h14. " + WORDS
    assert is_clock_date(fr.replace("3 mars", "9 mars"), fr, day)


@pytest.mark.parametrize("old,new,lang", [
    ("Zuletzt aktualisiert: 04.02.2021, 07:33", "Zuletzt aktualisiert: 26.06.2021, 03:34", "de"),  # Drupal's
    ("Page updated: Feb 4, 2021, 7:33 AM", "Page updated: Jun 26, 2021, 3:34 PM", "en"),
    ("Última atualização: 4 de fevereiro de 2021 às 07:33", "Última atualização: 26 de junho de 2021 às 03:34", "pt"),
    # (AEM's stamp under a chemicals group's notice, the stop Hungarian writes after the day: industrial_world)
    ("Az oldal utoljára frissítve: 2021.02.04. 07:33", "Az oldal utoljára frissítve: 2021.06.26. 03:34", "hu"),
])
def test_a_stamp_of_the_pages_last_save_is_no_version(old, new, lang):
    """A CMS's stamp of the page's last save carries its time of day and moves at each save, though no word of
    the policy changed (simulated collections' news site and hospital: a version per save). A policy's date of
    update without a time, and a stamp moved with a word of the policy, are versions as before."""
    import datetime as dt
    at = dt.datetime(2021, 6, 30, 12, tzinfo=dt.timezone.utc)  # days after the save: not the clock
    before, after = (dataclasses.replace(ex(f"{t}\n\n{WORDS}"), language=lang) for t in (old, new))
    history = [VersionState(1, before.content_hash, before.text, 1, before.markdown, "2021-02-05T00:00:00Z",
                            "2021-02-05T00:00:00Z")]
    assert decide(after, history, at) == Decision(REJECT, "clock_date")
    dated = ex("Last updated: 26 June 2021\n\n" + WORDS)
    undated = ex("Last updated: 4 February 2021\n\n" + WORDS)
    plain = [VersionState(1, undated.content_hash, undated.text, 1, undated.markdown, "2021-02-05T00:00:00Z",
                          "2021-02-05T00:00:00Z")]
    assert decide(dated, plain, at).kind == NEW
    assert decide(dataclasses.replace(ex(f"{new}\n\n{WORDS} We also keep logs."), language=lang), history,
                  at).kind == NEW


def test_a_date_of_effect_with_its_hour_is_no_save_stamp():
    """A policy's date of effect written with its hour ("Hatályos: 2025.03.01. 00:00-tól", from midnight) moved is
    the policy's change, not a CMS's stamp of a save (a colleague's review)."""
    from archive.changes import is_saved_time
    old, new = (f"Hatályos: {d} 00:00-tól\n\n{WORDS}" for d in ("2025.03.01.", "2025.09.01."))
    assert not is_saved_time(new, old, "hu")
    assert is_saved_time(new.replace("Hatályos", "Frissítve"), old.replace("Hatályos", "Frissítve"), "hu")


@pytest.mark.parametrize("own,old,new,lang", [
    ("This statement was last reviewed in September 2020.", "Page last updated: 06/03/2021",
     "Page last updated: 28/03/2021", "en"),  # a council's CMS stamp under its statement
    ("Data di aggiornamento dell'informativa: 11/01/2021", "Ultima revisione: 20/08/2021",
     "Ultima revisione: 25/09/2021", "it"),  # a utility's Liferay stamp above its notice's own date
    ("Stand: 15. Juni 2020", "Stand: 20.02.2021", "Stand: 25.04.2021", "de"),  # a state office's document date,
    ("Fecha de última actualización: 14 de septiembre de 2020", "Última revisión de esta página: 24/02/2021",
     "Última revisión de esta página: 25/06/2021", "es"),  # a Drupal node's stamp naming the page, at its top
])
def test_a_cms_stamp_moving_beside_the_policys_own_date_is_no_version(own, old, new, lang):
    """A page dated twice, by its policy and by the CMS that stamps each republication: the stamp moving alone is
    no version (simulated public bodies and a water utility: public_world, longform_world). Both moving (an edit
    of the policy's date is saved) is a version; so is a date of update bumped alone beside a date of effect, and a
    bare "Last modified:" at the end under the policy's date (`test_record`'s page stamp: it may be the policy's)."""
    import datetime as dt
    at = dt.datetime(2022, 6, 30, 12, tzinfo=dt.timezone.utc)

    def state(e):
        return [VersionState(1, e.content_hash, e.text, 1, e.markdown, "2021-03-07T00:00:00Z", "2021-03-07T00:00:00Z")]
    def text(own: str, stamp: str) -> str:  # each page's layout: the stamp under the text, below or above its date
        return {"de": f"{WORDS}\n\n{own}\n\n{stamp}", "it": f"{stamp}\n\n{own}\n\n{WORDS}",
                "es": f"Intro.\n\n{stamp}\n\n## Aviso de privacidad\n\n{own}\n\n{WORDS}"}.get(
            lang, f"{own}\n\n{WORDS}\n\n{stamp}")
    before, after = (dataclasses.replace(ex(text(own, t)), language=lang) for t in (old, new))
    assert decide(after, state(before), at) == Decision(REJECT, "date_stamp")
    both = dataclasses.replace(ex(text(own.replace("2020", "2022").replace("2021", "2022"), new)), language=lang)
    assert decide(both, state(before), at).kind == NEW
    effective = [ex(f"Effective: 1 January 2020\n\nLast updated: {d}\n\n{WORDS}") for d in ("5 March 2021", "9 May 2022")]
    assert decide(effective[1], state(effective[0]), at).kind == NEW


@pytest.mark.parametrize("old,new", [
    ("# Privacy Policy\n\nLast updated: March 5, 2021\n\n@W@\n\nThis policy was last revised on January 1, 2020.",
     "# Privacy Policy\n\nLast updated: May 9, 2024\n\n@W@\n\nThis policy was last revised on January 1, 2020."),
    ("# Privacy Policy\n\n@W@\n\n## Changes\n\nVersion 3 — updated 1 May 2024\n\nVersion 2 — updated 1 January 2023",
     "# Privacy Policy\n\n@W@\n\n## Changes\n\nVersion 3 — updated 3 May 2024\n\nVersion 2 — updated 1 January 2023"),
    ("# Privacy Policy\n\nLast updated: 1 March 2021\n\n@W@\n\n# Cookie Notice\n\nLast updated: 1 June 2020\n\nWe use cookies.",
     "# Privacy Policy\n\nLast updated: 1 March 2021\n\n@W@\n\n# Cookie Notice\n\nLast updated: 9 May 2024\n\nWe use cookies."),
    ("# Privacy Policy\n\nLast updated: 1 March 2021\n\n@W@\n\nThe list of our sub-processors below was last updated on 1 June 2020.",
     "# Privacy Policy\n\nLast updated: 9 May 2024\n\n@W@\n\nThe list of our sub-processors below was last updated on 1 June 2020."),
    ("# Privacy Policy\n\nLast updated: 1 March 2021\n\n@W@\n\nThis page was last updated on 1 June 2020\n\n@W@",
     "# Privacy Policy\n\nLast updated: 1 March 2021\n\n@W@\n\nThis page was last updated on 9 May 2024\n\n@W@"),
    ("# Privacy Policy\n\nLast updated: 1 March 2021\n\n@W@\n\n## California Notice\n\nLast updated: 1 January 2020\n\nMore.",
     "# Privacy Policy\n\nLast updated: 9 May 2024\n\n@W@\n\n## California Notice\n\nLast updated: 1 January 2020\n\nMore."),
])
def test_a_policys_date_bumped_beside_another_dated_line_is_a_version(old, new):
    """The second-stamp rule's bounds (a colleague's review of its first form, which refused all these for good):
    a policy's date bumped above a stale line at its end, a changelog's entry, another document's or a sentence's
    date on the page, a regional notice's own date."""
    import datetime as dt
    at = dt.datetime(2024, 6, 30, 12, tzinfo=dt.timezone.utc)
    before, after = (ex(t.replace("@W@", WORDS)) for t in (old, new))
    history = [VersionState(1, before.content_hash, before.text, 1, before.markdown, "2021-03-07T00:00:00Z",
                            "2021-03-07T00:00:00Z")]
    assert decide(after, history, at).kind == NEW


@pytest.mark.parametrize("old,new", [
    ("This version takes effect on 1 July 2024 at 00:00 CET.", "This version takes effect on 1 September 2024 at 00:00 CET."),
    ("We delete accounts inactive since 2020 on 15 August 2024 at 12:00 UTC.",
     "We delete accounts inactive since 2020 on 15 October 2024 at 12:00 UTC."),
    ("| _ga | Analytics | 31 December 2024 23:59 |", "| _ga | Analytics | 31 December 2025 23:59 |"),
])
def test_a_date_with_its_time_in_the_policys_own_words_is_a_version(old, new):
    """A date with its time of day in a sentence of the policy or in a table's cell is the policy's (a colleague's
    review: the first form of the save-stamp rule refused these for good); only a line of its own, a label and
    the date, is a stamp."""
    import datetime as dt
    at = dt.datetime(2024, 6, 30, 12, tzinfo=dt.timezone.utc)
    before, after = ex(f"{WORDS}\n\n{old}"), ex(f"{WORDS}\n\n{new}")
    history = [VersionState(1, before.content_hash, before.text, 1, before.markdown, "2024-05-05T00:00:00Z",
                            "2024-05-05T00:00:00Z")]
    assert decide(after, history, at).kind == NEW


def test_decide_refuses_the_clock_once_the_page_has_shown_it_lately():
    import datetime as dt
    texts = [ex(f"Updated 2026-03-0{d}. {WORDS}") for d in (3, 4, 5)]
    v1, v2 = (VersionState(n, e.content_hash, e.text, 1, e.markdown, f"2026-03-0{d}T08:00:00Z",
                           f"2026-03-0{d}T08:00:00Z") for n, e, d in ((1, texts[0], 3), (2, texts[1], 4)))
    at = dt.datetime(2026, 3, 5, 8, tzinfo=dt.timezone.utc)
    assert decide(texts[2], [v1], at).kind == NEW  # no clock shown yet: a date moved on its day
    assert decide(texts[2], [v1], at, refused=lambda reason, since, until: reason == "clock_date") == Decision(REJECT, "clock_date")
    assert decide(texts[2], [v1, v2], at) == Decision(REJECT, "clock_date")  # v2 came from v1 by the clock
    assert decide(texts[2], [v1, v2]).kind == NEW  # without the capture's time, dates are not judged
    # captured when the page changes, months apart: each date moved on its day is an update
    v1.first_seen = v1.last_seen = "2025-11-03T08:00:00Z"
    assert decide(texts[2], [v1, v2], at).kind == NEW


def test_the_clock_is_read_in_the_forms_servers_print_it():
    import datetime as dt
    from archive.changes import is_clock_date
    day = dt.date(2026, 11, 30)
    for old, new in [("2026-11-26T08:26:22Z", "2026-11-30T08:14:22Z"),
                     ("Thu, 26 Nov 2026 08:26:22 GMT", "Mon, 30 Nov 2026 08:14:22 GMT"),
                     ("Thursday, November 26, 2026", "Monday, November 30, 2026"),
                     ("2026年11月26日 下午3:14", "2026年11月30日 上午8:14"),
                     ("11/26/2026", "11/30/2026"), ("12/01/2026", "11/30/2026")]:
        assert is_clock_date(f"Generated on {new}.\n\n{WORDS}", f"Generated on {old}.\n\n{WORDS}", day), new


def test_the_clock_is_read_in_the_page_language():
    """A page that prints the day it is served in a language whose month names `MONTHS` lacks (month names
    from dateparser's locale data, with the forms dates use: "марта", "marca", "március"): the date is the
    capture's day, so it is the clock; a real update of such a date (another day) is not."""
    import datetime as dt
    from archive.changes import is_clock_date
    day = dt.date(2026, 11, 30)
    for lang, old, new in [("ru", "Обновлено: 26 ноября 2026 г.", "Обновлено: 30 ноября 2026 г."),
                           ("pl", "Stan na dzień 26 listopada 2026 r.", "Stan na dzień 30 listopada 2026 r."),
                           ("hu", "Frissítve: 2026. november 26.", "Frissítve: 2026. november 30."),
                           ("cs", "Aktualizováno 26. listopadu 2026", "Aktualizováno 30. listopadu 2026"),
                           ("tr", "Güncellendi: 26 Kasım 2026", "Güncellendi: 30 Kasım 2026"),
                           ("ko", "최종 수정일: 2026년 11월 26일", "최종 수정일: 2026년 11월 30일"),
                           ("vi", "Cập nhật ngày 26 tháng 11 năm 2026", "Cập nhật ngày 30 tháng 11 năm 2026"),
                           ("th", "ปรับปรุงล่าสุด 26 พฤศจิกายน 2569", "ปรับปรุงล่าสุด 30 พฤศจิกายน 2569"),
                           ("el", "Ενημερώθηκε 26 Νοεμβρίου 2026", "Ενημερώθηκε 30 Νοεμβρίου 2026")]:
        before, after = f"{old}\n\n{WORDS}", f"{new}\n\n{WORDS}"
        assert is_clock_date(after, before, day, lang), lang
        assert not is_clock_date(after, before, day + dt.timedelta(days=5), lang), lang  # an update: another day
        assert not is_clock_date(after + " More.", before, day, lang), lang  # a word changed too
    # Croatian "listopad" is October, Polish November: the page's language decides
    hr = "Ažurirano 30. studenoga 2026.\n\n" + WORDS
    assert is_clock_date(hr, hr.replace("30. studenoga", "26. studenoga"), day, "hr")
    assert not is_clock_date(hr.replace("studenoga", "listopada"), hr.replace("30. studenoga", "26. listopada"),
                             day, "hr")  # 30 October is not the capture's day


def test_the_clock_is_read_in_the_date_forms_of_cldr():
    """The forms CLDR gives a date in each language, which a CMS prints through its locale (ICU, Babel,
    Intl.DateTimeFormat): spaced numbers ("5. 3. 2026"), a weekday after the date or joined to it
    ("2026年3月5日木曜日"), words inside the date ("den", "del", "tháng"). Read by dateparser where our own
    patterns miss them; a number that is no date and a date of another day stay changes."""
    import datetime as dt
    from archive.changes import is_clock_date
    day = dt.date(2026, 3, 5)
    for lang, old, new in [("cs", "4. 3. 2026", "5. 3. 2026"), ("sr", "4. 3. 2026.", "5. 3. 2026."),
                           ("hr", "04. 03. 2026.", "05. 03. 2026."), ("nl", "4 mrt 2026", "5 mrt 2026"),
                           ("da", "onsdag den 4. marts 2026", "torsdag den 5. marts 2026"),
                           ("hu", "2026. március 4., szerda", "2026. március 5., csütörtök"),
                           ("tr", "4 Mart 2026 Çarşamba", "5 Mart 2026 Perşembe"),
                           ("ja", "2026年3月4日水曜日", "2026年3月5日木曜日"),
                           ("zh", "2026年3月4日星期三", "2026年3月5日星期四"),
                           ("ko", "2026년 3월 4일 수요일", "2026년 3월 5일 목요일"),
                           ("vi", "Thứ Tư, 4 tháng 3, 2026", "Thứ Năm, 5 tháng 3, 2026"),
                           ("ar", "الأربعاء، 4 مارس 2026", "الخميس، 5 مارس 2026"),
                           ("ca", "dimecres, 4 de març del 2026", "dijous, 5 de març del 2026"), ("ko", "26. 3. 4.", "26. 3. 5.")]:
        before, after = f"Updated: {old}\n\n{WORDS}", f"Updated: {new}\n\n{WORDS}"
        assert is_clock_date(after, before, day, lang), (lang, new)
        assert not is_clock_date(after, before, day + dt.timedelta(days=9), lang), (lang, new)  # another day
        assert not is_clock_date(after.replace(WORDS, WORDS + " More."), before, day, lang), (lang, new)
    kept = f"We keep your data for 4 days.\n\n{WORDS}"
    assert not is_clock_date(kept.replace("4 days", "5 days"), kept, day, "cs")  # a number, not a date


# CLDR forms not read yet: Basque's "2026(e)ko", Lithuanian's with its weekday after "d." (Thai's with "ค.ศ." are read
# since the clock reads an era's years as the date of update does; Lithuanian's "2026 m. kovo 5 d." and Latvian's
# "2026. gada 5. marts" since a year may come first with its word for "year")
_CLDR_UNREAD = {("eu", "full"), ("eu", "long"), ("eu", "medium"), ("lt", "full"), ("mt", "full"), ("mt", "long"),
                ("te", "full"),
                *((lang, form) for lang in ("hy", "mn", "my", "ml", "ne", "si") for form in ("full", "long", "medium"))}


def test_every_cldr_form_of_the_vocabulary_languages_is_read_as_the_clock():
    """Each of the four forms (full, long, medium, short) CLDR gives a date in each language of the
    vocabulary, written by Babel as a CMS would, is read as the capture's day (267 of 292: 223 of the first 59
    languages' 236, 44 of the 56 of the 14 added in the thirtieth session; the ones above are not, and are listed
    so that a regression, or a fix, shows here)."""
    import datetime as dt
    from babel.dates import format_date
    from archive.changes import is_clock_date
    from archive.classify.vocab import VOCAB
    before, day = dt.date(2026, 3, 4), dt.date(2026, 3, 5)
    read = set()
    for lang in VOCAB.languages:
        for form in ("full", "long", "medium", "short"):
            old, new = (format_date(d, form, locale={"no": "nb"}.get(lang, lang)) for d in (before, day))
            if is_clock_date(f"{WORDS}\n\nUpdated: {new}\n\n{WORDS}", f"{WORDS}\n\nUpdated: {old}\n\n{WORDS}", day, lang):
                read.add((lang, form))
    every = {(lang, form) for lang in VOCAB.languages for form in ("full", "long", "medium", "short")}
    assert every - read == _CLDR_UNREAD


def test_the_clock_is_read_in_a_scripts_own_digits():
    """Thai and Hindi pages print the day in their own digits (`Intl` with the locale's numbering system:
    "๒ ธันวาคม ๒๕๖๙", "२ दिसंबर २०२६"): the hash reads any script's digits as ASCII digits, and so does the
    clock (an audit of noise kinds in other languages)."""
    import datetime as dt
    from archive.changes import is_clock_date
    day = dt.date(2026, 12, 2)
    for lang, old, new in [("th", "ปรับปรุงล่าสุด ๑ ธันวาคม ๒๕๖๙", "ปรับปรุงล่าสุด ๒ ธันวาคม ๒๕๖๙"),
                           ("hi", "अंतिम अपडेट: १ दिसंबर २०२६", "अंतिम अपडेट: २ दिसंबर २०२६")]:
        before, after = f"{old}\n\n{WORDS}", f"{new}\n\n{WORDS}"
        assert is_clock_date(after, before, day, lang), lang
        assert not is_clock_date(after, before, day + dt.timedelta(days=5), lang), lang


def test_the_clock_is_read_in_an_eras_years():
    """A Japanese page printing today's date in the imperial era ("令和8年12月2日") or a Taiwanese one in the
    Republic's ("中華民國115年12月2日"): the date of update was read so, the clock was not, and every daily
    capture was a version (a third audit: 6 versions of 6 captures)."""
    import datetime as dt
    from archive.changes import is_clock_date
    day = dt.date(2026, 12, 2)
    for lang, old, new in [("ja", "本日は令和8年12月1日です", "本日は令和8年12月2日です"),
                           ("zh", "今天是中華民國115年12月1日", "今天是中華民國115年12月2日")]:
        before, after = f"{old}\n\n{WORDS}", f"{new}\n\n{WORDS}"
        assert is_clock_date(after, before, day, lang), lang
        assert not is_clock_date(after, before, day + dt.timedelta(days=5), lang), lang


def test_a_block_that_changed_at_each_of_the_last_versions_is_volatile_only_while_it_changes_fast_and_little():
    """`is_volatile`: the same paragraph changed from A to B to C and now again, each within a week; not when the
    versions lived long (edits months apart), when the change is large, or when it adds a place."""
    import datetime as dt

    def state(n: int, value: str, day: int, extra: str = "") -> tuple[VersionState, Extraction]:
        text = f"{WORDS}\n\nWait time: {value} minutes.\n\nWe keep logs for a year.{extra}"
        e = ex(text)
        seen = f"2024-01-{day:02d}T09:00:00Z"
        return VersionState(n, e.content_hash, e.text, 1, e.markdown, seen, seen), e

    def history(*days: int) -> list[VersionState]:
        return [state(n + 1, str(10 + n), d)[0] for n, d in enumerate(days)]

    when = dt.datetime(2024, 1, 9, 9, tzinfo=dt.timezone.utc)
    _, candidate = state(4, "99", 9)
    assert decide(candidate, history(1, 2, 3), when) == Decision(REJECT, "volatile")
    assert decide(candidate, history(1, 2, 3)).kind == NEW  # without the capture's time, times are not judged
    assert decide(candidate, history(1, 2), when).kind == NEW  # two versions: the first changes are edits
    slow = [state(n + 1, str(10 + n), 1)[0] for n in range(3)]
    for v, month in zip(slow, ("2023-03", "2023-06", "2023-09")):
        v.first_seen = v.last_seen = f"{month}-01T09:00:00Z"
    assert decide(candidate, slow, dt.datetime(2023, 12, 1, tzinfo=dt.timezone.utc)).kind == NEW
    _, elsewhere = state(4, "12", 9, extra="\n\nWe now also share data with insurers.")
    assert decide(elsewhere, history(1, 2, 3), when).kind == NEW  # a new place changed: an edit
    _, rewritten = state(4, " ".join(["many new words"] * 60), 9)
    assert decide(rewritten, history(1, 2, 3), when).kind == NEW  # a large change


def test_a_line_that_changes_at_every_visit_in_a_short_policy_is_volatile():
    """A live chat's status line ("3 operators are online now." or "We are offline: we answer within a day.") is
    more than BLINK_MAX_DIFF of a short policy's tokens (a simulated insurer's app, health_world: 12 false
    versions at captures 12 hours apart), yet one line whose values come back: volatile as in a long one, and so is
    a tip under its title. A paragraph of prose changed so, a short policy's line edited anew each time (a processor
    added, a colleague's review), or two lines apart, are edits."""
    import datetime as dt
    short = "We process your data to run the app and keep it safe. " * 4

    def history(lines: list[str], extra: str = "") -> list[tuple[VersionState, Extraction]]:
        out = []
        for n, line in enumerate(lines):
            e = ex(f"{short}\n\n{line}\n\nWe keep logs for a year.{extra}")
            seen = f"2024-01-0{n + 1}T09:00:00Z"
            out.append((VersionState(n + 1, e.content_hash, e.text, 1, e.markdown, seen, seen), e))
        return out

    when = dt.datetime(2024, 1, 4, 9, tzinfo=dt.timezone.utc)
    online, offline = "Questions? {} operators are online now.", "We are offline: we answer within one working day."
    states = history([offline, online.format(3), offline, online.format(4)])
    assert changes.token_change(states[2][1].text, states[3][1].text) > changes.BLINK_MAX_DIFF
    assert decide(states[3][1], [v for v, _ in states[:3]], when) == Decision(REJECT, "volatile")
    tips = [f"### {t}\n\n{w}" for t, w in (("Gas boilers", "Have your boiler serviced every year to keep it efficient."),
                                           ("LED lighting", "LED bulbs use up to 80 % less energy than old ones."))]
    states = history([tips[0], tips[1], tips[0], tips[1]])  # a tip of the week under its title: a box of lines
    assert decide(states[3][1], [v for v, _ in states[:3]], when) == Decision(REJECT, "volatile")
    prose = ["We share your data with payment partners who process card payments under contracts with us.",
             "Your health records stay in Italy and are never shared with insurers or employers without consent.",
             "Doctors who consult through the app see only the records you choose to open to them for the visit.",
             "We delete chat transcripts ninety days after the consultation unless the law requires us to keep them."]
    for lines in (prose, ["Processors: Stripe (payments).", "Processors: Stripe (payments), Mailchimp (newsletters, US).",
                          "Processors: Stripe (payments), Brevo (newsletters, France).",
                          "Processors: Stripe (payments), Brevo (newsletters), Twilio (text messages, US)."],
                  [f"{offline}\n\n{short}\n\nOur offices are closed today." if n % 2 else
                   f"{online.format(n)}\n\n{short}\n\nOur offices are open until {n + 5} pm today." for n in range(4)]):
        states = history(lines)
        assert changes.token_change(states[2][1].text, states[3][1].text) > changes.BLINK_MAX_DIFF
        assert decide(states[3][1], [v for v, _ in states[:3]], when).kind == NEW, lines[0]


def test_a_volatile_line_beside_a_pages_save_stamp_is_volatile():
    """A chat's wait time changes at every visit while the CMS stamps the page's last save with its minute ("Pagină
    actualizată: 06.04.2021 19:17", a simulated mobile operator's Sitefinity page, telecom_world: 13 false versions
    at captures 12 hours apart, 6 left): each noise is a rule's alone, so the volatile block is judged without the
    stamp's line. A word of the policy changed beside the stamp is still an edit."""
    import datetime as dt

    def history(waits: list[int], saved: list[str], keep: str = "a year") -> list[tuple[VersionState, Extraction]]:
        out = []
        for n, (wait, at) in enumerate(zip(waits, saved)):
            e = ex(f"{WORDS}\n\nOnline now · waiting time for an adviser: ~{wait} min\n\nWe keep logs for {keep}."
                   f"\n\nPage updated: {at}")
            seen = f"2024-01-0{n + 1}T09:00:00Z"
            out.append((VersionState(n + 1, e.content_hash, e.text, 1, e.markdown, seen, seen), e))
        return out

    when = dt.datetime(2024, 1, 4, 9, tzinfo=dt.timezone.utc)
    saves = ["06.04.2021 19:17"] * 3 + ["27.10.2021 11:27"]  # saved again at the last capture only
    states = history([4, 7, 2, 8], saves)
    assert decide(states[3][1], [v for v, _ in states[:3]], when) == Decision(REJECT, "volatile")
    edited = history([4, 7, 2, 8], saves)[:3] + [history([8], saves[3:], keep="two years")[0]]
    assert decide(edited[3][1], [v for v, _ in edited[:3]], when).kind == NEW


def test_a_volatile_block_stays_volatile_after_a_dated_edit():
    """A real edit that re-dates the policy, made while a block of it changes at every visit (a live counter
    after a fitness app's policy, `benchmarks/simulated.py`), leaves the block volatile at the next capture: the
    rule asks only that the capture state the version in force's date. It asked the same date of the last three
    versions too, so each dated edit cost two more versions: 24 of a page's 30 captures, robustness's
    `visit-block-redated` 58 of 107 pages). A capture that re-dates is still judged as an edit."""
    import dataclasses
    import datetime as dt

    def state(n: int, value: str, day: int, date: str, edit: str = "a year") -> tuple[VersionState, Extraction]:
        text = f"Updated {date}.\n\nWe keep logs for {edit}.\n\n{WORDS}\n\n{value} workouts done"
        e = dataclasses.replace(ex(text), declared_date=date)
        seen = f"2024-01-{day:02d}T09:00:00Z"
        return VersionState(n, e.content_hash, e.text, 1, e.markdown, seen, seen, "en", date), e

    history = [state(1, "1 207 281", 1, "2023-03-02")[0], state(2, "1 317 835", 2, "2023-03-02")[0],
               state(3, "1 382 607", 3, "2024-01-02", edit="30 days")[0]]
    when = dt.datetime(2024, 1, 4, 9, tzinfo=dt.timezone.utc)
    assert decide(state(4, "1 475 227", 4, "2024-01-02", edit="30 days")[1], history, when) == \
        Decision(REJECT, "volatile")
    assert decide(state(4, "1 475 227", 4, "2024-01-03", edit="10 days")[1], history, when).kind == NEW
    # a new dated text whose sentence is then corrected twice in the week is three edits (a colleague's review)
    fixes = [state(1, "1", 1, "2023-03-02")[0], state(2, "1", 2, "2024-01-02", edit="30 days")[0],
             state(3, "1", 3, "2024-01-02", edit="90 days")[0]]
    assert decide(state(4, "1", 4, "2024-01-02", edit="60 days")[1], fixes, when).kind == NEW


def test_an_edit_elsewhere_between_two_changes_of_a_volatile_block_leaves_it_volatile():
    """A tip drawn from a few repeats by chance on the day of an edit elsewhere, or an A/B test's tagline turns
    between it and the next capture: the block changed at the version before the edit and changes again after it,
    so the version before that gives its second change (`is_volatile`; robustness's `visit-block-redated`: the
    four captures after each such edit were versions); a word edited in the paragraph beside it, which names its
place, leaves it the same place (`_named_in`). Another paragraph changed with it is still an edit."""
    import dataclasses
    import datetime as dt

    def state(n: int, tip: str, day: int, date: str = "2023-03-02", kept: str = "a year") -> tuple[VersionState, Extraction]:
        text = f"Updated {date}.\n\n{WORDS}\n\nSecurity tip: {tip}\n\n{WORDS}\n\nWe keep logs for {kept}."
        e = dataclasses.replace(ex(text), declared_date=date)
        seen = f"2024-01-{day:02d}T09:00:00Z"
        return VersionState(n, e.content_hash, e.text, 1, e.markdown, seen, seen, "en", date), e

    when = dt.datetime(2024, 1, 5, 9, tzinfo=dt.timezone.utc)
    tips = ["lock your phone.", "update your apps.", "never share your password."]
    # the tip repeated on the edit's day: ..., Z, A (tip changed), B (same tip, dated edit elsewhere), then the tip
    repeated = [state(1, tips[0], 1)[0], state(2, tips[1], 2)[0], state(3, tips[2], 3)[0],
                state(4, tips[2], 4, "2024-01-03", "30 days")[0]]
    assert decide(state(5, tips[0], 5, "2024-01-03", "30 days")[1], repeated, when) == Decision(REJECT, "volatile")
    # the tip turned after the edit: ..., Z, A (tip changed), B (dated edit elsewhere), C (tip changed), then the tip
    turned = [state(1, tips[0], 1)[0], state(2, tips[1], 2)[0], state(3, tips[1], 3, "2024-01-03", "30 days")[0],
              state(4, tips[0], 4, "2024-01-03", "30 days")[0]]
    assert decide(state(5, tips[1], 5, "2024-01-03", "30 days")[1], turned, when) == Decision(REJECT, "volatile")
    # without the change before the edit, the two changes of the block may be an edit and its correction
    assert decide(state(5, tips[1], 5, "2024-01-03", "30 days")[1], [turned[0], turned[0], *turned[2:]],
                  when).kind == NEW
    # the dated edit changed a word of the paragraph beside the tip (which names its place): still the same place
    def beside(n: int, tip: str, day: int, date: str = "2023-03-02", word: str = "give") -> VersionState:
        text = f"Updated {date}.\n\n{WORDS}\n\nSecurity tip: {tip}\n\n{WORDS.replace('give', word, 1)}"
        e = dataclasses.replace(ex(text), declared_date=date)
        seen = f"2024-01-{day:02d}T09:00:00Z"
        return VersionState(n, e.content_hash, e.text, 1, e.markdown, seen, seen, "en", date), e
    renamed = [beside(1, tips[0], 1)[0], beside(2, tips[1], 2)[0], beside(3, tips[2], 3, "2024-01-03", "send")[0]]
    assert decide(beside(4, tips[0], 4, "2024-01-03", "send")[1], renamed, when) == Decision(REJECT, "volatile")
    # another paragraph changed with the tip, or the tip changed with a new date: edits
    assert decide(state(5, tips[0], 5, "2024-01-03", "14 days")[1], repeated, when).kind == NEW
    assert decide(state(5, tips[0], 5, "2024-01-04", "30 days")[1], repeated, when).kind == NEW


def test_two_captures_a_week_apart_have_lasted_but_a_volatile_blocks_value_never():
    """`lasted`: a week, and the reason's own span if longer (another page: a month); a volatile block's value
    recurs by chance, so only its run in a row counts (`persists`)."""
    day = 86400
    assert changes.lasted("fragment", 7 * day) and not changes.lasted("fragment", 6 * day)
    assert not changes.lasted("other_page", 20 * day) and changes.lasted("other_page", 30 * day)
    assert not changes.lasted("volatile", 300 * day) and not changes.lasted("clock_date", 300 * day)
    assert changes.persists("fragment", 2, 8 * day) and not changes.persists("fragment", 2, 2 * day)
    assert changes.persists("fragment", 3, day)


def test_another_legal_document_is_no_edition_of_the_policy_but_a_translation_is():
    """An audit of histories taken on change: the Terms of Service served once at the policy's address made a
    version, and the policy's return another. A page the classifier calls another legal document than the
    policy, and than what the version in force reads as, is refused (`other_document`); a cookie policy rewritten
    is still a version of a cookie policy. The policy in another language is a version: the development
    collection's curators recorded Hily's French copy, served between English captures, and so does the oracle."""
    terms = ("# Terms of Service\n\nThese terms govern your use of the service. By creating an account you agree to "
             "them. You must be 18 or older. You may not misuse the service, reverse engineer it or resell it. We may "
             "suspend your account if you break these terms. The service is provided as is, without warranty; our "
             "liability is limited to the fees you paid in the last twelve months. These terms are governed by the "
             "laws of Ireland and disputes go to the courts of Dublin. ") * 3
    history = [VersionState(1, content_hash(A), A, 5, language="en")]
    assert decide(ex(terms), history) == Decision(REJECT, "other_document")
    german = Extraction(markdown=GERMAN, text=GERMAN, title=None, language="de", declared_date=None,
                        content_hash=content_hash(GERMAN))
    assert decide(german, history).kind == NEW


GERMAN = ("# Datenschutzerklärung\n\nWir verarbeiten personenbezogene Daten nur, soweit das für den Dienst nötig ist. "
          "Verantwortlicher ist die Beispiel GmbH. Sie haben das Recht auf Auskunft, Berichtigung, Löschung und "
          "Widerspruch; schreiben Sie an datenschutz@beispiel.de. Wir speichern Ihre Daten höchstens zwei Jahre. ") * 4


def test_a_title_that_comes_or_goes_with_its_template_is_no_change():
    """A migration sets the title in a hero or a page-title block that the main text's box holds or not (a
    simulated collection's Drupal 7 to 9 move, `benchmarks/simulated.py`'s migrations_world): the same text with
    or without its title, its sections' levels ranked alike, is the same policy when that title is the page's
    own (its `<title>`). A title renamed, a heading that is not the page's title, a section's heading, or a word
    changed beside the title's going are changes."""
    from archive.changes import title_came_or_went
    body = "## Data we collect\n\nYour name.\n\n## Your rights\n\nAsk us.\n"
    titled = "# Privacy Policy\n\n" + body
    page = "Privacy Policy | Acme"  # the capture's <title>
    assert title_came_or_went(body.replace("## ", "### "), titled, page) and title_came_or_went(titled, body, page)
    assert not title_came_or_went("# Privacy Notice\n\n" + body, titled, page)  # renamed
    assert not title_came_or_went(body.replace("Ask us.", "Write to us."), titled, page)
    assert not title_came_or_went(body, body.replace("## Data we collect", "## Data we gather"), page)
    # a heading that is not the page's title, coming over the same text (a colleague's review)
    for heading in ("Privacy Notice for California Residents", "Terms of Service"):
        assert not title_came_or_went(f"# {heading}\n\n" + body, body, page)
    assert not title_came_or_went(titled, body, None)
    # a title that comes back renamed, the page's <title> renamed with it, is the rename the untitled version
    # in force hid: the versions before it name the title the text last had
    renamed = "# Privacy Notice\n\n" + body
    assert not title_came_or_went(renamed, body, "Privacy Notice | Acme", [titled])
    assert title_came_or_went(titled, body, page, [body, titled]) and title_came_or_went(renamed, body, "Privacy Notice | Acme", [body])
    def state(n: int, markdown: str) -> VersionState:
        return VersionState(n, content_hash(markdown), markdown, 3, markdown)
    came = dataclasses.replace(ex(renamed), title="Privacy Notice | Acme")
    assert decide(came, [state(1, titled), state(2, body)]).kind == NEW
    assert decide(dataclasses.replace(ex(titled), title=page), [state(1, titled), state(2, body)]).kind == SAME



def test_two_lines_changing_in_turn_churn_at_the_third_change_in_a_row_of_each():
    """`is_churning`: a live count and a news line inside the policy, changing in turn, which `is_volatile`
    (one block's words through the last three versions) does not follow: a capture that changes a paragraph
    that came by the third change in a row of its place is refused; a month later, with no capture refused since,
    the same change is an edit. Two texts served in turn that share less than half of their words are no churn
    however often they turn (another language, another document)."""
    import datetime as dt

    def state(n: int, text: str) -> tuple[VersionState, Extraction]:
        e = ex(text)
        seen = f"2024-01-01T{n:02d}:00:00Z"
        return VersionState(n + 1, e.content_hash, e.text, 1, e.markdown, seen, seen), e

    news = ["The app now works offline.", "Maintenance on the 14th at night.", "Podcasts can be imported by RSS.",
            "Long episodes get chapters.", "The player shows cover art."]
    # (count, news) in turn: the count changes at odd versions, the news at even ones
    states = [state(n, f"{WORDS}\n\nLive now: {1000 + 7 * ((n + 1) // 2)} streams.\n\nWe keep logs for a year."
                       f"\n\n{news[n // 2]}") for n in range(8)]
    when = dt.datetime(2024, 1, 2, tzinfo=dt.timezone.utc)
    last, before = states[7][1], [v for v, _ in states[:7]]
    assert not changes.is_volatile(last, before, when)
    assert decide(last, before, when) == Decision(REJECT, "volatile")
    assert not changes.is_churning(last, before[1:], when)  # the count's first change is out of sight: two in a row
    assert decide(last, before, when + dt.timedelta(days=30)).kind == NEW

    english = f"{WORDS}\n\nLive now: {{}} streams."
    other = "Nous collectons les données que vous nous donnez. " * 30 + "\n\nEn direct : {} flux."
    served = [state(n, (english if n % 2 else other).format(n)) for n in range(8)]
    assert not changes.is_churning(served[7][1], [v for v, _ in served[:7]], when)
