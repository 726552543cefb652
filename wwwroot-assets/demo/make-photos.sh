#!/usr/bin/env bash
# Regenerates the demo "packaging shot" photos in this folder from the seed data
# (src/UppkaCatalog.Core/Seeding/demo-data.json). Every photo named in a product's
# "photos" list is drawn with ImageMagick 6 from simple shapes: first photo = the
# package with a label (product name, group, net content), second photo = a
# text-free "serving / detail" shot. Output is deterministic for a given JSON.
#
# Usage:  wwwroot-assets/demo/make-photos.sh [path/to/demo-data.json]
# Env:    SIZE (px, square side, default 720; portrait shots are SIZE x 1.25*SIZE)
#         QUALITY (WebP quality, default 45), CONVERT (default /usr/bin/convert),
#         JOBS (parallel convert processes, default: number of CPUs)
# Needs:  python3, ImageMagick 6 (Debian package "imagemagick"), fonts-dejavu-core.
# 720 px: a phone (412 CSS px at 1.75x) shows the product photo about 665 px wide, and a smaller photo is upscaled
# and blurry (Lighthouse "image-size-responsive"). WebP (lossy, as the file name says) keeps 82 photos near
# 500 KB, half the same photos as JPEG. The script prints the total at the end.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
JSON="${1:-$ROOT/src/UppkaCatalog.Core/Seeding/demo-data.json}"
export CONVERT="${CONVERT:-/usr/bin/convert}"
export SIZE="${SIZE:-720}" QUALITY="${QUALITY:-45}" JOBS="${JOBS:-$(nproc 2>/dev/null || echo 2)}"

[ -x "$CONVERT" ] || { echo "ImageMagick convert not found at $CONVERT" >&2; exit 1; }
font() { fc-match -f '%{file}' "$1" 2>/dev/null || true; }
export FONT_BOLD="${FONT_BOLD:-$(font 'DejaVu Sans:bold')}"
export FONT_REG="${FONT_REG:-$(font 'DejaVu Sans')}"
export FONT_COND="${FONT_COND:-$(font 'DejaVu Sans Condensed:bold')}"
for f in "$FONT_BOLD" "$FONT_REG" "$FONT_COND"; do
  [ -f "$f" ] || { echo "DejaVu fonts missing (apt-get install fonts-dejavu-core)" >&2; exit 1; }
done

python3 - "$JSON" "$HERE" <<'PY'
import hashlib, json, math, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

json_path, out_dir = sys.argv[1], sys.argv[2]
CONVERT = os.environ["CONVERT"]
SIZE, QUALITY, JOBS = int(os.environ["SIZE"]), int(os.environ["QUALITY"]), int(os.environ["JOBS"])
FB, FR, FC = os.environ["FONT_BOLD"], os.environ["FONT_REG"], os.environ["FONT_COND"]
data = json.load(open(json_path, encoding="utf-8"))
groups = {g["slug"]: g for g in data["groups"]}

def hsh(s, n):
    return int(hashlib.sha1(s.encode("utf-8")).hexdigest(), 16) % n

# ---------- colours ----------
def rgb(c): c = c.lstrip("#"); return tuple(int(c[i:i + 2], 16) for i in (0, 2, 4))
def hexc(t): return "#%02x%02x%02x" % tuple(max(0, min(255, int(round(v)))) for v in t)
def mix(a, b, t): a, b = rgb(a), rgb(b); return hexc([a[i] + (b[i] - a[i]) * t for i in range(3)])
def dark(c, t=0.25): return mix(c, "#000000", t)
def light(c, t=0.5): return mix(c, "#ffffff", t)

# backdrop (wall top, wall bottom, table) per category
BACK = {
    "makanan-olahan":   ("#fdf1dc", "#f6dfba", "#e9c99a"),
    "kue-camilan":      ("#fde8e4", "#f7d3cc", "#e8b9ae"),
    "minuman":          ("#eef3e6", "#dbe6cc", "#b9a184"),
    "bumbu-rempah":     ("#fbeee0", "#f0d6b8", "#caa57c"),
    "madu-hasil-hutan": ("#fff6dc", "#f8e4a8", "#d9b46a"),
    "batik-tenun":      ("#f1ece4", "#e2d8c9", "#c9b79e"),
    "busana-jahitan":   ("#eef0f6", "#dadfec", "#c3c9da"),
    "kerajinan":        ("#e9f4f2", "#d3e8e4", "#b5d2cc"),
    "anyaman":          ("#f3f1e6", "#e5e0c8", "#bfb58e"),
}
PACK_COLOURS = {
    "makanan-olahan": ["#c0392b", "#d35400", "#b7472a", "#2e7d32", "#a0522d", "#1f6f8b"],
    "kue-camilan":    ["#e84a5f", "#f39c12", "#8e44ad", "#d35400", "#16a085", "#c2185b"],
    "minuman":        ["#5d4037", "#2e4d3a", "#7b3f00", "#1b5e20", "#4e342e", "#8d2b0b"],
    "bumbu-rempah":   ["#8d3b12", "#6d4c1d", "#a0522d", "#7a5230", "#b5651d"],
    "madu-hasil-hutan": ["#b8860b", "#a0641c"],
    "batik-tenun":    ["#7b1e1e", "#1f3a5f", "#5b2a86", "#8b4513", "#0f5b4a", "#9a1b4b"],
    "busana-jahitan": ["#f5f0e6", "#d8a7b1", "#2f4b7c", "#6a8d73", "#c9a227", "#8c1c3c"],
    "kerajinan":      ["#2a9d8f", "#e76f51", "#264653", "#f4a261", "#9b2226", "#457b9d"],
    "anyaman":        ["#a67c52", "#8a6a3b", "#b08d57", "#9c7a4d"],
}
CONTENT = [("cokelat", "#5a3220"), ("balado", "#c8412c"), ("cabai", "#c8412c"), ("pisang", "#e2ab4c"),
           ("nanas", "#f2c230"), ("nastar", "#e8b04a"), ("kopi", "#3e2417"), ("teh", "#7a3b1e"),
           ("kayu manis", "#9c5a2e"), ("jahe", "#c98b3a"), ("madu", "#c98a1a"), ("kentang", "#e8c46a"),
           ("udang", "#f0a488"), ("terasi", "#6e4a3a"), ("tenggiri", "#eadcc0"), ("patin", "#efe2c6"),
           ("lempok", "#a8741f"), ("tempoyak", "#e6cf8a"), ("dendeng", "#6b2a1a"), ("gula", "#7b4a22"),
           ("singkong", "#f0d890"), ("ubi", "#d9a23f"), ("rengginang", "#efe6d2"), ("rempeyek", "#e9c46a"),
           ("pandan", "#7fb850"), ("srikayo", "#6fa84a"), ("padamaran", "#f3ead8"), ("bangkit", "#f6eedf"),
           ("lidah kucing", "#eec67a"), ("sambal", "#b5562b"), ("ikan", "#d8c8a8"), ("sirup", "#b7410e"),
           ("pempek", "#e8dcc4"), ("amplang", "#f1dfb8"), ("dodol", "#8a5a2b")]
def content_colour(p):
    n = p["name"].lower()
    for k, c in CONTENT:
        if k in n:
            return c
    return "#d9b36c"

# ---------- text measuring (ImageMagick renders the real glyph widths) ----------
_wcache = {}
def text_w(s, font):
    """width in px of s at pointsize 100"""
    key = (s, font)
    if key not in _wcache:
        out = subprocess.run([CONVERT, "-font", font, "-pointsize", "100", "label:" + s, "-format", "%w", "info:"],
                             capture_output=True, text=True, check=True).stdout
        _wcache[key] = int(out.strip() or 0)
    return _wcache[key]

def layout(words, font, box_w, box_h, max_pt, lh=1.12):
    """choose 1-3 balanced lines and the largest point size that fits box_w x box_h"""
    best = None
    n = len(words)
    for nl in range(1, min(3, n) + 1):
        # all ways to split words into nl consecutive lines
        def splits(i, k):
            if k == 1:
                yield [words[i:]]
                return
            for j in range(i + 1, n - k + 2):
                for rest in splits(j, k - 1):
                    yield [words[i:j]] + rest
        for sp in splits(0, nl):
            lines = [" ".join(x) for x in sp]
            w = max(text_w(l, font) for l in lines) / 100.0
            pt = min(max_pt, box_w / w, box_h / (nl * lh))
            if best is None or pt > best[0] + 0.5:
                best = (pt, lines)
    return best

def q(s):  # quote for MVG text
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"

# ---------- drawing helpers (virtual canvas 800 wide) ----------
class Pic:
    def __init__(self): self.ops = []; self.shadows = []
    def add(self, *ops): self.ops.extend(ops)
    def fill(self, c, stroke=None, sw=0):
        self.ops.append("fill %s" % q(c))
        if stroke: self.ops.append("stroke %s stroke-width %g" % (q(stroke), sw))
        else: self.ops.append("stroke none")
    def rect(self, x0, y0, x1, y1, c, r=0, stroke=None, sw=0):
        self.fill(c, stroke, sw)
        self.ops.append(("roundrectangle %g,%g %g,%g %g,%g" % (x0, y0, x1, y1, r, r)) if r else ("rectangle %g,%g %g,%g" % (x0, y0, x1, y1)))
    def ell(self, cx, cy, rx, ry, c, a0=0, a1=360, stroke=None, sw=0):
        self.fill(c, stroke, sw); self.ops.append("ellipse %g,%g %g,%g %g,%g" % (cx, cy, rx, ry, a0, a1))
    def poly(self, pts, c, stroke=None, sw=0):
        self.fill(c, stroke, sw); self.ops.append("polygon " + " ".join("%g,%g" % p for p in pts))
    def path(self, d, c, stroke=None, sw=0):
        self.fill(c, stroke, sw); self.ops.append("path %s" % q(d))
    def line(self, x0, y0, x1, y1, c, sw=3):
        self.ops.append("fill none stroke %s stroke-width %g line %g,%g %g,%g" % (q(c), sw, x0, y0, x1, y1))
    def stroke_path(self, d, c, sw):
        self.ops.append("fill none stroke %s stroke-width %g stroke-linecap round path %s" % (q(c), sw, q(d)))
    def text(self, x, y, s, font, pt, c, anchor="middle"):
        self.ops.append("stroke none fill %s font %s font-size %g text-anchor %s text %g,%g %s" % (q(c), q(font), pt, anchor, x, y, q(s)))
    def shadow(self, cx, cy, rx, ry, alpha=0.30):
        self.shadows.append((cx, cy, rx, ry, alpha))

def label(pic, p, box, ink="#2b1d16", paper="#fffaf0", r=14, show_group=True, border=None):
    """paper label with product name (bold, wrapped), group name and net content"""
    x0, y0, x1, y1 = box
    pic.rect(x0, y0, x1, y1, paper, r, border, 3 if border else 0)
    w, h = x1 - x0, y1 - y0
    pad = max(12, min(w, h) * 0.08)
    sub = [groups[p["groupSlug"]]["name"]] if show_group else []
    if p.get("netContent") and len(p["netContent"]) <= 18 and h >= 170:
        sub.append(p["netContent"])
    sub_pt = min(22, h * 0.10)
    gap = 0.7 * sub_pt if sub else 0
    sub_h = gap + len(sub) * 1.3 * sub_pt
    pt, lines = layout(p["name"].split(), FB, w - 2 * pad, h - 2 * pad - sub_h, min(44, h * 0.22))
    name_h = len(lines) * 1.12 * pt
    top = y0 + (h - name_h - sub_h) / 2
    cx = (x0 + x1) / 2
    for i, l in enumerate(lines):
        pic.text(cx, top + 0.86 * pt + i * 1.12 * pt, l, FB, pt, ink)
    if sub:
        sep = top + name_h + gap * 0.35
        pic.line(cx - w * 0.18, sep, cx + w * 0.18, sep, mix(ink, paper, 0.6), 2)
        for j, t in enumerate(sub):
            pic.text(cx, top + name_h + gap + 0.9 * sub_pt + j * 1.3 * sub_pt, t, FR, sub_pt, mix(ink, paper, 0.25))

# ---------- package shapes; each returns nothing, draws around (cx, base) ----------
def pouch(pic, p, c, acc, base, kraft=False, window=False):
    cx, top, w = 400, base - 470, 330
    body = kraft and "#b99262" or c
    pic.shadow(cx, base, 200, 26)
    pic.path("M %g,%g L %g,%g L %g,%g Q %g,%g %g,%g Z" % (cx - w / 2, top, cx + w / 2, top, cx + w / 2 + 14, base,
             cx, base + 18, cx - w / 2 - 14, base), body)
    pic.rect(cx - w / 2, top, cx + w / 2, top + 34, dark(body, 0.18))
    pic.line(cx - w / 2 + 6, top + 50, cx + w / 2 - 6, top + 50, dark(body, 0.12), 3)
    pic.poly([(cx + w / 2 - 2, top + 64), (cx + w / 2 - 14, top + 70), (cx + w / 2 - 2, top + 76)], BACK_NOW[0])
    pic.path("M %g,%g L %g,%g L %g,%g Z" % (cx - w / 2 + 10, top + 40, cx - w / 2 + 40, top + 40, cx - w / 2 + 24, base - 10), light(body, 0.16))
    if window:
        pic.rect(cx - 80, base - 150, cx + 80, base - 40, light(content_colour(p), 0.15), 40)
        for i in range(5):
            pic.ell(cx - 55 + i * 27, base - 95 + (i % 2) * 14, 16, 11, dark(content_colour(p), 0.1))
        label(pic, p, (cx - w / 2 + 28, top + 80, cx + w / 2 - 28, base - 170), paper=kraft and "#fbf5e8" or "#fffaf0")
    else:
        label(pic, p, (cx - w / 2 + 28, top + 100, cx + w / 2 - 28, base - 95), paper=kraft and "#fbf5e8" or "#fffaf0")
        pic.rect(cx - w / 2 + 28, base - 70, cx + w / 2 - 28, base - 52, acc, 9)

def clearbag(pic, p, c, acc, base):
    cx, top, w = 400, base - 480, 360
    cc = content_colour(p)
    pic.shadow(cx, base, 215, 24)
    pic.rect(cx - w / 2, top, cx + w / 2, base, light(cc, 0.35), 22)
    for i in range(9):  # contents seen through the plastic
        x = cx - w / 2 + 40 + (i * 47) % (w - 70); y = top + 150 + (i * 83) % (base - top - 190)
        pic.ell(x, y, 34, 22, mix(cc, "#ffffff", 0.1 + 0.1 * (i % 3)))
    pic.rect(cx - w / 2 + 12, top + 90, cx - w / 2 + 30, base - 20, "#ffffff66", 9)
    pic.rect(cx - w / 2, top, cx + w / 2, top + 80, c, 22)
    pic.rect(cx - w / 2, top + 50, cx + w / 2, top + 80, c)
    pic.ell(cx, top + 28, 16, 9, BACK_NOW[0])
    label(pic, p, (cx - w / 2 + 40, top + 120, cx + w / 2 - 40, base - 110))

def vacuum(pic, p, c, acc, base):
    cx, w, h = 400, 420, 330
    top = base - h
    cc = content_colour(p)
    pic.shadow(cx, base, 235, 22)
    pic.rect(cx - w / 2, top, cx + w / 2, base, light(cc, 0.45), 30)
    for i in range(7):
        x = cx - w / 2 + 45 + i * 55; pic.rect(x - 20, top + 30 + (i % 2) * 16, x + 20, base - 30 - ((i + 1) % 2) * 16, dark(cc, 0.05 * (i % 3)), 14)
    pic.rect(cx - w / 2, top, cx + w / 2, base, "#ffffff22", 30, "#ffffffaa", 4)
    label(pic, p, (cx - 150, top + 50, cx + 150, base - 50))

def bottle(pic, p, c, acc, base, honey=False):
    cx = 400
    liquid = content_colour(p)
    bw, bh = (250, 330) if honey else (220, 420)
    top = base - bh
    pic.shadow(cx, base, bw / 2 + 50, 20)
    neck_w = 70 if honey else 56
    pic.rect(cx - neck_w / 2, top - 90, cx + neck_w / 2, top + 10, light(liquid, 0.55))
    pic.rect(cx - neck_w / 2 - 8, top - 140, cx + neck_w / 2 + 8, top - 80, acc, 8)
    for i in range(1, 4):
        pic.line(cx - neck_w / 2 - 2 + i * (neck_w + 4) / 4, top - 132, cx - neck_w / 2 - 2 + i * (neck_w + 4) / 4, top - 88, dark(acc, 0.2), 3)
    pic.path("M %g,%g Q %g,%g %g,%g L %g,%g Q %g,%g %g,%g Z" % (
        cx - neck_w / 2, top + 5, cx - bw / 2, top + 10, cx - bw / 2, top + 70,
        cx + bw / 2, top + 70, cx + bw / 2, top + 10, cx + neck_w / 2, top + 5), liquid)
    pic.rect(cx - bw / 2, top + 60, cx + bw / 2, base, liquid, 26)
    pic.rect(cx - bw / 2 + 14, top + 70, cx - bw / 2 + 32, base - 20, "#ffffff55", 9)
    label(pic, p, (cx - bw / 2 - 4, top + 120, cx + bw / 2 + 4, base - 50), r=6)

def jar(pic, p, c, acc, base):
    cx, w, h = 400, 330, 330
    top = base - h
    cc = content_colour(p)
    pic.shadow(cx, base + 6, w / 2 + 45, 22)
    pic.rect(cx - w / 2, top, cx + w / 2, base, mix(cc, "#ffffff", 0.2), 30)
    for i in range(6):
        pic.ell(cx - w / 2 + 40 + i * 50, top + 40 + (i % 3) * 12, 26, 18, dark(cc, 0.08))
    pic.rect(cx - w / 2 + 14, top + 30, cx - w / 2 + 30, base - 30, "#ffffff77", 8)
    pic.rect(cx - w / 2 - 10, top - 70, cx + w / 2 + 10, top + 4, c, 14)
    pic.rect(cx - w / 2 - 10, top - 70, cx + w / 2 + 10, top - 50, light(c, 0.2), 10)
    label(pic, p, (cx - w / 2 + 20, top + 85, cx + w / 2 - 20, base - 40), border=c)

def box(pic, p, c, acc, base, clear=False):
    cx, w, h, d = 390, 380, 300, 70
    x0, x1, top = cx - w / 2, cx + w / 2, base - h
    pic.shadow(cx + 30, base, w / 2 + 60, 22)
    front = clear and light(content_colour(p), 0.3) or c
    pic.poly([(x0, top), (x0 + d, top - d * 0.7), (x1 + d, top - d * 0.7), (x1, top)], light(front, 0.25))
    pic.poly([(x1, top), (x1 + d, top - d * 0.7), (x1 + d, base - d * 0.7), (x1, base)], dark(front, 0.22))
    pic.rect(x0, top, x1, base, front)
    if clear:
        for i in range(4):
            pic.rect(x0 + 25 + i * 88, top + 195, x0 + 95 + i * 88, base - 20, content_colour(p), 16)
        label(pic, p, (x0 + 30, top + 20, x1 - 30, top + 178), r=10)
    else:
        pic.rect(x0, base - 46, x1, base - 30, acc)
        label(pic, p, (x0 + 40, top + 38, x1 - 40, base - 72))

def cloth(pic, p, c, acc, base, motif="batik"):
    """folded cloth seen from the front, with a hang tag above it"""
    cx, w = 400, 500
    x0, x1 = cx - w / 2, cx + w / 2
    pic.shadow(cx, base, w / 2 + 40, 22)
    for i in range(3):  # folds underneath
        pic.rect(x0 + 4 * i, base - 100 + 32 * i, x1 - 4 * i, base - 62 + 32 * i, dark(c, 0.08 * (i + 1)), 8)
    fy0, fy1 = base - 320, base - 92
    pic.rect(x0, fy0, x1, fy1, c, 10)
    mc = mix(c, light(acc, 0.3), 0.55)
    if motif == "songket":
        for k in range(2):
            y = fy0 + 30 + k * 95
            gold = mix(c, "#d4af37", 0.8)
            pic.line(x0 + 10, y, x1 - 10, y, gold, 8)
            for m in range(4):
                mx = x0 + 70 + m * 120
                pic.poly([(mx, y + 22), (mx + 22, y + 48), (mx, y + 74), (mx - 22, y + 48)], gold)
    elif motif == "check":
        for k in range(4):
            pic.rect(x0 + 50 + k * 120, fy0, x0 + 86 + k * 120, fy1, mix(c, mc, 0.55))
        for k in range(2):
            pic.rect(x0, fy0 + 55 + k * 100, x1, fy0 + 85 + k * 100, mix(c, mc, 0.45))
    else:
        for k in range(8):
            mx, my = x0 + 65 + (k % 4) * 123, fy0 + 60 + (k // 4) * 100
            pic.poly([(mx, my - 34), (mx + 34, my), (mx, my + 34), (mx - 34, my)], mc)
    pic.rect(x0, fy1 - 28, x1, fy1 - 14, mix(c, acc, 0.5))
    # hang tag with the text, tied to the cloth corner
    tx0, ty0, tx1, ty1 = cx - 200, base - 560, cx + 200, base - 350
    pic.stroke_path("M %g,%g Q %g,%g %g,%g" % (tx1 - 30, ty0 + 24, x1 + 20, fy0 - 90, x1 - 40, fy0 + 20), "#8b6b4a", 3)
    label(pic, p, (tx0, ty0, tx1, ty1), r=10, border=dark(c, 0.2))
    pic.ell(tx1 - 30, ty0 + 24, 9, 9, BACK_NOW[0], stroke="#8b6b4a", sw=2)

def garment(pic, p, c, acc, base):
    cx, w, h = 400, 420, 300
    x0, x1, top = cx - w / 2, cx + w / 2, base - h
    pic.shadow(cx, base, w / 2 + 40, 22)
    pic.rect(x0 - 10, top - 10, x1 + 10, base, "#e9e1d4", 10)  # box base
    pic.rect(x0, top, x1, base - 10, c, 8)
    pic.poly([(cx - 70, top), (cx, top + 70), (cx + 70, top)], dark(c, 0.15))  # collar
    pic.poly([(cx - 70, top), (cx - 20, top + 60), (cx - 90, top + 40)], light(c, 0.15))
    pic.poly([(cx + 70, top), (cx + 20, top + 60), (cx + 90, top + 40)], light(c, 0.15))
    pic.line(cx, top + 70, cx, base - 10, dark(c, 0.2), 3)
    for k in range(3):
        pic.ell(cx + 14, top + 110 + k * 60, 6, 6, acc)
    label(pic, p, (cx - 250, base - 540, cx + 130, base - 330), r=10, border=dark(c, 0.2))
    pic.stroke_path("M %g,%g Q %g,%g %g,%g" % (cx + 100, base - 515, cx + 190, base - 430, cx + 60, top + 20), "#8b6b4a", 3)

def tote(pic, p, c, acc, base, woven=False):
    cx, w, h = 400, 380, 300
    top = base - h
    pic.shadow(cx, base, w / 2 + 40, 22)
    pic.stroke_path("M %g,%g C %g,%g %g,%g %g,%g" % (cx - 100, top + 10, cx - 100, top - 170, cx + 100, top - 170, cx + 100, top + 10), dark(acc, 0.1), 20)
    pic.poly([(cx - w / 2 + 20, top), (cx + w / 2 - 20, top), (cx + w / 2, base), (cx - w / 2, base)], c)
    if woven:
        for k in range(1, 7):
            pic.line(cx - w / 2 + 3 * k, top + k * 43, cx + w / 2 - 3 * k, top + k * 43, dark(c, 0.18), 4)
        pic.rect(cx - w / 2 + 20, top, cx + w / 2 - 20, top + 30, acc)
    label(pic, p, (cx - 130, top + 55, cx + 130, base - 45), r=10)

def roundish(pic, p, c, acc, base, kind="basket"):
    cx = 400
    pic.shadow(cx, base, 250, 26)
    if kind == "dome":
        pic.ell(cx, base - 40, 260, 50, dark(c, 0.15))
        pic.path("M %g,%g Q %g,%g %g,%g Z" % (cx - 250, base - 45, cx, base - 660, cx + 250, base - 45), c)
        for k in range(1, 4):
            pic.stroke_path("M %g,%g Q %g,%g %g,%g" % (cx - 250 + k * 40, base - 45 - k * 60, cx, base - 660 + k * 60, cx + 250 - k * 40, base - 45 - k * 60), dark(c, 0.15), 4)
        pic.ell(cx, base - 352, 22, 16, dark(c, 0.3))
        label(pic, p, (cx - 165, base - 250, cx + 165, base - 62), r=10)
    else:
        pic.rect(cx - 230, base - 300, cx + 230, base - 20, c, 60)
        pic.ell(cx, base - 300, 230, 50, dark(c, 0.25))
        pic.ell(cx, base - 300, 205, 38, dark(c, 0.4))
        for k in range(1, 5):
            pic.line(cx - 228, base - 300 + k * 55, cx + 228, base - 300 + k * 55, dark(c, 0.15), 4)
        pic.stroke_path("M %g,%g C %g,%g %g,%g %g,%g" % (cx - 120, base - 310, cx - 120, base - 450, cx + 120, base - 450, cx + 120, base - 310), dark(c, 0.3), 16)
        label(pic, p, (cx - 160, base - 240, cx + 160, base - 60), r=10)

def roll(pic, p, c, acc, base):
    cx = 400
    pic.shadow(cx, base, 280, 24)
    x0, x1, r = cx - 260, cx + 230, 90
    pic.rect(x0, base - 2 * r, x1, base, c)
    for k, col in enumerate([acc, "#2a7f62", acc, "#b5342f"]):
        xx = x0 + 60 + k * 110
        pic.rect(xx, base - 2 * r, xx + 30, base, col)
    pic.ell(x1, base - r, 40, r, light(c, 0.15))
    for k in range(1, 4):
        pic.ell(x1, base - r, 40 - k * 9, r - k * 22, "none", stroke=dark(c, 0.25), sw=4)
    pic.stroke_path("M %g,%g Q %g,%g %g,%g" % (cx + 150, base - 262, cx + 230, base - 230, x1 - 30, base - 2 * r + 10), "#8b6b4a", 3)
    label(pic, p, (cx - 190, base - 470, cx + 190, base - 250), r=12, border=dark(c, 0.2))
    pic.ell(cx + 150, base - 275, 8, 8, BACK_NOW[0], stroke="#8b6b4a", sw=2)

def card(pic, p, c, acc, base, item="keychain"):
    cx = 400
    pic.shadow(cx, base, 200, 22)
    pic.rect(cx - 180, base - 520, cx + 180, base, "#fffaf0", 16)
    pic.ell(cx, base - 490, 14, 14, BACK_NOW[0])
    if item == "brooch":
        for k in range(6):
            a = k * math.pi / 3
            pic.ell(cx + 55 * math.cos(a), base - 360 + 55 * math.sin(a), 42, 42, c if k % 2 else acc)
        pic.ell(cx, base - 360, 36, 36, "#f4d35e")
    elif item == "mask":
        pic.path("M %g,%g Q %g,%g %g,%g L %g,%g Q %g,%g %g,%g Z" % (cx - 120, base - 430, cx, base - 470, cx + 120, base - 430,
                 cx + 110, base - 300, cx, base - 250, cx - 110, base - 300), c)
        pic.stroke_path("M %g,%g Q %g,%g %g,%g" % (cx - 120, base - 420, cx - 170, base - 370, cx - 112, base - 310), "#333333", 4)
        pic.stroke_path("M %g,%g Q %g,%g %g,%g" % (cx + 120, base - 420, cx + 170, base - 370, cx + 112, base - 310), "#333333", 4)
        for k in range(3):
            pic.line(cx - 100, base - 400 + k * 40, cx + 100, base - 400 + k * 40, dark(c, 0.2), 3)
    elif item == "purse":
        pic.rect(cx - 140, base - 450, cx + 140, base - 270, c, 30)
        pic.line(cx - 120, base - 430, cx + 120, base - 430, "#9a9a9a", 6)
        pic.rect(cx + 100, base - 440, cx + 115, base - 400, "#c0c0c0", 4)
        for k in range(4):
            pic.ell(cx - 90 + k * 60, base - 350, 20, 20, light(acc, 0.1))
    elif item == "fan":
        pic.rect(cx - 10, base - 300, cx + 10, base - 160, "#c8a165", 5)
        pic.ell(cx, base - 380, 130, 110, c)
        for k in range(1, 4):
            pic.ell(cx, base - 380, 130 - k * 30, 110 - k * 26, "none", stroke=dark(c, 0.2), sw=4)
    else:  # keychain: two swans
        pic.ell(cx, base - 455, 26, 26, "none", stroke="#b0b0b0", sw=6)
        for s in (-1, 1):
            pic.path("M %g,%g Q %g,%g %g,%g Q %g,%g %g,%g Z" % (cx + s * 10, base - 330, cx + s * 60, base - 370, cx + s * 125, base - 345,
                     cx + s * 95, base - 285, cx + s * 25, base - 295), c)
            pic.stroke_path("M %g,%g Q %g,%g %g,%g" % (cx + s * 30, base - 320, cx + s * 65, base - 400, cx + s * 28, base - 420), c, 14)
            pic.ell(cx + s * 26, base - 422, 13, 11, c)
            pic.poly([(cx + s * 16, base - 428), (cx + s * 2, base - 418), (cx + s * 16, base - 414)], "#f4a261")
        pic.line(cx, base - 430, cx, base - 440, "#b0b0b0", 4)
    label(pic, p, (cx - 160, base - 230, cx + 160, base - 30), r=10, border=c)

def bundle(pic, p, c, acc, base):
    cx = 400
    pic.shadow(cx, base, 250, 22)
    for k, (dx, dy) in enumerate([(-130, 0), (0, 0), (130, 0), (-65, -110), (65, -110)]):
        pic.ell(cx + dx, base - 80 + dy, 80, 70, mix("#8a7a4a", "#b09a5c", (k % 3) / 2))
        pic.line(cx + dx - 75, base - 80 + dy, cx + dx + 75, base - 80 + dy, "#6b5b33", 4)
    label(pic, p, (cx - 180, base - 470, cx + 180, base - 280), r=10, border=c)

BACK_NOW = ("#ffffff",)

def choose_shape(p):
    n, pk, cat, unit = p["name"].lower(), (p["packaging"] or "").lower(), p["categorySlug"], p["unit"]
    if cat in ("batik-tenun",) or "taplak" in n:
        if "lacak" in n: return "dome"
        return "songket" if "songket" in n else ("check" if ("sarung" in n or "tenun" in n) else "batik")
    if cat == "busana-jahitan":
        if "masker" in n: return "mask"
        if "lacak" in n: return "dome"
        return "garment"
    if cat in ("anyaman", "kerajinan"):
        if "tikar" in n: return "roll"
        if "tudung" in n or "topi" in n: return "dome"
        if "keranjang" in n or "wadah" in n or "bulat" in n: return "basket"
        if "tas" in n: return "tote-woven" if cat == "anyaman" else "tote"
        if "kipas" in n: return "fan"
        if "bros" in n: return "brooch"
        if "dompet" in n: return "purse"
        return "keychain"
    if "daun pisang" in pk: return "bundle"
    if "selai" in n: return "jar"
    if "botol" in pk or unit == "botol": return "honey" if "madu" in n else "bottle"
    if "toples" in pk or unit == "toples": return "jar"
    if "mika" in pk: return "clearbox"
    if "kotak" in pk or unit == "kotak": return "box"
    if "vakum" in pk or unit == "pak": return "vacuum"
    if "kraft" in pk: return "kraft-window" if "jendela" in pk else "kraft"
    if "pouch" in pk: return "pouch-window" if "jendela" in pk else "pouch"
    return "clearbag"

def draw_package(pic, p, shape, c, acc, base):
    if shape == "pouch": pouch(pic, p, c, acc, base)
    elif shape == "pouch-window": pouch(pic, p, c, acc, base, window=True)
    elif shape == "kraft": pouch(pic, p, c, acc, base, kraft=True)
    elif shape == "kraft-window": pouch(pic, p, c, acc, base, kraft=True, window=True)
    elif shape == "clearbag": clearbag(pic, p, c, acc, base)
    elif shape == "vacuum": vacuum(pic, p, c, acc, base)
    elif shape == "bottle": bottle(pic, p, c, acc, base)
    elif shape == "honey": bottle(pic, p, c, acc, base, honey=True)
    elif shape == "jar": jar(pic, p, c, acc, base)
    elif shape == "box": box(pic, p, c, acc, base)
    elif shape == "clearbox": box(pic, p, c, acc, base, clear=True)
    elif shape in ("batik", "songket", "check"): cloth(pic, p, c, acc, base, shape)
    elif shape == "garment": garment(pic, p, c, acc, base)
    elif shape == "tote": tote(pic, p, c, acc, base)
    elif shape == "tote-woven": tote(pic, p, c, acc, base, woven=True)
    elif shape in ("basket", "dome"): roundish(pic, p, c, acc, base, shape)
    elif shape == "roll": roll(pic, p, c, acc, base)
    elif shape == "bundle": bundle(pic, p, c, acc, base)
    else: card(pic, p, c, acc, base, shape)

def detail_scene(pic, p, shape, c, acc, base, H):
    """second photo: serving / close-up, no text"""
    cc = content_colour(p)
    cat = p["categorySlug"]
    cx = 400
    if cat in ("batik-tenun", "busana-jahitan") or shape in ("batik", "songket", "check", "garment"):
        pic.rect(0, 0, 800, H, c)
        mc = mix(c, light(acc, 0.3), 0.6)
        for r in range(3):
            for k in range(3):
                mx, my = 140 + k * 260 + (r % 2) * 130, 130 + r * (H / 3)
                if shape == "songket":
                    pic.poly([(mx, my - 80), (mx + 80, my), (mx, my + 80), (mx - 80, my)], mix(c, "#d4af37", 0.8))
                    pic.poly([(mx, my - 40), (mx + 40, my), (mx, my + 40), (mx - 40, my)], c)
                elif shape == "garment":
                    for a in range(5):
                        t = a * 2 * math.pi / 5
                        pic.ell(mx + 36 * math.cos(t), my + 36 * math.sin(t), 26, 26, "#ffffff")
                    pic.ell(mx, my, 20, 20, acc)
                else:
                    pic.ell(mx, my, 84, 54, mc)
                    pic.ell(mx - 24, my - 10, 20, 20, c)
        return
    if cat == "anyaman":
        pic.rect(0, 0, 800, H, dark(c, 0.25))
        for r in range(int(H / 160) + 1):
            for k in range(5):
                col = light(c, 0.1) if (r + k) % 2 else c
                if (r + k) % 2 == 0: pic.rect(k * 160 + 8, r * 160 + 45, k * 160 + 152, r * 160 + 115, col, 26)
                else: pic.rect(k * 160 + 45, r * 160 + 8, k * 160 + 115, r * 160 + 152, col, 26)
        return
    if shape == "bottle" or cat == "minuman":
        if "kopi" in p["name"].lower():
            pic.shadow(cx, base, 220, 26)
            pic.ell(cx, base - 30, 210, 55, "#f7f3ee")
            pic.ell(cx, base - 36, 150, 36, "#e4ddd3")
            pic.path("M %g,%g L %g,%g Q %g,%g %g,%g L %g,%g Z" % (cx - 120, base - 260, cx - 100, base - 70, cx, base - 40, cx + 100, base - 70, cx + 120, base - 260), "#ffffff")
            pic.ell(cx + 150, base - 170, 50, 60, "none", stroke="#ffffff", sw=22)
            pic.ell(cx, base - 260, 120, 26, "#f0ebe4")
            pic.ell(cx, base - 258, 106, 20, cc)
            for k in range(7):
                pic.ell(120 + k * 30 + (k % 2) * 340, base + 20 + (k % 3) * 16, 16, 11, "#4a2c1d")
        else:
            pic.shadow(cx, base, 150, 22)
            pic.path("M %g,%g L %g,%g L %g,%g L %g,%g Z" % (cx - 110, base - 430, cx + 110, base - 430, cx + 90, base, cx - 90, base), "#ffffff88")
            pic.path("M %g,%g L %g,%g L %g,%g L %g,%g Z" % (cx - 100, base - 330, cx + 100, base - 330, cx + 88, base - 12, cx - 88, base - 12), cc)
            for k in range(3):
                pic.rect(cx - 70 + k * 50, base - 320 + k * 30, cx - 20 + k * 50, base - 270 + k * 30, "#ffffffaa", 10)
            pic.rect(cx + 140, base - 40, cx + 330, base - 10, "#8b4a2b", 14)
            pic.rect(cx + 150, base - 70, cx + 320, base - 42, "#9c5a2e", 14)
        return
    if cat == "madu-hasil-hutan":
        pic.shadow(cx, base, 240, 24)
        pic.ell(cx, base - 60, 230, 70, "#f5efe6")
        pic.ell(cx, base - 64, 180, 50, cc)
        pic.stroke_path("M %g,%g L %g,%g" % (cx + 60, base - 80, cx + 260, base - 420), "#c8a165", 26)
        pic.ell(cx + 40, base - 60, 55, 40, "#d89c2a")
        pic.path("M %g,%g Q %g,%g %g,%g" % (cx + 20, base - 90, cx + 30, base - 220, cx + 60, base - 300), "none", cc, 14)
        return
    # food on a plate
    pic.shadow(cx, base, 300, 34)
    pic.ell(cx, base - 70, 300, 110, "#ffffff")
    pic.ell(cx, base - 70, 230, 78, "#f3efe8")
    pieces = 14
    for k in range(pieces):
        x = cx - 190 + (k * 67) % 380
        y = base - 110 + ((k * 37) % 90)
        if "stik" in p["name"].lower() or "batang" in p["name"].lower():
            pic.rect(x - 40, y - 8, x + 40, y + 8, mix(cc, "#000000", 0.06 * (k % 3)), 6)
        else:
            pic.ell(x, y, 40, 24, mix(cc, "#ffffff" if k % 2 else "#000000", 0.12))

def build(p, idx, f):
    cat = p["categorySlug"]
    global BACK_NOW
    BACK_NOW = BACK.get(cat, BACK["kerajinan"])
    shape = choose_shape(p)
    portrait = idx == 0 and shape == "bottle"
    W, H = 800, (1000 if portrait else 800)
    pal = PACK_COLOURS.get(cat, PACK_COLOURS["kerajinan"])
    c = pal[hsh(p["slug"], len(pal))]
    acc = pal[(hsh(p["slug"], len(pal)) + 1 + hsh(p["slug"] + "a", len(pal) - 1)) % len(pal)]
    if cat == "busana-jahitan" and c == "#f5f0e6":
        acc = "#c9a227"
    pic = Pic()
    table_y = H * (0.62 + hsh(p["slug"] + "t", 8) / 100)
    base = H - 120 if idx == 0 else H - 150
    if idx == 0:
        draw_package(pic, p, shape, c, acc, base)
    else:
        detail_scene(pic, p, shape, c, acc, base, H)
    k = 2 * SIZE / 800.0  # drawn at twice the size, then scaled down (softer edges compress better)
    Wp, Hp = 2 * SIZE, int(round(H * k))
    wall0, wall1, table = BACK_NOW
    ty = int(round(table_y * k))  # seamless paper sweep: wall gradient flowing into the table colour
    cmd = [CONVERT, "-size", "%dx%d" % (Wp, ty), "gradient:%s-%s" % (wall0, wall1),
           "-size", "%dx%d" % (Wp, Hp - ty), "gradient:%s-%s" % (wall1, table), "-append"]
    for (sx, sy, rx, ry, a) in pic.shadows:
        cmd += ["(", "-size", "%dx%d" % (Wp, Hp), "xc:none", "-fill", "rgba(40,25,10,%.2f)" % a,
                "-draw", "ellipse %g,%g %g,%g 0,360" % (sx * k, sy * k, rx * k, ry * k), "-blur", "0x%g" % (14 * k), ")", "-composite"]
    cmd += ["-draw", "scale %g,%g\n" % (k, k) + "\n".join(pic.ops)]
    cmd += ["-filter", "Triangle", "-resize", "50%", "-strip", "-sampling-factor", "4:2:0", "-interlace", "none", "-quality", str(QUALITY), os.path.join(out_dir, f)]
    return cmd

jobs = []
for p in data["products"]:
    for i, ph in enumerate(p["photos"]):
        jobs.append((p, i, ph["file"]))
wanted = {ph["file"] for p in data["products"] for ph in p["photos"]}
for old in os.listdir(out_dir):
    if old.endswith((".jpg", ".webp")) and old not in wanted:
        os.remove(os.path.join(out_dir, old))
cmds = [build(*j) for j in jobs]  # drawing (and text measuring) is serial; convert runs in parallel
with ThreadPoolExecutor(max_workers=max(1, JOBS)) as ex:
    list(ex.map(lambda c: subprocess.run(c, check=True), cmds))
total = sum(os.path.getsize(os.path.join(out_dir, f)) for f in os.listdir(out_dir))
print("%d photos, folder total %.1f KB" % (len(jobs), total / 1024.0))
PY
