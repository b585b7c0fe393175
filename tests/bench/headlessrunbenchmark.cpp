// SPDX-License-Identifier: MIT
#include "headlessrunbenchmark.h"

#include "median.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

namespace {

constexpr int RunTimeoutMs = 120'000;

// Spawn to exit in ms, or a negative number after saying on stderr what went wrong.
double timeOneRun(const QString &program, const QStringList &arguments,
                  const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    const bool finished = process.waitForFinished(RunTimeoutMs);
    const double elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (!finished) {
            process.kill();
            process.waitForFinished();
        }
        std::fprintf(stderr, "smm-bench: %s failed: %s (exit code %d)\n%s", qPrintable(program),
                     qPrintable(process.errorString()), process.exitCode(),
                     process.readAllStandardError().constData());
        return -1;
    }
    return elapsedMs;
}

} // namespace

HeadlessRunBenchmark::HeadlessRunBenchmark(const QString &appPath, const QString &scriptPath)
    : m_appPath(appPath)
    , m_scriptPath(scriptPath)
{}

std::optional<HeadlessRunBenchmark::Result> HeadlessRunBenchmark::run(const QByteArray &json,
                                                                      int services, int runs) const
{
    std::fprintf(stderr, "measuring the headless run (%d runs of each)...\n", runs);
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        std::fprintf(stderr, "smm-bench: python3 is not on the PATH\n");
        return std::nullopt;
    }
    // A first start: no settings or price history.
    const QTemporaryDir home;
    if (!home.isValid()) {
        std::fprintf(stderr, "smm-bench: cannot create a temporary home\n");
        return std::nullopt;
    }
    const QString input = home.filePath(QStringLiteral("catalog.json"));
    QFile file(input);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.flush()) {
        std::fprintf(stderr, "smm-bench: cannot write %s\n", qPrintable(input));
        return std::nullopt;
    }
    file.close();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"),
                       home.filePath(QStringLiteral(".local/share")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
    const QStringList appArguments = {QStringLiteral("--open"), input, QStringLiteral("--export"),
                                      home.filePath(QStringLiteral("app.csv"))};
    const QStringList scriptArguments = {m_scriptPath, input,
                                         home.filePath(QStringLiteral("script.csv"))};

    Result result;
    result.runs = runs;
    result.services = services;
    QList<double> app, script;
    // The first round warms the page cache and is not counted.
    for (int round = 0; round <= runs; ++round) {
        const double appMs = timeOneRun(m_appPath, appArguments, environment);
        const double scriptMs = timeOneRun(python, scriptArguments, environment);
        if (appMs < 0 || scriptMs < 0)
            return std::nullopt;
        if (round == 0)
            continue;
        app << appMs;
        script << scriptMs;
    }
    result.appMedianMs = median(app);
    result.scriptMedianMs = median(script);
    return result;
}

QString HeadlessRunBenchmark::Result::table() const
{
    return QString::asprintf("\nwhole headless run, --open of %d services and --export of every "
                             "row (process spawn to exit, median of %d runs each, alternated)\n"
                             "  %-24s %9.1f ms\n"
                             "  %-24s %9.1f ms\n"
                             "  %-24s %11.3fx\n",
                             services, runs, "smm-price-browser", appMedianMs, "python json + csv",
                             scriptMedianMs, "app / python", ratio());
}

QString HeadlessRunBenchmark::Result::summary() const
{
    return QString::asprintf("headless run: %s %.3fx the Python script (target %.2fx)",
                             ratio() <= TargetRatio ? "target met," : "MISSED,", ratio(),
                             TargetRatio);
}
