"""Hand-made Word files for corpus/docx/ (run by tools/make-docx-fixtures).

numbered.docx: a seed in the text layout written as WordprocessingML in which the numbers of
headings and items (一、 （一） 1.) are Word's automatic numbering wherever Word would count them
the same, the first line stands in a text box (written twice, as Word does, for old readers), and
each table is a Word table. Its text, as Word shows it, is the seed's.
The refusals: truncated.docx, not-word.docx, bomb.docx, doc-renamed.docx, deep-alternatives.docx
(100,000 nested mc:AlternateContent in a run, which once overflowed the stack), and
numbering-amplified.docx (a list counting from 999,999,999 in letters, ten times a label, which once
wrote gigabytes of text from 2 KB).
usage: docx_fixtures.py SEED.txt OUT_DIR
"""
import re
import sys
import zipfile
from xml.sax.saxutils import escape

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
DIGITS = '一二三四五六七八九'


def chinese(n):
    if n < 10:
        return DIGITS[n - 1]
    return ('' if n < 20 else DIGITS[n // 10 - 1]) + '十' + ('' if n % 10 == 0 else DIGITS[n % 10 - 1])


def value(numeral):
    return next(n for n in range(1, 100) if chinese(n) == numeral)


# The lists: (abstract id, pattern of a numbered line, level text, number format).
LISTS = [
    ('0', re.compile(r'^([一二三四五六七八九十]+)、(.*)$'), '%1、', 'chineseCounting', value),
    ('1', re.compile(r'^（([一二三四五六七八九十]+)）(.*)$'), '（%1）', 'chineseCounting', value),
    ('2', re.compile(r'^(\d+)\.(.*)$'), '%1.', 'decimal', int),
]


class Numbering:
    """Instances of the lists, a new one (restarting at 1) each time a line starts again at 1."""

    def __init__(self):
        self.instances = []  # (num id, abstract id)
        self.current = {}    # abstract id -> [num id, last number]

    def paragraph(self, text):
        """The w:numPr for `text` and the text without its number, or None and the text."""
        for abstract, pattern, _, _, read in LISTS:
            m = pattern.match(text)
            if not m or not m.group(2):
                continue
            n = read(m.group(1))
            state = self.current.get(abstract)
            if n == 1:
                self.instances.append((str(len(self.instances) + 1), abstract))
                self.current[abstract] = [self.instances[-1][0], 1]
            elif state and state[1] + 1 == n:
                state[1] = n
            else:
                return None, text  # Word would count otherwise: the number stays text
            num = self.current[abstract][0]
            return f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>', m.group(2)
        return None, text

    def xml(self):
        out = [f'<w:numbering xmlns:w="{W}">']
        for abstract, _, text, fmt, _ in LISTS:
            out.append(f'<w:abstractNum w:abstractNumId="{abstract}"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                       f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/><w:suff w:val="nothing"/></w:lvl>'
                       '</w:abstractNum>')
        for num, abstract in self.instances:
            out.append(f'<w:num w:numId="{num}"><w:abstractNumId w:val="{abstract}"/>'
                       '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
        out.append('</w:numbering>')
        return ''.join(out)


def paragraph(text, numbering):
    num, rest = numbering.paragraph(text)
    ppr = f'<w:pPr>{num}</w:pPr>' if num else ''
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(rest)}</w:t></w:r></w:p>'


def text_box(text):
    inner = f'<w:txbxContent><w:p><w:r><w:t>{escape(text)}</w:t></w:r></w:p></w:txbxContent>'
    return ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>'
            f'<a:graphicData><wps:wsp><wps:txbx>{inner}</wps:txbx></wps:wsp></a:graphicData></a:graphic>'
            f'</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{inner}</v:textbox>'
            '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')


def table(rows, numbering):
    out = ['<w:tbl>']
    for row in rows:
        out.append('<w:tr>')
        for cell in row:
            paragraphs = ''.join(paragraph(line, numbering) for line in cell) or '<w:p/>'
            out.append(f'<w:tc>{paragraphs}</w:tc>')
        out.append('</w:tr>')
    out.append('</w:tbl>')
    return ''.join(out)


def body(seed):
    """The seed's lines as paragraphs and tables (TAB-started cells, a blank line after each row)."""
    numbering = Numbering()
    lines = seed.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    out = [text_box(lines[0])]
    i = 1
    while i < len(lines):
        if not lines[i].startswith('\t'):
            if lines[i].strip():
                out.append(paragraph(lines[i].strip(), numbering))
            i += 1
            continue
        rows = []
        while i < len(lines) and lines[i].startswith('\t'):
            row = []
            while i < len(lines) and lines[i] != '':
                if lines[i].startswith('\t'):
                    row.append([])
                text = lines[i].lstrip('\t').strip()
                if text:
                    row[-1].append(text)
                i += 1
            rows.append(row)
            i += 1  # the blank line after the row
        out.append(table(rows, numbering))
    return ''.join(out), numbering


def write_docx(path, document, numbering_xml):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml',
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr('_rels/.rels',
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                   'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        if not numbering_xml:
            z.writestr('word/document.xml', document)
            return
        z.writestr('word/_rels/document.xml.rels',
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                   'relationships/numbering" Target="numbering.xml"/></Relationships>')
        z.writestr('word/document.xml', document)
        z.writestr('word/numbering.xml', numbering_xml)


def main():
    seed_path, out = sys.argv[1], sys.argv[2]
    content, numbering = body(open(seed_path, encoding='utf-8').read())
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" '
                'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
                'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
                'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
                'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
                'xmlns:v="urn:schemas-microsoft-com:vml">'
                f'<w:body>{content}</w:body></w:document>')
    write_docx(f'{out}/numbered.docx', document, numbering.xml())

    whole = open(f'{out}/numbered.docx', 'rb').read()
    open(f'{out}/truncated.docx', 'wb').write(whole[:len(whole) // 2])
    with zipfile.ZipFile(f'{out}/not-word.docx', 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('xl/workbook.xml', '<workbook/>')
    with zipfile.ZipFile(f'{out}/bomb.docx', 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('word/document.xml', b'<' + b' ' * (80 << 20) + b'>')
    namespaces = (f'xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"')
    depth = 100000
    nested = '<mc:AlternateContent><mc:Choice Requires="wps">' * depth + '<w:t>x</w:t>' + \
        '</mc:Choice></mc:AlternateContent>' * depth
    write_docx(f'{out}/deep-alternatives.docx',
               f'<w:document {namespaces}><w:body><w:p><w:r>{nested}</w:r></w:p></w:body></w:document>', '')
    amplifying = (f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
                  '<w:start w:val="999999999"/><w:numFmt w:val="lowerLetter"/>'
                  '<w:lvlText w:val="%1%1%1%1%1%1%1%1%1%1"/></w:lvl></w:abstractNum>'
                  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    items = ''.join(f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
                    f'<w:r><w:t>项目{i}</w:t></w:r></w:p>' for i in range(20))
    write_docx(f'{out}/numbering-amplified.docx',
               f'<w:document xmlns:w="{W}"><w:body>{items}</w:body></w:document>', amplifying)
    # A Word 97-2003 file starts with the compound file signature.
    open(f'{out}/doc-renamed.docx', 'wb').write(b'\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1' + bytes(504))


main()
