// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

// What runs of this test program as other processes did.
struct TestProgramRuns {
    // Every run ended by itself, with exit status 0.
    bool succeeded = false;
    // What each printed, Qt's warnings included, after a line naming the run and how it ended.
    QByteArray output;
};

// Runs this test program once per item of `argumentsOfEachRun`, all at once, as two windows, or
// a window and a command line, work on the same files at once; waits up to a minute for each.
TestProgramRuns runThisTestProgram(const QList<QStringList> &argumentsOfEachRun);
