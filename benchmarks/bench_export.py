"""Export benchmark: seconds and peak memory of each export format of a saved build.

    .venv/bin/python benchmarks/bench_export.py BUILD_DIR [--formats json,ttl,html] [--out DIR]

BUILD_DIR is a folder written by `kg build` (its graph.json is read). Each
format runs in a fresh process: it loads the graph, notes its resident size
(`rss_graph_mb`, the graph's own footprint), resets the kernel's high-water
mark (Linux `/proc/self/clear_refs`, so the peak of loading the JSON does not
hide the export's) and writes that one format into --out (default a
temporary folder). Reported: seconds, file size, the peak resident size while
exporting (`peak_rss_mb`, graph included) and `export_rss_mb` = peak - graph.
Prints one JSON line per format.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def status_mb(field: str) -> float:
    """A size from /proc/self/status (VmRSS: now, VmHWM: peak since the last reset)."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise KeyError(field)


def reset_peak() -> None:
    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")  # 5 = reset the peak RSS (VmHWM) to the current RSS


def size_mb(paths) -> float:
    total = 0
    for p in paths:
        p = Path(p)
        total += sum(f.stat().st_size for f in p.rglob("*") if f.is_file()) if p.is_dir() else p.stat().st_size
    return total / 1e6


def one(fmt: str, build_dir: str, out: str) -> dict:
    """Load the build, write ``fmt`` into ``out``; the figures of this process."""
    import gc

    import kg
    from kg.export import _writers

    t = time.perf_counter()
    graph = kg.load(build_dir)
    load_s = time.perf_counter() - t
    filename, writer = _writers()[fmt]
    gc.collect()
    graph_rss = status_mb("VmRSS")
    reset_peak()
    t = time.perf_counter()
    written = writer(graph, Path(out) / filename)
    export_s = time.perf_counter() - t
    peak = status_mb("VmHWM")
    written = written if isinstance(written, list) else [written]
    return {
        "format": fmt, "entities": len(graph.entities), "relations": len(graph.relations),
        "documents": len(graph.documents), "load_s": round(load_s, 2), "rss_graph_mb": round(graph_rss),
        "export_s": round(export_s, 2), "peak_rss_mb": round(peak), "export_rss_mb": round(peak - graph_rss),
        "file_mb": round(size_mb(written), 1),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("build_dir")
    ap.add_argument("--formats", default="json,ttl,html", help="comma-separated")
    ap.add_argument("--out", default=None, help="folder to write into (default: a temporary one, removed)")
    ap.add_argument("--one", metavar="FORMAT", help=argparse.SUPPRESS)  # the child process
    a = ap.parse_args(argv)
    if a.one:
        print(json.dumps(one(a.one, a.build_dir, a.out)), flush=True)
        return 0
    with tempfile.TemporaryDirectory(prefix="kg-bench-export-") as tmp:
        out = a.out or tmp
        for fmt in [f for f in a.formats.split(",") if f]:
            run = subprocess.run([sys.executable, __file__, a.build_dir, "--one", fmt, "--out", out],
                                 capture_output=True, text=True)
            if run.returncode:
                sys.stderr.write(run.stderr)
                return run.returncode
            sys.stdout.write(run.stdout)
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
