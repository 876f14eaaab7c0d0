"""One-line, user-facing reasons for failed downloads."""

from __future__ import annotations

import re
from typing import Any

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    UnsupportedURLSchemeError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as tx_error

_BY_TYPE: tuple[tuple[type[BaseException] | tuple[type[BaseException], ...], str], ...] = (
    ((DownloadConnectionRefusedError, tx_error.ConnectionRefusedError), "connection refused"),
    ((CannotResolveHostError, tx_error.DNSLookupError), "cannot resolve host name"),
    ((DownloadTimeoutError, tx_error.TimeoutError), "timed out"),
    ((UnsupportedURLSchemeError,), "bad URL (unsupported scheme)"),
    ((tx_error.ConnectionLost, tx_error.ConnectionDone, DownloadFailedError), "connection lost"),
)


def failure_reason(exc: BaseException, maxsize: int = 0) -> str:
    """Why a request failed, for ``URL: reason`` lines and stats keys."""
    if isinstance(exc, HttpError):
        return f"HTTP {exc.response.status}"
    if isinstance(exc, IgnoreRequest):
        message = str(exc)
        if "robots.txt" in message:
            return "blocked by robots.txt"
        if "redirect" in message.lower():
            return "too many redirects"
        return f"ignored ({message})" if message else "ignored"
    if isinstance(exc, DownloadCancelledError):
        if "max size" in str(exc) or "maxsize" in str(exc).lower():
            return f"too large (over {maxsize} bytes)" if maxsize else "too large"
        return "download cancelled"
    for types, reason in _BY_TYPE:
        if isinstance(exc, types):
            return reason
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def stats_key(reason: str, prefix: str = "fetch") -> str:
    """``<prefix>/failed/<kind>``: the reason's leading words, without numbers."""
    kind = reason.split("(")[0].split(":")[0].strip().lower()
    # Letters, digits and "_" only: the kinds become field names in crawl records.
    return f"{prefix}/failed/" + re.sub(r"[^a-z0-9]+", "_", kind).strip("_")


def response_reason(response: Any) -> str | None:
    """Why a downloaded response is not an HTML page, or None when it is."""
    content_type = response.headers.get(b"Content-Type", b"").decode("latin-1").split(";")[0].strip().lower()
    is_html = content_type in ("text/html", "application/xhtml+xml") or (
        not content_type and response.body[:1024].lstrip().lower().startswith((b"<!doctype html", b"<html"))
    )
    if is_html:
        return None
    return f"not HTML ({content_type or 'no content type'})"
