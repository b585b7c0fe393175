// SPDX-License-Identifier: MIT
#pragma once

#include "csvwriter.h"
#include "tablesnapshot.h"

#include <QObject>

#include <atomic>
#include <memory>

class QFutureWatcherBase;

// Writes a snapshot of the table to a CSV file on a worker thread, so the window stays live:
// progress as it goes, cancel at any time. The file is replaced only when the whole export
// succeeded; a cancelled or failed one leaves the old file as it was.
class CsvExport final : public QObject
{
    Q_OBJECT

public:
    explicit CsvExport(QObject *parent = nullptr);
    // Cancels an export still running and waits for the worker.
    ~CsvExport() override;

    // Starts writing `columns` of the snapshot's rows to `path`; false when one is running.
    bool start(TableSnapshot::Contents contents, const QList<int> &columns,
               const CsvWriter::Options &options, const QString &path);
    void cancel();
    bool isRunning() const { return m_watcher != nullptr; }

Q_SIGNALS:
    // Every few thousand rows; `total` is the number of rows in the snapshot.
    void progressChanged(qsizetype done, qsizetype total);
    void finished(const CsvWriter::Result &result);

private:
    QFutureWatcherBase *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};
