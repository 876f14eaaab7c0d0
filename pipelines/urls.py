"""URL checks and canonical forms.

``canonical_url`` decides which URLs are "the same article": one record is kept
per canonical URL, and the record's ``_id`` is derived from it.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import SplitResult, parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import safe_url_string

# Query parameters that only say how a reader arrived; they never select content.
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
        "ref", "ref_src", "cmpid", "cmp", "ito", "ncid", "ocid", "share", "smid",
        "_ga", "_gl", "spm", "at_medium", "at_campaign", "xtor",
    }
)  # fmt: skip
TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_", "hsa_")
DEFAULT_PORTS = {"http": 80, "https": 443}


class BadURL(ValueError):
    """A URL that cannot be fetched; the message says why."""


def check_url(url: str) -> str:
    """Return ``url`` in a form Scrapy can request, or raise ``BadURL``."""
    url = url.strip()
    if not url:
        raise BadURL("empty URL")
    if any(c.isspace() for c in url):
        raise BadURL("URL contains white space")
    parts = urlsplit(url)
    if not parts.scheme:
        raise BadURL("no scheme (expected http:// or https://)")
    if parts.scheme.lower() not in DEFAULT_PORTS:
        raise BadURL(f"unsupported scheme {parts.scheme!r}")
    try:
        host, port = parts.hostname, parts.port
    except ValueError as exc:
        raise BadURL(f"bad host or port ({exc})") from None
    if not host or host.startswith(".") or ".." in host:
        raise BadURL("no host name")
    del port  # only checked for validity
    return safe_url_string(url)


def _is_tracking(name: str) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def _is_amp_param(name: str, value: str) -> bool:
    return (name.lower() == "amp" and value.lower() in ("", "1", "true")) or (
        name.lower() == "outputtype" and value.lower() == "amp"
    )


def _without_amp(path: str) -> str:
    """``/amp/news/x``, ``/news/x/amp/``, ``/news/x.amp.html`` -> ``/news/x``..."""
    path = re.sub(r"^/amp(?=/)", "", path)
    path = re.sub(r"/amp/?$", "/", path)
    path = re.sub(r"\.amp(\.html?)$", r"\1", path)
    if path.endswith("/") and path != "/" and re.search(r"\.html?/$", path):
        path = path[:-1]
    return path or "/"


def clean_url(url: str) -> str:
    """Lowercase scheme and host, drop default port, fragment and tracking
    parameters, sort the remaining query parameters: the URL to request."""
    parts = urlsplit(safe_url_string(url.strip()))
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    netloc = host
    if parts.port and parts.port != DEFAULT_PORTS.get(scheme):
        netloc = f"{host}:{parts.port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(sorted(query)), ""))


def split_or_none(url: str) -> SplitResult | None:
    """``urlsplit``, or ``None`` for an address it refuses ("http://[bad": an
    invalid IPv6 host): a page's links and metadata may hold anything."""
    try:
        return urlsplit(url)
    except ValueError:
        return None


def absolute_url(page_url: str, value: str | None) -> str | None:
    """``value`` (an image's address as a page gives it: relative, scheme-relative,
    or with its scheme written twice, "https:https://...") made absolute
    against ``page_url``; ``None`` for nothing or a non-web address."""
    value = re.sub(r"^(?:https?:)+(?=https?://)", "", (value or "").strip(), flags=re.IGNORECASE)
    if not looks_like_address(value):
        return None
    try:
        absolute = urljoin(page_url, value)  # "//cdn/…" takes the page's scheme
    except ValueError:
        return None
    parts = split_or_none(absolute)
    return absolute if parts is not None and parts.scheme in ("http", "https") else None


# A capture's address in the Wayback Machine: the archive's host, the capture's timestamp (with a flag such as "id_"
# or "im_" after it), then the archived page's own address, its scheme sometimes left out.
_ARCHIVED = re.compile(r"^https?://web(?:-beta)?\.archive\.org/web/\d{4,14}(?:[a-z]{2}_)?/+(.+)$", re.IGNORECASE)


def archived_address(url: str) -> str:
    """The page a Wayback Machine capture archived ("https://web.archive.org/web/20140226054445/http://www.
    time4talks.com/2013/08/07/..." archived "http://www.time4talks.com/2013/08/07/..."), else ``url``: the
    address that names the site, its sections and the story's day."""
    match = _ARCHIVED.match(url or "")
    if not match:
        return url
    original = match[1]
    original = re.sub(r"^(https?):/+", r"\1://", original, flags=re.IGNORECASE)  # "http:/example.com", as logs give it
    return original if re.match(r"^https?://", original, re.IGNORECASE) else f"http://{original}"


def looks_like_address(value: str | None) -> bool:
    """``value`` may be an address: not empty, and not a caption given where
    the address belongs ("Airline fleet parked at the taxiway")."""
    value = (value or "").strip()
    return bool(value) and not (" " in value and "/" not in value)


def canonical_url(url: str) -> str:
    """``clean_url``, with AMP variants (``/amp/`` prefix or suffix,
    ``?amp=1``, ``outputType=amp``, ``amp.`` host) mapped to the main page:
    the identity of an article. A guess from the URL alone; the page's own
    ``rel=canonical`` (``pipelines.record.pick_canonical``) has the last word."""
    parts = urlsplit(clean_url(url))
    host = parts.netloc[4:] if parts.netloc.startswith("amp.") and parts.netloc.count(".") >= 2 else parts.netloc
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_amp_param(k, v)]
    return urlunsplit((parts.scheme, host, _without_amp(parts.path), urlencode(query), ""))


def same_site(url_a: str, url_b: str) -> bool:
    """True when both URLs are on the same registered host (``www.`` ignored)."""

    def host(url: str) -> str:
        name = (urlsplit(url).hostname or "").lower()
        return name[4:] if name.startswith("www.") else name

    return bool(host(url_a)) and host(url_a) == host(url_b)


def article_id(canonical: str) -> str:
    """The record's stable ``_id``: 32 hex digits of SHA-256 over the canonical URL."""
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()
