"""Errors the user may see: each carries one clear sentence and an exit code."""

from .i18n import tr

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_UNREACHABLE = 3
EXIT_AUTH = 4


class DgeError(Exception):
    """Base error: ``str(error)`` is the sentence shown to the user."""

    exit_code = EXIT_UNREACHABLE

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ServiceUnreachable(DgeError):
    """Connection refused, unknown host, network down, offline mode."""


class ServiceTimeout(ServiceUnreachable):
    """The whole request did not complete within the allowed time."""


class BadAnswer(DgeError):
    """The service answered, but with an error status or unusable content."""


class ResponseTooLarge(BadAnswer):
    """The answer exceeded the size the plugin accepts."""


class AuthenticationRequired(DgeError):
    exit_code = EXIT_AUTH


class HostNotAllowed(ServiceUnreachable):
    """The transport refused a host outside the allowed list (tests)."""


class Cancelled(DgeError):
    def __init__(self, message: str = ""):
        super().__init__(message or tr("The request was cancelled."))


class UsageError(DgeError):
    exit_code = EXIT_USAGE


def cause_logged(error: BaseException) -> None:
    """Write the technical cause a sentence replaces in the plugin's log (info level: QGIS's
    log panel, silent on the command line), then give ``None`` for ``raise Sentence(...) from
    cause_logged(error)``: the user reads one sentence, the developer still finds why.

    Only the exception's kind and its first characters: a parser's or the system's text, never a
    request (addresses in a log line are redacted by the QGIS handler, toolbelt/log.py)."""
    import logging  # here: the command line's --version and --help never log

    detail = " ".join(str(error).split())[:300]
    logging.getLogger("datagrandest").info(tr("Cause: {kind}: {detail}").format(kind=type(error).__name__, detail=detail or "-"))

