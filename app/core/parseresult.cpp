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
    return tr("Rows skipped: %1 (%2)")
        .arg(skippedRows.size())
        .arg(reasons.join(QStringLiteral("; ")));
}
