"""Charging: the rack's slots, each with its charger and maybe a pack.

Owns the slots (``Slot``: pack, charger, reservation by a swap), CHARGER_ENABLE, each
slot's reported state, and the slot and cell registers the console reads, the chargers'
meters among them. The chargers' and packs' own physics live in ``simulator.pack``; the
packs the rack starts with come from the fleet's bank (``simulator.bank``).
"""

from __future__ import annotations

from dataclasses import dataclass

from operator_app.domain import station as st
from operator_app.domain.station import ChargerState, CommandStatus, RejectReason, SlotState
from operator_app.link import registers as R
from operator_app.simulator.model.errors import SimulatorError
from operator_app.simulator.pack import SimCharger, SimPack


@dataclass
class Slot:
    pack: SimPack | None
    charger: SimCharger
    reserved: bool = False  # by the running swap


class Charging:
    """Mixin of StationModel: the slots, their chargers and packs, and their registers."""

    def _cmd_charger(self, seq: int, args: list[int]) -> tuple[CommandStatus, RejectReason]:
        slot, on = args[0], args[1]
        if not 1 <= slot <= self.slots_n or on not in (0, 1):
            return CommandStatus.REJECTED, RejectReason.BAD_ARGUMENT
        charger = self.rack[slot - 1].charger
        if on:
            if not charger.enabled:  # back in service: idle, whatever it had before
                charger.enabled = True
                charger.fault_pending = False
                charger.state = ChargerState.IDLE
        else:  # out of service, a faulted charger too: it no longer counts as a fault
            charger.enabled = False
            charger.fault_pending = False
            charger.state, charger.power_kw = ChargerState.DISABLED, 0.0
        return CommandStatus.DONE, RejectReason.NONE

    def _pack_in(self, slot: int) -> SimPack:
        pack = self.rack[slot - 1].pack
        if pack is None:
            raise SimulatorError(f"slot {slot} is empty")
        return pack

    def slot_state(self, slot: Slot) -> SlotState:
        if slot.reserved:
            return SlotState.IN_SWAP
        if not slot.charger.enabled:
            return SlotState.DISABLED
        if slot.pack is None:
            return SlotState.EMPTY
        cs = slot.charger.state
        if cs is ChargerState.FAULT:
            return SlotState.FAULT
        if cs in (ChargerState.CONNECTING, ChargerState.CONSTANT_CURRENT,
                  ChargerState.CONSTANT_VOLTAGE):
            return SlotState.CHARGING
        if cs is ChargerState.COMPLETE:
            return SlotState.FULL
        return SlotState.IDLE

    def _publish_slot(self, n: int, slot: Slot) -> None:
        base = R.slot_base(n)
        bank = self.bank
        pack = slot.pack
        if pack is None:
            bank[base : base + R.SLOT_STRIDE] = [0] * R.SLOT_STRIDE
            values: dict[str, int | float | str | None] = {
                "voltage": None, "current": None, "cell_min_voltage": None,
                "cell_min_index": None, "cell_max_voltage": None, "cell_max_index": None,
                "temp_min": None, "temp_max": None, "insulation": None, "cycles": None,
                "soc": None, "soh": None, "capacity": None, "time_to_full": None,
                "charger_state": slot.charger.state, "state": self.slot_state(slot),
                # the meters are the charger's: they read with the slot empty too
                "meter_ah": slot.charger.meter_ah, "meter_kwh": slot.charger.meter_kwh,
            }
        else:
            cells = pack.cell_voltages()
            temps = pack.temperatures()
            cmin = min(range(len(cells)), key=cells.__getitem__)
            cmax = max(range(len(cells)), key=cells.__getitem__)
            level, flags = pack.alarms()
            values = {
                "occupied": 1, "pack_code": pack.code, "pack_type": pack.type,
                "soc": pack.soc, "soh": pack.soh, "voltage": sum(cells),
                "current": pack.current, "cell_min_voltage": cells[cmin],
                "cell_min_index": cmin + 1, "cell_max_voltage": cells[cmax],
                "cell_max_index": cmax + 1, "temp_min": min(temps), "temp_max": max(temps),
                "insulation": min(65534, pack.insulation_kohm), "cycles": pack.cycles,
                "charger_state": slot.charger.state, "charger_power": slot.charger.power_kw,
                "alarm_level": level, "alarm_flags": int(flags),
                "capacity": pack.capacity_kwh, "state": self.slot_state(slot),
                "time_to_full": slot.charger.time_to_full_min(pack),
                "meter_ah": slot.charger.meter_ah, "meter_kwh": slot.charger.meter_kwh,
            }
        for f in R.SLOT_FIELDS:
            if f.key in values:
                reg = f.at(n)
                bank[reg.address : reg.end] = reg.encode(values[f.key])

    def _publish_cells(self) -> None:
        bank = self.bank
        bank[R.CELL_SLOT.address] = self.cell_shown
        slot = self.rack[self.cell_shown - 1] if self.cell_shown else None
        pack = slot.pack if slot else None
        v0, t0 = R.CELL_VOLTAGES_ADDRESS, R.CELL_TEMPERATURES_ADDRESS
        if pack is None:
            bank[R.CELL_COUNT.address] = 0
            bank[R.CELL_TEMP_COUNT.address] = 0
            bank[v0 : v0 + st.CELLS_PER_PACK] = [R.NA_U16] * st.CELLS_PER_PACK
            bank[t0 : t0 + st.TEMP_SENSORS_PER_PACK] = [R.NA_I16] * st.TEMP_SENSORS_PER_PACK
            return
        bank[R.CELL_COUNT.address] = st.CELLS_PER_PACK
        bank[R.CELL_TEMP_COUNT.address] = st.TEMP_SENSORS_PER_PACK
        bank[v0 : v0 + st.CELLS_PER_PACK] = [round(v * 1000) for v in pack.cell_voltages()]
        bank[t0 : t0 + st.TEMP_SENSORS_PER_PACK] = [
            round(t * 10) & 0xFFFF for t in pack.temperatures()
        ]
