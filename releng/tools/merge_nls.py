#!/usr/bin/env python3
"""Merges new or changed keys into a bundle's nls/messages.txt.

Usage: merge_nls.py SOURCE.txt < additions, where additions has '== <lang>' blocks of
key=value lines (UTF-8, \\uXXXX escapes allowed). A key already in a language's block is
replaced in place; a new key is appended to that block; a key given as 'key=' with
nothing after it under '== remove' is removed from every block. Then run nls_bundle.py.
"""
import re
import sys

from write_nls import parse_blocks

def unescape(text):
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)

def main():
    source = sys.argv[1]
    text = open(source, encoding="utf-8").read()
    blocks = parse_blocks(text)
    order = list(blocks)
    additions = parse_blocks(unescape(sys.stdin.read()))
    removed = {l.split("=", 1)[0].strip() for l in additions.pop("remove", [])}
    for lang, lines in additions.items():
        if lang not in blocks:
            blocks[lang] = []
            order.append(lang)
        existing = blocks[lang]
        index = {l.split("=", 1)[0].strip(): i for i, l in enumerate(existing)}
        for line in lines:
            key = line.split("=", 1)[0].strip()
            if key in index:
                existing[index[key]] = line
            else:
                index[key] = len(existing)
                existing.append(line)
    out = []
    for lang in order:
        out.append("== " + lang)
        out.extend(l for l in blocks[lang] if l.split("=", 1)[0].strip() not in removed)
    with open(source, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")

if __name__ == "__main__":
    main()
