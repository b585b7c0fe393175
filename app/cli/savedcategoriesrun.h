// SPDX-License-Identifier: MIT
#pragma once

#include "headlessexport.h"
#include "launchoptions.h"

#include <QObject>
#include <QStringList>

#include <functional>

// `--alerts --saved`: one headless fetch per saved category, one after the other (so a panel is
// never asked for several at once), each printing its own alerts; the exit status is the one
// HeadlessExport::combined() makes of them all. No saved category is a bad command line.
class SavedCategoriesRun final : public QObject
{
    Q_OBJECT

public:
    // `configure` gives each run what main() gives a single one (limits, panels, rules, …).
    SavedCategoriesRun(const LaunchOptions &options, const QUrl &apiBase,
                       const QStringList &categories,
                       std::function<void(HeadlessExport &)> configure, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitStatus);

private:
    void runNext();

    LaunchOptions m_options;
    QUrl m_apiBase;
    QStringList m_categories;
    std::function<void(HeadlessExport &)> m_configure;
    qsizetype m_next = 0;
    HeadlessExport::ExitStatus m_status = HeadlessExport::Success;
};
