// SPDX-License-Identifier: MIT
#include "searchtext.h"

namespace {

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

// fold() as UTF-8 for text whose only non-ASCII characters fold to themselves or are
// non-spacing marks fold() drops; false, with `out` unchanged, for any other text.
bool appendFoldedSimpleUtf8(QStringView text, QByteArray &out)
{
    const qsizetype start = out.size();
    for (qsizetype i = 0; i < text.size();) {
        const QChar unit = text[i];
        const bool pair =
            unit.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        const qsizetype units = pair ? 2 : 1;
        const char32_t c = pair ? QChar::surrogateToUcs4(unit, text[i + 1]) : unit.unicode();
        if (c < 0x80) {
            out.append(char(c >= U'A' && c <= U'Z' ? c + 32 : c));
        } else if (QChar::category(c) == QChar::Mark_NonSpacing
                   && QChar::decompositionTag(c) == QChar::NoDecomposition) {
            // dropped, as fold() drops it
        } else if (foldsToItself(c)) {
            out.append(text.sliced(i, units).toUtf8());
        } else {
            out.truncate(start);
            return false;
        }
        i += units;
    }
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
            const char16_t u = c.unicode();
            *out++ = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
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
        const char16_t u = c.unicode();
        *folded++ = char(u >= u'A' && u <= u'Z' ? u + 32 : u);
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
