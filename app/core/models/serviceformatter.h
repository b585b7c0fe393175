// SPDX-License-Identifier: MIT
#pragma once

#include "service.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

// How service values read to a person, in one place for the table, the notes pane and exports.
class ServiceFormatter
{
    Q_DECLARE_TR_FUNCTIONS(ServiceFormatter)

public:
    static QString quantity(qint64 value, const QLocale &locale = QLocale());
    static QString maxQuantity(const Service &service, const QLocale &locale = QLocale());
    // A price per 1000 in its own currency (empty means rupiah): "Rp 24,866", or exactly as the
    // panel wrote it, `exact` when given ("USD 0.0450").
    static QString price(double price, const QString &exact, const QString &currency);
    static QString price(const Service &service);
    static QString refill(bool refill);
    static QString status(bool active);
    // The text the notes pane shows for the note (NoteSanitizer), line breaks kept.
    static QString plainNote(const QString &note);
    // The plain note on one line, cut to `maxLength` characters, for a table cell.
    static QString noteSummary(const QString &note, qsizetype maxLength = 160);
    // "just now", "5 minutes ago", "3 hours ago", "2 days ago"; a date beyond a month.
    static QString timeAgo(const QDateTime &then, const QDateTime &now);
    // Exact, locale-free decimal text: 25947 -> "25947", 0.5 -> "0.5".
    static QString plainNumber(double value);
};
