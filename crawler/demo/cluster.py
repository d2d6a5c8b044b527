"""A local cluster for the tests and the benchmark: a real redis-server on a free 127.0.0.1 port, and the real
`worker` / `writer` / `crawl --redis` commands as subprocesses.

    with RedisServer(tmp_path) as server:            # Debian's redis-server; --appendonly for restart trials
        w = start(["worker", "--redis", server.url, "--allow-private"], db, env)
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

CLI = [sys.executable, "-m", "crawler.cli"]


def free_port() -> int:
    """A port nothing listens on now (redis-server has no `--port 0`): bound by the OS, then released."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RedisServer:
    """redis-server on 127.0.0.1 and a free port, its files in `workdir`; `appendonly` keeps an AOF (fsync on
    every write) so that a restart resumes where it was."""

    def __init__(self, workdir: Path, appendonly: bool = False):
        self.workdir = Path(workdir)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.appendonly = appendonly
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout: float = 20.0) -> "RedisServer":
        exe = shutil.which("redis-server") or "/usr/bin/redis-server"
        args = [exe, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--dir", str(self.workdir),
                "--protected-mode", "yes", "--loglevel", "warning"]
        if self.appendonly:
            args += ["--appendonly", "yes", "--appendfsync", "always"]
        else:
            args += ["--appendonly", "no"]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        import redis
        deadline = time.monotonic() + timeout
        while True:
            try:
                redis.Redis(port=self.port, socket_connect_timeout=1).ping()
                return self
            except redis.RedisError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"redis-server did not start on port {self.port}")
                time.sleep(0.05)

    def kill(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()

    def client(self):
        import redis
        return redis.Redis(port=self.port)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def env_for(web, now: str | None = None) -> dict:
    """The environment of a process crawling the fixture web through its proxy."""
    env = {**os.environ, "http_proxy": web.proxy_url, "HTTP_PROXY": web.proxy_url, "no_proxy": "", "NO_PROXY": "",
           "COLUMNS": "200"}
    if now:
        env["POLICY_ARCHIVE_NOW"] = now
    return env


def start(args: list[str], db: Path, env: dict, log: Path | None = None) -> subprocess.Popen:
    """A `policy-archive --db DB ARGS...` subprocess in its own process group (so a kill hits only it)."""
    out = open(log, "ab") if log else subprocess.DEVNULL
    return subprocess.Popen([*CLI, "--db", str(db), *args], env=env, stdout=out, stderr=subprocess.STDOUT
                            if log else subprocess.DEVNULL, start_new_session=True)


def kill(proc: subprocess.Popen):
    """SIGKILL, as `kill -9` or the OOM killer would."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)


def stop(proc: subprocess.Popen, timeout: float = 60):
    """SIGINT (Scrapy's and click's graceful stop), then SIGKILL if it does not end."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            kill(proc)
