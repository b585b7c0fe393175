// SPDX-License-Identifier: MIT
#include "csvwriter.h"

#include "servicetablemodel.h"
#include "writefully.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace {

// Rows between two progress reports, and UTF-16 code units buffered before one device write.
constexpr qsizetype ProgressInterval = 4096;
constexpr qsizetype ChunkSize = 1 << 16;

struct FieldFormat {
    QChar separator;
    QChar decimalMark;
    QChar highestSpecial; // no character above it needs quoting
    bool formulaGuard = true;
    QString yes;
    QString no;
};

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

// Text a spreadsheet would take for a formula (or, after a tab or CR, for something else).
bool looksLikeFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

void appendText(QString &out, QStringView text, const FieldFormat &format)
{
    const bool guarded = format.formulaGuard && looksLikeFormula(text);
    bool quoted = !text.isEmpty() && ((!guarded && isBlank(text.front())) || isBlank(text.back()));
    qsizetype firstQuote = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c > format.highestSpecial) // most characters: one comparison
            continue;
        if (c == u'"') {
            quoted = true;
            firstQuote = i;
            break;
        }
        if (c == format.separator || c == u'\r' || c == u'\n')
            quoted = true;
    }

    if (quoted)
        out += u'"';
    if (guarded)
        out += u'\'';
    if (firstQuote < 0) {
        out += text;
    } else {
        qsizetype start = 0;
        for (qsizetype i = firstQuote; i < text.size(); ++i) {
            if (text[i] == u'"') {
                out += text.sliced(start, i + 1 - start);
                out += u'"';
                start = i + 1;
            }
        }
        out += text.sliced(start);
    }
    if (quoted)
        out += u'"';
}

template<typename Integer> void appendInteger(QString &out, Integer value)
{
    char buffer[24];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out += QLatin1String(buffer, end - buffer);
}

void appendDouble(QString &out, double value)
{
    // Below 2^53 std::to_chars gives exactly what QString::number(value, 'f', shortest) gives,
    // about three times faster; beyond it, and for ±0, NaN and infinity, they differ: ask Qt.
    if (value != 0 && std::fabs(value) < 0x1p53) {
        char buffer[512];
        const auto [end, error] =
            std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
        if (error == std::errc()) {
            out += QLatin1String(buffer, end - buffer);
            return;
        }
    }
    out += QString::number(value, 'f', QLocale::FloatingPointShortest);
}

void appendValue(QString &out, const QVariant &value, const FieldFormat &format)
{
    if (value.metaType() == QMetaType::fromType<Decimal>()) {
        const QString number =
            static_cast<const Decimal *>(value.constData())->toString(format.decimalMark);
        if (format.decimalMark == format.separator && number.contains(format.decimalMark))
            out += u'"' + number + u'"';
        else
            out += number;
        return;
    }
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        break;
    case QMetaType::QString:
        appendText(out, *static_cast<const QString *>(value.constData()), format);
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        if (format.decimalMark == u'.') {
            appendDouble(out, value.toDouble());
        } else {
            const qsizetype start = out.size();
            appendDouble(out, value.toDouble());
            if (const qsizetype point = out.indexOf(u'.', start); point >= 0) {
                out[point] = format.decimalMark;
                if (format.decimalMark == format.separator) {
                    out.insert(start, u'"');
                    out += u'"';
                }
            }
        }
        break;
    case QMetaType::Short:
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
        appendInteger(out, value.toLongLong());
        break;
    case QMetaType::UShort:
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        appendInteger(out, value.toULongLong());
        break;
    case QMetaType::Bool:
        appendText(out, value.toBool() ? format.yes : format.no, format);
        break;
    default:
        appendText(out, value.toString(), format);
        break;
    }
}

} // namespace

CsvWriter::CsvWriter() = default;

CsvWriter::CsvWriter(const Options &options)
    : m_options(options)
{}

CsvWriter::Options CsvWriter::withNumberFormat(Options options, NumberFormat format,
                                               const QLocale &locale)
{
    if (format == NumberFormat::Raw) {
        options.decimalMark = u'.';
        return options;
    }
    const QString decimalPoint = locale.decimalPoint();
    options.decimalMark = decimalPoint.size() == 1 ? decimalPoint.front() : QChar(u'.');
    options.separator = options.decimalMark == u',' ? u';' : u',';
    return options;
}

QString CsvWriter::checkInput(const QAbstractItemModel &model, const QList<int> &columns) const
{
    const QChar separator = m_options.separator;
    if (separator.isNull() || separator == u'"' || separator == u'\r' || separator == u'\n')
        return tr("A CSV separator cannot be empty, a double quote or a line break.");
    const QChar decimalMark = m_options.decimalMark;
    if (decimalMark.isNull() || decimalMark == u'"' || decimalMark == u'\r' || decimalMark == u'\n'
        || decimalMark.isDigit() || decimalMark == u'-')
        return tr("A decimal mark cannot be empty, a digit, a minus, a double quote or a line "
                  "break.");
    if (columns.isEmpty())
        return tr("There are no columns to export.");
    if (!m_options.headerTitles.isEmpty() && m_options.headerTitles.size() != columns.size())
        return tr("The CSV header has %1 titles for %n column(s).", nullptr, int(columns.size()))
            .arg(m_options.headerTitles.size());
    const int columnCount = model.columnCount();
    for (int column : columns) {
        if (column < 0 || column >= columnCount)
            return tr("The table has no column %1.").arg(column);
    }
    return {};
}

CsvWriter::Result CsvWriter::write(const QAbstractItemModel &model, const QList<int> &columns,
                                   QIODevice *device) const
{
    Result result;
    result.error = checkInput(model, columns);
    if (result.isError())
        return result;
    if (!device || !device->isWritable()) {
        result.error = tr("The CSV data has nowhere to go: the output is not open for writing.");
        return result;
    }
    result = writeRows(model, columns, device);
    if (result.isError())
        result.error = tr("Could not write the CSV data: %1").arg(result.error);
    return result;
}

CsvWriter::Result CsvWriter::writeToFile(const QAbstractItemModel &model, const QList<int> &columns,
                                         const QString &path) const
{
    Result result;
    result.error = checkInput(model, columns);
    if (result.isError())
        return result;

    if (path == u"-") {
        QFile out;
        // Through the FILE so anything already printed with stdio comes out first.
        if (!out.open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle)) {
            result.error = tr("Could not write to standard output: %1").arg(out.errorString());
            return result;
        }
        result = writeRows(model, columns, &out);
        if (result.isError())
            result.error = tr("Could not write to standard output: %1").arg(result.error);
        return result;
    }

    if (path.isEmpty()) {
        result.error = tr("No file name was given for the export.");
        return result;
    }
    const QString name = QDir::toNativeSeparators(path);
    // A device or a pipe (/dev/null, a FIFO a script reads) is written in place: QSaveFile would
    // replace it with a regular file.
    if (const QFileInfo target(path); target.exists() && !target.isFile() && !target.isDir()) {
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly)) {
            result.error =
                tr("Could not open “%1” for writing: %2").arg(name, device.errorString());
            return result;
        }
        result = writeRows(model, columns, &device);
        if (result.isError())
            result.error = tr("Could not write “%1”: %2").arg(name, result.error);
        return result;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = tr("Could not open “%1” for writing: %2").arg(name, file.errorString());
        return result;
    }
    result = writeRows(model, columns, &file);
    if (result.isError() || result.cancelled) {
        file.cancelWriting();
        if (result.isError())
            result.error = tr("Could not write “%1”: %2").arg(name, result.error);
        return result;
    }
    if (!file.commit())
        result.error = tr("Could not save “%1”: %2").arg(name, file.errorString());
    return result;
}

CsvWriter::Result CsvWriter::writeRows(const QAbstractItemModel &model, const QList<int> &columns,
                                       QIODevice *device) const
{
    const FieldFormat format{
        m_options.separator,
        m_options.decimalMark,
        std::max(m_options.separator, QChar(u'"')),
        m_options.formulaGuard,
        m_options.booleans == BooleanStyle::Words ? tr("yes") : QStringLiteral("1"),
        m_options.booleans == BooleanStyle::Words ? tr("no") : QStringLiteral("0"),
    };
    Result result;
    QString out;
    out.reserve(ChunkSize + 4096);

    // One conversion and one device write per chunk of rows, not per field.
    const auto flush = [&] {
        const QByteArray bytes = out.toUtf8();
        out.resize(0); // keeps the capacity
        result.error = writeFully(*device, bytes);
        return result.error.isEmpty();
    };

    if (m_options.byteOrderMark)
        out += QChar(QChar::ByteOrderMark);
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            out += format.separator;
        appendText(out,
                   m_options.headerTitles.isEmpty()
                       ? model.headerData(columns[i], Qt::Horizontal).toString()
                       : m_options.headerTitles[i],
                   format);
    }
    out += u"\r\n";

    // Prices are written from their exact decimals, never through a double.
    QList<bool> exact;
    for (const int column : columns)
        exact.append(column == ServiceTableModel::PriceColumn
                     || column == ServiceTableModel::PriceIdrColumn);

    const int rowCount = model.rowCount();
    for (int row = 0; row < rowCount;) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                out += format.separator;
            const QModelIndex index = model.index(row, columns[i]);
            QVariant value;
            if (exact[i])
                value = model.data(index, ServiceTableModel::ExactRole);
            if (!value.isValid())
                value = model.data(index, ServiceTableModel::SortRole);
            appendValue(out, value, format);
        }
        out += u"\r\n";
        ++row;

        if (out.size() >= ChunkSize || row % ProgressInterval == 0) {
            if (!flush())
                return result;
            result.rowsWritten = row;
        }
        if (m_progress && row % ProgressInterval == 0 && row < rowCount
            && !m_progress(row, rowCount)) {
            result.cancelled = true;
            return result;
        }
    }
    if (!flush())
        return result;
    result.rowsWritten = rowCount;

    if (auto *file = qobject_cast<QFileDevice *>(device); file && !file->flush()) {
        result.error = file->errorString();
        return result;
    }
    if (m_progress && !m_progress(rowCount, rowCount))
        result.cancelled = true;
    return result;
}
