"""A real Mosquitto on a free loopback port, with its own config, for the sync tests."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

MOSQUITTO = shutil.which("mosquitto") or "/usr/sbin/mosquitto"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Mosquitto:
    """``start()``, ``stop()``, ``restart()`` on the same port; persistence on by default, as
    a fleet's broker has it (a restart keeps sessions and queued messages)."""

    def __init__(self, directory: Path, *, port: int | None = None, users: dict | None = None,
                 acl: str | None = None, max_packet_size: int = 0,
                 persistence: bool = True, tls: dict | None = None) -> None:
        """``tls``: {"ca", "cert", "key"} files: the listener speaks TLS and wants the
        client's certificate signed by the same CA."""
        self.dir = directory
        self.dir.mkdir(parents=True, exist_ok=True)
        self.port = port or free_port()
        self.proc: subprocess.Popen | None = None
        self.tls = tls
        lines = [f"listener {self.port} 127.0.0.1", "log_dest file " + str(self.dir / "log"),
                 # as root (CI) mosquitto would drop to its own user, who cannot read this
                 # test's private folder
                 *(["user root"] if os.geteuid() == 0 else []),
                 "log_type error", "log_type warning", "log_type notice",
                 "log_type information"]
        if persistence:
            lines += ["persistence true", f"persistence_location {self.dir}/"]
        if users:
            pw = self.dir / "passwd"
            pw.write_text("")
            for user, password in users.items():
                subprocess.run(["mosquitto_passwd", "-b", str(pw), user, password], check=True,
                               capture_output=True)
            lines += ["allow_anonymous false", f"password_file {pw}"]
        else:
            lines.append("allow_anonymous true")
        if acl:
            (self.dir / "acl").write_text(acl)
            lines.append(f"acl_file {self.dir / 'acl'}")
        if tls:
            lines += [f"cafile {tls['ca']}", f"certfile {tls['cert']}", f"keyfile {tls['key']}",
                      "require_certificate true", "tls_version tlsv1.2"]
        if max_packet_size:
            lines.append(f"max_packet_size {max_packet_size}")
        self.conf = self.dir / "mosquitto.conf"
        self.conf.write_text("\n".join(lines) + "\n")

    @property
    def url(self) -> str:
        return f"{'mqtts' if self.tls else 'mqtt'}://127.0.0.1:{self.port}"

    def start(self) -> Mosquitto:
        self.proc = subprocess.Popen([MOSQUITTO, "-c", str(self.conf)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"mosquitto exited: {self.proc.stderr.read().decode()}")
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.2).close()
                return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("mosquitto did not listen")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def log(self) -> str:
        path = self.dir / "log"
        return path.read_text() if path.exists() else ""


def make_certificates(directory: Path) -> dict[str, str]:
    """A CA, a broker certificate for 127.0.0.1 and a station certificate, with openssl."""
    directory.mkdir(parents=True, exist_ok=True)

    def run(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=directory, check=True, capture_output=True)

    run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=test-ca",
        "-keyout", "ca.key", "-out", "ca.crt")
    (directory / "san.ext").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    for name in ("broker", "station"):
        run("req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN={name}", "-keyout",
            f"{name}.key", "-out", f"{name}.csr")
        run("x509", "-req", "-in", f"{name}.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
            "-CAcreateserial", "-days", "2", "-extfile", "san.ext", "-out", f"{name}.crt")
    return {k: str(directory / v) for k, v in (
        ("ca", "ca.crt"), ("cert", "broker.crt"), ("key", "broker.key"),
        ("station_cert", "station.crt"), ("station_key", "station.key"))}
