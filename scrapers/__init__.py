"""Spiders (by how they discover pages) and the Scrapy project commands."""
