// SPDX-License-Identifier: MIT
#include "filewritelock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRecursiveMutex>

#include <cerrno>
#include <fcntl.h>
#include <memory>
#include <sys/file.h>
#include <unistd.h>

// A second flock by this process on its own open of the file would wait for the first forever:
// the kernel's lock is taken once per path and process, and this process's threads queue on a
// mutex of the path's, which the thread holding it may take again.
struct FileWriteLock::Path {
    QRecursiveMutex threads;
    int holds = 0;       // by the thread holding `threads`
    int descriptor = -1; // while held, unless the lock file could not be made or locked
};

namespace {

int lockFile(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray name = QFile::encodeName(path + QStringLiteral(".writing"));
    const int descriptor = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (descriptor < 0)
        return -1;
    int result = 0;
    do {
        result = ::flock(descriptor, LOCK_EX);
    } while (result == -1 && errno == EINTR);
    if (result == -1) {
        ::close(descriptor);
        return -1;
    }
    return descriptor;
}

} // namespace

FileWriteLock::FileWriteLock(const QString &path)
{
    static QMutex pathsMutex;
    // Never removed: a process writes few files.
    static QHash<QString, std::shared_ptr<Path>> paths;
    const QString key = QFileInfo(path).absoluteFilePath();
    {
        const QMutexLocker locker(&pathsMutex);
        std::shared_ptr<Path> &entry = paths[key];
        if (!entry)
            entry = std::make_shared<Path>();
        m_path = entry.get();
    }
    m_path->threads.lock();
    if (m_path->holds++ == 0)
        m_path->descriptor = lockFile(key);
}

FileWriteLock::~FileWriteLock()
{
    if (--m_path->holds == 0 && m_path->descriptor >= 0) {
        ::close(m_path->descriptor);
        m_path->descriptor = -1;
    }
    m_path->threads.unlock();
}
