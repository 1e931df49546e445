#!/usr/bin/env python3
"""Writes the extension developer guide as Eclipse Help: one HTML page per chapter and toc.xml.

Usage: guide_html.py docs/extension-guide.md bundles/dev.candor.help
The Markdown is the source (headings, paragraphs, lists, tables, code blocks, `code`,
**bold**); the help bundle's html/ and toc.xml are generated from it and committed.
"""
import html, os, re, sys

def anchor(text):
    return re.sub(r'[^a-z0-9]+', '-', text.lower()).strip('-')

def inline(text):
    text = html.escape(text, quote=False)
    text = re.sub(r'`([^`]+)`', r'<code>\1</code>', text)
    return re.sub(r'\*\*([^*]+)\*\*', r'<b>\1</b>', text)

def render(lines):
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        if line.startswith('```'):
            block = []
            i += 1
            while i < len(lines) and not lines[i].startswith('```'):
                block.append(lines[i])
                i += 1
            out.append('<pre>' + html.escape('\n'.join(block), quote=False) + '</pre>')
        elif line.startswith('### '):
            out.append('<h3 id="%s">' % anchor(line[4:]) + inline(line[4:]) + '</h3>')
        elif line.startswith('|'):
            rows = []
            while i < len(lines) and lines[i].startswith('|'):
                cells = [c.strip() for c in lines[i].strip().strip('|').split('|')]
                if not all(re.fullmatch(r'-+', c) for c in cells):
                    rows.append(cells)
                i += 1
            i -= 1
            table = ['<table border="1" cellspacing="0" cellpadding="4">']
            for n, cells in enumerate(rows):
                tag = 'th' if n == 0 else 'td'
                table.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, inline(c), tag) for c in cells) + '</tr>')
            out.append('\n'.join(table) + '</table>')
        elif line.startswith('- '):
            items = []
            while i < len(lines) and (lines[i].startswith('- ') or lines[i].startswith('  ') and items):
                if lines[i].startswith('- '):
                    items.append(lines[i][2:])
                else:
                    items[-1] += ' ' + lines[i].strip()
                i += 1
            i -= 1
            out.append('<ul>' + ''.join('<li>' + inline(item) + '</li>' for item in items) + '</ul>')
        elif line.strip():
            para = [line.strip()]
            while i + 1 < len(lines) and lines[i + 1].strip() and not re.match(r'(```|#|\||- )', lines[i + 1]):
                i += 1
                para.append(lines[i].strip())
            out.append('<p>' + inline(' '.join(para)) + '</p>')
        i += 1
    return '\n'.join(out)

def page(title, body):
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="UTF-8"><title>%s</title>\n'
            '<style>body{font-family:sans-serif;max-width:52em;margin:1em auto;line-height:1.4}'
            'pre{background:#f4f4f4;padding:.6em;overflow:auto}code{background:#f4f4f4}</style>\n'
            '</head><body>\n<h1>%s</h1>\n%s\n</body></html>\n') % (html.escape(title), html.escape(title), body)

def main():
    source, bundle = sys.argv[1], sys.argv[2]
    lines = open(source, encoding='utf-8').read().splitlines()
    title = lines[0][2:].strip()
    chapters, current = [('Introduction', [])], None
    for line in lines[1:]:
        if line.startswith('## '):
            chapters.append((line[3:].strip(), []))
        else:
            chapters[-1][1].append(line)
    os.makedirs(os.path.join(bundle, 'html'), exist_ok=True)
    toc = ['<?xml version="1.0" encoding="UTF-8"?>', '<?NLS TYPE="org.eclipse.help.toc"?>',
           '<!-- Generated from docs/extension-guide.md by releng/tools/guide_html.py -->',
           '<toc label="%s" topic="html/index.html">' % html.escape(title)]
    for n, (name, body) in enumerate(chapters):
        file = 'index.html' if n == 0 else re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-') + '.html'
        with open(os.path.join(bundle, 'html', file), 'w', encoding='utf-8') as out:
            out.write(page(title if n == 0 else name, render(body)))
        if n > 0:
            sections = [l[4:].strip() for l in body if l.startswith('### ')]
            if not sections:
                toc.append('   <topic label="%s" href="html/%s"/>' % (html.escape(name), file))
                continue
            toc.append('   <topic label="%s" href="html/%s">' % (html.escape(name), file))
            for section in sections:
                toc.append('      <topic label="%s" href="html/%s#%s"/>' % (html.escape(section), file, anchor(section)))
            toc.append('   </topic>')
    toc.append('</toc>')
    with open(os.path.join(bundle, 'toc.xml'), 'w', encoding='utf-8') as out:
        out.write('\n'.join(toc) + '\n')

if __name__ == '__main__':
    main()
