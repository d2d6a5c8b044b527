"""A real pywb on 127.0.0.1 for the backfill tests and benchmark: a private venv, a collection, a server.

pywb pins packages the project cannot share (redis==2.10.6, werkzeug==3.1.7, brotlipy, which replaces the
`brotli` module Scrapy's Brotli provides, pyOpenSSL<26.2), so it lives in its own virtual environment,
`.venv-pywb/` beside the project's `.venv/` (or $POLICY_ARCHIVE_PYWB_VENV), made on first use from PyPI
(about 20 s, once per clone; a file lock keeps parallel test processes from making it twice), and runs
as a subprocess. Nothing here talks to anything but PyPI (once) and 127.0.0.1.

    with PywbServer.start(root, {"policies": [warc_path]}) as wb:
        wb.collection_url("policies")        # http://127.0.0.1:PORT/policies
        wb.requests()                        # [(monotonic seconds, "/policies/cdx?url=...", UA)...]

The server counts every request it answers (a WSGI wrapper writes one line per request to a log file),
so tests and the benchmark measure the backfill's request rate at the archive's side.
"""
from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYWB_VERSION = "2.10.0"
VENV = Path(os.environ.get("POLICY_ARCHIVE_PYWB_VENV", ROOT / ".venv-pywb"))

# Runs inside pywb's venv: pywb's own WSGI app on gevent's server, bound to 127.0.0.1 on a port the OS
# picks (port 0), announced on stdout; each answered request is logged as "<monotonic>\t<path?query>\t<User-Agent>".
LAUNCHER = r"""
import os, sys, time
from gevent import monkey; monkey.patch_all()
from gevent.pywsgi import WSGIServer
from pywb.apps.frontendapp import FrontEndApp

root, log_path = sys.argv[1], sys.argv[2]
os.chdir(root)
app = FrontEndApp()
log = open(log_path, "a", buffering=1)

def counted(environ, start_response):
    query = environ.get("QUERY_STRING")
    log.write(f"{time.monotonic():.6f}\t{environ.get('PATH_INFO', '')}{'?' + query if query else ''}\t"
              f"{environ.get('HTTP_USER_AGENT', '')}\n")
    return app(environ, start_response)

server = WSGIServer(("127.0.0.1", 0), counted, log=None, error_log=None)
server.start()
print(f"PORT {server.server_port}", flush=True)
server.serve_forever()
"""


def ensure_venv() -> Path:
    """pywb's virtual environment, made once (PyPI, pywb==PYWB_VERSION); returns its python."""
    python = VENV / "bin" / "python"
    marker = VENV / f".pywb-{PYWB_VERSION}"
    if marker.exists():
        return python
    VENV.parent.mkdir(parents=True, exist_ok=True)
    with open(str(VENV) + ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not marker.exists():
            if VENV.exists():
                shutil.rmtree(VENV)
            subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
            subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                            f"pywb=={PYWB_VERSION}"], check=True)
            marker.touch()
    return python


class PywbServer:
    def __init__(self, proc: subprocess.Popen, port: int, log_path: Path):
        self.proc, self.port, self.log_path = proc, port, log_path

    @classmethod
    def start(cls, root: Path, collections: dict[str, list[Path]], timeout: float = 120) -> "PywbServer":
        """Index the WARCs into pywb collections under `root` and start pywb there."""
        python = ensure_venv()
        root = Path(root)
        wb_manager = python.parent / "wb-manager"
        for name, warcs in collections.items():
            if not (root / "collections" / name).exists():
                subprocess.run([str(wb_manager), "init", name], cwd=root, check=True, capture_output=True)
            subprocess.run([str(wb_manager), "add", name, *map(str, warcs)], cwd=root, check=True,
                           capture_output=True)
        log_path = root / "requests.log"
        log_path.touch()
        proc = subprocess.Popen([str(python), "-c", LAUNCHER, str(root), str(log_path)], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True)
        deadline = time.monotonic() + timeout
        line = ""
        while time.monotonic() < deadline:  # the child says when it listens: no sleeping here
            line = proc.stdout.readline()
            if line.startswith("PORT ") or not line:
                break
        if not line.startswith("PORT "):
            proc.kill()
            raise RuntimeError(f"pywb did not start (exit code {proc.poll()})")
        return cls(proc, int(line.split()[1]), log_path)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def collection_url(self, name: str) -> str:
        return f"{self.base}/{name}"

    def requests(self) -> list[tuple[float, str, str]]:
        """Every request pywb answered so far: (its monotonic clock in seconds, path with query, User-Agent)."""
        out = []
        for line in self.log_path.read_text().splitlines():
            t, path, ua = line.split("\t", 2)
            out.append((float(t), path, ua))
        return out

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
