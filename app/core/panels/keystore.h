// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

// The panels' secret keys in the system keychain (Secret Service or KWallet through QtKeychain),
// one entry per panel ("panel/<name>") under the service "smm-price-browser". The window uses the
// asynchronous calls; the command line the blocking ones, which give up after a timeout so a
// missing or stuck keychain ends in a clear error rather than a hang. No message ever contains a
// key.
class KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(KeyStore)

public:
    static inline const QString Service = QStringLiteral("smm-price-browser");
    static constexpr std::chrono::milliseconds DefaultTimeout{10'000};

    struct Result {
        QString key;   // a read's key; empty otherwise
        QString error; // what went wrong and what to do about it; empty on success
        bool ok() const { return error.isEmpty(); }
    };
    using Done = std::function<void(const Result &)>;

    static QString entryFor(const QString &panel) { return QStringLiteral("panel/") + panel; }

    // `done` runs once, from the event loop, unless `context` is destroyed first. Removing a key
    // that is not there succeeds, and so does moving one: a panel whose key lives in an
    // environment variable has none.
    static void read(const QString &panel, const QObject *context, Done done);
    static void write(const QString &panel, const QString &key, const QObject *context, Done done);
    static void remove(const QString &panel, const QObject *context, Done done);
    static void rename(const QString &panel, const QString &newName, const QObject *context,
                       Done done);

    static Result readNow(const QString &panel, std::chrono::milliseconds timeout = DefaultTimeout);
    static Result writeNow(const QString &panel, const QString &key,
                           std::chrono::milliseconds timeout = DefaultTimeout);
    static Result removeNow(const QString &panel,
                            std::chrono::milliseconds timeout = DefaultTimeout);
    static Result renameNow(const QString &panel, const QString &newName,
                            std::chrono::milliseconds timeout = DefaultTimeout);

    // Why a keychain that did not answer within `timeout` cannot be used.
    static QString noAnswerText(std::chrono::milliseconds timeout);

private:
    static Result runNow(const std::function<void(const QObject *, Done)> &start,
                         std::chrono::milliseconds timeout);
};
