#!/usr/bin/env python3
"""Writes a fictional province for the tracker benchmark, as the six CSV files `campaign import` reads.

    Benchmarks/province.py --out DIR [--scale 1.0] [--seed 6] [--content Content] [--as-of 2026-11-20]

At scale 1: 21 cities, 180 counties, 20,000 schools, 250,000 classes, 20,000 officers with 30,000
school assignments, 600,000 class meetings and 40,000 lectures over two terms (2026-spring, whole
term; 2026-autumn, up to --as-of). --scale 0.001 makes a tiny province for a smoke run. Python 3
standard library only; the same arguments give the same bytes.

Everything is fictional and obviously so: place names are made of two characters from a fixed list
(云江市, 禾川县), teachers are 王老师, officers 张警官, 李检察官 or 陈律师 with a code. The tracker
stores classes, never students, so no student appears anywhere.

The mix is chosen so that `campaign check` gives every status: for 2026-spring (over on --as-of)
met or missed; for 2026-autumn as of --as-of (past the first meeting's due date) met, on-track and
behind. Meetings and lectures fall on school days of Content/calendar (holidays and 调休 workdays
included), never after --as-of.
"""

import argparse
import csv
import datetime as dt
import os
import random
import re
import sys

FULL = {
    "cities": 21,
    "counties": 180,
    "schools": 20_000,
    "classes": 250_000,
    "officers": 20_000,
    "assignments": 30_000,
    "meetings": 600_000,
    "lectures": 40_000,
}

# Syllables for fictional place names (two of them, then 市, 县 or 区).
PLACE = "云江禾川青石白鹭安宁丰平清河溪源泉山岭松柏桃李梅兰竹荷湖湾洲滨桥塘新华东西南北阳明"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐韩冯邓曹彭"
GRADES = ["一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "七年级", "八年级", "九年级"]
ROLES = [("护校民警", "警官"), ("法治副校长", "检察官"), ("法治副校长", "法官"), ("法治辅导员", "律师")]
TOPICS = ["认识校园欺凌", "欺凌行为的法律责任", "做勇敢的旁观者", "网络欺凌的识别与防范",
          "未成年人保护法与学校保护", "遇到欺凌怎么办"]
SCHOOL_YEAR = 2026  # classes as of the 2026—2027 school year; codes are entry year and number

DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def school_days(path):
    """School days of one calendar file: Monday to Friday from start to end, minus holidays, plus
    workdays. Reads only the shapes used in Content/calendar (a date, {from, to} or {date})."""
    start = end = None
    holidays, workdays = set(), set()
    section = None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            if not line.startswith((" ", "-")):
                key, _, value = line.partition(":")
                key, value = key.strip(), value.strip()
                section = key
                if key == "start":
                    start = dt.date.fromisoformat(value)
                elif key == "end":
                    end = dt.date.fromisoformat(value)
                continue
            dates = [dt.date.fromisoformat(d) for d in DATE.findall(line)]
            if section == "holidays" and dates:
                first, last = dates[0], dates[-1]
                while first <= last:
                    holidays.add(first)
                    first += dt.timedelta(days=1)
            elif section == "workdays" and dates:
                workdays.add(dates[0])
    if start is None or end is None:
        sys.exit(f"province.py: {path} has no start or end")
    days, day = [], start
    while day <= end:
        if (day.weekday() < 5 and day not in holidays) or day in workdays:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def split(total, parts, rng, spread=0.5):
    """`total` split into `parts` positive integers, uneven but summing exactly to total."""
    weights = [1 + spread * (2 * rng.random() - 1) for _ in range(parts)]
    scale = total / sum(weights)
    counts = [max(1, int(w * scale)) for w in weights]
    i = 0
    while sum(counts) < total:
        counts[i % parts] += 1
        i += 1
    while sum(counts) > total:
        if counts[i % parts] > 1:
            counts[i % parts] -= 1
        i += 1
    return counts


def names(count, suffix, rng, taken):
    out = []
    while len(out) < count:
        name = rng.choice(PLACE) + rng.choice(PLACE) + suffix
        if name[0] != name[1] and name not in taken:
            taken.add(name)
            out.append(name)
    return out


def quota(pattern, count, rng):
    """`count` values repeating `pattern`, shuffled: exact totals, random placement."""
    values = [pattern[i % len(pattern)] for i in range(count)]
    rng.shuffle(values)
    return values


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="folder for the six CSV files")
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = the full province")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--content", default="Content", help="the folder with calendar/ and kits/")
    parser.add_argument("--as-of", default="2026-11-20", help="no entry after this day")
    args = parser.parse_args()

    scale = args.scale
    size = {k: max(1, round(v * scale)) for k, v in FULL.items()}
    size["counties"] = max(2, size["counties"])
    size["cities"] = min(size["cities"], size["counties"])
    size["schools"] = max(size["schools"], 2 * size["counties"])
    size["officers"] = size["schools"]  # one officer per school on average, placed county by county
    size["classes"] = max(size["classes"], size["schools"])
    as_of = dt.date.fromisoformat(args.as_of)
    rng = random.Random(args.seed)

    kits = sorted(d for d in os.listdir(os.path.join(args.content, "kits"))
                  if os.path.isfile(os.path.join(args.content, "kits", d, "index.md")))
    terms = {}
    for term in ("2026-spring", "2026-autumn"):
        days = school_days(os.path.join(args.content, "calendar", term + ".yaml"))
        terms[term] = [d for d in days if d <= as_of]

    # Places: cities, counties per city, schools per county.
    taken = set()
    cities = names(size["cities"], "市", rng, taken)
    counties_per_city = split(size["counties"], len(cities), rng, 0.4)
    counties = []  # (city, county name, city number, county number)
    for ci, (city, n) in enumerate(zip(cities, counties_per_city), 1):
        for k, county in enumerate(names(n, "县" if rng.random() < 0.7 else "区", rng, taken), 1):
            counties.append((city, county, ci, k))
    schools_per_county = split(size["schools"], len(counties), rng, 0.6)

    schools = []  # (code, name, county, city, kind)
    county_schools = []
    for (city, county, ci, k), n in zip(counties, schools_per_county):
        own = []
        middle = max(1, n // 4)
        for s in range(1, n + 1):
            code = f"S{ci:02d}{k:02d}{s:03d}"
            if s <= middle:
                kind = "middle"
                name = f"{county}第{s}初级中学"
            else:
                kind = "primary"
                name = f"{county}第{s - middle}小学"
            schools.append((code, name, county, city, kind))
            own.append(len(schools) - 1)
        county_schools.append(own)

    # Classes: split among schools, then among the school's grades (6 for a primary, 3 for a middle school).
    classes = []  # (school index, code, name, grade, teacher)
    for si, n in enumerate(split(size["classes"], len(schools), rng, 0.8)):
        grades = range(1, 7) if schools[si][4] == "primary" else range(7, 10)
        per_grade = [n // len(grades) + (1 if i < n % len(grades) else 0) for i in range(len(grades))]
        for grade, count in zip(grades, per_grade):
            entry = SCHOOL_YEAR - (grade - 1 if grade <= 6 else grade - 7)
            for number in range(1, count + 1):
                classes.append((si, f"{entry}-{number}", f"{GRADES[grade - 1]}({number})班", GRADES[grade - 1],
                                rng.choice(SURNAMES) + "老师"))

    # Officers: as many per county as it has schools; each serves 1, 2 or 3 schools of its county
    # (1.5 on average), taken in turn around the county's shuffled schools so that every school has one.
    pattern = [1, 2, 1, 2, 1, 3, 1, 1, 2, 1]  # 15 assignments per 10 officers
    officers, assignments = [], []  # (code, name, role); (officer code, school code)
    number = 0
    for own in county_schools:
        ring = own[:]
        rng.shuffle(ring)
        at = 0
        for _ in range(len(own)):
            number += 1
            code = f"P{number:06d}"
            role, title = ROLES[number % len(ROLES)]
            officers.append((code, rng.choice(SURNAMES) + title, role))
            for _ in range(min(pattern[number % len(pattern)], len(ring))):
                assignments.append((code, schools[ring[at % len(ring)]][0]))
                at += 1

    # Meetings: spring (whole term) 1.6 a class on average — most held both, some one, a few none
    # (missed); autumn so far 0.8 — some both, many one (on track), the rest none (behind).
    def dates(days, count, r):
        half = len(days) // 2
        if count == 1:
            return [days[r.randrange(2, max(3, min(len(days), half + 10)))]]
        if count == 2:
            first = r.randrange(2, max(3, half - 2))
            second = r.randrange(min(first + 5, len(days) - 1), len(days))
            return [days[first], days[second]]
        return []

    meeting_rows = []
    plans = {
        "2026-spring": quota([2, 2, 2, 2, 2, 2, 2, 1, 1, 0], len(classes), rng),
        "2026-autumn": quota([2, 2, 1, 1, 1, 1, 0, 0, 0, 0], len(classes), rng),
    }
    for term in ("2026-spring", "2026-autumn"):
        days = terms[term]
        for (si, code, _, _, teacher), count in zip(classes, plans[term]):
            for day in dates(days, count, rng):
                kit = rng.choice(kits) if kits and rng.random() < 0.8 else ""
                meeting_rows.append((schools[si][0], code, day.isoformat(), kit, teacher, str(rng.randint(30, 50))))

    # Lectures: spring 5 pairs in 6, autumn so far 1 in 2, one each.
    lecture_rows = []
    lecture_plans = {"2026-spring": quota([1, 1, 1, 1, 1, 0], len(assignments), rng),
                     "2026-autumn": quota([1, 0], len(assignments), rng)}
    for term in ("2026-spring", "2026-autumn"):
        days = terms[term]
        for (officer, school), count in zip(assignments, lecture_plans[term]):
            if count:
                day = days[rng.randrange(3, len(days))]
                lecture_rows.append((officer, school, day.isoformat(), rng.choice(TOPICS), str(rng.randint(120, 900))))

    os.makedirs(args.out, exist_ok=True)

    def write(name, header, rows):
        with open(os.path.join(args.out, name), "w", encoding="utf-8", newline="") as f:
            out = csv.writer(f, lineterminator="\n")
            out.writerow(header)
            out.writerows(rows)

    write("schools.csv", ["学校代码", "学校名称", "区县", "市州"], [s[:4] for s in schools])
    write("classes.csv", ["学校代码", "班级代码", "班级名称", "年级", "班主任"],
          [(schools[si][0], code, name, grade, teacher) for si, code, name, grade, teacher in classes])
    write("officers.csv", ["编号", "姓名", "职务", "电话"], [(c, n, r, "") for c, n, r in officers])
    write("assignments.csv", ["编号", "学校代码"], assignments)
    write("meetings.csv", ["学校代码", "班级代码", "日期", "班会材料", "主讲人", "参加人数"], meeting_rows)
    write("lectures.csv", ["编号", "学校代码", "日期", "主题", "听众人数"], lecture_rows)

    # For the benchmark: a county of about average size, and the counts.
    middle_county = sorted(range(len(counties)), key=lambda i: (schools_per_county[i], i))[len(counties) // 2]
    with open(os.path.join(args.out, "county.txt"), "w", encoding="utf-8") as f:
        f.write(counties[middle_county][1] + "\n")
    summary = (f"{len(cities)} cities, {len(counties)} counties, {len(schools)} schools, {len(classes)} classes, "
               f"{len(officers)} officers, {len(assignments)} assignments, {len(meeting_rows)} meetings, "
               f"{len(lecture_rows)} lectures")
    with open(os.path.join(args.out, "sizes.txt"), "w", encoding="utf-8") as f:
        f.write(summary + "\n")
    print(summary)


if __name__ == "__main__":
    main()
