// SPDX-License-Identifier: MIT
#include "sessionstatusbar.h"

#include "parseresult.h"
#include "pricerequest.h"
#include "serviceviewmodel.h"

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

SessionStatusBar::SessionStatusBar(const ServiceViewModel *view, QWidget *parent)
    : QStatusBar(parent)
    , m_progress(new QProgressBar(this))
    , m_filteringLabel(new QLabel(tr("Filtering…"), this))
    , m_countLabel(new QLabel(this))
{
    m_progress->setObjectName(QStringLiteral("fetchProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    // Passes over large catalogs run on a worker; the table keeps its rows meanwhile.
    m_filteringLabel->setObjectName(QStringLiteral("filteringLabel"));
    m_filteringLabel->hide();
    connect(view, &ServiceViewModel::filteringChanged, m_filteringLabel, &QWidget::setVisible);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    addPermanentWidget(m_progress);
    addPermanentWidget(m_filteringLabel);
    addPermanentWidget(m_countLabel);
}

void SessionStatusBar::showBusy(const QString &format)
{
    m_progress->setRange(0, 0);
    m_progress->setFormat(format);
    m_progress->show();
}

void SessionStatusBar::showLoading(const PriceRequest &request)
{
    showBusy(tr("Loading…"));
    showMessage(request.kind == PriceRequest::Kind::Catalog
                    ? tr("Loading every service of the panel…")
                    : tr("Loading “%1”…").arg(request.name));
}

void SessionStatusBar::showReading(const QString &path)
{
    showBusy(tr("Reading…"));
    showMessage(tr("Reading “%1”…").arg(QDir::toNativeSeparators(path)));
}

void SessionStatusBar::showTransfer(qint64 received, qint64 total)
{
    const QLocale locale;
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * received / total));
        m_progress->setFormat(
            tr("%1 of %2")
                .arg(locale.formattedDataSize(received), locale.formattedDataSize(total)));
    } else {
        m_progress->setRange(0, 0);
        m_progress->setFormat(locale.formattedDataSize(received));
    }
}

void SessionStatusBar::showRefreshProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(
        tr("%1 of %Ln category(ies)", nullptr, total).arg(QLocale().toString(done)));
    m_progress->show();
}

void SessionStatusBar::showPanelProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %Ln panel(s)", nullptr, total).arg(QLocale().toString(done)));
    m_progress->show();
}

void SessionStatusBar::showIdle()
{
    m_progress->hide();
    clearMessage();
}

void SessionStatusBar::showCount(int shown, int total, const ParseResult &diagnostics)
{
    const QLocale locale;
    QString text = tr("%1 of %Ln service(s)", nullptr, total).arg(locale.toString(shown));
    if (!diagnostics.skippedRows.isEmpty())
        text += tr(" · %1").arg(diagnostics.skippedSummary(1));
    m_countLabel->setText(text);
}
