// SPDX-License-Identifier: MIT
#include "filewritelock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

FileWriteLock::FileWriteLock(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray name = QFile::encodeName(path + QStringLiteral(".writing"));
    const int descriptor = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (descriptor < 0)
        return;
    int result = 0;
    do {
        result = ::flock(descriptor, LOCK_EX);
    } while (result == -1 && errno == EINTR);
    if (result == -1) {
        ::close(descriptor);
        return;
    }
    m_descriptor = descriptor;
}

FileWriteLock::~FileWriteLock()
{
    if (m_descriptor >= 0)
        ::close(m_descriptor);
}
