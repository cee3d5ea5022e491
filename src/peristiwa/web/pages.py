"""The server-rendered pages (Jinja2, autoescaped). Every page has a JSON twin: the same URL with
``?format=json`` answers the data the page shows, and each page links to it (and to its /api endpoint)."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from urllib.parse import quote, urlsplit

import jinja2
from fastapi import APIRouter, Depends, Form, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from peristiwa.web import api, charts, queries
from peristiwa.web.api import actor_href
from peristiwa.web.app import TOKEN_COOKIE, require_read, settings, token_matches
from peristiwa.web.highlight import article_segments
from peristiwa.web.params import MAX_LIMIT, Text, clean, event_filters, page_links, query_string
from peristiwa.web.queries import EventFilters

router = APIRouter(include_in_schema=False)
ReadAccess = Depends(require_read)
Filters = Annotated[EventFilters, Depends(event_filters)]
PageFormat = Annotated[Literal["html", "json"], Query()]
Limit = Annotated[int, Query(ge=1, le=1000)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]


def safe_url(value: Any) -> str | None:
    """A URL fit for an ``href``: http(s) only (a ``javascript:`` or ``data:`` URL in an article is shown as
    text, never linked)."""
    if not isinstance(value, str):
        return None
    try:
        scheme = urlsplit(value.strip()).scheme.lower()
    except ValueError:
        return None
    return value.strip() if scheme in ("http", "https") else None


_env = jinja2.Environment(loader=jinja2.PackageLoader("peristiwa.web", "templates"), autoescape=True,
                          undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
_env.filters["safe_url"] = safe_url
_env.filters["actor_href"] = actor_href
_env.filters["qs"] = lambda params, **changes: query_string(params, **changes)
_env.globals["qs"] = query_string
_env.globals["side_key"] = queries.side_key
templates = Jinja2Templates(env=_env)


def page(request: Request, template: str, data: dict[str, Any], fmt: str, *, title: str,
         api_url: str | None = None, **extra: Any) -> Response:
    """The page, or with ``?format=json`` its data."""
    if fmt == "json":
        return JSONResponse(jsonable(data))
    params = dict(request.query_params)
    json_url = request.url.path + query_string({**params, "format": "json"})
    context = {"data": data, "title": title, "json_url": json_url, "api_url": api_url, "path": request.url.path,
               "protected": settings(request).protect_reads, **extra}
    return templates.TemplateResponse(request, template, context)


def jsonable(value: Any) -> Any:
    from fastapi.encoders import jsonable_encoder

    return jsonable_encoder(value)


@router.get("/", dependencies=[ReadAccess])
def home(request: Request, format: PageFormat = "html") -> Response:
    store = settings(request).store
    data = queries.overview(store)
    return page(request, "home.html", data, format, title="peristiwa", api_url="/api/overview")


@router.get("/search", dependencies=[ReadAccess])
def search(request: Request, q: Text = None, format: PageFormat = "html") -> Response:
    q = clean(q)
    data = api.search_payload(settings(request).store, q, 20)
    return page(request, "search.html", data, format, title=f"Search: {q}" if q else "Search",
                api_url="/api/search" + query_string({"q": q}))


@router.get("/articles", dependencies=[ReadAccess])
def articles(request: Request, q: Text = None, outlet: Text = None, limit: Limit = 50, offset: Offset = 0,
             format: PageFormat = "html") -> Response:
    data = api.articles_payload(settings(request).store, clean(q), clean(outlet), limit, offset)
    links = page_links("/articles", {"q": clean(q), "outlet": clean(outlet)}, data["total"], limit, offset)
    return page(request, "articles.html", data, format, title="Articles", links=links,
                api_url="/api/articles" + query_string({"q": clean(q), "outlet": clean(outlet)}))


@router.get("/articles/{article_id}", dependencies=[ReadAccess])
def article(request: Request, article_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
            format: PageFormat = "html") -> Response:
    found = queries.article(settings(request).store, article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id}")
    record = found["record"]
    return page(request, "article.html", found, format, title=record.get("title") or record.get("id") or "Article",
                api_url=f"/api/articles/{article_id}", record=record, segments=article_segments(record),
                event_ids=found["event_ids"])


@router.get("/events", dependencies=[ReadAccess])
def events(request: Request, f: Filters, limit: Limit = 50, offset: Offset = 0,
           order: Annotated[Literal["date", "date_asc", "confidence"], Query()] = "date",
           format: PageFormat = "html") -> Response:
    store = settings(request).store
    data = api.events_payload(store, f, limit, offset, order)
    params = {**f.as_params(), "order": order if order != "date" else None}
    links = page_links("/events", params, data["total"], limit, offset)
    export = {fmt: "/api/events" + query_string(params, format=fmt if fmt == "csv" else None,
                                                limit=min(max(data["total"], 1), MAX_LIMIT))
              for fmt in ("csv", "json")}
    return page(request, "events.html", data, format, title="Events", links=links, export=export,
                facets=queries.facets(store), f=f, order=order,
                api_url="/api/events" + query_string(params, limit=limit, offset=offset or None))


@router.get("/events/{event_id}", dependencies=[ReadAccess])
def event(request: Request, event_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
          format: PageFormat = "html") -> Response:
    found = queries.event(settings(request).store, event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id}")
    if format == "json":
        return JSONResponse(jsonable(found))
    return RedirectResponse(f"/articles/{found['article_id']}#event-{found['event_no']}", status_code=303)


@router.get("/timeline", dependencies=[ReadAccess])
def timeline(request: Request, f: Filters,
             interval: Annotated[Literal["day", "week", "month"], Query()] = "month",
             format: PageFormat = "html") -> Response:
    store = settings(request).store
    by_type = queries.time_series(store, f, by="type", interval=interval)
    by_modality = queries.time_series(store, f, by="modality", interval=interval)
    data = {"interval": interval, "filters": f.as_params(), "by_type": by_type, "by_modality": by_modality}
    params = {**f.as_params(), "interval": interval}
    return page(request, "timeline.html", data, format, title="Timeline", f=f, facets=queries.facets(store),
                interval=interval, params=params, charts={"type": charts.stacked_bars(by_type),
                                                          "modality": charts.stacked_bars(by_modality)},
                api_url="/api/timeseries" + query_string(params, by="type"))


@router.get("/network", dependencies=[ReadAccess])
def network(request: Request, f: Filters, by: Annotated[Literal["actor", "country"], Query()] = "actor",
            limit: Annotated[int, Query(ge=1, le=2000)] = 150, format: PageFormat = "html") -> Response:
    store = settings(request).store
    graph = api.network_payload(store, f, by, limit)
    data = {**graph, "filters": f.as_params()}
    params = {**f.as_params(), "by": by, "limit": limit if limit != 150 else None}
    return page(request, "network.html", data, format, title="Actor network", f=f, facets=queries.facets(store),
                by=by, params=params, api_url="/api/network" + query_string(params))


@router.get("/map", dependencies=[ReadAccess])
def map_page(request: Request, f: Filters, format: PageFormat = "html") -> Response:
    store = settings(request).store
    data = {**queries.places(store, f), "filters": f.as_params()}
    params = f.as_params()
    return page(request, "map.html", data, format, title="Map of event places", f=f, facets=queries.facets(store),
                params=params, api_url="/api/places" + query_string(params))


@router.get("/actors", dependencies=[ReadAccess])
def actors(request: Request, q: Text = None, limit: Limit = 50, offset: Offset = 0,
           format: PageFormat = "html") -> Response:
    data = api.actors_payload(settings(request).store, clean(q), limit, offset)
    links = page_links("/actors", {"q": clean(q)}, data["total"], limit, offset)
    return page(request, "actors.html", data, format, title="Actors", links=links,
                api_url="/api/actors" + query_string({"q": clean(q)}))


@router.get("/actors/{key:path}", dependencies=[ReadAccess])
def actor(request: Request, key: str, format: PageFormat = "html") -> Response:
    key = (clean(key) or "")[:300]
    found = api.actor_payload(settings(request).store, key) if key else None
    if found is None:
        raise HTTPException(404, f"no actor {key!r}")
    return page(request, "actor.html", found, format, title=found["name"],
                api_url="/api/actors/" + quote(key, safe=""))


@router.get("/ingest")
def ingest_page(request: Request, format: PageFormat = "html") -> Response:
    s = settings(request)
    data = {"enabled": bool(s.token), "max_body": s.max_body, "endpoint": "/api/ingest"}
    return page(request, "ingest.html", data, format, title="Ingest")


@router.get("/login")
def login_page(request: Request, format: PageFormat = "html") -> Response:
    return page(request, "login.html", {"protected": settings(request).protect_reads}, format, title="Sign in",
                failed=False)


@router.post("/login")
def login(request: Request, token: Annotated[str, Form(max_length=500)]) -> Response:
    s = settings(request)
    if not token_matches(token, s.token):
        return templates.TemplateResponse(request, "login.html", {
            "data": {}, "title": "Sign in", "json_url": None, "api_url": None, "path": "/login",
            "protected": s.protect_reads, "failed": True}, status_code=401)
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict", secure=request.url.scheme == "https")
    return response
