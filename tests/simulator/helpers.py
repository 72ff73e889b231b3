"""Drive a StationModel through its register interface, as a console would (no I/O)."""

from __future__ import annotations

from operator_app.domain import station as st
from operator_app.link import registers as R
from operator_app.link.decode import Decoder
from operator_app.simulator.model import StationModel


class RegisterConsole:
    """Reads and writes the model's registers by name; keeps the heartbeat alive."""

    def __init__(self, model: StationModel) -> None:
        self.model = model
        self.rmap = model.rmap
        self.seq = 0
        self.hb = 0

    def value(self, name: str):
        reg = self.rmap[name]
        words = self.model.read(reg.address, reg.length)
        assert isinstance(words, list)
        return Decoder(self.rmap, dict(zip(range(reg.address, reg.end), words,
                                           strict=True))).value(reg)

    def beat(self) -> None:
        self.hb = (self.hb + 1) & 0xFFFF
        assert self.model.write(self.rmap["status.console_heartbeat"].address, [self.hb]) == 0

    def run(self, seconds: float, dt: float = 0.1, heartbeat: bool = True) -> None:
        """Advance ``seconds`` of wall-clock time, beating the heartbeat every ``dt``."""
        t = 0.0
        while t < seconds - 1e-9:
            if heartbeat:
                self.beat()
            self.model.advance(dt)
            t += dt

    def run_until(self, predicate, limit: float = 3600.0, dt: float = 0.1) -> float:
        t = 0.0
        while not predicate():
            assert t < limit, "condition not reached in time"
            self.beat()
            self.model.advance(dt)
            t += dt
        return t

    def command(self, code: int, *args: int, seq: int | None = None) -> tuple:
        """Write a command by the handshake; return (status, reason, fault)."""
        if seq is None:
            self.seq = self.seq % 65535 + 1
            seq = self.seq
        values = [code, seq, *args] + [0] * (8 - len(args))
        assert self.model.write(self.rmap["command.code"].address, values) == 0
        assert self.value("command.code") is not None
        assert self.model.read(self.rmap["command.code"].address, 1) == [0], \
            "the request code must be cleared"
        assert self.value("response.sequence") == seq
        return (self.value("response.status"), self.value("response.reason"),
                self.value("response.fault"))

    def state(self) -> st.StationState:
        return self.value("status.state")

    def ready_vehicle(self, plate: str) -> None:
        self.model.vehicle_arrive(plate, ok=True)
        self.run_until(lambda: self.state() is st.StationState.READY, limit=200)

    def charged_slots(self, ptype: st.PackType, n: int) -> list[int]:
        slots = [i + 1 for i, s in enumerate(self.model.rack)
                 if s.pack is not None and s.pack.type is ptype]
        assert len(slots) >= n
        return slots[:n]

    def start(self, blocks: int, ins: list[int], outs: list[int] | None = None) -> tuple:
        ins3 = ([*ins, 0, 0, 0])[:3]
        outs3 = ((outs or []) + [0, 0, 0])[:3]
        return self.command(st.CommandCode.START_SWAP, blocks, *ins3, *outs3)


def slot_value(console: RegisterConsole, slot: int, key: str):
    return console.value(f"slot_{slot}.{key}")


__all__ = ["R", "RegisterConsole", "slot_value"]
