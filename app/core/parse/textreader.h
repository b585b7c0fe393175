// SPDX-License-Identifier: MIT
#pragma once

#include "decodedtext.h"
#include "jsonvalue.h"
#include "responseparser.h"
#include "sharedtexts.h"

#include <QByteArrayView>
#include <QHash>
#include <QLocale>

#include <string_view>

// Categories, types and notes repeat across thousands of services: decode each distinct text
// once and let every service share the same QString data. Read for every row, so inline.
class TextReader
{
public:
    // With `shared`, texts are also shared with the other readers of the same body.
    explicit TextReader(const ResponseParser::Limits &limits, SharedTexts *shared = nullptr)
        : m_limits(limits)
        , m_sharedTexts(shared)
    {}

    // Where texts cut to the length limit are counted from now on.
    void countShortenedIn(qsizetype &shortened) { m_shortened = &shortened; }

    QString text(const JsonValue &value, qsizetype maxLength) const
    {
        if (value.kind == JsonValue::String)
            return counted(DecodedText::fromUtf8(value.text, maxLength));
        if (value.isNumber())
            return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        return {};
    }

    QString shared(const JsonValue &value, qsizetype maxLength)
    {
        if (value.kind != JsonValue::String)
            return text(value, maxLength);
        const QByteArrayView key(value.text.data(), qsizetype(value.text.size()));
        auto found = m_seen.constFind(key);
        if (found == m_seen.cend()) {
            if (m_sharedTexts) {
                const auto [bytes, decoded] = m_sharedTexts->find(value.text, maxLength);
                found =
                    m_seen.insert(QByteArrayView(bytes.data(), qsizetype(bytes.size())), decoded);
            } else {
                found = m_seen.insert(key, DecodedText::fromUtf8(value.text, maxLength));
            }
        }
        return counted(*found);
    }

    const ResponseParser::Limits &limits() const { return m_limits; }

private:
    QString counted(const DecodedText &decoded) const
    {
        *m_shortened += decoded.shortened;
        return decoded.text;
    }

    const ResponseParser::Limits &m_limits;
    qsizetype *m_shortened = nullptr;
    SharedTexts *m_sharedTexts;
    // Not std::unordered_map: its lookups, a division per bucket visited, were 8 % of the CPU
    // time of a headless export of 100,000 services.
    QHash<QByteArrayView, DecodedText> m_seen;
};
