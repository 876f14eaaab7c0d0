"""Project signals, sent through the crawler's signal manager."""

# A requested page yielded no Page item: sent with ``url``, ``index`` (the
# request's ``meta["input_index"]``, or None) and ``reason`` (one line).
page_failed = object()
