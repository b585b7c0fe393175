// SPDX-License-Identifier: MIT
#include "smalldisk.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_LINUX
#include <sys/mount.h>
#endif

SmallDisk::SmallDisk(const QString &mountPoint)
    : m_mountPoint(mountPoint)
{
#ifdef Q_OS_LINUX
    QDir().mkpath(mountPoint);
    if (::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=64k") != 0)
        m_error = QStringLiteral("cannot mount a small tmpfs to fill (needs root): ")
                  + QString::fromLocal8Bit(std::strerror(errno));
#else
    m_error = QStringLiteral("mounts a small tmpfs, which needs Linux");
#endif
}

SmallDisk::~SmallDisk()
{
#ifdef Q_OS_LINUX
    if (isMounted())
        ::umount2(QFile::encodeName(m_mountPoint).constData(), MNT_DETACH);
#endif
}
