// SPDX-License-Identifier: MIT
#include "textfolder.h"

#include <QChar>

#include <array>
#include <string_view>
#include <unordered_map>

namespace {

// Small capitals (ʀᴇᴀʟ) have no compatibility decomposition; everything else styled does.
char smallCapital(char32_t c)
{
    switch (c) {
    case 0x1D00:
        return 'a';
    case 0x0299:
        return 'b';
    case 0x1D04:
        return 'c';
    case 0x1D05:
        return 'd';
    case 0x1D07:
        return 'e';
    case 0xA730:
        return 'f';
    case 0x0262:
        return 'g';
    case 0x029C:
        return 'h';
    case 0x026A:
        return 'i';
    case 0x1D0A:
        return 'j';
    case 0x1D0B:
        return 'k';
    case 0x029F:
        return 'l';
    case 0x1D0D:
        return 'm';
    case 0x0274:
        return 'n';
    case 0x1D0F:
        return 'o';
    case 0x1D18:
        return 'p';
    case 0x01EB:
        return 'q';
    case 0x0280:
        return 'r';
    case 0xA731:
        return 's';
    case 0x1D1B:
        return 't';
    case 0x1D1C:
        return 'u';
    case 0x1D20:
        return 'v';
    case 0x1D21:
        return 'w';
    case 0x028F:
        return 'y';
    case 0x1D22:
        return 'z';
    default:
        return 0;
    }
}

void foldCodePoint(char32_t c, std::string &out, int depth = 0);

// Letters in lower case, digits and the punctuation the reader looks at; the rest a space.
constexpr std::array<char, 128> AsciiFold = [] {
    std::array<char, 128> table{};
    for (int c = 0; c < 128; ++c) {
        if (c >= 'A' && c <= 'Z')
            table[c] = char(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            table[c] = char(c);
        else if (std::string_view("/-.,#[]()|:+").find(char(c)) != std::string_view::npos)
            table[c] = char(c);
        else
            table[c] = ' ';
    }
    return table;
}();

void foldAscii(char c, std::string &out)
{
    out += AsciiFold[static_cast<unsigned char>(c) & 0x7F];
}

void foldCodePoint(char32_t c, std::string &out, int depth)
{
    if (c < 0x80) {
        foldAscii(char(c), out);
        return;
    }
    if (c == 0x274C || c == 0x274E || c == 0x2716 || c == 0x2717 || c == 0x26D4 || c == 0x1F6AB) {
        out += " no ";
        return;
    }
    if (c >= 0x1F30D && c <= 0x1F310) { // globes
        out += " worldwide ";
        return;
    }
    if (c == 0x221E) { // "R∞"
        out += " lifetime ";
        return;
    }
    if (c == 0x267B || c == 0x1F504 || c == 0x1F501 || c == 0x1F503 || c == 0x1F5D8) {
        out += " refill ";
        return;
    }
    if (c >= 0x1F1E6 && c <= 0x1F1FF) { // regional indicators: two make a flag
        out += ' ';
        out += char('a' + (c - 0x1F1E6));
        return;
    }
    if (c >= 0x1F150 && c <= 0x1F169) { // negative circled letters: 🅡
        out += char('a' + (c - 0x1F150));
        return;
    }
    if (c >= 0x1F170 && c <= 0x1F189) { // negative squared letters: 🆁
        out += char('a' + (c - 0x1F170));
        return;
    }
    if (c == 0xFE0F || c == 0xFE0E || c == 0x200D || c == 0x20E3 || c == 0x200B)
        return;
    if (const char letter = smallCapital(c)) {
        out += letter;
        return;
    }
    if (c == 0x2013 || c == 0x2014 || c == 0x2212 || c == 0xFF5E) {
        out += '-';
        return;
    }
    if (depth < 2 && QChar::decompositionTag(c) != QChar::NoDecomposition) {
        const QString parts = QChar::decomposition(c);
        for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
            char32_t part = it->unicode();
            if (it->isHighSurrogate() && it + 1 != parts.cend()) {
                part = QChar::surrogateToUcs4(*it, *(it + 1));
                ++it;
            }
            foldCodePoint(part, out, depth + 1);
        }
        return;
    }
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return;
    default:
        out += ' ';
    }
}

// Regional indicator letters come out as " i d"; join them into one "flagid" word.
void joinFlags(std::string &text, size_t from)
{
    for (size_t i = from; i + 3 < text.size(); ++i) {
        if (text[i] == ' ' && text[i + 2] == ' ' && text[i + 1] >= 'a' && text[i + 1] <= 'z'
            && text[i + 3] >= 'a' && text[i + 3] <= 'z'
            && (i + 4 == text.size() || text[i + 4] == ' ') && (i == from || text[i - 1] == ' ')) {
            text.replace(i, 4, " flag" + std::string{text[i + 1], text[i + 3]} + ' ');
            i += 7;
        }
    }
}

// Styled names repeat the same few characters; Unicode's decomposition tables are slower.
void foldCached(char32_t c, std::string &out)
{
    thread_local std::unordered_map<char32_t, std::string> folded;
    auto found = folded.find(c);
    if (found == folded.end()) {
        std::string text;
        foldCodePoint(c, text);
        if (folded.size() > 4096)
            folded.clear();
        found = folded.emplace(c, std::move(text)).first;
    }
    out += found->second;
}

} // namespace

void TextFolder::foldInto(QStringView text, std::string &out)
{
    const size_t from = out.size();
    bool flags = false;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = text[i].unicode();
        if (u < 0x80) {
            foldAscii(char(u), out);
            continue;
        }
        char32_t c = u;
        if (QChar::isHighSurrogate(u) && i + 1 < size && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(u, text[i + 1].unicode());
            ++i;
        }
        flags = flags || (c >= 0x1F1E6 && c <= 0x1F1FF);
        foldCached(c, out);
    }
    if (flags)
        joinFlags(out, from);
}

QString TextFolder::fold(QStringView text)
{
    std::string out;
    foldInto(text, out);
    return QString::fromLatin1(out.data(), qsizetype(out.size())).simplified();
}
