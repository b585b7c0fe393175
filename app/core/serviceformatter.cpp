// SPDX-License-Identifier: MIT
#include "serviceformatter.h"

#include <QHash>
#include <QStringList>

QString ServiceFormatter::rupiah(double amount, const QLocale &locale)
{
    return tr("Rp %1").arg(locale.toString(amount, 'f', QLocale::FloatingPointShortest));
}

QString ServiceFormatter::quantity(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString ServiceFormatter::maxQuantity(const Service &service, const QLocale &locale)
{
    return service.hasUnlimitedMax() ? tr("Unlimited") : quantity(service.max, locale);
}

QString ServiceFormatter::refill(bool refill)
{
    return refill ? QStringLiteral("✓") : QStringLiteral("—");
}

QString ServiceFormatter::status(bool active)
{
    return active ? tr("Active") : tr("Inactive");
}

QString ServiceFormatter::timeAgo(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = then.secsTo(now);
    const QLocale locale;
    // No %n plurals: the English text comes from the source, which has no plural forms.
    if (seconds < 60)
        return tr("just now");
    if (seconds < 120)
        return tr("a minute ago");
    if (seconds < 3600)
        return tr("%1 minutes ago").arg(locale.toString(seconds / 60));
    if (seconds < 7200)
        return tr("an hour ago");
    if (seconds < 86400)
        return tr("%1 hours ago").arg(locale.toString(seconds / 3600));
    if (seconds < 2 * 86400)
        return tr("a day ago");
    if (seconds < 31 * 86400)
        return tr("%1 days ago").arg(locale.toString(seconds / 86400));
    return locale.toString(then.toLocalTime().date(), QLocale::ShortFormat);
}

QString ServiceFormatter::plainNumber(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

namespace {

QString decodeEntity(QStringView entity)
{
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QStringLiteral(" ")},
    };
    if (entity.startsWith(u'#')) {
        bool ok = false;
        const uint code = entity.size() > 1 && (entity[1] == u'x' || entity[1] == u'X')
                              ? entity.mid(2).toUInt(&ok, 16)
                              : entity.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
            const char32_t character = code;
            return QString::fromUcs4(&character, 1);
        }
        return {};
    }
    return named.value(entity.toString());
}

bool isBlockTag(QStringView name)
{
    static const QStringList blocks = {
        QStringLiteral("br"), QStringLiteral("p"),  QStringLiteral("div"), QStringLiteral("li"),
        QStringLiteral("tr"), QStringLiteral("h1"), QStringLiteral("h2"),  QStringLiteral("h3"),
        QStringLiteral("h4"), QStringLiteral("ul"), QStringLiteral("ol"),  QStringLiteral("table")};
    return blocks.contains(name.toString());
}

} // namespace

QString ServiceFormatter::plainNote(QStringView note)
{
    QString text;
    text.reserve(note.size());
    qsizetype i = 0;
    while (i < note.size()) {
        const QChar c = note[i];
        if (c == u'<') {
            const qsizetype end = note.indexOf(u'>', i + 1);
            if (end < 0) {
                text.append(note.mid(i));
                break;
            }
            const QStringView tag = note.mid(i + 1, end - i - 1).trimmed();
            const bool closing = tag.startsWith(u'/');
            QStringView name = closing ? tag.mid(1) : tag;
            qsizetype nameEnd = 0;
            while (nameEnd < name.size() && name[nameEnd].isLetterOrNumber())
                ++nameEnd;
            const QString lowerName = name.left(nameEnd).toString().toLower();
            i = end + 1;
            if (!closing
                && (lowerName == QLatin1String("script") || lowerName == QLatin1String("style"))) {
                const qsizetype close =
                    note.indexOf(QString(u"</" + lowerName), i, Qt::CaseInsensitive);
                i = close < 0 ? note.size() : close;
                continue;
            }
            if (isBlockTag(lowerName) && !text.isEmpty() && !text.endsWith(u'\n'))
                text.append(u'\n');
            continue;
        }
        if (c == u'&') {
            const qsizetype end = note.indexOf(u';', i + 1);
            if (end > i + 1 && end - i <= 10) {
                const QString decoded = decodeEntity(note.mid(i + 1, end - i - 1));
                if (!decoded.isEmpty()) {
                    text.append(decoded);
                    i = end + 1;
                    continue;
                }
            }
        }
        text.append(c);
        ++i;
    }
    return text.trimmed();
}

QString ServiceFormatter::noteSummary(QStringView note, qsizetype maxLength)
{
    QString summary = plainNote(note.left(maxLength * 8)).simplified();
    if (summary.size() > maxLength)
        summary = summary.left(maxLength - 1) + u'…';
    return summary;
}
