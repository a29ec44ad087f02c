"""Screenshot of the explorer for the README: build a graph, open graph.html in headless Chromium, save a PNG.

    make screenshot                     # = .venv/bin/python scripts/screenshot.py seeds -o docs/screenshot.png
    .venv/bin/python scripts/screenshot.py seeds -o docs/screenshot.png --select 抚顺市 --size 1400x860

Needs Debian's ``chromium`` and ``chromium-driver`` (``make browser``) and a
CJK font (``fonts-wqy-microhei`` or ``fonts-noto-cjk``) so the labels render.
The page is opened from ``file://`` with the network cut off; the graph is
written to a temporary folder, nothing else is touched.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sources", nargs="+", help="files or folders to build the graph from (e.g. seeds)")
    ap.add_argument("-o", "--output", default="docs/screenshot.png")
    ap.add_argument("--page", choices=("graph", "campaigns"), default="graph")
    ap.add_argument("--select", help="name of a node to select (its details are shown); default: the best-connected campaign")
    ap.add_argument("--size", default="1400x860", help="window size WIDTHxHEIGHT")
    args = ap.parse_args()

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    from kg.build import build
    from kg.export import write_all

    kg, _ = build(args.sources)
    width, height = (int(v) for v in args.size.lower().split("x"))
    with tempfile.TemporaryDirectory() as tmp:
        write_all(kg, Path(tmp), ["html"])
        page = Path(tmp) / f"{args.page}.html"
        opts = webdriver.ChromeOptions()
        opts.binary_location = "/usr/bin/chromium"
        for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--no-first-run", "--disable-sync", "--hide-scrollbars",
                     f"--window-size={width},{height}", f"--user-data-dir={Path(tmp) / 'profile'}"):
            opts.add_argument(flag)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
        try:
            driver.execute_cdp_cmd("Network.enable", {})
            driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                                   {"offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0})
            driver.get(page.as_uri())
            deadline = time.time() + 20
            while not driver.execute_script("return !!(window.kgExplorer && window.kgExplorer.ready)"):
                if time.time() > deadline:
                    raise SystemExit("the explorer did not become ready in 20 s")
                time.sleep(0.05)
            target = args.select
            if target is None:
                campaigns = [e for e in kg.of_type("Campaign")]
                degree = {e.id: 0 for e in campaigns}
                for r in kg.relations:
                    for end in (r.head_id, r.tail_id):
                        if end in degree:
                            degree[end] += 1
                if campaigns:
                    target = max(campaigns, key=lambda e: (degree[e.id], e.name)).name
            if target:
                index = driver.execute_script("return window.kgExplorer.indexOf(arguments[0]);", target)
                if index < 0:
                    raise SystemExit(f"no node named {target!r} in the graph")
                # select without zooming in, so the whole graph stays in the picture
                driver.execute_script(
                    "var x = window.kgExplorer; x.select(arguments[0]); x.network.fit({animation: false});", index)
                time.sleep(0.3)
            out = Path(args.output)
            out.parent.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(out))
        finally:
            driver.quit()
    print(f"wrote {out} ({out.stat().st_size:,} bytes) from {page.name} of {len(kg.entities)} entities")


if __name__ == "__main__":
    main()
