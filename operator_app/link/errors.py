"""One exception hierarchy for the link layer.

Library errors (pyserial's, the OS's) are turned into these at the edge so
that services see one vocabulary. Every message says what happened and, where
a person can act, what to do.
"""

from __future__ import annotations

from operator_app.domain.words import Phrase, as_phrase, english
from operator_app.link import causes as C


class LinkError(Exception):
    """Base of every link failure. Made from a Phrase (``operator_app.link.causes``), it
    keeps it as ``said`` for the screens, which translate it; ``str()`` is its English,
    for the logs and the journal."""

    counter = "errors"  # which statistic this error increments

    def __init__(self, message: str | Phrase = "") -> None:
        super().__init__(english(message))
        self.said: Phrase = as_phrase(message)


class LinkConfigError(LinkError):
    """A link URL or option that cannot work (a person must fix the configuration)."""


class PortUnavailable(LinkError):
    """The serial port or device server cannot be opened, or vanished."""

    counter = "port_errors"


class LinkTimeout(LinkError):
    """No answer within the timeout."""

    counter = "timeouts"


class ShortReply(LinkTimeout):
    """Part of an answer arrived, then nothing until the timeout."""

    counter = "short_replies"


class CrcError(LinkError):
    """An answer with a wrong CRC: noise on the line."""

    counter = "crc_errors"


class WrongUnit(LinkError):
    """An answer from another unit than the one asked."""

    counter = "wrong_unit"


class MalformedReply(LinkError):
    """An answer that does not match its request (function, length or echo)."""

    counter = "malformed"


class ExceptionReply(LinkError):
    """The controller answered with a Modbus exception."""

    counter = "exceptions"
    NAMES = C.EXCEPTION_NAMES

    def __init__(self, function: int, code: int):
        self.function = function
        self.code = code
        name = Phrase(self.NAMES.get(code, C.E_EXCEPTION_UNKNOWN))
        super().__init__(Phrase(C.E_EXCEPTION, (str(function), str(code), name)))


class ControllerMismatch(LinkError):
    """The device answers, but it is not a station controller this console speaks to."""
