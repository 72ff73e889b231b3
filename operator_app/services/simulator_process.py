"""Run the simulated station controller as a child process on a virtual serial port.

The console then talks to it exactly as it would to a PLC: through the
serial driver, over a real (pseudo-terminal) line. The child exits when the
console closes its standard input, so it never outlives a crashed console.
"""

from __future__ import annotations

import logging
import os
import selectors
import subprocess
import sys
import time
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


class SimulatorStartError(RuntimeError):
    """The simulator did not come up; the message says why."""


@dataclass
class SimulatorOptions:
    slots: int = 8
    time_scale: float = 1.0
    seed: int = 0
    faults: list[str] = field(default_factory=list)
    arrivals: bool = True
    link_path: str | None = None
    auto_start: bool = False


def simulator_command(opts: SimulatorOptions) -> list[str]:
    """The command line that starts the simulator, from source or from the bundle."""
    if getattr(sys, "frozen", False):
        base = [sys.executable, "simulator"]  # the bundle's entry point dispatches on it
    else:
        base = [sys.executable, "-m", "operator_app.simulator"]
    cmd = [*base, "--serial", "pty", "--exit-with-parent", "--slots", str(opts.slots),
           "--time-scale", str(opts.time_scale), "--seed", str(opts.seed)]
    for fault in opts.faults:
        cmd += ["--fault", fault]
    if not opts.arrivals:
        cmd.append("--no-arrivals")
    if opts.auto_start:
        cmd.append("--auto-start")
    if opts.link_path:
        cmd += ["--link-path", opts.link_path]
    return cmd


class SimulatorProcess:
    """Start, find the port of, and stop one simulator child process."""

    def __init__(self, opts: SimulatorOptions | None = None) -> None:
        self.opts = opts or SimulatorOptions()
        self.proc: subprocess.Popen[bytes] | None = None
        self.port: str | None = None

    def start(self, timeout: float = 15.0) -> str:
        """Start the child and return the console-side port path."""
        self.spawn()
        return self.wait_port(timeout)

    def spawn(self) -> None:
        """Start the child; ``wait_port`` then waits for it to say its port. In between the
        console builds its window: the child's start-up and the window's overlap."""
        cmd = simulator_command(self.opts)
        log.info("starting simulator: %s", " ".join(cmd))
        env = dict(os.environ)
        env.setdefault("PYTHONUNBUFFERED", "1")
        self.proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=None, env=env,
        )

    def wait_port(self, timeout: float = 15.0) -> str:
        """The console-side port path, once the child has opened it."""
        assert self.proc is not None and self.proc.stdout is not None
        sel = selectors.DefaultSelector()
        sel.register(self.proc.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + timeout
        line = b""
        while time.monotonic() < deadline:
            if not sel.select(timeout=max(0.0, deadline - time.monotonic())):
                break
            chunk = os.read(self.proc.stdout.fileno(), 1)
            if not chunk:
                break
            line += chunk
            if chunk == b"\n":
                text = line.decode(errors="replace").strip()
                line = b""
                if text.startswith("PORT "):
                    self.port = text.split(" ", 1)[1]
                    sel.close()
                    return self.port
        sel.close()
        code = self.proc.poll()
        self.stop()
        raise SimulatorStartError(
            "the simulated station did not start"
            + (f" (exit code {code})" if code is not None else f" within {timeout:.0f} s"))

    def stop(self, timeout: float = 5.0) -> None:
        proc, self.proc = self.proc, None
        if proc is None:
            return
        if proc.stdin:
            proc.stdin.close()  # the child exits on end of input...
        if proc.poll() is None:
            proc.terminate()  # ...and on SIGTERM
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout:
            proc.stdout.close()

    def send(self, command: str, timeout: float = 3.0) -> str:
        """A trainer command (see ``simulator.training``); returns the simulator's answer line.

        Raises SimulatorStartError when the simulator is not running or does not answer.
        """
        proc = self.proc
        if proc is None or proc.stdin is None or proc.stdout is None or proc.poll() is not None:
            raise SimulatorStartError("the simulated station is not running")
        try:
            proc.stdin.write(command.replace("\n", " ").encode() + b"\n")
            proc.stdin.flush()
        except OSError as exc:
            raise SimulatorStartError(f"the simulated station stopped listening: {exc}") from exc
        line = b""
        deadline = time.monotonic() + timeout
        with selectors.DefaultSelector() as sel:
            sel.register(proc.stdout, selectors.EVENT_READ)
            while time.monotonic() < deadline:
                if not sel.select(timeout=max(0.0, deadline - time.monotonic())):
                    break
                chunk = os.read(proc.stdout.fileno(), 1)
                if not chunk:
                    break
                if chunk == b"\n":
                    return line.decode(errors="replace")
                line += chunk
        raise SimulatorStartError(f"the simulated station did not answer {command!r}")

    def kill(self) -> None:
        """Kill without warning, as a pulled cable or a crashed PLC would."""
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.stop()

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None
