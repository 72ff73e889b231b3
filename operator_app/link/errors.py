"""One exception hierarchy for the link layer.

Library errors (pyserial's, the OS's) are turned into these at the edge so
that services see one vocabulary. Every message says what happened and, where
a person can act, what to do.
"""

from __future__ import annotations


class LinkError(Exception):
    """Base of every link failure."""

    counter = "errors"  # which statistic this error increments


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
    NAMES = {1: "illegal function", 2: "illegal data address", 3: "illegal data value",
             4: "device failure", 6: "device busy"}

    def __init__(self, function: int, code: int):
        self.function = function
        self.code = code
        name = self.NAMES.get(code, "unknown exception")
        super().__init__(f"controller answered function {function} with exception {code} "
                         f"({name})")


class ControllerMismatch(LinkError):
    """The device answers, but it is not a station controller this console speaks to."""
