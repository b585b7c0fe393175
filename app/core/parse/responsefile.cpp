// SPDX-License-Identifier: MIT
#include "responsefile.h"

#include "hugepages.h"
#include "parallelparse.h"
#include "responseparser.h"
#include "writefully.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>

ResponseFile::Loaded ResponseFile::read(const QString &path, const FetchLimits &limits)
{
    const qint64 maxBytes = limits.maxResponseBytes;
    Loaded loaded;
    QFile file(path);
    if (QFileInfo(path).isDir()) {
        loaded.parsed.error = tr("“%1” is a folder, not a saved response.").arg(path);
        return loaded;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.parsed.error = tr("Cannot open “%1”: %2").arg(path, file.errorString());
        return loaded;
    }
    if (file.size() > maxBytes) {
        loaded.tooLarge = true;
        loaded.parsed.error = tr("“%1” is %2, larger than the limit of %3. The limit can be "
                                 "raised in Settings.")
                                  .arg(path, QLocale().formattedDataSize(file.size()),
                                       QLocale().formattedDataSize(maxBytes));
        return loaded;
    }
    // Sized to the file, not to the limit: every byte of a buffer is memory the system has to
    // hand over, and on a virtual machine that first touch costs more than reading the file. The
    // byte past the size tells a pipe (size 0), or a file that grew since, from the rest.
    const qint64 expected = file.size() + 1;
    HugePages::reserve(loaded.body, qsizetype(expected) + ResponseParser::ReadPastEnd);
    loaded.body.resize(qsizetype(expected));
    HugePages::populate(loaded.body.data(), size_t(expected));
    // A read error leaves the body empty, as it always did.
    const qint64 got = std::max<qint64>(file.read(loaded.body.data(), expected), 0);
    loaded.body.resize(qsizetype(got));
    if (got == expected)
        loaded.body += file.read(maxBytes + 1 - got);
    if (loaded.body.size() > maxBytes) {
        loaded.body.clear();
        loaded.tooLarge = true;
        loaded.parsed.error = tr("“%1” is larger than the limit of %2.")
                                  .arg(path, QLocale().formattedDataSize(maxBytes));
        return loaded;
    }
    loaded.parsed = ResponseParser::parse(loaded.body, limits.parse);
    if (loaded.parsed.isError())
        loaded.body.clear();
    return loaded;
}

ParseResult ResponseFile::parse(const QString &path, const FetchLimits &limits)
{
    QFile file(path);
    if (!QFileInfo(path).isDir() && file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)
        && file.size() <= limits.maxResponseBytes) {
        if (std::optional<ParseResult> pieced =
                ParallelParse::parseFileInPieces(file, limits.parse))
            return std::move(*pieced);
    }
    // Small files, and whatever the pieces could not read, with the whole read's messages.
    return read(path, limits).parsed;
}

QString ResponseFile::write(const QString &path, const QByteArray &body)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write “%1”: %2").arg(path, file.errorString());
    QString error = writeFully(file, body);
    if (error.isEmpty() && !file.commit())
        error = file.errorString();
    if (!error.isEmpty())
        return tr("Cannot write “%1”: %2").arg(path, error);
    return {};
}
