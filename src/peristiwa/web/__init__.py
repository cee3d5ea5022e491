"""The analyst's workbench: a web app and REST API over the event database (FastAPI, Jinja2).

>>> from peristiwa.web import create_app
>>> app = create_app("sqlite:///corpus.db", token="s3cret")   # or: peristiwa serve --db … --token …

``/api/…`` answers JSON (CSV for lists with ``?format=csv``), described at ``/openapi.json``; the pages
(search, articles, events, timeline, network, map, actors, ingest) each have a JSON twin with
``?format=json``. Needs the ``web`` extra (fastapi, uvicorn, jinja2, python-multipart).
"""

from peristiwa.web.app import DEFAULT_MAX_BODY, create_app

__all__ = ["DEFAULT_MAX_BODY", "create_app"]
