"""The simulator's Modbus server: frame in, frame out, whatever the line carries."""

from __future__ import annotations

import os
import select
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

from operator_app.link import registers as R
from operator_app.link import rtu
from operator_app.link.decode import Decoder
from operator_app.simulator.model import StationModel
from operator_app.simulator.server import PtyEndpoint, RtuServer, ServerLoop


def h(text: str) -> bytes:
    return bytes.fromhex(text)


IDENTITY_REPLY = h("01 03 04 53 53 03 02 9A 57")  # magic, protocol 3.2


@pytest.fixture
def server() -> RtuServer:
    return RtuServer(StationModel(seed=1, arrivals=False))


def test_read_identity_literal(server: RtuServer) -> None:
    reply = server.handle(h("01 03 00 00 00 02 C4 0B"))
    assert reply == IDENTITY_REPLY  # magic, protocol 3.2


def test_function_04_answers_illegal_function(server: RtuServer) -> None:
    # the map has holding registers only: input registers are refused, not aliased
    assert server.handle(h("01 04 00 00 00 02 71 CB")) == h("01 84 01 82 C0")


@pytest.mark.parametrize(("request_frame", "code"), [
    (rtu.read_request(1, 5000, 10), rtu.ILLEGAL_ADDRESS),  # outside every area
    (rtu.read_request(1, 290, 20), rtu.ILLEGAL_ADDRESS),  # runs off the end of an area
    (rtu.read_request(1, 0, 0), rtu.ILLEGAL_VALUE),
    (rtu.read_request(1, 0, 126), rtu.ILLEGAL_VALUE),
    (rtu.write_single_request(1, 103, 1), rtu.ILLEGAL_ADDRESS),  # read-only state
    (rtu.with_crc(b"\x01\x2b\x0e\x01\x00"), rtu.ILLEGAL_FUNCTION),
    (rtu.with_crc(b"\x01\x01\x00\x00\x00\x08"), rtu.ILLEGAL_FUNCTION),  # coils: not here
])
def test_exceptions(server: RtuServer, request_frame: bytes, code: int) -> None:
    reply = server.handle(request_frame)
    assert reply == rtu.exception_response(1, request_frame[1], code)


def test_other_units_and_broadcasts_get_no_answer(server: RtuServer) -> None:
    assert server.handle(rtu.read_request(2, 0, 2)) is None
    assert server.handle(rtu.write_multiple_request(0, 124, [3, 1])) is None
    assert server.model.last_seq == 0  # the broadcast command was not executed


def test_write_multiple_answers_address_and_count(server: RtuServer) -> None:
    reply = server.handle(rtu.write_multiple_request(1, 124, [3, 1, 0, 0, 0, 0, 0, 0, 0, 0]))
    assert reply == h("01 10 00 7C 00 0A 81 D6")
    assert server.model.response[:2] == (1, 3)  # RESET_FAULTS executed, DONE


RESET_FAULTS_SEQ_65535 = h(
    "01 10 00 7C 00 0A 14 00 03 FF FF 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 B6 48")


def test_sequence_65535_is_echoed_as_65535(server: RtuServer) -> None:
    assert server.handle(RESET_FAULTS_SEQ_65535) == h("01 10 00 7C 00 0A 81 D6")
    # response 134-139: sequence 65535 (not capped at 65534), DONE, -, -, RESET_FAULTS, 0
    reply = server.handle(h("01 03 00 86 00 06 24 21"))
    assert reply == h("01 03 0C FF FF 00 03 00 00 00 00 00 03 00 00 13 82")
    image = dict(zip(range(134, 140), rtu.decode_words(reply[3:-2]), strict=True))
    decoder = Decoder(server.model.rmap, image)
    assert decoder.value("response.sequence") == 65535  # a counter: 0xFFFF is a value
    assert not decoder.invalid


# Every write touching 124-133 but one function 16 of all ten: exception 02, nothing written.
@pytest.mark.parametrize("frame", [
    "01 06 00 7C 00 03 08 13",  # 06: code alone
    "01 06 00 7D 00 07 58 10",  # 06: sequence alone
    "01 10 00 7D 00 09 12 00 07 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 57 E7",  # at 125
    "01 10 00 7C 00 02 04 00 03 00 07 45 1C",  # code and sequence only
])
def test_command_block_is_written_only_whole(server: RtuServer, frame: str) -> None:
    before = server.model.read(124, 10)
    reply = server.handle(h(frame))
    assert reply == h("01 86 02 C3 A1" if frame[3:5] == "06" else "01 90 02 CD C1")
    assert server.model.read(124, 10) == before
    assert server.model.last_seq == 0


def test_command_in_single_writes_is_refused_not_dropped(server: RtuServer) -> None:
    assert server.handle(h("01 06 00 7C 00 03 08 13")) == h("01 86 02 C3 A1")  # RESET_FAULTS
    assert server.handle(h("01 06 00 7D 00 07 58 10")) == h("01 86 02 C3 A1")  # sequence 7
    # nothing was executed: the response block still reads sequence 0, status NONE
    assert server.handle(h("01 03 00 86 00 02 25 E2")) == h("01 03 04 00 00 00 00 FA 33")


# RESET_FAULTS with sequence 8, but the byte count says 18 for 10 registers (20 bytes)
BAD_BYTE_COUNT = h("01 10 00 7C 00 0A 12 00 03 00 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 "
                   "00 00 26 08")


def test_byte_count_disagreeing_with_the_count_answers_03(server: RtuServer) -> None:
    assert server.handle(BAD_BYTE_COUNT) == h("01 90 03 0C 01")
    assert server.model.last_seq == 0


def test_silent_and_corrupt_faults(server: RtuServer) -> None:
    server.model.inject("corrupt_frames:100")
    reply = server.handle(rtu.read_request(1, 0, 2))
    assert reply is not None and not rtu.crc_ok(reply)
    server.model.inject("silent")
    assert server.handle(rtu.read_request(1, 0, 2)) is None
    server.model.clear_injected()
    assert rtu.crc_ok(server.handle(rtu.read_request(1, 0, 2)))


@settings(max_examples=400, deadline=None)
@given(frame=hs.binary(min_size=4, max_size=260))
def test_any_crc_valid_frame_gets_a_valid_answer_or_silence(frame: bytes) -> None:
    """Random bodies with a correct CRC: never a crash, always a well-formed answer."""
    server = RtuServer(StationModel(seed=2, arrivals=False))
    body = rtu.with_crc(frame[:-2])
    reply = server.handle(body)
    if body[0] != 1:
        assert reply is None
    else:
        assert reply is not None and rtu.crc_ok(reply) and reply[0] == 1


@settings(max_examples=200, deadline=None)
@given(address=hs.integers(0, 0xFFFF), values=hs.lists(hs.integers(0, 0xFFFF), min_size=1,
                                                        max_size=123))
def test_random_writes_never_break_the_model(address: int, values: list[int]) -> None:
    server = RtuServer(StationModel(seed=3, arrivals=False))
    reply = server.handle(rtu.write_multiple_request(1, address, values))
    assert reply is not None and rtu.crc_ok(reply)
    server.model.advance(1.0)
    assert rtu.crc_ok(server.handle(rtu.read_request(1, *R.FAST_BLOCK)))


# --- the loop on a real pseudo-terminal -------------------------------------------------------


class RawPeer:
    """The console's end of the pty, with no Modbus library in between."""

    def __init__(self, path: str) -> None:
        import termios
        import tty

        self.fd = os.open(path, os.O_RDWR | os.O_NOCTTY)
        tty.setraw(self.fd)
        termios.tcflush(self.fd, termios.TCIOFLUSH)

    def send(self, data: bytes) -> None:
        os.write(self.fd, data)

    def receive(self, n: int, timeout: float = 2.0) -> bytes:
        out = b""
        deadline = time.monotonic() + timeout
        while len(out) < n and time.monotonic() < deadline:
            r, _, _ = select.select([self.fd], [], [], max(0.0, deadline - time.monotonic()))
            if r:
                out += os.read(self.fd, n - len(out))
        return out

    def quiet(self, seconds: float) -> bool:
        r, _, _ = select.select([self.fd], [], [], seconds)
        return not r

    def close(self) -> None:
        os.close(self.fd)


@pytest.fixture
def pty_loop():
    loop = ServerLoop(StationModel(seed=4, arrivals=False), PtyEndpoint()).start()
    peer = RawPeer(loop.endpoint.path)
    yield loop, peer
    peer.close()
    loop.close()


def test_garbage_then_a_frame_over_the_pty(pty_loop) -> None:
    loop, peer = pty_loop
    peer.send(b"\x00\xff\x55noise\x13")
    time.sleep(0.05)  # a gap: the noise is dropped
    peer.send(rtu.read_request(1, 0, 2))
    assert peer.receive(9) == IDENTITY_REPLY
    assert loop.assembler.dropped_bytes == 9


def test_truncated_frame_then_the_next_request_is_answered(pty_loop) -> None:
    _loop, peer = pty_loop
    peer.send(rtu.read_request(1, 0, 2)[:5])
    assert peer.quiet(0.1)  # half a frame gets no answer
    peer.send(rtu.read_request(1, 0, 2))
    assert peer.receive(9) == IDENTITY_REPLY


def test_wrong_crc_is_ignored_then_the_next_frame_answered(pty_loop) -> None:
    _loop, peer = pty_loop
    bad = bytearray(rtu.read_request(1, 0, 2))
    bad[-1] ^= 0x01
    peer.send(bytes(bad))
    assert peer.quiet(0.1)
    peer.send(rtu.read_request(1, 0, 2))
    assert len(peer.receive(9)) == 9


def test_a_frame_whose_length_is_wrong_gets_exception_03_over_the_pty(pty_loop) -> None:
    loop, peer = pty_loop
    peer.send(BAD_BYTE_COUNT)  # its true length shows only at the gap after it
    assert peer.receive(5) == h("01 90 03 0C 01")
    peer.send(h("01 03 00 00 00 02 00 0A 93"))  # a read one byte too long
    assert peer.receive(5) == h("01 83 03 01 31")
    peer.send(rtu.read_request(1, 0, 2))
    assert peer.receive(9) == IDENTITY_REPLY
    assert loop.model.last_seq == 0


@settings(max_examples=25, deadline=None)
@given(noise=hs.binary(min_size=1, max_size=200))
def test_random_noise_never_wedges_the_server(noise: bytes) -> None:
    loop = ServerLoop(StationModel(seed=5, arrivals=False), PtyEndpoint()).start()
    peer = RawPeer(loop.endpoint.path)
    try:
        peer.send(noise)
        time.sleep(0.04)
        peer.receive(512, timeout=0.02)  # whatever noise provoked, if it formed a frame
        peer.send(rtu.read_request(1, 100, 3))
        reply = peer.receive(11)
        assert rtu.crc_ok(reply) and reply[:3] == h("01 03 06")
    finally:
        peer.close()
        loop.close()
