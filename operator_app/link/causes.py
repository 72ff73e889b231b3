"""What the link says, in words: why its state changed, what went wrong on the line, why a
command has no plain answer.

Plain data, no Qt, like ``operator_app.domain.words``: the link keeps these English texts
in its logs, the journal and the command line (``str()`` of an error, ``LinkEvent.cause``,
``CommandOutcome.detail``), and the screens show the same Phrase translated in the
"Recovery" context (``TEXTS`` goes to the catalogues with the domain's texts). A text may
hold ``%1``, ``%2``... filled after translation.
"""

from __future__ import annotations

# --- the line (operator_app.link.client, urls, station) --------------------------------------
E_LINE_GONE = ("the serial line went away (adapter unplugged, or the device server or "
               "simulator closed it): %1")
E_CRC = "answer failed its CRC check (noise on the line?)"
E_TOO_LONG = "answer longer than expected (noise or a second talker)"
E_BYTE_COUNT = "byte count %1 for %2 registers"
E_WRITE_ECHO = "write echo %1 differs from the request"
E_WRITE_ANSWER = "write answer %1 differs from the request"
E_WRONG_UNIT = "answer from unit %1, expected %2"
E_NOISE = "no valid answer within %1 ms, only %2 bytes of noise or a cut answer"
E_SILENT = "no answer within %1 ms"
E_CUT = "answer cut short: %1 of %2 bytes"
E_EXCEPTION = "controller answered function %1 with exception %2 (%3)"
EXCEPTION_NAMES = {1: "illegal function", 2: "illegal data address", 3: "illegal data value",
                   4: "device failure", 6: "device busy"}
E_EXCEPTION_UNKNOWN = "unknown exception"
E_NO_PORT = ("serial port %1 does not exist: check that the USB adapter is plugged in "
             "(ls /dev/serial/by-id/) and that the path is right")
E_NO_PERMISSION = ("no permission to open %1: add the console's user to the 'dialout' group "
                   "(see the README's udev notes)")
E_CANNOT_OPEN = "cannot open %1: %2"
E_NOT_CONNECTED = "the link is not connected"
E_NOT_A_STATION = ("the device answers but is not a swap-station controller (identity %1, "
                   "expected %2): check the unit id and the wiring")
E_PROTOCOL = "controller speaks protocol %1, this console %2: update one of them"
E_SLOT_COUNT = "controller reports %1 rack slots"

# --- the link's state (operator_app.services.link_worker) ------------------------------------
C_OPENING = "opening %1"
C_SIMULATED = "built-in simulated station"
C_DEVICE = "%1 at %2 baud %3, unit %4"  # /dev/ttyUSB0 at 19200 baud 8E1, unit 1
C_SERVER = "%1, unit %2"  # socket://10.0.0.5:4001, unit 1
C_NO_ANSWER_FOR = "no valid answer for %1 s (%2)"
C_STILL_ANSWERS = "%1; the console keeps asking"
C_HEARTBEAT_STILL = ("controller heartbeat has not changed for %1 s: the controller program "
                     "may have stopped; its values are not current")
C_ERRORS_CLEARED = "errors have cleared"
C_ANSWERS_AGAIN = "the controller answers again, heartbeat changing"
C_ANSWERS = "controller answers, heartbeat changing"
C_RETRIES = "errors on the line, recovered by retries; the controller answers"
C_SCREEN_STALLED = ("the console's screen has not responded for %1 s: the console heartbeat "
                    "stops, so the controller holds motion")
C_SCREEN_BACK = "the console's screen responds again: console heartbeat resumed"
C_RESTARTED = "the controller restarted"
C_RESTARTED_DOWN = "the controller restarted while the link was down"
C_UNANSWERED = "%1: %n command(s) it had not answered are unknown and will not be sent again"
C_UNANSWERED_ONE = "%1: %n command it had not answered is unknown and will not be sent again"

# --- a command without a plain answer (CommandOutcome.detail) ---------------------------------
D_CLOSED = "the console closed the link before the controller answered"
D_LINK_IS = "not sent: the link to the controller is %1"
D_LINK_STATES = {"lost": "lost", "connecting": "connecting"}
D_RESTARTED_RUNNING = ("the controller restarted before it reported the end; check the "
                       "station before repeating it")
D_RESTARTED_QUEUED = "not sent: the controller restarted; check the station, then send it again"
D_OTHER_MASTER = "the controller answered sequence %1 for %2: another master on the line?"
D_NOT_RUNNING = "the controller no longer reports it as running"
D_REPLACED = "a later command replaced its answer before it reported its end"
D_OTHER_SWAP = "the controller's swap result now describes another swap"
D_NO_RESULT = "the controller reports no result for the swap it accepted"
D_END_LATE = "accepted, but its end was not reported in time: check the station"
D_NOT_CARRIED = "not sent: the link could not carry it in time"
D_NO_ANSWER = ("no answer in time: the command may or may not have been carried out; check "
               "the station before repeating it")
D_LINK_WENT_DOWN = "not sent: the link went down"

TEXTS = [
    E_LINE_GONE, E_CRC, E_TOO_LONG, E_BYTE_COUNT, E_WRITE_ECHO, E_WRITE_ANSWER, E_WRONG_UNIT,
    E_NOISE, E_SILENT, E_CUT, E_EXCEPTION, *EXCEPTION_NAMES.values(), E_EXCEPTION_UNKNOWN,
    E_NO_PORT, E_NO_PERMISSION, E_CANNOT_OPEN, E_NOT_CONNECTED, E_NOT_A_STATION, E_PROTOCOL,
    E_SLOT_COUNT,
    C_OPENING, C_SIMULATED, C_DEVICE, C_SERVER, C_NO_ANSWER_FOR, C_STILL_ANSWERS, C_HEARTBEAT_STILL,
    C_ERRORS_CLEARED, C_ANSWERS_AGAIN, C_ANSWERS, C_RETRIES, C_SCREEN_STALLED, C_SCREEN_BACK,
    C_RESTARTED, C_RESTARTED_DOWN, C_UNANSWERED,
    D_CLOSED, D_LINK_IS, *D_LINK_STATES.values(), D_RESTARTED_RUNNING, D_RESTARTED_QUEUED,
    D_OTHER_MASTER, D_NOT_RUNNING, D_REPLACED, D_OTHER_SWAP, D_NO_RESULT, D_END_LATE,
    D_NOT_CARRIED, D_NO_ANSWER, D_LINK_WENT_DOWN,
]
