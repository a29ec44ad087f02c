"""Write a synthetic benchmark corpus: real sentences from seeds/ recombined
with gazetteer regions and general person names, reproducible from a seed.

    .venv/bin/python benchmarks/gen_corpus.py OUT_DIR -n 10000 --seed 1

Document i depends only on (seed, i): `-n 10100` over an existing `-n 10000`
corpus adds 100 new documents and leaves the first 10,000 byte-identical
(use --start 10000 to write only the new ones).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.lexicons.gazetteer import Gazetteer  # noqa: E402
from kg.synth import CorpusGenerator, write_corpus  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("-n", "--documents", type=int, default=1000, help="number of documents (max 100,000 suggested)")
    ap.add_argument("--start", type=int, default=0, help="first document number to write (skip earlier ones)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--mean-chars", type=int, default=2000, help="mean document length in characters")
    ap.add_argument("--seeds", default=str(ROOT / "seeds"), help="folder of seed texts to take sentences from")
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    gen = CorpusGenerator.from_seed_files(sorted(Path(a.seeds).glob("*.txt")), Gazetteer.default(),
                                          seed=a.seed, mean_chars=a.mean_chars)
    docs, chars = write_corpus(gen, a.out_dir, a.documents, a.start)
    dt = time.perf_counter() - t0
    print(f"wrote {docs} documents, {chars:,} characters to {a.out_dir} in {dt:.1f}s "
          f"(seed {a.seed}, {len(gen.pool.sentences)} seed sentences)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
