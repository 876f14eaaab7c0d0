"""Scrapy project commands (``COMMANDS_MODULE``): ``scrapy article``, ..."""
