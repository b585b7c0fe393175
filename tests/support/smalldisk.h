// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// A tmpfs of a few kilobytes mounted on a folder for the life of this object, for tests of a
// full disk. Mounting needs root (CI runs as root); error() says why it could not be mounted.
class SmallDisk
{
public:
    explicit SmallDisk(const QString &mountPoint);
    ~SmallDisk();
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool isMounted() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    QString m_mountPoint;
    QString m_error;
};
