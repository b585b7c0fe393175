// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <string>

// Folds a service's text to what AttributeReader reads: ASCII lower-case letters and digits, the
// punctuation it looks at (/ - . , # [ ] ( ) | : +) and spaces. Styled letters (𝗥𝗲𝗮𝗹, Ｒｅａｌ,
// Ⓡⓔⓐⓛ, 🅡🅔🅐🅛, ʀᴇᴀʟ) become plain letters; ♻️ becomes " refill ", ❌ " no ", 🌍 " worldwide
// ", ∞ " lifetime ", a flag such as 🇮🇩 " flagid "; other emoji and symbols become spaces.
class TextFolder
{
public:
    // Appends the folded text to `out`.
    static void foldInto(QStringView text, std::string &out);
    // The folded text with runs of spaces made one.
    static QString fold(QStringView text);
};
