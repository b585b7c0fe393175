// SPDX-License-Identifier: MIT
#pragma once

#include "fetchlimits.h"
#include "parseresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Saved API responses on disk: reading one back (bounded in size) and saving one atomically.
class ResponseFile
{
    Q_DECLARE_TR_FUNCTIONS(ResponseFile)

public:
    struct Loaded {
        ParseResult parsed; // parsed.error says why the file could not be used
        QByteArray body;
        bool tooLarge = false; // the error is the size limit in the settings
    };

    // Bounded by limits.maxResponseBytes and limits.parse; safe to call from any thread.
    static Loaded read(const QString &path, const FetchLimits &limits = {});
    // The same without the file's bytes: a large file is never held whole in memory.
    static ParseResult parse(const QString &path, const FetchLimits &limits = {});
    // Returns an empty string on success, else why the file was not written; an existing file
    // is replaced only when the new one is complete.
    static QString write(const QString &path, const QByteArray &body);
};
