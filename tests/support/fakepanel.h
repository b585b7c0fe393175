// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMultiMap>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

// Runs tests/support/fake_panel.py on a free local port for one test and records the raw request
// targets it receives, so a test can check byte for byte what a client sent.
// Scenarios are chosen by category name; the list is at the top of fake_panel.py's handler.
class FakePanel final : public QObject
{
    Q_OBJECT

public:
    explicit FakePanel(QObject *parent = nullptr);
    ~FakePanel() override;

    // Starts the server (extra arguments such as --catalog-size 100 or --seed 2 go to the script)
    // and waits up to 10 s for it to report its port. False, with a qWarning, on failure.
    bool start(const QStringList &extraArgs = {});
    // Runs tests/support/fake_v2_panel.py, the standard-API panel, on the next start().
    void useV2Script();
    // http://127.0.0.1:<port>/api/v2, the address of fake_v2_panel.py
    QUrl v2Url() const;
    // Runs tests/support/fake_rates.py, the exchange rate service, on the next start().
    void useRatesScript();
    // http://127.0.0.1:<port>/<mode>/, the address of one of fake_rates.py's modes
    QUrl ratesUrl(const QString &mode) const;
    // Closes the server's stdin and waits for it to exit; kills it if it does not within
    // timeoutMs. True if it exited on its own. The destructor does the same.
    bool stop(int timeoutMs = 3000);
    bool isRunning() const;

    quint16 port() const { return m_port; }
    // http://127.0.0.1:<port>/smm
    QUrl baseUrl() const;

    // Raw request targets (path and query exactly as on the request line, bytes as Latin-1),
    // oldest first. Reads whatever the server has already reported, so a target is there as
    // soon as its reply has arrived.
    QStringList requestedTargets();
    // Waits, processing events, until at least count targets were seen since the last clear.
    bool waitForRequestCount(int count, int timeoutMs);
    // A header of the latest request, by case-insensitive name; needs start({"--record-headers"}).
    QByteArray lastRequestHeader(const QByteArray &name);
    void clearRequests();

Q_SIGNALS:
    void requestReceived(const QString &target);

private:
    void readStandardOutput();
    void readStandardError();
    void drainOutput();

    QProcess m_process;
    QString m_script;
    QByteArray m_pendingLine;
    QByteArray m_standardError;
    QStringList m_targets;
    QMultiMap<QByteArray, QByteArray> m_lastHeaders; // names in lower case
    quint16 m_port = 0;
};
