#!/usr/bin/env python3
"""Draws Candor's 16x16 (and 32/48/64/128 for the window) icons as PNGs, with 4x4 supersampling.

Usage: make_icons.py OUTPUT_DIR ; shapes are circles, rounded bodies and arcs.
"""
import math, struct, sys, zlib, os

def png(path, size, pixel):
    raw = bytearray()
    for y in range(size):
        raw.append(0)
        for x in range(size):
            raw.extend(pixel(x, y))
    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
    data += chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(data)

def render(size, shapes):
    """shapes: list of (inside(u, v) -> bool, (r, g, b)) in unit coordinates, later ones on top."""
    def pixel(x, y):
        acc = [0.0, 0.0, 0.0, 0.0]
        n = 4
        for sy in range(n):
            for sx in range(n):
                u = (x + (sx + 0.5) / n) / size
                v = (y + (sy + 0.5) / n) / size
                for inside, color in reversed(shapes):
                    if inside(u, v):
                        acc[0] += color[0]; acc[1] += color[1]; acc[2] += color[2]; acc[3] += 255
                        break
        k = n * n
        a = acc[3] / k
        if a == 0:
            return (0, 0, 0, 0)
        return (int(acc[0] / (acc[3] / 255)), int(acc[1] / (acc[3] / 255)), int(acc[2] / (acc[3] / 255)), int(a))
    return pixel

def circle(cx, cy, r):
    return lambda u, v: (u - cx) ** 2 + (v - cy) ** 2 <= r * r

def body(cx, top, w, h):
    # a rounded shoulder shape: ellipse top half clipped at the bottom
    return lambda u, v: v >= top and v <= top + h and ((u - cx) / w) ** 2 + ((v - (top + h)) / h) ** 2 <= 1

def ring_arc(cx, cy, r1, r2, start, end):
    def inside(u, v):
        d = math.hypot(u - cx, v - cy)
        if not (r1 <= d <= r2):
            return False
        a = math.degrees(math.atan2(v - cy, u - cx)) % 360
        return start <= a <= end
    return inside

def triangle(p1, p2, p3):
    def sign(a, b, c):
        return (a[0] - c[0]) * (b[1] - c[1]) - (b[0] - c[0]) * (a[1] - c[1])
    def inside(u, v):
        p = (u, v)
        d1, d2, d3 = sign(p, p1, p2), sign(p, p2, p3), sign(p, p3, p1)
        neg = d1 < 0 or d2 < 0 or d3 < 0
        pos = d1 > 0 or d2 > 0 or d3 > 0
        return not (neg and pos)
    return inside

TEAL = (22, 122, 140)
DARK = (18, 70, 96)
AMBER = (222, 150, 40)
GREEN = (46, 140, 80)

def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    person = [(body(0.5, 0.56, 0.36, 0.42), TEAL), (circle(0.5, 0.33, 0.2), TEAL)]
    people = [(body(0.66, 0.52, 0.3, 0.44), DARK), (circle(0.66, 0.3, 0.17), DARK),
              (body(0.38, 0.6, 0.32, 0.38), TEAL), (circle(0.38, 0.38, 0.18), TEAL)]
    refresh = [(ring_arc(0.5, 0.5, 0.24, 0.38, 0, 300), GREEN),
               (triangle((0.62, 0.02), (0.98, 0.24), (0.6, 0.42)), GREEN)]
    png(os.path.join(out, "customer.png"), 16, render(16, person))
    png(os.path.join(out, "customers.png"), 16, render(16, people))
    png(os.path.join(out, "refresh.png"), 16, render(16, refresh))
    logo = [(circle(0.5, 0.5, 0.48), DARK), (body(0.5, 0.56, 0.3, 0.34), (255, 255, 255)),
            (circle(0.5, 0.36, 0.16), (255, 255, 255)), (circle(0.74, 0.26, 0.1), AMBER)]
    for s in (16, 32, 48, 64, 128):
        png(os.path.join(out, "candor%d.png" % s), s, render(s, logo))

if __name__ == "__main__":
    main()
