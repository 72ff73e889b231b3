"""Who is at the console. Roles are ordered: a higher role may do what a lower one may."""

from __future__ import annotations

from enum import IntEnum


class Role(IntEnum):
    OPERATOR = 1
    TECHNICIAN = 2
    SUPERVISOR = 3
