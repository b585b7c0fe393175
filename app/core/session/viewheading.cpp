// SPDX-License-Identifier: MIT
#include "viewheading.h"

#include <QLocale>
#include <QStringList>

QString ViewHeading::of(const SessionView &view, const QDateTime &now)
{
    if (view.source == SessionView::Source::None)
        return {};
    const QLocale locale;
    QStringList parts{view.title.trimmed(),
                      tr("%Ln service(s)", nullptr, int(view.services.size()))};
    if (view.isStored()) {
        const QString when = locale.toString(view.storedAt.toLocalTime(), QLocale::ShortFormat);
        parts.append(view.source == SessionView::Source::Saved ? tr("stored since %1").arg(when)
                                                               : tr("stored %1").arg(when));
    } else if (view.fetchedAt.isValid()) {
        const QDateTime fetched = view.fetchedAt.toLocalTime();
        parts.append(fetched.date() == now.toLocalTime().date()
                         ? locale.toString(fetched.time(), QLocale::ShortFormat)
                         : locale.toString(fetched, QLocale::ShortFormat));
    }
    return parts.join(QStringLiteral(" · "));
}
