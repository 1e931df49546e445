#!/usr/bin/env python3
"""Writes Eclipse NLS .properties files from UTF-8 text, escaping non-ASCII as \\uXXXX.

org.eclipse.osgi.util.NLS loads properties as ISO-8859-1, so translations must be
escaped. Usage: write_nls.py BASE_PATH < input, where input has blocks
'== <lang>' followed by key=value lines; '== en' writes BASE_PATH.properties.
"""
import sys

def escape(text):
    return "".join(c if ord(c) < 128 else "\\u%04x" % ord(c) for c in text)

def parse_blocks(text):
    """{language: [key=value lines]} from '== <lang>' blocks."""
    blocks, lang = {}, None
    for line in text.splitlines():
        if line.startswith("== "):
            lang = line[3:].strip()
            blocks[lang] = []
        elif lang is not None and line.strip():
            blocks[lang].append(line)
    return blocks

def main():
    base = sys.argv[1]
    blocks = parse_blocks(sys.stdin.read())
    for lang, lines in blocks.items():
        path = base + (".properties" if lang == "en" else "_%s.properties" % lang)
        with open(path, "w", encoding="ascii") as out:
            out.write("# Generated from UTF-8 by releng/tools/write_nls.py; edit with care.\n")
            for l in lines:
                out.write(escape(l) + "\n")

if __name__ == "__main__":
    main()
