#!/usr/bin/env python3
"""Draws the 16x16 icon of the example feedback extension, in the style of make_icons.py.

Usage: example_icons.py EXAMPLE_UI_ICON_DIR
"""
import math, os, sys

from make_icons import png, render, TEAL, AMBER
from more_icons import rect, either, minus

def star(cx, cy, r):
    points = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.45
        points.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    def inside(u, v):
        crossing = False
        for i in range(len(points)):
            x1, y1 = points[i]
            x2, y2 = points[(i + 1) % len(points)]
            if (y1 > v) != (y2 > v) and u < (x2 - x1) * (v - y1) / (y2 - y1) + x1:
                crossing = not crossing
        return crossing
    return inside

def main():
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    # a speech bubble with a star: a customer's rating
    bubble = either(rect(0.06, 0.1, 0.94, 0.68), rect(0.2, 0.6, 0.42, 0.86))
    png(os.path.join(folder, "feedback.png"), 16,
        render(16, [(minus(bubble, rect(0.14, 0.18, 0.86, 0.6)), TEAL), (star(0.5, 0.4, 0.2), AMBER)]))

if __name__ == "__main__":
    main()
