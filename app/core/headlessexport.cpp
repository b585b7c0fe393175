// SPDX-License-Identifier: MIT
#include "headlessexport.h"

#include "priceclient.h"
#include "responsefile.h"
#include "servicetablemodel.h"
#include "serviceviewmodel.h"

#include <QTimer>

#include <cstdio>

namespace {

void printLine(const QString &message)
{
    std::fprintf(stderr, "smm-price-browser: %s\n", qUtf8Printable(message));
    std::fflush(stderr);
}

} // namespace

HeadlessExport::HeadlessExport(const LaunchOptions &options, const QUrl &apiBase, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_client(new PriceClient(this))
    , m_model(new ServiceTableModel(this))
    , m_view(new ServiceViewModel(this))
{
    m_client->setApiBase(apiBase);
    m_view->setSourceModel(m_model);
    connect(m_client, &PriceClient::finished, this, &HeadlessExport::onFetched);
}

HeadlessExport::~HeadlessExport() = default;

void HeadlessExport::setMaxResponseBytes(qint64 bytes)
{
    m_client->setMaxResponseBytes(bytes);
}

void HeadlessExport::setMaxRows(qsizetype rows)
{
    m_client->setMaxRows(rows);
}

void HeadlessExport::setTimeout(std::chrono::milliseconds timeout)
{
    m_client->setTimeout(timeout);
}

void HeadlessExport::start()
{
    if (!m_options.category.isEmpty()) {
        m_client->fetch(PriceRequest::category(m_options.category));
        return;
    }
    // Reported from the event loop, like a fetch, so callers can connect after start().
    QTimer::singleShot(0, this, [this] {
        const ResponseFile::Loaded loaded = ResponseFile::read(
            m_options.openFile, m_client->maxResponseBytes(), m_client->parseLimits());
        if (loaded.parsed.isError()) {
            fail(loaded.parsed.error);
            return;
        }
        exportServices(loaded.parsed);
    });
}

void HeadlessExport::onFetched(const FetchResult &result)
{
    if (!result.succeeded()) {
        fail(result.outcome == FetchResult::Outcome::Cancelled ? tr("the request was cancelled")
                                                               : result.error);
        return;
    }
    exportServices(result.parsed);
}

void HeadlessExport::exportServices(const ParseResult &parsed)
{
    if (const QString problems = parsed.problemSummary(); !problems.isEmpty())
        printLine(tr("warning: %1").arg(problems));
    if (parsed.services.isEmpty())
        printLine(tr("warning: no services in this category"));

    m_model->setOrderQuantity(m_options.filter.quantity);
    m_model->setServices(parsed.services);
    m_view->sort(m_options.sortColumn, m_options.sortOrder);
    m_view->setFilter(m_options.filter);

    const CsvWriter writer(m_options.csv);
    const CsvWriter::Result written =
        writer.writeToFile(*m_view, m_options.columns, m_options.exportFile);
    if (written.isError()) {
        fail(written.error);
        return;
    }
    if (m_options.exportFile != QLatin1String("-"))
        printLine(tr("exported %1 of %2 services to %3")
                      .arg(written.rowsWritten)
                      .arg(parsed.services.size())
                      .arg(m_options.exportFile));
    Q_EMIT finished(Success);
}

void HeadlessExport::fail(const QString &message)
{
    printLine(tr("error: %1").arg(message));
    Q_EMIT finished(Failure);
}
