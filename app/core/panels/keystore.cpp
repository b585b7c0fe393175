// SPDX-License-Identifier: MIT
#include "keystore.h"

#include <QDBusConnection>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>
#include <optional>

namespace {

enum class Operation { Read, Write, Remove };

// QtKeychain's own text only says what failed inside the keychain; it never holds the secret.
QString describe(Operation operation, const QString &panel, QKeychain::Error error,
                 const QString &detail)
{
    switch (error) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return KeyStore::tr("No key is stored for the panel “%1”. Enter it in Settings ▸ Panels "
                            "or with --add-panel, or keep it in an environment variable: "
                            "--key-env NAME.")
            .arg(panel);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeyStore::tr("No keychain is available (%1). Keep the key in an environment "
                            "variable instead: --key-env NAME.")
            .arg(detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeyStore::tr("The keychain refused access to the key of the panel “%1” (%2). "
                            "Unlock the keychain and try again.")
            .arg(panel, detail);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    switch (operation) {
    case Operation::Read:
        return KeyStore::tr("The keychain could not read the key of the panel “%1”: %2")
            .arg(panel, detail);
    case Operation::Write:
        return KeyStore::tr("The keychain could not store the key of the panel “%1”: %2")
            .arg(panel, detail);
    case Operation::Remove:
        break;
    }
    return KeyStore::tr("The keychain could not delete the key of the panel “%1”: %2")
        .arg(panel, detail);
}

// QtKeychain reports a missing session bus, without which neither Secret Service nor KWallet can
// answer, as some other error.
QKeychain::Error errorOf(const QKeychain::Job *job)
{
    if (job->error() == QKeychain::OtherError && !QDBusConnection::sessionBus().isConnected())
        return QKeychain::NoBackendAvailable;
    return job->error();
}

// Runs `job` and hands its outcome to `finish`, unless `context` is gone by then. A job is
// parented to the application, so one the keychain never answers is still freed at exit.
template<typename Job, typename Finish>
void start(Job *job, const QString &panel, const QObject *context, Finish finish)
{
    job->setAutoDelete(true);
    job->setKey(KeyStore::entryFor(panel));
    job->setParent(QCoreApplication::instance());
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [job, finish](QKeychain::Job *) { finish(job); });
    job->start();
}

} // namespace

void KeyStore::read(const QString &panel, const QObject *context, Done done)
{
    start(new QKeychain::ReadPasswordJob(Service), panel, context,
          [panel, done](QKeychain::ReadPasswordJob *job) {
              if (errorOf(job) == QKeychain::NoError && job->textData().isEmpty())
                  done({{}, describe(Operation::Read, panel, QKeychain::EntryNotFound, {})});
              else if (errorOf(job) != QKeychain::NoError)
                  done({{}, describe(Operation::Read, panel, errorOf(job), job->errorString())});
              else
                  done({job->textData(), {}});
          });
}

void KeyStore::write(const QString &panel, const QString &key, const QObject *context, Done done)
{
    if (key.isEmpty()) {
        QTimer::singleShot(0, context, [done] { done({{}, tr("The key is empty.")}); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(Service);
    job->setTextData(key);
    start(job, panel, context, [panel, done](QKeychain::WritePasswordJob *job) {
        done({{}, describe(Operation::Write, panel, errorOf(job), job->errorString())});
    });
}

void KeyStore::remove(const QString &panel, const QObject *context, Done done)
{
    start(new QKeychain::DeletePasswordJob(Service), panel, context,
          [panel, done](QKeychain::DeletePasswordJob *job) {
              const QKeychain::Error error =
                  errorOf(job) == QKeychain::EntryNotFound ? QKeychain::NoError : errorOf(job);
              done({{}, describe(Operation::Remove, panel, error, job->errorString())});
          });
}

void KeyStore::rename(const QString &panel, const QString &newName, const QObject *context,
                      Done done)
{
    // Writing the new entry and deleting the old would delete the only copy.
    if (panel == newName) {
        QTimer::singleShot(0, context, [done] { done({}); });
        return;
    }
    start(new QKeychain::ReadPasswordJob(Service), panel, context,
          [panel, newName, context, done](QKeychain::ReadPasswordJob *job) {
              if (errorOf(job) == QKeychain::EntryNotFound
                  || (errorOf(job) == QKeychain::NoError && job->textData().isEmpty())) {
                  done({});
                  return;
              }
              if (errorOf(job) != QKeychain::NoError) {
                  done({{}, describe(Operation::Read, panel, errorOf(job), job->errorString())});
                  return;
              }
              write(newName, job->textData(), context,
                    [panel, context, done](const Result &written) {
                        if (!written.ok())
                            done(written);
                        else
                            remove(panel, context, done);
                    });
          });
}

KeyStore::Result KeyStore::readNow(const QString &panel, std::chrono::milliseconds timeout)
{
    return runNow([&](const QObject *context, Done done) { read(panel, context, done); }, timeout);
}

KeyStore::Result KeyStore::writeNow(const QString &panel, const QString &key,
                                    std::chrono::milliseconds timeout)
{
    return runNow([&](const QObject *context, Done done) { write(panel, key, context, done); },
                  timeout);
}

KeyStore::Result KeyStore::removeNow(const QString &panel, std::chrono::milliseconds timeout)
{
    return runNow([&](const QObject *context, Done done) { remove(panel, context, done); },
                  timeout);
}

KeyStore::Result KeyStore::renameNow(const QString &panel, const QString &newName,
                                     std::chrono::milliseconds timeout)
{
    return runNow([&](const QObject *context, Done done) { rename(panel, newName, context, done); },
                  timeout);
}

KeyStore::Result KeyStore::runNow(const std::function<void(const QObject *, Done)> &start,
                                  std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    // Destroyed before `loop`, which cuts off a job that answers after the timeout.
    QObject context;
    auto result = std::make_shared<std::optional<Result>>();
    start(&context, [result, &loop](const Result &outcome) {
        *result = outcome;
        loop.quit();
    });
    if (!*result) {
        QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (*result)
        return **result;
    return {{}, noAnswerText(timeout)};
}

QString KeyStore::noAnswerText(std::chrono::milliseconds timeout)
{
    const int seconds = int((timeout.count() + 999) / 1000);
    return tr("No keychain is available (it did not answer within %n second(s)). Keep the key "
              "in an environment variable instead: --key-env NAME.",
              nullptr, seconds);
}
