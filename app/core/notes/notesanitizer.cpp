// SPDX-License-Identifier: MIT
#include "notesanitizer.h"

#include "notewriter.h"

#include <QCache>
#include <QMutex>
#include <QUrl>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include <climits>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// libxml2's HTML parser (maintained, fuzzed in OSS-Fuzz), driven through its SAX interface: no
// tree is built, so nesting costs no memory and no depth limit drops text (its tree builder
// stops at depth 256). Chosen over gumbo 0.10.1, Debian 12's other fuzzed HTML parser, after
// measuring both on our notes: libxml2 read typical notes 2-3 times faster and the 5 MiB note 9
// times faster, while gumbo took 8 s over 20,000 nested <b> and ran out of memory at 100,000.
htmlParserCtxtPtr contextOf(void *context)
{
    return static_cast<htmlParserCtxtPtr>(context);
}

NoteWriter &writerOf(void *context)
{
    return *static_cast<NoteWriter *>(contextOf(context)->_private);
}

void onStartElement(void *context, const xmlChar *name, const xmlChar **attributes)
{
    writerOf(context).startElement(QLatin1StringView(reinterpret_cast<const char *>(name)),
                                   reinterpret_cast<const char *const *>(attributes));
}

void onEndElement(void *context, const xmlChar *name)
{
    writerOf(context).endElement(QLatin1StringView(reinterpret_cast<const char *>(name)));
}

void onCharacters(void *context, const xmlChar *characters, int length)
{
    writerOf(context).writeText(
        QString::fromUtf8(reinterpret_cast<const char *>(characters), length));
}

// Feeds the note to libxml2 inside a <body>, so that text outside any tag is not wrapped in an
// implied paragraph (libxml2 ignores the note's own <html> and <body>).
void parse(const QByteArray &note, NoteWriter &writer)
{
    // Once, before any thread parses: search folds notes on a worker.
    static const bool initialized = [] {
        xmlInitParser();
        return true;
    }();
    Q_UNUSED(initialized);
    const QByteArray document = "<html><body>" + note;
    if (document.size() > INT_MAX)
        return;
    htmlParserCtxtPtr context =
        htmlCreateMemoryParserCtxt(document.constData(), int(document.size()));
    if (!context)
        return;
    htmlSAXHandler handler;
    std::memset(&handler, 0, sizeof handler);
    handler.startElement = onStartElement;
    handler.endElement = onEndElement;
    handler.characters = onCharacters;
    handler.ignorableWhitespace = onCharacters;
    handler.cdataBlock = onCharacters;
    *context->sax = handler;
    context->_private = &writer;
    xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8);
    htmlCtxtUseOptions(context, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                                    | HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED
                                    | HTML_PARSE_IGNORE_ENC);
    htmlParseDocument(context);
    htmlFreeParserCtxt(context);
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
    if (html) {
        parse(note.toUtf8(), writer);
    } else if (note.contains(u'&')) {
        // Plain text still spells characters as entities; the parser decodes them, and sees
        // every '<' as text.
        QByteArray escaped = note.toUtf8();
        escaped.replace('<', "&lt;");
        parse(escaped, writer);
    } else {
        writer.writeText(note);
    }
    writer.finish(result);
    return result;
}

QString NoteSanitizer::plainText(const QString &note)
{
    // Text without markup or entities reads as itself: most notes need no parser at all.
    if (note.size() <= DefaultMaxLength && NoteWriter::readsAsItself(note))
        return note.trimmed();
    // Panels give thousands of services the same few notes, and the CSV asks row by row.
    static QMutex mutex;
    static QCache<QString, QString> cache(4'000'000); // characters of notes and their text
    {
        const QMutexLocker locker(&mutex);
        if (const QString *text = cache.object(note))
            return *text;
    }
    const QString text = sanitize(note).plainText;
    const QMutexLocker locker(&mutex);
    cache.insert(note, new QString(text), note.size() + text.size() + 1);
    return text;
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
