"""Start-up of `vigilint mcp`: from spawning the process to its answer to `initialize`.

    python bench/mcp_startup.py                # 20 runs of each row, markdown on stdout
    python bench/mcp_startup.py --runs 50

Each run starts the installed `vigilint mcp --root <empty folder>` (the command an agent runs),
writes one `initialize` request (built with the SDK's own types) on its stdin and waits for the
response line on stdout. Reported per row: wall time to the response, and the CPU time the
process had used at that moment (utime + stime from /proc/<pid>/stat, read as soon as the
response arrives; 10 ms ticks). The machine is shared, so CPU time is the steadier figure.

For comparison, a fresh interpreter's own CPU time (`time.process_time()`, reported by the
process when its code is done) for: nothing (`pass`), importing the MCP SDK's server
(`import mcp.server.mcpserver`: the floor any server on the SDK pays), and building
vigilint's server without serving (`build_server`: the tools and resources; the domain
prompts and the rules are loaded on first use).

Then what the lazy loading moves: the first `scan_code` call of a session (it loads the rules
and the secret detectors) and the second one, through the SDK's client, wall time and the
server's CPU time over the call.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from mcp.types import (
    LATEST_PROTOCOL_VERSION,
    ClientCapabilities,
    Implementation,
    InitializeRequestParams,
    JSONRPCRequest,
)

TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def initialize_line() -> bytes:
    params = InitializeRequestParams(protocol_version=LATEST_PROTOCOL_VERSION,
                                     capabilities=ClientCapabilities(),
                                     client_info=Implementation(name="bench", version="0"))
    request = JSONRPCRequest(jsonrpc="2.0", id=1, method="initialize",
                             params=params.model_dump(mode="json", by_alias=True,
                                                      exclude_none=True))
    return request.model_dump_json(by_alias=True, exclude_none=True).encode() + b"\n"


def process_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime


def time_to_initialize(command: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) from spawn to the `initialize` response."""
    line = initialize_line()
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(line)
    proc.stdin.flush()
    answer = proc.stdout.readline()
    wall = time.perf_counter() - started
    cpu = process_cpu(proc.pid)
    proc.stdin.close()
    proc.wait(timeout=30)
    assert b'"result"' in answer and b'"serverInfo"' in answer, answer[:300]
    return wall, cpu


def self_timed(code: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of running `code` in a fresh interpreter, both taken when
    the code is done (the process reports its own CPU time), not at exit."""
    program = code + "\nimport sys, time\nsys.stdout.write(repr(time.process_time()))\n"
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", program], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    cpu = float(proc.stdout.read() or "nan")
    wall = time.perf_counter() - started
    assert proc.wait(timeout=30) == 0, code
    return wall, cpu


def _child_pid(marker: str) -> int:
    """The pid of this process's child whose command line holds `marker` (Linux /proc)."""
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
                cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == os.getpid() \
                    and marker.encode() in cmdline:
                return int(entry)
    raise RuntimeError("the server process was not found")


def first_calls(vigilint: str, root: str) -> list[tuple[float, float]]:
    """(wall, CPU) of the first `scan_code` call (it loads the rules and the secret
    detectors) and of a second one, through the SDK's client."""
    import anyio
    from mcp import Client, StdioServerParameters

    code = "import yaml\n\ndef load(path):\n    return yaml.load(open(path))\n"
    out: list[tuple[float, float]] = []

    async def go() -> None:
        params = StdioServerParameters(command=vigilint, args=["mcp", "--root", root])
        async with Client(params) as client:
            pid = _child_pid(root)
            for _ in range(2):
                cpu, started = process_cpu(pid), time.perf_counter()
                result = await client.call_tool("scan_code", {"code": code,
                                                              "filename": "app.py"})
                assert not result.is_error
                out.append((time.perf_counter() - started, process_cpu(pid) - cpu))

    anyio.run(go)
    return out


def row(name: str, samples: list[tuple[float, float]]) -> str:
    walls = sorted(w * 1000 for w, _ in samples)
    cpus = sorted(c * 1000 for _, c in samples)
    p90 = max(0, int(len(walls) * 0.9) - 1)
    return (f"| {name} | {statistics.median(walls):.0f} | {walls[p90]:.0f} | "
            f"{statistics.median(cpus):.0f} | {cpus[p90]:.0f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    vigilint = shutil.which("vigilint", path=str(Path(sys.executable).parent))
    if vigilint is None:
        sys.exit("no `vigilint` command beside this interpreter: pip install -e '.[mcp]'")
    with tempfile.TemporaryDirectory() as root:
        rows: dict[str, Callable[[], tuple[float, float]]] = {
            "`vigilint mcp` to `initialize` answer":
                lambda: time_to_initialize([vigilint, "mcp", "--root", root]),
            "interpreter alone (`pass`)": lambda: self_timed("pass"),
            "`import mcp.server.mcpserver` (the SDK's server: the floor)":
                lambda: self_timed("import mcp.server.mcpserver"),
            "`build_server()` (the SDK, vigilint's tools and resources; not serving)":
                lambda: self_timed("from pathlib import Path\n"
                                   "from vigilint.integrations.mcp.server import build_server\n"
                                   f"build_server(Path({root!r}))"),
        }
        for measure in rows.values():  # warm the bytecode caches
            measure()
        results = {name: [measure() for _ in range(args.runs)]
                   for name, measure in rows.items()}
        calls = [first_calls(vigilint, root) for _ in range(max(3, args.runs // 4))]
        results["first `scan_code` call (loads rules and detectors)"] = [c[0] for c in calls]
        results["second `scan_code` call"] = [c[1] for c in calls]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"`python bench/mcp_startup.py --runs {args.runs}`: Python "
          f"{platform.python_version()}, {os.cpu_count()} CPUs, load average {load:.2f} at start")
    print()
    print("| what | median wall ms | p90 wall ms | median CPU ms | p90 CPU ms |")
    print("|---|---|---|---|---|")
    for name, samples in results.items():
        print(row(name, samples))


if __name__ == "__main__":
    main()
