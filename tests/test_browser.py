"""The explorer in a real browser: headless Chromium (Debian ``chromium`` + ``chromium-driver``).

The network is cut off (DevTools offline emulation) and every request the
page makes is recorded: only ``file:``/``data:`` URLs are allowed.  The
browser is installed by ``make test``; without it these tests skip locally
and fail when ``CI=true``.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pytest

from kg.export import write_all

from test_html import IMG_NAME, SCRIPT_NAME, fixture_graph

ROOT = Path(__file__).resolve().parents[1]
FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
    "--window-size=1400,900",
)


def _browser_paths() -> tuple[str, str] | None:
    chrome = next((p for p in ("/usr/bin/chromium", shutil.which("chromium") or "") if p and os.path.exists(p)), None)
    driver = next((p for p in ("/usr/bin/chromedriver", shutil.which("chromedriver") or "") if p and os.path.exists(p)), None)
    return (chrome, driver) if chrome and driver else None


def _unavailable(reason: str):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"browser test cannot run under CI: {reason}")
    pytest.skip(f"{reason} (install with: apt-get install -y chromium chromium-driver, or run make test as root)")


@pytest.fixture(scope="module")
def driver():
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _unavailable("selenium is not installed (pip install -e '.[test]')")
    paths = _browser_paths()
    if paths is None:
        _unavailable("headless Chromium not found at /usr/bin/chromium and /usr/bin/chromedriver")
    profile = tempfile.mkdtemp(prefix="kg-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = paths[0]
    for flag in FLAGS:
        opts.add_argument(flag)
    opts.add_argument(f"--user-data-dir={profile}")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    try:
        drv = webdriver.Chrome(service=Service(paths[1]), options=opts)
    except Exception as exc:  # noqa: BLE001 - any start-up failure means no browser
        shutil.rmtree(profile, ignore_errors=True)
        _unavailable(f"Chromium did not start: {str(exc).splitlines()[0]}")
    drv.execute_cdp_cmd("Network.enable", {})
    drv.execute_cdp_cmd("Network.emulateNetworkConditions",
                        {"offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0})
    yield drv
    drv.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def seeds_build(tmp_path_factory):
    """The seeds graph built by the library, exported as the CLI does."""
    from kg.build import build

    kg, _ = build([str(ROOT / "seeds")])
    out = tmp_path_factory.mktemp("exports")
    write_all(kg, out, ["html"])
    return kg, out


@pytest.fixture(scope="module")
def fixture_pages(tmp_path_factory):
    out = tmp_path_factory.mktemp("fixture")
    write_all(fixture_graph(), out, ["html"])
    return out


def _open(drv, page: Path, timeout: float = 10.0) -> float:
    drv.get_log("browser")
    drv.get_log("performance")
    start = time.perf_counter()
    drv.get(page.as_uri())
    while not drv.execute_script("return !!(window.kgExplorer && window.kgExplorer.ready)"):
        if time.perf_counter() - start > timeout:
            raise AssertionError(f"{page.name} not ready after {timeout}s; console: {drv.get_log('browser')}")
        time.sleep(0.02)
    return time.perf_counter() - start


def _assert_clean(drv):
    errors = [e for e in drv.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]
    assert not errors, f"console errors: {errors}"
    urls = []
    for entry in drv.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg["method"] == "Network.requestWillBeSent":
            urls.append(msg["params"]["request"]["url"])
    external = [u for u in urls if not u.startswith(("file:", "data:", "blob:", "about:"))]
    assert not external, f"the page tried to fetch {external}"


def _visible_labels(drv) -> set[str]:
    return set(drv.execute_script(
        "var x = window.kgExplorer; return x.network.body.data.nodes.get().map(function (n) { return n.label; });"))


def _type_search(drv, text: str):
    from selenium.webdriver.common.keys import Keys

    box = drv.find_element("id", "search")
    box.clear()
    box.send_keys(text)
    box.send_keys(Keys.ENTER)


def _selected(drv) -> list:
    return drv.execute_script("return window.kgExplorer.network.getSelectedNodes();")


def test_seeds_graph_offline_shows_every_entity(driver, seeds_build):
    kg, out = seeds_build
    seconds = _open(driver, out / "graph.html")
    assert seconds < 5
    names = {e.name for e in kg.entities}
    assert names, "the seeds build produced no entities"
    assert _visible_labels(driver) == names  # small graph: everything drawn, nothing aggregated
    legend = driver.find_elements("css selector", "#legend li")
    assert [li.get_attribute("data-type") for li in legend] == [
        "Region", "Person", "Organization", "Campaign", "Project", "Slogan", "PolicyDocument", "Event"]
    _assert_clean(driver)


def test_search_in_either_script_focuses_the_node(driver, seeds_build):
    import opencc

    kg, out = seeds_build
    _open(driver, out / "graph.html")
    to_trad = opencc.OpenCC("s2t").convert
    # the region with a recorded Traditional form, else any entity whose name differs in Traditional
    target = next((e for e in kg.entities if e.attr("traditional")), None) or next(
        e for e in kg.entities if to_trad(e.name) != e.name)
    index = driver.execute_script("return window.kgExplorer.indexOf(arguments[0]);", target.name)
    assert index >= 0
    for query in (target.attr("traditional") or to_trad(target.name), target.name):
        driver.execute_script("window.kgExplorer.network.unselectAll();")
        _type_search(driver, query)
        assert _selected(driver) == [index], f"searching {query!r}"
        assert driver.find_element("id", "details-name").text == target.name
        assert target.name in driver.find_element("id", "search-status").text
        # focused: the node sits at the centre of the view
        off = driver.execute_script(
            "var x = window.kgExplorer.network, p = x.getPosition(arguments[0]), c = x.getViewPosition();"
            "return Math.abs(p.x - c.x) + Math.abs(p.y - c.y);", index)
        assert off < 1.0
    _assert_clean(driver)


def test_campaign_view_offline(driver, seeds_build):
    from kg.export.html import campaigns_data

    kg, out = seeds_build
    expected = {n["l"] for n in campaigns_data(kg)["nodes"]}
    _open(driver, out / "campaigns.html")
    assert _visible_labels(driver) == expected
    campaigns = {e.name for e in kg.of_type("Campaign")}
    assert campaigns <= expected
    rows = driver.find_elements("css selector", "#matrix-table tbody tr")
    conducts = sum(1 for r in kg.relations if r.predicate.value == "conducts")
    assert (len(rows) > 0) == (conducts > 0 and len(campaigns_data(kg)["matrix"]["rows"]) > 0)
    assert driver.find_element("id", "other-page").get_attribute("href").endswith("graph.html")
    _assert_clean(driver)


def test_hostile_names_render_as_text(driver, fixture_pages):
    for page in ("graph.html", "campaigns.html"):
        _open(driver, fixture_pages / page)
        assert driver.execute_script("return window.__pwned === undefined;")
        assert {SCRIPT_NAME, IMG_NAME} <= _visible_labels(driver) or page == "campaigns.html"
        _type_search(driver, "净土行动")
        assert driver.find_element("id", "details-name").get_attribute("textContent") == SCRIPT_NAME
        result = driver.find_element("css selector", "#results li button span:nth-child(2)")
        assert result.get_attribute("textContent") == SCRIPT_NAME
        # the hostile markup stays text everywhere: no element was created from it
        assert driver.execute_script("return document.querySelectorAll('img, #side script, #tip script').length") == 0
        options = [o.get_attribute("textContent") for o in driver.find_elements("css selector", "#campaign option")]
        assert SCRIPT_NAME in options
    _open(driver, fixture_pages / "graph.html")
    _type_search(driver, "柳明远")
    details = driver.find_element("id", "details").get_attribute("textContent")
    assert IMG_NAME in details and "副书记<i>" in details
    # hover tooltip: built from the same facts, as text
    driver.execute_script(
        "var x = window.kgExplorer; x.network.emit('hoverNode', {node: x.indexOf(arguments[0]), pointer: {DOM: {x: 10, y: 10}}});",
        IMG_NAME)
    tip = driver.find_element("id", "tip")
    assert IMG_NAME in tip.get_attribute("textContent")
    assert "Person" in tip.get_attribute("textContent") and "副书记<i>" in tip.get_attribute("textContent")
    assert driver.execute_script("return document.querySelectorAll('img').length") == 0
    assert driver.execute_script("return window.__pwned === undefined;")
    _assert_clean(driver)


def test_filters_focus_and_physics(driver, fixture_pages):
    from selenium.webdriver.support.ui import Select

    _open(driver, fixture_pages / "graph.html")
    everything = _visible_labels(driver)
    province = Select(driver.find_element("id", "province"))
    province.select_by_visible_text("云岭省")
    assert _visible_labels(driver) == {"云岭省", "石门镇", "碧水清风行动", "绿水长青"}
    province.select_by_value("-1")
    Select(driver.find_element("id", "campaign")).select_by_visible_text("碧水清风行动")
    assert _visible_labels(driver) == {"碧水清风行动", "白鹭市", "石门镇", "绿水长青", "青禾省", "云岭省"}
    driver.find_element("id", "reset").click()
    assert _visible_labels(driver) == everything
    driver.find_element("css selector", "#legend input[data-type='Slogan']").click()
    assert "绿水长青" not in _visible_labels(driver)
    driver.find_element("id", "reset").click()
    _type_search(driver, "翠屏山")
    driver.find_element("id", "focus-btn").click()
    assert _visible_labels(driver) == {"翠屏山", "白鹭市委"}
    driver.find_element("id", "physics").click()
    assert driver.execute_script("return window.kgExplorer.network.physics.physicsEnabled;") is True
    driver.find_element("id", "physics").click()
    assert driver.execute_script("return window.kgExplorer.network.physics.physicsEnabled;") is False
    _assert_clean(driver)


def test_big_graph_usable_within_five_seconds(driver, tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_html import synthetic_graph

    kg = synthetic_graph(5000)
    write_all(kg, tmp_path, ["html"])
    start = time.perf_counter()
    _open(driver, tmp_path / "graph.html", timeout=20)
    # measured inside the page (navigation start -> first frame), so driver round trips do not count
    ready_ms = driver.execute_script("return window.kgExplorer.readyMs;")
    labels = _visible_labels(driver)
    assert len(labels) < 100  # aggregated: one node per province
    assert all("个实体" in label for label in labels)  # with its entity count
    driver.execute_script(
        "var net = window.kgExplorer.network, d = net.body.data;"
        "net.emit('hoverNode', {node: d.nodes.getIds()[0], pointer: {DOM: {x: 5, y: 5}}});"
        "net.emit('hoverEdge', {edge: d.edges.getIds()[0], pointer: {DOM: {x: 5, y: 5}}});")
    assert driver.find_element("id", "tip").get_attribute("textContent").startswith("关系数")
    # every node drawn, then a search answered: timed in the page as well
    show_all_ms = driver.execute_script(
        "var t = performance.now(), x = window.kgExplorer;"
        "document.getElementById('show-all').click();"
        "x.select(x.search(arguments[0])[0]);"
        "x.network.redraw();"
        "return performance.now() - t;", kg.entities[-1].name)
    count = driver.execute_script("return window.kgExplorer.network.body.data.nodes.length;")
    assert count == 5000
    assert _selected(driver) == [len(kg.entities) - 1]
    assert ready_ms < 5000, f"5,000 nodes: first view after {ready_ms} ms"
    assert show_all_ms < 5000, f"5,000 nodes: all drawn and searched after {show_all_ms:.0f} ms"
    assert time.perf_counter() - start < 20  # a hang, not a slow machine
    # drill-down from the aggregated view
    driver.find_element("id", "reset").click()
    first_group = driver.execute_script("return window.kgExplorer.network.body.data.nodes.getIds()[0];")
    driver.execute_script("window.kgExplorer.network.emit('click', {nodes: [arguments[0]], edges: []});", first_group)
    drilled = driver.execute_script("return window.kgExplorer.network.body.data.nodes.length;")
    assert 0 < drilled < 5000
    _assert_clean(driver)


def test_missing_browser_fails_under_ci_and_skips_locally(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="under CI"):
        _unavailable("no chromium")
    monkeypatch.setenv("CI", "")
    with pytest.raises(pytest.skip.Exception, match="apt-get install"):
        _unavailable("no chromium")
