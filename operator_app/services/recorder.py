"""What the journal learns from the station: derived from snapshots, link events, commands.

``StationRecorder`` is plain Python: it takes what the link reports and writes
through a ``JournalPort`` (storage/port.py: typed methods, each a Future that
resolves once durable), which the composition root points at the journal writer. From rack snapshots
it derives the pack registry and health records, telemetry samples and charging
sessions (a session starts when a slot's charger starts and ends when it stops
or the pack leaves); from the controller's status it records each swap
transaction as the controller runs it, step by step.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from operator_app.domain import station as st
from operator_app.domain.capacity import REST_CURRENT_A, Quality, Sample, SessionMeter, rated_ah
from operator_app.domain.commands import CommandOutcome
from operator_app.domain.snapshot import SlotSnapshot, StationSnapshot
from operator_app.domain.tracker import Origin, SwapTracker, TrackedSwap
from operator_app.storage.journal import iso
from operator_app.storage.port import (
    ChargingProgress,
    ChargingStart,
    HealthSample,
    JournalPort,
    PackSighting,
)

SEEN_EVERY_S = 300.0  # a pack that stays in its slot: ``packs.last_seen`` every 5 min
CHARGING = frozenset({st.ChargerState.CONNECTING, st.ChargerState.CONSTANT_CURRENT,
                      st.ChargerState.CONSTANT_VOLTAGE})


@dataclass
class _Session:
    id: str
    code: str
    slot: int
    meter: SessionMeter
    soc: float | None = None
    peak_temp: float | None = None
    peak_power: float | None = None
    last_ts: float = 0.0
    saved_at: float = 0.0


# the recorder's end reasons, in the estimator's words
END_REASONS = {"pack removed": "removed", "complete": "complete", "fault": "fault",
               "reserved for a swap": "taken for a swap", "stopped": "stopped"}


def sample_of(s: SlotSnapshot, t: float) -> Sample:
    """A slot's values as the capacity estimator takes them (its meters when it has any)."""
    return Sample(t, s.soc, s.current, s.voltage, s.temp_min, s.temp_max,
                  s.meter_ah, s.meter_kwh)


@dataclass
class _Swap:
    record: dict[str, Any]
    end_seen_at: float | None = None
    step_key: tuple | None = None
    step_started: float = 0.0
    steps: list[dict[str, Any]] = field(default_factory=list)
    tracked: TrackedSwap | None = None  # the tracker's swap this record follows


def _energy(slot: SlotSnapshot | None) -> float | None:
    if slot is None or slot.soc is None or slot.capacity is None:
        return None
    soh = slot.soh if slot.soh is not None else 100.0
    return round(slot.capacity * soh / 100.0 * slot.soc / 100.0, 2)


def _pack_entry(slot: SlotSnapshot) -> dict[str, Any]:
    return {"code": slot.pack_code, "slot": slot.slot, "soc_pct": slot.soc,
            "energy_kwh": _energy(slot)}


class StationRecorder:
    """Turn what the link reports into journal operations."""

    def __init__(self, journal: JournalPort, *, sample_interval: float = 10.0,
                 rest_interval: float = 60.0,
                 session_save_interval: float = 30.0, operator: str = "",
                 resume: dict[str, Any] | None = None,
                 clock: Callable[[], float] = time.time,
                 tracker: SwapTracker | None = None,
                 charged: dict[str, tuple[float, float | None]] | None = None) -> None:
        self.journal = journal
        self.tracker = tracker or SwapTracker()  # shared with the swap supervisor
        self.sample_interval = sample_interval  # a pack on the charger, in a swap, alarmed
        self.rest_interval = rest_interval  # a pack at rest: its values do not move
        self.session_save_interval = session_save_interval
        self.operator = operator
        self.clock = clock
        self._last_sample: dict[int, float] = {}
        self._packs: dict[str, tuple[tuple, float]] = {}  # code -> (SoH, cycles), when
        self._sessions: dict[int, _Session] = {}
        self._last_slots_at = None
        self._prev_slots: dict[int, SlotSnapshot] = {}
        self._swap: _Swap | None = None
        self._last_result: st.SwapResult | None = None
        self._resume = resume  # a swap the previous run left "running" in the journal
        # what the swap supervisor knows of the next swap: plate, fleet, operator
        self.context: dict[str, Any] = {}
        # the fleet of a plate in the vehicle register: for a swap the console did not start
        # (the bay's button, another terminal) the bay's plate is all there is to go by
        self.fleet_of: Callable[[str], str | None] = lambda plate: None
        # per slot: (pack code, controller time it was last seen carrying current or put in)
        self._rest_since: dict[int, tuple[str, float]] = {}
        # per slot: the pack's last ended session (id, its end time), for its rest after
        self._ended: dict[int, tuple[str, str, float]] = {}
        # per pack: the energy its chargers metered into it since it came out of a vehicle
        # (what a swap that installs it delivers); ``charged`` is the journal's at start,
        # with the SoC each pack's last session ended at
        self._charged: dict[str, float] = {c: kwh for c, (kwh, _) in (charged or {}).items()}
        self._seed_soc = {c: soc for c, (_, soc) in (charged or {}).items()}
        self._checked: set[str] = set()  # packs looked at once in this run
        # packs whose count misses charge: charging when this run first saw them, or with a
        # SoC higher than their last session left (they charged while no console watched)
        self._partial: set[str] = set()
        # told of a pack's measured record after each session: (Future of the pack's record)
        self.on_pack_measured: Callable[[Any], None] | None = None
        # told of every swap's final record (the receipt shows it)
        # (record, the Future that resolves when it is durable)
        self.on_swap_ended: Callable[[dict[str, Any], Any], None] | None = None

    # --- inputs -------------------------------------------------------------------------

    def start(self) -> None:
        """A new console run: sessions a previous run left open are closed as interrupted."""
        self.journal.close_open_charging(self.clock(), "console restart")
        self.journal.event("console.start", {})

    def link_event(self, state: str, cause: str, at: float) -> None:
        self.journal.event("link.state", {"state": state, "cause": cause}, at)
        if state in ("LOST", "CONNECTING"):  # what happened meanwhile is not known
            for session in self._sessions.values():
                session.meter.flag(Quality.LINK_LOST)

    def identity(self, vendor: str, serial: int, protocol: tuple[int, int], slots: int) -> None:
        self.journal.event("link.identity", {
            "vendor": vendor, "serial": serial, "protocol": f"{protocol[0]}.{protocol[1]}",
            "slots": slots})

    def command_outcome(self, outcome: CommandOutcome) -> None:
        self.journal.event("command.outcome", {
            "command": outcome.request.name, "args": list(outcome.request.args),
            "sequence": outcome.sequence, "outcome": outcome.kind.name,
            "reason": outcome.reason.name if outcome.reason else None,
            "fault": getattr(outcome.fault, "name", outcome.fault),
            "detail": outcome.detail})

    def snapshot(self, snap: StationSnapshot) -> None:
        now = self.clock()
        if snap.slots and snap.slots_taken_at != self._last_slots_at:
            self._last_slots_at = snap.slots_taken_at
            # the charge is counted on the controller's clock where it has one (a
            # simulator's time runs faster than the console's)
            clock = snap.status.controller_time_s
            self._rack(snap.slots, now, now if clock is None else clock)
        self._swaps(snap, now)

    # --- the rack: packs, telemetry, charging sessions ------------------------------------

    def _rack(self, slots: tuple[SlotSnapshot, ...], now: float, t: float) -> None:
        rows = []
        for s in slots:
            if s.occupied and s.pack_code:
                self._see_pack(s, now)
                if s.pack_code not in self._checked:
                    self._first_sight(s)
                interval = (self.sample_interval if self._active(s)
                            else max(self.sample_interval, self.rest_interval))
                if now - self._last_sample.get(s.slot, 0.0) >= interval:
                    self._last_sample[s.slot] = now
                    rows.append((s.pack_code, s.slot, now, s.soc, s.soh, s.voltage, s.current,
                                 s.cell_min_voltage, s.cell_max_voltage, s.temp_min, s.temp_max,
                                 s.insulation, s.charger_power, s.alarm_level))
            self._charging(s, now, t)  # a charge starting now: its rest before, as it was
            self._rest(s, t)
        if rows:
            self.journal.telemetry(rows)
        self._prev_slots = {s.slot: s for s in slots}

    def _first_sight(self, s: SlotSnapshot) -> None:
        """A pack this run has not seen before: does its count hold all that went in?"""
        code = s.pack_code
        assert code is not None
        self._checked.add(code)
        left_at = self._seed_soc.pop(code, None)
        if s.charger_state in CHARGING:
            self._partial.add(code)  # it began charging before this run looked
        elif code in self._charged and left_at is not None and s.soc is not None \
                and s.soc > left_at + 1.0:
            self._partial.add(code)  # charged meanwhile, unseen

    @staticmethod
    def _active(s: SlotSnapshot) -> bool:
        """A pack whose values move: charging, carrying current, alarmed, or in a swap."""
        return (s.charger_state in CHARGING or abs(s.current or 0.0) > 1.0
                or bool(s.alarm_level) or s.state is st.SlotState.IN_SWAP)

    def _see_pack(self, s: SlotSnapshot, now: float) -> None:
        key = (round(s.soh or 0, 1), s.cycles)
        old = self._packs.get(s.pack_code)
        ptype = s.pack_type.name if s.pack_type else "unknown"
        sighting = PackSighting(s.pack_code, ptype, s.capacity, s.cycles, s.soh, now)
        if old is not None and old[0] == key:
            if now - old[1] >= SEEN_EVERY_S:  # still there: its last_seen follows
                self._packs[s.pack_code] = (key, now)
                self.journal.pack_seen(sighting)
            return
        self._packs[s.pack_code] = (key, now)
        seen = self.journal.pack_seen(sighting)
        if self.on_pack_measured is not None:
            self.on_pack_measured(seen)  # a new BMS SoH: the pack's flags again
        spread = (None if s.cell_max_voltage is None or s.cell_min_voltage is None
                  else round(s.cell_max_voltage - s.cell_min_voltage, 3))
        capacity = None if s.capacity is None or s.soh is None else round(
            s.capacity * s.soh / 100.0, 2)
        self.journal.pack_health(HealthSample(s.pack_code, now, s.soh, s.cycles, capacity,
                                              s.insulation, spread, "bms"))

    def _rest(self, s: SlotSnapshot, t: float) -> None:
        """How long each slot's pack has been at rest (no current), and, for a session
        that ended, how long its pack rested after it (until it carried current or left)."""
        code = s.pack_code if s.occupied else None
        busy = abs(s.current or 0.0) > REST_CURRENT_A
        held = self._rest_since.get(s.slot)
        if code is None:
            self._rest_since.pop(s.slot, None)
        elif held is None or held[0] != code or busy:
            self._rest_since[s.slot] = (code, t)  # put in, or carrying current: not rested
        ended = self._ended.get(s.slot)
        if ended is not None and (code != ended[1] or busy):
            del self._ended[s.slot]
            self.journal.rest_after(ended[0], round(t - ended[2], 1))

    def _charging(self, s: SlotSnapshot, now: float, t: float) -> None:
        session = self._sessions.get(s.slot)
        charging = s.occupied and s.charger_state in CHARGING and s.pack_code is not None
        if session is not None and (not charging or s.pack_code != session.code):
            if not s.occupied or s.pack_code != session.code:
                # gone while a swap runs: the lift took it (between two polls, the slot's
                # reservation can pass unseen); else someone took it out
                reason = "reserved for a swap" if self._swap is not None else "pack removed"
            elif s.charger_state is st.ChargerState.COMPLETE:
                reason = "complete"
            elif s.charger_state is st.ChargerState.FAULT:
                reason = "fault"
            elif s.state is st.SlotState.IN_SWAP:
                reason = "reserved for a swap"
            else:
                reason = "stopped"
            if s.pack_code == session.code:
                session.meter.add(sample_of(s, t))  # the last rise, up to the charger's stop
            self._end_session(session, now, t, reason)
            del self._sessions[s.slot]
            session = None
        if charging and session is None:
            assert s.pack_code is not None
            rested = self._rest_since.get(s.slot)
            rest_before = (t - rested[1]) if rested and rested[0] == s.pack_code else None
            meter = SessionMeter(str(uuid.uuid4()), s.pack_code, s.slot, rated_ah(s.capacity),
                                 sample_of(s, t), rest_before)
            session = _Session(meter.record.session_id, s.pack_code, s.slot, meter, soc=s.soc,
                               last_ts=now, saved_at=now)
            self.journal.charging_started(ChargingStart(session.id, s.pack_code, s.slot, now,
                                                        s.soc))
            self._sessions[s.slot] = session
            self.journal.event("charging.started", {"slot": s.slot, "pack": s.pack_code,
                                                           "soc_pct": s.soc})
        if session is not None and charging:
            session.meter.add(sample_of(s, t))
            session.soc = s.soc
            if s.temp_max is not None:
                session.peak_temp = max(session.peak_temp or s.temp_max, s.temp_max)
            if s.charger_power is not None:
                session.peak_power = max(session.peak_power or 0.0, s.charger_power)
            if now - session.saved_at >= self.session_save_interval:
                self._save_session(session, now)

    def _save_session(self, session: _Session, now: float) -> None:
        """A running session's totals so far (a console that stops keeps them)."""
        session.saved_at = now
        self.journal.charging_progress(ChargingProgress(
            session.id, round(session.meter.energy_so_far, 3), session.soc, session.peak_temp,
            session.peak_power))

    def _end_session(self, session: _Session, now: float, t: float, reason: str) -> None:
        """The session's measured record, journaled whole; the pack's record after it."""
        record = session.meter.finish(END_REASONS.get(reason, reason)).to_dict()
        measured = self.journal.charging_finished(record, now)
        self._ended[session.slot] = (session.id, session.code, t)
        self._charged[session.code] = self._charged.get(session.code, 0.0) + \
            record["energy_kwh"]
        self.journal.event("charging.ended", {
            "slot": session.slot, "pack": session.code, "energy_kwh": record["energy_kwh"],
            "charge_ah": record["charge_ah"], "method": record["method"],
            "soc_to_pct": record["soc_end_pct"], "reason": record["end_reason"],
            "capacity_ah": record["capacity_ah"], "flags": record["flags"]})
        if self.on_pack_measured is not None:
            self.on_pack_measured(measured)

    # --- swaps ------------------------------------------------------------------------------

    def _swaps(self, snap: StationSnapshot, now: float) -> None:
        s = snap.status
        result = s.swap_result
        if self._resume is not None:
            self._take_over(snap, now)
        tracked = self.tracker.update(snap)
        if tracked is not None and tracked.running:
            swap = self._swap
            if swap is not None and swap.tracked is None and not swap.record.get("note"):
                swap.tracked = tracked  # the journal's running swap, still running
            elif swap is None or swap.tracked is not tracked:
                if swap is not None:  # its end was not seen, or its rack read not yet
                    self._end_swap(swap, snap, now, unknown=swap.tracked is None
                                   or swap.tracked.running)
                self._begin_swap(snap, now, tracked)
        swap = self._swap
        if swap is not None and result is st.SwapResult.RUNNING and (
                swap.tracked is None or swap.tracked.running):
            key = (s.step.name if s.step else None, s.block_index)
            if key != swap.step_key and s.step not in (None, st.SwapStep.NONE):
                self._close_step(swap, now)
                swap.step_key = key
                swap.step_started = now
                swap.steps.append({"step": s.step.name, "block": s.block_index,
                                   "started_at": iso(now), "expected_s": s.step_expected})
                self.journal.swap(self._swap_row(swap, now))
        ended = swap is not None and (
            (swap.tracked is not None and not swap.tracked.running)
            or (swap.tracked is None and result is not st.SwapResult.RUNNING))
        if swap is not None and ended:
            # the rack must be read after the end, so that every pack that came out is in it
            if swap.end_seen_at is None:
                swap.end_seen_at = snap.taken_at
            if snap.slots_taken_at >= swap.end_seen_at:
                self._end_swap(swap, snap, now)
        self._last_result = result

    def _take_over(self, snap: StationSnapshot, now: float) -> None:
        """After a console restart: re-attach to the swap the journal left running."""
        record, self._resume = self._resume, None
        assert record is not None
        swap = _Swap(record, steps=list(record.get("steps") or []))
        if swap.steps:
            last = swap.steps[-1]
            swap.step_key = (last.get("step"), last.get("block"))
        self._swap = swap
        self.journal.event("swap.reattached", {
            "id": record["id"], "controller_result": getattr(snap.status.swap_result, "name",
                                                             None)})
        if snap.status.swap_result is not st.SwapResult.RUNNING:
            # it ended while the console was down: the controller's result says how
            record["note"] = "ended while the console was down"

    def _begin_swap(self, snap: StationSnapshot, now: float, tracked: TrackedSwap) -> None:
        bay = snap.bay
        ours = tracked.origin is Origin.CONSOLE
        ctx = self.context if ours else {}  # the plan was for the console's own start
        started_by = tracked.started_by
        plate = ctx.get("plate") or bay.plate or None
        record = {
            "id": str(uuid.uuid4()), "vehicle_plate": plate,
            "fleet": ctx.get("fleet") or (self.fleet_of(plate) if plate else None),
            "operator": ctx.get("operator") or (self.operator if ours else started_by) or None,
            "started_by": started_by,
            "started_at": iso(now), "ended_at": None,
            "result": "running", "fault": None, "blocks": snap.status.block_count or 0,
            "packs_out": [], "packs_in": [], "energy_delivered_kwh": None, "steps": [],
            "duration_s": None}
        record["rack_before"] = {str(s.slot): _pack_entry(s)
                                 for s in self._prev_slots.values() if s.pack_code}
        if ctx.get("packs_in"):  # the supervisor's plan: exact, whatever the polling
            record["packs_in"] = ctx["packs_in"]
        self._swap = _Swap(record, tracked=tracked)
        self.journal.swap(self._swap_row(self._swap, now), "swap.started")

    def _close_step(self, swap: _Swap, now: float) -> None:
        if swap.steps and "duration_s" not in swap.steps[-1]:
            swap.steps[-1]["duration_s"] = round(now - swap.step_started, 1)

    def _end_swap(self, swap: _Swap, snap: StationSnapshot, now: float,
                  unknown: bool = False) -> None:
        self._close_step(swap, now)
        # the rack before the swap, as recorded when it started (it survives a restart)
        before = swap.record.get("rack_before") or {}
        after = {s.slot: s for s in snap.slots}
        codes_before = {p["code"] for p in before.values()}
        codes_after = {s.pack_code for s in after.values() if s.pack_code}
        packs_in = swap.record.get("packs_in") or [
            p for p in before.values() if p["code"] not in codes_after]
        packs_out = [_pack_entry(s) for s in after.values() if s.pack_code
                     and s.pack_code not in codes_before]
        energy, method = self._delivered(packs_in, packs_out)
        tracked = swap.tracked
        outcome = tracked.result if tracked is not None else snap.status.swap_result
        fault = tracked.fault if tracked is not None else snap.status.swap_fault
        result = "unknown" if unknown else {
            st.SwapResult.COMPLETED: "completed", st.SwapResult.FAILED: "failed",
            st.SwapResult.ABORTED: "aborted"}.get(outcome, "unknown")
        swap.record.update({
            "ended_at": iso(now), "result": result,
            "fault": getattr(fault, "name", fault) if fault not in (None, st.FaultCode.NONE)
            else None,
            "packs_in": packs_in, "packs_out": packs_out,
            "energy_delivered_kwh": energy, "energy_method": method,
            "blocks": snap.status.block_count or swap.record["blocks"] or len(packs_in)})
        row = self._swap_row(swap, now)
        committed = self.journal.swap(row, f"swap.{result}")
        self._swap = None
        self.context = {}
        if self.on_swap_ended is not None:
            self.on_swap_ended(row, committed)  # the receipt waits for ``committed``

    def _delivered(self, packs_in: list[dict[str, Any]], packs_out: list[dict[str, Any]]
                   ) -> tuple[float | None, str | None]:
        """The energy a swap delivered: what the station's chargers metered into the packs
        it installed since each came out of a vehicle ("metered"). A pack the console did
        not see all the charging of (stock at commissioning, a journal lost, a charge begun
        or done while no console watched) leaves only the estimate from the BMS's SoC and
        SoH, in minus out ("bms_estimate"). The packs that came out start counting again
        from nothing."""
        charged = []
        for p in packs_in:
            kwh = self._charged.pop(p["code"], None)
            if p["code"] in self._partial:
                self._partial.discard(p["code"])
                kwh = None  # some of its charge went in unseen: the meters say too little
            charged.append(kwh)
            p["charged_kwh"] = None if kwh is None else round(kwh, 2)
        for p in packs_out:  # seen coming in: every charge from now on is metered
            self._charged[p["code"]] = 0.0
            self._partial.discard(p["code"])
            self._checked.add(p["code"])
        if not packs_in:
            return None, None
        if all(kwh is not None for kwh in charged):
            return round(sum(kwh or 0.0 for kwh in charged), 2), "metered"
        estimate = sum(p["energy_kwh"] or 0 for p in packs_in) - sum(
            p["energy_kwh"] or 0 for p in packs_out)
        return round(estimate, 2), "bms_estimate"

    def _swap_row(self, swap: _Swap, now: float) -> dict[str, Any]:
        row = dict(swap.record)
        row.pop("note", None)
        row["steps"] = [dict(x) for x in swap.steps]
        started = swap.record["started_at"]
        if swap.record["ended_at"]:
            t0 = dt.datetime.fromisoformat(started).timestamp()
            row["duration_s"] = round(now - t0, 1)
        return row
