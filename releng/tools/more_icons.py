#!/usr/bin/env python3
"""Draws the 16x16 icons of the profile and history bundles, in the style of make_icons.py.

Usage: more_icons.py PROFILES_ICON_DIR HISTORY_ICON_DIR
"""
import math, os, sys

from make_icons import png, render, circle, body, triangle, ring_arc, TEAL, DARK, AMBER, GREEN

RED = (190, 50, 50)
GREY = (110, 110, 120)
BLUE = (50, 100, 180)
PURPLE = (120, 70, 160)

def rect(x0, y0, x1, y1):
    return lambda u, v: x0 <= u <= x1 and y0 <= v <= y1

def segment(x0, y0, x1, y1, w):
    def inside(u, v):
        dx, dy = x1 - x0, y1 - y0
        t = max(0, min(1, ((u - x0) * dx + (v - y0) * dy) / (dx * dx + dy * dy)))
        return math.hypot(u - (x0 + t * dx), v - (y0 + t * dy)) <= w / 2
    return inside

def either(*shapes):
    return lambda u, v: any(s(u, v) for s in shapes)

def minus(a, b):
    return lambda u, v: a(u, v) and not b(u, v)

def plus(cx, cy, r, color):
    return [(either(rect(cx - r, cy - 0.06, cx + r, cy + 0.06), rect(cx - 0.06, cy - r, cx + 0.06, cy + r)), color)]

def main():
    profiles, history = sys.argv[1], sys.argv[2]
    os.makedirs(profiles, exist_ok=True)
    os.makedirs(history, exist_ok=True)
    person = [(body(0.42, 0.58, 0.34, 0.4), TEAL), (circle(0.42, 0.34, 0.19), TEAL)]
    icons = {
        (profiles, "new_customer.png"): person + [(circle(0.76, 0.3, 0.22), (255, 255, 255))] + plus(0.76, 0.3, 0.18, GREEN),
        (profiles, "duplicates.png"): [(body(0.62, 0.56, 0.3, 0.42), DARK), (circle(0.62, 0.32, 0.17), DARK),
                                       (body(0.36, 0.62, 0.3, 0.36), AMBER), (circle(0.36, 0.4, 0.17), AMBER)],
        (profiles, "merge.png"): [(segment(0.15, 0.15, 0.5, 0.5, 0.14), TEAL), (segment(0.15, 0.85, 0.5, 0.5, 0.14), TEAL),
                                  (segment(0.45, 0.5, 0.72, 0.5, 0.14), DARK),
                                  (triangle((0.68, 0.3), (0.98, 0.5), (0.68, 0.7)), DARK)],
        (profiles, "delete.png"): [(segment(0.2, 0.2, 0.8, 0.8, 0.18), RED), (segment(0.8, 0.2, 0.2, 0.8, 0.18), RED)],
        (history, "log_interaction.png"): [(either(rect(0.06, 0.16, 0.78, 0.66), triangle((0.2, 0.6), (0.44, 0.6), (0.18, 0.9))), TEAL),
                                           (circle(0.76, 0.74, 0.22), (255, 255, 255))] + plus(0.76, 0.74, 0.18, GREEN),
        (history, "history.png"): [(circle(0.5, 0.5, 0.44), DARK), (circle(0.5, 0.5, 0.34), (255, 255, 255)),
                                   (segment(0.5, 0.5, 0.5, 0.24, 0.1), DARK), (segment(0.5, 0.5, 0.7, 0.6, 0.1), DARK)],
        (history, "search.png"): [(minus(circle(0.42, 0.42, 0.3), circle(0.42, 0.42, 0.18)), DARK),
                                  (segment(0.62, 0.62, 0.9, 0.9, 0.16), DARK)],
        (history, "phone.png"): [(ring_arc(0.5, 0.62, 0.24, 0.4, 180, 360), GREEN),
                                 (rect(0.1, 0.54, 0.3, 0.72), GREEN), (rect(0.7, 0.54, 0.9, 0.72), GREEN),
                                 (rect(0.3, 0.66, 0.7, 0.9), GREEN)],
        (history, "email.png"): [(rect(0.08, 0.22, 0.92, 0.8), BLUE),
                                 (either(segment(0.12, 0.28, 0.5, 0.58, 0.08), segment(0.88, 0.28, 0.5, 0.58, 0.08)), (255, 255, 255))],
        (history, "meeting.png"): [(body(0.3, 0.56, 0.24, 0.36), PURPLE), (circle(0.3, 0.38, 0.14), PURPLE),
                                   (body(0.7, 0.56, 0.24, 0.36), PURPLE), (circle(0.7, 0.38, 0.14), PURPLE)],
        (history, "chat.png"): [(either(circle(0.5, 0.44, 0.36), triangle((0.2, 0.6), (0.4, 0.7), (0.12, 0.94))), AMBER),
                                (circle(0.34, 0.44, 0.06), (255, 255, 255)), (circle(0.5, 0.44, 0.06), (255, 255, 255)),
                                (circle(0.66, 0.44, 0.06), (255, 255, 255))],
        (history, "social.png"): [(either(segment(0.38, 0.1, 0.3, 0.9, 0.1), segment(0.7, 0.1, 0.62, 0.9, 0.1),
                                          segment(0.12, 0.36, 0.9, 0.36, 0.1), segment(0.1, 0.64, 0.88, 0.64, 0.1)), TEAL)],
        (history, "letter.png"): [(rect(0.18, 0.06, 0.82, 0.94), GREY), (rect(0.24, 0.12, 0.76, 0.88), (255, 255, 255)),
                                  (either(rect(0.3, 0.24, 0.7, 0.3), rect(0.3, 0.4, 0.7, 0.46), rect(0.3, 0.56, 0.6, 0.62)), GREY)],
        (history, "inbound.png"): [(segment(0.85, 0.5, 0.35, 0.5, 0.14), GREEN), (triangle((0.45, 0.22), (0.08, 0.5), (0.45, 0.78)), GREEN)],
        (history, "outbound.png"): [(segment(0.15, 0.5, 0.65, 0.5, 0.14), BLUE), (triangle((0.55, 0.22), (0.92, 0.5), (0.55, 0.78)), BLUE)],
    }
    for (folder, name), shapes in icons.items():
        png(os.path.join(folder, name), 16, render(16, shapes))

if __name__ == "__main__":
    main()
