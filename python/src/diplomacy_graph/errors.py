"""Exceptions raised by the client."""

from __future__ import annotations

from typing import Any, Mapping, Optional, Sequence


class DiplomacyGraphError(Exception):
    """Base class of every error the client raises."""


class TransportError(DiplomacyGraphError):
    """The server could not be reached, or answered something that is not a GraphQL response.

    ``status`` is the HTTP status when there was one.
    """

    def __init__(self, message: str, status: Optional[int] = None) -> None:
        super().__init__(message)
        self.status = status


class GraphQLError(DiplomacyGraphError):
    """The server answered with GraphQL errors.

    ``code`` is the first error's ``extensions.code`` (``BAD_USER_INPUT``,
    ``GRAPHQL_VALIDATION_FAILED``, ``MAX_COST_EXCEEDED``, …), ``errors`` every error as the server
    sent it, ``data`` the partial data (or None) and ``status`` the HTTP status.

    >>> GraphQLError([{"message": "bad cursor", "extensions": {"code": "BAD_USER_INPUT"}}]).code
    'BAD_USER_INPUT'
    """

    def __init__(
        self,
        errors: Sequence[Mapping[str, Any]],
        data: Optional[Mapping[str, Any]] = None,
        status: Optional[int] = None,
    ) -> None:
        self.errors = [dict(e) for e in errors]
        first = self.errors[0] if self.errors else {}
        self.code: Optional[str] = (first.get("extensions") or {}).get("code")
        self.path = first.get("path")
        self.data = data
        self.status = status
        message = "; ".join(str(e.get("message", e)) for e in self.errors) or "GraphQL error"
        super().__init__(f"{self.code}: {message}" if self.code else message)
