// SPDX-License-Identifier: MIT
#include "pricehistorydialog.h"

#include "pricechart.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

PriceHistoryDialog::PriceHistoryDialog(const Service &service, const QList<PricePoint> &points,
                                       QWidget *parent)
    : QDialog(parent)
    , m_chart(new PriceChart(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("priceHistoryDialog"));
    setWindowTitle(tr("Price History — %1").arg(service.id));
    auto *title = new QLabel(this);
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    title->setText(tr("%1 (ID %2)").arg(service.name).arg(service.id));
    m_summary->setObjectName(QStringLiteral("priceHistorySummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_chart->setSeries(points);

    if (points.isEmpty()) {
        m_summary->setText(tr("No stored prices: fetch the category to start its history."));
    } else {
        const QLocale locale;
        const auto when = [&](int index) {
            return locale.toString(points[index].fetchedAt.toLocalTime(), QLocale::ShortFormat);
        };
        m_summary->setText(tr("%Ln fetch(es). Lowest %1 (%2), highest %3 (%4), now %5.", nullptr,
                              int(points.size()))
                               .arg(PriceChart::pointLabel(points[m_chart->minimumIndex()]),
                                    when(m_chart->minimumIndex()),
                                    PriceChart::pointLabel(points[m_chart->maximumIndex()]),
                                    when(m_chart->maximumIndex()),
                                    PriceChart::pointLabel(points.last())));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
}
