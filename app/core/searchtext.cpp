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

QString SearchText::foldMarkup(QStringView text, qsizetype maxLength)
{
    QString plain;
    plain.reserve(std::min(text.size(), maxLength));
    bool inTag = false;
    for (const QChar c : text) {
        if (plain.size() >= maxLength)
            break;
        if (c == u'<')
            inTag = true;
        else if (c == u'>' && inTag)
            inTag = false, plain.append(u' ');
        else if (!inTag)
            plain.append(c);
    }
    return fold(plain);
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
