#!/usr/bin/env python3
"""Take the README's screenshot: the page for examples/, with one node's panel open.

    kg build examples/ -o out && python scripts/screenshot.py out/graph.html docs/screenshot.png
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def main(page_path: str, image_path: str, find: str = "Kazakhstan") -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"),
                                             args=FLAGS)
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto(Path(page_path).resolve().as_uri())
        while not page.evaluate("() => Boolean(window.kgPage && kgPage.settled)"):
            page.wait_for_timeout(50)
        page.fill("#search", find)
        page.press("#search", "Enter")
        page.wait_for_timeout(800)  # the focus animation
        Path(image_path).parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=image_path)
        browser.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
