// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// An exclusive lock of the kernel's (flock) on the file `<path>.writing`, held from construction
// to destruction, for a read-modify-write of `path` that other processes make too: the
// constructor waits while another process, or another thread of this one, holds it. A thread may
// take it again while it holds it (a write inside a longer update); the kernel's lock goes with
// the outermost. The kernel drops a lock whose process ended, so there is no stale lock to guess
// at, and the file is left in place for the next writer. Where the file cannot be made (the
// folder is read-only), only this process's threads are kept apart, and the write that follows
// reports its own error.
class FileWriteLock
{
public:
    explicit FileWriteLock(const QString &path);
    ~FileWriteLock();
    FileWriteLock(const FileWriteLock &) = delete;
    FileWriteLock &operator=(const FileWriteLock &) = delete;

private:
    struct Path;
    Path *m_path;
};
