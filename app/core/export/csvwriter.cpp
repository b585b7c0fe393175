// SPDX-License-Identifier: MIT
#include "csvwriter.h"

#include "csvfield.h"
#include "hugepages.h"
#include "servicecsvrows.h"
#include "servicetablemodel.h"
#include "writefully.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QLocale>
#include <QSaveFile>
#include <QScopeGuard>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <optional>

namespace {

// Rows between two progress reports, each written to the device at once.
constexpr qsizetype ProgressInterval = 4096;
// Chunks of rows formatted at once on each core before they are written in order, while the
// next ones are formatted. Few, so that the next chunks reuse the memory of the last: every
// fresh MiB costs about as much to hand over as formatting it.
constexpr qsizetype ChunksPerCore = 2;
constexpr qsizetype MaxChunksAtOnce = 16;

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
    const CsvFieldFormat format{
        m_options.separator,
        m_options.decimalMark,
        std::max(m_options.separator, QChar(u'"')),
        m_options.formulaGuard,
        m_options.booleans == BooleanStyle::Words ? tr("yes") : QStringLiteral("1"),
        m_options.booleans == BooleanStyle::Words ? tr("no") : QStringLiteral("0"),
    };

    QString header;
    if (m_options.byteOrderMark)
        header += QChar(QChar::ByteOrderMark);
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            header += format.separator;
        CsvField::appendText(header,
                             m_options.headerTitles.isEmpty()
                                 ? model.headerData(columns[i], Qt::Horizontal).toString()
                                 : m_options.headerTitles[i],
                             format);
    }
    header += u"\r\n";

    // The app's own models are written straight from their services, chunks of rows on all
    // cores; any other model cell by cell through data().
    const std::optional<ServiceCsvRows::Source> source = ServiceCsvRows::sourceOf(model);
    const std::optional<ServiceCsvRows> serviceRows =
        source ? std::make_optional<ServiceCsvRows>(*source->table, columns, format) : std::nullopt;
    const qsizetype rowCount = source ? qsizetype(source->rows.size()) : model.rowCount();
    // The most bytes per row of a chunk so far, and a little: later chunks are not grown (and
    // copied) then.
    std::atomic<qsizetype> rowBytes = 128;
    const auto formatChunk = [&](qsizetype start) {
        const qsizetype count = std::min(ProgressInterval, rowCount - start);
        QByteArray bytes;
        if (serviceRows) {
            HugePages::preferForThisThread();
            bytes.reserve(count * rowBytes);
            serviceRows->append(bytes, source->rows.data() + start, count);
            const qsizetype perRow = bytes.size() / count + 8;
            for (qsizetype seen = rowBytes;
                 perRow > seen && !rowBytes.compare_exchange_weak(seen, perRow);)
                ;
            return bytes;
        }
        QString out;
        for (qsizetype row = start; row < start + count; ++row) {
            for (qsizetype i = 0; i < columns.size(); ++i) {
                if (i > 0)
                    out += format.separator;
                const QModelIndex index = model.index(int(row), columns[i]);
                QVariant value;
                // Prices are written from their exact decimals, never through a double.
                if (columns[i] == ServiceTableModel::PriceColumn
                    || columns[i] == ServiceTableModel::PriceIdrColumn)
                    value = model.data(index, ServiceTableModel::ExactRole);
                if (!value.isValid())
                    value = model.data(index, ServiceTableModel::SortRole);
                CsvField::appendValue(out, value, format);
            }
            out += u"\r\n";
        }
        return out.toUtf8();
    };

    Result result;
    if (result.error = writeFully(*device, header.toUtf8()); result.isError())
        return result;
    QList<qsizetype> starts;
    for (qsizetype start = 0; start < rowCount; start += ProgressInterval)
        starts.append(start);
    // A model's data() is read on its own thread only. The pool is our own: the export may be
    // running on a thread of the global pool, with no other free.
    const qsizetype chunksAtOnce =
        serviceRows
            ? std::min(ChunksPerCore * std::max(QThread::idealThreadCount(), 1), MaxChunksAtOnce)
            : 1;
    QThreadPool pool;
    // The next chunks are formatted while these are written.
    QFuture<QByteArray> next;
    const auto formatBatch = [&](qsizetype first) {
        if (serviceRows && first < starts.size())
            next = QtConcurrent::mapped(&pool, starts.mid(first, chunksAtOnce), formatChunk);
    };
    // The chunks read this function's locals.
    const auto waitForNext = qScopeGuard([&] {
        next.cancel();
        next.waitForFinished();
    });
    formatBatch(0);
    for (qsizetype first = 0; first < starts.size(); first += chunksAtOnce) {
        const QList<qsizetype> batch = starts.mid(first, chunksAtOnce);
        const QList<QByteArray> chunks =
            serviceRows ? next.results() : QList<QByteArray>{formatChunk(batch.front())};
        formatBatch(first + chunksAtOnce);
        for (qsizetype i = 0; i < chunks.size(); ++i) {
            if (result.error = writeFully(*device, chunks[i]); result.isError())
                return result;
            const qsizetype written = std::min(batch[i] + ProgressInterval, rowCount);
            result.rowsWritten = written;
            if (m_progress && written < rowCount && !m_progress(written, rowCount)) {
                result.cancelled = true;
                return result;
            }
        }
    }

    if (auto *file = qobject_cast<QFileDevice *>(device); file && !file->flush()) {
        result.error = file->errorString();
        return result;
    }
    if (m_progress && !m_progress(rowCount, rowCount))
        result.cancelled = true;
    return result;
}
