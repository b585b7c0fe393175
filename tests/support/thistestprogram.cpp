// SPDX-License-Identifier: MIT
#include "thistestprogram.h"

#include <QCoreApplication>
#include <QProcess>

#include <memory>
#include <vector>

TestProgramRuns runThisTestProgram(const QList<QStringList> &argumentsOfEachRun)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QStringList &arguments : argumentsOfEachRun) {
        auto &process = processes.emplace_back(std::make_unique<QProcess>());
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(QCoreApplication::applicationFilePath(), arguments);
    }
    TestProgramRuns runs{true, {}};
    for (size_t i = 0; i < processes.size(); ++i) {
        QProcess &process = *processes[i];
        const bool finished = process.waitForFinished(60'000);
        const bool succeeded =
            finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        runs.succeeded = runs.succeeded && succeeded;
        QByteArray ending = "exit status " + QByteArray::number(process.exitCode());
        if (!finished)
            ending = "did not end";
        else if (process.exitStatus() != QProcess::NormalExit)
            ending = "crashed";
        runs.output += "run " + argumentsOfEachRun.at(qsizetype(i)).join(u' ').toUtf8() + ": "
                       + ending + '\n' + process.readAll();
    }
    return runs;
}
