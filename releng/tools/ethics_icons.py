#!/usr/bin/env python3
"""Draws the 16x16 icons of the ethics UI bundle, in the style of make_icons.py.

Usage: ethics_icons.py ICON_DIR
"""
import os, sys

from make_icons import png, render, circle, triangle, TEAL, DARK, AMBER, GREEN
from more_icons import rect, segment, either, minus, plus, RED, GREY, BLUE

WHITE = (255, 255, 255)

def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    lines = either(rect(0.42, 0.22, 0.84, 0.3), rect(0.42, 0.46, 0.84, 0.54), rect(0.42, 0.7, 0.84, 0.78))
    ticks = either(segment(0.12, 0.26, 0.2, 0.34, 0.08), segment(0.2, 0.34, 0.32, 0.18, 0.08),
                   segment(0.12, 0.5, 0.2, 0.58, 0.08), segment(0.2, 0.58, 0.32, 0.42, 0.08))
    icons = {
        # a clipboard with ticked lines
        "checklist.png": [(rect(0.04, 0.06, 0.96, 0.96), TEAL), (rect(0.1, 0.12, 0.9, 0.9), WHITE),
                          (lines, DARK), (ticks, GREEN), (segment(0.12, 0.74, 0.3, 0.74, 0.08), GREY)],
        # bars with a rising line
        "dashboard.png": [(either(rect(0.1, 0.6, 0.28, 0.92), rect(0.4, 0.44, 0.58, 0.92), rect(0.7, 0.28, 0.88, 0.92)), TEAL),
                          (either(segment(0.08, 0.48, 0.42, 0.28, 0.08), segment(0.42, 0.28, 0.9, 0.08, 0.08)), AMBER)],
        # a magnifier over ticked lines: review everything
        "review_all.png": [(lines, GREY), (ticks, GREEN), (minus(circle(0.62, 0.58, 0.3), circle(0.62, 0.58, 0.18)), BLUE),
                           (segment(0.82, 0.8, 0.96, 0.96, 0.12), BLUE)],
        "export.png": [(rect(0.14, 0.06, 0.7, 0.94), GREY), (rect(0.2, 0.12, 0.64, 0.88), WHITE),
                       (either(rect(0.26, 0.26, 0.58, 0.32), rect(0.26, 0.44, 0.58, 0.5), rect(0.26, 0.62, 0.5, 0.68)), GREY),
                       (segment(0.56, 0.74, 0.92, 0.74, 0.12), GREEN), (triangle((0.98, 0.74), (0.82, 0.6), (0.82, 0.88)), GREEN)],
    }
    for name, layers in icons.items():
        png(os.path.join(out, name), 16, render(16, layers))

if __name__ == "__main__":
    main()
