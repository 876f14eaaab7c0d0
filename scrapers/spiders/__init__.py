"""Spiders, one module per way of discovering pages."""
