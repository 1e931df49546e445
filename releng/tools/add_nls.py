#!/usr/bin/env python3
"""Adds or replaces keys in existing Eclipse NLS .properties files.

Same input as write_nls.py ('== <lang>' blocks of key=value lines in UTF-8);
keys already present are replaced in place, new keys are appended, other
lines are kept. Usage: add_nls.py BASE_PATH < input
"""
import os
import sys

from write_nls import escape, parse_blocks

def main():
    base = sys.argv[1]
    blocks = parse_blocks(sys.stdin.read())
    for lang, lines in blocks.items():
        path = base + (".properties" if lang == "en" else "_%s.properties" % lang)
        existing = open(path, encoding="ascii").read().splitlines() if os.path.exists(path) else [
            "# Generated from UTF-8 by releng/tools/write_nls.py; edit with care."]
        new = {l.split("=", 1)[0].strip(): escape(l) for l in lines}
        out = []
        for l in existing:
            key = l.split("=", 1)[0].strip()
            if "=" in l and not l.startswith("#") and key in new:
                out.append(new.pop(key))
            else:
                out.append(l)
        out.extend(new.values())
        with open(path, "w", encoding="ascii") as f:
            f.write("\n".join(out) + "\n")

if __name__ == "__main__":
    main()
