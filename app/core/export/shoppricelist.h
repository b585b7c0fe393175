// SPDX-License-Identifier: MIT
#pragma once

#include "csvwriter.h"
#include "tablesnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The reseller's own price list: the chosen services with their selling price (My price, rupiah
// per 1,000 units) as CSV, in the columns the Indonesian panel scripts import (kategori, layanan,
// catatan, min, max, harga) or the same in English for anything else. The note is plain text.
// Services without a rupiah price (no exchange rate) have no selling price and are left out: an
// empty price would be imported as free.
class ShopPriceList
{
    Q_DECLARE_TR_FUNCTIONS(ShopPriceList)

public:
    enum class Layout { PanelScript, Generic };

    struct Result {
        CsvWriter::Result written;
        qsizetype withoutPrice = 0; // services left out
    };

    // The model columns written, in order; the titles depend on the layout.
    static QList<int> columns();
    static QStringList headerTitles(Layout layout);
    // Raw numbers, ',' between fields, formulas guarded; a byte order mark only in the generic
    // layout (a panel script would read it as part of "kategori").
    static CsvWriter::Options options(Layout layout);
    // Drops the rows whose service has no selling price; returns how many.
    static qsizetype dropRowsWithoutPrice(TableSnapshot::Contents &contents);
    // The rows of `contents`, in their order, to `path` (atomically; "-" is standard output).
    static Result write(TableSnapshot::Contents contents, Layout layout, const QString &path);
};
