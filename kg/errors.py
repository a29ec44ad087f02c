"""One error hierarchy: every failure the user can see is a ``KGError``.

Messages name the file, the document and the stage where known, and say
what to do about it.
"""
from __future__ import annotations


class KGError(Exception):
    """Root of every error this package raises on purpose."""

    exit_code = 1


class InputError(KGError):
    """A source could not be found or read.

    ``path`` and ``reason`` are kept apart (the message is ``"PATH: REASON"``)
    so a build can list skipped files without parsing messages.
    """

    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None, reason: str | None = None):
        super().__init__(message)
        self.path, self.reason = path, reason or message


class PipelineError(KGError):
    """The pipeline is mis-assembled (a stage's requirements are not met)."""

    exit_code = 3


class StageError(KGError):
    """A stage failed on one document."""

    exit_code = 4

    def __init__(self, stage: str, doc: str, cause: BaseException):
        self.stage, self.doc, self.cause = stage, doc, cause
        super().__init__(
            f"stage {stage!r} failed on document {doc}: {type(cause).__name__}: {cause}. "
            "That stage's results for this document were dropped; report this with the document attached."
        )


class ExportError(KGError):
    """An export could not be written or read back."""

    exit_code = 5


class QueryError(KGError):
    """A SPARQL query was malformed or failed."""

    exit_code = 6
