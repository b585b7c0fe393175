// SPDX-License-Identifier: MIT
#pragma once

#include "decodedtext.h"
#include "jsonvalue.h"
#include "responseparser.h"
#include "sharedtexts.h"

#include <QLocale>

#include <string_view>
#include <unordered_map>

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
        auto found = m_seen.find(value.text);
        if (found == m_seen.end())
            found = m_sharedTexts
                        ? m_seen.insert(m_sharedTexts->find(value.text, maxLength)).first
                        : m_seen.emplace(value.text, DecodedText::fromUtf8(value.text, maxLength))
                              .first;
        return counted(found->second);
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
    std::unordered_map<std::string_view, DecodedText> m_seen;
};
