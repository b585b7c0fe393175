// SPDX-License-Identifier: MIT
#include "searchtext.h"

namespace {

// fold() of an ASCII character: only A to Z change.
constexpr char16_t foldedAscii(char16_t u)
{
    return u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
}

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// Whether fold() leaves `c` as it is: symbols (emoji among them), punctuation and spaces that
// neither decompose nor have case.
bool foldsToItself(char32_t c)
{
    if (QChar::decompositionTag(c) != QChar::NoDecomposition || QChar::toCaseFolded(c) != c)
        return false;
    switch (QChar::category(c)) {
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
    case QChar::Symbol_Math:
    case QChar::Symbol_Currency:
    case QChar::Symbol_Modifier:
    case QChar::Symbol_Other:
    case QChar::Separator_Space:
        return true;
    default:
        return false;
    }
}

// Writes `c`, a code point that is not a surrogate, as UTF-8 at `out`; returns where it ended.
char *writeUtf8(char32_t c, char *out)
{
    if (c < 0x80) {
        *out++ = char(c);
    } else if (c < 0x800) {
        *out++ = char(0xC0 | (c >> 6));
        *out++ = char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *out++ = char(0xE0 | (c >> 12));
        *out++ = char(0x80 | ((c >> 6) & 0x3F));
        *out++ = char(0x80 | (c & 0x3F));
    } else {
        *out++ = char(0xF0 | (c >> 18));
        *out++ = char(0x80 | ((c >> 12) & 0x3F));
        *out++ = char(0x80 | ((c >> 6) & 0x3F));
        *out++ = char(0x80 | (c & 0x3F));
    }
    return out;
}

// fold() as UTF-8 for text whose only non-ASCII characters fold to themselves or are
// non-spacing marks fold() drops; false, with `out` unchanged, for any other text.
bool appendFoldedSimpleUtf8(QStringView text, QByteArray &out)
{
    const qsizetype start = out.size();
    // Written in place: a unit takes at most 3 bytes of UTF-8, a surrogate pair 4.
    out.resize(start + 3 * text.size());
    char *folded = out.data() + start;
    for (qsizetype i = 0; i < text.size();) {
        const QChar unit = text[i];
        if (unit.unicode() < 0x80) {
            *folded++ = char(foldedAscii(unit.unicode()));
            ++i;
            continue;
        }
        const bool pair =
            unit.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        const char32_t c = pair ? QChar::surrogateToUcs4(unit, text[i + 1]) : unit.unicode();
        if (QChar::category(c) == QChar::Mark_NonSpacing
            && QChar::decompositionTag(c) == QChar::NoDecomposition) {
            // dropped, as fold() drops it
        } else if (foldsToItself(c)) { // never a lone surrogate
            folded = writeUtf8(c, folded);
        } else {
            out.truncate(start);
            return false;
        }
        i += pair ? 2 : 1;
    }
    out.truncate(folded - out.constData());
    return true;
}

} // namespace

QString SearchText::fold(QStringView text)
{
    if (isAscii(text)) {
        // Most names are ASCII; a plain loop is several times faster than QString::toLower.
        QString folded(text.size(), Qt::Uninitialized);
        QChar *out = folded.data();
        for (const QChar c : text) {
            *out++ = QChar(foldedAscii(c.unicode()));
        }
        return folded;
    }
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded.toCaseFolded();
}

void SearchText::appendFoldedUtf8(QStringView text, QByteArray &out)
{
    if (!isAscii(text)) {
        if (!appendFoldedSimpleUtf8(text, out))
            out.append(fold(text).toUtf8());
        return;
    }
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char *folded = out.data() + start;
    for (const QChar c : text) {
        *folded++ = char(foldedAscii(c.unicode()));
    }
}

QStringList SearchText::terms(QStringView query)
{
    QStringList terms;
    for (const QStringView word : query.split(u' ', Qt::SkipEmptyParts)) {
        const QString folded = fold(word.trimmed());
        if (!folded.isEmpty())
            terms.append(folded);
    }
    return terms;
}
