// SPDX-License-Identifier: MIT
#pragma once

#include "notesanitizer.h"

#include <QLatin1StringView>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

class QUrl;

// Our allow-list on top of the HTML parser: turns its events into HTML that keeps simple
// formatting and safe links only, and, alongside, into the text that HTML shows. Open kept tags
// live on a stack capped at NoteSanitizer::MaxDepth, so everything is closed properly at the end
// and no input can nest deeper than that.
class NoteWriter
{
public:
    // A plain text note keeps its line breaks and runs of spaces.
    NoteWriter(bool plainText, qsizetype sizeHint);

    // The parser's events: names in lower case, attributes as UTF-8 name and value pairs ending
    // in a null name (a value may be null), text with its entities decoded.
    void startElement(QLatin1StringView name, const char *const *attributes);
    void endElement(QLatin1StringView name);
    void writeText(QStringView text);
    void finish(SanitizedNote &note);

    // Whether the plain text of `text`, read as plain text, is `text` itself, trimmed: true
    // when it holds no '<', '&', carriage return, no-break space or dropped control character.
    static bool readsAsItself(QStringView text);

private:
    enum class Separator { None, Space, LineBreak };

    void startTag(int tag, const QString &href, bool hasHref);
    void endTag(int tag);
    void open(int tag);
    void closeTop();
    void startLine();
    void separate(Separator separator);
    void textSpace();
    void textLineBreak();
    void writeDecoded(QStringView text);
    void writeEscaped(QStringView text);
    void writeLinkStart(const QString &href);
    void writePendingLink();
    static QString hrefOf(const QString &value);
    static QString hrefOf(const QUrl &url);
    static bool defuseHref(QString &href);

    QString m_out;
    QString m_text;
    QVarLengthArray<int, NoteSanitizer::MaxDepth> m_open;
    // Start tags that were dropped (too deep, unsafe link), so that their end tag is dropped too
    // instead of closing an outer tag of the same name.
    QVarLengthArray<int, 64> m_unmatched;
    // Elements open inside a script, style or other hidden element, itself counted.
    qsizetype m_hiddenDepth = 0;
    int m_openLinks = 0;
    // The href of an open link whose start is written only once something shows inside it: the
    // parser closes a link at the next one, and empty links would pile up.
    QString m_pendingLink;
    bool m_plainText;
    bool m_lineHasText = false;
    bool m_afterSpace = true;
    Separator m_pending = Separator::None;
};
