"""The rack tiles: the state words for every kind of slot, tap to select, size for gloves."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from operator_app.domain import station as st
from operator_app.domain.selection import SelectionRules, TileState, tile_state
from operator_app.ui.rack_view import TILE_MM, RackView
from operator_app.ui.theme import px_to_mm
from tests.domain.test_vehicles_selection import EMPTY, pack

RULES = SelectionRules()


def test_tile_states() -> None:
    charging = pack(1, soc=60.0, charger=st.ChargerState.CONSTANT_CURRENT,
                    state=st.SlotState.CHARGING, ttf=40.0)
    assert tile_state(pack(1), RULES) == (TileState.READY, None)
    kind, minutes = tile_state(charging, RULES)
    assert kind is TileState.CHARGING and 0 < minutes < 40
    assert tile_state(EMPTY, RULES)[0] is TileState.EMPTY
    assert tile_state(pack(1, state=st.SlotState.IN_SWAP), RULES)[0] is TileState.RESERVED
    assert tile_state(pack(1, state=st.SlotState.FAULT), RULES)[0] is TileState.FAULT
    assert tile_state(pack(1, level=3), RULES)[0] is TileState.FAULT
    q = frozenset({pack(1).pack_code})
    assert tile_state(pack(1), RULES, q)[0] is TileState.QUARANTINED
    assert tile_state(pack(1, soh=60.0), RULES)[0] is TileState.NOT_READY


def test_rack_view_tiles_tap_and_size(qtbot) -> None:
    view = RackView(dpi=96.0)
    qtbot.addWidget(view)
    slots = (pack(1), replace(pack(2, soc=60.0, charger=st.ChargerState.CONSTANT_CURRENT,
                                    state=st.SlotState.CHARGING, ttf=40.0)), EMPTY)
    view.show_slots(slots)
    view.show()
    assert view.tiles[0].state_text() == "ready"
    assert view.tiles[1].state_text().startswith("charging ready in about")
    assert view.tiles[2].state_text() == "empty"
    for t in view.tiles:
        assert px_to_mm(t.width(), 96.0) >= TILE_MM[0] - 0.1
        assert px_to_mm(t.height(), 96.0) >= TILE_MM[1] - 0.1
    with qtbot.waitSignal(view.slot_tapped) as blocker:
        qtbot.mouseClick(view.tiles[1], Qt.MouseButton.LeftButton)
    assert blocker.args == [2]
