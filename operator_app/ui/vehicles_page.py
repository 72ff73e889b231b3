"""The vehicle registry on screen: list, find, add, edit, disable or enable, import a CSV list.

- The list: plate, fleet, pack type, blocks and whether the vehicle is disabled here; Find
  narrows it to the plates holding what is typed on the plate keyboard; a tap selects one.
- Add: the plate on the plate keyboard (Latin and Thai pages), the fleet and the model on
  the same keyboard (or a keyboard plugged in), then the pack type and the blocks with one
  large button each. Edit: the same steps prefilled, without the plate (a plate is the
  vehicle: a new plate is a new vehicle).
- Disable / Enable: a disabled vehicle is not identified here, so no swap starts for it.
- Import from CSV: the *.csv files on mounted media (USB sticks under /media, /run/media or
  /mnt) and in the data directory, one large button each; a tap chooses, a second button
  imports. Every line is checked first: one wrong line refuses the whole file.

Only a signed-in technician or supervisor changes anything (the page says so otherwise);
the service (``services/vehicle_service.py``) checks it again, and audits every change.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from operator_app.domain import vehicle_list as vl
from operator_app.domain.roles import Role
from operator_app.domain.station import MAX_BLOCKS, PackType
from operator_app.domain.vehicle_list import FLEET_MAX, MODEL_MAX, PACK_TYPES
from operator_app.domain.vehicles import PLATE_MAX, Vehicle
from operator_app.domain.words import Phrase
from operator_app.services.vehicle_service import EDITOR_ROLE, VehicleService
from operator_app.ui.drives import MEDIA_ROOTS, media_patterns, removable_drives
from operator_app.ui.station_panel import say
from operator_app.ui.texts import label
from operator_app.ui.theme import GLOVE_GAP_MM, MIN_TARGET_MM, mm_to_px
from operator_app.ui.touch_keyboard import BACKSPACE, ENTER, PlateKeyboard, apply_key
from operator_app.ui.widgets import (
    CurrentPageStack,
    Page,
    RowsMixin,
    button,
    kinetic,
    scroll_down_only,
)

ModelIndex = QModelIndex | QPersistentModelIndex
FILES_MAX = 60  # files listed at most (a stick full of CSV files is not a vehicle list)
PLATE_FIELD_MAX = PLATE_MAX + 4  # a plate's spaces and hyphens besides its characters


def import_files(data_dir: Path | None, roots: tuple[Path, ...] = MEDIA_ROOTS) -> list[Path]:
    """The CSV files a vehicle list may come from: on readable mounted media (the stick's
    top folder and the folders in it), then in the data directory."""
    folders: list[Path] = []
    for d in removable_drives(media_patterns(roots)):
        if not os.access(d, os.R_OK):
            continue
        try:  # the stick's top folder and the folders in it
            folders += [d, *(x for x in sorted(d.iterdir()) if x.is_dir())]
        except OSError:
            folders.append(d)
    if data_dir is not None:
        folders.append(data_dir)
    found: list[Path] = []
    for folder in folders:
        try:
            found += sorted(p for p in folder.glob("*.csv") if p.is_file())
        except OSError:
            continue
        if len(found) >= FILES_MAX:
            break
    return found[:FILES_MAX]


class VehicleModel(RowsMixin, QAbstractTableModel):
    """One row a vehicle: plate, fleet, pack type, blocks, and DISABLED when it is."""

    PLATE_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, str, str, str, str]] = []
        self.headers = (self.tr("Plate"), self.tr("Fleet"), self.tr("Pack type"),
                        self.tr("Blocks"), self.tr("State"))

    def show(self, vehicles: list[tuple[Vehicle, bool]]) -> None:
        self.set_rows([(v.plate, v.fleet, label(v.pack_type), str(v.blocks),
                        self.tr("DISABLED") if off else self.tr("enabled"))
                       for v, off in vehicles])

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == self.PLATE_ROLE:
            return self.rows[index.row()][0]
        if role == Qt.ItemDataRole.FontRole and index.column() == 4 and \
                self.rows[index.row()][4] == self.tr("DISABLED"):
            from PySide6.QtGui import QFont

            bold = QFont()
            bold.setBold(True)
            return bold
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation is Qt.Orientation.Horizontal \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None


class VehicleForm(QWidget):
    """Plate, fleet, model, pack type, blocks, one step at a time; ``done`` carries them all.
    ``start(vehicle)``: an edit, prefilled, without the plate step."""

    done = Signal(str, str, str, int, int)  # plate, fleet, model, pack type, blocks
    stepped = Signal()  # on to another step: what was said about the last one is old
    cancelled = Signal()

    PLATE, FLEET, MODEL, TYPE, BLOCKS = range(5)

    def __init__(self, dpi: float) -> None:
        super().__init__()
        gap = mm_to_px(GLOVE_GAP_MM, dpi)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(gap)
        self.top = QWidget()  # prompt, field, cancel: the page shows it in its title row
        top = QHBoxLayout(self.top)
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(gap)
        self.prompt = QLabel("")
        self.prompt.setObjectName("vehicleFormPrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setStyleSheet("font-weight: bold;")
        self.field = QLineEdit()
        self.field.setObjectName("vehicleFormField")
        self.field.setMinimumHeight(mm_to_px(MIN_TARGET_MM, dpi))
        self.field.returnPressed.connect(lambda: self._key(ENTER))
        self.cancel = button(self.tr("Cancel"), "vehicleFormCancel", dpi, primary=False)
        self.cancel.clicked.connect(self.cancelled.emit)
        top.addWidget(self.prompt, 2)
        top.addWidget(self.field, 2)
        top.addWidget(self.cancel)
        self.steps = QStackedWidget()
        self.keyboard = PlateKeyboard(dpi)
        self.keyboard.typed.connect(self._key)
        types = QWidget()
        type_row = QHBoxLayout(types)
        type_row.setContentsMargins(0, 0, 0, 0)
        type_row.setSpacing(gap)
        self.type_buttons: dict[PackType, QPushButton] = {}
        for t in PACK_TYPES:
            b = button(label(t), f"packType_{t.name}", dpi, wide=2.5)
            b.setCheckable(True)
            b.clicked.connect(lambda _=False, v=t: self._type(v))
            type_row.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
            self.type_buttons[t] = b
        type_row.addStretch(1)
        blocks = QWidget()
        block_row = QHBoxLayout(blocks)
        block_row.setContentsMargins(0, 0, 0, 0)
        block_row.setSpacing(gap)
        self.block_buttons: dict[int, QPushButton] = {}
        for n in range(1, MAX_BLOCKS + 1):
            b = button(str(n), f"blocks_{n}", dpi, wide=1.5)
            b.setCheckable(True)
            b.clicked.connect(lambda _=False, v=n: self._blocks(v))
            block_row.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
            self.block_buttons[n] = b
        block_row.addStretch(1)
        for w in (self.keyboard, types, blocks):
            self.steps.addWidget(w)
        layout.addWidget(self.steps, 1)
        self._plan: list[int] = []
        self._values: dict[int, str] = {}
        self._type_value = PackType.NONE
        self._blocks_value = 0
        self._step = self.PLATE

    def start(self, vehicle: Vehicle | None = None) -> None:
        """A new vehicle (all steps), or ``vehicle`` to edit (its values, no plate step)."""
        editing = vehicle is not None
        self._plan = [s for s in (self.PLATE, self.FLEET, self.MODEL, self.TYPE, self.BLOCKS)
                      if not (editing and s == self.PLATE)]
        self._values = ({self.PLATE: vehicle.plate, self.FLEET: vehicle.fleet,
                         self.MODEL: vehicle.model} if vehicle is not None else {})
        self._type_value = vehicle.pack_type if vehicle is not None else PackType.NONE
        self._blocks_value = vehicle.blocks if vehicle is not None else 0
        for t, b in self.type_buttons.items():
            b.setChecked(t is self._type_value)
        for n, b in self.block_buttons.items():
            b.setChecked(n == self._blocks_value)
        self._go(self._plan[0])

    def _go(self, step: int) -> None:
        self._step = step
        typed = step in (self.PLATE, self.FLEET, self.MODEL)
        self.field.setVisible(typed)
        self.field.setMaxLength({self.PLATE: PLATE_FIELD_MAX, self.FLEET: FLEET_MAX,
                                 self.MODEL: MODEL_MAX}.get(step, FLEET_MAX))
        self.field.setText(self._values.get(step, ""))
        self.steps.setCurrentIndex({self.TYPE: 1, self.BLOCKS: 2}.get(step, 0))
        plate = self._values.get(self.PLATE, "")
        self.prompt.setText({
            self.PLATE: self.tr("The vehicle's plate:"),
            self.FLEET: self.tr("%1: its fleet (the keyboard, or one plugged in):").replace(
                "%1", plate),
            self.MODEL: self.tr("%1: its model (may stay empty), then OK:").replace(
                "%1", plate),
            self.TYPE: self.tr("%1: its pack type:").replace("%1", plate),
            self.BLOCKS: self.tr("%1: how many pack blocks it carries:").replace("%1", plate),
        }[step])
        if typed:
            self.field.setFocus()  # a keyboard plugged in types here, not into a button
        self.stepped.emit()

    def _key(self, key: str) -> None:
        if key == ENTER:
            self._values[self._step] = self.field.text()
            if self._step == self.FLEET and not self.field.text().strip():
                # said now, not after the pack type and the blocks were chosen
                self.prompt.setText(self.tr("%1: its fleet is needed: type it, then OK.")
                                    .replace("%1", self._values.get(self.PLATE, "")))
                return
            self._next()
            return
        limit = self.field.maxLength()
        self.field.setText(apply_key(self.field.text(), key, limit) if key != BACKSPACE
                           else self.field.text()[:-1])

    def _type(self, t: PackType) -> None:
        self._type_value = t
        for v, b in self.type_buttons.items():  # a tap on the one chosen keeps it chosen
            b.setChecked(v is t)
        self._next()

    def _blocks(self, n: int) -> None:
        self._blocks_value = n
        for v, b in self.block_buttons.items():
            b.setChecked(v == n)
        self._next()

    def _next(self) -> None:
        i = self._plan.index(self._step)
        if i + 1 < len(self._plan):
            self._go(self._plan[i + 1])
            return
        self.done.emit(self._values.get(self.PLATE, ""), self._values.get(self.FLEET, ""),
                       self._values.get(self.MODEL, ""), int(self._type_value),
                       self._blocks_value)

    def back_to(self, step: int) -> None:
        """A refused entry: the step to put right, its values kept."""
        if step in self._plan:
            self._go(step)


class VehiclesPage(Page):
    """The station's vehicle registry: what the swaps identify vehicles by."""

    LIST, FORM, FIND, IMPORT = range(4)

    def __init__(self, dpi: float, service: VehicleService,
                 who: Callable[[], tuple[str, Role]], data_dir: Path | None = None,
                 roots: tuple[Path, ...] = MEDIA_ROOTS) -> None:
        super().__init__(self.tr("Vehicles"), dpi, "vehiclesPage")
        self.service, self.who = service, who
        self.data_dir, self.roots = data_dir, roots
        gap = mm_to_px(GLOVE_GAP_MM, dpi)
        self.message = QLabel("")
        self.message.setObjectName("vehiclesMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-weight: bold;")
        self.access = QLabel(self.tr("Only a signed-in technician or supervisor changes the "
                                     "vehicle registry: sign in to add, edit, disable or "
                                     "import."))
        self.access.setObjectName("vehiclesAccess")
        self.access.setWordWrap(True)
        self.body.addWidget(self.access)
        self.body.addWidget(self.message)
        self.message.setVisible(False)
        # the view shown asks for its own room only: the list never scrolls for the keyboard
        self.views = CurrentPageStack()
        self.body.addWidget(self.views, 1)

        # --- the list --------------------------------------------------------------------
        listing = QWidget()
        row = QHBoxLayout(listing)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(gap)
        self.model = VehicleModel()
        self.table = QTableView()
        self.table.setObjectName("vehiclesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(mm_to_px(MIN_TARGET_MM, dpi))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        kinetic(self.table)
        self.table.clicked.connect(lambda _i: self._show_actions())
        row.addWidget(self.table, 1)
        actions = QVBoxLayout()
        actions.setSpacing(gap)
        self.find_button = button(self.tr("Find a plate"), "findVehicle", dpi, primary=False)
        self.add_button = button(self.tr("Add a vehicle"), "addVehicle", dpi)
        self.edit_button = button(self.tr("Edit"), "editVehicle", dpi)
        self.disable_button = button(self.tr("Disable"), "disableVehicle", dpi)
        self.import_button = button(self.tr("Import from CSV"), "importVehicles", dpi,
                                    primary=False)
        for b in (self.find_button, self.import_button):  # beside the title: the list keeps
            self.head.addWidget(b)                       # the page's height
        for b in (self.add_button, self.edit_button, self.disable_button):
            actions.addWidget(b)
        actions.addStretch(1)
        row.addLayout(actions)
        self.views.addWidget(listing)

        # --- add and edit ----------------------------------------------------------------
        self.form = VehicleForm(dpi)
        self.views.addWidget(self.form)
        self._editing: Vehicle | None = None
        self._select_after = ""  # the plate to select once the change is recorded

        # --- find ------------------------------------------------------------------------
        finding = QWidget()
        find_layout = QVBoxLayout(finding)
        find_layout.setContentsMargins(0, 0, 0, 0)
        find_layout.setSpacing(gap)
        self.find_top = QWidget()  # in the title row too
        find_top = QHBoxLayout(self.find_top)
        find_top.setContentsMargins(0, 0, 0, 0)
        find_top.setSpacing(gap)
        find_top.addWidget(QLabel(self.tr("Plates holding:")))
        self.find_field = QLineEdit()
        self.find_field.setObjectName("vehicleFind")
        self.find_field.setMinimumHeight(mm_to_px(MIN_TARGET_MM, dpi))
        self.find_field.setMaxLength(PLATE_FIELD_MAX)
        self.find_field.textChanged.connect(self.refresh)
        self.find_field.returnPressed.connect(lambda: self.views.setCurrentIndex(self.LIST))
        find_top.addWidget(self.find_field, 1)
        self.clear_find = button(self.tr("Show all"), "clearFind", dpi, primary=False)
        self.clear_find.clicked.connect(self._clear_find)
        find_top.addWidget(self.clear_find)
        self.find_keyboard = PlateKeyboard(dpi)
        self.find_keyboard.typed.connect(self._find_key)
        find_layout.addWidget(self.find_keyboard, 1)
        self.views.addWidget(finding)

        # --- import ----------------------------------------------------------------------
        importing = QWidget()
        import_layout = QHBoxLayout(importing)
        import_layout.setContentsMargins(0, 0, 0, 0)
        import_layout.setSpacing(gap)
        self.files_area = QScrollArea()
        files = QWidget()
        self.files = QVBoxLayout(files)
        self.files.setContentsMargins(0, 0, 0, 0)
        self.files.setSpacing(gap)
        scroll_down_only(self.files_area, "vehicleFiles", files)
        kinetic(self.files_area, drag_with_mouse=False)
        import_layout.addWidget(self.files_area, 1)
        side = QVBoxLayout()
        side.setSpacing(gap)
        self.import_hint = QLabel(self.tr(
            "Tap the CSV file: a USB stick, or the data directory. Its first line names the "
            "columns plate, fleet, model, pack_type, blocks (tags if any)."))
        self.import_hint.setWordWrap(True)
        self.import_go = button(self.tr("Import this file"), "importChosen", dpi,
                                role="mandatory")
        self.import_go.clicked.connect(self._import_chosen)
        self.import_cancel = button(self.tr("Cancel"), "importCancel", dpi, primary=False)
        self.import_cancel.clicked.connect(self._listing)
        side.addWidget(self.import_hint)
        side.addWidget(self.import_go)
        side.addWidget(self.import_cancel)
        side.addStretch(1)
        holder = QWidget()
        holder.setLayout(side)
        holder.setFixedWidth(mm_to_px(75, dpi))
        import_layout.addWidget(holder)
        self.views.addWidget(importing)
        self.file_buttons: dict[str, QPushButton] = {}
        self._chosen: Path | None = None

        # the title row: the title and the list's tools, or the step's prompt and field
        for w in (self.form.top, self.find_top):
            self.head.insertWidget(2, w, 1)
        self.views.currentChanged.connect(self._head_for)
        self._head_for(self.LIST)
        self.find_button.clicked.connect(self._find)
        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self._edit)
        self.disable_button.clicked.connect(self._toggle_disabled)
        self.import_button.clicked.connect(self._import)
        self.form.done.connect(self._form_done)
        self.form.stepped.connect(lambda: self.message.setText(""))
        self.form.cancelled.connect(self._listing)
        service.changed.connect(self.refresh)
        service.finished.connect(self._finished)
        self.refresh()

    # --- showing --------------------------------------------------------------------------

    def may_change(self) -> bool:
        return self.who()[1] >= EDITOR_ROLE

    def refresh(self) -> None:
        keep = self.selected_plate()
        self.model.show(self.service.rows(self.find_field.text()))
        if keep:
            self.select(keep)
        self._show_actions()

    def select(self, plate: str) -> bool:
        for r in range(self.model.rowCount()):
            if self.model.rows[r][0] == plate:
                self.table.selectRow(r)
                self.table.scrollTo(self.model.index(r, 0))
                self._show_actions()
                return True
        return False

    def selected_plate(self) -> str:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.rows[rows[0].row()][0] if rows and rows[0].row() < len(
            self.model.rows) else ""

    def _show_actions(self) -> None:
        may = self.may_change() and not self.service.busy
        plate = self.selected_plate()
        chosen = self.service.get(plate) if plate else None
        for b in (self.add_button, self.import_button):
            b.setEnabled(may)
        self.edit_button.setEnabled(may and chosen is not None)
        self.disable_button.setEnabled(may and chosen is not None)
        off = chosen is not None and self.service.registry.is_disabled(chosen.plate)
        self.disable_button.setText(self.tr("Enable") if off else self.tr("Disable"))
        self.find_button.setText(self.tr("Find: %1").replace("%1", self.find_field.text())
                                 if self.find_field.text() else self.tr("Find a plate"))
        self.access.setVisible(not self.may_change())

    def _head_for(self, view: int) -> None:
        self.title.setVisible(view in (self.LIST, self.IMPORT))
        self.form.top.setVisible(view == self.FORM)
        self.find_top.setVisible(view == self.FIND)
        for b in (self.find_button, self.import_button):
            b.setVisible(view == self.LIST)

    def say(self, text: str) -> None:
        """The page's message; none takes no room."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def showEvent(self, event) -> None:
        if self.views.currentIndex() != self.FORM:
            self._listing()
        super().showEvent(event)

    def _listing(self) -> None:
        self.views.setCurrentIndex(self.LIST)
        self.refresh()

    def _said(self, why: Phrase | None, working: str = "") -> bool:
        """A verb's answer: a refusal said (False), or the change on its way (True)."""
        if why is not None:
            self.say(say(why))
            return False
        if working and self.service.busy:
            self.say(working)
        self._show_actions()
        return True

    def _finished(self, phrase: Phrase, ok: bool) -> None:
        self.say(say(phrase))
        if self.views.currentIndex() in (self.FORM, self.IMPORT) and ok:
            self._listing()
        chosen = self.service.get(self._select_after) if ok and self._select_after else None
        if chosen is not None:
            self.select(chosen.plate)
        self._show_actions()

    # --- doing ----------------------------------------------------------------------------

    def _find(self) -> None:
        self.views.setCurrentIndex(self.FIND)

    def _find_key(self, key: str) -> None:
        if key == ENTER:
            self.views.setCurrentIndex(self.LIST)
            return
        text = self.find_field.text()
        self.find_field.setText(text[:-1] if key == BACKSPACE
                                else apply_key(text, key, PLATE_FIELD_MAX))

    def _clear_find(self) -> None:
        self.find_field.clear()
        self.views.setCurrentIndex(self.LIST)

    def _add(self) -> None:
        if not self.may_change():
            return
        self._editing = None
        self.say("")
        self.views.setCurrentIndex(self.FORM)
        self.form.start()

    def _edit(self) -> None:
        v = self.service.get(self.selected_plate())
        if v is None or not self.may_change():
            return
        self._editing = v
        self.say(self.tr("Editing %1: the plate stays (a new plate is a new "
                                     "vehicle: add it).").replace("%1", v.plate))
        self.views.setCurrentIndex(self.FORM)
        self.form.start(v)

    def _form_done(self, plate: str, fleet: str, model: str, pack_type: int,
                   blocks: int) -> None:
        actor, role = self.who()
        ptype = PackType(pack_type) if pack_type else None
        if self._editing is not None:
            why = self.service.edit(actor, role, self._editing.plate, fleet, model, ptype,
                                    blocks)
        else:
            why = self.service.add(actor, role, plate, fleet, model, ptype, blocks)
        self._select_after = self._editing.plate if self._editing is not None else plate
        if why is not None:
            self.form.back_to(self._step_of(why))  # first: the step change clears old news
        self._said(why, self.tr("Recording…"))

    STEP_OF = {vl.T_FLEET_EMPTY: VehicleForm.FLEET, vl.T_FLEET_LONG: VehicleForm.FLEET,
               vl.T_MODEL_LONG: VehicleForm.MODEL, vl.T_PACK_TYPE: VehicleForm.TYPE,
               vl.T_NO_PACK_TYPE: VehicleForm.TYPE, vl.T_BLOCKS_WRONG: VehicleForm.BLOCKS}

    def _step_of(self, why: Phrase | None) -> int:
        """The form step a refusal is about, so that it is put right there."""
        return self.STEP_OF.get(why.text if why is not None else "", VehicleForm.PLATE)

    def _toggle_disabled(self) -> None:
        v = self.service.get(self.selected_plate())
        if v is None:
            return
        actor, role = self.who()
        self._select_after = v.plate
        self._said(self.service.set_disabled(actor, role, v.plate,
                                             not self.service.registry.is_disabled(v.plate)),
                   self.tr("Recording…"))

    def _import(self) -> None:
        if not self.may_change():
            return
        while self.files.count():  # the last list's buttons and its stretch
            w = self.files.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.file_buttons.clear()
        self._chosen = None
        found = import_files(self.data_dir, self.roots)
        for path in found:
            b = button(str(path), "vehicleFile", self.dpi, primary=False)
            b.setCheckable(True)
            b.clicked.connect(lambda _=False, p=path: self._choose(p))
            self.files.addWidget(b)
            b.show()
            self.file_buttons[str(path)] = b
        self.files.addStretch(1)
        self.import_go.setEnabled(False)
        self.say(self.tr("Tap the file to import.") if found else self.tr(
            "No CSV file found: plug in the USB stick with the vehicle list (or put the file "
            "in the data directory) and tap Import from CSV again."))
        self.views.setCurrentIndex(self.IMPORT)

    def _choose(self, path: Path) -> None:
        self._chosen = path
        for p, b in self.file_buttons.items():
            b.setChecked(p == str(path))
        self.import_go.setEnabled(True)
        self.say(self.tr("Import %1? Every line is checked first: one wrong line "
                                     "and nothing changes.").replace("%1", path.name))

    def _import_chosen(self) -> None:
        if self._chosen is None:
            return
        actor, role = self.who()
        self._select_after = ""
        self._said(self.service.import_file(actor, role, self._chosen), self.tr("Importing…"))
