#!/usr/bin/env python3
"""Draws the 16x16 icon of the team layouts bundle, in the style of make_icons.py.

Usage: layout_icons.py LAYOUTS_UI_ICON_DIR
"""
import os, sys

from make_icons import png, render, triangle, TEAL, DARK
from more_icons import rect, either

def main():
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    # a window split into three panes, with an arrow going out (shared with the team)
    frame = either(rect(0.06, 0.12, 0.72, 0.2), rect(0.06, 0.12, 0.14, 0.88), rect(0.64, 0.12, 0.72, 0.88),
                   rect(0.06, 0.8, 0.72, 0.88), rect(0.3, 0.2, 0.36, 0.88), rect(0.36, 0.47, 0.72, 0.53))
    arrow = either(rect(0.62, 0.3, 0.86, 0.4), triangle((0.8, 0.16), (0.99, 0.35), (0.8, 0.54)))
    png(os.path.join(folder, "publish.png"), 16, render(16, [(frame, DARK), (arrow, TEAL)]))

if __name__ == "__main__":
    main()
