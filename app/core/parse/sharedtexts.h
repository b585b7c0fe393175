// SPDX-License-Identifier: MIT
#pragma once

#include "decodedtext.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>

#include <string_view>
#include <utility>

// The distinct texts of one body when its pieces are read on several threads, so that every
// service still shares one QString per distinct category, type and note.
class SharedTexts
{
public:
    // The text as decoded by any reader of the body, keyed by the shared copy of its bytes,
    // which outlives the piece being read.
    std::pair<std::string_view, DecodedText> find(std::string_view utf8, qsizetype maxLength);

private:
    QMutex m_mutex;
    QHash<QByteArray, DecodedText> m_decoded;
};
