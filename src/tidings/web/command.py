"""`tidings serve`: thin — read the options, build the app, run uvicorn."""

from __future__ import annotations

import os
from typing import Annotated

import typer
from rich.console import Console

TOKEN_ENV = "TIDINGS_TOKEN"


def serve(
    db: Annotated[str, typer.Option("--db", help="A SQLite file path or a postgresql:// URL.")] = "tidings.db",
    host: Annotated[str, typer.Option("--host", help="The address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="The port to listen on.")] = 8000,
    token: Annotated[str | None, typer.Option(
        "--token", help=f"Accept writes (POST /articles) from clients that send it as a bearer token; default: "
                        f"the {TOKEN_ENV} environment variable. Without one the store is opened read-only.",
        show_default=False)] = None,
    cors: Annotated[list[str] | None, typer.Option(
        "--cors", help="An origin whose pages may call the API (repeatable); none by default.",
        show_default=False)] = None,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline for POST /extract.")] = None,
) -> None:
    """Serve the REST API (OpenAPI at /docs) and the web page over a store.

    Example: `tidings serve --db tidings.db`, then open http://127.0.0.1:8000/
    """
    import uvicorn  # the web stack is imported only when serving: other commands start faster

    from tidings.web.app import create_app

    write_token = token_from_env(token, dict(os.environ))
    app = create_app(db, token=write_token, cors_origins=tuple(cors or ()), model=model)
    mode = "read-write (token required)" if write_token else "read-only"
    Console(stderr=True, highlight=False).print(f"tidings serve: {db} ({mode}) on http://{host}:{port}/")
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


def token_from_env(token: str | None, env: dict[str, str]) -> str | None:
    """The write token: the one given, else the TIDINGS_TOKEN variable, else None (read-only)."""
    return token or env.get(TOKEN_ENV) or None
