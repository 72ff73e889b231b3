"""RTU framing against literal frames, CRC included (Modbus over serial line spec examples)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

from operator_app.link import rtu


def h(text: str) -> bytes:
    return bytes.fromhex(text)


def test_crc_of_the_specifications_example() -> None:
    # Modbus over serial line V1.02, read holding registers of unit 17, registers 108-110
    assert rtu.read_request(0x11, 0x6B, 3) == h("11 03 00 6B 00 03 76 87")
    assert rtu.read_response(0x11, 3, [0xAE41, 0x5652, 0x4340]) == h(
        "11 03 06 AE 41 56 52 43 40 49 AD")


@pytest.mark.parametrize(("frame", "expected"), [
    (lambda: rtu.read_request(1, 0, 10), "01 03 00 00 00 0A C5 CD"),
    (lambda: rtu.write_single_request(1, 101, 0x1234), "01 06 00 65 12 34 94 A2"),
    (lambda: rtu.write_multiple_request(1, 124, [1, 7, 1, 3, 0, 0, 8, 0, 0, 0]),
     "01 10 00 7C 00 0A 14 00 01 00 07 00 01 00 03 00 00 00 00 00 08 00 00 00 00 00 00 41 26"),
    (lambda: rtu.exception_response(1, 3, 2), "01 83 02 C0 F1"),
    (lambda: rtu.write_multiple_response(1, 124, 10), "01 10 00 7C 00 0A 81 D6"),
])
def test_frames_match_literal_bytes(frame, expected: str) -> None:
    assert frame() == h(expected)


def test_crc_matches_pymodbus() -> None:
    from pymodbus.framer.rtu import FramerRTU

    for body in (b"\x01\x03\x00\x00\x00\x0a", b"\x11\x03\x06\xae\x41\x56\x52\x43\x40", b"x" * 200):
        ours = rtu.crc16(body)
        theirs = FramerRTU.compute_CRC(body)  # pymodbus returns the CRC byte-swapped
        assert ours.to_bytes(2, "little") == theirs.to_bytes(2, "big")


def test_parse_requests() -> None:
    req = rtu.parse_request(h("01 03 00 00 00 0A C5 CD"))
    assert (req.unit, req.function, req.address, req.count) == (1, 3, 0, 10)
    req = rtu.parse_request(rtu.write_multiple_request(1, 124, [1, 2, 3]))
    assert req.values == (1, 2, 3) and not req.malformed
    bad = bytearray(rtu.write_multiple_request(1, 124, [1, 2, 3]))
    bad[6] = 4  # byte count says 2 registers, count says 3
    bad = rtu.with_crc(bytes(bad[:-2]))
    assert rtu.parse_request(bad).malformed


def test_assembler_finds_a_frame_behind_garbage() -> None:
    a = rtu.RequestAssembler()
    frame = rtu.read_request(1, 100, 103)
    assert a.feed(b"\xff\x00\x13garbage" + frame) == [frame]
    assert a.dropped_bytes == 10
    assert not a.buffer


def test_assembler_waits_for_a_split_frame() -> None:
    a = rtu.RequestAssembler()
    frame = rtu.write_multiple_request(1, 124, list(range(10)))
    assert a.feed(frame[:5]) == []
    assert a.feed(frame[5:]) == [frame]


def test_assembler_drops_a_bad_crc_and_keeps_the_next_frame() -> None:
    a = rtu.RequestAssembler()
    bad = bytearray(rtu.read_request(1, 0, 10))
    bad[-1] ^= 0xFF
    good = rtu.read_request(1, 100, 3)
    assert a.feed(bytes(bad) + good) == [good]


def test_unknown_function_comes_out_at_the_gap() -> None:
    a = rtu.RequestAssembler()
    frame = rtu.with_crc(b"\x01\x2b\x0e\x01\x00")  # read device identification
    assert a.feed(frame) == []
    assert a.flush() == [frame]
    assert a.feed(b"\x01\x02\x03\x04\x05") == []
    assert a.flush() == []  # noise: dropped at the gap


@settings(max_examples=300, deadline=None)
@given(noise=hs.binary(max_size=300), cut=hs.integers(0, 7))
def test_assembler_survives_any_noise(noise: bytes, cut: int) -> None:
    """Random bytes, then a truncated frame, then a gap, then a good frame: the good one wins."""
    a = rtu.RequestAssembler()
    frames = a.feed(noise)
    frames += a.feed(rtu.read_request(1, 0, 10)[:cut])
    frames += a.flush()
    good = rtu.read_request(1, 1000, 125)
    assert a.feed(good) == [good]
    assert len(a.buffer) == 0
    for f in frames:  # whatever it took out of noise passed its CRC
        assert rtu.crc_ok(f)


# a function 16 of 10 registers whose byte count says 18 (not 20): 29 bytes, CRC good
LYING_BYTE_COUNT = h("01 10 00 7C 00 0A 12 00 03 00 08 00 00 00 00 00 00 00 00 00 00 00 00 00 "
                     "00 00 00 26 08")


def test_assembler_keeps_a_frame_whose_byte_count_lies_until_the_gap() -> None:
    a = rtu.RequestAssembler()
    assert a.feed(LYING_BYTE_COUNT) == []  # its end is not where its header says
    assert a.flush() == [LYING_BYTE_COUNT]
    assert a.dropped_bytes == 0
    assert rtu.parse_request(LYING_BYTE_COUNT).malformed  # the server answers 03


def test_assembler_ends_a_lying_frame_at_the_good_frame_after_it() -> None:
    a = rtu.RequestAssembler()
    good = rtu.read_request(1, 100, 104)
    assert a.feed(LYING_BYTE_COUNT + good) == [LYING_BYTE_COUNT, good]
    assert not a.buffer


def test_assembler_keeps_a_read_of_the_wrong_length() -> None:
    a = rtu.RequestAssembler()
    long_read = h("01 03 00 00 00 02 00 0A 93")  # 9 bytes, CRC good; a read has 8
    assert a.feed(long_read) == []
    assert a.flush() == [long_read]
    assert rtu.parse_request(long_read).malformed
