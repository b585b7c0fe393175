// SPDX-License-Identifier: MIT
#include "parseresult.h"

#include <QStringList>

QString ParseResult::skippedSummary(qsizetype maxReasons) const
{
    if (skippedRows.isEmpty())
        return {};
    QStringList reasons;
    for (qsizetype i = 0; i < skippedRows.size() && i < maxReasons; ++i)
        reasons << tr("row %1: %2").arg(skippedRows[i].index + 1).arg(skippedRows[i].reason);
    if (skippedRows.size() > maxReasons)
        reasons << tr("…");
    return tr("Rows skipped: %n (%1)", nullptr, int(skippedRows.size()))
        .arg(reasons.join(QStringLiteral("; ")));
}

QString ParseResult::problemSummary(qsizetype maxReasons) const
{
    QStringList parts;
    if (!skippedRows.isEmpty())
        parts << skippedSummary(maxReasons);
    if (rowsOverLimit > 0)
        parts << tr("%n service(s) past the limit of %1 were not loaded", nullptr,
                    int(rowsOverLimit))
                     .arg(services.size() + skippedRows.size());
    if (fieldsShortened > 0)
        parts << tr("%n overlong text(s) were shortened", nullptr, int(fieldsShortened));
    if (minAboveMax > 0)
        parts << tr("Services with a minimum above their maximum: %n", nullptr, int(minAboveMax));
    return parts.join(QStringLiteral(". "));
}
