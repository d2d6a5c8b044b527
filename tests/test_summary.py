"""Section-aware change summaries (archive/summary.py) on hand-made cases, and as stored by the archive."""
from archive.summary import (DATE_ONLY, EDIT, FIRST, FORMATTING, REPLACED, TECHNICAL_UPGRADE, heading_key,
                             sections, summarise)

BASE = """Intro paragraph about this policy and who we are as a company in plain words.

## 1. Who we are

We are Example Ltd, a company registered in England. We run the example service for our users.

## 2. What we collect

We collect your name, e-mail address and the pages you visit on our [site](https://example.com/).

## 3. Data retention

We keep your data for as long as your account is open and for two years after that, then delete it.

## 4. Your rights

You may ask for a copy of your data, correct it or have it deleted by writing to us at any time.
"""


def _parts(text):
    return text.split("\n## ")


def test_first_version():
    s = summarise(None, BASE)
    assert s.kind == FIRST and s.sections == 5 and s.words_added > 60
    assert "First archived version" in s.describe()
    assert s.short().endswith(", 5 sections")
    one = summarise(None, "# Privacy\n\nWe keep your data safe and never sell it to anyone at all.")
    assert one.short().endswith(", 1 section") and "in 1 section." in one.describe()


def test_section_added():
    new = BASE + "\n## 5. Cookies\n\nWe use cookies to keep you signed in and to count visits to pages.\n"
    s = summarise(BASE, new)
    assert s.kind == EDIT
    assert s.sections_added == ["5. Cookies"]
    assert not (s.sections_removed or s.sections_modified or s.sections_moved or s.sections_renamed)
    assert s.words_added == 15 and s.words_removed == 0
    assert "1 section added: '5. Cookies'; +15 / −0 words" in s.describe()


def test_section_removed():
    parts = _parts(BASE)
    new = "\n## ".join(p for p in parts if not p.startswith("3. Data retention"))
    s = summarise(BASE, new)
    assert s.sections_removed == ["3. Data retention"]
    assert not (s.sections_added or s.sections_modified or s.sections_moved)
    assert s.words_added == 0 and s.words_removed == 23


def test_section_moved_is_a_move_not_delete_and_add():
    p = _parts(BASE)
    new = "\n## ".join([p[0], p[1], p[4].rstrip("\n") + "\n", p[2], p[3].rstrip("\n") + "\n"])
    s = summarise(BASE, new)
    assert s.sections_moved == ["4. Your rights"]
    assert not (s.sections_added or s.sections_removed or s.sections_modified)
    assert s.words_added == 0 and s.words_removed == 0


def test_renumbered_headings_are_the_same_sections():
    new = BASE.replace("## 3. Data retention", "## 4. Data retention").replace("## 4. Your rights", "## 5. Your rights")
    assert heading_key("**3.** **Data retention**") == "data retention"
    s = summarise(BASE, new)
    assert s.kind == FORMATTING and s.sections_modified == [] and s.words_added == s.words_removed == 0


def test_section_renamed():
    new = BASE.replace("## 3. Data retention", "## 3. How long we keep your data")
    s = summarise(BASE, new)
    assert s.sections_renamed == [["3. Data retention", "3. How long we keep your data"]]
    assert not (s.sections_added or s.sections_removed or s.sections_modified)
    assert "renamed: '3. Data retention' → '3. How long we keep your data'" in s.describe()


def test_word_edit():
    new = BASE.replace("for two years after that", "for three years after that")
    s = summarise(BASE, new)
    assert s.kind == EDIT
    assert s.sections_modified == ["3. Data retention"]
    assert (s.words_added, s.words_removed) == (1, 1)
    assert s.describe() == "1 section changed: '3. Data retention'; +1 / −1 words."


def test_a_word_removed_counts_one_word_where_a_greedy_match_counted_three():
    # difflib takes the longest common run first, the old line's first "share data" for the new one's last,
    # leaving "share" added before it and "share data" removed after (+1 / -2); the lines' common first and last
    # words set aside first, the one edit is -1 (genai's two long rewrites each counted 2-3 words more a side so)
    old = "# Policy\n\nshare data share data\n"
    s = summarise(old, old.replace("share data share data", "share share data"))
    assert (s.words_added, s.words_removed) == (0, 1)


def test_link_change():
    new = BASE.replace("(https://example.com/)", "(https://example.com/privacy)")
    s = summarise(BASE, new)
    assert s.links_added == ["https://example.com/privacy"] and s.links_removed == ["https://example.com/"]
    # no word changed, but the section whose link now leads elsewhere is named (trial 13: LoveScout24's and
    # Tinder's link-only edits named no section)
    assert s.words_added == 0 and s.sections_modified == ["2. What we collect"]
    assert s.kind == EDIT and "links +1 / −1" in s.describe() and "1 section changed: '2. What we collect'" in s.describe()


def test_a_link_still_there_is_not_named_removed_when_another_spelling_of_its_target_goes():
    """A fresh user's trial (Anthropic): the policy linked its usage policy as `https://anthropic.com/legal/aup`
    three times and once with `www.`; the `www.` link went, and both spellings were listed as removed (links
    +2 / −3), though the plain one was still there three times. Targets are counted as one whatever their
    spelling; a spelling is named only where its own count moved."""
    aup = "See our [usage policy](https://anthropic.com/legal/aup)."
    old = BASE + "\n" + aup * 3 + " Also [here](https://www.anthropic.com/legal/aup).\n"
    new = BASE + "\n" + aup * 3 + "\n"
    s = summarise(old, new)
    assert s.links_removed == ["https://www.anthropic.com/legal/aup"] and s.links_added == []


def test_a_heading_inserted_among_paragraphs_adds_its_own_words_only():
    """Trial 10 (Bumble): a new section set between a section's paragraphs was counted per section, so the
    paragraphs it now heads were 'removed' from one section and 'added' to the other (+334 / −159 for an
    addition of about 180 words). Words are a diff of the two texts; a moved section still counts none."""
    tail = "Every person deserves a meaningful connection, and we build for that."
    old = BASE + "\n" + tail + "\n"
    new = BASE + "\n## 5. Sharing with partners\n\nWe share nothing with partners.\n\n" + tail + "\n"
    s = summarise(old, new)
    assert s.sections_added == ["5. Sharing with partners"]
    assert (s.words_added, s.words_removed) == (len("Sharing with partners We share nothing with partners".split()), 0)
    parts = _parts(BASE)  # a section moved and one of its words changed: only that word counts
    moved = "\n## ".join([parts[0], parts[2], parts[1].replace("England", "Wales"), parts[3], parts[4]])
    m = summarise(BASE, moved)
    assert m.sections_moved and (m.words_added, m.words_removed) == (1, 1)


def test_a_link_sent_elsewhere_is_an_edit_though_its_target_is_linked_elsewhere_too():
    """Trial 10: the link to exercise one's rights moved from the policy's own section ("#rights") to an FAQ the
    policy already linked: no new target appeared, so it was called formatting. Links count per target; a link
    to a place on the page leads nowhere new; an address unlinked is a link removed."""
    old = BASE.replace("by writing to us at any time.", "by writing to us [here](#rights) at any time.")
    new = old.replace("(#rights)", "(https://example.com/)")
    s = summarise(old, new)
    assert s.kind == EDIT and s.links_added == ["https://example.com/"] and s.links_removed == []
    renamed = summarise(old, old.replace("(#rights)", "(#your-rights)"))  # an anchor renamed: no link changed
    assert renamed.links_added == renamed.links_removed == []
    mail = "Write to [dpo@example.com](mailto:dpo@example.com) or to dpo@example.com for anything else."
    unlinked = summarise(BASE + "\n" + mail, BASE + "\n" + mail.replace("[dpo@example.com](mailto:dpo@example.com)",
                                                                       "dpo@example.com"))
    assert unlinked.kind == EDIT and unlinked.links_removed == ["mailto:dpo@example.com"]


def test_formatting_only():
    new = (BASE.replace("We collect your name", "We collect **your name**")
           .replace("You may ask", "- You may ask").replace("## 4. Your rights", "### 4. Your rights"))
    s = summarise(BASE, new)
    assert s.kind == FORMATTING and s.formatting_only
    assert s.words_added == s.words_removed == 0 and not s.sections_modified
    assert s.describe().startswith("Formatting only")


def test_table_pipes_are_not_words():
    old = "## Recipients\n\n| Who | Why |\n|---|---|\n| Stripe | payments |\n"
    new = "## Recipients\n\n| Who | Why |\n| --- | --- |\n| Stripe | payments |\n"
    assert summarise(old, new).kind == FORMATTING
    assert sections(old)[0].words == ["Who", "Why", "Stripe", "payments"]


def test_declared_date_change_alone():
    old = BASE.replace("Intro paragraph", "Last updated 1 May 2023. Intro paragraph")
    new = BASE.replace("Intro paragraph", "Last updated 2 June 2024. Intro paragraph")
    s = summarise(old, new, old_date="2023-05-01", new_date="2024-06-02")
    assert s.kind == DATE_ONLY
    assert "declared date 2023-05-01 → 2024-06-02" in s.describe()
    # said first, as when another date moved (a fresh user's trial read Tinder's "1 section changed: 'Privacy
    # Policy'; +2 / −2 words; declared date …" as an edit beside Jasper's "Dates only: …")
    assert s.describe().startswith("Dates only: the declared date moved, no other word changed (in '(opening text)'; ")
    # where, and the date's own words, inside it, not "no other word changed; 1 section changed; +1 / −1 words"
    assert "section changed" not in s.describe() and "words of dates)" in s.describe(), s.describe()
    # a date that moved while the declared one stayed (an effective date put off a week: trial 10, Doubao) is
    # named a date, not a bare "1 section changed"
    eff = summarise(old + "\nThis policy takes effect on 3 April 2025.\n", old + "\nThis policy takes effect on "
                    "10 April 2025.\n", old_date="2023-05-01", new_date="2023-05-01")
    assert eff.kind == DATE_ONLY and eff.describe().startswith("Dates only: a date in the text moved")


def test_two_sections_changed_sentence():
    new = (BASE.replace("for two years", "for five years").replace("by writing to us at any time",
                                                                      "by writing to privacy@example.com"))
    s = summarise(BASE, new)
    assert s.describe().startswith("2 sections changed: '3. Data retention', '4. Your rights'; +")


def test_moved_parent_carries_its_children():
    old = "## A\n\naaa aaa\n\n### A1\n\none\n\n## B\n\nbbb bbb\n\n## C\n\nccc\n"
    new = "## B\n\nbbb bbb\n\n## C\n\nccc\n\n## A\n\naaa aaa\n\n### A1\n\none\n"
    s = summarise(old, new)
    assert s.sections_moved == ["A"]


def test_technical_upgrade_is_the_callers_word():
    s = summarise(BASE, BASE.replace("## 1. Who we are", "## Who we are"), technical_upgrade=True)
    assert s.kind == TECHNICAL_UPGRADE and s.describe().startswith("Technical upgrade")


def test_a_short_other_page_in_the_policys_place_is_replaced_not_an_edit():
    """A privacy portal served at the policy's address for months (a real one: 471 words in place of 11,445) was an
    "edit" of the policy removing 11,309 words (a fresh user's trial: the report's chart showed a 96 % cut). Under a
    tenth of the old text, sharing under half of its wording, it is `replaced`; a policy cut to a tenth in its own
    words is an edit."""
    policy = BASE + "".join(f"\n## Annex {i}\n\nProcessing activity {i}: we keep records of the personal data used "
                            f"for purpose {i}, its legal basis, the recipients and its retention period.\n"
                            for i in range(40))
    portal = ("# Privacy centre\n\nChoose what our products may use: open the privacy settings of Maps, Drive or Mail "
              "to download a copy of your data or delete your account.\n")
    s = summarise(policy, portal)
    assert s.kind == REPLACED and s.describe().startswith("Replaced: a much shorter text sharing little")
    assert s.short().startswith("replaced: ") and s.words_removed > 10 * s.words_added
    assert summarise(policy, BASE).kind == EDIT  # the annexes removed: the rest is the policy's own wording
    assert summarise(portal, policy).kind == EDIT  # and the policy back in the portal's place


# Stored by the archive -------------------------------------------------------------------------------

import json  # noqa: E402

from archive import Capture, open_archive, record  # noqa: E402
from conftest import SECTIONS, URL, at, policy_html  # noqa: E402


def _cap(when, body):
    return Capture(url=URL, fetched_at=when, status=200, body=body, headers={"content-type": "text/html"})


def _changes(db):
    return [dict(r) for r in db.query("SELECT c.*, v.number FROM changes c JOIN versions v ON v.id = c.version_id "
                                      "ORDER BY v.first_seen, v.first_capture_id")]  # time order: numbers need not be


def test_recorded_versions_get_a_stored_summary_and_reprocess_rebuilds_it(db_path, history_records, run):
    db = open_archive(db_path)
    for _, t, status, body in history_records:
        record(db, Capture(url=URL, fetched_at=t, status=status, body=body, headers={"content-type": "text/html"}))
    rows = _changes(db)
    assert [r["kind"] for r in rows] == ["first", "edit", "edit"]
    assert json.loads(rows[1]["sections_modified"]) == ["Your rights"]
    assert json.loads(rows[2]["sections_modified"]) == ["Data retention"]
    assert rows[1]["words_added"] == 8 and rows[1]["words_removed"] == 0
    assert rows[2]["description"].startswith("1 section changed: 'Data retention'; +")
    db.execute("UPDATE changes SET description = 'stale', summary_version = '0'")
    assert run("reprocess").exit_code == 0
    db = open_archive(db_path)
    assert [r["description"] for r in _changes(db)] == [r["description"] for r in rows]
    # rows of older rules (an upgrade of policy-archive) are recomputed when the archive is next opened to write
    db.execute("UPDATE changes SET description = 'stale', summary_version = '0'")
    db.conn.commit()
    db.close()
    assert [r["description"] for r in _changes(open_archive(db_path, readonly=True))] == ["stale"] * 3
    assert [r["description"] for r in _changes(open_archive(db_path))] == [r["description"] for r in rows]


def test_out_of_order_capture_recomputes_the_summaries(db_path):
    db = open_archive(db_path)
    moved = policy_html()
    moved_sections = [SECTIONS[i] for i in (0, 1, 2, 4, 3, 5, 6)]  # "Your rights" after "Data retention"
    moved = moved.replace(b"".join(f"<h2>{h}</h2><p>{t}</p>".encode() for h, t in SECTIONS),
                          b"".join(f"<h2>{h}</h2><p>{t}</p>".encode() for h, t in moved_sections))
    record(db, _cap(at(0), policy_html()))
    record(db, _cap(at(20), moved))
    assert [r["kind"] for r in _changes(db)] == ["first", "edit"]
    assert json.loads(_changes(db)[1]["sections_moved"]) in (["Your rights"], ["Data retention"])
    edited = policy_html({6: SECTIONS[6][1] + " We answer within a week."})
    record(db, _cap(at(10), edited))  # arrives late: history replayed, summaries follow
    rows = _changes(db)
    assert len(rows) == 3 and rows[1]["description"] == "1 section changed: 'Contact us'; +5 / −0 words."
    assert json.loads(rows[2]["sections_modified"]) == ["Contact us"]
    assert rows[2]["words_removed"] == 5


def test_history_and_diff_summary_commands(db_path, history_records, run):
    db = open_archive(db_path)
    for _, t, status, body in history_records:
        record(db, Capture(url=URL, fetched_at=t, status=status, body=body, headers={"content-type": "text/html"}))
    out = run("history", "example.com").output
    assert "~1" in out and "+8/−0 w" in out
    r = run("diff", "example.com", "1", "3", "--summary")
    assert r.exit_code == 0
    assert "2 sections changed: 'Your rights', 'Data retention'" in r.output
    r = run("diff", "example.com", "--summary")
    assert r.output.splitlines()[1].startswith("1 section changed: 'Data retention'; +")
    assert r.output.splitlines()[2].split() == ["changed", "Data", "retention"]


def test_chinese_counts_characters_as_words():
    s = summarise("## 概述\n\n我们收集您的信息。\n", "## 概述\n\n我们收集并保存您的信息。\n")
    assert s.sections_modified == ["概述"] and (s.words_added, s.words_removed) == (3, 0)


def test_bold_lines_are_the_section_titles_of_pages_without_headings():
    """Editors that set section titles in bold ("**1.2 智能对话**", "**Your rights:**") still have sections;
    a bold sentence or a bold date line is no title."""
    old = ("# Privacy Policy\n\n**Last updated: May 1, 2024**\n\nWe explain what we do.\n\n**1. Data we collect**\n\n"
           "Your name and e-mail address.\n\n**We never sell your data.**\n\nNot to anyone.\n\n**2. Your rights:**\n\n"
           "You may ask for a copy.\n\n**1.2 智能对话**\n\n我们收集你的对话内容。")
    assert [(s.heading, s.level) for s in sections(old)] == [
        ("Privacy Policy", 1), ("1. Data we collect", 7), ("2. Your rights:", 7), ("1.2 智能对话", 7)]
    new = old.replace("You may ask for a copy.", "You may ask for a copy or its deletion.").replace(
        "May 1, 2024", "June 3, 2024")
    change = summarise(old, new)
    assert change.sections_modified == ["Privacy Policy", "2. Your rights:"]  # the date line is text of the first
    assert change.sections_renamed == [] and change.sections_added == []


def test_a_bold_label_with_its_stop_after_the_bold_is_a_title():
    """Parship's rights labels, "**Droit de rectification (art. 16 du RGPD)**.", and Hily's "**3.3. Data
    Controller**:" put the label's stop or colon after the bold: an edit of the label is a rename of its
    section, not an edit of the section before it."""
    old = ("# Vos droits\n\nVous avez des droits.\n\n**Droit d’accès (art. 15 du RGPD)**.\n\nVous pouvez demander une "
           "copie.\n\n**Droit à l’effacement (article 17 du RGPD)**.\n\nVous pouvez demander l’effacement.\n\n"
           "**3.3. Data Controller**:\n\nExample SAS.")
    assert [s.heading for s in sections(old)] == ["Vos droits", "Droit d’accès (art. 15 du RGPD)",
                                                  "Droit à l’effacement (article 17 du RGPD)", "3.3. Data Controller"]
    change = summarise(old, old.replace("(article 17 du RGPD)", "(art. 17 du RGPD)"))
    assert change.sections_renamed == [["Droit à l’effacement (article 17 du RGPD)",
                                        "Droit à l’effacement (art. 17 du RGPD)"]]
    assert change.sections_modified == []
    statement = "# Policy\n\nWe explain.\n\n**We never sell your data.**\n\nNot to anyone."
    assert [s.heading for s in sections(statement)] == ["Policy"]  # a stop inside the bold: a statement


def test_a_numbered_bold_line_among_a_paragraph_s_lines_is_a_title():
    """Doubao sets "**1.3 用户反馈与服务**" between lines of text with no blank line: its 53 numbered titles were
    one section, and a version that put blank lines around them "added" sections that had been renumbered."""
    old = ("# 隐私政策\n\n我们收集信息。\n**1.2 智能对话**\n我们收集你的对话内容。\n**1.3 用户反馈与服务**\n"
           "我们保存通信记录。\n**第三条 信息共享**\n我们不出售信息。")
    assert [s.heading for s in sections(old)] == ["隐私政策", "1.2 智能对话", "1.3 用户反馈与服务", "第三条 信息共享"]
    new = old.replace("**1.3 用户反馈与服务**\n", "\n**1.4 用户反馈与服务**\n\n").replace(
        "**1.2 智能对话**\n", "**1.2 智能对话**\n我们收集语音。\n**1.3 语音**\n")
    change = summarise(old, new)
    assert change.sections_added == ["1.3 语音"] and change.sections_removed == []
    # an address block's bold line, with no number, is still no title
    assert [s.heading for s in sections("# Contact\n\nExample Ltd\n**privacy@example.com**\n1 Road")] == ["Contact"]


def test_chinese_titles_a_table_of_contents_and_numbers_without_a_space():
    """Trial 13 on Doubao: a 16-character Chinese title is no longer "too long" (two characters count as one
    word); the bold table of contents before the sections is no section (its stale entry "6.管理…" made a
    section "move" to the top); "7.未成年人条款" and "7. 未成年人条款" are one title, not a rename."""
    toc = "**1.我们如何收集和使用个人信息**\n\n**2.我们如何保护个人信息的安全**\n\n**3.管理你的个人信息**\n\n"
    body = ("# 隐私政策\n\n欢迎使用。\n\n" + toc + "**1. 我们如何收集和使用个人信息**\n\n我们收集信息。\n\n"
            "**2. 我们如何保护个人信息的安全**\n\n我们加密存储。\n\n**3. 管理你的个人信息**\n\n你可以删除。\n\n"
            "**3.1 数据使用过程中涉及的合作方以及转移个人信息**\n\n我们不出售。")
    assert [s.heading for s in sections(body)] == [
        "隐私政策", "1. 我们如何收集和使用个人信息", "2. 我们如何保护个人信息的安全", "3. 管理你的个人信息",
        "3.1 数据使用过程中涉及的合作方以及转移个人信息"]
    renamed = body.replace("**3. 管理你的个人信息**\n\n你", "**3. 行使你的个人信息权利**\n\n你")  # the TOC stays stale
    change = summarise(body, renamed)
    assert change.sections_renamed == [["3. 管理你的个人信息", "3. 行使你的个人信息权利"]]
    assert change.sections_moved == [] and change.sections_added == []
    spaced = body.replace("**2. 我们如何保护", "**2.我们如何保护")
    assert summarise(body, spaced).sections_renamed == []


def test_a_bold_line_inside_a_block_is_no_title_and_unbolding_a_title_is_formatting():
    address = ("# Privacy Policy\n\nWrite to us.\n\nExample Ltd\n**privacy@example.com**\n1 Road, London\n\n"
               "**Do we sell your data?**\n\nNo, never.")
    assert [s.heading for s in sections(address)] == ["Privacy Policy", "Do we sell your data?"]
    plain = address.replace("**Do we sell your data?**", "Do we sell your data?")
    assert summarise(address, plain).kind == FORMATTING
    assert summarise(plain, address).kind == FORMATTING


def test_the_opening_text_is_never_renamed_into_a_title():
    old = "Intro words of this policy for you to read now and here today.\n\n## Data\n\nWe keep data."
    new = "## Our Policy\n\nIntro words of this policy for you to read now and here today.\n\n## Data\n\nWe keep data."
    change = summarise(old, new)
    assert change.sections_renamed == [] and change.sections_added == ["Our Policy"]


def test_word_count_is_what_the_summary_counts():
    """A version's `word_count` and its first summary's words are one count: the words a reader sees (no link
    targets, list marks, heading numbering or markup), whatever the headings, bold titles or fences."""
    from archive.extract import extract
    from archive.extract.rendered import word_count
    md = ("# Privacy Policy\n\nRead our [cookie policy](https://example.com/cookies?x=1) or <https://example.com/>.\n\n"
          "## 5. Cookies\n\n1. We set **two** cookies.\n2. We keep them a year.\n\n**Your rights**\n\n"
          "| Right | How |\n|---|---|\n| Access | e-mail us |\n\n```\n# not a heading\n```\n\n## 5. Cookies\n\n"
          "Again, in another part.\n\n## 隐私政策\n\n我们收集信息。\n")
    assert word_count(md) == summarise(None, md).words_added == 43
    # a table of contents set as headings is no section, and its words are words all the same (a second user's
    # trial: "words 2293" beside "first: 2243 w" on the demo's policy that lists its sections as headings)
    toc = "# Privacy Policy\n\n" + "".join(f"## {t}\n\n" for t in ("About us", "What we collect", "Your rights")) + \
        "".join(f"## {t}\n\nWe explain {t.lower()} here.\n\n" for t in ("About us", "What we collect", "Your rights"))
    first = summarise(None, toc)
    assert first.words_added == word_count(toc) == 2 + 7 + 7 + 16 and first.sections == 4  # the 7 of the TOC too
    html = ("<html><body><main><h1>Privacy Policy</h1>" + "".join(
            f"<p>For purpose {i} we collect your name and e-mail address to run the service; read <a "
            f"href='https://example.com/a/very/long/path/to/the/cookie-policy'>our cookie policy</a> for the cookies "
            "we set.</p>" for i in range(12)) + "<ol><li>You may ask for a copy.</li>"
            "<li>You may ask us to delete it.</li></ol></main></body></html>").encode()
    e = extract(html, "text/html", "https://example.com/privacy")
    assert "https://example.com/a/very" in e.text  # the plain text keeps targets, for search...
    assert e.word_count == summarise(None, e.markdown).words_added == 2 + 12 * 23 + 6 + 7  # ...the count does not


def test_a_date_update_is_date_only_in_any_language():
    """A change of the policy's dates alone is `date_only` whatever the language writes its months in
    (German, French, Russian, Polish, Hungarian, Korean, Vietnamese, Thai), or whether the declared date
    moved (an effective date, a date written anew); a number outside a date, a link, or more dates than a
    policy states about itself make an edit."""
    base = "# Policy\n\n{}\n\n## 1. Controller\n\nThe controller of your personal data is Example GmbH in Berlin.\n"
    for lang, old, new in [("de", "Stand: 3. März 2025", "Stand: 14. Oktober 2026"),
                           ("fr", "Mis à jour le 3 février 2025", "Mis à jour le 14 août 2026"),
                           ("ru", "Обновлено 3 марта 2025 г.", "Обновлено 14 октября 2026 г."),
                           ("pl", "Zaktualizowano 3 marca 2025 r.", "Zaktualizowano 14 października 2026 r."),
                           ("hu", "Hatályos: 2025. március 3.", "Hatályos: 2026. október 14."),
                           ("ko", "시행일: 2025년 3월 3일", "시행일: 2026년 10월 14일"),
                           ("vi", "Cập nhật ngày 3 tháng 3 năm 2025", "Cập nhật ngày 14 tháng 10 năm 2026"),
                           ("th", "ปรับปรุงล่าสุด 3 มีนาคม 2568", "ปรับปรุงล่าสุด 14 ตุลาคม 2569"),
                           ("ja", "最終改定日：2025/03/03", "最終改定日：2026/10/14"),  # after a full-width colon
                           ("en", "Effective April 2, 2024", "Effective April 2nd 2024")]:
        s = summarise(base.format(old), base.format(new), old_date="2025-03-03", new_date="2026-10-14", language=lang)
        assert s.kind == DATE_ONLY, (old, new, s.kind)
    dated = base.format("Updated: March 3, 2025") + "\nWe keep logs for 12 months; see [partners](https://a.example/p).\n"
    moved = dated.replace("March 3, 2025", "October 14, 2026")
    for edit in (moved.replace("12 months", "24 months"), moved.replace("https://a.example/p", "https://b.example/q"),
                 moved + "\nProcessors since 1 May 2025, 2 June 2025 and 3 July 2025.\n"):
        assert summarise(dated, edit, old_date="2025-03-03", new_date="2026-10-14", language="en").kind == EDIT
    many = dated + "\nProcessors since 1 May 2025, 2 June 2025 and 3 July 2025.\n"
    assert summarise(many, many.replace("2025", "2026"), language="en").kind == EDIT  # dates the policy sets


def test_an_edit_that_moves_the_declared_date_names_only_the_edited_section():
    """A trial's finding: every dated edit, in five languages, named the title's block ("Last updated" under it)
    as a changed section and counted its date's words, though "declared date A → B" says it; the report's
    most-changed sections were title blocks. A section whose only change is its date is set aside; a section
    where a date and a word changed is an edit of it."""
    for lang, old_line, new_line, old_words, new_words in [
            ("de", "Stand: 2. Januar 2025", "Stand: 17. März 2025", "30 Tagen", "90 Tagen"),
            ("en", "Last updated: January 2, 2025", "Last updated: March 17, 2025", "30 days", "90 days"),
            ("ja", "最終更新日：2025年1月2日", "最終更新日：2025年3月17日", "30日間", "90日間")]:
        old = (f"# Policy\n\n{old_line}\n\n## 1. Controller\n\nExample GmbH, Berlin, is the controller.\n\n"
               f"## 3. Retention\n\nWe keep your data for {old_words} after you close your account.\n")
        new = old.replace(old_line, new_line).replace(old_words, new_words)
        s = summarise(old, new, old_date="2025-01-02", new_date="2025-03-17", language=lang)
        assert (s.kind, s.sections_modified) == (EDIT, ["3. Retention"]), (lang, s)
        undated = summarise(old.replace(old_line, new_line), new, language=lang)  # the same edit, no date moved
        assert (s.words_added, s.words_removed) == (undated.words_added, undated.words_removed) != (0, 0), lang
        assert "declared date 2025-01-02 → 2025-03-17" in s.describe()
    # another date of the policy moved with it (a deadline it sets): that section is edited (a colleague's review)
    old = ("# Policy\n\nLast updated: January 2, 2025\n\n## 1. Legacy app\n\nWe will delete all data held by the "
           "legacy app on June 30, 2025.\n\n## 2. Retention\n\nWe keep your data for 30 days.\n")
    new = old.replace("January 2, 2025", "March 17, 2025").replace("June 30, 2025", "June 30, 2027")
    s = summarise(old, new.replace("30 days", "90 days"), old_date="2025-01-02", new_date="2025-03-17", language="en")
    assert s.sections_modified == ["1. Legacy app", "2. Retention"]
    # the date moved and a word beside it changed: the block is edited
    old = "# Policy\n\nLast updated: January 2, 2025. Applies to the app.\n\n## Retention\n\nWe keep data 30 days.\n"
    new = old.replace("January 2, 2025. Applies to the app", "March 17, 2025. Applies to the website")
    new = new.replace("30 days", "90 days")
    s = summarise(old, new, old_date="2025-01-02", new_date="2025-03-17", language="en")
    assert s.sections_modified == ["Policy", "Retention"]


def test_a_heading_repeated_under_one_parent_is_told_apart_by_its_words():
    """A box "GOOD TO KNOW" after each part of a policy, all under its one title: named by the parent alone they
    read the same ("Privacy Policy › GOOD TO KNOW" four times, as on a real page); each is named by its words."""
    parts = ["# Privacy Policy", "## 1. What we collect", "We collect your name and e-mail address.",
             "## GOOD TO KNOW", "We never sell your name to anyone at all.",
             "## 2. How we use it", "We use it to run the service you asked for.",
             "## GOOD TO KNOW", "You may turn off personalised advertising in the settings.",
             "# Cookies", "## GOOD TO KNOW", "Cookies are small files your browser keeps."]
    names = [s.heading for s in sections("\n\n".join(parts)) if "GOOD TO KNOW" in s.heading]
    assert len(set(names)) == 3, names
    assert names[0].startswith("GOOD TO KNOW (“We never sell")
    assert names[2] == "Cookies › GOOD TO KNOW"  # alone under its parent: the parent says which
