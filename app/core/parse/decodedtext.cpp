// SPDX-License-Identifier: MIT
#include "decodedtext.h"

DecodedText DecodedText::fromUtf8(std::string_view utf8, qsizetype maxLength)
{
    // Every character takes at most 4 bytes, so this prefix still holds more than
    // maxLength characters: enough to cut, without decoding megabytes.
    const size_t enough = size_t(maxLength + 1) * 4;
    if (utf8.size() > enough) {
        size_t cut = enough;
        while (cut > 0 && (uchar(utf8[cut]) & 0xC0) == 0x80)
            --cut;
        utf8 = utf8.substr(0, cut);
    }
    DecodedText decoded{QString::fromUtf8(utf8.data(), qsizetype(utf8.size()))};
    if (decoded.text.size() > maxLength) {
        decoded.text.truncate(maxLength - 1);
        decoded.text.append(u'…');
        decoded.shortened = true;
    }
    return decoded;
}
