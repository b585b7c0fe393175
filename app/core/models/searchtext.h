// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

// Text as the filter compares it: case-folded, accents removed ("Café" and "CAFE" match).
// Folding happens once per row, not per keystroke.
class SearchText
{
public:
    static QString fold(QStringView text);
    // Appends fold() as UTF-8: half the memory for the mostly ASCII text kept per row.
    // Substrings of valid UTF-8 match exactly where the UTF-16 ones would.
    static void appendFoldedUtf8(QStringView text, QByteArray &out);
    // "Likes  indo " -> {"likes", "indo"}: folded words that must all be found.
    static QStringList terms(QStringView query);
};
