"""Domain errors raised by the HTTP clients.

Each carries a message for people (``str(err)``) and, where a server said something,
that server's own words in ``server_message``. Tokens never appear in either.
"""

from __future__ import annotations


class ClientError(Exception):
    """Base of every error a client raises."""

    def __init__(self, message: str, *, server_message: str = "", status: int | None = None):
        super().__init__(message)
        self.server_message = server_message
        self.status = status

    @property
    def detail(self) -> str:
        """The message, followed by the server's own words when it gave any."""
        text = str(self)
        if self.server_message and self.server_message not in text:
            text = f"{text} — server said: {self.server_message}"
        return text


class SiteUnreachable(ClientError):
    """No answer: connection refused, DNS, TLS, or a timeout."""


class AuthFailed(ClientError):
    """The site refused the credentials (missing, wrong or expired token)."""


class AuthExpired(AuthFailed):
    """The token's ``exp`` has passed (noticed locally or by the server)."""


class UnsupportedApiVersion(ClientError):
    """The site serves no Slurm REST API version this desk can read."""


class BadPayload(ClientError):
    """The answer is not JSON, or not the shape the API version promises."""


class ServerError(ClientError):
    """The server answered with an error status (5xx, or 4xx not covered elsewhere)."""


class NotFound(ServerError):
    """The object (job, partition…) does not exist on the site."""


class SubmitRejected(ServerError):
    """The scheduler refused a job (bad partition, impossible resources…)."""


class RegistryRejected(ClientError):
    """The Hub's registry failed validation; ``problems`` names each bad field."""

    def __init__(self, message: str, problems: list[str]):
        super().__init__(message)
        self.problems = problems
