// SPDX-License-Identifier: MIT
// libFuzzer: any command line parses to options or one clear error, never a crash.
#include "launchoptions.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts =
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).split('\0');
    QStringList arguments{QStringLiteral("smm-price-browser")};
    for (const QByteArray &part : parts)
        arguments.append(QString::fromUtf8(part));
    const LaunchOptions options = LaunchOptions::parse(arguments);
    if (options.error.isEmpty()) {
        if (options.isHeadless() && options.category.isEmpty() && options.openFile.isEmpty())
            std::abort();
        if (options.columns.isEmpty())
            std::abort();
    } else if (options.error.contains(u'\n')) {
        std::abort(); // errors are one line
    }
    return 0;
}
