// SPDX-License-Identifier: MIT
#include "lockedsettings.h"

#include "filewritelock.h"

#include <QCoreApplication>
#include <QEvent>

LockedSettings::LockedSettings() = default;

LockedSettings::LockedSettings(const QString &fileName, Format format)
    : QSettings(fileName, format)
{}

LockedSettings::~LockedSettings()
{
    // A change not yet written has its write queued as this event: made now, under the lock,
    // rather than by QSettings' destructor without it. Without changes nothing is locked or made.
    QCoreApplication::sendPostedEvents(this, QEvent::UpdateRequest);
}

void LockedSettings::sync()
{
    const FileWriteLock lock(fileName());
    QSettings::sync();
}

bool LockedSettings::event(QEvent *event)
{
    if (event->type() == QEvent::UpdateRequest) {
        const FileWriteLock lock(fileName());
        return QSettings::event(event);
    }
    return QSettings::event(event);
}
