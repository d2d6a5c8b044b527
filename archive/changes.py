"""Change detection: does a new extraction make a version, continue the one in force, or get rejected?

Pure functions over the document's recent versions, so that `record` (in time order) and a replay of a
document's captures (out of order arrivals, `reprocess`) take exactly the same decisions.

- Exact comparison of the normalised hash decides SAME vs a change: a one-word edit is an edit.
- Blinking: a page that keeps flipping between two states that differ by a small block (a rotating menu,
  an A/B-tested teaser, a region banner) makes no version at every flip. The first round trip A -> B -> A
  is kept as versions, since it cannot be told from an edit that was reverted; once the page has gone
  A -> B -> A -> B and comes back to A again, the flip in force (seen by at most TRANSIENT_CAPTURES
  captures) is undone (REVERT: record deletes it and the earlier version continues). Two states that
  differ by much (two different documents served at one URL) are both real and keep their versions.
- Fragments: a capture whose text is a small part of the version in force (a half-loaded page, a stub, a
  challenge page that slipped through) is REJECT("fragment"), not a version that deletes most of the policy;
  so is a response cut in transfer that holds the policy's first paragraphs (`is_first_blocks`, `cut`).
  A fragment that persists is the policy shortened for real (a section removed): the same text in every
  capture, three captures over at least a day, with no capture of the full text between, becomes a version
  from its first capture (`persists`); so do two captures a week or more apart, of its text or of it and then
  an edition of it (`continues`): a history taken on change captures a page that stays once or twice. One
  that states a later date of update than the version in force is a new edition at once (`redated`).
- Other pages: a much shorter capture that shares little of the policy's wording (a privacy portal or a
  "moved" notice served at its address) is REJECT("other_page") (`is_other_page`); one served for a month
  (three captures or more) is what the address now holds, and becomes a version from its first capture: a
  policy rewritten as a short new one is not refused for ever. A cookie-consent wall served in its place
  (`is_consent_wall`) is another page too, however short the policy. A capture that shares little and that the
  page-type classifier calls not legal (a homepage, an article, a login page) is REJECT("not_legal")
  (`other_kind`), and a version after a week (two captures or more); so is one the classifier calls another
  legal document than the policy (the Terms: REJECT("other_document")). The policy served in another language
  is a version: Open Terms Archive's curators record such a flip (Hily's French copy, served between English
  captures), and the oracle that judges disputed points counts it as a change.
- Volatile blocks: a page that shows something new at every visit inside the policy's text (a rate or a wait
  time, a rotating tip, a countdown, a "people viewing" counter) changes at every capture. A capture that
  differs from the version in force only where each of the last two versions also changed (within the words the
  last one changed, in paragraphs the one before changed: `is_volatile`), little, with the same date of update,
  not by dates alone, the last two changes each within CLOCK_GAP of the one before (or while the block went on
  changing), is REJECT("volatile"). The first two changes of such a block are versions (they cannot be told
  from edits), the rest are not; a text refused so that persists (the same text at every capture that has one
  for three days, three captures or more: `PERSISTS`, `IN_A_ROW`) was an edit after all, and becomes a version
  from its first capture.
  Widgets that change in turn are judged by paragraph (`is_churning`): a capture that changes only paragraphs
  that came by the third change in a row of their place, all within CLOCK_GAP, is REJECT("volatile") too.
  Versions such a block made are folded in hindsight (`folds`): one whose every word it brought the next state
  changed again is superseded by the version before it once the block is seen to go on changing (`record._fold`).
- Dates that follow the clock: a page that prints the day it is served changes at every capture. A capture
  that differs from the version in force only by dates, each changed date being the capture's own day
  (`is_clock_date`), is REJECT("clock_date") once the page has shown the clock within the last CLOCK_GAP
  (`follows_clock`): the version in force came the same way from the one before it, both within CLOCK_GAP,
  or a capture was refused so. A policy whose date moves on the day it is captured is the rule in histories
  whose captures are taken when the page changes (Open Terms Archive's), so one such change alone, or one
  long after the last, is a version.
"""
from __future__ import annotations

import datetime as dt
import difflib
import functools
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from .capture import CLOCK_DATE, DATE_STAMP, VOLATILE
from .extract import Extraction, meta
from .extract.normalise import CJK, canonical, split_title

log = logging.getLogger(__name__)

NEW = "new"  # a new version starts with this capture
SAME = "same"  # the version in force continues
REJECT = "reject"  # the capture is kept but makes no version (reason says why)
REVERT = "revert"  # the version in force was a transient flip: drop it, the one before it continues

TRANSIENT_CAPTURES = 2  # a state seen by at most this many captures and then undone was a flip
BLINK_MAX_DIFF = 0.05  # ...if it differs from the state it flips from by at most this share of tokens
FRAGMENT_RATIO = 0.5  # a candidate with fewer than this share of the current version's words...
FRAGMENT_CONTAINED = 0.9  # ...nearly all of them found in the current version, is a fragment of it...
FRAGMENT_RUNS = 0.5  # ...and most of its runs of SHINGLE words too (its words in their order)

OTHER_PAGE_RATIO = 0.1  # a candidate with fewer than this share of the current version's words...
OTHER_PAGE_SHARED = 0.5  # ...and fewer than this share of its word runs found in it is another page
SHINGLE = 3
SAMPLE_CHARS = 5_000  # how much of a candidate `other_kind` compares with the version in force
CLOCK_DAYS = 1  # a date this many days from the capture's UTC day may be the server's today in its time zone
# a page shows the clock to captures at most a week apart (a weekly crawl or more often); a date moved longer
# after the last sign of the clock is an update
CLOCK_GAP = dt.timedelta(days=7)

# two captures this far apart with no capture of the version in force between are a text that stayed (`lasted`)
SPARSE_SPAN = CLOCK_GAP
# a rejected text seen this many times in a row, over at least this long, with no capture of the version in
# force between, is what the address now serves: a version from its first capture
PERSISTS = {"fragment": (3, 86400),  # a stub over a day is no half-loaded page: the policy shortened for real
            "other_page": (3, 30 * 86400),  # another page for a month: the policy replaced (or gone from there)
            "interstitial": (3, 30 * 86400),  # a gate for a month, or the policy at a renamed address that keeps
            # its old one in the query (`record.is_interstitial`): what the address serves now
            # a page the classifier calls not legal, for a week: what the address holds now (a homepage for good),
            # or a policy rewritten in a language the classifier's model does not know, recorded from its first
            # capture all the same
            "not_legal": (2, 7 * 86400),
            # another legal document (the Terms) for a week: what the address holds now (the policy moved elsewhere)
            "other_document": (2, 7 * 86400),
            # a volatile block's text that stays three days, whatever the crawl's pace, is an edit of those words:
            # a visit's value is drawn anew at every visit, though a rotation of a few values shows one at every
            # capture for three days by chance now and then (a daily crawl needs four captures: with a rotation of
            # three values, one run in 27; a crawl every four days three captures: one in 9)
            "volatile": (3, 3 * 86400)}
IN_A_ROW = {VOLATILE}  # reasons whose persisting text must be every capture with a text since it first came (a
# rotating block's values recur)

# a word: a run of letters and digits, or one Chinese or Japanese character (written without spaces, a
# sentence would be one token: a half-loaded Chinese page shared none of its "words" with the full one)
_TOKEN = re.compile(f"[{CJK}]|[^\\W{CJK}]+", re.U)


@dataclass
class VersionState:
    """What change detection needs to know of a version already in the archive."""

    number: int
    content_hash: str
    text: str
    captures: int  # how many captures saw it
    markdown: str = ""  # its Markdown of record ("": compare its text)
    first_seen: str = ""  # ISO times of its first and last captures ("": unknown)
    last_seen: str = ""
    language: str | None = None  # ISO 639-1: whose month names its dates may be written in
    declared_date: str | None = None  # ISO date it states as its last update (`meta.declared_date`)
    folded: bool = False  # a volatile block's change, folded into the version before it (`folds`): no longer in
    # the history readers see, still in the one change detection reads


@dataclass(frozen=True)
class Decision:
    kind: str
    reason: str | None = None


def decide(candidate: Extraction, history: list[VersionState], captured: dt.datetime | None = None,
           refused: Callable[[str, dt.datetime, dt.datetime], bool] = lambda reason, since, until: False,
           cut: Callable[[], bool] = lambda: False, deeper: Callable[[], list[VersionState]] | None = None) -> Decision:
    """`history` is the document's versions in time order up to the capture's time (last = in force);
    `captured`: the capture's time, UTC (None: dates are not judged); `refused(reason, since, until)`: was a
    capture of the document between those times refused for `reason` ("clock_date", "volatile")? (asked only
    of a capture that differs by dates alone, or only where the last versions changed); `cut()`: does the
    capture's body end before its document does, where the version in force's did (`html.closes`; asked only
    of a text that is the version's first blocks: in a replay it reads the stored body); `deeper()`: the history
    as far back as CHURN_DEPTH versions with the versions `folds` folded (`VersionState.folded`) among them, as the
    captures saw it (asked only of a capture that `is_volatile` and `is_churning` judge; None: `history` is that
    deep already). A capture whose text is a folded version's after the version in force is that block's value
    again: REJECT("volatile")."""
    clock_seen = functools.partial(refused, CLOCK_DATE, until=captured)

    if not history:
        return Decision(NEW)
    current = history[-1]
    if candidate.content_hash == current.content_hash or \
            title_came_or_went(candidate.markdown, _markdown(current), candidate.title,
                               map(_markdown, reversed(history[:-1]))):
        return Decision(SAME)
    lang = candidate.language
    dates_alone = _same_words(*meta.around_difference(candidate.text, current.text), lang)
    if captured and dates_alone and (
            is_clock_date(candidate.markdown, _markdown(current), captured.date(), lang)
            and (follows_clock(history, captured, clock_seen)
                 or is_served_time(candidate.markdown, _markdown(current), captured, lang))
            or is_saved_time(candidate.markdown, _markdown(current), lang)):
        return Decision(REJECT, CLOCK_DATE)
    if dates_alone and (is_page_stamp(candidate, current) or is_second_stamp(candidate, current)):
        return Decision(REJECT, DATE_STAMP)
    if is_fragment(candidate.text, current.text) \
            and not redated(candidate, current, captured is not None and follows_clock(history, captured, clock_seen)):
        return Decision(REJECT, "fragment")
    if is_first_blocks(candidate.markdown, _markdown(current)) and cut():
        return Decision(REJECT, "fragment")
    if is_other_page(candidate.text, current.text):
        return Decision(REJECT, "other_page")
    if is_consent_wall(candidate, current):
        return Decision(REJECT, "other_page")
    if (kind := other_kind(candidate, current)) is not None:
        return Decision(REJECT, kind)
    if is_blink(candidate, history):
        return Decision(REVERT)
    if captured:
        seen = deeper() if deeper else history
        again = any(v.folded and v.content_hash == candidate.content_hash and v.first_seen > current.first_seen
                    for v in seen)  # a value the block showed before
        if again or is_volatile(candidate, seen, captured, functools.partial(refused, VOLATILE)) \
                or is_churning(candidate, seen, captured):
            return Decision(REJECT, VOLATILE)
    return Decision(NEW)


def title_came_or_went(candidate: str, current: str, page_title: str | None, earlier: Iterable[str] = ()) -> bool:
    """Do the two Markdown texts differ only by their title's being there, the rest the same in its hashed form
    (`normalise.split_title`), and is that title the page's own (its words and `page_title`'s, the capture's
    `<title>`, one within the other)? A migration or a redesign sets the title in a hero, a page-title block or a
    header band that the main text's box holds or not: a simulated collection's Drupal 7 to 9 move made a version
    with no word of the policy changed (`benchmarks/simulated.py`'s migrations_world). A heading that is not the
    page's title coming ("Privacy Notice for California Residents", "Terms of Service" over the same text: a
    colleague's review) and a title renamed ("Privacy Policy" to "Privacy Notice") are changes as before: not
    hashing titles at all missed 13 more of the robustness benchmark's 314 held-out heading edits. A title that
    comes back renamed is a change too: `earlier`, the Markdown of the versions before `current`, newest first,
    names the title the text last had."""
    (title_a, rest_a), (title_b, rest_b) = split_title(candidate), split_title(current)
    if (title_a is None) == (title_b is None) or not page_title:
        return False
    heading, page = (" ".join(_TOKEN.findall(t.lower())) for t in (title_a or title_b, page_title))
    if not (heading and (heading in page or page in heading) and _canonical(rest_a) == _canonical(rest_b)):
        return False
    last = next((title for title, _ in map(split_title, earlier) if title is not None), None) if title_a else None
    return last is None or " ".join(_TOKEN.findall(last.lower())) == heading


def is_blink(candidate: Extraction, history: list[VersionState]) -> bool:
    """The candidate returns to the state before the one in force, and the page has flipped between these
    two states before (..., A, B, A, B + candidate A), by a small difference, for a short time."""
    if len(history) < 4:
        return False
    a, b = candidate.content_hash, history[-1].content_hash
    if [v.content_hash for v in history[-4:]] != [a, b, a, b]:
        return False
    if history[-1].captures > TRANSIENT_CAPTURES:
        return False
    return token_change(history[-2].text, history[-1].text) <= BLINK_MAX_DIFF


def is_volatile(candidate: Extraction, history: list[VersionState], captured: dt.datetime,
                churned: Callable[[dt.datetime, dt.datetime], bool] = lambda since, until: False) -> bool:
    """Does the candidate differ from the version in force only where each of the last two versions changed too
    (history ..., A, B, C in force; candidate D)? Each span of C that D changed (`_changes`: the words changed
    inside a paragraph, widened over the digits and marks of a value, or a run of paragraphs) lies within a span
    of C that B→C changed (`_covered`), and the paragraphs around each are ones A→B changed too (named by the
    unchanged paragraphs around them); C began within CLOCK_GAP of B's first capture, or a capture was refused
    so while B was in force (`churned(since, until)`: the block went on changing, and a real edit elsewhere made
    C); D comes within CLOCK_GAP of C's first capture or of a capture refused so; D differs from C by at most
    BLINK_MAX_DIFF of its tokens, not by dates alone; and A and B state one date of update, C and D one. (It asked
    one date of all four until a simulated fitness app's counter after its policy made a version at each of the two
    captures after every dated edit: a real edit elsewhere that re-dates C leaves the block as volatile as it was.
    One that re-dated B is not let through: a new dated text whose sentence was corrected twice within the week,
    a colleague's review.)

    One of those two versions may instead be an edit that left the block's paragraphs as they were, the version
    before it (history ..., Z, A, B, C) then giving the second change of the block (`_earlier_change`): a visit's
    value drawn from a few repeats by chance on the day of an edit elsewhere (one capture in six for a rotation of
    six tips), and an A/B test's two taglines, which a capture shows in turn, stand on either side of an edit; the
    block's changes before and after it are the same block's. (Each dated edit cost the four captures after it,
    robustness's `visit-block-redated` 30 of 417 held-out policies.)

    Per-visit values inside the policy's container that no markup names (a bank's rate, a clinic's wait time,
    a rotating security tip, a paywall's meter: a fifth audit's kinds) change there at every capture. Three
    real edits of the same words in a row, each within a week and none of them re-dating the policy, are rare,
    and one whose text then stays is recorded (`PERSISTS`); an edit of other words of the paragraph, beside the
    value, is an edit whatever the value does. A change of dates alone is the clock's to judge
    (`is_clock_date`): a date line moves at every edition."""
    if len(history) < 3:
        return False
    before, flip, current = history[-3:]
    if not (flip.first_seen and current.first_seen):
        return False
    began_flip, began_current = _time(flip.first_seen), _time(current.first_seen)
    if began_current - began_flip > CLOCK_GAP and not churned(began_flip, began_current):
        return False
    if candidate.declared_date != current.declared_date:
        return False
    lang = candidate.language
    md = functools.partial(_stamp_free, lang=lang)  # the texts without the page's save stamps
    now = _changes(md(_markdown(current)), md(candidate.markdown))
    if not now.names:
        return False
    if token_change(md(current.text), md(candidate.text)) > BLINK_MAX_DIFF and not _recurring_line(
            now, md(_markdown(current)), md(candidate.markdown), [md(_markdown(v)) for v in history[-5:-1]]):
        return False
    last = _changes(md(_markdown(flip)), md(_markdown(current)))
    earlier = _changes(md(_markdown(before)), md(_markdown(flip)))
    if _covered(now.old, last.new):
        if _named_in(now.names, earlier.names):
            seen = before.declared_date == flip.declared_date
        else:  # B was an edit elsewhere: Z→A changed the block
            seen = (_apart(earlier.new, last.old) and flip.declared_date == current.declared_date
                    and _earlier_change(now.names, history, churned, md))
    else:  # C was an edit elsewhere: A→B's change of the block, where it stands in C, and Z→A's
        seen = (_covered(now.old, _carried(earlier.new, md(_markdown(flip)), md(_markdown(current))))
                and before.declared_date == flip.declared_date and _earlier_change(now.names, history, churned, md))
    if not seen:
        return False
    if _changed_dates(*_around(md(candidate.markdown), md(_markdown(current))), lang):
        return False
    return captured - began_current <= CLOCK_GAP or churned(captured - CLOCK_GAP, captured)


FOLD_CONFIRM = 3  # changes of a place (the version's, others folded or foldable, the last state's) before a fold


def folds(candidate: Extraction, seen: list[VersionState], captured: dt.datetime, refused: int | None = None) \
        -> list[int]:
    """The standing versions (numbers, newest first) of `seen` (the history as the captures saw it, oldest first,
    folded versions among them, as `decide`'s `deeper()`) that the states after them show in hindsight to have
    been a volatile block's changes, `candidate` (at `captured`: a version just made, or a capture refused as
    volatile) the last state. Each stated the date of update of the version before it, came within CLOCK_GAP of it
    and of the next state (the next version of `seen`, folded or not, or the candidate), changed at most half of
    its words and no date, was not a text that stayed (`persists`), and every span of words it brought
    (`_changes`) the next state changed again (a point where it added or removed paragraphs strictly inside a run
    the next state changed, not at its edge): a visit's value, gone at the next visit. And each place it changed
    (named by the paragraphs around it) changed FOLD_CONFIRM times or more in the window: it, versions folded or
    so foldable, and the last state, a version just made, or (`refused`: how many other texts were refused as
    volatile since the last version) the texts so refused when there are two or more: the block still moving (a
    paragraph edited three times in a week whose fourth text is refused, then stays, is three edits). An edit is
    not gone at the next capture, nor is a value beside it when the edit is in the same change (a contact address
    edited beside a wait time stays a version); an edit corrected the next day is a change of a place no block
    changes (a colleague's review: six traps of 40 lost such an edit to a first form that counted folds anywhere
    in the window; two are left, edits in the very paragraph of a rotating tip corrected a day later).

    The first changes of a block that changes at every visit cannot be told from edits when they come
    (`is_volatile`, `is_churning`), and blocks that change in turn, each at its own pace, escape both rules for
    good: in the simulated collections at captures 12 hours apart with as many captures between real edits as
    the development collections' pages have (`benchmarks/simulated.py --every 12 --times 3`), most false versions
    were such changes."""
    md = functools.partial(_stamp_free, lang=candidate.language)
    texts = [md(_markdown(v)) for v in seen] + [md(candidate.markdown)]
    times = [_time(v.first_seen) for v in seen] + [captured]
    places = [frozenset()] + [_changes(a, b).names for a, b in zip(texts, texts[1:])]
    gone = {k for k in range(1, len(seen)) if not seen[k].folded and _gone_next(
        seen[k], seen[k - 1], texts[k - 1], texts[k], texts[k + 1], times[k], times[k + 1])}
    evidence = [places[k] for k in range(1, len(seen)) if k in gone or seen[k].folded]
    evidence += [places[-1]] * (1 if refused is None else 1 + refused if refused else 0)
    return [seen[k].number for k in sorted(gone, reverse=True) if all(
        sum(_named_in(frozenset([place]), other) for other in evidence) >= FOLD_CONFIRM for place in places[k])]


def _gone_next(v: VersionState, before: VersionState, prior: str, text: str, after: str, began: dt.datetime,
               at: dt.datetime) -> bool:
    """Is version `v` (Markdown `text`, first seen `began`), after `before` (`prior`), a change that the next state
    (`after`, at `at`) changed again (`folds`)?"""
    if v.declared_date != before.declared_date or began - _time(before.first_seen) > CLOCK_GAP \
            or at - began > CLOCK_GAP or token_change(prior, text) > 0.5 \
            or persists(VOLATILE, v.captures, (_time(v.last_seen or v.first_seen) - began).total_seconds()) \
            or _changed_dates(*_around(text, prior), v.language):
        return False
    brought, next_changed = _changes(prior, text).new, _changes(text, after).old
    return bool(brought) and _covered(brought, next_changed) and all(
        any(e[0] == "p" and e[1] < s[1] < e[2] for e in next_changed)
        for s in brought if s[0] == "p" and s[1] == s[2])


CHURN_CHANGES = 3  # a paragraph that arrived by the third change in a row of its place churns...
CHURN_VERSIONS = 3  # ...each change within this many versions of the next
CHURN_DEPTH = 1 + CHURN_CHANGES * CHURN_VERSIONS  # the versions `is_churning` may look at, the one in force last


def is_churning(candidate: Extraction, history: list[VersionState], captured: dt.datetime) -> bool:
    """Does the candidate change only paragraphs that churn? Each paragraph of the version in force that it changes
    or removes came by the third change in a row of its place (`_churns`: it, the paragraph it replaced and the one
    that one replaced each arrived within CHURN_VERSIONS versions of the next, or it came and went that often),
    and where it replaces paragraphs one by one, the words it changes in each lie within those its last arrival
    changed (`_within_last_change`: a contact address edited beside a wait time is an edit); each paragraph it
    adds where none stood, or beyond the number it replaces, has come and gone that often (a section restored
    after a mistake, or added beside a widget, is an edit); the paragraphs it keeps hold at least half of the
    words (the same text, not another document or language served in turn); it states the version's date of
    update; and the version in force and those looked at before it came within CLOCK_GAP of the capture. Save
    stamps are left out (`_stamp_free`).

    A page's widgets inside the policy's box change in turn, not all at each visit (a live count and a news
    callout, a presale countdown among teasers, a status line and a chat line): `is_volatile`, which follows one
    block's words through the last three versions, misses them when two take turns. In the simulated collections
    set 12 hours apart (`benchmarks/simulated.py --every 12`, as Open Terms Archive captures a page whose bytes
    change at every visit) this rule (with `_changes` reading paragraphs replaced one by one word by word) takes
    the false versions from 322 to 293 and loses none of the real edits; the development collections' exports are
    the same capture by capture. Two colleagues' reviews wrote 49 histories against its first forms (224 and 277
    false versions), which lost or delayed a real edit in 22 (`tests/test_record.py`): a window not bounded by
    the capture's own time on a page refused at every visit made a week of commits churn for months, a paragraph
    added beside a widget went unchecked, a section restored after a mistake came back as a block that comes and
    goes, two paragraphs changed together skipped the word check. A paragraph edited three times within a week
    stays three edits (a review of `is_volatile`: a new dated text corrected twice); a fourth is refused, and
    recorded from its first capture if its text then stays (`PERSISTS`), late or never where a value beside it
    keeps changing."""
    if len(history) < 3 or candidate.declared_date != history[-1].declared_date:
        return False
    window = [v for v in history[-CHURN_DEPTH:] if v.first_seen and captured - _time(v.first_seen) <= CLOCK_GAP]
    if len(window) < 3 or window[-1] is not history[-1]:
        return False
    md = functools.partial(_stamp_free, lang=candidate.language)
    texts = [_paragraphs(md(_markdown(v))) for v in window]
    a, b = texts[-1], _paragraphs(md(candidate.markdown))
    blocks = _changed_blocks(a, b)
    if not blocks:
        return False
    changed = sum(len(_TOKEN.findall(p)) for i1, i2, _, _ in blocks for p in a[i1:i2])
    if 2 * changed > sum(len(_TOKEN.findall(p)) for p in a):
        return False
    seen = [set(t) for t in texts]
    last = len(texts) - 1
    for i1, i2, j1, j2 in blocks:
        if not all(_churns(p, texts, seen, last) for p in a[i1:i2]):
            return False
        if j2 - j1 > i2 - i1 and not all(_arrivals(p, seen, last + 1) >= CHURN_CHANGES - 1 for p in b[j1:j2]):
            return False  # paragraphs added: a block that comes and goes, or an edit
        if i2 - i1 == j2 - j1 and not all(_within_last_change(p, q, texts, seen, last)
                                          for p, q in zip(a[i1:i2], b[j1:j2])):
            return False
    return True


def _arrivals(paragraph: str, seen: list[set[str]], end: int) -> int:
    """How many of the versions before `end` (paragraph sets, oldest first) `paragraph` arrived in, absent from
    the one before."""
    return sum(paragraph in seen[m] and paragraph not in seen[m - 1] for m in range(1, end))


def _arrival(paragraph: str, texts: list[tuple[str, ...]], seen: list[set[str]], last: int) \
        -> tuple[int, tuple[int, int, int, int] | None]:
    """The version among `texts[:last + 1]` (versions' paragraphs, oldest first) from which `paragraph` stands in
    each (0: in all of them), and the run of paragraphs it came in (`_changed_blocks` of the version before)."""
    k = last
    while k and paragraph in seen[k - 1]:
        k -= 1
    if not k:
        return 0, None
    where = texts[k].index(paragraph)
    return k, next((run for run in _changed_blocks(texts[k - 1], texts[k]) if run[2] <= where < run[3]), None)


def _churns(paragraph: str, texts: list[tuple[str, ...]], seen: list[set[str]], last: int, depth: int = 1) -> bool:
    """Is `paragraph` of `texts[last]` the latest of CHURN_CHANGES - depth + 1 arrivals in one place, each within
    CHURN_VERSIONS versions of the next? A paragraph added where none stood counts its own arrivals (a block that
    comes and goes)."""
    k, came = _arrival(paragraph, texts, seen, last)
    if not k or last - k >= CHURN_VERSIONS or came is None:
        return False
    if depth == CHURN_CHANGES:
        return True
    i1, i2, _, _ = came
    if i2 > i1:
        return all(_churns(q, texts, seen, k - 1, depth + 1) for q in texts[k - 1][i1:i2])
    return _arrivals(paragraph, seen, k) >= CHURN_CHANGES - depth


def _within_last_change(old: str, new: str, texts: list[tuple[str, ...]], seen: list[set[str]], last: int) -> bool:
    """Do the words paragraph `old` of `texts[last]` changes into `new` lie within those that changed when `old`
    arrived, replacing the paragraph at the same position in a run of as many? (Where it came with more or fewer
    paragraphs than it replaced, its every word changed.)"""
    k, came = _arrival(old, texts, seen, last)
    if not k or came is None or came[1] - came[0] != came[3] - came[2]:
        return True
    i1, _, j1, _ = came
    arrived = [run for _, run in _changed_runs(texts[k - 1][i1 + texts[k].index(old) - j1], old)]
    return all(any(lo <= s and e <= hi for lo, hi in arrived) for (s, e), _ in _changed_runs(old, new))


@functools.lru_cache(maxsize=16)  # the last versions' texts are read at every capture
def _stamp_free(markdown: str, lang: str | None = None) -> str:
    """`markdown` without its lines that are a CMS's stamp of the page's last save (`is_saved_time`'s: a date
    with its time of day on a line of its own, under a label of STAMP_LABEL words at most, twice as many naming
    the page), for `is_volatile` to judge the rest: a page's noises come together (a telecom's chat line and its
    wait time beside "Pagină actualizată: 06.04.2021 19:17", an ISP's network status over "Aktualizované
    10.06.2021 12:29": telecom_world), each a rule's when alone. A change log's entry ("- 05.03.2024 14:00 Cookie
    list updated") and a date of effect or of a version ("Effective from: 1 July 2024 00:00 CET") stay (a
    colleague's review)."""
    if not _ANY_TIME.search(markdown):
        return markdown
    keep = []
    for line in markdown.split("\n"):
        low = _canonical(line).lower()
        if _ANY_TIME.search(low) and low.lstrip()[:2] not in ("- ", "* ") and not meta.POLICY_DATE_WORD.search(low):
            written = meta.dates(low, lang)[1]
            if any(_TIME_OF_DAY.search(w) for w in written) and _stamp_lines(low, written) is not None:
                continue
        keep.append(line)
    return "\n".join(keep)


_ANY_TIME = re.compile(r"\d[:h]\d\d")


VALUE_LINE_WORDS = 15  # a line of its own, not a paragraph of prose: "Siamo offline: ti risponderemo entro 24 ore
# lavorative.", "Wait time: about 12 minutes", the size of a byline (`extract.clean.BYLINE_WORDS`)


def _recurring_line(changes: _Changes, old: str, new: str, earlier: list[str]) -> bool:
    """Is the change of Markdown `old` into `new` (`_changes`) inside one run of paragraphs replaced by another,
    each paragraph a line of at most VALUE_LINE_WORDS words (a status, a tip under its title), the old lines or the
    new ones all the text of one earlier version (`earlier`) too: a value that comes back? A volatile block in a
    short policy is more than BLINK_MAX_DIFF of its tokens (a simulated insurer's app: "Hai dubbi sulla privacy? 3
    operatori sono online ora." or "Siamo offline…" at each capture, in a policy of 300 words: health_world, 12
    false versions of 24 at captures 12 hours apart; an energy supplier's tip of the week under its title,
    telecom_world); a short policy's lines edited three times in a week, each time anew (a processor added, a
    contact corrected), are no such value (a colleague's review of a first form, which asked no recurrence)."""
    runs = []
    for spans, paragraphs in ((changes.old, _paragraphs(old)), (changes.new, _paragraphs(new))):
        at = sorted({i for span in spans for i in ((span[1],) if span[0] == "w" else range(span[1], span[2]))})
        if not at or at[-1] - at[0] + 1 != len(at) or \
                any(len(_TOKEN.findall(paragraphs[i])) > VALUE_LINE_WORDS for i in at):
            return False
        runs.append([paragraphs[i] for i in at])
    return any(set(run) <= set(_paragraphs(text)) for text in earlier for run in runs)


def _earlier_change(names: frozenset, history: list[VersionState],
                    churned: Callable[[dt.datetime, dt.datetime], bool], md: Callable[[str], str] = str) -> bool:
    """Did the version before the last three (Z of ..., Z, A, B, C) change into A the paragraphs `names` names,
    without a change of the date of update, A coming within CLOCK_GAP of Z and B of A (or a capture refused as
    volatile between)? The second change of a block that an edit elsewhere stands beside (`is_volatile`)."""
    if len(history) < 4:
        return False
    first, before, flip = history[-4:-1]
    if not (first.first_seen and before.first_seen) or first.declared_date != before.declared_date:
        return False
    for since, until in ((first, before), (before, flip)):
        began, then = _time(since.first_seen), _time(until.first_seen)
        if then - began > CLOCK_GAP and not churned(began, then):
            return False
    return _named_in(names, _changes(md(_markdown(first)), md(_markdown(before))).names)


NAME_EDIT = 0.2  # a paragraph naming a place may have this share of its words changed and still name it


def _named_in(names: frozenset, others: frozenset) -> bool:
    """Is each place `names` names (the paragraphs around a change: `_Changes`) one of `others`, its paragraphs
    the same or edited by at most NAME_EDIT of their words? A real edit of the paragraph beside a volatile block
    renames the place the block stands in (robustness's `visit-block-redated`: a word edited next to the
    block, the four captures after it were versions)."""
    def near(a: str | None, b: str | None) -> bool:
        return a == b or a is not None and b is not None and token_change(a, b) <= NAME_EDIT

    return names <= others or all(any(near(n[0], o[0]) and near(n[1], o[1]) for o in others) for n in names)


def _spanned(spans: frozenset) -> set[int]:
    """The paragraphs `spans` (`_Changes`) lie in, with the paragraphs beside them."""
    out = set()
    for span in spans:
        lo, hi = (span[1], span[1] + 1) if span[0] == "w" else (span[1], span[2])
        out.update(range(lo - 1, hi + 1))
    return out


def _apart(spans: frozenset, others: frozenset) -> bool:
    """Do two sets of spans of one text lie in paragraphs apart, none beside another (which would name them)?"""
    return not _spanned(spans) & {p for span in others
                                  for p in ((span[1],) if span[0] == "w" else range(span[1], max(span[2], span[1] + 1)))}


def _carried(spans: frozenset, old: str, new: str) -> frozenset:
    """Spans of Markdown `old` (`_Changes`) where they stand in `new`: those in paragraphs `new` kept as they were,
    renumbered; the rest dropped."""
    a, b = _paragraphs(old), _paragraphs(new)
    head, tail = common_ends(a, b)
    blocks = [(0, 0, head), (len(a) - tail, len(b) - tail, tail)]
    blocks += [(i + head, j + head, n) for i, j, n in difflib.SequenceMatcher(
        None, a[head:len(a) - tail], b[head:len(b) - tail], autojunk=False).get_matching_blocks() if n]
    out = set()
    for span in spans:
        lo, hi = (span[1], span[1] + 1) if span[0] == "w" else (span[1], span[2])
        for i, j, n in blocks:
            if i <= lo and hi <= i + n and (n or lo == hi == i):
                out.add((span[0], span[1] + j - i, *span[2:]) if span[0] == "w" else ("p", lo + j - i, hi + j - i))
                break
    return frozenset(out)


_PLACE_TOKEN = re.compile(f"[{CJK}]|[^\\W{CJK}]+|[^\\w\\s]", re.U)


@dataclass(frozen=True)
class _Changes:
    """Where two texts differ, paragraph by paragraph (`_changes`): `names`, each changed run of paragraphs
    named by the unchanged paragraphs around it in the old text; `old` and `new`, the changed spans in either
    text: ("w", paragraph, first token, end token) for words changed inside paragraphs replaced one by one, ("p",
    first paragraph, end paragraph) for paragraphs changed, added or removed (empty where they were added)."""

    names: frozenset
    old: frozenset
    new: frozenset


@functools.lru_cache(maxsize=16)  # a document's last versions are compared with each other at every capture
def _changes(old: str, new: str) -> _Changes:
    """Where `new` (Markdown) differs from `old`, compared in their hashed form (`canonical`) paragraph by paragraph
    (their common start and end set aside: difflib on a long policy is slow), and inside paragraphs replaced one
    by one, word by word (`_changed_runs`: a contact address edited in a paragraph with a wait time, beside an
    "agents online" line that changes with it, is other words than the value's, a review's case)."""
    a, b = _paragraphs(old), _paragraphs(new)
    names, in_old, in_new = set(), set(), set()
    for i1, i2, j1, j2 in _changed_blocks(a, b):
        names.add((a[i1 - 1] if i1 else None, a[i2] if i2 < len(a) else None))
        if i2 - i1 == j2 - j1:  # paragraphs replaced one by one: the words changed in each
            for i, j in zip(range(i1, i2), range(j1, j2)):
                for (s1, s2), (t1, t2) in _changed_runs(a[i], b[j]):
                    in_old.add(("w", i, s1, s2))
                    in_new.add(("w", j, t1, t2))
        else:
            in_old.add(("p", i1, i2))
            in_new.add(("p", j1, j2))
    return _Changes(frozenset(names), frozenset(in_old), frozenset(in_new))


def _changed_blocks(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int, int, int]]:
    """The runs of paragraphs where `b` differs from `a`: [(start, end) in a + (start, end) in b], an empty run
    where paragraphs were added or removed (their common start and end set aside: difflib on a long policy is
    slow)."""
    head, tail = common_ends(a, b)
    return [(i1 + head, i2 + head, j1 + head, j2 + head) for op, i1, i2, j1, j2 in difflib.SequenceMatcher(
        None, a[head:len(a) - tail], b[head:len(b) - tail], autojunk=False).get_opcodes() if op != "equal"]


def common_ends(a: Sequence, b: Sequence) -> tuple[int, int]:
    """How many items a and b have in common at their start, and then at their end: what a diff can set aside
    (difflib on long sequences of repeated words or paragraphs takes seconds)."""
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return head, tail


def _covered(spans: frozenset, earlier: frozenset) -> bool:
    """Does each span (`_Changes`) lie within one of the `earlier` spans of the same text: a word span within a
    word span of its paragraph, or any span within a run of paragraphs changed (a point where paragraphs were
    added, within the run or at its edge)?"""
    def within(span: tuple) -> bool:
        lo, hi = (span[1], span[1] + 1) if span[0] == "w" else (span[1], span[2])
        return any(e[1] <= lo and hi <= e[2] if e[0] == "p" else
                   span[0] == "w" and e[1] == span[1] and e[2] <= span[2] and span[3] <= e[3] for e in earlier)
    return all(within(span) for span in spans)


def _changed_runs(old: str, new: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The runs of tokens where paragraph `new` differs from `old`: [((start, end) in old, (start, end) in new)].
    Changes with at most one word of letters in common between them are one run ("never share your password" and
    "check the sender before you click" share "you"); a run takes in the digits and marks around it, and a
    quantity written in parts ("3 h 41 min", "1,234"), so that a value is one place whichever of its digits
    changed."""
    ta, tb = _PLACE_TOKEN.findall(old.lower()), _PLACE_TOKEN.findall(new.lower())
    runs: list[list[int]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        if runs and sum(map(_has_letter, ta[runs[-1][1]:i1])) <= 1:
            runs[-1][1], runs[-1][3] = i2, j2
        else:
            runs.append([i1, i2, j1, j2])
    return [(_widened(ta, i1, i2), _widened(tb, j1, j2)) for i1, i2, j1, j2 in runs]


def _widened(tokens: list[str], start: int, end: int) -> tuple[int, int]:
    """A run of tokens widened over the digits and marks around it, and over a unit between two numbers."""
    def joins(k: int, step: int) -> bool:  # is tokens[k] part of the value beside it?
        if not 0 <= k < len(tokens):
            return False
        if not _has_letter(tokens[k]):
            return True
        return 0 <= k + step < len(tokens) and tokens[k + step].isdigit() and len(tokens[k]) <= 3
    while joins(start - 1, -1):
        start -= 1
    while joins(end, 1):
        end += 1
    return start, end


def _has_letter(token: str) -> bool:
    return any(c.isalpha() for c in token)


@functools.lru_cache(maxsize=16)  # the versions `is_churning` looks at, and the candidate
def _paragraphs(markdown: str) -> tuple[str, ...]:
    return tuple(canonical(p) for p in markdown.split("\n\n") if p.strip())


def token_change(old: str, new: str) -> float:
    """Tokens added or removed, as a share of the larger text."""
    a = Counter(t.lower() for t in _TOKEN.findall(old))
    b = Counter(t.lower() for t in _TOKEN.findall(new))
    diff = sum((a - b).values()) + sum((b - a).values())
    return diff / max(sum(a.values()), sum(b.values()), 1)


def is_fragment(candidate: str, current: str) -> bool:
    """The candidate is much shorter than the current text and almost all of its words are found there, most
    of them in the same order (runs of SHINGLE words: every character of a short Chinese page is found
    somewhere in a long Chinese policy, but not in the same runs). A half-loaded page with some leaked
    footer text is still a fragment."""
    n_cand, n_cur = _token_count(candidate), _token_count(current)
    if not n_cand:
        return True
    if n_cand >= FRAGMENT_RATIO * n_cur:
        return False
    cand = Counter(t.lower() for t in _TOKEN.findall(candidate))
    cur = Counter(t.lower() for t in _TOKEN.findall(current))
    return sum((cand & cur).values()) >= FRAGMENT_CONTAINED * n_cand and _shared(candidate, current) >= FRAGMENT_RUNS


def is_first_blocks(candidate: str, current: str) -> bool:
    """Is the candidate (Markdown) the current text's first paragraphs, some of its last ones missing, or the
    last one kept cut short (a cut inside the policy's last list or table)? What a response cut in transfer
    gives however much of the page came; a policy whose last sections were removed reads the same, so `decide`
    asks too whether the body was cut. One paragraph before the last may differ from the policy's by a value (a
    visitor count, a date served with the page: a fresh user's trial's half-loaded page, its counter new, was a
    version "3 sections removed")."""
    a, b = _paragraphs(current), _paragraphs(candidate)
    if not b or len(b) > len(a) or a == b:
        return False
    head, _ = common_ends(a, b)
    if head < len(b) - 1 and _a_value_apart(a[head], b[head]):
        head += 1 + common_ends(a[head + 1:], b[head + 1:])[0]
    # a table's row cut in a cell ends its paragraph with the cell's bar, which the full row has further on, and
    # a body cut inside a tag with the tag's "<" read as text
    return head == len(b) or (head == len(b) - 1 and a[head] != b[head] and a[head].startswith(b[head].rstrip(" |<")))


def _a_value_apart(x: str, y: str) -> bool:
    """Do two paragraphs differ by a value alone: a run of at most VALUE_TOKENS tokens a side, the rest the same?"""
    wx, wy = [t.lower() for t in _TOKEN.findall(x)], [t.lower() for t in _TOKEN.findall(y)]
    head, tail = common_ends(wx, wy)
    return 0 < max(len(wx), len(wy)) - head - tail <= VALUE_TOKENS and min(len(wx), len(wy)) > VALUE_TOKENS


VALUE_TOKENS = 3  # a count with its thousands ("12,345": 12 and 345), a date's day, month and year


def redated(candidate: Extraction, current: VersionState, clocked: bool = False) -> bool:
    """Does the candidate state a later date of update than the version in force? Then a much shorter text
    is a new edition of the policy (sections removed), not a part of it: a half-loaded page or a stub holds
    the full page's words, never a date the full page did not have. A page whose dates follow the clock
    (`clocked`, from `follows_clock`) proves nothing by its date."""
    if clocked or not candidate.declared_date or not current.declared_date:
        return False
    return candidate.declared_date > current.declared_date


def _shared(candidate: str, current: str) -> float:
    """The share of the candidate's runs of SHINGLE words found in the current text (a text shorter than
    a run: its words)."""
    cand, cur = _shingles(candidate), _shingles(current)
    if not cand:
        cand = Counter((t.lower(),) for t in _TOKEN.findall(candidate))
        cur = Counter((t.lower(),) for t in _TOKEN.findall(current))
    total = sum(cand.values())
    return sum((cand & cur).values()) / total if total else 1.0


def is_shorter(candidate: Extraction, current: VersionState) -> bool:
    """Has the candidate fewer words than the version in force (`_token_count`)? A gate served in the policy's
    place is (`record.is_interstitial`); the policy itself, at a renamed address, hardly."""
    return _token_count(candidate.text) < _token_count(current.text)


@functools.lru_cache(maxsize=8)  # (its keys hold whole texts alive, as `_shingles`'s do)
def _token_count(text: str) -> int:
    """The number of `_TOKEN`s of a text: asked of the version in force at every changed capture, and of a
    candidate by each test in turn, so counted once."""
    return len(_TOKEN.findall(text))


@functools.lru_cache(maxsize=8)  # a document's captures come together: the text in force is asked again and again
def _shingles(text: str) -> Counter:
    """Runs of SHINGLE words (`_TOKEN`: a Chinese or Japanese character is a word, so a run of three is as
    telling there as three English words)."""
    w = [t.lower() for t in _TOKEN.findall(text)]
    return Counter(tuple(w[i:i + SHINGLE]) for i in range(max(len(w) - SHINGLE + 1, 0)))


def is_other_page(candidate: str, current: str) -> bool:
    """A much shorter page that is not part of the policy: under OTHER_PAGE_RATIO of the current version's
    words, and under OTHER_PAGE_SHARED of its runs of words found in it (a privacy portal, a "this policy
    has moved" notice served at the policy's address). Such a page reads as privacy text, but a policy is
    seldom rewritten into a tenth of itself with nothing of its wording left; it is refused, and the
    version in force continues (Open Terms Archive records nothing either: its selectors do not match the
    other page), unless it persists (`persists`)."""
    n_cand, n_cur = _token_count(candidate), _token_count(current)
    if not n_cand or n_cand >= OTHER_PAGE_RATIO * n_cur:
        return False
    return _shared(candidate, current) < OTHER_PAGE_SHARED


def other_kind(candidate: Extraction, current: VersionState) -> str | None:
    """A page of another kind at the policy's address: its text shares under OTHER_PAGE_SHARED of its runs of
    words with the version in force, and the page-type classifier (`archive.classify`, trained on Open Terms
    Archive's curated documents) calls it `not_legal` (a homepage, an article, a login page served there for a
    while, however much it says about privacy: "not_legal"), or another legal document than the policy and than
    what the version in force reads as (the Terms of Service, a cookie policy, community guidelines served once at
    the policy's address: "other_document"; an audit of histories taken on change saw each make a version, and
    the policy's return another). Given its text and the page's title when that names a kind of page. The
    classifier's model knows English and French; in other languages its vocabulary route wants a title or an
    opening that names the page, and may call a policy rewritten in new words not legal: such a text becomes a
    version when it persists a week (`PERSISTS`), from its first capture. The classifier runs only on captures
    that share little with the policy, so its cost (5-20 ms) is rare."""
    # its opening tells whether it shares the policy's wording, at a tenth of the cost of the whole
    if _shared(candidate.text[:SAMPLE_CHARS], current.text) >= OTHER_PAGE_SHARED:
        return None
    kind = _classified(candidate.content_hash, candidate.markdown, candidate.title or "", candidate.language)
    if kind == "not_legal":
        return "not_legal"
    if kind == "privacy_policy" or kind == _classified(current.content_hash, _markdown(current), "", current.language):
        return None
    return "other_document"


def is_consent_wall(candidate: Extraction, current: VersionState) -> bool:
    """A cookie-consent wall served at the policy's address in place of the policy: fewer words than the version
    in force, its opening sharing under OTHER_PAGE_SHARED of its runs of words with it, and a block of its
    opening a consent notice (`clean.is_consent_notice`: "Vos choix en matière de cookies", "Nous et nos
    partenaires utilisons des cookies…", 68 words, served for a day instead of a 130-word policy, was a version
    that removed every section, and the policy's return another: a fresh user's trial), and no more than a
    title over it: a wall is a notice and its buttons, where a cookie policy rewritten to open "This website
    uses cookies" has sections (a version; the page-type classifier read short texts of either kind as
    either). `is_other_page` refuses what is a tenth of the policy whatever it is; a wall is often more
    than that of a short policy. A refused one becomes a version when it persists (`persists`, "other_page"),
    from its first capture."""
    from .extract.clean import is_consent_notice
    return 0 < _token_count(candidate.text) < _token_count(current.text) and \
        _shared(candidate.text[:SAMPLE_CHARS], current.text) < OTHER_PAGE_SHARED and \
        is_consent_notice(candidate.text) and \
        sum(line.startswith("#") for line in candidate.markdown.splitlines()) <= 1


@functools.lru_cache(maxsize=256)
def _classified(content_hash: str, markdown: str, title: str, language: str | None) -> str:
    """The classifier's kind of one text (`classify.TYPES`; `content_hash` keys it: a page that flips between two
    texts, or two languages, is classified once per text), in the language extraction found (langdetect
    otherwise)."""
    from .classify import classify_text, heading_kind  # the model: loaded only when a capture needs it
    return classify_text(markdown, title if heading_kind(title)[0] else "", lang=language).type


def is_clock_date(candidate: str, current: str, day: dt.date, lang: str | None = None) -> bool:
    """The candidate (Markdown) differs from the version in force only by dates (`meta.dates`: any date
    as written, with its time of day), and every date that changed is `day` give or take CLOCK_DAYS: the
    page prints the date it is served ("Last updated: <today>", "Generated on 30 Nov 2026, 08:14"), so that
    every capture would be a version though no word of the policy changed. Open Terms Archive's curators
    remove such a date with a filter once they see it (engine issue #720, Yuka's terms); this tells it by
    the capture's time instead (`decide` refuses it only once the page has shown the clock: `follows_clock`).

    Compared in their hashed form (`canonical`, without the page's URL), only around where they differ:
    the first and last characters that differ, widened by `meta.DATE_CHARS` so that a date across either end is
    read whole (a text that shows today's date at its top and bottom is read whole). `lang` (ISO 639-1) adds
    that language's month and weekday names to the ones `meta.dates` knows ("3 марта 2026", "2026. március 3.");
    changed words those patterns do not read whole are read by dateparser (`_changed_runs_are`: CLDR's forms,
    "5. 3. 2026", "2026年3月5日木曜日")."""
    wa, wb = _around(candidate, current)
    if not _same_words(wa, wb, lang):  # a word changed: no need to find the dates (most changes)
        return False
    near = {(day + dt.timedelta(days=k)).isoformat() for k in range(-CLOCK_DAYS, CLOCK_DAYS + 1)}
    if changed := _changed_dates(wa, wb, lang):
        # "12/05/2026" is the 5th of December on an American page that writes no other date to tell its order by
        return all(meta.date_of(w, "dmy", lang) in near or meta.date_of(w, "mdy", lang) in near for w in changed)
    return _changed_runs_are(wa, wb, near, lang)


def _around(candidate: str, current: str) -> tuple[str, str]:
    """The two Markdown texts in their hashed form around where they differ (`meta.around_difference`), an
    era's year as the Gregorian year ("令和8年3月2日", "พ.ศ. 2569"), as the date of update is read."""
    return meta.around_difference(meta.gregorian(_canonical(candidate)), meta.gregorian(_canonical(current)))


def _changed_dates(wa: str, wb: str, lang: str | None) -> list[str]:
    """The dates of `wa`, as written, that differ from `wb`'s, when the two texts are the same outside their
    dates (`meta.dates`); [] otherwise."""
    pieces_a, dates_a = meta.dates(wa, lang)
    pieces_b, dates_b = meta.dates(wb, lang)
    return [w for w, was in zip(dates_a, dates_b) if w != was] if pieces_a == pieces_b else []


CLOCK_MINUTES = 15  # a printed time of day this close to the capture's is the time the page was served
_TIME_OF_DAY = re.compile(r"(?<![\d:])(\d{1,2})[:h](\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?:([ap])\.?m\.?)?"
                          r"\s*\(?(z|(?:utc|gmt)?\s*[+-]\d{1,2}(?::?\d{2})?|utc|gmt|[a-z]{2,4}t)?\)?\s*$")
_OFFSET = re.compile(r"([+-])(\d{1,2})(?::?(\d{2}))?$")  # a zone's offset from UTC: "+01:00", "-0500", "+1"


def is_served_time(candidate: str, current: str, captured: dt.datetime, lang: str | None = None) -> bool:
    """The candidate differs from the version in force only by dates, and each date that changed carries a
    time of day within CLOCK_MINUTES of the capture's own (read as UTC, or by the offset written after it):
    the page prints the minute it was served ("Page generated on 2025-03-24 09:00 UTC"). That shows the clock
    in one capture, where a date alone needs two (`follows_clock`): a policy's date of update is not the
    minute a crawler happened to fetch it. `captured`: the capture's time (a naive one is read as UTC)."""
    if captured.tzinfo is None:
        captured = captured.replace(tzinfo=dt.timezone.utc)
    wa, wb = _around(candidate, current)
    changed = _changed_dates(wa, wb, lang)
    return bool(changed) and all(_at(w, captured, lang) for w in changed)


def is_saved_time(candidate: str, current: str, lang: str | None = None) -> bool:
    """The candidate differs from the version in force only by dates, and each date that changed carries a time
    of day and stands on a line of its own with a label of at most STAMP_LABEL words (not a table's row): the
    stamp a CMS prints of the page's last save ("Zuletzt aktualisiert: 04.02.2021, 07:33", Drupal's and
    Sitecore's "changed" field), which moves whenever an editor saves the page, though no word of the policy
    changed. A policy dates its update by the day; no development page's date of update moved with a minute,
    and a simulated news site made a version at each save (`benchmarks/simulated.py`). A date in a sentence ("This
    version takes effect on 1 July 2024 at 00:00 CET", "accounts are deleted on 15 August 2024 at 12:00 UTC") or
    in a table's cell (a cookie's fixed expiry) is the policy's: a colleague's review found the first form,
    which asked no line of its own, refusing such changes for good. A date without its time, or a word changed
    with it, is judged as before."""
    wa, wb = _around(candidate, current)
    changed = _changed_dates(wa, wb, lang)
    if not changed or not all(_TIME_OF_DAY.search(w) for w in changed):
        return False
    lines = _stamp_lines(candidate, changed)  # (a date of effect with its hour is the policy's: "Hatályos: …")
    return lines is not None and not any(meta.POLICY_DATE_WORD.search(line) for line in lines)


def _stamp_lines(markdown: str, dates: list[str]) -> list[str] | None:
    """The lines of `markdown` (in their hashed form, lower-cased) on which each of `dates` (as written) stands
    with a label of at most STAMP_LABEL words as a reader reads them (a link's words, not its target: Plone's
    "di [Redazione](…/author/redazione) — ultima modifica 14/05/2018 12:03"), twice as many when the label names
    the page (`meta.NAMES_PAGE`: "This page was last updated on", "Última revisión de esta página:", "Cette page a
    été mise à jour le"), not a table's row; None when one of them stands elsewhere (in a sentence, in a table's
    cell)."""
    lines = [_canonical(line).lower() for line in markdown.split("\n") if line.strip() and line.lstrip()[:1] != "|"]
    found = []
    for w in dates:
        # (read in the text joined, a date's zone may be the next line's first word: "10:28 pm" then "Last updated"
        # reads "10:28 pm last", a zone's abbreviation as `meta` knows them)
        forms = (w, w.rsplit(" ", 1)[0]) if w.rsplit(" ", 1)[-1].isalpha() else (w,)
        line = next((line for line in lines for f in forms
                     if f in line and len(_WORD_RUN.findall(_TARGET.sub("]", line.replace(f, " ")))) <=
                     STAMP_LABEL * (2 if _page_label(line) else 1)), None)
        if line is None:
            return None
        found.append(line)
    return found


def _page_label(line: str) -> bool:
    """Does the line's label name the page it dates (`meta.NAMES_PAGE`), as a label does, not a sentence ("The changes
    on this page take effect on 1 July 2024 at 00:00 CET.": a colleague's review) nor a date of effect?"""
    return bool(meta.NAMES_PAGE.search(line)) and line.rstrip()[-1:] not in ".!?" and \
        not meta.POLICY_DATE_WORD.search(line)


# the words of a page's publication stamp: "Page published on", "Página publicada em", "Publié le", "Veröffentlicht
# am", "Gepubliceerd op", "Opublikowano", "Julkaistu", "Közzétéve", "Yayınlanma", "Опубликовано", "Δημοσιεύθηκε",
# "发布时间", "公開日", "게시일", "تاريخ النشر", "פורסם", "Ngày đăng", "Diterbitkan"...
_PUBLISHED = re.compile(r"publi|pubbl|veröffentlich|offentliggjort|julkais|közzé|yayın|objav|опубл|δημοσ|发布|發布|"
                        r"发表|發表|公開|掲載|게시|نشر|פורס|ngày đăng|xuất bản|diterbitkan|เผยแพร่", re.I)
# ...not a version's or a date of effect's ("Version publiée le", "Fassung veröffentlicht am", "published and
# effective"): the policy's own (`meta.POLICY_DATE_WORD`)


def is_second_stamp(candidate: Extraction, current: VersionState) -> bool:
    """The candidate differs from the version in force only by the date of a line of its own with a label of
    update (`_stamp_lines`, `meta.update_line`: "Page last updated: 28/03/2021", "Ultima revisione: 25/09/2021",
    "Stand: 20.02.2021"), while another such line, stating another date of update, stands unchanged: a page
    dated twice, by its policy ("This statement was last reviewed in September 2020", "Data di aggiornamento
    dell'informativa: 11/01/2021", "Stand: 15. Juni 2020") and by the CMS that stamps each republication (a
    simulated council's, water utility's and state office's pages, `benchmarks/simulated.py`'s public_world and
    longform_world: a version at each republication). An edit of the policy's date is saved, so both move;
    the stamp moves alone. Only two such lines, no list's items, where templates set a stamp: beside the
    policy's date (a date block), or naming the page (`meta.NAMES_PAGE`) as the text's last line under a policy
    dated at its top (`STAMP_TOP`) or above that date, which then stands under its document's title (a Drupal
    node's "Última revisión de esta página" in its intro, over "## Aviso de Privacidad Integral" and its "Fecha de
    última actualización": a simulated lab's, health_world; a sub-processor list's date under a paragraph is none,
    a colleague's review). A
    date of effect beside a date of update is no second stamp ("Effective: 1 January 2020 / Last updated: 5 March
    2024": the update's date bumped alone stays a version), nor is a policy's date bumped above a stale line at
    its end, a changelog's entry, another document's date on the page, or a sentence's date (a colleague's review
    found a first form, which asked any other line of update, refusing those for good)."""
    lang = candidate.language
    changed = _changed_dates(*_around(candidate.markdown, _markdown(current)), lang)
    lines = _stamp_lines(candidate.markdown, changed) if changed else None
    if not lines or not all(meta.update_line(line, lang) for line in lines):
        return False
    moved = set(lines)
    text = [_canonical(raw).lower() for raw in candidate.markdown.split("\n")
            if raw.strip() and raw.lstrip()[:1] != "|"]
    # the lines of update, a list's items aside (a changelog's entries)
    dated = [i for i, line in enumerate(text) if len(line) <= _DATE_LINE_CHARS and line[:2] not in ("- ", "* ")
             and meta.update_line(line, lang)]
    if any(meta.POLICY_DATE_WORD.search(text[i]) for i in dated):
        return False  # a version's line ("Version 3 — updated 1 May 2024"): a change history's
    stamp, other = [i for i in dated if text[i] in moved], [i for i in dated if text[i] not in moved]
    if len(stamp) != 1 or len(other) != 1:
        return False
    # the page's two dates together (a date block: "Ultima revisione" over "Data di aggiornamento dell'informativa"),
    # or the policy's at its top and the stamp, naming the page, its last line or above it (a council's "Page
    # last updated": a bare "Last modified:" there may be the policy's own, as a colleague's review of
    # `is_page_stamp` held)
    return abs(stamp[0] - other[0]) == 1 or other[0] < STAMP_TOP and bool(meta.NAMES_PAGE.search(text[stamp[0]])) and \
        (stamp[0] == len(text) - 1 or stamp[0] < other[0] and text[other[0] - 1][:1] == "#")


_DATE_LINE_CHARS = 200  # a line that states a date of update, not a paragraph that mentions one
STAMP_TOP = 4  # lines at the top of a text where its own date stands (its title, a summary line, the date)


def is_page_stamp(candidate: Extraction, current: VersionState) -> bool:
    """The candidate differs from the version in force only by dates that each stand on a line of their own with
    a label (`_stamp_lines`) naming the page's publication (`_PUBLISHED`: "Página publicada em 04/12/2021", "Page
    published on 3 March 2024"), not a version or an effect, and from which `meta.declared_date` reads no date of
    the policy, while the policy's own date (`declared_date`, read from another line) is the same in both: the
    stamp a CMS prints of the page's publication, which moves whenever the page is published again though no word
    of the policy changed (a simulated hospital's Sitecore page, `benchmarks/simulated.py`'s services_world: a
    version at each of 7 republications). So does a label of update naming the page (`_page_label`,
    `meta.update_line`: "Sidan uppdaterades 8 februari 2023" under a dental insurer's policy dated "Gäller från
    och med 1 oktober 2022", its template's stamp of each save: dental_world, a version at each; not "Changes on
    this page apply from", a date of effect, nor "Next review of this page": a colleague's review), when nothing
    but such lines moved. A policy with no date of its own, or any other date line moving ("Entry into force",
    "Dernière révision", "Versione del", "Amended", "Next review": a colleague's review found the first form, which
    asked only that `declared_date` read none of them, refusing each), is judged as before."""
    declared = candidate.declared_date
    if declared is None or declared != current.declared_date:
        return False
    lang = candidate.language
    changed = _changed_dates(*_around(candidate.markdown, _markdown(current)), lang)
    lines = _stamp_lines(candidate.markdown, changed) if changed else None
    if lines is None or not all(_PUBLISHED.search(line) and not meta.POLICY_DATE_WORD.search(line) and
                                not meta.declared_date(line, lang) or
                                _page_label(line) and meta.update_line(line, lang) for line in lines):
        return False
    # (and only those lines moved: a sentence's date edited to the stamp's new date is an edit, a review found)
    ours = {_canonical(line).lower() for line in _markdown(current).split("\n")}
    return all(line in lines for raw in candidate.markdown.split("\n") if raw.strip() and raw.lstrip()[:1] != "|"
               and (line := _canonical(raw).lower()) not in ours)


STAMP_LABEL = 4  # "Zuletzt aktualisiert:", "Page generated on", "Dernière modification le"
_TARGET = re.compile(r"\]\([^)\s]*\)")  # a link's target, after its words
_WORD_RUN = re.compile(r"\w+")


def _at(written: str, captured: dt.datetime, lang: str | None) -> bool:
    """Is the date as written, with its time of day, within CLOCK_MINUTES of `captured`?"""
    if not (m := _TIME_OF_DAY.search(written)):
        return False
    hour, minute = int(m.group(1)), int(m.group(2))
    if m.group(3):  # 12-hour clock
        hour = hour % 12 + (12 if m.group(3) == "p" else 0)
    offset, zone = dt.timedelta(0), m.group(4) or "utc"
    if (signed := _OFFSET.search(zone)):  # "+01:00", "-0500", "GMT+1", "UTC-05:30"
        offset = (1 if signed.group(1) == "+" else -1) * dt.timedelta(hours=int(signed.group(2)),
                                                                     minutes=int(signed.group(3) or 0))
    elif zone in meta.ZONES:
        offset = dt.timedelta(hours=meta.ZONES[zone])
    elif zone not in ("z", "utc", "gmt"):
        return False  # a zone not known: its minute cannot be told
    for order in ("dmy", "mdy"):
        if (day := meta.date_of(written, order, lang)) and hour < 24 and minute < 60:
            printed = dt.datetime.fromisoformat(day).replace(hour=hour, minute=minute, tzinfo=dt.timezone.utc)
            if abs(printed - offset - captured) <= dt.timedelta(minutes=CLOCK_MINUTES):
                return True
    return False


_DATE_TOKEN = re.compile(r"\w+|[^\w\s]")  # words and single marks: a date's "5." is two
_DATE_PUNCT = frozenset(".,/-:،")
_RUN_GAP = 2  # other words that may stand between a date's changed parts (Danish "torsdag den 5. marts")
_RUN_REACH = 8  # tokens a written date may reach beyond the ones that changed (a weekday, "de", "del", a year)


def _changed_runs_are(candidate: str, current: str, near: set[str], lang: str | None) -> bool:
    """Is every run of the candidate's words that changed, widened to the date words and date punctuation around
    it, a date in `near` (`meta.clock_dates`, dateparser's reading of CLDR's forms)? For the dates `meta.dates`
    does not read whole ("5. 3. 2026", a weekday after the date, "tháng 3"). A run that is no date, a date not
    near, or a date only removed (nothing in the candidate) is no clock."""
    ma, mb = list(_DATE_TOKEN.finditer(candidate)), list(_DATE_TOKEN.finditer(current))
    if len(ma) > 400 or len(mb) > 400:  # the windows around one difference are short; these are not dates alone
        return False
    ta = [m.group() for m in ma]
    runs: list[list[int]] = []
    for op, i1, i2, _, _ in difflib.SequenceMatcher(None, ta, [m.group() for m in mb], autojunk=False).get_opcodes():
        if op == "equal":
            continue
        if i1 == i2:
            return False
        if runs and (i1 - runs[-1][1] <= _RUN_GAP or all(_date_token(t, lang) for t in ta[runs[-1][1]:i1])):
            runs[-1][1] = i2  # changed runs that date words separate are one date ("Thứ Năm, 5 tháng 3", "torsdag den 5.")
        else:
            runs.append([i1, i2])
    if not runs:
        return False
    for i1, i2 in runs:
        start, end = max(0, i1 - _RUN_REACH), min(len(ta), i2 + _RUN_REACH)
        while i1 > start and _date_token(ta[i1 - 1], lang):
            i1 -= 1
        while i2 < end and _date_token(ta[i2], lang):
            i2 += 1
        if not near & _read_run(candidate, ma[i1:i2], lang):
            return False
    return True


def _date_token(token: str, lang: str | None) -> bool:
    return token in _DATE_PUNCT or token.lower() in _DATE_WORDS or meta.is_date_word(token, lang)


def _read_run(text: str, tokens: list[re.Match], lang: str | None) -> set[str]:
    """The dates a run of the text's tokens may be: the run read whole, else without a word at either end (a
    label's "am", a time's "um")."""
    n = len(tokens)
    for a, b in ((0, n), (1, n), (0, n - 1), (1, n - 1)):
        if b > a and (found := meta.clock_dates(text[tokens[a].start():tokens[b - 1].end()], lang)):
            return found
    return set()


def follows_clock(history: list[VersionState], captured: dt.datetime,
                  clock_seen: Callable[[dt.datetime], bool]) -> bool:
    """Has the page shown, within CLOCK_GAP of this capture, that its dates follow the clock? The version in
    force began within CLOCK_GAP of the one before it was last seen, differing from it only by dates that are
    its first capture's day, and this capture is within CLOCK_GAP of it; or `clock_seen(captured - CLOCK_GAP)`.
    A page fixed since (its date static) shows no clock after CLOCK_GAP: its date updates are versions again."""
    current = history[-1]
    if len(history) >= 2 and current.first_seen and history[-2].last_seen:
        began, before = _time(current.first_seen), _time(history[-2].last_seen)
        if captured - began <= CLOCK_GAP and began - before <= CLOCK_GAP and _came_by_clock(current, history[-2]):
            return True
    return clock_seen(captured - CLOCK_GAP)


_BY_CLOCK: dict[tuple[str, str], bool] = {}  # (version, the one before) -> came by the clock; asked every capture


def _came_by_clock(version: VersionState, before: VersionState) -> bool:
    key = (version.content_hash, before.content_hash)
    if key not in _BY_CLOCK:
        if len(_BY_CLOCK) > 1024:
            _BY_CLOCK.clear()
        _BY_CLOCK[key] = is_clock_date(_markdown(version), _markdown(before), _time(version.first_seen).date(),
                                       version.language)
    return _BY_CLOCK[key]


def _time(iso_time: str) -> dt.datetime:
    return dt.datetime.fromisoformat(iso_time.replace("Z", "+00:00"))


_LETTERS = re.compile(r"[^\W\d_]+")
# the words a date may hold besides its month: a weekday, ordinals (1st, 1er), a time's am/pm, a zone
_DATE_WORDS = {"st", "nd", "rd", "th", "er", "am", "pm", "a", "p", "m", "t", "z", "utc", "gmt", "at", "à", "um", "de",
               "of", "上午", "下午", "午前", "午後", *(w for day in meta.WEEKDAYS for w in _LETTERS.findall(day))}


def _same_words(a: str, b: str, lang: str | None = None) -> bool:
    """Do a and b hold the same words but for digits, month names and the other words a date holds (in
    `lang` too)? True for two texts that differ by their dates alone; cheap, so most changes are told from
    the clock by it."""
    return _undated_words(a, lang) == _undated_words(b, lang)


def _undated_words(text: str, lang: str | None) -> Counter:
    words = (w for w in _LETTERS.findall(text.lower()) if w not in _DATE_WORDS and w not in meta.MONTHS)
    if lang and lang != "en":  # month and weekday names, "year" and "day" of the language ("목요일", "tháng")
        words = (w for w in words if not meta.is_date_word(w, lang))
    return Counter(words)


def _markdown(version: VersionState) -> str:
    return version.markdown or version.text


@functools.lru_cache(maxsize=8)
def _canonical(markdown: str) -> str:
    return canonical(markdown)


def persists(reason: str, captures: int, seconds: float) -> bool:
    """Has one rejected text (`reason` "fragment", "other_page", "not_legal" or "volatile") been every capture
    of the page for long enough to be what the page is now (`PERSISTS`)? `captures`: captures of that text since
    the version in force was last seen, this one included; `seconds`: from the first of them to this one. Two
    that `lasted` are enough too."""
    if reason not in PERSISTS:
        return False
    n, span = PERSISTS[reason]
    return (captures >= n and seconds >= span) or (captures >= 2 and lasted(reason, seconds))


def lasted(reason: str, seconds: float) -> bool:
    """Are two captures `seconds` apart, refused for `reason` with no capture of the version in force between
    (one text, or a text and an edition of it that `continues` it), what the page is now? When they are at
    least SPARSE_SPAN apart and as far as the reason's own span, but for a volatile block's text (`IN_A_ROW`: a
    rotation's values recur). A history taken only when the page's bytes change (Open Terms Archive's, whose
    collections the archive is judged on; a web archive's runs, which `backfill` records by their two ends)
    captures a page that stays as it is once or twice, never three times a day: a policy shortened to a quarter
    of itself, undated, froze such a history, each later edit refused as a fragment of the version in force
    too (`benchmarks/robustness.py`, kind `shortened`)."""
    return reason in PERSISTS and reason not in IN_A_ROW and \
        seconds >= max(PERSISTS[reason][1], SPARSE_SPAN.total_seconds())


def continues(later: str, earlier: str, current: str) -> bool:
    """Is text `later` an edition of the page `earlier` was (both refused for one reason, in turn, with no
    capture of the version in force, `current`, between)? Not a fragment of it, at least OTHER_PAGE_SHARED of
    its runs of words found in it, and runs of words the version in force lacks (two: a page cut inside a word
    makes one): the shortened policy edited again, not a half-loaded page cut at another point (a colleague's
    review: two such pages a week apart had made two versions, and the full text's return a third)."""
    return not is_fragment(later, earlier) and _shared(later, earlier) >= OTHER_PAGE_SHARED and \
        sum((_shingles(later) - _shingles(current)).values()) >= 2
