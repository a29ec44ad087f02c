"""Big-input benchmark: one N-megabyte text file, read, normalised, extracted, exported.

    .venv/bin/python benchmarks/bench_big_input.py                 # 100 MB, reading + normalisation only
    .venv/bin/python benchmarks/bench_big_input.py --build fast    # + the extractors without word segmentation
    .venv/bin/python benchmarks/bench_big_input.py 5 --build default   # the full default pipeline (LAC) on 5 MB

The file repeats invented paragraphs (no real officials). It is read in parts
of at most ``kg.io.MAX_DOC_CHARS`` characters (``PATH#char=START,END``), so
memory stays bounded by one part plus what the graph keeps. Prints seconds,
characters per second and the peak resident memory.

Measured on 2 shared cores (2026-11, --build fast, 100 MB = 33.5M characters):
read+normalise 10.8 s (3.1M chars/s, peak 210 MB); extraction 851 s (39k chars/s,
the regions scan dominates); export 163 s with the resident set above 7 GB, as
every mention becomes RDF and explorer data. The full pipeline (LAC) runs at
~11k chars/s here, i.e. about 50 minutes for 100 MB.
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.io import MAX_DOC_CHARS, read_documents  # noqa: E402
from kg.types import Document  # noqa: E402

BLOCK = (
    "浙江省杭州市西湖区召开基层治理工作会议，四川省成都市代表作交流发言。"
    "青山市召开全市乡村振兴工作推进会议，主要负责同志王明出席会议并讲话。会议指出，要坚持以人民为中心的发展思想，"
    "统筹推进产业发展、生态保护和基层治理，确保各项任务落到实处。会议要求，各县区要压实责任，细化措施，"
    "加强督促检查，推动农业农村现代化取得新成效。\n"
)


def generate(path: Path, megabytes: float) -> int:
    """Numbered copies of the block: every part differs (identical parts would be
    skipped as duplicates and flatter the numbers)."""
    block = BLOCK * 20
    size = int(megabytes * 1_000_000)
    written = 0
    with open(path, "wb") as fh:
        i = 0
        while written < size:
            data = f"第{i}节\n{block}".encode("utf-8")
            fh.write(data)
            written += len(data)
            i += 1
    return path.stat().st_size


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("megabytes", nargs="?", type=float, default=100.0)
    ap.add_argument("--build", choices=["none", "fast", "default"], default="none",
                    help="none: read and normalise only; fast: extractors without LAC segmentation; default: full pipeline")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        t0 = time.perf_counter()
        size = generate(path, args.megabytes)
        print(f"generated {size / 1e6:.1f} MB in {time.perf_counter() - t0:.1f} s")
        t0 = time.perf_counter()
        docs = chars = 0
        for item in read_documents([str(path)]):
            assert isinstance(item, Document), item
            docs += 1
            chars += len(item.raw)
        secs = time.perf_counter() - t0
        print(f"read+normalise: {docs} parts (<= {MAX_DOC_CHARS:,} chars), {chars:,} chars in {secs:.1f} s "
              f"({chars / secs / 1e6:.2f} M chars/s), peak RSS {peak_mb():.0f} MB")
        if args.build == "none":
            return
        from kg.build import build, default_pipeline
        from kg.context import Context
        from kg.export import write_all
        from kg.pipeline import Pipeline, stage

        pipeline = default_pipeline()
        if args.build == "fast":
            @stage("analyse", provides={"tokens"})
            def no_tokens(ann, ctx):
                return []

            pipeline = Pipeline((no_tokens,) + tuple(s for s in pipeline.stages if s.name != "analyse"))
        t0 = time.perf_counter()
        kg, report = build([str(path)], ctx=Context(), pipeline=pipeline)
        secs = time.perf_counter() - t0
        print(f"build ({args.build}): {report.documents} documents, {len(kg.entities)} entities, "
              f"{len(kg.relations)} relations, {len(report.errors)} stage failures in {secs:.1f} s "
              f"({report.characters / secs / 1e3:.0f} k chars/s), peak RSS {peak_mb():.0f} MB")
        t0 = time.perf_counter()
        written = write_all(kg, Path(tmp) / "out")
        print(f"export: {', '.join(p.name for p in written)} in {time.perf_counter() - t0:.1f} s, "
              f"peak RSS {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
