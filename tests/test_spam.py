"""The spam detector: injected gambling / SEO spam is caught in every gluing, and a policy's words are spared."""
from __future__ import annotations

import itertools
import re

from hypothesis import given, settings, strategies as st

from archive.extract import spam


def test_spam_detector_catches_seed_spam_and_spares_policy_words():
    assert spam.is_spam("kaiyun体育全站入口(China)官方网站-Unique Platform")
    assert spam.is_spam("laiye's ai-凯发网站")
    assert spam.is_spam("bet365 online casino bonus")
    assert not spam.is_spam("We may share your information with our official partners on this platform.")
    assert not spam.is_spam("本公司官方网站的隐私政策说明我们如何收集个人信息。")


SPAM_PIECES = ["kaiyun", "casino", "online", "free", "spins", "slot", "gacor", "machines", "judi", "bola", "bet365",
               "体育", "全站", "入口", "真人", "视讯", "老虎机", "官方网站", "-", " ", "_", ".", "X", "é", "The policy ",
               "com", "CAſINO", "KAİYUN", "ıng"]


def test_spam_pretest_never_hides_a_match_of_up_to_three_pieces():
    """might_be_spam is only a shortcut: whatever the spam pattern finds, it must say "maybe" (every gluing)."""
    for pieces in itertools.product(SPAM_PIECES, repeat=3):
        text = "".join(pieces)
        if spam.SPAM.search(text):
            assert spam.might_be_spam(text), text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SPAM_PIECES), min_size=4, max_size=12))
def test_spam_pretest_never_hides_a_match(pieces):
    text = "".join(pieces)
    if spam.SPAM.search(text):
        assert spam.might_be_spam(text), text


def test_no_spam_match_is_wider_than_the_page_test_windows():
    assert re._parser.parse(spam.SPAM.pattern, spam.SPAM.flags).getwidth()[1] <= spam.SPAM_MAX_WIDTH


FILLER = st.sampled_from(["We process your data. ", "简体中文 ", "注册 ", "官方 ", "judicial ", "slots ", "x" * 50, "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(FILLER, st.sampled_from(SPAM_PIECES)), max_size=60))
def test_page_spam_test_never_misses_what_the_pattern_finds(pieces):
    """spam_on_page looks only around the hints; whatever the pattern finds on the whole page, it finds."""
    text = "".join(pieces)
    if spam.SPAM.search(text):
        assert spam.spam_on_page(text), text


def test_page_spam_test_finds_spam_deep_in_a_long_page():
    page = "简体中文 We process your data. " + "We process your data. " * 2000
    assert not spam.spam_on_page(page)
    assert spam.spam_on_page(page[:30000] + " 体育全站 " + page[30000:])
    assert spam.spam_on_page(page + " free spins")


def test_spam_pretest_is_false_on_ordinary_policy_text():
    text = "Judicial authorities may request data. We offer a free trial. " * 50
    assert not spam.might_be_spam(text)
    assert spam.is_spam("老虎机 在线") and spam.is_spam("真人视讯") and spam.is_spam("FREE SPINS today")
