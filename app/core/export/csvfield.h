// SPDX-License-Identifier: MIT
#pragma once

#include <QChar>
#include <QString>
#include <QStringView>
#include <QVariant>

// How one field of a CSV file is written: quoted where its text needs it, prefixed with ' where
// a spreadsheet would take it for a formula, numbers with the chosen decimal mark.
struct CsvFieldFormat {
    QChar separator;
    QChar decimalMark;
    QChar highestSpecial; // no character above it needs quoting
    bool formulaGuard = true;
    QString yes;
    QString no;
};

class CsvField
{
public:
    // A blank that a field may not start or end with unquoted.
    static bool isBlank(QChar c);
    // Text a spreadsheet would take for a formula (or, after a tab or CR, for something else).
    static bool looksLikeFormula(QStringView text);
    static void appendText(QString &out, QStringView text, const CsvFieldFormat &format);
    // A value of ServiceTableModel::SortRole or ExactRole; nothing for an invalid one.
    static void appendValue(QString &out, const QVariant &value, const CsvFieldFormat &format);
};
