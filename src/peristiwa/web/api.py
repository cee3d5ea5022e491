"""The REST API under ``/api``: JSON, and CSV for the list endpoints (``?format=csv``).

Lists answer ``{"total", "limit", "offset", "items", "links": {"self", "next", "prev"}}``; the same
filters and paging in CSV give the items as flat rows (nested objects as ``parent_child`` columns).
``/api/articles`` adds ``total_exact``: false when a full-text search on PostgreSQL stopped counting at a cap
(``queries.ARTICLE_COUNT_CAP``), ``total`` then being a lower bound that still covers the next page.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from peristiwa.actors import default_gazetteer
from peristiwa.store import Store
from peristiwa.web import queries
from peristiwa.web.app import require_read, require_token, settings
from peristiwa.web.ingest import IngestRequestError, fetch_documents, parse_request, store_documents
from peristiwa.web.params import (
    ACTOR_CSV,
    ARTICLE_CSV,
    EDGE_CSV,
    EVENT_CSV,
    MAX_LIMIT,
    PLACE_CSV,
    SERIES_CSV,
    Text,
    clean,
    csv_response,
    event_filters,
    page_links,
)
from peristiwa.web.queries import EventFilters

router = APIRouter(prefix="/api", tags=["api"])
ReadAccess = Depends(require_read)
Filters = Annotated[EventFilters, Depends(event_filters)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"rows per page (at most {MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="rows to skip")]
ListFormat = Annotated[Literal["json", "csv"], Query(description="json (default) or csv")]
NOT_FOUND = {404: {"description": "no such item"}}


def store_of(request: Request) -> Store:
    return settings(request).store


def plain_json(payload: dict[str, Any]) -> JSONResponse:
    """A payload made only of JSON's own types (str, numbers, bool, None, lists, dicts), sent as it is: FastAPI's
    jsonable_encoder would walk every value of a page of events again, a third of the request's time."""
    return JSONResponse(payload)


# -- payloads (the pages render the same) ----------------------------------------------------------------------

def events_payload(store: Store, f: EventFilters, limit: int, offset: int, order: str) -> dict[str, Any]:
    total = queries.count_events(store, f)
    items = list(queries.iter_events(store, f, limit=limit, offset=offset, order=order))
    params = {**f.as_params(), "order": order if order != "date" else None}
    return {"total": total, "limit": limit, "offset": offset, "filters": f.as_params(), "order": order,
            "items": items, "links": page_links("/api/events", params, total, limit, offset)}


def articles_payload(store: Store, q: str | None, outlet: str | None, limit: int, offset: int) -> dict[str, Any]:
    total, items = queries.list_articles(store, q=q, outlet=outlet, limit=limit, offset=offset)
    params = {"q": q, "outlet": outlet}
    # total_exact false: a capped count (a full-text search on PostgreSQL), "total" is then a lower bound.
    return {"total": total.count, "total_exact": total.exact, "limit": limit, "offset": offset, "q": q,
            "outlet": outlet, "items": items,
            "links": page_links("/api/articles", params, total.count, limit, offset)}


def actors_payload(store: Store, q: str | None, limit: int, offset: int) -> dict[str, Any]:
    total, items = queries.list_actors(store, q=q, limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset, "q": q, "items": items,
            "links": page_links("/api/actors", {"q": q}, total, limit, offset)}


def dictionary_entry(key: str) -> dict[str, Any] | None:
    """The actor dictionary's entry for a dictionary id: aliases, and roles with the dates each was held."""
    actor = default_gazetteer().actors.get(key)
    if actor is None:
        return None
    return {"id": actor.id, "type": actor.type, "name": actor.name, "aliases": list(actor.aliases),
            "country": actor.country, "sector": actor.sector, "lat": actor.lat, "lon": actor.lon,
            "parent": actor.parent, "roles": [{"title": r.title, "title_aliases": list(r.title_aliases),
                                               "country": r.country, "sector": r.sector,
                                               "start": None if r.start is None else str(r.start),
                                               "end": None if r.end is None else str(r.end)} for r in actor.roles]}


def actor_payload(store: Store, key: str, limit: int = 50) -> dict[str, Any] | None:
    entry = dictionary_entry(key)
    seen = queries.actor_names(store, key)
    if entry is None and not (seen["as_source"] or seen["as_target"] or seen["as_speaker"] or seen["mentioned"]):
        return None
    as_source = EventFilters(source=key)
    as_target = EventFilters(target=key)
    name = (entry or {}).get("name") or (seen["names"][0] if seen["names"] else key.lstrip("~"))
    return {
        "key": key, "name": name, "dictionary": entry, "names": seen["names"], "codes": seen["codes"],
        "counts": {"as_source": seen["as_source"], "as_target": seen["as_target"], "as_speaker": seen["as_speaker"],
                   "mentioned": seen["mentioned"]},
        "as_source": {"total": seen["as_source"], "items": queries.list_events(store, as_source, limit=limit),
                      "href": "/events" + _qs(as_source)},
        "as_target": {"total": seen["as_target"], "items": queries.list_events(store, as_target, limit=limit),
                      "href": "/events" + _qs(as_target)},
        "quotes": queries.actor_quotes(store, key, limit=limit),
    }


def _qs(f: EventFilters) -> str:
    from peristiwa.web.params import query_string

    return query_string(f.as_params())


def search_payload(store: Store, q: str | None, limit: int) -> dict[str, Any]:
    if not q:
        return {"q": q, "articles": {"total": 0, "items": []}, "events": {"total": 0, "items": []},
                "actors": {"total": 0, "items": []}}
    a_total, a_items = queries.list_articles(store, q=q, limit=limit)
    f = EventFilters(text=q)
    by_actor = EventFilters(actor=q)
    e_total = queries.count_events(store, f)
    events = queries.list_events(store, f, limit=limit)
    if not events:  # no article holds the words: events whose actor is written so
        e_total, events = queries.count_events(store, by_actor), queries.list_events(store, by_actor, limit=limit)
        f = by_actor
    r_total, actors = queries.list_actors(store, q=q, limit=limit)
    return {"q": q,
            "articles": {"total": a_total.count, "total_exact": a_total.exact, "items": a_items,
                         "href": "/articles" + _qs_dict({"q": q})},
            "events": {"total": e_total, "items": events, "href": "/events" + _qs(f)},
            "actors": {"total": r_total, "items": actors, "href": "/actors" + _qs_dict({"q": q})}}


def _qs_dict(params: dict[str, Any]) -> str:
    from peristiwa.web.params import query_string

    return query_string(params)


def actor_href(key: str | None) -> str | None:
    """The page of an actor (keys may hold spaces, "~" and "/")."""
    return "/actors/" + quote(key, safe="") if key else None


def network_payload(store: Store, f: EventFilters, by: str, limit: int) -> dict[str, Any]:
    """The network with a link on each node (the actor's page, or a country's events) and on each edge (the
    events between its two ends, under the same filters)."""
    graph = queries.network(store, f, by=by, limit=limit)
    ends = ("source_country", "target_country") if by == "country" else ("source", "target")
    for edge in graph["edges"]:
        edge["href"] = "/events" + _qs_dict({**f.as_params(), ends[0]: edge["source"], ends[1]: edge["target"]})
    for node in graph["nodes"]:
        node["href"] = ("/events" + _qs_dict({**f.as_params(), "country": node["id"]}) if by == "country"
                        else actor_href(node["id"]))
    return {**graph, "filters": f.as_params()}


def series_rows(series: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"bucket": b, "key": s["key"], "count": s["counts"][i]}
            for s in series["series"] for i, b in enumerate(series["buckets"]) if s["counts"][i]]


# -- endpoints -------------------------------------------------------------------------------------------------

@router.get("/overview", dependencies=[ReadAccess], summary="What the database holds")
def get_overview(request: Request) -> dict[str, Any]:
    return queries.overview(store_of(request))


@router.get("/articles", dependencies=[ReadAccess], summary="Stored articles, newest first (search with q)")
def get_articles(request: Request, q: Text = None, outlet: Text = None, limit: Limit = 50, offset: Offset = 0,
                 format: ListFormat = "json") -> Any:
    payload = articles_payload(store_of(request), clean(q), clean(outlet), limit, offset)
    if format == "csv":
        return csv_response(payload["items"], ARTICLE_CSV, "articles.csv")
    return payload


@router.get("/articles/{article_id}", dependencies=[ReadAccess], responses=NOT_FOUND,
            summary="One article with all its annotations (the stored record)")
def get_article(request: Request, article_id: Annotated[int, Path(ge=1, le=2**31 - 1)]) -> dict[str, Any]:
    found = queries.article(store_of(request), article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id}")
    return found


@router.get("/events", dependencies=[ReadAccess], summary="Coded events with filters, newest first")
def get_events(request: Request, f: Filters, limit: Limit = 50, offset: Offset = 0,
               order: Annotated[Literal["date", "date_asc", "confidence"], Query()] = "date",
               format: ListFormat = "json") -> Any:
    store = store_of(request)
    if format == "csv":
        rows = queries.iter_events(store, f, limit=limit, offset=offset, order=order)
        return csv_response(({**r, "source_key": (r["source"] or {}).get("key"),
                              "target_key": (r["target"] or {}).get("key")} for r in rows), EVENT_CSV, "events.csv")
    return plain_json(events_payload(store, f, limit, offset, order))


@router.get("/events/{event_id}", dependencies=[ReadAccess], responses=NOT_FOUND,
            summary="One event with its explanation, evidence and source chain")
def get_event(request: Request, event_id: Annotated[int, Path(ge=1, le=2**31 - 1)]) -> dict[str, Any]:
    found = queries.event(store_of(request), event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id}")
    return found


@router.get("/actors", dependencies=[ReadAccess], summary="Actors with counts (as source, target, speaker)")
def get_actors(request: Request, q: Text = None, limit: Limit = 50, offset: Offset = 0,
               format: ListFormat = "json") -> Any:
    payload = actors_payload(store_of(request), clean(q), limit, offset)
    if format == "csv":
        return csv_response(payload["items"], ACTOR_CSV, "actors.csv")
    return payload


@router.get("/actors/{key:path}", dependencies=[ReadAccess], responses=NOT_FOUND,
            summary="One actor: dictionary entry (aliases, roles), events as source and target, quotes")
def get_actor(request: Request, key: str, limit: Annotated[int, Query(ge=1, le=500)] = 50) -> dict[str, Any]:
    key = clean(key) or ""
    found = actor_payload(store_of(request), key[:300], limit) if key else None
    if found is None:
        raise HTTPException(404, f"no actor {key!r}")
    return found


@router.get("/timeseries", dependencies=[ReadAccess], summary="Event counts per day/week/month and per type "
                                                              "or modality")
def get_timeseries(request: Request, f: Filters,
                   by: Annotated[Literal["type", "modality", "mode", "quad"], Query()] = "type",
                   interval: Annotated[Literal["day", "week", "month"], Query()] = "month",
                   format: ListFormat = "json") -> Any:
    series = queries.time_series(store_of(request), f, by=by, interval=interval)
    if format == "csv":
        return csv_response(series_rows(series), SERIES_CSV, f"timeseries-{by}-{interval}.csv")
    return plain_json({**series, "filters": f.as_params()})


@router.get("/network", dependencies=[ReadAccess], summary="The actor network: weighted edges source → target")
def get_network(request: Request, f: Filters, by: Annotated[Literal["actor", "country"], Query()] = "actor",
                limit: Annotated[int, Query(ge=1, le=2000, description="heaviest edges kept")] = 150,
                format: ListFormat = "json") -> Any:
    graph = network_payload(store_of(request), f, by, limit)
    if format == "csv":
        return csv_response(graph["edges"], EDGE_CSV, f"network-{by}.csv")
    return graph


@router.get("/places", dependencies=[ReadAccess], summary="Event places with coordinates and counts (the map)")
def get_places(request: Request, f: Filters, limit: Annotated[int, Query(ge=1, le=5000)] = 500,
               format: ListFormat = "json") -> Any:
    found = queries.places(store_of(request), f, limit=limit)
    if format == "csv":
        return csv_response(found["places"], PLACE_CSV, "places.csv")
    return {**found, "filters": f.as_params()}


@router.get("/search", dependencies=[ReadAccess], summary="Full-text search across articles, events and actors")
def get_search(request: Request, q: Annotated[str | None, Query(max_length=200)] = None,
               limit: Annotated[int, Query(ge=1, le=200)] = 20) -> dict[str, Any]:
    return search_payload(store_of(request), clean(q), limit)


INGEST_BODY = {
    "required": True,
    "content": {
        "text/plain": {"schema": {"type": "string"}},
        "text/html": {"schema": {"type": "string"}},
        "application/json": {"schema": {"oneOf": [
            {"type": "object", "properties": {"text": {"type": "string"}, "html": {"type": "string"},
                                              "id": {"type": "string"}, "title": {"type": "string"},
                                              "url": {"type": "string"}, "outlet": {"type": "string"},
                                              "published": {"type": "string"}}},
            {"type": "object", "properties": {"fetch": {"type": "string", "format": "uri"}}, "required": ["fetch"]},
            {"type": "array", "items": {"type": "object"}, "maxItems": 50}]}},
        "multipart/form-data": {"schema": {"type": "object", "properties": {
            "file": {"type": "string", "format": "binary"}, "text": {"type": "string"},
            "fetch": {"type": "string"}, "title": {"type": "string"}, "url": {"type": "string"},
            "outlet": {"type": "string"}, "published": {"type": "string"}, "id": {"type": "string"}}}},
    },
}


@router.post("/ingest", dependencies=[Depends(require_token)], status_code=201,
             summary="Extract articles (text, HTML, JSON, an uploaded file or a URL) and store them",
             openapi_extra={"requestBody": INGEST_BODY},
             responses={200: {"description": "everything was already stored"},
                        401: {"description": "no or a wrong token"}, 403: {"description": "ingest switched off"},
                        413: {"description": "body over the size limit"}, 415: {"description": "unsupported type"},
                        422: {"description": "no document could be read"}})
async def post_ingest(request: Request) -> Response:
    s = settings(request)
    body = await request.body()
    query = {k: v for k, v in ((k, clean(v)) for k, v in request.query_params.items()) if v}
    try:
        parsed = parse_request(body, request.headers.get("content-type", ""), query)
        items = parsed.items
        label = f"web: {request.headers.get('content-type', '').split(';')[0] or 'body'}"
        if parsed.fetch:
            items = await run_in_threadpool(fetch_documents, parsed.fetch, allow_private=s.allow_private_urls,
                                            max_bytes=s.max_body)
            label = f"web: {parsed.fetch}"
        result = await run_in_threadpool(store_documents, s.store, items, label)
    except IngestRequestError as exc:
        return JSONResponse({"detail": str(exc)}, status_code=exc.status)
    statuses = {r["status"] for r in result["results"]}
    if not statuses or statuses == {"failed"}:
        code = 422
    elif statuses & {"stored", "duplicate"}:
        code = 201
    else:
        code = 200
    return JSONResponse(result, status_code=code)
