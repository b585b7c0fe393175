// SPDX-License-Identifier: MIT
#pragma once

#include "csvfield.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <vector>

class QAbstractItemModel;
class ServiceTableModel;

// Writes rows of a ServiceTableModel as CSV lines in UTF-8 straight from the services where a
// column is a plain field, and through the model's data() for the others: the same bytes as
// CsvWriter writing cell by cell, several times faster. Only reads the table, so several
// threads can format rows at once.
class ServiceCsvRows
{
public:
    struct Source {
        const ServiceTableModel *table = nullptr;
        std::vector<int> rows; // rows of the table, in the order shown
    };
    // The table behind one of the app's own models (the table, the view, a snapshot) and the
    // rows the model shows; nothing for any other model.
    static std::optional<Source> sourceOf(const QAbstractItemModel &model);

    ServiceCsvRows(const ServiceTableModel &table, const QList<int> &columns,
                   const CsvFieldFormat &format);

    // Appends the lines of `count` rows of the table, starting at `rows`.
    void append(QByteArray &out, const int *rows, qsizetype count) const;

private:
    class Writer;
    void appendCell(Writer &out, int row, qsizetype column) const;
    void appendText(Writer &out, QStringView text) const;
    void appendDouble(Writer &out, double value) const;
    void appendThroughModel(Writer &out, int row, int column) const;

    const ServiceTableModel &m_table;
    QList<int> m_columns;
    CsvFieldFormat m_format;
    QByteArray m_separator; // UTF-8
    QByteArray m_decimalMark;
    QByteArray m_yes; // whole fields, quoted or guarded as they need
    QByteArray m_no;
};
