// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// The panel's API base address (".../smm"), and the rules for which addresses may be used:
// https anywhere but link-local addresses, plain http only to this machine. Anything else (file:,
// qrc:, data:, ftp:) is refused, because QNetworkAccessManager would happily read local files for
// them.
class ApiAddress
{
    Q_DECLARE_TR_FUNCTIONS(ApiAddress)

public:
    static QUrl defaultBase();

    // Returns why `url` may not be used as an API base or a redirect target, or an empty string.
    static QString problemWith(const QUrl &url);
    // Parses user text ("https://host/smm", trailing slash allowed); sets `error` when refused.
    static QUrl parse(const QString &text, QString *error);

    // The command-line option wins over the environment variable, which wins over the setting;
    // the first non-empty one is used. Returns an empty URL and sets `error` if it is refused.
    static QUrl choose(const QString &option, const QString &environment, const QString &setting,
                       QString *error);
};
