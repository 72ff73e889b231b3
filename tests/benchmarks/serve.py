"""Serve one Modbus RTU server on a PtyCable for the benchmarks; prints 'PORT <client end>'.

    python -m tests.benchmarks.serve sim --slots 8
    python -m tests.benchmarks.serve pymodbus
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys

from tests.benchmarks.ptycable import PtyCable

STATIC_REGISTERS = 3300  # covers the fast block, 32 slots and the cell area


def serve_sim(port: str, slots: int) -> None:
    from operator_app.simulator.model import StationModel
    from operator_app.simulator.server import SerialDeviceEndpoint, ServerLoop

    loop = ServerLoop(StationModel(slots=slots, arrivals=False), SerialDeviceEndpoint(port, 115200))
    signal.signal(signal.SIGTERM, lambda *_: loop.request_stop())
    loop.run()


def serve_pymodbus(port: str) -> None:
    from pymodbus.server import ModbusSerialServer
    from pymodbus.simulator import DataType, SimData, SimDevice

    logging.getLogger("pymodbus").setLevel(logging.ERROR)
    device = SimDevice(1, simdata=[SimData(0, count=STATIC_REGISTERS, values=0x1234,
                                           datatype=DataType.REGISTERS)])

    async def run() -> None:
        server = ModbusSerialServer(device, port=port, baudrate=115200)
        await server.serve_forever()

    asyncio.run(run())


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("kind", choices=["sim", "pymodbus"])
    p.add_argument("--slots", type=int, default=8)
    args = p.parse_args()
    cable = PtyCable()
    print(f"PORT {cable.b}", flush=True)
    try:
        if args.kind == "sim":
            serve_sim(cable.a, args.slots)
        else:
            serve_pymodbus(cable.a)
    finally:
        cable.close()
    sys.exit(0)


if __name__ == "__main__":
    main()
