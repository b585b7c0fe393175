// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Times the whole headless run as a process, `smm-price-browser --open FILE --export OUT` of
// every row, against plain_export.py doing the same with json.load and csv.writer: spawn to
// exit, alternately so both share the machine's noise, the app in a fresh empty home.
class HeadlessRunBenchmark
{
public:
    static constexpr double TargetRatio = 0.10;

    struct Result {
        int runs = 0;
        int services = 0;
        double appMedianMs = 0;
        double scriptMedianMs = 0;

        double ratio() const { return appMedianMs / scriptMedianMs; }
        QString table() const;
        QString summary() const;
    };

    HeadlessRunBenchmark(const QString &appPath, const QString &scriptPath);

    // Starts each program once untimed, then `runs` times timed; nullopt, after saying why on
    // stderr, when a run failed.
    std::optional<Result> run(const QByteArray &json, int services, int runs) const;

private:
    QString m_appPath;
    QString m_scriptPath;
};
