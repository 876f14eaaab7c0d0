"""Downloader middlewares.

``RobotsTxtMiddleware`` replaces Scrapy's own (same priority, same settings).
In Scrapy 2.19 every request that arrives while a host's robots.txt is still
downloading awaits the same Deferred; the first waiter's callback swallows the
result, so from the second waiter on the parser comes back as ``None`` and
those requests are sent unchecked (a disallowed page was fetched whenever three
or more requests to a new host started together; see
tests/test_article_command.py). Here each waiter gets its own Deferred.
"""

from __future__ import annotations

from typing import Any

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware as ScrapyRobotsTxtMiddleware
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred


class RobotsTxtMiddleware(ScrapyRobotsTxtMiddleware):
    async def robot_parser(self, request: Any) -> Any:
        pending = self._parsers.get(urlparse_cached(request).netloc)
        if not isinstance(pending, Deferred):
            return await super().robot_parser(request)
        mine: Deferred[Any] = Deferred()

        def hand_over(result: Any) -> Any:
            mine.callback(result)
            return result  # keep the parser in the chain for the next waiter

        pending.addBoth(hand_over)
        return await maybe_deferred_to_future(mine)
