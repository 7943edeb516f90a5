"""What can go wrong, in three tiers (see ARCHITECTURE.md "Errors").

    TidingsError
    ├── ConfigError      setup is wrong (unknown model, bad option, database unreachable): nothing
    │                    is read; the CLI prints one line and exits 2
    ├── InputError       one input cannot be read (empty, binary, bad date line, bad JSON, too big):
    │                    it becomes a failure row and the other inputs go on
    └── StageFailed      a pipeline stage crashed on one article: a failure row, the others go on;
                         `--strict` and the tests re-raise it

Problems that do not stop an article (no date, bytes replaced) are not exceptions: they are lines
in the record's `warnings`.
"""

from __future__ import annotations


class TidingsError(Exception):
    """The root of every error tidings raises on purpose."""


class ConfigError(TidingsError):
    """The set-up is wrong; raised before any article is read."""


class InputError(TidingsError):
    """One input cannot be read. `origin` names it (a path, `path:line`, `<stdin>:line`)."""

    def __init__(self, origin: str, problem: str):
        self.origin = origin
        self.problem = problem
        super().__init__(f"{origin}: {problem}")


class StageFailed(TidingsError):
    """A pipeline stage raised on one article; the cause is chained (`raise ... from`)."""

    def __init__(self, stage: str, article_id: str, cause: BaseException):
        self.stage = stage
        self.article_id = article_id
        super().__init__(f"stage {stage!r} failed on article {article_id}: {type(cause).__name__}: {cause}")
