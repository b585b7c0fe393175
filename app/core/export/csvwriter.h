// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <functional>

class QAbstractItemModel;
class QIODevice;

// Writes the rows of a table model as RFC 4180 CSV, exact raw values from
// ServiceTableModel::SortRole, safe to open in a spreadsheet.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    enum class BooleanStyle {
        Digits, // 1 / 0
        Words   // yes / no, translated
    };

    // Raw: ',' and '.' whatever the locale, for programs. Locale: the separator and decimal
    // mark a spreadsheet set to the locale reads, e.g. ';' and ',' in Indonesian.
    enum class NumberFormat { Raw, Locale };

    struct Options {
        QChar separator = u',';    // ',', ';' or '\t'; never '"', CR or LF
        QChar decimalMark = u'.';  // numbers are otherwise written as they are: no grouping
        bool byteOrderMark = true; // UTF-8 BOM, so Excel reads the file as UTF-8
        // Prefix text starting with = + - @ tab or CR with ' so spreadsheets don't run it.
        bool formulaGuard = true;
        BooleanStyle booleans = BooleanStyle::Digits;
        // The header line's titles, one per exported column; empty: the model's own titles.
        QStringList headerTitles;
    };

    struct Result {
        qsizetype rowsWritten = 0; // data rows, header not counted
        bool cancelled = false;    // the progress callback said stop
        QString error;             // empty unless the export failed

        bool isError() const { return !error.isEmpty(); }
        bool isComplete() const { return !cancelled && error.isEmpty(); }
    };

    // Called every few thousand rows and once at the end; returning false cancels the export.
    using ProgressCallback = std::function<bool(qsizetype done, qsizetype total)>;

    CsvWriter();
    explicit CsvWriter(const Options &options);

    // `options` with the separator and decimal mark of `format`: unchanged for Raw, except the
    // decimal mark; for Locale, ';' wherever the locale's decimal mark is ',', else ','.
    static Options withNumberFormat(Options options, NumberFormat format, const QLocale &locale);

    const Options &options() const { return m_options; }
    void setOptions(const Options &options) { m_options = options; }
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }

    // Writes a header line of the columns' titles, then every row of `model` in its current
    // order. `columns` are model column numbers in the order they are written. A cancelled or
    // failed export leaves what was already written in the device.
    Result write(const QAbstractItemModel &model, const QList<int> &columns,
                 QIODevice *device) const;
    // Like write(), into a file replaced atomically only when the whole export succeeded;
    // "-" writes to standard output.
    Result writeToFile(const QAbstractItemModel &model, const QList<int> &columns,
                       const QString &path) const;

private:
    QString checkInput(const QAbstractItemModel &model, const QList<int> &columns) const;
    // Sets `error` to the device's own reason only; the public functions say what failed.
    Result writeRows(const QAbstractItemModel &model, const QList<int> &columns,
                     QIODevice *device) const;

    Options m_options;
    ProgressCallback m_progress;
};
