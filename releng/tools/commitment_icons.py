#!/usr/bin/env python3
"""Draws the 16x16 icons of the commitments bundle, in the style of make_icons.py.

Usage: commitment_icons.py ICON_DIR
"""
import os, sys

from make_icons import png, render, circle, triangle, TEAL, DARK, AMBER, GREEN
from more_icons import rect, segment, either, minus, plus, RED, GREY, BLUE

WHITE = (255, 255, 255)

def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    # a handshake-like promise: a ribbon with a check
    check = either(segment(0.26, 0.52, 0.44, 0.7, 0.14), segment(0.44, 0.7, 0.76, 0.32, 0.14))
    badge = minus(circle(0.5, 0.5, 0.44), circle(0.5, 0.5, 0.0))
    icons = {
        "commitments.png": [(badge, TEAL), (check, WHITE)],
        "new_commitment.png": [(circle(0.44, 0.48, 0.38), TEAL), (segment(0.26, 0.5, 0.4, 0.64, 0.12), WHITE),
                               (segment(0.4, 0.64, 0.62, 0.36, 0.12), WHITE), (circle(0.76, 0.76, 0.22), WHITE)]
                              + plus(0.76, 0.76, 0.18, GREEN),
        "kept.png": [(check, GREEN)],
        "broken.png": [(segment(0.22, 0.22, 0.78, 0.78, 0.16), RED), (segment(0.78, 0.22, 0.22, 0.78, 0.16), RED)],
        "renegotiate.png": [(minus(circle(0.5, 0.5, 0.4), circle(0.5, 0.5, 0.27)), BLUE), (rect(0.5, 0.02, 1.0, 0.5), WHITE),
                            (triangle((0.5, 0.0), (0.5, 0.34), (0.78, 0.17)), BLUE)],
        "cancel.png": [(minus(circle(0.5, 0.5, 0.42), circle(0.5, 0.5, 0.29)), GREY),
                       (segment(0.24, 0.76, 0.76, 0.24, 0.12), GREY)],
        "overdue.png": [(triangle((0.5, 0.06), (0.96, 0.9), (0.04, 0.9)), RED), (rect(0.45, 0.34, 0.55, 0.64), WHITE),
                        (rect(0.45, 0.72, 0.55, 0.8), WHITE)],
        "due_soon.png": [(circle(0.5, 0.5, 0.44), AMBER), (circle(0.5, 0.5, 0.32), WHITE),
                         (segment(0.5, 0.5, 0.5, 0.26, 0.1), AMBER), (segment(0.5, 0.5, 0.68, 0.6, 0.1), AMBER)],
        "calendar.png": [(rect(0.1, 0.16, 0.9, 0.9), BLUE), (rect(0.16, 0.36, 0.84, 0.84), WHITE),
                         (either(rect(0.24, 0.46, 0.36, 0.56), rect(0.44, 0.46, 0.56, 0.56), rect(0.64, 0.46, 0.76, 0.56),
                                 rect(0.24, 0.66, 0.36, 0.76), rect(0.44, 0.66, 0.56, 0.76)), BLUE),
                         (either(rect(0.26, 0.06, 0.34, 0.24), rect(0.66, 0.06, 0.74, 0.24)), DARK)],
        "rates.png": [(either(rect(0.12, 0.56, 0.3, 0.9), rect(0.4, 0.36, 0.58, 0.9), rect(0.68, 0.14, 0.86, 0.9)), TEAL)],
        "respond.png": [(either(rect(0.06, 0.16, 0.78, 0.66), triangle((0.2, 0.6), (0.44, 0.6), (0.18, 0.9))), AMBER),
                        (segment(0.6, 0.42, 0.26, 0.42, 0.1), WHITE), (triangle((0.36, 0.26), (0.16, 0.42), (0.36, 0.58)), WHITE)],
    }
    for name, shapes in icons.items():
        png(os.path.join(out, name), 16, render(16, shapes))

if __name__ == "__main__":
    main()
