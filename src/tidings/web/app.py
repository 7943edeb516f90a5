"""The web service over a store: the JSON API (api.py), the pages (pages.py) and the assets, all
served by tidings itself, and the guards every request passes.

- Writes need the token given at start (`--token` or TIDINGS_TOKEN); without one the store is
  opened read-only (SQLite `mode=ro`, PostgreSQL `default_transaction_read_only`), so not even a
  bug in a route could write.
- Request bodies over `max_body` (2 MB) are refused with 413 before any route sees them.
- No CORS unless origins are given: a browser on another site cannot read the API.
- Every response carries a Content-Security-Policy that allows scripts and styles from tidings
  only: even a piece of article text that escaped escaping could not run.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from fastapi import FastAPI, HTTPException, Request, Security
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from swagger_ui_bundle import swagger_ui_path

from tidings import __version__
from tidings.pipeline import Pipeline
from tidings.records import Extraction
from tidings.sources.base import Input
from tidings.store import Store, open_store

HERE = Path(__file__).parent
MAX_BODY = 2 * 1024 * 1024

# Pages get no inline script at all; Swagger UI's page needs its one inline start-up script.
PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
DOCS_CSP = PAGE_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "style-src 'self'", "style-src 'self' 'unsafe-inline'")


@dataclass
class Service:
    """What the routes share: the store, the token, and the pipeline (loaded on the first extraction)."""

    store: Store
    token: str | None
    model: str | None = None
    pipeline: Pipeline | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def writable(self) -> bool:
        return self.token is not None

    def extract(self, item: Input) -> Extraction:
        """The record of one input; one extraction at a time (the spaCy model is shared)."""
        with self.lock:
            if self.pipeline is None:
                self.pipeline = Pipeline(model=self.model)
            return self.pipeline.extract(item)


def create_app(db: str, *, token: str | None = None, cors_origins: tuple[str, ...] = (),
               pipeline: Pipeline | None = None, model: str | None = None, max_body: int = MAX_BODY) -> FastAPI:
    """The app serving the store `db`; read-only unless `token` is given."""
    from tidings.web import api, pages  # the routes import this module's Service

    token = token or None
    store = open_store(db, read_only=token is None)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(title="tidings", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Event data from news articles: search the store, read records, count events "
                              "by dyad and period, export. Writes need `Authorization: Bearer <token>`.")
    app.state.service = Service(store, token, model=model, pipeline=pipeline)
    app.state.max_body = max_body
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static/swagger", StaticFiles(directory=str(swagger_ui_path)), name="swagger")  # before /static
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_exception_handler(RequestValidationError, pages.validation_error)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="tidings API",
                                   swagger_js_url="/static/swagger/swagger-ui-bundle.js",
                                   swagger_css_url="/static/swagger/swagger-ui.css",
                                   swagger_favicon_url="/static/swagger/favicon-32x32.png",
                                   # no badge from the online validator: nothing is fetched from elsewhere
                                   swagger_ui_parameters={"validatorUrl": None})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(HERE / "static" / "favicon.svg", media_type="image/svg+xml")

    if cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(Guard, max_body=max_body)
    return app


def service(request: Request) -> Service:
    """The service of the app that received `request`."""
    return request.app.state.service


_bearer = HTTPBearer(auto_error=False, description="The token the server was started with (--token).")


def require_token(request: Request,
                  credentials: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)] = None) -> None:
    """Let a write through only with the server's token: 403 on a read-only server, 401 otherwise."""
    token = service(request).token
    if token is None:
        raise HTTPException(403, "this server is read-only: start it with --token (or TIDINGS_TOKEN) to accept writes")
    given = credentials.credentials if credentials is not None else ""
    if not hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8")):
        raise HTTPException(401, "a valid token is needed: send `Authorization: Bearer <token>`",
                            headers={"WWW-Authenticate": "Bearer"})


class Guard:
    """ASGI middleware: refuse bodies over `max_body` (413) and add the security headers."""

    def __init__(self, app: ASGIApp, max_body: int = MAX_BODY):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = DOCS_CSP if scope["path"] in ("/docs", "/docs/") else PAGE_CSP

        async def send_headed(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(b"content-security-policy", csp.encode()), (b"x-content-type-options", b"nosniff"),
                            (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]
                message = {**message, "headers": headers}
            await send(message)

        if b"%00" in scope.get("query_string", b"") or "\x00" in scope["path"]:
            # PostgreSQL cannot hold a NUL in text: refused here rather than failing in the database
            await _refuse(scope, send_headed, 422, "a NUL character in the URL")
            return
        length = dict(scope.get("headers", [])).get(b"content-length")
        too_big = f"request body over the {self.max_body:,}-byte limit"
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await _refuse(scope, send_headed, 413, too_big)
            return
        body = await self._read(receive)
        if body is None:
            await _refuse(scope, send_headed, 413, too_big)
            return
        await self.app(scope, _replay(body, receive), send_headed)

    async def _read(self, receive: Receive) -> list[Message] | None:
        """The request's body messages, or None once they pass `max_body` (chunked uploads too)."""
        messages: list[Message] = []
        size = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                return messages
            size += len(message.get("body", b""))
            if size > self.max_body:
                return None
            if not message.get("more_body", False):
                return messages



async def _refuse(scope: Scope, send: Send, status: int, detail: str) -> None:
    response = JSONResponse({"detail": detail}, status_code=status)
    await response(scope, _nothing, send)


def _replay(messages: list[Message], receive: Receive) -> Receive:
    pending = list(messages)

    async def replayed() -> Message:
        return pending.pop(0) if pending else await receive()

    return replayed


async def _nothing() -> Message:
    return {"type": "http.disconnect"}
