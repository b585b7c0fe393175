// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

// Times start-up to the first painted window: the app and a bare window program holding the same
// kinds of widgets (smm-bare-window), both started with SMM_EXIT_AFTER_FIRST_PAINT=1 and timed
// from spawn to exit, alternately so they share the machine's noise, each run in a fresh empty
// home so no saved state is restored.
class StartupBenchmark
{
public:
    static constexpr double TargetRatio = 1.3;

    struct Result {
        int runs = 0;
        QString platform;
        double appMedianMs = 0;
        double bareMedianMs = 0;
        double appFastestMs = 0;
        double bareFastestMs = 0;

        double ratio() const { return appMedianMs / bareMedianMs; }
        QString table() const;
        QString summary() const;
    };

    StartupBenchmark(const QString &appPath, const QString &bareWindowPath);

    // Starts each program once untimed, then `runs` times timed; nullopt, after saying why on
    // stderr, when a start failed or did not exit.
    std::optional<Result> run(int runs) const;

private:
    QString m_appPath;
    QString m_bareWindowPath;
};
