"""The console's look: ISA-101 grey, colour only for abnormal states, sizes in millimetres.

Two themes: a high-contrast day theme readable at arm's length in sunlight, and a
darker night theme. Colours keep their IEC 60073 meanings (red emergency, yellow
abnormal, green normal, blue mandatory action) and are always paired with text
or a shape. Touch targets are sized in millimetres at the screen's real DPI: at
least 15 mm for primary actions (DOMAIN.md), 10 mm for anything tappable.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MM_PER_INCH = 25.4
PRIMARY_TARGET_MM = 15.0
MIN_TARGET_MM = 10.0
GLOVE_GAP_MM = 3.0
LETTER_KEY_MM = 12.0  # plate keyboard letters: eleven Thai consonants a row on a 10-inch panel


@dataclass(frozen=True)
class Palette:
    name: str
    background: str
    panel: str
    text: str
    muted: str
    border: str
    alarm_high: str  # red: emergency / high-priority alarm
    alarm_medium: str  # yellow: abnormal
    alarm_low: str  # a calmer abnormal
    normal: str  # green, used sparingly: a state that is OK *and* worth saying
    mandatory: str  # blue: the operator must act
    simulation: str
    stale: str = "#6e6e6e"  # old values: greyed, still legible as large text (3:1 and more)
    button: str = "#f7f7f7"  # an enabled button stands out of the grey; a disabled one is flat
    disabled_text: str = "#4d4d4d"  # at least 4.5:1 on the background, plainly not black
    edge: str = "#595959"  # an enabled button's solid border


DAY = Palette("day", background="#d9d9d9", panel="#e6e6e6", text="#000000", muted="#3c3c3c",
              border="#8c8c8c", alarm_high="#c00000", alarm_medium="#f2c200",
              alarm_low="#c8a2c8", normal="#1e7b1e", mandatory="#1f4e99",
              simulation="#1f4e99")
NIGHT = Palette("night", background="#1e1e1e", panel="#2a2a2a", text="#e6e6e6",
                muted="#b4b4b4", border="#5a5a5a", alarm_high="#d12a2a", alarm_medium="#e0b000",
                alarm_low="#9d7fa8", normal="#3fa33f", mandatory="#2f5fb3",
                simulation="#2f5fb3", stale="#8c8c8c", button="#3d3d3d",
                disabled_text="#9e9e9e", edge="#a6a6a6")
THEMES = {"day": DAY, "night": NIGHT}


def mm_to_px(mm: float, dpi: float) -> int:
    """Pixels for at least ``mm`` millimetres on a screen of ``dpi`` dots per inch."""
    return math.ceil(mm * dpi / MM_PER_INCH - 1e-9)  # never round a target below its size


def px_to_mm(px: float, dpi: float) -> float:
    return px * MM_PER_INCH / dpi


def stylesheet(p: Palette, dpi: float) -> str:
    """The application style sheet for palette ``p`` at ``dpi``."""
    box = 2 * 4 + 2 * 2  # min-height is the content's: less the padding and the border
    primary = mm_to_px(PRIMARY_TARGET_MM, dpi) - box
    minimum = mm_to_px(MIN_TARGET_MM, dpi) - box
    key = mm_to_px(LETTER_KEY_MM, dpi) - 4
    body = mm_to_px(3.0, dpi)  # body text 3 mm: see ui/sizes.py
    title = mm_to_px(4.5, dpi)
    return f"""
    QWidget {{ background: {p.background}; color: {p.text}; font-size: {body}px; }}
    QLabel#pageTitle {{ font-size: {title}px; font-weight: bold; }}
    QGroupBox {{ background: {p.panel}; border: 1px solid {p.border}; margin-top: 1.4em; }}
    QGroupBox::title {{ subcontrol-origin: margin; left: 8px; color: {p.muted}; }}
    QPushButton {{ background: {p.button}; border: 2px solid {p.edge}; border-radius: 4px;
                   min-height: {minimum}px; min-width: {minimum}px; padding: 4px 12px; }}
    QPushButton:pressed {{ background: {p.border}; }}
    QPushButton:disabled {{ background: {p.background}; color: {p.disabled_text};
                            border: 2px dashed {p.border}; }}
    QPushButton[primary="true"] {{ min-height: {primary}px; min-width: {primary}px;
                                   font-weight: bold; }}
    QPushButton:checked {{ background: {p.border}; border: 3px solid {p.text}; }}
    QProgressBar {{ border: 1px solid {p.border}; background: {p.panel}; color: {p.text};
                    text-align: center; }}
    QProgressBar::chunk {{ background: {p.border}; }}
    QAbstractItemView {{ selection-background-color: {p.border}; selection-color: {p.text}; }}
    QPushButton[key="true"] {{ font-size: {title}px; font-weight: bold; padding: 0px;
                               min-height: {key}px; min-width: {key}px;
                               border-width: 2px; }}
    QPushButton[role="mandatory"] {{ background: {p.mandatory}; color: white; }}
    QPushButton[role="stop"] {{ background: {p.alarm_high}; color: white; }}
    QPushButton[role="mandatory"]:disabled, QPushButton[role="stop"]:disabled {{
        background: {p.background}; color: {p.disabled_text}; border: 2px dashed {p.border}; }}
    """
