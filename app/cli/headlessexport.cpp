// SPDX-License-Identifier: MIT
#include "headlessexport.h"

#include "priceclient.h"
#include "pricehistory.h"
#include "pricerecorder.h"
#include "responsefile.h"
#include "servicetablemodel.h"
#include "serviceviewmodel.h"

#include <QTimer>

#include <cstdio>
#include <limits>

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
    , m_historyPath(PriceHistory::defaultPath())
{
    m_client->setApiBase(apiBase);
    m_view->setSourceModel(m_model);
    // The export reads the rows right after setting the filter; there is no window to keep
    // responsive.
    m_view->setBackgroundFilterThreshold(std::numeric_limits<int>::max());
    connect(m_client, &PriceClient::finished, this, &HeadlessExport::onFetched);
    setResellerPricing({});
}

HeadlessExport::~HeadlessExport() = default;

void HeadlessExport::setLimits(const FetchLimits &limits)
{
    m_client->setLimits(limits);
}

void HeadlessExport::setHistoryPath(const QString &path)
{
    m_historyPath = path;
}

void HeadlessExport::setResellerPricing(const ResellerPricing &pricing)
{
    ResellerPricing effective = pricing;
    if (m_options.markupPercent) {
        effective.markupPercent = *m_options.markupPercent;
        effective.categoryMarkupPercent.clear();
    }
    if (m_options.roundingStep)
        effective.roundingStep = *m_options.roundingStep;
    m_model->setResellerPricing(effective);
}

PriceRecorder &HeadlessExport::recorder()
{
    if (!m_recorder) {
        m_recorder =
            std::make_unique<PriceRecorder>(m_historyPath, PriceRecorder::Threading::Caller);
        // What opening repaired; why the history is unavailable is said where it matters.
        connect(m_recorder.get(), &PriceRecorder::historyOpened, this,
                [](bool available, const QString &message) {
                    if (available && !message.isEmpty())
                        printLine(tr("warning: %1").arg(message));
                });
        connect(m_recorder.get(), &PriceRecorder::settled, this,
                [this](quint64, const FetchSettlement &settlement) { onSettled(settlement); });
        connect(m_recorder.get(), &PriceRecorder::loaded, this,
                [this](quint64, const StoredSelection &stored) { exportStored(stored); });
    }
    return *m_recorder;
}

void HeadlessExport::start()
{
    if (m_options.offline) {
        QTimer::singleShot(0, this, [this] {
            recorder().load(PriceRecorder::newTicket(), PriceHistory::BuiltInPanel,
                            {m_options.category});
        });
        return;
    }
    if (!m_options.category.isEmpty()) {
        m_client->fetch(PriceRequest::category(m_options.category));
        return;
    }
    // Reported from the event loop, like a fetch, so callers can connect after start().
    QTimer::singleShot(0, this, [this] {
        const ResponseFile::Loaded loaded =
            ResponseFile::read(m_options.openFile, m_client->limits());
        if (loaded.parsed.isError()) {
            fail(loaded.parsed.error);
            return;
        }
        exportServices(loaded.parsed);
    });
}

void HeadlessExport::onFetched(const FetchResult &result)
{
    if (result.outcome == FetchResult::Outcome::Cancelled) {
        fail(tr("the request was cancelled"));
        return;
    }
    recorder().settle(PriceRecorder::newTicket(), PriceHistory::BuiltInPanel, m_options.category,
                      result);
}

void HeadlessExport::onSettled(const FetchSettlement &settlement)
{
    if (!settlement.succeeded()) {
        if (settlement.offline)
            fail(tr("%1 (prices of this category stored at %2 can be exported with --offline)")
                     .arg(settlement.fetch.error, settlement.fetchedAt.toString(Qt::ISODate)));
        else
            fail(settlement.fetch.error);
        return;
    }
    m_notStored = settlement.notStored;
    exportServices(settlement.fetch.parsed, settlement.changes);
}

void HeadlessExport::exportStored(const StoredSelection &stored)
{
    if (!stored.historyAvailable) {
        fail(stored.historyMessage);
        return;
    }
    if (stored.fetches.isEmpty()) {
        fail(tr("no prices of “%1” are stored yet; fetch it once without --offline")
                 .arg(m_options.category));
        return;
    }
    const StoredFetch &last = stored.fetches.constFirst();
    printLine(tr("offline: prices stored at %1").arg(last.fetchedAt.toString(Qt::ISODate)));
    ParseResult parsed;
    parsed.services = last.services;
    exportServices(parsed, stored.changes);
}

void HeadlessExport::exportServices(const ParseResult &parsed, const PriceComparison &changes)
{
    if (const QString problems = parsed.problemSummary(); !problems.isEmpty())
        printLine(tr("warning: %1").arg(problems));
    if (parsed.services.isEmpty())
        printLine(tr("warning: no services in this category"));

    m_model->setOrderQuantity(m_options.filter.quantity);
    m_model->setServices(parsed.services, changes);
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
        printLine(tr("exported %1 of %n service(s) to %2", nullptr, int(parsed.services.size()))
                      .arg(written.rowsWritten)
                      .arg(m_options.exportFile));
    if (!m_notStored.isEmpty()) {
        printLine(tr("error: the prices were exported but not stored in the price history: %1")
                      .arg(m_notStored));
        Q_EMIT finished(ExportedNotStored);
        return;
    }
    Q_EMIT finished(Success);
}

void HeadlessExport::fail(const QString &message)
{
    printLine(tr("error: %1").arg(message));
    Q_EMIT finished(Failure);
}
