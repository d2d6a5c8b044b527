"""A colleague's review of folding (fifty-seventh session). Traps for the folding rule (`changes.folds`,
`record._fold`): histories of one policy page, captured every 12 hours
or every day, whose policy text holds a volatile block (a wait time, a live count, a rotating tip, a countdown, a
news ticker, a rating), and in which specific captures are real edits of the policy. Each real edit must be a
standing version from its first capture. Noise-only histories (every change a visit's value) come last.

Losses that remain are listed in LOST (strict xfail: each still loses its edit; eight lose it without folding too,
to `is_volatile` and `is_churning`, which refuse the second or third correction of the same words in a row).
"""
import random

import pytest

from archive import Capture, open_archive, record
from conftest import SECTIONS, URL, at, policy_html


def cap(when, body):
    return Capture(url=URL, fetched_at=when, status=200, body=body,
                   headers={"content-type": "text/html; charset=utf-8"})


def stamp(i, step):
    return at(0, i * step).strftime("%Y-%m-%dT%H:%M:%SZ")


def standing(db):
    return sorted(r[0] for r in db.execute("SELECT first_seen FROM versions WHERE superseded_at IS NULL"))


def run(tmp_path, page, n, step):
    db = open_archive(tmp_path / "a.db")
    for i in range(n):
        record(db, cap(at(0, i * step), page(i)))
    return db


def R(i, salt=0):
    """A visit's randomness: the same at every run."""
    return random.Random(i * 7919 + salt * 104729 + 13)


# --- volatile blocks -------------------------------------------------------------------------------------------
def wait(i):
    return f"Our privacy team currently answers requests in about {R(i).randrange(5, 90)} minutes."


def agents(i):
    return f"{R(i, 1).randrange(2, 40)} privacy agents are online now."


TIPS = ["Security tip: never share your password, not even with our staff.",
        "Security tip: check the sender of an e-mail before you click on a link in it.",
        "Security tip: turn on two-step verification in your account settings.",
        "Security tip: log out of shared computers when you are done.",
        "Security tip: we will never ask for your card number by phone."]


def tip(i):
    return TIPS[R(i, 2).randrange(len(TIPS))]


def countdown(i, step):
    left = 30 * 24 - i * step - 5
    return f"Our updated terms take effect in {left // 24} days and {left % 24} hours."


NEWS = ["The app now works offline.", "Maintenance on the 14th at night.", "Podcasts by RSS are back.",
        "New dark mode for the web player.", "Family plans now include six members.", "Lyrics for every song."]


def ticker(i):
    rng = R(i, 3)
    return "".join(f"<p>News: {n}</p>" for n in rng.sample(NEWS, rng.randrange(1, 4)))


def rating(i):
    rng = R(i, 4)
    return f"Our app is rated 4.{rng.randrange(1, 9)} out of 5 by {rng.randrange(12000, 13000):,} users."


RET = SECTIONS[4][1]
COOK = SECTIONS[5][1]
CONTACT = SECTIONS[6][1]
RIGHTS = SECTIONS[3][1]
USE = SECTIONS[1][1]
SHARE = SECTIONS[2][1]


def ret(period):
    return RET.replace("two years", period)


# --- real-edit histories ---------------------------------------------------------------------------------------
# each: (name, page(i), captures, hours between captures, indices of the captures that are real edits)
TRAPS = []


LOST = {  # each loses an edit at HEAD: folding's own (an edit in the very paragraph of a rotating tip, corrected the
    # next day), and the older rules' (a second or third correction of the same words refused as volatile)
    "processor_country_changed_twice_beside_tip": "folded", "edit_in_same_capture_as_tip_then_corrected_with_next_tip":
    "folded (and refused)", **dict.fromkeys((
        "days_after_the_wait_changed_twice", "list_item_added_next_to_rotating_partner",
        "table_with_live_row_retention_changed_twice", "hotline_hours_changed_twice_beside_wait",
        "answer_deadline_in_sentence_with_live_count", "address_in_wait_paragraph_corrected_next_day",
        "rollout_retention_changed_each_day", "rollout_12h_same_clause_three_texts"), "refused before folding"),
    "ticker_varying": "news lines that come and go in number",
    "rating_and_tip_own_pace": "two blocks at their own pace"}


def trap(n, step, edits):
    def add(f):
        marks = [pytest.mark.xfail(strict=True, reason=LOST[f.__name__])] if f.__name__ in LOST else []
        TRAPS.append(pytest.param(f, n, step, edits, id=f.__name__, marks=marks))
        return f
    return add


@trap(30, 12, [20, 22])
def retention_corrected_twice_in_two_days_12h(i):
    period = "two years" if i < 20 else "three years" if i < 22 else "five years"
    return policy_html({4: ret(period)}, extra=f"<p>{wait(i)}</p>")


@trap(30, 24, [16, 18])
def retention_number_30_60_90_daily(i):
    period = "30 days" if i < 16 else "60 days" if i < 18 else "90 days"
    return policy_html({4: ret(period)}, extra=f"<p>{wait(i)}</p>")


@trap(30, 24, [16, 17])
def retention_corrected_on_consecutive_days_beside_agents(i):
    period = "two years" if i < 16 else "one year" if i < 17 else "six months"
    return policy_html({4: ret(period)}, extra=f"<p>{agents(i)}</p><p>{wait(i)}</p>")


@trap(30, 24, [15, 16])
def typo_fixed_then_word_changed_next_day(i):
    word = "recieve" if i < 15 else "receive" if i < 16 else "obtain"
    return policy_html({3: RIGHTS.replace("receive", word)}, extra=f"<p>{wait(i)}</p>")


@trap(32, 12, [20, 22])
def sentence_corrected_twice_12h(i):
    s = "sell" if i < 20 else "sell or rent" if i < 22 else "sell, lend or trade"
    return policy_html({1: USE.replace("sell", s)}, extra=f"<p>{tip(i)}</p>")


@trap(30, 12, [20, 21])
def team_renamed_twice_in_the_wait_sentence(i):
    team = "privacy team" if i < 20 else "data protection team" if i < 21 else "DPO office"
    return policy_html({6: CONTACT + " " + wait(i).replace("privacy team", team)})


@trap(30, 12, [20, 21])
def days_after_the_wait_changed_twice(i):
    days = "" if i < 20 else ", Monday to Friday" if i < 21 else ", Monday to Saturday"
    return policy_html({6: CONTACT + " " + wait(i)[:-1] + days + "."})


@trap(36, 12, [20, 24, 26])
def section_added_removed_readded_beside_wait(i):
    added = "<h2>California residents</h2><p>Residents of California may ask what we collect and have it deleted.</p>"
    return policy_html(extra=(added if 20 <= i < 24 or i >= 26 else "") + f"<p>{wait(i)}</p>")


@trap(30, 12, [20, 21])
def list_item_added_next_to_rotating_partner(i):
    items = ["AWS (hosting, Ireland)", "Stripe (payments, US)", "Zendesk (support, US)"]
    if i >= 20:
        items.append("Twilio (text messages, US)" if i < 21 else "Twilio (text messages, Ireland)")
    partner = ["Acme Bank", "Globex", "Initech", "Umbrella"][R(i, 5).randrange(4)]
    return policy_html(extra="<h2>Processors</h2><ul>" + "".join(f"<li>{x}</li>" for x in items) +
                       f"</ul><p>Featured partner this week: {partner}.</p>")


@trap(30, 12, [20, 24])
def edit_with_value_change_then_reverted_after_two_days(i):
    period = "one year" if 20 <= i < 24 else "two years"
    return policy_html({4: ret(period)}, extra=f"<p>{wait(i)}</p>")


@trap(30, 24, [16, 18])
def table_with_live_row_retention_changed_twice(i):
    logs = "30 days" if i < 16 else "60 days" if i < 18 else "90 days"
    rows = [("Account data", "2 years after closing"), ("Server logs", logs), ("Support tickets", "1 year"),
            ("Open requests right now", str(R(i, 6).randrange(3, 80)))]
    table = "<table><tr><th>Data</th><th>Kept for</th></tr>" + \
        "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"
    return policy_html(extra="<h2>Retention periods</h2>" + table)


@trap(30, 24, [14, 16])
def hotline_hours_changed_twice_beside_wait(i):
    hours = "9:00 to 17:00" if i < 14 else "8:00 to 18:00" if i < 16 else "8:00 to 20:00"
    return policy_html({6: CONTACT + f" Our privacy hotline is open from {hours}. " + wait(i)})


@trap(30, 12, [20, 22])
def answer_deadline_in_sentence_with_live_count(i):
    days = "30" if i < 20 else "45" if i < 22 else "28"
    n = R(i, 7).randrange(1000, 1500)
    return policy_html({3: RIGHTS + f" We have answered {n:,} requests this year; we answer each within {days} days."})


@trap(30, 24, [16, 17])
def address_in_wait_paragraph_corrected_next_day(i):
    mail = "privacy@example.com" if i < 16 else "dpo@exmaple.com" if i < 17 else "dpo@example.com"
    return policy_html({6: f"Write to our data protection officer at {mail}. {wait(i)}"})


@trap(30, 12, [20, 21])
def address_in_wait_paragraph_corrected_12h(i):
    mail = "privacy@example.com" if i < 20 else "dpo@example.com" if i < 21 else "dpo@example.ie"
    return policy_html({6: f"Write to our data protection officer at {mail}. {wait(i)}"})


@trap(30, 24, [16, 17])
def contact_corrected_twice_page_with_agents(i):
    mail = "privacy@example.com" if i < 16 else "dpo@example.com" if i < 17 else "dpo@example.org"
    return policy_html({6: CONTACT.replace("privacy@example.com", mail)}, extra=f"<p>{agents(i)}</p>")


@trap(30, 12, [18, 20])
def ticker_of_varying_length_and_cookie_edit_twice(i):
    c = COOK if i < 18 else COOK.replace("measure", "analyse") if i < 20 else COOK.replace("measure", "count")
    return policy_html({5: c}, extra=ticker(i))


@trap(30, 24, [16, 17])
def rating_and_cookie_sentence_corrected_next_day(i):
    c = COOK if i < 16 else COOK.replace("browser settings", "cookie banner") if i < 17 else \
        COOK.replace("browser settings", "privacy centre")
    return policy_html({5: c}, extra=f"<p>{rating(i)}</p>")


@trap(30, 24, [10, 11, 12, 13, 14, 15, 16])
def rollout_a_week_each_day_another_section(i):
    edits = {}
    for k in range(7):
        if i >= 10 + k:
            edits[k] = SECTIONS[k][1] + f" (Revised clause {k + 1}.)"
    return policy_html(edits, extra=f"<p>{wait(i)}</p>")


@trap(30, 24, [10, 11, 12, 13, 14])
def rollout_retention_changed_each_day(i):
    periods = ["two years", "one year", "18 months", "12 months", "9 months", "6 months"]
    return policy_html({4: ret(periods[max(0, min(5, i - 9))])}, extra=f"<p>{wait(i)}</p>")


@trap(30, 24, [10, 11, 12, 13])
def rollout_two_sentences_alternating(i):
    a = ["two years", "one year", "six months"][sum(i >= d for d in (10, 12))]
    b = ["browser settings", "cookie banner", "privacy centre"][sum(i >= d for d in (11, 13))]
    return policy_html({4: ret(a), 5: COOK.replace("browser settings", b)}, extra=f"<p>{wait(i)}</p>")


@trap(30, 12, [20, 21, 22])
def rollout_12h_same_clause_three_texts(i):
    s = ["sell", "sell or rent", "sell, lend or trade", "sell, rent, lend or trade"][sum(i >= d for d in (20, 21, 22))]
    return policy_html({1: USE.replace("sell", s)}, extra=f"<p>{wait(i)}</p>")


@trap(30, 12, [20, 21])
def countdown_and_sentence_after_it_corrected(i):
    after = "" if i < 20 else " Until then the current terms apply." if i < 21 else " Until then the old terms apply."
    return policy_html(extra=f"<p>{countdown(i, 12)}{after}</p>")


@trap(30, 24, [14, 15, 16])
def dated_edit_then_two_undated_corrections(i):
    updated = "March 1, 2024" if i < 14 else "January 15, 2024"
    period = "two years" if i < 14 else "one year" if i < 15 else "one yaer" if i < 16 else "12 months"
    return policy_html({4: ret(period)}, extra=f"<p>{wait(i)}</p>", updated=updated)


@trap(30, 24, [16, 17])
def heading_renamed_twice(i):
    h = "Cookies" if i < 16 else "Cookies and tracking" if i < 17 else "Cookies and similar technologies"
    return policy_html(extra=f"<p>{wait(i)}</p>").replace(b"<h2>Cookies</h2>", f"<h2>{h}</h2>".encode())


@trap(30, 24, [16, 18])
def children_age_13_16_18(i):
    age = "13" if i < 16 else "16" if i < 18 else "18"
    return policy_html(extra=f"<h2>Children</h2><p>Our service is not meant for children under {age}.</p>"
                             f"<p>{wait(i)}</p>")


@trap(30, 12, [20, 22])
def processor_country_changed_twice_beside_tip(i):
    c = "US" if i < 20 else "Germany" if i < 22 else "Ireland"
    return policy_html({2: SHARE + f" Our support provider Zendesk processes tickets in the {c}. {tip(i)}"})


@trap(30, 12, [20, 21])
def edit_in_same_capture_as_tip_then_corrected_with_next_tip(i):
    word = "processor" if i < 20 else "subprocessor" if i < 21 else "sub-processor"
    return policy_html({2: SHARE.replace("processor", word) + " " + tip(i)})


# --- other languages ------------------------------------------------------------------------------------------
def page(lang, title, updated, sections, extra=""):
    body = "".join(f"<h2>{h}</h2><p>{t}</p>" for h, t in sections)
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<header><nav><a href='/'>Home</a></nav></header><main><article><h1>{title}</h1><p>{updated}</p>"
            f"{body}{extra}</article></main><footer><a href='/impressum'>Impressum</a></footer></body></html>"
            ).encode("utf-8")


DE = [("Welche Daten wir erheben", "Wir erheben die personenbezogenen Daten, die Sie uns bei der Registrierung "
       "angeben, etwa Ihren Namen, Ihre E-Mail-Adresse und Ihr Geburtsdatum, sowie die Daten, die Ihr Gerät bei "
       "der Nutzung des Dienstes übermittelt, etwa Ihre IP-Adresse und Gerätekennungen."),
      ("Wie wir Ihre Daten nutzen", "Wir nutzen Ihre Daten, um den Dienst bereitzustellen und zu verbessern, Ihr "
       "Konto zu schützen und Ihre Anfragen zu beantworten. Wir verkaufen Ihre Daten nicht an Dritte."),
      ("Speicherdauer", "Wir speichern Ihre Daten, solange Ihr Konto besteht, und löschen sie {p} nach der "
       "Kündigung, sofern keine gesetzlichen Aufbewahrungspflichten bestehen."),
      ("Ihre Rechte", "Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung "
       "sowie das Recht auf Datenübertragbarkeit. Sie können sich bei einer Aufsichtsbehörde beschweren."),
      ("Kontakt", "Bei Fragen zum Datenschutz schreiben Sie an datenschutz@beispiel.de. {w}")]


def de(p, w):
    return page("de", "Datenschutzerklärung", "Stand: 1. März 2024",
                [(h, t.format(p=p, w=w)) for h, t in DE])


def de_wait(i):
    return f"Unser Datenschutzteam antwortet derzeit in etwa {R(i).randrange(5, 90)} Minuten."


@trap(30, 24, [14, 15])
def german_retention_30_60_90_tage(i):
    p = "30 Tage" if i < 14 else "60 Tage" if i < 15 else "90 Tage"
    return de(p, de_wait(i))


@trap(30, 12, [20, 22])
def german_retention_words_corrected_12h(i):
    p = "drei Monate" if i < 20 else "sechs Monate" if i < 22 else "zwölf Monate"
    return de(p, de_wait(i))


JA = [("収集する情報", "当社は、アカウント作成時にお客様が提供する氏名、メールアドレス、生年月日などの個人情報と、"
       "サービス利用時にお客様の端末から送信されるIPアドレスや端末識別子などの情報を収集します。"),
      ("情報の利用目的", "当社は、サービスの提供と改善、アカウントの保護、お問い合わせへの回答のために個人情報を利用します。"
       "当社はお客様の個人情報を第三者に販売しません。"),
      ("保存期間", "当社は、アカウントが有効な間およびアカウント解約後{p}間、お客様の個人情報を保存します。"),
      ("お客様の権利", "お客様は、個人情報の開示、訂正、削除、利用停止を請求する権利を有します。"),
      ("お問い合わせ", "個人情報の取扱いに関するお問い合わせは privacy@example.jp までご連絡ください。{w}")]


def ja_wait(i):
    return f"現在の回答までの待ち時間は約{R(i).randrange(5, 90)}分です。"


@trap(30, 24, [14, 15])
def japanese_retention_30_60_90(i):
    p = "30日" if i < 14 else "60日" if i < 15 else "90日"
    return page("ja", "プライバシーポリシー", "最終更新日：2024年3月1日",
                [(h, t.format(p=p, w=ja_wait(i))) for h, t in JA])


AR = [("المعلومات التي نجمعها", "نجمع البيانات الشخصية التي تقدمها لنا عند إنشاء حساب، مثل اسمك وعنوان بريدك "
       "الإلكتروني وتاريخ ميلادك، والمعلومات التي يرسلها جهازك عند استخدام الخدمة مثل عنوان IP ومعرفات الجهاز."),
      ("كيف نستخدم معلوماتك", "نستخدم بياناتك الشخصية لتقديم الخدمة وتحسينها وحماية حسابك والرد على طلباتك. "
       "لا نبيع بياناتك الشخصية لأطراف ثالثة."),
      ("مدة الاحتفاظ", "نحتفظ ببياناتك الشخصية طالما كان حسابك مفتوحًا ولمدة {p} بعد إغلاقه."),
      ("حقوقك", "يحق لك الوصول إلى بياناتك الشخصية وتصحيحها وحذفها والاعتراض على معالجتها."),
      ("اتصل بنا", "إذا كانت لديك أسئلة حول سياسة الخصوصية، راسلنا على privacy@example.com. {w}")]


def ar_count(i):
    return f"يوجد حاليًا {R(i, 1).randrange(2, 40)} موظفًا متاحًا للرد على استفساراتك."


@trap(30, 12, [20, 21])
def arabic_retention_changed_twice_with_live_count(i):
    p = "سنتين" if i < 20 else "سنة واحدة" if i < 21 else "ستة أشهر"
    return page("ar", "سياسة الخصوصية", "آخر تحديث: 1 مارس 2024",
                [(h, t.format(p=p, w=ar_count(i))) for h, t in AR])


FR = [("Données collectées", "Nous collectons les données personnelles que vous nous fournissez lors de la création "
       "de votre compte, comme votre nom, votre adresse e-mail et votre date de naissance, ainsi que les données que "
       "votre appareil nous envoie, comme votre adresse IP."),
      ("Utilisation", "Nous utilisons vos données pour fournir et améliorer le service, protéger votre compte et "
       "répondre à vos demandes. Nous ne vendons pas vos données à des tiers."),
      ("Conservation", "Nous conservons vos données tant que votre compte est ouvert et pendant {p} après sa "
       "clôture."),
      ("Vos droits", "Vous disposez d'un droit d'accès, de rectification, d'effacement et d'opposition."),
      ("Contact", "Pour toute question, écrivez à notre délégué à la protection des données : dpo@exemple.fr. {w}")]


@trap(30, 24, [14, 15])
def french_conservation_changed_twice_with_tip(i):
    p = "deux ans" if i < 14 else "un an" if i < 15 else "six mois"
    tips = ["Astuce : ne partagez jamais votre mot de passe.", "Astuce : activez la double authentification.",
            "Astuce : déconnectez-vous des ordinateurs partagés.", "Astuce : vérifiez l'expéditeur des e-mails."]
    return page("fr", "Politique de confidentialité", "Dernière mise à jour : 1 mars 2024",
                [(h, t.format(p=p, w=tips[R(i, 2).randrange(4)])) for h, t in FR])


# --- the same corrections on pages whose rotating tip has made (and had folded) versions in the last week --------
@trap(32, 12, [20, 22])
def retention_corrected_twice_beside_rotating_tip_12h(i):
    period = "two years" if i < 20 else "one year" if i < 22 else "18 months"
    return policy_html({4: ret(period)}, extra=f"<p>{tip(i)}</p>")


@trap(32, 12, [16, 17, 18])
def dated_edit_then_two_undated_corrections_beside_tip(i):
    updated = "March 1, 2024" if i < 16 else "January 9, 2024"
    period = "two years" if i < 16 else "one year" if i < 17 else "18 months" if i < 18 else "12 months"
    return policy_html({4: ret(period)}, extra=f"<p>{tip(i)}</p>", updated=updated)


@trap(32, 12, [20, 24])
def edit_reverted_after_two_days_beside_tip(i):
    period = "one year" if 20 <= i < 24 else "two years"
    return policy_html({4: ret(period)}, extra=f"<p>{tip(i)}</p>")


@trap(32, 12, [20, 22])
def answer_deadline_reworded_twice_beside_tip(i):
    d = "" if i < 20 else " We answer within one month." if i < 22 else " We answer within 30 days."
    return policy_html({3: RIGHTS + d}, extra=f"<p>{tip(i)}</p>")


@trap(32, 24, [16, 17])
def german_retention_corrected_with_rotating_hint(i):
    p = "30 Tage" if i < 16 else "60 Tage" if i < 17 else "90 Tage"
    hints = ["Tipp: Geben Sie Ihr Passwort niemals weiter.", "Tipp: Aktivieren Sie die Zwei-Faktor-Anmeldung.",
             "Tipp: Melden Sie sich an fremden Rechnern ab.", "Tipp: Prüfen Sie den Absender jeder E-Mail.",
             "Tipp: Wir fragen nie telefonisch nach Ihrer Kartennummer."]
    return de(p, hints[R(i, 2).randrange(len(hints))])


@trap(32, 12, [20, 22])
def japanese_retention_corrected_with_rotating_tip(i):
    p = "1年" if i < 20 else "2年" if i < 22 else "3年"
    tips = ["ヒント：パスワードは誰にも教えないでください。", "ヒント：二段階認証を有効にしてください。",
            "ヒント：共有パソコンではログアウトしてください。", "ヒント：送信元を確認してからリンクを開いてください。",
            "ヒント：当社が電話でカード番号を尋ねることはありません。"]
    return page("ja", "プライバシーポリシー", "最終更新日：2024年3月1日",
                [(h, t.format(p=p, w=tips[R(i, 2).randrange(len(tips))])) for h, t in JA])


@trap(32, 12, [20, 22])
def cookie_banner_wording_twice_beside_agents_and_wait(i):
    c = COOK if i < 20 else COOK.replace("browser settings", "cookie banner") if i < 22 else \
        COOK.replace("browser settings", "privacy centre")
    return policy_html({5: c}, extra=f"<p>{agents(i)}</p><p>{wait(i)}</p>")


@pytest.mark.parametrize("page_fn, n, step, edits", TRAPS)
def test_real_edit_stays_a_version(tmp_path, page_fn, n, step, edits):
    db = run(tmp_path, page_fn, n, step)
    kept = set(standing(db))
    lost = [i for i in edits if stamp(i, step) not in kept]
    assert not lost, f"real edits at captures {lost} not standing; standing: {sorted(kept)}"


# --- noise only ------------------------------------------------------------------------------------------------
# every change is a visit's value: (name, page(i), captures, hours, at most this many standing versions).
# Expected: the first version plus a few versions of the block's first changes, which cannot be told from edits
# when they come (the docs: `is_volatile` needs two changes of the block first); at most 4 over 30-40 captures.
NOISE = [
    ("wait_12h", lambda i: policy_html(extra=f"<p>{wait(i)}</p>"), 40, 12, 4),
    ("wait_daily_in_contact", lambda i: policy_html({6: CONTACT + " " + wait(i)}), 30, 24, 4),
    ("agents_and_wait", lambda i: policy_html(extra=f"<p>{agents(i)}</p><p>{wait(i)}</p>"), 40, 12, 4),
    ("rotating_tip", lambda i: policy_html(extra=f"<p>{tip(i)}</p>"), 40, 12, 4),
    ("countdown", lambda i: policy_html(extra=f"<p>{countdown(i, 12)}</p>"), 40, 12, 4),
    ("ticker_varying", lambda i: policy_html(extra=ticker(i)), 40, 12, 4),
    ("rating_and_tip_own_pace", lambda i: policy_html(extra=f"<p>{rating(i - i % 3)}</p><p>{tip(i)}</p>"), 40, 12, 4),
    ("german_wait", lambda i: de("30 Tage", de_wait(i)), 30, 24, 4),
]


@pytest.mark.parametrize("page_fn, n, step, most", [pytest.param(
    *x[1:], id=x[0], marks=[pytest.mark.xfail(strict=True, reason=LOST[x[0]])] if x[0] in LOST else []) for x in NOISE])
def test_noise_only_few_versions(tmp_path, page_fn, n, step, most):
    db = run(tmp_path, page_fn, n, step)
    got = standing(db)
    assert len(got) <= most, f"{len(got)} standing versions: {got}"
