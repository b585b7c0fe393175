// SPDX-License-Identifier: MIT
#include "savedcategoriesrun.h"

#include <QTimer>

SavedCategoriesRun::SavedCategoriesRun(const LaunchOptions &options, const QUrl &apiBase,
                                       const QStringList &categories,
                                       std::function<void(HeadlessExport &)> configure,
                                       QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_apiBase(apiBase)
    , m_categories(categories)
    , m_configure(std::move(configure))
{
    m_options.saved = false;
}

void SavedCategoriesRun::start()
{
    if (m_categories.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            HeadlessExport::printLine(tr("error: --saved: no category is saved; save some in "
                                         "the window first, or give --category"));
            Q_EMIT finished(HeadlessExport::BadCommandLine);
        });
        return;
    }
    QTimer::singleShot(0, this, &SavedCategoriesRun::runNext);
}

void SavedCategoriesRun::runNext()
{
    if (m_next == m_categories.size()) {
        Q_EMIT finished(m_status);
        return;
    }
    LaunchOptions options = m_options;
    options.category = m_categories.at(m_next++);
    auto *run = new HeadlessExport(options, m_apiBase, this);
    m_configure(*run);
    connect(run, &HeadlessExport::finished, this, [this, run](int status) {
        m_status = HeadlessExport::combined(m_status, HeadlessExport::ExitStatus(status));
        run->deleteLater();
        runNext();
    });
    run->start();
}
