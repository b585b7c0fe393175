// SPDX-License-Identifier: MIT
#include "serviceattributes.h"

#include "service.h"

#include <QLocale>

namespace {

const QString Separator = QStringLiteral(" · ");

} // namespace

QString ServiceAttributes::refillClass() const
{
    switch (refill) {
    case Refill::None:
        return QStringLiteral("none");
    case Refill::Days:
        return refillDays > 0 ? QString::number(refillDays) + u'd' : QStringLiteral("refill");
    case Refill::Lifetime:
        return QStringLiteral("lifetime");
    case Refill::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString ServiceAttributes::groupKey() const
{
    if (!isComplete())
        return QString();
    // Panels advertise a refill when they give one: not stated is none.
    return platform + u'|' + kind + u'|' + (audience.isEmpty() ? QStringLiteral("WW") : audience)
           + u'|' + (refill == Refill::Unknown ? QStringLiteral("none") : refillClass());
}

QString ServiceAttributes::platformName(const QString &platform)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("instagram"), QStringLiteral("Instagram")},
        {QStringLiteral("tiktok"), QStringLiteral("TikTok")},
        {QStringLiteral("youtube"), QStringLiteral("YouTube")},
        {QStringLiteral("facebook"), QStringLiteral("Facebook")},
        {QStringLiteral("telegram"), QStringLiteral("Telegram")},
        {QStringLiteral("twitter"), QStringLiteral("Twitter")},
        {QStringLiteral("spotify"), QStringLiteral("Spotify")},
        {QStringLiteral("shopee"), QStringLiteral("Shopee")},
        {QStringLiteral("threads"), QStringLiteral("Threads")},
        {QStringLiteral("whatsapp"), QStringLiteral("WhatsApp")},
        {QStringLiteral("twitch"), QStringLiteral("Twitch")},
        {QStringLiteral("discord"), QStringLiteral("Discord")},
        {QStringLiteral("soundcloud"), QStringLiteral("SoundCloud")},
        {QStringLiteral("linkedin"), QStringLiteral("LinkedIn")},
        {QStringLiteral("pinterest"), QStringLiteral("Pinterest")},
        {QStringLiteral("snapchat"), QStringLiteral("Snapchat")},
        {QStringLiteral("tokopedia"), QStringLiteral("Tokopedia")},
        {QStringLiteral("website"), tr("Website")},
    };
    if (platform.isEmpty())
        return tr("Unknown platform");
    return names.value(platform, platform);
}

QString ServiceAttributes::audienceName(const QString &audience)
{
    if (audience.isEmpty() || audience == u"WW")
        return tr("Worldwide");
    const QLocale::Territory territory = QLocale::codeToTerritory(audience);
    if (territory == QLocale::AnyTerritory)
        return audience;
    return QLocale::territoryToString(territory);
}

QString ServiceAttributes::kindName(const QString &kind)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("followers"), QT_TR_NOOP("followers")},
        {QStringLiteral("likes"), QT_TR_NOOP("likes")},
        {QStringLiteral("views"), QT_TR_NOOP("views")},
        {QStringLiteral("comments"), QT_TR_NOOP("comments")},
        {QStringLiteral("shares"), QT_TR_NOOP("shares")},
        {QStringLiteral("members"), QT_TR_NOOP("members")},
        {QStringLiteral("subscribers"), QT_TR_NOOP("subscribers")},
        {QStringLiteral("saves"), QT_TR_NOOP("saves")},
        {QStringLiteral("story-views"), QT_TR_NOOP("story views")},
        {QStringLiteral("live-viewers"), QT_TR_NOOP("live viewers")},
        {QStringLiteral("comment-likes"), QT_TR_NOOP("comment likes")},
        {QStringLiteral("reactions"), QT_TR_NOOP("reactions")},
        {QStringLiteral("impressions"), QT_TR_NOOP("impressions")},
        {QStringLiteral("plays"), QT_TR_NOOP("plays")},
        {QStringLiteral("listeners"), QT_TR_NOOP("listeners")},
        {QStringLiteral("watch-hours"), QT_TR_NOOP("watch hours")},
        {QStringLiteral("retweets"), QT_TR_NOOP("retweets")},
        {QStringLiteral("dislikes"), QT_TR_NOOP("dislikes")},
        {QStringLiteral("votes"), QT_TR_NOOP("votes")},
        {QStringLiteral("visits"), QT_TR_NOOP("visits")},
        {QStringLiteral("post-likes"), QT_TR_NOOP("post likes")},
        {QStringLiteral("friends"), QT_TR_NOOP("friends")},
        {QStringLiteral("page-likes"), QT_TR_NOOP("page likes")},
    };
    if (kind.isEmpty())
        return tr("unknown kind");
    if (const char *name = names.value(kind))
        return tr(name);
    return kind;
}

QString ServiceAttributes::refillName(Refill refill, int days)
{
    switch (refill) {
    case Refill::None:
        return tr("no refill");
    case Refill::Days:
        return days > 0 ? tr("refill %n day(s)", nullptr, days) : tr("refill");
    case Refill::Lifetime:
        return tr("lifetime refill");
    case Refill::Unknown:
        break;
    }
    return tr("refill not stated");
}

QString ServiceAttributes::label() const
{
    if (!isComplete())
        return tr("Not recognised");
    //: A group's name: platform and kind, e.g. "Instagram likes".
    return tr("%1 %2").arg(platformName(platform), kindName(kind)) + Separator
           + audienceName(audience) + Separator
           + refillName(refill == Refill::Unknown ? Refill::None : refill, refillDays);
}

QString ServiceAttributes::startWithin(int minutes)
{
    constexpr int Hour = 60;
    constexpr int Day = 24 * Hour;
    if (minutes < Hour || minutes % Hour != 0)
        return tr("Start: within %n minute(s)", nullptr, minutes);
    if (minutes < 2 * Day || minutes % Day != 0)
        return tr("Start: within %n hour(s)", nullptr, minutes / Hour);
    return tr("Start: within %n day(s)", nullptr, minutes / Day);
}

QStringList ServiceAttributes::descriptions() const
{
    QStringList lines;
    lines << tr("Platform: %1").arg(platformName(platform));
    lines << tr("Kind: %1").arg(kindName(kind));
    lines << tr("Audience: %1")
                 .arg(audience.isEmpty() ? tr("not stated (counted as worldwide)")
                                         : audienceName(audience));
    lines << tr("Refill: %1")
                 .arg(refill == Refill::Unknown ? tr("not stated (counted as no refill)")
                                                : refillName(refill, refillDays));
    if (speedPerDay > 0)
        lines << tr("Speed: %1 a day").arg(QLocale().toString(speedPerDay));
    if (startMinutes == 0)
        lines << tr("Start: instant");
    else if (startMinutes > 0)
        lines << startWithin(startMinutes);
    if (!quality.isEmpty())
        lines << tr("Quality: %1").arg(quality.join(QStringLiteral(", ")));
    if (min > 0 || max > 0)
        lines
            << (Service::isUnlimitedMax(max)
                    ? tr("Order: from %1, no limit").arg(QLocale().toString(min))
                    : tr("Order: %1 to %2").arg(QLocale().toString(min), QLocale().toString(max)));
    return lines;
}
