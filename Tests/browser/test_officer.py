#!/usr/bin/env python3
"""Real-browser test of the web app: headless Chromium (Debian's chromium + chromium-driver) driven
by Selenium. Starts `campaign serve` on a free loopback port over a temporary database seeded by
`campaign demo`, creates an officer account, signs in as that officer, logs a lecture, checks that it
is listed and saves a screenshot. Exits non-zero on failure.

    CAMPAIGN_BIN=.build/debug/campaign python3 Tests/browser/test_officer.py
"""
import datetime
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.ui import WebDriverWait

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PASSWORD = "browser test password"


def campaign_binary():
    if os.environ.get("CAMPAIGN_BIN"):
        return os.environ["CAMPAIGN_BIN"]
    subprocess.run(["swift", "build", "--product", "campaign"], cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    bin_path = subprocess.run(["swift", "build", "--show-bin-path"], cwd=REPO, check=True, capture_output=True,
                              text=True).stdout.strip()
    return os.path.join(bin_path, "campaign")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url, server, log_path, seconds=180):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if server.poll() is not None:
            raise RuntimeError("campaign serve exited:\n" + open(log_path, encoding="utf-8").read())
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise RuntimeError("campaign serve did not answer within %d s" % seconds)


def candidate_dates(db, officer, school):
    """Recent weekdays, newest first, on which this officer has no lecture at this school."""
    with sqlite3.connect(db) as connection:
        taken = {row[0] for row in connection.execute(
            "SELECT l.date FROM lecture l JOIN officer o ON o.id = l.officerId JOIN school s ON s.id = l.schoolId "
            "WHERE o.code = ? AND s.code = ? AND l.voidedAt IS NULL", (officer, school))}
    day = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date()
    for _ in range(120):
        if day.weekday() < 5 and day.isoformat() not in taken:
            yield day.isoformat()
        day -= datetime.timedelta(days=1)


def main():
    campaign = campaign_binary()
    work = tempfile.mkdtemp(prefix="campaign-browser-")
    db = os.path.join(work, "demo.sqlite")
    subprocess.run([campaign, "demo", "--db", db], cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    with sqlite3.connect(db) as connection:
        officer, school = connection.execute(
            "SELECT o.code, s.code FROM assignment a JOIN officer o ON o.id = a.officerId "
            "JOIN school s ON s.id = a.schoolId ORDER BY o.code, s.code LIMIT 1").fetchone()
    subprocess.run([campaign, "user", "add", "--username", "officer", "--role", "officer", "--officer", officer,
                    "--db", db], cwd=REPO, check=True, input=PASSWORD + "\n", text=True, stdout=subprocess.DEVNULL)

    port = free_port()
    base = "http://127.0.0.1:%d" % port
    log_path = os.path.join(work, "serve.log")
    log = open(log_path, "w", encoding="utf-8")
    server = subprocess.Popen([campaign, "serve", "--host", "127.0.0.1", "--port", str(port), "--db", db,
                               "--content", "Content", "--site", "Site"], cwd=REPO, stdout=log,
                              stderr=subprocess.STDOUT)
    driver = None
    try:
        wait_until_up(base + "/app/login", server, log_path)
        options = webdriver.ChromeOptions()
        options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
        for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                         "--window-size=412,915", "--lang=zh-CN"]:
            options.add_argument(argument)
        driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")),
                                  options=options)
        wait = WebDriverWait(driver, 20)

        driver.get(base + "/app/login")
        driver.find_element(By.ID, "username").send_keys("officer")
        driver.find_element(By.ID, "password").send_keys(PASSWORD)
        driver.find_element(By.CSS_SELECTOR, "form.app-form button[type=submit]").click()
        wait.until(expected_conditions.url_contains("/app/lectures"))
        assert "宣讲登记" in driver.page_source, "the officer's page did not open"

        topic = "浏览器测试：认识校园欺凌 %d" % int(time.time())
        logged = False
        for date in candidate_dates(db, officer, school):
            Select(driver.find_element(By.ID, "school")).select_by_value(school)
            date_input = driver.find_element(By.ID, "date")
            # A date input takes its value in the browser's locale when typed; set it directly.
            driver.execute_script("arguments[0].value = arguments[1];", date_input, date)
            topic_input = driver.find_element(By.ID, "topic")
            topic_input.clear()
            topic_input.send_keys(topic)
            audience = driver.find_element(By.ID, "audience")
            audience.clear()
            audience.send_keys("120")
            driver.find_element(By.CSS_SELECTOR, "form.app-form button[type=submit]").click()
            wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, ".ok, .notice"))
            if driver.find_elements(By.CSS_SELECTOR, "p.ok"):
                logged = True
                break
            message = driver.find_element(By.CSS_SELECTOR, "p.notice").text
            if "上课日" not in message:
                raise AssertionError("logging was refused: " + message)
        assert logged, "no school day to log on"
        notice = driver.find_element(By.CSS_SELECTOR, "p.ok").text
        assert notice.startswith("已登记"), notice
        entries = driver.find_element(By.CSS_SELECTOR, "ul.entries").text
        assert topic in entries, "the new lecture is not listed:\n" + entries

        screenshot = os.path.join(tempfile.gettempdir(), "campaign-officer-%d.png" % os.getpid())
        driver.save_screenshot(screenshot)
        print("screenshot:", screenshot)
        print("browser test: 1 passed, 0 failed")
        return 0
    except Exception as error:  # report, then fail
        print("browser test failed: %s" % error, file=sys.stderr)
        if driver is not None:
            path = os.path.join(tempfile.gettempdir(), "campaign-officer-failure-%d.png" % os.getpid())
            driver.save_screenshot(path)
            print("screenshot of the failure:", path, file=sys.stderr)
        print("browser test: 0 passed, 1 failed")
        return 1
    finally:
        if driver is not None:
            driver.quit()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


if __name__ == "__main__":
    sys.exit(main())
