// SPDX-License-Identifier: MIT
#include "startupbenchmark.h"

#include "median.h"

#include <QElapsedTimer>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int StartTimeoutMs = 60'000;

// The caller's platform when QT_QPA_PLATFORM is set (xcb to measure on the real display),
// otherwise offscreen, which needs no display and measures the same on every machine.
QString chosenPlatform()
{
    const QString set = qEnvironmentVariable("QT_QPA_PLATFORM");
    return set.isEmpty() ? QStringLiteral("offscreen") : set;
}

// Spawn to the program's "first paint" line in ms, or a negative number after saying on stderr
// what went wrong.
double timeOneStart(const QString &program, const QString &platform)
{
    // A first start: no settings, window state, price history or caches to restore.
    const QTemporaryDir home;
    if (!home.isValid()) {
        std::fprintf(stderr, "smm-bench: cannot create a temporary home\n");
        return -1;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"),
                       home.filePath(QStringLiteral(".local/share")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    environment.insert(QStringLiteral("SMM_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));

    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(program, {});
    double elapsedMs = -1;
    while (elapsedMs < 0 && process.waitForReadyRead(StartTimeoutMs)) {
        if (process.canReadLine() && process.readLine().startsWith("first paint"))
            elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    }
    const bool finished = process.waitForFinished(StartTimeoutMs);
    if (process.error() == QProcess::FailedToStart) {
        std::fprintf(stderr, "smm-bench: cannot start %s: %s\n", qPrintable(program),
                     qPrintable(process.errorString()));
        return -1;
    }
    if (!finished) {
        process.kill();
        process.waitForFinished();
        std::fprintf(stderr, "smm-bench: %s did not exit after its first paint: %s\n%s",
                     qPrintable(program), qPrintable(process.errorString()),
                     process.readAllStandardError().constData());
        return -1;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || elapsedMs < 0) {
        std::fprintf(stderr, "smm-bench: %s failed (exit code %d)\n%s", qPrintable(program),
                     process.exitCode(), process.readAllStandardError().constData());
        return -1;
    }
    return elapsedMs;
}

} // namespace

StartupBenchmark::StartupBenchmark(const QString &appPath, const QString &bareWindowPath)
    : m_appPath(appPath)
    , m_bareWindowPath(bareWindowPath)
{}

std::optional<StartupBenchmark::Result> StartupBenchmark::run(int runs) const
{
    Result result;
    result.runs = runs;
    result.platform = chosenPlatform();
    std::fprintf(stderr, "measuring startup (%d runs of each, %s)...\n", runs,
                 qPrintable(result.platform));
    QList<double> app, bare;
    // The first round warms the page cache and is not counted.
    for (int round = 0; round <= runs; ++round) {
        const double appMs = timeOneStart(m_appPath, result.platform);
        const double bareMs = timeOneStart(m_bareWindowPath, result.platform);
        if (appMs < 0 || bareMs < 0)
            return std::nullopt;
        if (round == 0)
            continue;
        app << appMs;
        bare << bareMs;
    }
    result.appMedianMs = median(app);
    result.bareMedianMs = median(bare);
    result.appFastestMs = *std::min_element(app.cbegin(), app.cend());
    result.bareFastestMs = *std::min_element(bare.cbegin(), bare.cend());
    return result;
}

QString StartupBenchmark::Result::table() const
{
    return QString::asprintf("\nstartup to the first painted window (%s, empty home, median of %d "
                             "runs each, alternated)\n"
                             "  %-24s %12s %12s\n"
                             "  %-24s %9.1f ms %9.1f ms\n"
                             "  %-24s %9.1f ms %9.1f ms\n"
                             "  %-24s %11.2fx\n",
                             qPrintable(platform), runs, "", "median", "fastest",
                             "smm-price-browser", appMedianMs, appFastestMs, "bare window",
                             bareMedianMs, bareFastestMs, "app / bare", ratio());
}

QString StartupBenchmark::Result::summary() const
{
    return QString::asprintf("startup: %s %.2fx a bare window with widgets (target %.1fx)",
                             ratio() <= TargetRatio ? "target met," : "MISSED,", ratio(),
                             TargetRatio);
}
