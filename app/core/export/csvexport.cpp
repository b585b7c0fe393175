// SPDX-License-Identifier: MIT
#include "csvexport.h"

#include "servicetablemodel.h"

#include <QFutureWatcher>
#include <QtConcurrentRun>

CsvExport::CsvExport(QObject *parent)
    : QObject(parent)
{}

CsvExport::~CsvExport()
{
    cancel();
    if (m_watcher)
        m_watcher->waitForFinished();
}

bool CsvExport::start(TableSnapshot::Contents contents, const QList<int> &columns,
                      const CsvWriter::Options &options, const QString &path)
{
    if (isRunning())
        return false;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelled = cancelled;
    auto *watcher = new QFutureWatcher<CsvWriter::Result>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_watcher = nullptr;
        Q_EMIT finished(watcher->result());
    });
    // The worker may use `this`: the destructor waits for it.
    watcher->setFuture(QtConcurrent::run(
        [this, contents = std::move(contents), columns, options, path, cancelled]() mutable {
            TableSnapshot snapshot(std::move(contents));
            if (ServiceTableModel::needsGroups(columns))
                snapshot.ensureGroups();
            CsvWriter writer(options);
            writer.setProgressCallback([this, cancelled](qsizetype done, qsizetype total) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { Q_EMIT progressChanged(done, total); },
                    Qt::QueuedConnection);
                return !cancelled->load();
            });
            return writer.writeToFile(snapshot, columns, path);
        }));
    return true;
}

void CsvExport::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}
