"""Modbus RTU framing: CRC, request and response frames, and a request assembler.

Pure functions over bytes, no I/O. Both sides use it: the console's client
builds requests and checks answers; the simulator's server assembles requests
from a noisy byte stream and builds answers. The tests check it against
literal frames and against pymodbus as an independent peer.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass, field

READ_HOLDING = 0x03
READ_INPUT = 0x04
WRITE_SINGLE = 0x06
WRITE_MULTIPLE = 0x10
KNOWN_FUNCTIONS = frozenset({READ_HOLDING, READ_INPUT, WRITE_SINGLE, WRITE_MULTIPLE})

ILLEGAL_FUNCTION = 0x01
ILLEGAL_ADDRESS = 0x02
ILLEGAL_VALUE = 0x03
DEVICE_FAILURE = 0x04

MAX_FRAME = 256  # RTU frames are at most 256 bytes


def _make_table() -> tuple[int, ...]:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
        table.append(crc)
    return tuple(table)


_TABLE = _make_table()


def crc16(data: bytes | bytearray | memoryview) -> int:
    """Return the Modbus CRC-16 of ``data`` (sent low byte first)."""
    crc = 0xFFFF
    table = _TABLE
    for b in data:
        crc = (crc >> 8) ^ table[(crc ^ b) & 0xFF]
    return crc


def with_crc(body: bytes) -> bytes:
    return body + crc16(body).to_bytes(2, "little")


def crc_ok(frame: bytes | bytearray | memoryview) -> bool:
    """True when the frame's last two bytes are the CRC of the rest."""
    return len(frame) >= 4 and crc16(frame[:-2]) == int.from_bytes(frame[-2:], "little")


# --- requests (built by the client, parsed by the server) ---------------------------------


def read_request(unit: int, address: int, count: int, function: int = READ_HOLDING) -> bytes:
    return with_crc(struct.pack(">BBHH", unit, function, address, count))


def write_single_request(unit: int, address: int, value: int) -> bytes:
    return with_crc(struct.pack(">BBHH", unit, WRITE_SINGLE, address, value & 0xFFFF))


def write_multiple_request(unit: int, address: int, values: Sequence[int]) -> bytes:
    body = struct.pack(">BBHHB", unit, WRITE_MULTIPLE, address, len(values), 2 * len(values))
    body += b"".join((v & 0xFFFF).to_bytes(2, "big") for v in values)
    return with_crc(body)


@dataclass(frozen=True)
class Request:
    """A request frame that passed its CRC."""

    unit: int
    function: int
    address: int = 0
    count: int = 0
    values: tuple[int, ...] = ()
    malformed: bool = False  # CRC good but the body contradicts itself


def request_length(buf: bytes | bytearray) -> int | None:
    """Length of the request frame at the start of ``buf``: None if unknown or not yet known."""
    if len(buf) < 2:
        return None
    fc = buf[1]
    if fc in (READ_HOLDING, READ_INPUT, WRITE_SINGLE):
        return 8
    if fc == WRITE_MULTIPLE:
        if len(buf) < 7:
            return None
        return 9 + buf[6]
    return None


def parse_request(frame: bytes) -> Request:
    """Decode a CRC-checked request frame; a body too short for its function is malformed."""
    unit, fc = frame[0], frame[1]
    need = request_length(frame) if fc != WRITE_MULTIPLE or len(frame) >= 7 else 9
    if need is not None and len(frame) != need:
        return Request(unit, fc, malformed=True)
    if fc in (READ_HOLDING, READ_INPUT):
        address, count = struct.unpack(">HH", frame[2:6])
        return Request(unit, fc, address, count)
    if fc == WRITE_SINGLE:
        address, value = struct.unpack(">HH", frame[2:6])
        return Request(unit, fc, address, 1, (value,))
    if fc == WRITE_MULTIPLE:
        address, count, nbytes = struct.unpack(">HHB", frame[2:7])
        data = frame[7:-2]
        values = tuple(int.from_bytes(data[i : i + 2], "big") for i in range(0, len(data) - 1, 2))
        bad = nbytes != 2 * count or len(values) != count
        return Request(unit, fc, address, count, values, malformed=bad)
    return Request(unit, fc)


@dataclass
class RequestAssembler:
    """Cut request frames out of a byte stream that may carry noise.

    Frames of known function codes are found by their length and CRC, even
    when garbage precedes them; a frame of an unknown function code, or of a
    known one whose length disagrees with its header (a function 16 whose byte
    count is not twice its register count), is taken whole at the end of a
    silent gap (``flush``) or when a good frame follows it, so that it can be
    answered with exception 01 or 03. Whatever cannot be a frame is dropped and
    counted.
    """

    buffer: bytearray = field(default_factory=bytearray)
    dropped_bytes: int = 0

    def feed(self, data: bytes) -> list[bytes]:
        self.buffer += data
        if len(self.buffer) > 4 * MAX_FRAME:
            excess = len(self.buffer) - 2 * MAX_FRAME
            del self.buffer[:excess]
            self.dropped_bytes += excess
        frames: list[bytes] = []
        while len(self.buffer) >= 4:
            buf = self.buffer
            n = request_length(buf)
            if n is not None and len(buf) >= n and crc_ok(buf[:n]):
                frames.append(bytes(buf[:n]))
                del buf[:n]
                continue
            # A failed CRC at the header's length is noise, or a frame whose header lies
            # about its length: dropping its first byte now would lose the second kind, so
            # wait for the gap or for a good frame behind it to tell where it ends.
            k = self._later_frame(buf)
            if k is None:
                break  # wait for more bytes or for the gap
            prefix = bytes(buf[:k])
            del buf[:k]
            if crc_ok(prefix):
                frames.append(prefix)  # an unknown function or a wrong length: an exception
            else:
                self.dropped_bytes += len(prefix)
        return frames

    def flush(self) -> list[bytes]:
        """Call after a silent gap: the rest is one frame if its CRC holds, else noise."""
        rest = bytes(self.buffer)
        self.buffer.clear()
        if len(rest) >= 4 and crc_ok(rest):
            return [rest]
        self.dropped_bytes += len(rest)
        return []

    @staticmethod
    def _later_frame(buf: bytearray) -> int | None:
        for k in range(1, len(buf) - 3):
            n = request_length(buf[k : k + 7])
            if n is not None and k + n <= len(buf) and crc_ok(buf[k : k + n]):
                return k
        return None


# --- responses (built by the server, checked by the client) -------------------------------


def read_response(unit: int, function: int, words: Sequence[int]) -> bytes:
    body = struct.pack(">BBB", unit, function, 2 * len(words))
    body += b"".join(w.to_bytes(2, "big") for w in words)
    return with_crc(body)


def write_single_response(unit: int, address: int, value: int) -> bytes:
    return write_single_request(unit, address, value)  # the echo


def write_multiple_response(unit: int, address: int, count: int) -> bytes:
    return with_crc(struct.pack(">BBHH", unit, WRITE_MULTIPLE, address, count))


def exception_response(unit: int, function: int, code: int) -> bytes:
    return with_crc(struct.pack(">BBB", unit, (function | 0x80) & 0xFF, code))


def response_length(function: int, count: int) -> int:
    """Length of the normal answer to a request."""
    if function in (READ_HOLDING, READ_INPUT):
        return 5 + 2 * count
    return 8


def decode_words(payload: bytes) -> list[int]:
    return list(struct.unpack(f">{len(payload) // 2}H", payload[: len(payload) // 2 * 2]))
