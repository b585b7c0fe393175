// SPDX-License-Identifier: MIT
#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

// Reads a CSV file back with Python's csv module (tests/support/csv_reader.py): an independent
// reader, so what it parses is what a spreadsheet user gets.
class PythonCsvReader
{
public:
    // The rows of the file, or an empty list with `error` set.
    static QList<QStringList> read(const QString &path, QChar separator, QString *error);
};
