// SPDX-License-Identifier: MIT
#include "alertlog.h"

#include "alertdetector.h"
#include "pricehistory.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace {

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Inserts `alert` (unless the same fetch already raised it) and then sets its id.
QSqlError insertAlert(const QSqlDatabase &db, qint64 fetchId, Alert &alert, bool *inserted)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO alert (fetch_id, raised_at, panel, category, service_id, "
        "service_name, kind, old_value, new_value, currency, percent) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(fetchId > 0 ? QVariant(fetchId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(alert.time.toMSecsSinceEpoch());
    query.addBindValue(notNull(alert.panel));
    query.addBindValue(notNull(alert.category));
    query.addBindValue(qint64(alert.serviceId));
    query.addBindValue(notNull(alert.serviceName));
    query.addBindValue(Alert::kindKey(alert.kind));
    query.addBindValue(notNull(alert.oldValue));
    query.addBindValue(notNull(alert.newValue));
    query.addBindValue(nullableText(alert.currency));
    query.addBindValue(alert.percent ? QVariant(*alert.percent)
                                     : QVariant(QMetaType::fromType<double>()));
    if (!query.exec())
        return query.lastError();
    *inserted = query.numRowsAffected() == 1;
    if (*inserted)
        alert.id = query.lastInsertId().toLongLong();
    return {};
}

} // namespace

AlertLog::AlertLog(PriceHistory &history)
    : m_history(history)
{}

AlertList AlertLog::recordFor(qint64 fetchId, const AlertRules &rules)
{
    m_lastError.clear();
    return recordFor(m_history.fetch(fetchId), rules);
}

AlertList AlertLog::recordFor(const StoredFetch &current, const AlertRules &rules)
{
    m_lastError.clear();
    if (!current.isValid())
        return {};
    const qint64 fetchId = current.id;
    const StoredFetch previous = m_history.fetchBefore(current.panel, current.category, fetchId);
    const AlertList found =
        AlertDetector::detect(previous, current, rules.ruleFor(current.panel, current.category));
    if (found.isEmpty())
        return {};
    AlertList stored;
    const QSqlError error =
        m_history.access(PriceHistory::Access::Write, [&](const QSqlDatabase &db) {
            stored.clear();
            for (Alert alert : found) {
                bool inserted = false;
                if (const QSqlError error = insertAlert(db, fetchId, alert, &inserted);
                    error.isValid())
                    return error;
                if (inserted)
                    stored.append(alert);
            }
            return QSqlError();
        });
    if (error.isValid()) {
        m_lastError = error.text();
        return {};
    }
    return stored;
}

AlertList AlertLog::recordBalance(const QString &panel, const QDateTime &time, double balance,
                                  const QString &currency, const AlertRules &rules)
{
    m_lastError.clear();
    AlertList stored;
    const QSqlError error =
        m_history.access(PriceHistory::Access::Write, [&](const QSqlDatabase &db) {
            stored.clear();
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT amount FROM balance WHERE panel = ? "
                                         "ORDER BY checked_at DESC, id DESC LIMIT 1"));
            query.addBindValue(notNull(panel));
            if (!query.exec())
                return query.lastError();
            std::optional<double> previous;
            if (query.next())
                previous = query.value(0).toDouble();
            query.prepare(QStringLiteral(
                "INSERT INTO balance (panel, checked_at, amount, currency) VALUES (?, ?, ?, ?)"));
            query.addBindValue(notNull(panel));
            query.addBindValue(time.toMSecsSinceEpoch());
            query.addBindValue(balance);
            query.addBindValue(nullableText(currency));
            if (!query.exec())
                return query.lastError();
            for (Alert alert : AlertDetector::detectBalance(panel, time, balance, currency,
                                                            rules.ruleForPanel(panel), previous)) {
                bool inserted = false;
                if (const QSqlError error = insertAlert(db, 0, alert, &inserted); error.isValid())
                    return error;
                stored.append(alert);
            }
            return QSqlError();
        });
    if (error.isValid()) {
        m_lastError = error.text();
        return {};
    }
    return stored;
}

AlertList AlertLog::list(const Filter &filter) const
{
    AlertList alerts;
    QStringList where;
    QVariantList values;
    if (!filter.panel.isNull()) {
        where.append(QStringLiteral("panel = ?"));
        values.append(filter.panel);
    }
    if (!filter.category.isNull()) {
        where.append(QStringLiteral("category = ?"));
        values.append(filter.category);
    }
    if (!filter.kinds.isEmpty()) {
        QStringList marks;
        for (const Alert::Kind kind : filter.kinds) {
            marks.append(QStringLiteral("?"));
            values.append(Alert::kindKey(kind));
        }
        where.append(QStringLiteral("kind IN (%1)").arg(marks.join(u',')));
    }
    if (filter.unacknowledgedOnly)
        where.append(QStringLiteral("acknowledged = 0"));
    if (filter.since.isValid()) {
        where.append(QStringLiteral("raised_at >= ?"));
        values.append(filter.since.toMSecsSinceEpoch());
    }
    QString sql = QStringLiteral(
        "SELECT id, raised_at, panel, category, service_id, service_name, kind, old_value, "
        "new_value, currency, percent, acknowledged FROM alert");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY raised_at DESC, id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    m_history.access(PriceHistory::Access::Read, [&](const QSqlDatabase &db) {
        alerts.clear();
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return query.lastError();
        while (query.next()) {
            const std::optional<Alert::Kind> kind = Alert::kindFromKey(query.value(6).toString());
            if (!kind)
                continue; // written by a newer version
            Alert alert;
            alert.id = query.value(0).toLongLong();
            alert.time = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
            alert.panel = notNull(query.value(2).toString());
            alert.category = notNull(query.value(3).toString());
            alert.serviceId = quint64(query.value(4).toLongLong());
            alert.serviceName = query.value(5).toString();
            alert.kind = *kind;
            alert.oldValue = query.value(7).toString();
            alert.newValue = query.value(8).toString();
            alert.currency = query.value(9).toString();
            if (!query.value(10).isNull())
                alert.percent = query.value(10).toDouble();
            alert.acknowledged = query.value(11).toBool();
            alerts.append(std::move(alert));
        }
        return query.lastError();
    });
    return alerts;
}

int AlertLog::unacknowledgedCount() const
{
    int count = 0;
    m_history.access(PriceHistory::Access::Read, [&](const QSqlDatabase &db) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT count(*) FROM alert WHERE acknowledged = 0"))
            || !query.next())
            return query.lastError();
        count = query.value(0).toInt();
        return QSqlError();
    });
    return count;
}

bool AlertLog::acknowledge(qint64 alertId)
{
    m_lastError.clear();
    const QSqlError error =
        m_history.access(PriceHistory::Access::Write, [&](const QSqlDatabase &db) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("UPDATE alert SET acknowledged = 1 WHERE id = ?"));
            query.addBindValue(alertId);
            query.exec();
            return query.lastError();
        });
    m_lastError = error.isValid() ? error.text() : QString();
    return !error.isValid();
}

bool AlertLog::acknowledgeAll()
{
    m_lastError.clear();
    const QSqlError error =
        m_history.access(PriceHistory::Access::Write, [&](const QSqlDatabase &db) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("UPDATE alert SET acknowledged = 1 WHERE acknowledged = 0"));
            return query.lastError();
        });
    m_lastError = error.isValid() ? error.text() : QString();
    return !error.isValid();
}

int AlertLog::deleteBefore(const QDateTime &time)
{
    int deleted = -1;
    const QSqlError error =
        m_history.access(PriceHistory::Access::Write, [&](const QSqlDatabase &db) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("DELETE FROM alert WHERE raised_at < ?"));
            query.addBindValue(time.toMSecsSinceEpoch());
            if (!query.exec())
                return query.lastError();
            deleted = query.numRowsAffected();
            return QSqlError();
        });
    m_lastError = error.isValid() ? error.text() : QString();
    return error.isValid() ? -1 : deleted;
}
