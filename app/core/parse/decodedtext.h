// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <string_view>

// A text as decoded for a service, and whether it was cut to the length limit.
struct DecodedText {
    QString text;
    bool shortened = false;

    // Decodes no more of `utf8` than the cut to `maxLength` characters needs.
    static DecodedText fromUtf8(std::string_view utf8, qsizetype maxLength);
};
