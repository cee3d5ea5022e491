"""The application factory: the REST API under ``/api``, the pages, the static files, and the guards.

>>> app = create_app("sqlite:///corpus.db", token="s3cret")      # uvicorn.run(app) or `peristiwa serve`

Guards, for every response:

* **Content-Security-Policy** ``default-src 'none'; script-src 'self'; style-src 'self'; …``: the pages
  load scripts, styles and data only from this server (the bundled ``static/vendor`` files), and no
  inline script or style runs, so article text that holds ``<script>`` or ``onerror=`` can do nothing
  even if it were ever written unescaped (the templates autoescape everything as well);
* ``X-Content-Type-Options: nosniff``, ``Referrer-Policy: no-referrer``, ``X-Frame-Options: DENY``;
* a request body larger than ``max_body`` bytes is refused with 413 (by ``Content-Length`` before it is
  read, and by counting while it is read when the length is not given).

Access: reads are open unless ``protect_reads``; then every API read and page needs the token, as
``Authorization: Bearer TOKEN`` or the HttpOnly cookie that ``/login`` sets. Ingest (``POST /api/ingest``)
always needs ``Authorization: Bearer TOKEN``, and is switched off when the app has no token.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from peristiwa import __version__
from peristiwa.store import Store, default_url

DEFAULT_MAX_BODY = 5 * 1024 * 1024  # bytes: enough for a long HTML page, far too small to hurt
TOKEN_COOKIE = "peristiwa_token"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


@dataclass
class Settings:
    store: Store
    token: str | None
    protect_reads: bool
    max_body: int
    allow_private_urls: bool


class BodyTooLarge(Exception):
    pass


class SecurityMiddleware:
    """Security headers on every response, and the request body limit (413)."""

    def __init__(self, app: ASGIApp, max_body: int):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None:
            try:
                too_large = int(length) > self.max_body
            except ValueError:
                too_large = True
            if too_large:
                await self._too_large(send)
                return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise BodyTooLarge
            return message

        async def secured_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *[(k, v) for k, v in SECURITY_HEADERS if k not in names]]
            await send(message)

        try:
            await self.app(scope, limited_receive, secured_send)
        except BodyTooLarge:
            if not started:
                await self._too_large(send)

    async def _too_large(self, send: Send) -> None:
        body = (b'{"detail":"request body is larger than the limit of %d bytes"}' % self.max_body)
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close"), *SECURITY_HEADERS]})
        await send({"type": "http.response.body", "body": body})


def settings(request: Request) -> Settings:
    return request.app.state.settings


def _bearer(request: Request) -> str | None:
    auth = request.headers.get("authorization") or ""
    scheme, _, value = auth.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def token_matches(given: str | None, token: str | None) -> bool:
    return bool(given and token) and hmac.compare_digest(given.encode(), token.encode())  # type: ignore[union-attr]


def require_read(request: Request) -> None:
    """Dependency of every read: passes unless the app protects reads and no valid token came with the request."""
    s = settings(request)
    if not s.protect_reads:
        return
    if token_matches(_bearer(request), s.token) or token_matches(request.cookies.get(TOKEN_COOKIE), s.token):
        return
    raise HTTPException(401, "this server needs a token to read: send 'Authorization: Bearer TOKEN' "
                             "or sign in at /login", headers={"WWW-Authenticate": "Bearer"})


def require_token(request: Request) -> None:
    """Dependency of ingest: ``Authorization: Bearer TOKEN`` (a cookie is not enough for a write)."""
    s = settings(request)
    if not s.token:
        raise HTTPException(403, "ingest is switched off: start the server with a token (peristiwa serve --token)")
    if not token_matches(_bearer(request), s.token):
        raise HTTPException(401, "ingest needs 'Authorization: Bearer TOKEN'", headers={"WWW-Authenticate": "Bearer"})


def package_path(name: str) -> Path:
    return Path(str(resources.files("peristiwa.web").joinpath(name)))


def create_app(store_url: str | None = None, token: str | None = None, protect_reads: bool = False,
               max_body: int = DEFAULT_MAX_BODY, *, allow_private_urls: bool = False,
               store: Store | None = None) -> FastAPI:
    """The web app over the database at ``store_url`` (default: ``$PERISTIWA_DB``, else
    ``sqlite:///peristiwa.db``), or over an open ``store`` (left open at shutdown).

    ``token`` enables ingest and, with ``protect_reads``, guards every read. ``max_body`` caps request
    bodies (413 beyond it). ``allow_private_urls`` lets ingest fetch from loopback and private addresses
    (for tests and closed networks; off by default, so the server cannot be used to reach them).
    """
    if protect_reads and not token:
        raise ValueError("protect_reads needs a token")
    if max_body < 1:
        raise ValueError("max_body must be a positive number of bytes")
    own_store = store is None
    opened = store or Store.open(store_url or default_url())

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        if own_store:
            opened.close()

    app = FastAPI(
        title="peristiwa", version=__version__, lifespan=lifespan,
        description="The analyst's workbench over a peristiwa event database: articles with their annotations, "
                    "coded events (PLOVER/CAMEO) with filters, actors, time series, the actor network and event "
                    "places. List endpoints answer JSON, or CSV with ?format=csv. Reads are open unless the server "
                    "protects them; ingest needs 'Authorization: Bearer TOKEN'.",
        docs_url=None, redoc_url=None, openapi_url="/openapi.json",
    )
    app.state.settings = Settings(store=opened, token=token, protect_reads=protect_reads, max_body=max_body,
                                  allow_private_urls=allow_private_urls)

    from peristiwa.web.api import router as api_router
    from peristiwa.web.pages import router as pages_router

    @app.exception_handler(ValueError)
    async def bad_value(request: Request, exc: ValueError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    app.include_router(api_router)
    app.include_router(pages_router)
    app.mount("/static", StaticFiles(directory=package_path("static")), name="static")
    app.add_middleware(SecurityMiddleware, max_body=max_body)
    return app
