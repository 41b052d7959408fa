#!/usr/bin/env python3
"""Deterministic benchmark corpus for `campaign build` and Hugo.

    Benchmarks/corpus.py --pages N --out DIR [--seed S]

writes N Markdown pages of mixed Chinese and English text (3-5 KB each) three ways:

    DIR/content/        campaign Content/: kits/<slug>/index.md + handout.md, cases/, letters/, pages/
    DIR/hugo/content/   the same bodies for Benchmarks/hugo-site (kits as leaf bundles, same front matter)
    DIR/all.md          every body concatenated, for the `cmark` floor

How the N pages are split (every one is a Markdown file, a rendered page and 3-5 KB):
    10% kit files: N/20 kit folders, each an index.md that passes campaign's lint + a handout.md
    20% case studies (no mobile-like or ID-like numbers)
     2 pages (pages/help.md, pages/about.md), which the other pages link to
    the rest (about 70%) numbered parent letters, one issue a day up to 2026-11-20
Grades and themes are spread over kits and cases so that grade/theme listings have real work,
and pages link to each other with relative source paths (handout.md, ../../cases/x.md, ...).

The same --pages and --seed always give byte-identical files. Python 3 standard library only.
"""
import argparse
import datetime
import os
import random
import shutil
import sys

GRADES = ["primary-lower", "primary-middle", "primary-upper", "junior", "senior"]
THEMES = ["what-is-bullying", "bystanders", "cyberbullying", "law", "empathy", "friendship", "self-protection"]
SECTIONS = ["活动目标", "课前准备", "活动流程", "情景剧本", "讨论问题", "总结与班级公约", "家校联系"]
NEWEST = datetime.date(2026, 11, 20)  # every page is published at --as-of 2026-11-24
MIN_BYTES, MAX_BYTES = 3000, 5000

# ---------------------------------------------------------------------------------------------
# Phrase pools. Sentences are assembled from parts so that pages differ from one another.

SUBJECTS = ["班主任", "心理老师", "法治副校长", "值周老师", "家长", "同学们", "小A", "小B", "同学甲", "年级组长",
            "德育处老师", "护校民警", "学生干部", "任课老师", "学校欺凌治理委员会"]
ACTIONS = ["及时制止", "耐心倾听", "认真记录", "单独谈话", "通知家长", "调整座位", "安排学习伙伴", "保存聊天记录",
           "向学校报告", "组织班会讨论", "关注情绪变化", "核实事实经过", "跟踪回访", "开展法治教育", "做好心理疏导"]
OBJECTS = ["课间走廊里的推搡", "班级群里的嘲笑", "体育课上的排挤", "宿舍里的恶作剧", "放学路上的拦截",
           "起侮辱性的外号", "抢夺零花钱", "散布谣言", "孤立某位同学", "在游戏里围攻", "修改照片取笑",
           "逼迫同学跑腿", "故意损坏文具", "在食堂插队威胁", "拍摄视频传播"]
PLACES = ["教室后排", "楼梯拐角", "操场边", "食堂门口", "校门外", "宿舍楼", "图书馆", "班级微信群", "短视频评论区",
          "体育馆", "科学实验室", "公交车站"]
FEELINGS = ["害怕", "委屈", "难过", "紧张", "孤单", "生气", "不安", "羞愧", "无助", "失落"]
REASONS = ["担心被报复", "觉得说了也没用", "怕被说成告状", "以为只是开玩笑", "不知道该找谁", "怕家长担心",
           "觉得是自己不好", "不想把事情闹大"]
ENGLISH = [
    "Bullying is repeated, intentional harm where there is an imbalance of power.",
    "A bystander who speaks up can change what happens next.",
    "Listen first, then act: thank the child for telling you.",
    "Keep screenshots, dates and usernames before anything is deleted.",
    "Conflict is between equals; bullying is not.",
    "Every child deserves to feel safe at school.",
    "Respect is something we practise every day, not only in class meetings.",
    "Words online can hurt as much as words in the classroom.",
    "Ask an adult you trust, and if they do not help, ask another one.",
    "Schools must stop bullying at once and inform both families.",
    "Small acts of kindness make a class a safer place.",
    "Teachers should watch for changes in mood, sleep and homework.",
]
ENGLISH_WORDS = ["bystander", "upstander", "cyberbullying", "WeChat group", "PE class", "screenshot", "class rules",
                 "role play", "peer support", "safe adult", "check-in", "exit ticket", "group chat", "empathy"]
LAWS = ["《中华人民共和国未成年人保护法》第三十九条", "《未成年人学校保护规定》第二十一条",
        "《中小学教育惩戒规则（试行）》", "《中华人民共和国预防未成年人犯罪法》", "《中华人民共和国治安管理处罚法》第六十条"]
EXTERNAL = [("Ministry of Education", "https://www.moe.gov.cn/"), ("12355 青少年服务台", "https://www.12355.org.cn/"),
            ("UNESCO: school violence and bullying", "https://www.unesco.org/en/health-education/safe-learning-environments"),
            ("StopBullying.gov", "https://www.stopbullying.gov/")]
TOPICS = ["认识欺凌", "勇敢说出来", "做积极的旁观者", "网络文明", "尊重差异", "友好相处", "学会拒绝", "化解冲突",
          "法律常识", "换位思考", "团结互助", "安全上网", "守护彼此", "温暖的班集体"]
TOPIC_WORDS = ["阳光", "彩虹", "星光", "春风", "小船", "灯塔", "桥梁", "种子", "纸鹤", "拼图"]
STEP_NAMES = ["导入", "看图说话", "故事分享", "情景表演", "小组讨论", "角色互换", "案例分析", "制定公约", "总结",
              "我的承诺", "练一练", "辩一辩"]
LETTER_TOPICS = ["开学第一课", "期中考试前后", "寒假安全", "暑假安全", "网络安全", "识别欺凌信号", "如果孩子被欺负",
                 "如果孩子欺负别人", "学校如何处理欺凌", "新学年", "考试季的情绪", "节假日出行", "同伴关系", "宿舍生活"]


class Writer:
    """Random text in Markdown blocks; one per page, seeded from the corpus seed and page number."""

    def __init__(self, rng):
        self.r = rng

    def pick(self, seq):
        return self.r.choice(seq)

    def clause(self):
        r = self.r
        forms = [
            lambda: f"{self.pick(SUBJECTS)}发现{self.pick(PLACES)}出现了{self.pick(OBJECTS)}，应当{self.pick(ACTIONS)}",
            lambda: f"遇到{self.pick(OBJECTS)}时，很多孩子会感到{self.pick(FEELINGS)}，却因为{self.pick(REASONS)}而不说",
            lambda: f"{self.pick(SUBJECTS)}要{self.pick(ACTIONS)}，也要{self.pick(ACTIONS)}",
            lambda: f"在{self.pick(PLACES)}，{self.pick(SUBJECTS)}可以先{self.pick(ACTIONS)}，再和{self.pick(SUBJECTS)}一起想办法",
            lambda: f"{self.pick(OBJECTS)}不是小事，如果持续发生，孩子会越来越{self.pick(FEELINGS)}",
            lambda: f"依照{self.pick(LAWS)}，学校对欺凌行为应当立即制止并{self.pick(ACTIONS)}",
            lambda: f"课上可以用 {self.pick(ENGLISH_WORDS)} 这个词，帮助学生理解“{self.pick(TOPICS)}”",
            lambda: f"第{r.randint(2, 9)}周起，{self.pick(SUBJECTS)}注意到孩子常常{self.pick(FEELINGS)}，不愿意去{self.pick(PLACES)}",
        ]
        return self.pick(forms)()

    def sentence(self):
        s = self.clause()
        roll = self.r.random()
        if roll < 0.15:
            # Bold between CJK letters with no punctuation touching the markers, so CommonMark takes it.
            word = self.pick(ACTIONS)
            s += f"，关键是**{word}**和记录"
        elif roll < 0.22:
            s += f"（*{self.pick(ENGLISH_WORDS)}*）"
        return s + "。"

    def paragraph(self, n=None):
        n = n or self.r.randint(2, 4)
        text = "".join(self.sentence() for _ in range(n))
        if self.r.random() < 0.3:
            text += " " + self.pick(ENGLISH) + " "
        return text.strip()

    def bullets(self, n=None, ordered=False):
        n = n or self.r.randint(3, 5)
        lines = []
        for i in range(n):
            marker = f"{i + 1}." if ordered else "-"
            lines.append(f"{marker} {self.clause()}。")
        return "\n".join(lines)

    def quote(self):
        who = self.pick(SUBJECTS)
        return f"> {who}说：“{self.clause()}。”\n>\n> _{self.pick(ENGLISH)}_"

    def dialogue(self):
        a, b = self.r.sample(["教师", "小A", "小B", "同学甲", "同学乙", "家长"], 2)
        return "\n\n".join([f"**{a}**：{self.clause()}？", f"**{b}**：{self.clause()}。",
                            f"**{a}**：我们一起去找{self.pick(SUBJECTS)}，好吗？"])

    def filler(self, heading_level=3):
        """One block to grow a page towards its target size (never a list at the top level of a kit's steps)."""
        roll = self.r.random()
        if roll < 0.45:
            return self.paragraph()
        if roll < 0.65:
            return self.bullets()
        if roll < 0.78:
            return self.quote()
        if roll < 0.9:
            return f"{'#' * heading_level} {self.pick(TOPICS)}：{self.pick(TOPIC_WORDS)}\n\n{self.paragraph(2)}"
        name, url = self.pick(EXTERNAL)
        return f"延伸阅读：[{name}]({url})。{self.paragraph(1)}"


def size(text):
    return len(text.encode("utf-8"))


def grow(w, sections, growable, target, base=""):
    """Adds filler blocks to the growable sections until the page (with `base`, its front matter)
    reaches `target` bytes, staying under 5 KB."""
    def total():
        return size(base) + size(render_sections(sections))
    guard = 0
    while total() < target and guard < 200:
        guard += 1
        block = w.filler()
        if total() + size(block) + 2 > MAX_BYTES - 250:
            block = w.paragraph(1)
            if total() + size(block) + 2 > MAX_BYTES - 250:
                break
        name = w.pick(growable)
        sections[name].append(block)


def render_sections(sections):
    out = []
    for name, blocks in sections.items():
        if name:
            out.append(f"## {name}")
        out.extend(blocks)
    return "\n\n".join(out) + "\n"


def yaml_list(values):
    return "[" + ", ".join(values) + "]"


def front_matter(fields):
    lines = ["---"]
    for key, value in fields:
        if isinstance(value, list) and key == "objectives":
            lines.append(f"{key}:")
            lines.extend(f"  - {v}" for v in value)
        elif isinstance(value, list):
            lines.append(f"{key}: {yaml_list(value)}")
        else:
            lines.append(f"{key}: {value}")
    lines.append("---")
    return "\n".join(lines) + "\n\n"


def plan(pages):
    kits = max(1, round(pages * 0.05))
    cases = max(1, round(pages * 0.20))
    letters = pages - 2 * kits - cases - 2
    if letters < 1:
        sys.exit("corpus.py: --pages must be at least 6")
    return kits, cases, letters


def split_minutes(rng, duration, steps):
    """`steps` lengths of at least 3 minutes adding up to `duration`."""
    parts = [3] * steps
    for _ in range(duration - 3 * steps):
        parts[rng.randrange(steps)] += 1
    return parts


def kit_files(seed, i, slug, kit, cases):
    w = Writer(random.Random(f"{seed}-kit-{i}"))
    r = w.r
    grade = kit["grades"]
    duration = 40 if grade[0].startswith("primary") else 45
    topic = w.pick(TOPICS)
    steps = r.randint(4, 6)
    minutes = split_minutes(r, duration, steps)
    names = r.sample(STEP_NAMES, steps)
    related = [c for c in r.sample(cases, min(2, len(cases)))]
    fm = front_matter([
        ("title", kit["title"]),
        ("summary", f"围绕“{topic}”的主题班会：{w.clause()}。适合 {', '.join(grade)} 使用。"),
        ("grades", grade),
        ("themes", kit["themes"]),
        ("duration", duration),
        ("objectives", [f"{w.clause()}" for _ in range(3)]),
        ("date", kit["date"]),
    ])
    step_lines = []
    for n, (name, m) in enumerate(zip(names, minutes), 1):
        step_lines.append(f"{n}. {name}：{w.pick(TOPICS)}（{m}分钟）\n   - {w.clause()}。\n   - {w.clause()}。")
    sections = {
        "活动目标": [w.paragraph(2), w.bullets(3)],
        "课前准备": [f"- 教师：{w.clause()}。\n- 学生：{w.clause()}。\n- 打印[学习单](handout.md)，每人一份。"],
        "活动流程": ["\n".join(step_lines)],
        "情景剧本": [f"### 情景一：{w.pick(OBJECTS)}", w.dialogue()],
        "讨论问题": [w.bullets(3, ordered=True)],
        "总结与班级公约": [w.paragraph(2), w.bullets(4, ordered=True)],
        "家校联系": ["各位家长：", w.paragraph(2),
                  "相关案例：" + "、".join(f"[{c['title']}](../../cases/{c['slug']}.md)" for c in related)
                  + "。求助方式见[求助渠道](../../pages/help.md)。"],
    }
    grow(w, sections, ["活动目标", "情景剧本", "讨论问题", "总结与班级公约", "家校联系"], r.randint(MIN_BYTES + 200, MAX_BYTES - 300), fm)
    index = fm + render_sections(sections)

    hw = Writer(random.Random(f"{seed}-handout-{i}"))
    hfm = front_matter([("title", f"学习单：{kit['title']}")])
    hsections = {
        "": ["班级：＿＿＿＿＿＿　　姓名：＿＿＿＿＿＿", f"小提示：{hw.clause()}。回到[教案](index.md)查看课堂安排。"],
        "一、想一想": [hw.bullets(4, ordered=True)],
        "二、写一写": [hw.paragraph(2), "＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"],
        "三、我的承诺": [hw.bullets(3)],
        "给家长的话": [hw.paragraph(2), "家长签名：＿＿＿＿＿＿"],
    }
    grow(hw, hsections, ["二、写一写", "三、我的承诺", "给家长的话"], hw.r.randint(MIN_BYTES + 200, MAX_BYTES - 300), hfm)
    handout = hfm + render_sections(hsections)
    return index, handout


def case_file(seed, i, case, kits, letters):
    w = Writer(random.Random(f"{seed}-case-{i}"))
    r = w.r
    fm = front_matter([
        ("title", case["title"]),
        ("summary", f"{w.clause()}。学校依程序调查并分级处理。"),
        ("date", case["date"]),
        ("grades", case["grades"]),
        ("themes", case["themes"]),
    ])
    kit = w.pick(kits)
    letter = w.pick(letters)
    sections = {
        "事件经过": [w.paragraph(3), w.paragraph(2)],
        "发现过程": [w.paragraph(2), w.quote()],
        "学校处置": [w.bullets(5, ordered=True)],
        "法律要点": [f"- {w.pick(LAWS)}：{w.clause()}。\n- {w.pick(LAWS)}：{w.clause()}。"],
        "培训讨论题": [w.bullets(3, ordered=True),
                   f"可配合班会材料包[{kit['title']}](../kits/{kit['slug']}/index.md)和"
                   f"[第{letter['issue']}期家长信](../letters/{letter['file']})使用。"],
    }
    grow(w, sections, ["事件经过", "发现过程", "学校处置", "培训讨论题"], r.randint(MIN_BYTES + 200, MAX_BYTES - 300), fm)
    return fm + render_sections(sections) + "\n*本案例为根据常见情形编写的综合案例，人物均为化名。*\n"


def letter_file(seed, i, letter, previous, kits, cases):
    w = Writer(random.Random(f"{seed}-letter-{i}"))
    r = w.r
    fm = front_matter([
        ("title", letter["title"]),
        ("issue", letter["issue"]),
        ("date", letter["date"]),
        ("summary", f"{w.clause()}。"),
    ])
    kit = w.pick(kits)
    case = w.pick(cases)
    links = [f"本期推荐的班会材料包：[{kit['title']}](../kits/{kit['slug']}/index.md)。",
             f"相关案例：[{case['title']}](../cases/{case['slug']}.md)。"]
    if previous:
        links.append(f"上一期：[{previous['title']}]({previous['file']})。")
    sections = {
        "": ["尊敬的家长：", w.paragraph(3)],
        f"{w.pick(LETTER_TOPICS)}，和孩子聊一聊": [w.bullets(3, ordered=True)],
        "学校本学期的安排": [w.paragraph(2)],
        "请家长配合": [w.bullets(4), w.quote()],
        "求助渠道": ["- 班主任，或学校电话：【请填写本校电话】；\n- 12355青少年服务台；\n- 紧急情况请拨打110。",
                 "更多求助方式见[求助渠道](../pages/help.md)。" + " ".join(links)],
    }
    grow(w, sections, ["", "学校本学期的安排", "请家长配合"], r.randint(MIN_BYTES + 200, MAX_BYTES - 300), fm)
    return fm + render_sections(sections) + "\n学校防欺凌工作领导小组\n"


def page_file(seed, slug, title):
    w = Writer(random.Random(f"{seed}-page-{slug}"))
    fm = front_matter([("title", title), ("summary", f"{w.clause()}。")])
    sections = {"写给同学们": [w.paragraph(3), w.bullets(5)], "写给家长": [w.paragraph(3)],
                "写给老师": [w.paragraph(2), w.bullets(4, ordered=True)]}
    grow(w, sections, ["写给同学们", "写给家长", "写给老师"], w.r.randint(MIN_BYTES + 200, MAX_BYTES - 300), fm)
    return fm + render_sections(sections)


def body_of(text):
    """The Markdown after the front matter."""
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4)
        return text[end + 5:]
    return text


def hugo_front(text, extra):
    """The same front matter with Hugo-only keys added before the closing ---."""
    end = text.index("\n---\n", 4)
    return text[:end] + "".join(f"\n{k}: {v}" for k, v in extra) + text[end:]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def generate(pages, out, seed):
    rng = random.Random(f"{seed}-plan")
    n_kits, n_cases, n_letters = plan(pages)

    def tags(r, i):
        g = GRADES[i % len(GRADES)]
        grades = [g]
        if r.random() < 0.35 and GRADES.index(g) + 1 < len(GRADES):
            grades.append(GRADES[GRADES.index(g) + 1])
        themes = sorted(r.sample(THEMES, r.randint(1, 3)), key=THEMES.index)
        return grades, themes

    kits = []
    for i in range(n_kits):
        grades, themes = tags(rng, i)
        kits.append({"slug": f"kit-{i + 1:05d}", "title": f"{rng.choice(TOPICS)}：{rng.choice(TOPIC_WORDS)}班会（{i + 1}）",
                     "grades": grades, "themes": themes,
                     "date": (NEWEST - datetime.timedelta(days=rng.randint(0, 3000))).isoformat()})
    cases = []
    for i in range(n_cases):
        grades, themes = tags(rng, i + 2)
        cases.append({"slug": f"case-{i + 1:05d}", "title": f"{rng.choice(PLACES)}的{rng.choice(OBJECTS)}（案例{i + 1}）",
                      "grades": grades, "themes": themes,
                      "date": (NEWEST - datetime.timedelta(days=rng.randint(0, 3000))).isoformat()})
    letters = []
    for i in range(n_letters):
        issue = i + 1
        day = NEWEST - datetime.timedelta(days=n_letters - issue)
        letters.append({"issue": issue, "date": day.isoformat(), "file": f"{day.isoformat()}-{issue:05d}.md",
                        "title": f"{rng.choice(LETTER_TOPICS)}：{rng.choice(TOPICS)}"})
    help_page = ("help", "求助渠道")
    about_page = ("about", "关于本站")

    content = os.path.join(out, "content")
    hugo = os.path.join(out, "hugo", "content")
    for d in (content, os.path.join(out, "hugo")):
        if os.path.exists(d):
            shutil.rmtree(d)
    bodies = []

    def emit(rel, text, hugo_rel, hugo_extra):
        write(os.path.join(content, rel), text)
        write(os.path.join(hugo, hugo_rel), hugo_front(text, hugo_extra) if hugo_extra else text)
        bodies.append(body_of(text))

    for i, kit in enumerate(kits):
        index, handout = kit_files(seed, i, kit["slug"], kit, cases)
        emit(f"kits/{kit['slug']}/index.md", index, f"kits/{kit['slug']}/index.md", [])
        emit(f"kits/{kit['slug']}/handout.md", handout, f"kits/{kit['slug']}/handout.md", [])
    for i, case in enumerate(cases):
        emit(f"cases/{case['slug']}.md", case_file(seed, i, case, kits, letters), f"cases/{case['slug']}.md", [])
    for i, letter in enumerate(letters):
        text = letter_file(seed, i, letter, letters[i - 1] if i else None, kits, cases)
        emit(f"letters/{letter['file']}", text, f"letters/{letter['file']}", [("slug", str(letter["issue"]))])
    for slug, title in (help_page, about_page):
        emit(f"pages/{slug}.md", page_file(seed, slug, title), f"pages/{slug}.md", [("url", f"/{slug}/")])

    # Hugo section pages: only the letters section has a feed (like campaign's letters/feed.xml).
    write(os.path.join(hugo, "letters", "_index.md"), "---\ntitle: 致家长的一封信\noutputs: [HTML, RSS]\n---\n")
    write(os.path.join(hugo, "kits", "_index.md"), "---\ntitle: 班会材料包\n---\n")
    write(os.path.join(hugo, "cases", "_index.md"), "---\ntitle: 典型案例\n---\n")
    write(os.path.join(hugo, "pages", "_index.md"), "---\ntitle: 页面\n_build: {render: never, list: never}\n---\n")
    with open(os.path.join(out, "all.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(bodies))
    total = sum(size(b) for b in bodies)
    return {"kits": n_kits, "kit_files": 2 * n_kits, "cases": n_cases, "letters": n_letters, "pages": 2,
            "markdown_files": 2 * n_kits + n_cases + n_letters + 2, "body_bytes": total}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, required=True, help="Markdown pages to write (at least 6)")
    ap.add_argument("--out", required=True, help="folder to write content/, hugo/content/ and all.md into")
    ap.add_argument("--seed", default="1", help="seed (any string); same seed, same bytes")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    stats = generate(args.pages, args.out, args.seed)
    print(f"corpus {args.out}: {stats['markdown_files']} pages = {stats['kits']} kits ({stats['kit_files']} files), "
          f"{stats['cases']} cases, {stats['letters']} letters, {stats['pages']} pages; "
          f"{stats['body_bytes'] / 1e6:.1f} MB of Markdown")


if __name__ == "__main__":
    main()
