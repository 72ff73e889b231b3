"""Sizes in millimetres, text included, at the screen's real DPI; larger on a larger screen.

The console is designed for the 10-inch 1280x800 panel (149 DPI, 218 x 136 mm): body
text at least 3 mm (the font's pixel size), large text (station state, the running
step and its time left, each rack tile's state) with a cap height of at least 6 mm,
readable from 2 m. On a screen with more room than that panel (a 1920x1080 monitor)
every size grows by the same factor, the screen's size over the panel's (in
millimetres, the smaller of width and height), so that the window uses the room
instead of floating small in a corner: the layout is the panel's, scaled.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QFont, QFontMetricsF

from operator_app.ui.theme import MM_PER_INCH, mm_to_px

BODY_MM = 3.0  # body text: the font's pixel size
LARGE_CAP_MM = 6.0  # glance text: the height of a capital letter
DESIGN_MM = (1280 * MM_PER_INCH / 149, 800 * MM_PER_INCH / 149)  # the 10-inch panel
MAX_ROOM = 3.0


def room_factor(width_px: int, height_px: int, dpi: float) -> float:
    """How much larger than the design panel the screen is (1.0 .. MAX_ROOM)."""
    if width_px <= 0 or height_px <= 0 or dpi <= 0:
        return 1.0
    w_mm, h_mm = width_px * MM_PER_INCH / dpi, height_px * MM_PER_INCH / dpi
    return max(1.0, min(MAX_ROOM, w_mm / DESIGN_MM[0], h_mm / DESIGN_MM[1]))


@cache
def pixel_size_for_cap(cap_px: float, bold: bool = True) -> int:
    """The smallest font pixel size whose capital letters are at least ``cap_px`` tall."""
    size = max(6, int(cap_px))
    font = QFont()
    font.setBold(bold)
    while True:
        font.setPixelSize(size)
        if QFontMetricsF(font).capHeight() >= cap_px - 1e-6 or size > 400:
            return size
        size += 1


@dataclass(frozen=True)
class Sizes:
    """Every size the screens use, from ``dpi`` and the room factor ``scale``."""

    dpi: float = 96.0
    scale: float = 1.0

    def px(self, mm: float) -> int:
        """Pixels for ``mm`` millimetres (times the room factor)."""
        return mm_to_px(mm * self.scale, self.dpi)

    @property
    def body(self) -> int:
        """Body text's pixel size: at least 3 mm."""
        return self.px(BODY_MM)

    @property
    def title(self) -> int:
        """Page titles and headlines: between body and large."""
        return self.px(BODY_MM * 1.5)

    @property
    def large(self) -> int:
        """Glance text's pixel size: capitals at least 6 mm tall."""
        return pixel_size_for_cap(LARGE_CAP_MM * self.scale * self.dpi / MM_PER_INCH)

    def font(self, size: int, bold: bool = False) -> QFont:
        f = QFont()
        f.setPixelSize(size)
        f.setBold(bold)
        return f
