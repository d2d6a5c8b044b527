"""The distributed crawl: scaling with workers, the writer keeping up, and SIGKILL trials.

    .venv/bin/python benchmarks/distributed.py                          # 1,000 sites, 1/2/4 workers, 30 kills
    .venv/bin/python benchmarks/distributed.py --sites 5000 --kills 0   # the issue's size (needs a quiet machine)
    .venv/bin/python benchmarks/distributed.py --quick                  # a smoke run (~2 min)

Scaling: the fixture web (every kind of company, cycled) answers every request after LATENCY (200 ms, a real
server's time to first byte). A single-process `crawl` of it is the reference: each cluster run (a fresh
redis-server, a fresh archive, one `writer`, N `worker`s each crawling REDIS_SITES_IN_FLIGHT companies at a
time with the default politeness) must archive exactly the same documents, versions and outcomes. Measured
from `crawl --redis --wait` putting the companies on the frontier until the writer recorded the last one:
companies per second, pages per second, the queue's longest length (sampled every 0.25 s), the writer's CPU
per capture and the workers' CPU.

Kill trials: a 24-company web with slow pages; two workers and a writer; one of them (alternately a worker
and the writer) is killed with SIGKILL at a random moment (half: a random time within a clean run; half:
once a random number of companies is recorded) and a new one started; once the crawl is done: lost
(a document of the reference missing), duplicated (a document with two captures, a batch recorded twice),
integrity_check, queues empty, same documents / versions / outcomes as the reference.

Writes the `## Distributed crawl` section of benchmarks/RESULTS.md (only that section).
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from crawler.demo.cluster import CLI, RedisServer, env_for, kill, start, stop  # noqa: E402

LATENCY = 0.2
SECTION = "Distributed crawl"


def ro(db: Path):
    return sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)


def rows(db: Path, sql: str) -> list:
    try:
        conn = ro(db)
        try:
            return conn.execute(sql).fetchall()
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return []


def archived(db: Path) -> dict:
    """What a crawl archived, without times: documents, versions, captures and their outcomes."""
    return {
        "documents": rows(db, "SELECT s.key, d.url, d.found_by, d.state FROM documents d JOIN sites s "
                              "ON s.id = d.site_id ORDER BY d.url"),
        "versions": rows(db, "SELECT d.url, v.number, v.content_hash FROM versions v JOIN documents d "
                             "ON d.id = v.document_id ORDER BY d.url, v.number"),
        "captures": rows(db, "SELECT url, status, outcome, reason FROM captures ORDER BY url, status, outcome"),
    }


def wait_until(cond, timeout: float, what: str, poll: float = 0.1):
    deadline = time.monotonic() + timeout
    while not (value := cond()):
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        time.sleep(poll)
    return value


def cpu_of(pid: int) -> float:
    """User + system CPU seconds of a process and its live children (a worker's extraction process)."""
    import psutil
    total = 0.0
    try:
        proc = psutil.Process(pid)
        for p in [proc, *proc.children(recursive=True)]:
            try:
                t = p.cpu_times()
                total += t.user + t.system
            except psutil.Error:
                pass
    except psutil.Error:
        pass
    return total


def make_web(n: int, latency: float):
    from crawler.demo.web import generate_sites
    web = generate_sites(n)
    web.latency = latency
    return web.start()


# --- scaling -------------------------------------------------------------------------------------------------
def single_run(work: Path, n: int, latency: float) -> dict:
    from crawler.demo.web import write_seeds
    web = make_web(n, latency)
    try:
        seeds = write_seeds(web, work / "seeds.txt")
        db = work / "single.db"
        t0 = time.monotonic()
        r = subprocess.run([*CLI, "--db", str(db), "crawl", "--allow-private", "--no-progress", str(seeds)],
                           env=env_for(web), capture_output=True, text=True, timeout=7200)
        seconds = time.monotonic() - t0
        if r.returncode != 0:
            raise SystemExit(f"single-process crawl failed: {r.stderr[-2000:]}")
        return {"seconds": seconds, "pages": len(web.log), "archive": archived(db), "seeds": seeds}
    finally:
        web.stop()


def cluster_run(work: Path, n: int, workers: int, in_flight: int, latency: float, seeds: Path) -> dict:
    web = make_web(n, latency)
    run = work / f"cluster-{workers}"
    shutil.rmtree(run, ignore_errors=True)
    run.mkdir(parents=True)
    server = RedisServer(run / "redis").start()
    db = run / "archive.db"
    env = env_for(web)
    procs = []
    try:
        writer = start(["writer", "--redis", server.url], db, env, run / "writer.log")
        wait_until(lambda: rows(db, "SELECT pid FROM lease"), 60, "the writer")
        for i in range(workers):
            procs.append(start(["worker", "--redis", server.url, "--allow-private", "-s",
                                f"REDIS_SITES_IN_FLIGHT={in_flight}"], run / f"worker{i}.db", env, run / f"worker{i}.log"))
        client = server.client()
        wait_until(lambda: client.scard("pa:workers") == workers, 120, "the workers")
        samples, stop_sampling, marks = [], threading.Event(), {}

        def sample():
            while not stop_sampling.wait(0.1):
                try:
                    samples.append((client.llen("pa:captures"), client.llen("pa:frontier")))
                    if "crawl" not in marks and (crawls := client.smembers("pa:crawls")):
                        marks["crawl"], marks["start"] = next(iter(crawls)).decode(), time.monotonic()
                    if "crawl" in marks and "end" not in marks and client.hget(f"pa:crawl:{marks['crawl']}", "finished"):
                        marks["end"] = time.monotonic()
                except Exception:  # noqa: BLE001 - the server is being stopped
                    return
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        writer_cpu0 = cpu_of(writer.pid)
        pages0 = len(web.log)
        t0 = time.monotonic()
        r = subprocess.run([*CLI, "--db", str(db), "crawl", "--redis", server.url, "--wait", "7200", str(seeds)],
                           env=env, capture_output=True, text=True, timeout=7300)
        seconds = time.monotonic() - t0
        stop_sampling.set()
        sampler.join()
        if r.returncode != 0:
            raise SystemExit(f"cluster crawl failed: {r.stderr[-2000:]}")
        writer_cpu = cpu_of(writer.pid) - writer_cpu0
        workers_cpu = sum(cpu_of(p.pid) for p in procs)
        captures = rows(db, "SELECT count(*) FROM captures")[0][0]
        crawl_seconds = marks.get("end", t0 + seconds) - marks.get("start", t0)
        return {"workers": workers, "seconds": crawl_seconds, "wall": seconds, "pages": len(web.log) - pages0, "captures": captures,
                "writer_ms_per_capture": writer_cpu / max(1, captures) * 1000, "workers_cpu": workers_cpu,
                "max_queue": max((s[0] for s in samples), default=0), "archive": archived(db),
                "samples": len(samples)}
    finally:
        for p in procs:
            stop(p)
        stop(writer)
        server.stop()
        web.stop()


# --- kill trials ---------------------------------------------------------------------------------------------
TRIAL_KINDS = ["footer-en", "hub", "sitemap", "common-path", "redirect", "lang-de", "rel", "no-policy"]
FAST = ["-s", "AUTOTHROTTLE_START_DELAY=0.05", "-s", "DOWNLOAD_DELAY=0", "-s", "REDIS_WORKER_TTL=3"]


def trial_web():
    from crawler.demo.web import generate_sites
    web = generate_sites(24, kinds=TRIAL_KINDS)
    for site in web.sites.values():
        for path, page in site.pages.items():
            page.delay = 0.1 if path != "/" else 0.2
    return web.start()


def trial_reference(work: Path) -> dict:
    from crawler.demo.web import write_seeds
    web = trial_web()
    try:
        seeds = write_seeds(web, work / "trial-seeds.txt")
        db = work / "trial-ref.db"
        r = subprocess.run([*CLI, "--db", str(db), "crawl", "--allow-private", "--no-progress", *FAST[:4], str(seeds)],
                           env=env_for(web), capture_output=True, text=True, timeout=600)
        if r.returncode != 0:
            raise SystemExit(f"reference crawl failed: {r.stderr[-2000:]}")
        return {"archive": archived(db), "seeds": seeds}
    finally:
        web.stop()


def kill_trial(i: int, work: Path, ref: dict, rng: random.Random, clean_seconds: float | None) -> dict:
    web = trial_web()
    run = work / f"trial-{i}"
    shutil.rmtree(run, ignore_errors=True)
    run.mkdir(parents=True)
    server = RedisServer(run / "redis").start()
    db = run / "archive.db"
    env = env_for(web)
    workers, n = [], 0
    result = {"trial": i, "failures": []}

    def new_worker():
        nonlocal n
        n += 1
        workers.append(start(["worker", "--redis", server.url, "--allow-private", *FAST, "-s",
                              "REDIS_SITES_IN_FLIGHT=8"], run / f"w{n}.db", env, run / f"w{n}.log"))

    def new_writer():
        w = start(["writer", "--redis", server.url], db, env, run / "writer.log")
        wait_until(lambda: rows(db, "SELECT pid FROM lease WHERE pid = %d" % w.pid) or w.poll() is not None, 60,
                   "the writer")
        return w

    writer = new_writer()
    try:
        client = server.client()
        t0 = time.monotonic()
        out = subprocess.run([*CLI, "--db", str(db), "crawl", "--redis", server.url, str(ref["seeds"])], env=env,
                             capture_output=True, text=True, timeout=120)
        crawl = out.stdout.split()[1].rstrip(":")
        new_worker()
        new_worker()
        target = "writer" if i % 2 else "worker"
        if clean_seconds is None:  # the first trial measures a clean run: no kill
            result["mode"] = "clean"
        elif rng.random() < 0.5:
            at = rng.uniform(0.2, clean_seconds * 0.8)
            time.sleep(max(0.0, at - (time.monotonic() - t0)))
            result["mode"] = f"{target} at {at:.1f}s"
        else:
            k = rng.randint(1, 22)
            wait_until(lambda: rows(db, "SELECT count(*) FROM receipts")[0][0] >= k or
                       client.hget(f"pa:crawl:{crawl}", "finished"), 120, "records")
            result["mode"] = f"{target} after {k} recorded"
        if clean_seconds is not None:
            done_before = bool(client.hget(f"pa:crawl:{crawl}", "finished"))
            result["recorded_at_kill"] = rows(db, "SELECT count(*) FROM receipts")[0][0]
            result["killed_after_done"] = done_before
            if target == "writer":
                kill(writer)
                writer = new_writer()
            else:
                kill(workers[rng.randrange(len(workers))])
                new_worker()
        wait_until(lambda: client.hget(f"pa:crawl:{crawl}", "finished"), 300, "the crawl to finish")
        result["seconds"] = time.monotonic() - t0
        got = archived(db)
        want = ref["archive"]
        docs = {d[1] for d in got["documents"]}
        result["lost"] = len([d for d in want["documents"] if d[1] not in docs])
        per_doc = collections.Counter(c[0] for c in got["captures"])
        result["duplicated"] = sum(v - 1 for v in per_doc.values() if v > 1)
        receipts = rows(db, "SELECT count(*) FROM receipts")[0][0]
        if receipts != 24:
            result["failures"].append(f"{receipts} receipts for 24 companies")
        integrity = rows(db, "PRAGMA integrity_check")[0][0]
        result["integrity"] = integrity
        if integrity != "ok":
            result["failures"].append(f"integrity_check: {integrity}")
        if got != want:
            result["failures"].append("documents, versions or outcomes differ from the reference")
        for key in ("pa:captures", "pa:captures:working", "pa:frontier"):
            if client.llen(key):
                result["failures"].append(f"{key} not empty")
        if result["lost"] or result["duplicated"]:
            result["failures"].append(f"lost {result['lost']}, duplicated {result['duplicated']}")
        status = rows(db, "SELECT status FROM runs")
        if status != [("finished",)]:
            result["failures"].append(f"runs: {status}")
    finally:
        for w in workers:
            stop(w)
        stop(writer)
        server.stop()
        web.stop()
    if not result["failures"]:
        shutil.rmtree(run, ignore_errors=True)
    return result


# --- report --------------------------------------------------------------------------------------------------
def write_results(section: str, path: Path = HERE / "RESULTS.md"):
    import re
    text = path.read_text() if path.exists() else "# Benchmark results\n"
    parts = re.split(r"(?m)^(?=## )", text)
    kept = [p for p in parts if not p.startswith(f"## {SECTION}\n")]
    path.write_text("".join(kept).rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sites", type=int, default=1000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4], help="0: no scaling runs")
    ap.add_argument("--in-flight", type=int, default=32, help="REDIS_SITES_IN_FLIGHT of each worker")
    ap.add_argument("--latency", type=float, default=LATENCY)
    ap.add_argument("--kills", type=int, default=30)
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--no-write", action="store_true", help="print the section, leave RESULTS.md alone")
    ap.add_argument("--work", type=Path, default=None)
    args = ap.parse_args(argv)
    if args.quick:
        args.sites, args.workers, args.kills, args.in_flight = 40, [1, 2], 2, 8
    logging_quiet()
    work = args.work or Path(tempfile.mkdtemp(prefix="distributed-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    started = time.monotonic()
    lines = [f"## {SECTION}", "",
             f"`.venv/bin/python benchmarks/distributed.py {' '.join(argv if argv is not None else sys.argv[1:])}`"
             f" on {os.cpu_count()} cores (load average {os.getloadavg()[0]:.1f} at the start). Fixture web with "
             f"{args.latency * 1000:.0f} ms per response, {args.sites} companies (every kind cycled); default "
             f"politeness (2 per host, >= 0.25 s apart, AutoThrottle from 1 s); each worker crawls "
             f"{args.in_flight} companies at a time; one writer. A fresh redis-server, archive and web per run.", ""]
    scaling = []
    if args.workers and args.workers != [0]:
        single = single_run(work, args.sites, args.latency)
        print(f"single process: {single['seconds']:.1f} s, {single['pages']} pages", flush=True)
        for k in args.workers:
            r = cluster_run(work, args.sites, k, args.in_flight, args.latency, single["seeds"])
            r["same"] = r["archive"] == single["archive"]
            if not r["same"]:
                for part in ("documents", "versions", "captures"):
                    a, b = set(r["archive"][part]), set(single["archive"][part])
                    if a != b:
                        print(f"  {part}: only cluster {sorted(a - b)[:5]}, only single {sorted(b - a)[:5]}")
            print(f"{k} worker(s): {r['seconds']:.1f} s (wall {r['wall']:.1f} s), {r['pages']} pages, same={r['same']}, "
                  f"queue max {r['max_queue']}, writer {r['writer_ms_per_capture']:.1f} ms CPU/capture", flush=True)
            scaling.append(r)
        base = scaling[0]
        lines += ["Crawl time: from the crawl's companies being on the frontier to the writer's record of the last one "
                  "(sampled every 0.1 s); the wall time adds the `crawl --redis --wait` process (start-up, reading the "
                  "archive, queueing) and its polling. Companies/s and pages/s are over the crawl time.", "",
                  "| run | crawl time (wall) | companies/s | pages/s | speed-up vs 1 worker | target | archive = single process "
                  "| queue max | writer CPU per capture | workers' CPU |", "|---|---|---|---|---|---|---|---|---|---|"]
        lines.append(f"| single process (`crawl`, 256 requests in flight; wall, start-up included) | {single['seconds']:.1f} s | "
                     f"{args.sites / single['seconds']:.1f} | {single['pages'] / single['seconds']:.1f} |  |  | "
                     "reference |  |  |  |")
        for r in scaling:
            speed = base["seconds"] / r["seconds"]
            target = {2: ">= 1.8x", 4: ">= 3x"}.get(r["workers"], "")
            met = "" if not target else (" (met)" if speed >= float(target.split()[1][:-1]) else " (NOT met)")
            lines.append(f"| {r['workers']} worker(s) + writer | {r['seconds']:.1f} s ({r['wall']:.1f} s) | {args.sites / r['seconds']:.1f} | "
                         f"{r['pages'] / r['seconds']:.1f} | {speed:.2f}x | {target}{met} | "
                         f"{'yes' if r['same'] else 'NO'} ({len(r['archive']['documents'])} documents, "
                         f"{len(r['archive']['versions'])} versions) | {r['max_queue']} | "
                         f"{r['writer_ms_per_capture']:.1f} ms | {r['workers_cpu']:.0f} s |")
        lines.append("")
    if args.kills:
        ref = trial_reference(work)
        clean = kill_trial(0, work, ref, rng, None)
        print(f"clean cluster run: {clean['seconds']:.1f} s, failures {clean['failures']}", flush=True)
        results, late = [], []  # late: the crawl was done before the kill; checked, not counted, drawn again
        i = 0
        while len(results) < args.kills and i < 3 * args.kills:
            i += 1
            r = kill_trial(i, work, ref, rng, clean["seconds"])
            print(f"trial {i}: {r['mode']}: lost {r['lost']}, duplicated {r['duplicated']}, {r['integrity']}, "
                  f"failures {r['failures']}" + (" (after the crawl: drawn again)" if r["killed_after_done"] else ""),
                  flush=True)
            (late if r["killed_after_done"] else results).append(r)
        failed = [r for r in results + late if r["failures"]]
        by = collections.Counter(r["mode"].split()[0] for r in results)
        lines += [f"SIGKILL trials during the crawl: {len(results)} ({by['worker']} of a worker, {by['writer']} of the writer; half at "
                  "a random time within a clean run, half once a random number of companies was recorded), each "
                  "followed by a new process of the same kind; 24 companies, two workers "
                  f"(REDIS_WORKER_TTL=3 s), clean run {clean['seconds']:.1f} s.", "",
                  "| figure | measured | target | met |", "|---|---|---|---|",
                  f"| captures lost | {sum(r['lost'] for r in results)} | 0 | {'yes' if not sum(r['lost'] for r in results) else 'NO'} |",
                  f"| captures recorded twice | {sum(r['duplicated'] for r in results)} | 0 | "
                  f"{'yes' if not sum(r['duplicated'] for r in results) else 'NO'} |",
                  f"| integrity_check ok | {sum(r['integrity'] == 'ok' for r in results)}/{len(results)} | all | "
                  f"{'yes' if all(r['integrity'] == 'ok' for r in results) else 'NO'} |",
                  f"| same documents, versions and outcomes as the single-process crawl, queues empty, run finished "
                  f"| {len(results) + len(late) - len(failed)}/{len(results) + len(late)} | all | "
                  f"{'yes' if not failed else 'NO'} |",
                  f"| kills that came after the crawl was done (checked alike, not counted: drawn again) | "
                  f"{len(late)} |  |  |", ""]
        for r in failed:
            lines.append(f"- trial {r['trial']} ({r['mode']}): {'; '.join(r['failures'])}")
    lines.append(f"_Total {time.monotonic() - started:.0f} s; load average {os.getloadavg()[0]:.1f} at the end._")
    section = "\n".join(lines) + "\n"
    print(section)
    if not args.no_write and not args.quick:
        write_results(section)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)


def logging_quiet():
    import logging
    logging.getLogger().setLevel(logging.WARNING)


if __name__ == "__main__":
    main()
