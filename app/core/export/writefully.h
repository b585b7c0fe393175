// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>

class QIODevice;

// Writes all of `bytes`, or returns why not. A file system that fills up takes part of a write
// without an error; only writing the rest fails, with the reason ("No space left on device").
QString writeFully(QIODevice &device, QByteArrayView bytes);
