"""The C allocator (glibc malloc) of a long-running process, tuned so that
memory Python frees goes back to the system.

With glibc's defaults a crawl's processes keep growing for their first
thousands of pages although Python frees what it held: every thread that
allocates gets its own arena (8 per core), and once one large block (a
100-500 KB response body, its decoded text, a page's pickle) has been freed,
glibc raises its mapping threshold and serves the next ones from the arenas,
where freed blocks leave holes the process keeps. A fixed threshold gives
each large block its own mapping, unmapped when freed; ``trim`` hands the
free pages inside the arenas back (``malloc_trim``, a few milliseconds).
Elsewhere than glibc these are no-ops.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging

logger = logging.getLogger(__name__)

M_TRIM_THRESHOLD, M_MMAP_THRESHOLD, M_ARENA_MAX = -1, -3, -8  # mallopt parameters (glibc's malloc.h)

_libc = ctypes.CDLL(ctypes.util.find_library("c") or None)
AVAILABLE = hasattr(_libc, "mallopt") and hasattr(_libc, "malloc_trim")


def tune(mmap_threshold: int, arena_max: int = 0) -> None:
    """Blocks of ``mmap_threshold`` bytes and more get their own mapping; at
    most ``arena_max`` arenas (0 leaves either at glibc's default)."""
    if not AVAILABLE:
        return
    for param, value in ((M_MMAP_THRESHOLD, mmap_threshold), (M_TRIM_THRESHOLD, 2 * mmap_threshold),
                         (M_ARENA_MAX, arena_max)):  # fmt: skip
        if value and not _libc.mallopt(param, value):
            logger.warning("mallopt(%d, %d) refused", param, value)


def trim() -> None:
    """Return the free pages of every arena to the system."""
    if AVAILABLE:
        _libc.malloc_trim(0)
