// SPDX-License-Identifier: MIT
#pragma once

#include "service.h"
#include "storedfetch.h"

#include <QDialog>

class PriceChart;
class QLabel;

// One service's price over every stored fetch: a chart and the lowest and highest price.
class PriceHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    PriceHistoryDialog(const Service &service, const QList<PricePoint> &points,
                       QWidget *parent = nullptr);

    PriceChart *chart() const { return m_chart; }

private:
    PriceChart *m_chart;
    QLabel *m_summary;
};
