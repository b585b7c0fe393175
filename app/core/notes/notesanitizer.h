// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

class QUrl;

// A note made safe to show: HTML that QTextBrowser can render without loading anything, the
// text that HTML shows (line breaks kept, white space collapsed as HTML does), and whether the
// note had to be cut to the length limit.
struct SanitizedNote {
    QString html;
    QString plainText;
    bool truncated = false;
};

// The one reader of panel notes: turns an untrusted note, HTML or plain text, into HTML that
// keeps simple formatting and http(s) links but can load, run and style nothing, and into the
// plain text the notes pane, the Note column, the CSV and search all use. Reads with libxml2's
// HTML parser, no recursion; at the default length the slowest note found, one tag with
// thousands of attributes, takes under 0.1 s.
class NoteSanitizer
{
    Q_DECLARE_TR_FUNCTIONS(NoteSanitizer)

public:
    static constexpr qsizetype DefaultMaxLength = 100'000;
    // Formatting tags nested deeper than this are dropped; their text is kept.
    static constexpr int MaxDepth = 32;

    // Reads the note as HTML if looksLikeHtml(), else as plain text whose line breaks are kept.
    // Only the first maxLength characters are read (a negative maxLength reads everything).
    static SanitizedNote sanitize(QStringView note, qsizetype maxLength = DefaultMaxLength);
    // sanitize(note).plainText, remembered for the notes read last; safe from any thread.
    static QString plainText(const QString &note);
    // True when the note holds something shaped like a tag, comment or declaration.
    static bool looksLikeHtml(QStringView note);
    // Only absolute http and https URLs with a host are ever linked or opened.
    static bool isSafeLink(const QUrl &url);
    // The line to show under a note that sanitize() cut at maxLength characters.
    static QString truncationNotice(qsizetype maxLength = DefaultMaxLength);
};
