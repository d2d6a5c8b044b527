"""Extensions: AutoThrottle that trusts a 304.

Scrapy's AutoThrottle never lowers a host's delay after a non-200 answer (error pages are small and fast,
and would speed it up against a struggling server). A 304 Not Modified is the healthy answer of a
recrawl, though: counted as a 200, a host serving many companies' unchanged policies (a policy-hosting
service) is not kept at the start delay for the whole recrawl.
"""
from __future__ import annotations

from scrapy.extensions.throttle import AutoThrottle


class RecrawlAutoThrottle(AutoThrottle):
    def _adjust_delay(self, slot, latency, response):
        if response.status == 304:
            response = response.replace(status=200)
        super()._adjust_delay(slot, latency, response)
