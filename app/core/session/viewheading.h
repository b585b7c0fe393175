// SPDX-License-Identifier: MIT
#pragma once

#include "sessionview.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// The line above the table that says what it holds: where the services came from, how many
// there are and when their prices were fetched, e.g.
// "[IG] Instagram Likes Indonesia · 3 services · 10:42".
class ViewHeading
{
    Q_DECLARE_TR_FUNCTIONS(ViewHeading)

public:
    // Empty while nothing is shown. `now` decides whether a fresh fetch's day goes without
    // saying; stored prices always name their date.
    static QString of(const SessionView &view,
                      const QDateTime &now = QDateTime::currentDateTimeUtc());
};
