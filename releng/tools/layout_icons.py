#!/usr/bin/env python3
"""Draws the 16x16 icons of the team layouts and data exchange bundles, in the style of make_icons.py.

Usage: layout_icons.py LAYOUTS_UI_ICON_DIR [EXCHANGE_UI_ICON_DIR]
"""
import os, sys

from make_icons import png, render, triangle, TEAL, DARK
from more_icons import rect, either, minus

def main():
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    # a window split into three panes, with an arrow going out (shared with the team)
    frame = either(rect(0.06, 0.12, 0.72, 0.2), rect(0.06, 0.12, 0.14, 0.88), rect(0.64, 0.12, 0.72, 0.88),
                   rect(0.06, 0.8, 0.72, 0.88), rect(0.3, 0.2, 0.36, 0.88), rect(0.36, 0.47, 0.72, 0.53))
    arrow = either(rect(0.62, 0.3, 0.86, 0.4), triangle((0.8, 0.16), (0.99, 0.35), (0.8, 0.54)))
    png(os.path.join(folder, "publish.png"), 16, render(16, [(frame, DARK), (arrow, TEAL)]))
    if len(sys.argv) > 2:
        exchange = sys.argv[2]
        os.makedirs(exchange, exist_ok=True)
        # a sheet with an arrow coming in (import) or going out (export)
        sheet = either(rect(0.3, 0.06, 0.9, 0.12), rect(0.3, 0.06, 0.36, 0.94), rect(0.84, 0.06, 0.9, 0.94),
                       rect(0.3, 0.88, 0.9, 0.94), rect(0.46, 0.3, 0.76, 0.35), rect(0.46, 0.5, 0.76, 0.55),
                       rect(0.46, 0.7, 0.76, 0.75))
        into = either(rect(0.02, 0.45, 0.4, 0.57), triangle((0.36, 0.3), (0.56, 0.51), (0.36, 0.72)))
        out = either(rect(0.5, 0.45, 0.82, 0.57), triangle((0.78, 0.3), (0.98, 0.51), (0.78, 0.72)))
        png(os.path.join(exchange, "import.png"), 16, render(16, [(sheet, DARK), (into, TEAL)]))
        png(os.path.join(exchange, "export.png"), 16, render(16, [(minus(sheet, rect(0.5, 0.4, 1, 0.62)), DARK), (out, TEAL)]))

if __name__ == "__main__":
    main()
