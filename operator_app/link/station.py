"""Reading the whole station through an RTU client, as few transactions as possible.

No Qt and no timing policy: the link worker decides when to poll; this
module decides which registers one poll reads and turns them into a snapshot.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from operator_app.domain import station as st
from operator_app.domain.commands import CellDetail
from operator_app.domain.snapshot import (
    BayStatus,
    ControllerIdentity,
    Machine,
    SlotSnapshot,
    StationSnapshot,
    StationStatus,
)
from operator_app.domain.words import Phrase
from operator_app.link import causes as C
from operator_app.link import registers as R
from operator_app.link.client import RtuClient
from operator_app.link.decode import Decoder, decode_identity, decode_slot, decode_status
from operator_app.link.errors import ControllerMismatch


class StationReader:
    """Poll a controller: identity once, the fast block every poll, the slots when asked."""

    def __init__(self, client: RtuClient, clock: Callable[[], float] = time.monotonic) -> None:
        self.client = client
        self.clock = clock
        self.identity: ControllerIdentity | None = None
        self.rmap = R.RegisterMap(R.DEFAULT_SLOTS)
        self.heartbeat_out = 0
        self.sequence = 0
        self._slots: tuple[SlotSnapshot, ...] = ()
        self._slots_taken_at = 0.0
        # Decoding is most of a poll's own work, and a PLC's registers change slowly: a
        # block whose raw words are the same as last time is not decoded again.
        self._fast_raw: list[int] | None = None
        self._fast: tuple[StationStatus, BayStatus, Machine, frozenset[str]] | None = None
        self._slot_raw: dict[int, list[int]] = {}
        self._slot_cache: dict[int, tuple[SlotSnapshot, frozenset[str]]] = {}

    def connect(self) -> ControllerIdentity:
        """Read and check the controller's identity; size the map to its rack."""
        words = self.client.read_registers(*R.IDENTITY_BLOCK)
        magic, version = words[0], words[1]
        if magic != R.IDENTITY_MAGIC:
            raise ControllerMismatch(Phrase(C.E_NOT_A_STATION, (
                f"0x{magic:04X}", f"0x{R.IDENTITY_MAGIC:04X}")))
        if version >> 8 != R.PROTOCOL_VERSION[0]:
            raise ControllerMismatch(Phrase(C.E_PROTOCOL, (
                f"{version >> 8}.{version & 0xFF}",
                f"{R.PROTOCOL_VERSION[0]}.{R.PROTOCOL_VERSION[1]}")))
        identity = decode_identity(self.rmap, words)
        if not 1 <= identity.slot_count <= st.MAX_SLOTS:
            raise ControllerMismatch(Phrase(C.E_SLOT_COUNT, (str(identity.slot_count),)))
        self.identity = identity
        # sized to the rack, and to the protocol: registers it predates decode as None
        self.rmap = R.RegisterMap(identity.slot_count, protocol=identity.protocol_version)
        self._slots = ()
        self._fast_raw = None
        self._slot_raw.clear()
        return identity

    def last_answered_sequence(self) -> int:
        """The sequence number the controller answered last (to continue after it)."""
        return self.client.read_registers(self.rmap["response.sequence"].address, 1)[0]

    def run_id(self) -> int:
        """The controller's run id: it changes when the controller restarts."""
        return self.client.read_registers(self.rmap["run.id"].address, 1)[0]

    def write_command(self, sequence: int, code: int, args: tuple[int, ...]) -> None:
        """Write code, sequence number and arguments in one frame, as the handshake asks.

        Sent once: whether a lost answer may be re-sent is the caller's decision (not
        after the controller restarted, which forgets the sequence numbers it answered).
        """
        values = [code, sequence, *args] + [0] * (8 - len(args))
        self.client.write_registers(self.rmap["command.code"].address, values, retries=0)

    # --- hold-to-run (protocol 3.2: the lease) ----------------------------------------------

    @property
    def lease_axes(self) -> bool:
        """The controller speaks 3.2 or later: jog.target and the lease axes are there."""
        return tuple(self.rmap.protocol[:2]) >= R.JOG_LEASE_SINCE

    def start_jog(self, axis: int, direction: int, target: int, counter: int) -> int:
        """Begin a hold as the map says: direction 0 (ends any stop the controller latched,
        with the axis NONE so that any target fits), the target, then axis, direction and a
        new lease counter in one frame. Returns the counter last written."""
        jog = self.rmap["jog.axis"].address
        self.client.write_registers(jog, [0, 0, counter], retries=0)
        if self.lease_axes:
            self.client.write_register(self.rmap["jog.target"].address, target)
        counter = (counter + 1) & 0xFFFF
        self.refresh_jog(axis, direction, counter)
        return counter

    def refresh_jog(self, axis: int, direction: int, counter: int) -> None:
        """Renew the lease: axis, direction and the changed counter in one frame, sent once
        (a refresh that fails ends the hold; it is never repeated late)."""
        self.client.write_registers(self.rmap["jog.axis"].address,
                                    [axis, direction & 0xFFFF, counter], retries=0)

    def stop_jog(self, retries: int | None = None) -> None:
        """Direction 0: the motion stops now, whatever the lease."""
        self.client.write_registers(self.rmap["jog.direction"].address, [0], retries=retries)

    def select_cells(self, slot: int) -> None:
        self.client.write_register(R.CELL_SELECT.address, slot)

    def read_cells(self, slot: int) -> CellDetail | None:
        """Read the cell area in two transactions; None while another slot is still shown."""
        start = R.CELL_SLOT.address
        end = R.CELL_TEMPERATURES_ADDRESS + st.TEMP_SENSORS_PER_PACK
        image: dict[int, int] = {}
        for s, n in R.plan_reads(start, end - start):
            image.update(zip(range(s, s + n), self.client.read_registers(s, n), strict=True))
        if image[R.CELL_SLOT.address] != slot:
            return None
        d = Decoder(self.rmap, image)
        n_cells = min(image[R.CELL_COUNT.address], st.CELLS_PER_PACK)
        n_temps = min(image[R.CELL_TEMP_COUNT.address], st.TEMP_SENSORS_PER_PACK)
        volts = tuple(d.value(R.cell_voltage(i)) for i in range(1, n_cells + 1))
        temps = tuple(d.value(R.cell_temperature(i)) for i in range(1, n_temps + 1))
        return CellDetail(slot, volts, temps, self.clock())

    def slot_reads(self) -> list[tuple[int, int]]:
        return R.plan_reads(*self.rmap.slot_block())

    def poll(self, read_slots: bool, beat: bool = True) -> StationSnapshot:
        """Write the console heartbeat, read the fast block (and the slots), decode.

        ``beat`` False writes the same heartbeat again: the console is not well (its
        screen stopped responding), and the controller's watchdog should hold motion.
        """
        if beat:
            self.heartbeat_out = (self.heartbeat_out + 1) & 0xFFFF
        hb = self.rmap["status.console_heartbeat"]
        self.client.write_register(hb.address, self.heartbeat_out)
        start, count = R.FAST_BLOCK
        fast = self.client.read_registers(start, count)
        taken_at = self.clock()
        if read_slots or not self._slots:
            area: list[int] = []
            for s, n in self.slot_reads():
                area += self.client.read_registers(s, n)
            self._slots = tuple(self._decode_slot(n, area) for n in range(1, self.rmap.slots + 1))
            self._slots_taken_at = self.clock()
        if fast != self._fast_raw:
            d = Decoder(self.rmap, dict(zip(range(start, start + count), fast, strict=True)))
            self._fast = (*decode_status(d), frozenset(d.invalid))
            self._fast_raw = fast
        assert self._fast is not None
        status, bay, machine, invalid = self._fast
        for n in range(1, self.rmap.slots + 1):
            invalid |= self._slot_cache[n][1]
        self.sequence += 1
        return StationSnapshot(
            sequence=self.sequence, taken_at=taken_at, status=status, bay=bay, machine=machine,
            slots=self._slots, slots_taken_at=self._slots_taken_at, invalid=invalid,
        )

    def _decode_slot(self, n: int, area: list[int]) -> SlotSnapshot:
        """Slot ``n`` from the raw slot area (slot 1 first), decoded only when it changed."""
        raw = area[R.SLOT_STRIDE * (n - 1) : R.SLOT_STRIDE * n]
        if raw == self._slot_raw.get(n):
            return self._slot_cache[n][0]
        base = R.slot_base(n)
        d = Decoder(self.rmap, dict(zip(range(base, base + R.SLOT_STRIDE), raw, strict=True)))
        snap = decode_slot(d, n)
        self._slot_raw[n] = raw
        self._slot_cache[n] = (snap, frozenset(d.invalid))
        return snap
