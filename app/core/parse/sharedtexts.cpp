// SPDX-License-Identifier: MIT
#include "sharedtexts.h"

std::pair<std::string_view, DecodedText> SharedTexts::find(std::string_view utf8,
                                                           qsizetype maxLength)
{
    const QMutexLocker lock(&m_mutex);
    const QByteArray key = QByteArray::fromRawData(utf8.data(), qsizetype(utf8.size()));
    auto found = m_decoded.constFind(key);
    if (found == m_decoded.cend())
        found = m_decoded.insert(QByteArray(key.constData(), key.size()),
                                 DecodedText::fromUtf8(utf8, maxLength));
    return {std::string_view(found.key().constData(), size_t(found.key().size())), *found};
}
