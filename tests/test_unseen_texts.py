"""The unseen-texts benchmark (`benchmarks/unseen_texts.py`): its pages and its scoring."""
from benchmarks import unseen_texts

TERMS = "\n\n".join(
    [f"## {i}. {title}\n\nThese terms of service govern your use of the service. You must be eighteen to open an "
     f"account, you are responsible for what you post, and we may suspend an account that breaks these terms. "
     f"Disputes are settled by the courts of Paris, and the service is provided as is, without warranty ({i})."
     for i, title in enumerate(["Acceptance", "Accounts", "Content", "Termination", "Liability"], 1)])
POLICY = "\n\n".join(
    [f"## {i}. {title}\n\nWe collect the personal data you give us, such as your e-mail address, and process it to "
     f"run your account. We keep it for three years after your last login, share it with processors bound by "
     f"contract, and you may ask for access, correction or erasure by writing to our data protection officer ({i})."
     for i, title in enumerate(["Data we collect", "Why we process it", "Retention", "Your rights", "Contact"], 1)])


def test_a_legal_hub_keeps_the_policy_and_the_baseline_keeps_both():
    job = ("held", "Acme", "hub, terms first", "semantic",
           [("Terms of Service", TERMS), ("Privacy Policy", POLICY)], POLICY)
    coll, service, setting, ours, baseline, why = unseen_texts.trial(job)
    assert (coll, service, setting, why) == ("held", "Acme", "hub, terms first", "")
    assert ours > 0.95
    assert baseline < 0.8  # plain trafilatura keeps the terms too


def test_both_templates_hold_the_policy_as_the_page_s_only_document():
    for template in unseen_texts.TEMPLATES:
        body = unseen_texts.page(template, "Acme", [("Privacy Policy", POLICY)]).decode()
        assert "<h2>3. Retention</h2>" in body and "<title>Privacy Policy | Acme</title>" in body
        *_, ours, _, why = unseen_texts.trial(("held", "Acme", "alone", template, [("Privacy Policy", POLICY)],
                                               POLICY))
        assert why == "" and ours > 0.95


def test_token_f1_is_the_scorer_s():
    # Markdown syntax aside, a link's address counts, as it does for the scorer
    assert unseen_texts.token_f1("# Data\n\n[we collect](https://a.example)", "Data we collect https a example") == 1.0
    assert unseen_texts.token_f1("[we collect](https://a.example)", "we collect") < 1.0
    assert unseen_texts.token_f1("", "words") == 0.0
    assert 0.6 < unseen_texts.token_f1("a b c", "a b c d e") < 0.8


def test_jobs_pair_terms_and_policy_in_both_orders_and_skip_services_without_a_policy():
    docs = {("held", "Acme"): {"Privacy Policy": POLICY, "Terms of Service": TERMS},
            ("held", "NoPolicy"): {"Terms of Service": TERMS}}
    settings = [j[2] for j in unseen_texts.jobs(docs)]
    assert settings == ["alone, semantic", "alone, divs", "hub, terms first", "hub, policy first"]
    hub = unseen_texts.jobs(docs)[3][4]
    assert [t for t, _ in hub] == ["Privacy Policy", "Terms of Service"]
