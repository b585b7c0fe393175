// SPDX-License-Identifier: MIT
#include "fakepanel.h"

#include <QDeadlineTimer>
#include <QTest>

namespace {
constexpr int StartTimeoutMs = 10000;
constexpr qsizetype MaxKeptStandardError = 64 * 1024;
} // namespace

FakePanel::FakePanel(QObject *parent)
    : QObject(parent)
    , m_script(QStringLiteral(SMM_FAKE_PANEL_SCRIPT))
{
    m_process.setProgram(QStringLiteral("python3"));
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &FakePanel::readStandardOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, &FakePanel::readStandardError);
}

FakePanel::~FakePanel()
{
    stop();
}

bool FakePanel::start(const QStringList &extraArgs)
{
    if (isRunning()) {
        qWarning("FakePanel: already running on port %d", int(m_port));
        return false;
    }
    m_port = 0;
    m_pendingLine.clear();
    m_standardError.clear();
    m_targets.clear();

    m_process.setArguments(QStringList{m_script} + extraArgs);
    m_process.start();
    if (!m_process.waitForStarted(StartTimeoutMs)) {
        qWarning("FakePanel: cannot run python3 %s: %s", qPrintable(m_script),
                 qPrintable(m_process.errorString()));
        return false;
    }

    // Blocking is fine here: nothing else can talk to the server before it has a port.
    const QDeadlineTimer deadline(StartTimeoutMs);
    while (m_port == 0 && isRunning() && !deadline.hasExpired())
        m_process.waitForReadyRead(int(deadline.remainingTime()));
    if (m_port != 0)
        return true;

    readStandardError();
    qWarning("FakePanel: %s did not report its port within %d ms (%s); stderr:\n%s",
             qPrintable(m_script), StartTimeoutMs, isRunning() ? "still running" : "exited",
             m_standardError.constData());
    stop(0);
    return false;
}

bool FakePanel::stop(int timeoutMs)
{
    if (!isRunning())
        return true;
    // The script exits when its stdin reaches EOF; that is also what saves it when we crash.
    m_process.closeWriteChannel();
    if (m_process.waitForFinished(timeoutMs))
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    m_process.kill();
    m_process.waitForFinished(1000);
    return false;
}

bool FakePanel::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

QUrl FakePanel::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QStringLiteral("/smm"));
    return url;
}

void FakePanel::useV2Script()
{
    m_script = QStringLiteral(SMM_FAKE_V2_PANEL_SCRIPT);
}

QUrl FakePanel::v2Url() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/api/v2"));
    return url;
}

void FakePanel::useRatesScript()
{
    m_script = QStringLiteral(SMM_FAKE_RATES_SCRIPT);
}

QUrl FakePanel::ratesUrl(const QString &mode) const
{
    QUrl url = baseUrl();
    url.setPath(u'/' + mode + u'/');
    return url;
}

QStringList FakePanel::requestedTargets()
{
    drainOutput();
    return m_targets;
}

bool FakePanel::waitForRequestCount(int count, int timeoutMs)
{
    // Processes events rather than blocking on the pipe: the client under test needs the event
    // loop to send the very request we are waiting for.
    return QTest::qWaitFor(
        [this, count] {
            drainOutput();
            return m_targets.size() >= count;
        },
        timeoutMs);
}

QByteArray FakePanel::lastRequestHeader(const QByteArray &name)
{
    drainOutput();
    return m_lastHeaders.value(name.toLower());
}

void FakePanel::clearRequests()
{
    drainOutput();
    m_targets.clear();
}

void FakePanel::drainOutput()
{
    // The server flushes a REQUEST line before it answers, so by the time a reply has arrived
    // the line is in the pipe even if the event loop has not told QProcess yet. A zero wait
    // reads it without blocking.
    while (isRunning() && m_process.waitForReadyRead(0)) {
    }
    readStandardOutput();
}

void FakePanel::readStandardOutput()
{
    const QByteArray output = m_process.readAllStandardOutput();
    qsizetype start = 0;
    for (qsizetype end = output.indexOf('\n'); end != -1; end = output.indexOf('\n', start)) {
        const QByteArray line = m_pendingLine + output.mid(start, end - start);
        m_pendingLine.clear();
        start = end + 1;

        static const QByteArray requestPrefix("REQUEST ");
        static const QByteArray portPrefix("PORT ");
        static const QByteArray headerPrefix("HEADER ");
        if (line.startsWith(requestPrefix)) {
            const QString target = QString::fromLatin1(line.mid(requestPrefix.size()));
            m_targets.append(target);
            m_lastHeaders.clear();
            emit requestReceived(target);
        } else if (line.startsWith(headerPrefix)) {
            const QByteArray header = line.mid(headerPrefix.size());
            const qsizetype colon = header.indexOf(": ");
            m_lastHeaders.insert(header.left(colon).toLower(), header.mid(colon + 2));
        } else if (line.startsWith(portPrefix) && m_port == 0) {
            m_port = line.mid(portPrefix.size()).trimmed().toUShort();
        }
    }
    m_pendingLine += output.mid(start);
}

void FakePanel::readStandardError()
{
    const QByteArray text = m_process.readAllStandardError();
    // Once serving, the script only writes to stderr when something is really wrong.
    if (m_port != 0 && !text.isEmpty())
        qWarning("FakePanel stderr: %s", text.constData());
    m_standardError += text;
    if (m_standardError.size() > MaxKeptStandardError)
        m_standardError = m_standardError.right(MaxKeptStandardError);
}
