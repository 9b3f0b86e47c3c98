"""The HTML review report in a real headless browser (Debian's chromium driven by Playwright).

Opens a report of a dev pair with known findings, checks that the page
shows exactly the findings, that filtering by check and severity hides the
right list entries and highlights in both languages, and that nothing is
fetched from the network. Needs .ci/install-browser.sh (chromium + playwright).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from align.model import Bead, Bitext
from align.qa import run_checks
from align.report import write_report
from align.segment import sentences_from_lines

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]

playwright = pytest.importorskip("playwright.sync_api", reason="playwright not installed: run .ci/install-browser.sh")
if not Path(CHROMIUM).exists():
    pytest.skip("chromium not installed: run .ci/install-browser.sh", allow_module_level=True)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:
    en = [
        "Their sales were more than $14.1 billion in 2024.",
        "China's were $88 billion.",
        "The alliance has kept the peace since 1953.",
        "Hanwha has invested about $6 billion in the United States.",
    ]
    ja = [
        "2024年の売上高は140億ドル超だった。",
        "中国は1,400億ドルだった。",
        "ハンファは米国に60億ドルを投資した。",
        "NDS は 12 月に発表された。",
    ]
    bt = Bitext(
        sentences_from_lines(en, "en"),
        sentences_from_lines(ja, "ja"),
        [Bead([0], [0], 1, 0.9), Bead([1], [1], 1, 0.9), Bead([2], [], 0, 0.8), Bead([3], [2], 1, 0.9), Bead([], [3], 0, 0.7)],
    )
    findings = run_checks(bitext=bt, checks=["numbers", "omission", "addition", "typography-space"])
    path = write_report(tmp_path_factory.mktemp("report") / "review.html", findings, bitext=bt, title="test pair", skipped=findings.skipped)
    return path, findings


@pytest.fixture(scope="module")
def page(report: tuple[Path, list]):
    requests: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        pg = browser.new_page(viewport={"width": 1300, "height": 900})
        pg.on("request", lambda r: requests.append(r.url))
        pg.goto(report[0].as_uri())
        pg.wait_for_selector("#findings li")
        yield pg, requests
        browser.close()


def test_page_lists_exactly_the_findings(page, report) -> None:
    pg, requests = page
    findings = report[1]
    checks = {f.check for f in findings}
    assert checks == {"numbers", "omission", "addition", "typography-space"}
    items = pg.locator("#findings li")
    assert items.count() == len(findings)
    shown = [items.nth(i).inner_text() for i in range(items.count())]
    for f, text in zip(findings, shown, strict=True):
        assert f.message in text and f.severity in text
    assert pg.locator("#shown-count").inner_text() == str(len(findings))
    assert all(u.startswith("file://") for u in requests), requests  # self-contained: nothing fetched


def test_highlights_on_both_sides(page, report) -> None:
    pg, _ = page
    mismatch = next(i for i, f in enumerate(report[1]) if f.details.get("kind") == "mismatch")
    src = pg.locator(f'td.src .hl[data-f~="{mismatch}"]')
    tgt = pg.locator(f'td.tgt .hl[data-f~="{mismatch}"]')
    assert src.inner_text() == "$88 billion" and tgt.inner_text() == "1,400億ドル"
    assert "f-major" in tgt.get_attribute("class")
    assert pg.locator("#bead-2 td.src").inner_text().startswith("The alliance")  # the omitted sentence beside an empty cell
    assert pg.locator("#bead-2 td.tgt.empty").count() == 1


def test_filters_hide_and_restore(page, report) -> None:
    pg, _ = page
    findings = report[1]
    pg.uncheck('input.f-check[value="numbers"]')
    visible = pg.locator("#findings li:not(.hidden)")
    assert visible.count() == sum(f.check != "numbers" for f in findings)
    assert pg.locator("#shown-count").inner_text() == str(visible.count())
    mismatch = next(i for i, f in enumerate(findings) if f.details.get("kind") == "mismatch")
    assert "f-major" not in pg.locator(f'td.tgt .hl[data-f~="{mismatch}"]').get_attribute("class")  # highlight gone
    assert pg.locator(f'td.notes li[data-fid="{mismatch}"]').is_hidden()
    pg.check('input.f-check[value="numbers"]')
    pg.uncheck('input.f-sev[value="minor"]')
    assert pg.locator("#findings li:not(.hidden)").count() == sum(f.severity != "minor" for f in findings)
    pg.check("#only-issues")
    rows = pg.locator("tr.bead:not(.hidden)")
    major_rows = {f.bead for f in findings if f.severity != "minor"}
    assert {int(rows.nth(i).get_attribute("id").split("-")[1]) for i in range(rows.count())} == major_rows
    pg.uncheck("#only-issues")
    pg.check('input.f-sev[value="minor"]')
    assert pg.locator("#findings li:not(.hidden)").count() == len(findings)


def test_clicking_a_finding_selects_its_spans(page, report, tmp_path: Path) -> None:
    pg, _ = page
    omission = next(i for i, f in enumerate(report[1]) if f.check == "omission")
    pg.locator(f'#findings li[data-fid="{omission}"]').click()
    assert pg.locator(".hl.sel").count() >= 1
    assert "alliance" in pg.locator(".hl.sel").first.inner_text()
    shot = tmp_path / "report.png"
    pg.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
