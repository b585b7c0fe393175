// SPDX-License-Identifier: MIT
#include "notewriter.h"

#include <QUrl>

#include <algorithm>
#include <array>
#include <utility>

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

int lookUpTag(QLatin1StringView name)
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

// Left in an href they are harmless, but no output may contain them inside a tag.
constexpr std::array HrefMarkers{"javascript:"_L1, "file:"_L1, "src="_L1, "url("_L1};

constexpr qsizetype MaxLinkLength = 4096;

bool isDroppedControl(char32_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || (c >= 0x7F && c <= 0x9F);
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

} // namespace

NoteWriter::NoteWriter(bool plainText, qsizetype sizeHint)
    : m_unmatched(TagCount, 0)
    , m_plainText(plainText)
{
    m_out.reserve(sizeHint + sizeHint / 8);
    m_text.reserve(sizeHint);
}

void NoteWriter::startElement(QLatin1StringView name, const char *const *attributes)
{
    if (m_hiddenDepth > 0) {
        ++m_hiddenDepth;
        return;
    }
    const int tag = lookUpTag(name);
    if (tag == UnknownTag)
        return;
    if (Tags[tag].kind == Kind::Hidden) {
        m_hiddenDepth = 1;
        return;
    }
    QString href;
    bool hasHref = false;
    if (Tags[tag].kind == Kind::Link && attributes) {
        for (const char *const *attribute = attributes; *attribute; attribute += 2) {
            if (qstricmp(*attribute, "href") == 0) {
                href = QString::fromUtf8(attribute[1]);
                hasHref = true;
                break;
            }
        }
    }
    startTag(tag, href, hasHref);
}

void NoteWriter::endElement(QLatin1StringView name)
{
    if (m_hiddenDepth > 0) {
        --m_hiddenDepth;
        return;
    }
    const int tag = lookUpTag(name);
    if (tag != UnknownTag)
        endTag(tag);
}

void NoteWriter::writeText(QStringView text)
{
    if (m_hiddenDepth == 0)
        writeDecoded(text);
}

void NoteWriter::startTag(int tag, const QString &href, bool hasHref)
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
        writePendingLink();
        m_out += u'<' + Tags[tag].name + u'>';
        if (isTag(tag, "br"_L1))
            textLineBreak();
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
        m_pendingLink = target;
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
    case Kind::Void: // ended by the parser right after their start
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
    writePendingLink();
    m_open.append(tag);
    m_out += u'<' + Tags[tag].name + u'>';
    if (Tags[tag].kind == Kind::Block)
        startLine();
}

void NoteWriter::closeTop()
{
    const int tag = m_open.back();
    m_open.removeLast();
    if (Tags[tag].kind == Kind::Link) {
        --m_openLinks;
        if (!m_pendingLink.isEmpty()) {
            m_pendingLink.clear();
            return;
        }
    }
    m_out += "</"_L1 + Tags[tag].name + u'>';
    if (Tags[tag].kind == Kind::Block)
        startLine();
}

void NoteWriter::startLine()
{
    m_lineHasText = false;
    m_pending = Separator::None;
    if (!m_text.isEmpty() && !m_text.endsWith(u'\n'))
        textLineBreak();
}

void NoteWriter::textLineBreak()
{
    while (m_text.endsWith(u' '))
        m_text.chop(1);
    m_text += u'\n';
}

// Flattened tables: a cell or row boundary becomes a space or a line break, written lazily just
// before the next text so that no empty lines pile up.
void NoteWriter::separate(Separator separator)
{
    if (m_lineHasText && separator > m_pending)
        m_pending = separator;
}

// The plain text shows what a browser shows: a run of white space as one space, none at the
// start of a line.
void NoteWriter::textSpace()
{
    if (!m_text.isEmpty() && !m_text.endsWith(u' ') && !m_text.endsWith(u'\n'))
        m_text += u' ';
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
    if (!text.isEmpty())
        writePendingLink();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool space = c == u' ' || c == u'\t';
        const bool lineBreak = c == u'\n' || c == u'\r';
        if (!space && !lineBreak && m_pending != Separator::None) {
            const bool lineBreakPending = m_pending == Separator::LineBreak;
            m_out += lineBreakPending ? "<br>"_L1 : " "_L1;
            if (lineBreakPending)
                textLineBreak();
            else
                textSpace();
            m_pending = Separator::None;
        }
        if (lineBreak && m_plainText) {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            m_out += "<br>"_L1;
            m_text += u'\n';
            m_lineHasText = false;
            m_afterSpace = true;
            continue;
        }
        if (space && m_plainText) {
            // Plain text keeps its runs of spaces and its indentation.
            m_out += m_afterSpace ? "&nbsp;"_L1 : " "_L1;
            m_text += c;
            m_afterSpace = true;
            continue;
        }
        if (isDroppedControl(c.unicode()))
            continue;
        if (space || lineBreak)
            textSpace(); // HTML shows a run of white space as one space
        else
            m_text += c == QChar::Nbsp ? QChar(u' ') : c;
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

void NoteWriter::writePendingLink()
{
    if (!m_pendingLink.isEmpty())
        writeLinkStart(std::exchange(m_pendingLink, QString()));
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
QString NoteWriter::hrefOf(const QString &value)
{
    // Browsers ignore tabs and line breaks inside URLs ("java&#9;script:" is javascript:).
    QString decoded = value;
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

void NoteWriter::finish(SanitizedNote &note)
{
    while (!m_open.isEmpty())
        closeTop();
    note.html = std::move(m_out);
    note.plainText = m_text.trimmed();
}

bool NoteWriter::readsAsItself(QStringView text)
{
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c == u'<' || c == u'&' || c == u'\r' || c == QChar::Nbsp
               || isDroppedControl(c.unicode());
    });
}
