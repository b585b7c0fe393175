// SPDX-License-Identifier: MIT
// libFuzzer: whatever a service's texts hold, reading them ends, answers the same twice, and
// answers attributes that hold together. Input: name, category, type and note, one a line.
#include "attributereader.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList parts = text.split(u'\n');
    Service service;
    service.name = parts.value(0);
    service.category = parts.value(1);
    service.type = parts.value(2);
    service.note = parts.mid(3).join(u'\n');
    const ServiceAttributes a = AttributeReader::read(service);
    if (!(a == AttributeReader::read(service)))
        std::abort(); // the thread's buffers and caches must not leak from one read to the next
    if (a.groupKey().isEmpty() == a.isComplete())
        std::abort();
    if (a.refillDays < 0 || a.speedPerDay < 0 || a.startMinutes < -1 || a.min < 0 || a.max < 0)
        std::abort();
    if (a.refill != ServiceAttributes::Refill::Days && a.refillDays != 0)
        std::abort();
    for (const QChar c : AttributeReader::fold(text)) {
        if (c.unicode() >= 0x80)
            std::abort(); // the folded text is what the reader's ASCII tables index
    }
    return 0;
}
