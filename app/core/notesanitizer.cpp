// SPDX-License-Identifier: MIT
#include "notesanitizer.h"

#include <QUrl>
#include <QVarLengthArray>

#include <array>
#include <climits>

using namespace Qt::StringLiterals;

namespace {

enum class Kind : quint8 {
    Inline, // kept, without attributes
    Block,  // kept, without attributes; starts a line
    Void,   // br, hr: kept, no end tag
    Link,   // a: kept with a safe href only
    Hidden, // removed together with its content
    Table,  // flattened; a line break around it
    Row,    // flattened to a line break
    Cell,   // flattened to a space between cells
};

struct TagInfo {
    QLatin1StringView name;
    Kind kind;
};

// Every tag not listed here is dropped and its text kept.
constexpr std::array Tags{
    TagInfo{"a"_L1, Kind::Link},           TagInfo{"b"_L1, Kind::Inline},
    TagInfo{"blockquote"_L1, Kind::Block}, TagInfo{"br"_L1, Kind::Void},
    TagInfo{"caption"_L1, Kind::Table},    TagInfo{"code"_L1, Kind::Inline},
    TagInfo{"div"_L1, Kind::Block},        TagInfo{"em"_L1, Kind::Inline},
    TagInfo{"h1"_L1, Kind::Block},         TagInfo{"h2"_L1, Kind::Block},
    TagInfo{"h3"_L1, Kind::Block},         TagInfo{"h4"_L1, Kind::Block},
    TagInfo{"h5"_L1, Kind::Block},         TagInfo{"h6"_L1, Kind::Block},
    TagInfo{"hr"_L1, Kind::Void},          TagInfo{"i"_L1, Kind::Inline},
    TagInfo{"iframe"_L1, Kind::Hidden},    TagInfo{"li"_L1, Kind::Block},
    TagInfo{"noembed"_L1, Kind::Hidden},   TagInfo{"noframes"_L1, Kind::Hidden},
    TagInfo{"ol"_L1, Kind::Block},         TagInfo{"p"_L1, Kind::Block},
    TagInfo{"pre"_L1, Kind::Block},        TagInfo{"s"_L1, Kind::Inline},
    TagInfo{"script"_L1, Kind::Hidden},    TagInfo{"small"_L1, Kind::Inline},
    TagInfo{"span"_L1, Kind::Inline},      TagInfo{"strong"_L1, Kind::Inline},
    TagInfo{"style"_L1, Kind::Hidden},     TagInfo{"sub"_L1, Kind::Inline},
    TagInfo{"sup"_L1, Kind::Inline},       TagInfo{"table"_L1, Kind::Table},
    TagInfo{"tbody"_L1, Kind::Table},      TagInfo{"td"_L1, Kind::Cell},
    TagInfo{"textarea"_L1, Kind::Hidden},  TagInfo{"tfoot"_L1, Kind::Table},
    TagInfo{"th"_L1, Kind::Cell},          TagInfo{"thead"_L1, Kind::Table},
    TagInfo{"title"_L1, Kind::Hidden},     TagInfo{"tr"_L1, Kind::Row},
    TagInfo{"u"_L1, Kind::Inline},         TagInfo{"ul"_L1, Kind::Block},
    TagInfo{"xmp"_L1, Kind::Hidden},
};
constexpr int TagCount = int(Tags.size());
constexpr int UnknownTag = -1;

int lookUpTag(QStringView name)
{
    for (int tag = 0; tag < TagCount; ++tag) {
        if (Tags[tag].name.size() == name.size()
            && name.compare(Tags[tag].name, Qt::CaseInsensitive) == 0)
            return tag;
    }
    return UnknownTag;
}

bool isTag(int tag, QLatin1StringView name)
{
    return tag != UnknownTag && Tags[tag].name == name;
}

struct NamedEntity {
    QLatin1StringView name;
    char32_t codePoint;
};

// The entities panels actually write; any other name stays literal text.
constexpr std::array NamedEntities{
    NamedEntity{"amp"_L1, 0x26},      NamedEntity{"lt"_L1, 0x3C},
    NamedEntity{"gt"_L1, 0x3E},       NamedEntity{"quot"_L1, 0x22},
    NamedEntity{"apos"_L1, 0x27},     NamedEntity{"nbsp"_L1, 0xA0},
    NamedEntity{"copy"_L1, 0xA9},     NamedEntity{"reg"_L1, 0xAE},
    NamedEntity{"trade"_L1, 0x2122},  NamedEntity{"hellip"_L1, 0x2026},
    NamedEntity{"mdash"_L1, 0x2014},  NamedEntity{"ndash"_L1, 0x2013},
    NamedEntity{"lsquo"_L1, 0x2018},  NamedEntity{"rsquo"_L1, 0x2019},
    NamedEntity{"ldquo"_L1, 0x201C},  NamedEntity{"rdquo"_L1, 0x201D},
    NamedEntity{"sbquo"_L1, 0x201A},  NamedEntity{"bdquo"_L1, 0x201E},
    NamedEntity{"bull"_L1, 0x2022},   NamedEntity{"middot"_L1, 0xB7},
    NamedEntity{"euro"_L1, 0x20AC},   NamedEntity{"cent"_L1, 0xA2},
    NamedEntity{"pound"_L1, 0xA3},    NamedEntity{"yen"_L1, 0xA5},
    NamedEntity{"laquo"_L1, 0xAB},    NamedEntity{"raquo"_L1, 0xBB},
    NamedEntity{"times"_L1, 0xD7},    NamedEntity{"divide"_L1, 0xF7},
    NamedEntity{"deg"_L1, 0xB0},      NamedEntity{"plusmn"_L1, 0xB1},
    NamedEntity{"para"_L1, 0xB6},     NamedEntity{"sect"_L1, 0xA7},
    NamedEntity{"larr"_L1, 0x2190},   NamedEntity{"uarr"_L1, 0x2191},
    NamedEntity{"rarr"_L1, 0x2192},   NamedEntity{"darr"_L1, 0x2193},
    NamedEntity{"harr"_L1, 0x2194},   NamedEntity{"hearts"_L1, 0x2665},
    NamedEntity{"star"_L1, 0x2606},   NamedEntity{"check"_L1, 0x2713},
    NamedEntity{"iexcl"_L1, 0xA1},    NamedEntity{"iquest"_L1, 0xBF},
    NamedEntity{"frac12"_L1, 0xBD},   NamedEntity{"frac14"_L1, 0xBC},
    NamedEntity{"frac34"_L1, 0xBE},   NamedEntity{"sup2"_L1, 0xB2},
    NamedEntity{"sup3"_L1, 0xB3},     NamedEntity{"micro"_L1, 0xB5},
    NamedEntity{"ensp"_L1, 0x2002},   NamedEntity{"emsp"_L1, 0x2003},
    NamedEntity{"thinsp"_L1, 0x2009}, NamedEntity{"zwnj"_L1, 0x200C},
    NamedEntity{"zwj"_L1, 0x200D},    NamedEntity{"shy"_L1, 0xAD},
};

// Left in an href they are harmless, but no output may contain them inside a tag.
constexpr std::array HrefMarkers{"javascript:"_L1, "file:"_L1, "src="_L1, "url("_L1};

constexpr qsizetype MaxLinkLength = 4096;

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlphanumeric(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9');
}

int digitValue(QChar c, int base)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (base == 16 && c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (base == 16 && c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

bool isDroppedControl(char32_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || (c >= 0x7F && c <= 0x9F);
}

void appendCodePoint(QString &out, char32_t c)
{
    if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        c = QChar::ReplacementCharacter;
    if (isDroppedControl(c))
        return;
    if (QChar::requiresSurrogates(c)) {
        out += QChar(QChar::highSurrogate(c));
        out += QChar(QChar::lowSurrogate(c));
    } else {
        out += QChar(char16_t(c));
    }
}

// Decodes the entity at text[at] == '&' into out and returns its length, or 0 when there is no
// valid entity there (the '&' is then literal text).
qsizetype decodeEntity(QStringView text, qsizetype at, QString &out)
{
    const qsizetype size = text.size();
    qsizetype pos = at + 1;
    if (pos < size && text[pos] == u'#') {
        ++pos;
        int base = 10;
        if (pos < size && (text[pos] == u'x' || text[pos] == u'X')) {
            base = 16;
            ++pos;
        }
        const qsizetype digitsStart = pos;
        char32_t value = 0;
        while (pos < size && pos - digitsStart < 8) {
            const int digit = digitValue(text[pos], base);
            if (digit < 0)
                break;
            value = value * char32_t(base) + char32_t(digit);
            ++pos;
        }
        if (pos == digitsStart || pos >= size || text[pos] != u';')
            return 0;
        appendCodePoint(out, value);
        return pos + 1 - at;
    }
    const qsizetype nameStart = pos;
    while (pos < size && pos - nameStart < 8 && isAsciiAlphanumeric(text[pos]))
        ++pos;
    if (pos == nameStart || pos >= size || text[pos] != u';')
        return 0;
    const QStringView name = text.sliced(nameStart, pos - nameStart);
    for (const NamedEntity &entity : NamedEntities) {
        if (name == entity.name) {
            appendCodePoint(out, entity.codePoint);
            return pos + 1 - at;
        }
    }
    return 0;
}

void decodeEntities(QStringView text, QString &out)
{
    out.clear();
    qsizetype from = 0;
    qsizetype amp = 0;
    while ((amp = text.indexOf(u'&', from)) >= 0) {
        out += text.sliced(from, amp - from);
        const qsizetype length = decodeEntity(text, amp, out);
        if (length == 0)
            out += u'&';
        from = amp + qMax<qsizetype>(length, 1);
    }
    out += text.sliced(from);
}

// Where an http(s) URL starting at text[start] ends, or start when there is none.
qsizetype urlEnd(QStringView text, qsizetype start)
{
    if (start > 0 && text[start - 1].isLetterOrNumber())
        return start;
    const QStringView rest = text.sliced(start);
    qsizetype end = start;
    if (rest.startsWith("https://"_L1, Qt::CaseInsensitive))
        end += 8;
    else if (rest.startsWith("http://"_L1, Qt::CaseInsensitive))
        end += 7;
    else
        return start;
    const qsizetype hostStart = end;
    int openParentheses = 0;
    int closeParentheses = 0;
    for (; end < text.size(); ++end) {
        const QChar c = text[end];
        if (c.isSpace() || c.category() == QChar::Other_Control || c == u'<' || c == u'>'
            || c == u'"' || c == u'\'' || c == u'`')
            break;
        openParentheses += c == u'(';
        closeParentheses += c == u')';
    }
    // Sentence punctuation right after a URL is not part of it.
    while (end > hostStart) {
        const QChar last = text[end - 1];
        if (last == u')' && closeParentheses > openParentheses) {
            --closeParentheses;
        } else if (!QStringView(u".,;:!?").contains(last)) {
            break;
        }
        --end;
    }
    return end == hostStart ? start : end;
}

// Writes sanitized HTML. Open kept tags live on a stack capped at MaxDepth, so everything is
// closed properly at the end and no input can nest deeper than that.
class NoteWriter
{
public:
    NoteWriter(bool plainText, qsizetype sizeHint)
        : m_plainText(plainText)
    {
        m_out.reserve(sizeHint + sizeHint / 8);
    }

    void writeHtml(QStringView html);
    void writePlainText(QStringView text);
    QString finish();

private:
    enum class Separator { None, Space, LineBreak };

    qsizetype writeMarkup(QStringView html, qsizetype at);
    qsizetype writeTag(QStringView html, qsizetype nameStart, bool endTag);
    static qsizetype skipHiddenContent(QStringView html, qsizetype from, QLatin1StringView name);
    void startTag(int tag, QStringView href, bool hasHref);
    void endTag(int tag);
    void open(int tag);
    void closeTop();
    void startLine();
    void separate(Separator separator);
    void writeText(QStringView raw);
    void writeDecoded(QStringView text);
    void writeEscaped(QStringView text);
    void writeLinkStart(const QString &href);
    static QString hrefOf(QStringView value);
    static QString hrefOf(const QUrl &url);
    static bool defuseHref(QString &href);

    QString m_out;
    QString m_decoded;
    QVarLengthArray<int, NoteSanitizer::MaxDepth> m_open;
    // Start tags that were dropped (too deep, unsafe link), so that their end tag is dropped too
    // instead of closing an outer tag of the same name.
    std::array<int, TagCount> m_unmatched{};
    int m_openLinks = 0;
    bool m_plainText;
    bool m_lineHasText = false;
    bool m_afterSpace = true;
    Separator m_pending = Separator::None;
};

void NoteWriter::writeHtml(QStringView html)
{
    const qsizetype size = html.size();
    qsizetype textStart = 0;
    qsizetype pos = 0;
    while ((pos = html.indexOf(u'<', pos)) >= 0 && pos + 1 < size) {
        const QChar next = html[pos + 1];
        if (!isAsciiLetter(next) && next != u'/' && next != u'!' && next != u'?') {
            ++pos; // a lone '<' is text
            continue;
        }
        writeText(html.sliced(textStart, pos - textStart));
        pos = writeMarkup(html, pos);
        textStart = pos;
    }
    if (textStart < size)
        writeText(html.sliced(textStart));
}

// Handles the tag, comment or declaration at html[at] == '<'; returns where the text resumes.
qsizetype NoteWriter::writeMarkup(QStringView html, qsizetype at)
{
    const qsizetype size = html.size();
    const auto skipPast = [html, size](QStringView terminator, qsizetype from) {
        const qsizetype found = html.indexOf(terminator, from);
        return found < 0 ? size : found + terminator.size();
    };
    const QStringView rest = html.sliced(at);
    if (rest.startsWith(u"<!--"))
        return skipPast(u"-->", at + 4);
    if (rest.startsWith(u"<![CDATA["))
        return skipPast(u"]]>", at + 9);
    if (rest.startsWith(u"<!") || rest.startsWith(u"<?"))
        return skipPast(u">", at + 2);
    if (rest.startsWith(u"</")) {
        if (at + 2 < size && isAsciiLetter(html[at + 2]))
            return writeTag(html, at + 2, true);
        return skipPast(u">", at + 2);
    }
    return writeTag(html, at + 1, false);
}

qsizetype NoteWriter::writeTag(QStringView html, qsizetype nameStart, bool endTag)
{
    const qsizetype size = html.size();
    qsizetype pos = nameStart;
    while (pos < size && !isHtmlSpace(html[pos]) && html[pos] != u'/' && html[pos] != u'>')
        ++pos;
    const QStringView name = html.sliced(nameStart, pos - nameStart);
    QStringView href;
    bool hasHref = false;
    while (true) {
        while (pos < size && (isHtmlSpace(html[pos]) || html[pos] == u'/'))
            ++pos;
        if (pos >= size)
            return size; // a tag cut off by the end of the note is dropped, as browsers do
        if (html[pos] == u'>')
            break;
        const qsizetype attributeStart = pos++;
        while (pos < size && !isHtmlSpace(html[pos]) && html[pos] != u'/' && html[pos] != u'>'
               && html[pos] != u'=')
            ++pos;
        const QStringView attribute = html.sliced(attributeStart, pos - attributeStart);
        while (pos < size && isHtmlSpace(html[pos]))
            ++pos;
        if (pos >= size || html[pos] != u'=')
            continue;
        ++pos;
        while (pos < size && isHtmlSpace(html[pos]))
            ++pos;
        if (pos >= size)
            return size;
        QStringView value;
        if (html[pos] == u'"' || html[pos] == u'\'') {
            const qsizetype close = html.indexOf(html[pos], pos + 1);
            if (close < 0)
                return size;
            value = html.sliced(pos + 1, close - pos - 1);
            pos = close + 1;
        } else {
            const qsizetype valueStart = pos;
            while (pos < size && !isHtmlSpace(html[pos]) && html[pos] != u'>')
                ++pos;
            value = html.sliced(valueStart, pos - valueStart);
        }
        if (!hasHref && attribute.compare("href"_L1, Qt::CaseInsensitive) == 0) {
            href = value;
            hasHref = true;
        }
    }
    const qsizetype tagEnd = pos + 1;
    const int tag = lookUpTag(name);
    if (tag == UnknownTag)
        return tagEnd;
    if (endTag) {
        this->endTag(tag);
        return tagEnd;
    }
    if (Tags[tag].kind == Kind::Hidden)
        return skipHiddenContent(html, tagEnd, Tags[tag].name);
    startTag(tag, href, hasHref);
    return tagEnd;
}

// Script, style and friends end only at their own end tag, whatever they contain.
qsizetype NoteWriter::skipHiddenContent(QStringView html, qsizetype from, QLatin1StringView name)
{
    const qsizetype size = html.size();
    qsizetype pos = from;
    while ((pos = html.indexOf(u"</", pos)) >= 0) {
        const qsizetype nameEnd = pos + 2 + name.size();
        if (nameEnd <= size
            && html.sliced(pos + 2, name.size()).compare(name, Qt::CaseInsensitive) == 0
            && (nameEnd == size || isHtmlSpace(html[nameEnd]) || html[nameEnd] == u'/'
                || html[nameEnd] == u'>')) {
            const qsizetype close = html.indexOf(u'>', nameEnd);
            return close < 0 ? size : close + 1;
        }
        pos += 2;
    }
    return size;
}

void NoteWriter::startTag(int tag, QStringView href, bool hasHref)
{
    const Kind kind = Tags[tag].kind;
    switch (kind) {
    case Kind::Hidden:
        return;
    case Kind::Table:
    case Kind::Row:
        separate(Separator::LineBreak);
        return;
    case Kind::Cell:
        separate(Separator::Space);
        return;
    case Kind::Void:
        if (isTag(tag, "hr"_L1) && !m_open.isEmpty() && isTag(m_open.back(), "p"_L1))
            closeTop();
        m_out += u'<' + Tags[tag].name + u'>';
        startLine();
        return;
    case Kind::Link: {
        const QString target = hasHref && m_openLinks == 0 ? hrefOf(href) : QString();
        if (target.isEmpty() || m_open.size() >= NoteSanitizer::MaxDepth) {
            ++m_unmatched[tag];
            return;
        }
        m_open.append(tag);
        ++m_openLinks;
        writeLinkStart(target);
        return;
    }
    case Kind::Block:
        // Like browsers: a block ends an open paragraph, a list item ends an open list item.
        if (!m_open.isEmpty() && isTag(m_open.back(), "p"_L1))
            closeTop();
        if (isTag(tag, "li"_L1) && !m_open.isEmpty() && isTag(m_open.back(), "li"_L1))
            closeTop();
        [[fallthrough]];
    case Kind::Inline:
        if (m_open.size() >= NoteSanitizer::MaxDepth) {
            ++m_unmatched[tag];
            return;
        }
        open(tag);
        return;
    }
}

void NoteWriter::endTag(int tag)
{
    switch (Tags[tag].kind) {
    case Kind::Hidden:
    case Kind::Cell:
        return;
    case Kind::Table:
    case Kind::Row:
        separate(Separator::LineBreak);
        return;
    case Kind::Void:
        if (isTag(tag, "br"_L1)) { // browsers read </br> as <br>
            m_out += "<br>"_L1;
            startLine();
        }
        return;
    case Kind::Link:
    case Kind::Block:
    case Kind::Inline:
        break;
    }
    if (m_unmatched[tag] > 0) {
        --m_unmatched[tag];
        return;
    }
    qsizetype index = m_open.size() - 1;
    while (index >= 0 && m_open[index] != tag)
        --index;
    if (index < 0)
        return; // nothing to close: a stray end tag
    while (m_open.size() > index)
        closeTop();
}

void NoteWriter::open(int tag)
{
    m_open.append(tag);
    m_out += u'<' + Tags[tag].name + u'>';
    if (Tags[tag].kind == Kind::Block)
        startLine();
}

void NoteWriter::closeTop()
{
    const int tag = m_open.back();
    m_open.removeLast();
    m_out += "</"_L1 + Tags[tag].name + u'>';
    if (Tags[tag].kind == Kind::Link)
        --m_openLinks;
    if (Tags[tag].kind == Kind::Block)
        startLine();
}

void NoteWriter::startLine()
{
    m_lineHasText = false;
    m_pending = Separator::None;
}

// Flattened tables: a cell or row boundary becomes a space or a line break, written lazily just
// before the next text so that no empty lines pile up.
void NoteWriter::separate(Separator separator)
{
    if (m_lineHasText && separator > m_pending)
        m_pending = separator;
}

void NoteWriter::writePlainText(QStringView text)
{
    decodeEntities(text, m_decoded);
    writeDecoded(m_decoded);
}

void NoteWriter::writeText(QStringView raw)
{
    if (raw.isEmpty())
        return;
    decodeEntities(raw, m_decoded);
    writeDecoded(m_decoded);
}

// Escapes decoded text and links the http(s) URLs in it, except inside a link already.
void NoteWriter::writeDecoded(QStringView text)
{
    if (m_openLinks > 0) {
        writeEscaped(text);
        return;
    }
    qsizetype written = 0;
    qsizetype pos = 0;
    while ((pos = text.indexOf("http"_L1, pos, Qt::CaseInsensitive)) >= 0) {
        const qsizetype end = urlEnd(text, pos);
        if (end == pos) {
            pos += 4;
            continue;
        }
        const QStringView candidate = text.sliced(pos, end - pos);
        const QString target =
            candidate.size() <= MaxLinkLength ? hrefOf(QUrl(candidate.toString())) : QString();
        if (!target.isEmpty()) {
            writeEscaped(text.sliced(written, pos - written));
            writeLinkStart(target);
            writeEscaped(candidate);
            m_out += "</a>"_L1;
            written = end;
        }
        pos = end; // never rescan a candidate: keeps runs of "http://http://..." linear
    }
    writeEscaped(text.sliced(written));
}

void NoteWriter::writeEscaped(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool space = c == u' ' || c == u'\t';
        const bool lineBreak = c == u'\n' || c == u'\r';
        if (!space && !lineBreak && m_pending != Separator::None) {
            m_out += m_pending == Separator::LineBreak ? "<br>"_L1 : " "_L1;
            m_pending = Separator::None;
        }
        if (lineBreak && m_plainText) {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            m_out += "<br>"_L1;
            m_lineHasText = false;
            m_afterSpace = true;
            continue;
        }
        if (space && m_plainText) {
            // Plain text keeps its runs of spaces and its indentation.
            m_out += m_afterSpace ? "&nbsp;"_L1 : " "_L1;
            m_afterSpace = true;
            continue;
        }
        if (isDroppedControl(c.unicode()))
            continue;
        switch (c.unicode()) {
        case u'&':
            m_out += "&amp;"_L1;
            break;
        case u'<':
            m_out += "&lt;"_L1;
            break;
        case u'>':
            m_out += "&gt;"_L1;
            break;
        case u'"':
            m_out += "&quot;"_L1;
            break;
        default:
            m_out += c;
        }
        if (!space && !lineBreak) {
            m_lineHasText = true;
            m_afterSpace = false;
        }
    }
}

void NoteWriter::writeLinkStart(const QString &href)
{
    m_out += "<a href=\""_L1;
    for (const QChar c : href) {
        if (c == u'&')
            m_out += "&amp;"_L1;
        else if (c == u'"')
            m_out += "&quot;"_L1;
        else
            m_out += c;
    }
    m_out += "\">"_L1;
}

// The href to write for an <a href> value, or an empty string when it is not a safe link.
QString NoteWriter::hrefOf(QStringView value)
{
    QString decoded;
    decodeEntities(value, decoded);
    // Browsers ignore tabs and line breaks inside URLs ("java&#9;script:" is javascript:).
    decoded.remove(u'\t').remove(u'\n').remove(u'\r');
    decoded = decoded.trimmed();
    if (decoded.isEmpty() || decoded.size() > MaxLinkLength)
        return {};
    return hrefOf(QUrl(decoded));
}

QString NoteWriter::hrefOf(const QUrl &url)
{
    if (!NoteSanitizer::isSafeLink(url))
        return {};
    QString href = url.toString(QUrl::FullyEncoded);
    if (!defuseHref(href))
        return {};
    return href;
}

// Percent-encodes the first letter of each marker past the host (an equivalent URL, RFC 3986
// 2.3), so that "?src=" or "/profile:" cannot trip a check for dangerous markup. Fails when a
// marker sits in the scheme, user info or host.
bool NoteWriter::defuseHref(QString &href)
{
    const qsizetype schemeEnd = href.indexOf("://"_L1);
    qsizetype authorityEnd = href.size();
    for (const QChar delimiter : {u'/', u'?', u'#'}) {
        const qsizetype found = href.indexOf(delimiter, schemeEnd + 3);
        if (found >= 0)
            authorityEnd = qMin(authorityEnd, found);
    }
    for (const QLatin1StringView marker : HrefMarkers) {
        qsizetype found = 0;
        while ((found = href.indexOf(marker, found, Qt::CaseInsensitive)) >= 0) {
            if (found < authorityEnd)
                return false;
            const char16_t letter = href[found].unicode();
            href.replace(found, 1, u'%' + QString::number(letter, 16).toUpper());
            found += 3;
        }
    }
    return true;
}

QString NoteWriter::finish()
{
    while (!m_open.isEmpty())
        closeTop();
    return std::move(m_out);
}

} // namespace

SanitizedNote NoteSanitizer::sanitize(QStringView note, qsizetype maxLength)
{
    SanitizedNote result;
    if (maxLength >= 0 && note.size() > maxLength) {
        qsizetype cut = maxLength;
        if (cut > 0 && note[cut - 1].isHighSurrogate())
            --cut;
        note = note.first(cut);
        result.truncated = true;
    }
    const bool html = looksLikeHtml(note);
    NoteWriter writer(!html, note.size());
    if (html)
        writer.writeHtml(note);
    else
        writer.writePlainText(note);
    result.html = writer.finish();
    return result;
}

bool NoteSanitizer::looksLikeHtml(QStringView note)
{
    qsizetype pos = 0;
    while ((pos = note.indexOf(u'<', pos)) >= 0 && pos + 1 < note.size()) {
        const QChar next = note[pos + 1];
        if (isAsciiLetter(next) || next == u'/' || next == u'!' || next == u'?')
            return note.indexOf(u'>', pos) >= 0;
        ++pos;
    }
    return false;
}

bool NoteSanitizer::isSafeLink(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme();
    return scheme.compare("http"_L1, Qt::CaseInsensitive) == 0
           || scheme.compare("https"_L1, Qt::CaseInsensitive) == 0;
}

QString NoteSanitizer::truncationNotice(qsizetype maxLength)
{
    const int shown = int(qBound(qsizetype(0), maxLength, qsizetype(INT_MAX)));
    return tr("This note is too long: only its first %Ln characters are shown.", nullptr, shown);
}
