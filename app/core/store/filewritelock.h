// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// An exclusive lock of the kernel's (flock) on the file `<path>.writing`, held from construction
// to destruction, for a read-modify-write of `path` that other processes make too: the
// constructor waits while another process holds it. The kernel drops a lock whose process ended,
// so there is no stale lock to guess at, and the file is left in place for the next writer.
// Where the file cannot be made (the folder is read-only), nothing is locked and the write that
// follows reports its own error.
class FileWriteLock
{
public:
    explicit FileWriteLock(const QString &path);
    ~FileWriteLock();
    FileWriteLock(const FileWriteLock &) = delete;
    FileWriteLock &operator=(const FileWriteLock &) = delete;

private:
    int m_descriptor = -1;
};
