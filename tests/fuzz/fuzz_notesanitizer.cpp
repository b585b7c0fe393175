// SPDX-License-Identifier: MIT
// libFuzzer: whatever a note holds, the sanitized HTML can load, run and style nothing, and
// its plain text is the same whichever way it is asked for.
#include "notesanitizer.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString note = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const SanitizedNote sanitized = NoteSanitizer::sanitize(note, 4096);
    // The Note column and search skip the parser for text without markup: same text either way.
    if (note.size() <= 4096 && NoteSanitizer::plainText(note) != sanitized.plainText)
        std::abort();
    const QString html = sanitized.html.toLower();
    // Text outside tags is escaped and harmless, whatever it says; every tag is checked.
    qsizetype tag = html.indexOf(u'<');
    while (tag >= 0) {
        const qsizetype end = html.indexOf(u'>', tag);
        if (end < 0)
            std::abort(); // an unclosed tag would swallow the text after it
        const QStringView inside = QStringView(html).mid(tag, end - tag + 1);
        for (const char *forbidden :
             {"<img", "<link", "<style", "<script", "<iframe", "<object", "<embed", "<svg", "<base",
              "<meta", "<table",
              " src=", " style=", " background=", "javascript:", "file:", "data:", "url("}) {
            if (inside.contains(QLatin1String(forbidden)))
                std::abort();
        }
        tag = html.indexOf(u'<', end);
    }
    return 0;
}
